#include "storemark.h"

#include <QFile>
#include <QSqlQuery>

namespace ow {

QString StoreMark::path(const QSqlDatabase &db)
{
    const QString file = db.databaseName();
    if (file.isEmpty() || file == QLatin1String(":memory:")
        || file.startsWith(QLatin1String("file:")))
        return {};
    return pathFor(file);
}

QString StoreMark::pathFor(const QString &databaseFile)
{
    return databaseFile + QStringLiteral(".mark");
}

void StoreMark::recordNumber(const QSqlDatabase &db, const CaseNumber &number)
{
    const QString file = path(db);
    if (file.isEmpty())
        return;
    // Written over in place after every intake: truncating the file first (and so freeing its
    // block and taking a new one) cost the file system more than the rest of the write.
    QFile f(file);
    if (!f.open(QIODevice::ReadWrite))
        return; // a missing mark only loses the early warning; the server still finds out
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray line
            = QStringLiteral("%1 %2 %3 %4\n")
                      .arg(number.placeCode, number.date.toString(Qt::ISODate), number.device)
                      .arg(number.seq)
                      .toUtf8();
    if (f.write(line) == line.size() && f.size() > line.size())
        f.resize(line.size()); // an older, longer mark: its tail goes
}

bool StoreMark::wentBack(const QSqlDatabase &db)
{
    const QString file = path(db);
    if (file.isEmpty())
        return false;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QStringList parts = QString::fromUtf8(f.readAll()).simplified().split(QLatin1Char(' '));
    if (parts.size() != 4)
        return false;
    bool ok = false;
    const int serial = parts[3].toInt(&ok);
    if (!ok)
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT last FROM case_number_seq WHERE place_code = ? AND day = ?"
                             " AND device = ?"));
    q.addBindValue(parts[0]);
    q.addBindValue(parts[1]);
    q.addBindValue(parts[2]);
    if (!q.exec())
        return false;
    return !q.next() || q.value(0).toInt() < serial;
}

void StoreMark::clear(const QSqlDatabase &db)
{
    if (const QString file = path(db); !file.isEmpty())
        QFile::remove(file);
}

} // namespace ow
