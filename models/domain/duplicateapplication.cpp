#include "duplicateapplication.h"

#include "domain/applicant.h"
#include "domain/caselifecycle.h"

#include <QCryptographicHash>

namespace ow {

namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject sideToJson(const DuplicateFlag::Side &s)
{
    return {{QStringLiteral("case_id"), s.caseId},
            {QStringLiteral("number"), s.number},
            {QStringLiteral("place_code"), s.placeCode},
            {QStringLiteral("state"), s.state}};
}

std::optional<DuplicateFlag::Side> sideFromJson(const QJsonValue &v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    DuplicateFlag::Side s;
    s.caseId = o.value(QStringLiteral("case_id")).toString();
    s.number = o.value(QStringLiteral("number")).toString();
    s.placeCode = o.value(QStringLiteral("place_code")).toString();
    s.state = o.value(QStringLiteral("state")).toString();
    if (s.caseId.isEmpty() || s.placeCode.isEmpty())
        return std::nullopt;
    return s;
}

DuplicateFlag::Side sideOf(const Case &c)
{
    return {c.id, c.number, c.placeCode, CaseLifecycle::stateKey(c.state)};
}

} // namespace

QJsonObject DuplicateFlag::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("kind"), QStringLiteral("duplicate_application")},
            {QStringLiteral("first"), sideToJson(first)},
            {QStringLiteral("second"), sideToJson(second)},
            {QStringLiteral("item_code"), itemCode},
            {QStringLiteral("item_name"), itemName},
            {QStringLiteral("flagged_at"), iso(flaggedAt)}};
}

std::optional<DuplicateFlag> DuplicateFlag::fromJson(const QJsonObject &o)
{
    DuplicateFlag f;
    f.id = o.value(QStringLiteral("id")).toString();
    const auto first = sideFromJson(o.value(QStringLiteral("first")));
    const auto second = sideFromJson(o.value(QStringLiteral("second")));
    if (f.id.isEmpty() || !first || !second)
        return std::nullopt;
    f.first = *first;
    f.second = *second;
    f.itemCode = o.value(QStringLiteral("item_code")).toString();
    f.itemName = o.value(QStringLiteral("item_name")).toString();
    f.flaggedAt = QDateTime::fromString(o.value(QStringLiteral("flagged_at")).toString(),
                                        Qt::ISODateWithMs);
    return f;
}

bool DuplicateApplication::matches(const Case &a, const Case &b)
{
    return a.id != b.id && !a.applicant.idNumber.isEmpty() && a.applicant.kind == b.applicant.kind
            && a.applicant.idNumber == b.applicant.idNumber && a.itemCode == b.itemCode
            && a.placeCode != b.placeCode && CaseLifecycle::isOpen(a.state)
            && CaseLifecycle::isOpen(b.state);
}

QString DuplicateApplication::flagId(const QString &caseA, const QString &caseB)
{
    const QString low = caseA < caseB ? caseA : caseB;
    const QString high = caseA < caseB ? caseB : caseA;
    const QByteArray hash = QCryptographicHash::hash(QString(low + QLatin1Char(0) + high).toUtf8(),
                                                     QCryptographicHash::Sha256);
    return QStringLiteral("dup-") + QString::fromLatin1(hash.toHex().left(32));
}

DuplicateFlag DuplicateApplication::flag(const Case &raisedBy, const Case &other,
                                         const QDateTime &atUtc)
{
    DuplicateFlag f;
    f.id = flagId(raisedBy.id, other.id);
    f.first = sideOf(raisedBy);
    f.second = sideOf(other);
    f.itemCode = raisedBy.itemCode;
    f.itemName = raisedBy.itemName;
    f.flaggedAt = atUtc.toUTC();
    return f;
}

QString DuplicateApplication::describe(const DuplicateFlag &flag, const QString &caseId)
{
    const DuplicateFlag::Side &other = flag.other(caseId);
    return tr("Possible duplicate application: case %1 at place %2 is open for the same "
              "applicant and the same item (%3).")
            .arg(other.number.isEmpty() ? other.caseId : other.number, other.placeCode,
                 flag.itemName.isEmpty() ? flag.itemCode : flag.itemName);
}

QString DuplicateApplication::describePair(const DuplicateFlag &flag)
{
    return tr("%1 (place %2) and %3 (place %4): the same applicant applied for %5 at both "
              "places.")
            .arg(flag.first.number, flag.first.placeCode, flag.second.number, flag.second.placeCode,
                 flag.itemName.isEmpty() ? flag.itemCode : flag.itemName);
}

QString DuplicateApplication::advice()
{
    return tr("Call the other place and agree which case goes on; the other one is withdrawn at "
              "the applicant's request or terminated. Do not handle both.");
}

} // namespace ow
