#include "auditchain.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace ow {

QByteArray AuditEntry::canonical() const
{
    // The row as pushed without its chain fields. QJsonObject keeps its keys sorted, so Compact
    // output is canonical.
    QJsonObject row = toJson();
    row.remove(QStringLiteral("prev_hash"));
    row.remove(QStringLiteral("hash"));
    return QJsonDocument(row).toJson(QJsonDocument::Compact);
}

QString AuditEntry::computeHash() const
{
    return QString::fromLatin1(
            QCryptographicHash::hash(QByteArray(prevHash.toLatin1() + canonical()),
                                     QCryptographicHash::Sha256)
                    .toHex());
}

QJsonObject AuditEntry::toJson() const
{
    return QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("at_utc"), atUtc.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("device_id"), deviceId},
            {QStringLiteral("user_id"), userId},
            {QStringLiteral("place_code"), placeCode},
            {QStringLiteral("action"), action},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("entity_id"), entityId},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("result"), result},
            {QStringLiteral("prev_hash"), prevHash},
            {QStringLiteral("hash"), hash},
    };
}

QDateTime AuditEntry::storedTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t.isValid() && t.toString(Qt::ISODateWithMs) == text ? t : QDateTime();
}

QJsonObject AuditEntry::storedDetail(const QString &text)
{
    const QJsonObject detail = QJsonDocument::fromJson(text.toUtf8()).object();
    if (detailText(detail) == text)
        return detail;
    // Not as written: keep the text itself, under a key no writer uses.
    return QJsonObject{{QString(), text}};
}

QString AuditEntry::detailText(const QJsonObject &detail)
{
    return QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
}

QString AuditChainVerifier::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

AuditChainVerifier::AuditChainVerifier(const QString &startHash)
    : m_lastHash(startHash)
{ }

void AuditChainVerifier::expectHead(const QString &headId, const QString &headHash)
{
    m_headId = headId;
    m_headHash = headHash;
    m_headSeen = headId.isEmpty();
}

bool AuditChainVerifier::add(const AuditEntry &row)
{
    if (m_problem != Problem::None)
        return false;
    if (row.prevHash != m_lastHash) {
        m_problem = Problem::Unlinked;
        m_bad = row;
        return false;
    }
    // A row rewritten with a recomputed hash (and every row after it) still links up: the
    // acknowledged head's hash is what gives it away.
    if (row.hash != row.computeHash() || (row.id == m_headId && row.hash != m_headHash)) {
        m_problem = Problem::Altered;
        m_bad = row;
        return false;
    }
    if (row.id == m_headId)
        m_headSeen = true;
    m_lastHash = row.hash;
    ++m_rows;
    return true;
}

bool AuditChainVerifier::finish()
{
    if (m_problem == Problem::None && !m_headSeen) {
        m_problem = Problem::Truncated;
        m_bad = AuditEntry();
        m_bad.id = m_headId;
        m_bad.hash = m_headHash;
    }
    return m_problem == Problem::None;
}

QString AuditChainVerifier::problemKey(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return QStringLiteral("audit.intact");
    case Problem::Altered:
        return QStringLiteral("audit.altered");
    case Problem::Unlinked:
        return QStringLiteral("audit.unlinked");
    case Problem::Truncated:
        return QStringLiteral("audit.truncated");
    }
    return QString();
}

QString AuditChainVerifier::describe() const
{
    switch (m_problem) {
    case Problem::None:
        return tr("Chain intact: %n row(s) verified.", nullptr, int(m_rows));
    case Problem::Altered:
        return tr("Chain broken at row %1 (%2): the row was changed after it was written. "
                  "%3 row(s) before it are intact.")
                .arg(m_bad.seq)
                .arg(m_bad.id)
                .arg(m_rows);
    case Problem::Unlinked:
        return tr("Chain broken at row %1 (%2): it does not follow the row before it — a row "
                  "was deleted, inserted or moved there. %3 row(s) before it are intact.")
                .arg(m_bad.seq)
                .arg(m_bad.id)
                .arg(m_rows);
    case Problem::Truncated:
        return tr("Rows are missing at the end: the chain no longer reaches row %1, which the "
                  "server acknowledged. %2 row(s) are intact.")
                .arg(m_bad.id)
                .arg(m_rows);
    }
    return QString();
}

} // namespace ow
