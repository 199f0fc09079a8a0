#include "auditchain.h"

#include "isotime.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <optional>

namespace ow {

namespace {

// A string QJsonDocument writes as its plain UTF-8 between quotes: no quote, backslash,
// control character or surrogate (which it would escape or check) in it.
bool isPlain(const QString &s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == u'"' || u == u'\\' || (u >= 0xD800 && u <= 0xDFFF))
            return false;
    }
    return true;
}

void appendString(QByteArray &out, const QString &s)
{
    out += '"';
    out += s.toUtf8();
    out += '"';
}

// {"key":"text",...} of an object whose keys and values are plain strings, in QJsonObject's
// (sorted) order: byte for byte what QJsonDocument::Compact writes. Anything else: false.
bool appendPlainObject(QByteArray &out, const QJsonObject &o)
{
    out += '{';
    bool first = true;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QJsonValue value = it.value();
        if (!value.isString())
            return false;
        const QString key = it.key();
        const QString text = value.toString();
        if (!isPlain(key) || !isPlain(text))
            return false;
        if (!first)
            out += ',';
        first = false;
        appendString(out, key);
        out += ':';
        appendString(out, text);
    }
    out += '}';
    return true;
}

std::optional<QByteArray> plainCanonical(const AuditEntry &e)
{
    const QString at = isoUtc(e.atUtc);
    for (const QString *s : {&e.action, &at, &e.deviceId, &e.entity, &e.entityId, &e.id,
                             &e.placeCode, &e.result, &e.userId}) {
        if (!isPlain(*s))
            return std::nullopt;
    }
    QByteArray out;
    out.reserve(512);
    // The keys in sorted order, as QJsonObject keeps them.
    out += "{\"action\":";
    appendString(out, e.action);
    out += ",\"at_utc\":";
    appendString(out, at);
    out += ",\"detail\":";
    if (!appendPlainObject(out, e.detail))
        return std::nullopt;
    out += ",\"device_id\":";
    appendString(out, e.deviceId);
    out += ",\"entity\":";
    appendString(out, e.entity);
    out += ",\"entity_id\":";
    appendString(out, e.entityId);
    out += ",\"id\":";
    appendString(out, e.id);
    out += ",\"place_code\":";
    appendString(out, e.placeCode);
    out += ",\"result\":";
    appendString(out, e.result);
    out += ",\"user_id\":";
    appendString(out, e.userId);
    out += '}';
    return out;
}

} // namespace

QByteArray AuditEntry::canonical() const
{
    // The row as pushed without its chain fields. QJsonObject keeps its keys sorted, so Compact
    // output is canonical. Rows of plain text (nearly all) are written directly, to the same
    // bytes: building the QJsonObject was most of the cost of an audit row.
    if (auto plain = plainCanonical(*this))
        return *plain;
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
            {QStringLiteral("at_utc"), isoUtc(atUtc)},
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
    QByteArray plain;
    if (appendPlainObject(plain, detail))
        return QString::fromUtf8(plain);
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
