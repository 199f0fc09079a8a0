#include "pullcursor.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace ow {

std::optional<PullCursor> PullCursor::parse(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3 || parts[0].isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seq = parts[1].toLongLong(&ok);
    if (!ok || seq < 0)
        return std::nullopt;
    PullCursor cursor{parts[0], seq, parts.value(2)};
    return cursor;
}

QString PullCursor::toString() const
{
    QString text = epoch + QLatin1Char(':') + QString::number(seq);
    if (!mark.isEmpty())
        text += QLatin1Char(':') + mark;
    return text;
}

std::optional<QString> PullCursor::markAt(const QSqlDatabase &db, const QString &bucket, qint64 seq)
{
    if (seq <= 0)
        return QString();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT entity_id, version, at FROM change_log"
                             " WHERE bucket = ? AND seq = ?"));
    q.addBindValue(bucket);
    q.addBindValue(seq);
    if (!q.exec())
        return std::nullopt;
    if (!q.next())
        return QString();
    const QByteArray named = q.value(0).toString().toUtf8() + '\0'
            + QByteArray::number(q.value(1).toLongLong()) + '\0' + q.value(2).toString().toUtf8();
    return QString::fromLatin1(
            QCryptographicHash::hash(named, QCryptographicHash::Sha256).toHex().left(12));
}

std::optional<bool> PullCursor::stillServed(const QSqlDatabase &db, const QString &bucket,
                                            qint64 floor) const
{
    if (mark.isEmpty() || seq <= 0)
        return true;
    const auto now = markAt(db, bucket, seq);
    if (!now)
        return std::nullopt;
    if (now->isEmpty())
        return seq <= floor; // compaction removes rows up to the floor only
    return *now == mark;
}

} // namespace ow
