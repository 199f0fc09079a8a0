#include "casenumberallocator.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ow {

Result<CaseNumber> CaseNumberAllocator::next(const QSqlDatabase &db, const QString &placeCode,
                                             const QDate &businessDate, const QString &device)
{
    if (!CaseNumber::isValidPlaceCode(placeCode) || !CaseNumber::isValidDeviceId(device)
        || !businessDate.isValid()) {
        return Error{QStringLiteral("case_number.not_enrolled"),
                     Database::tr("This device has no valid place or device number yet, so it "
                                  "cannot number cases. Enrol the device first."),
                     placeCode + QLatin1Char('/') + device};
    }
    // Prepared once per connection: preparing it again for every intake was a twentieth of the
    // intake's work.
    PreparedQuery q(db,
                    QStringLiteral("INSERT INTO case_number_seq (place_code, day, device, last)"
                                   " VALUES (?, ?, ?, 1) ON CONFLICT(place_code, day, device)"
                                   " DO UPDATE SET last = last + 1 RETURNING last"));
    q->addBindValue(placeCode);
    q->addBindValue(businessDate.toString(Qt::ISODate));
    q->addBindValue(device);
    if (!q->exec() || !q->next())
        return sqlError(Database::tr("number the case"), q->lastError().text());
    const int seq = q->value(0).toInt();
    return CaseNumber{placeCode, businessDate, device, seq};
}

} // namespace ow
