#include "auditprotocol.h"

#include "syncprotocol.h"

#include <QJsonArray>

namespace ow::sync {

namespace {

bool isHexHash(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9'))
              || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

// A required string field of at most maxLength characters (empty allowed when mayBeEmpty).
Result<QString> text(const QJsonObject &o, const QString &field, const QString &key, int maxLength,
                     bool mayBeEmpty)
{
    const QJsonValue v = o.value(key);
    const QString path = field + key;
    if (!v.isString())
        return invalidField(path, QStringLiteral("missing or not a string"));
    const QString s = v.toString();
    if (s.isEmpty() && !mayBeEmpty)
        return invalidField(path, QStringLiteral("empty"));
    if (s.size() > maxLength)
        return invalidField(path, QStringLiteral("longer than %1 characters").arg(maxLength));
    return s;
}

} // namespace

Result<AuditEntry> auditEntryFromJson(const QJsonObject &o, const QString &field)
{
    AuditEntry e;
    struct Spec
    {
        const char *key;
        QString *target;
        int maxLength;
        bool mayBeEmpty;
    };
    QString at;
    const Spec specs[] = {
            {"id", &e.id, 64, false},
            {"at_utc", &at, 40, false},
            {"device_id", &e.deviceId, 64, false},
            {"user_id", &e.userId, 64, true},
            {"place_code", &e.placeCode, 32, true},
            {"action", &e.action, 64, false},
            {"entity", &e.entity, 64, true},
            {"entity_id", &e.entityId, 200, true},
            {"result", &e.result, 32, false},
            {"prev_hash", &e.prevHash, 64, false},
            {"hash", &e.hash, 64, false},
    };
    for (const Spec &spec : specs) {
        auto value = text(o, field, QLatin1String(spec.key), spec.maxLength, spec.mayBeEmpty);
        if (!value)
            return value.error();
        *spec.target = value.value();
    }
    e.atUtc = parseTime(at);
    // The hash covers the time as written: it must read back to the same text.
    if (!e.atUtc.isValid() || isoTime(e.atUtc) != at)
        return invalidField(field + QStringLiteral("at_utc"),
                            QStringLiteral("not a UTC time like 2026-11-29T01:16:40.500Z"));
    if (!isHexHash(e.prevHash))
        return invalidField(field + QStringLiteral("prev_hash"),
                            QStringLiteral("not 64 lower-case hex digits"));
    if (!isHexHash(e.hash))
        return invalidField(field + QStringLiteral("hash"),
                            QStringLiteral("not 64 lower-case hex digits"));
    const QJsonValue detail = o.value(QStringLiteral("detail"));
    if (!detail.isObject())
        return invalidField(field + QStringLiteral("detail"), QStringLiteral("not an object"));
    e.detail = detail.toObject();
    return e;
}

QJsonObject AuditHead::toJson() const
{
    return {{QStringLiteral("device_id"), deviceId},
            {QStringLiteral("row_id"), rowId},
            {QStringLiteral("hash"), hash}};
}

Result<AuditHead> AuditHead::fromJson(const QJsonObject &o, const QString &field)
{
    AuditHead h;
    auto device = text(o, field, QStringLiteral("device_id"), 64, false);
    if (!device)
        return device.error();
    auto row = text(o, field, QStringLiteral("row_id"), 64, false);
    if (!row)
        return row.error();
    auto hash = text(o, field, QStringLiteral("hash"), 64, false);
    if (!hash)
        return hash.error();
    if (!isHexHash(hash.value()))
        return invalidField(field + QStringLiteral("hash"),
                            QStringLiteral("not 64 lower-case hex digits"));
    h.deviceId = device.value();
    h.rowId = row.value();
    h.hash = hash.value();
    return h;
}

QJsonObject AuditPushRequest::toJson() const
{
    QJsonArray r;
    for (const AuditEntry &e : rows)
        r.append(e.toJson());
    QJsonArray t;
    for (const AuditHead &h : tails)
        t.append(h.toJson());
    return {{QStringLiteral("stream"), stream},
            {QStringLiteral("last_seq"), lastSeq},
            {QStringLiteral("rows"), r},
            {QStringLiteral("tails"), t}};
}

Result<AuditPushRequest> AuditPushRequest::fromJson(const QJsonObject &o)
{
    const QJsonValue rows = o.value(QStringLiteral("rows"));
    const QJsonValue tails = o.value(QStringLiteral("tails"));
    if (!rows.isArray())
        return invalidField(QStringLiteral("rows"), QStringLiteral("missing or not an array"));
    if (!tails.isArray())
        return invalidField(QStringLiteral("tails"), QStringLiteral("missing or not an array"));
    const QJsonArray rowArray = rows.toArray();
    const QJsonArray tailArray = tails.toArray();
    if (rowArray.size() > maxAuditRows)
        return Error{code::tooLarge(),
                     QStringLiteral("At most %1 audit rows per request.").arg(maxAuditRows),
                     QStringLiteral("rows")};
    if (tailArray.size() > maxAuditRows)
        return invalidField(QStringLiteral("tails"),
                            QStringLiteral("more than %1 chains").arg(maxAuditRows));
    AuditPushRequest request;
    const auto count = [&](const QString &key, qint64 *target) -> Status {
        const QJsonValue v = o.value(key);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 9.0e15 || d != double(qint64(d)))
            return invalidField(key, QStringLiteral("missing or not a whole number >= 0"));
        *target = qint64(d);
        return Status::success();
    };
    if (Status s = count(QStringLiteral("stream"), &request.stream); !s)
        return s.error();
    if (Status s = count(QStringLiteral("last_seq"), &request.lastSeq); !s)
        return s.error();
    for (qsizetype i = 0; i < rowArray.size(); ++i) {
        const QString field = QStringLiteral("rows[%1].").arg(i);
        if (!rowArray.at(i).isObject())
            return invalidField(field.chopped(1), QStringLiteral("not an object"));
        auto e = auditEntryFromJson(rowArray.at(i).toObject(), field);
        if (!e)
            return e.error();
        request.rows.append(e.value());
    }
    for (qsizetype i = 0; i < tailArray.size(); ++i) {
        const QString field = QStringLiteral("tails[%1].").arg(i);
        if (!tailArray.at(i).isObject())
            return invalidField(field.chopped(1), QStringLiteral("not an object"));
        auto h = AuditHead::fromJson(tailArray.at(i).toObject(), field);
        if (!h)
            return h.error();
        request.tails.append(h.value());
    }
    return request;
}

QJsonObject AuditPushResponse::toJson() const
{
    QJsonArray h;
    for (const AuditHead &head : heads)
        h.append(head.toJson());
    return {{QStringLiteral("accepted"), accepted},
            {QStringLiteral("known"), known},
            {QStringLiteral("heads"), h}};
}

Result<AuditPushResponse> AuditPushResponse::fromJson(const QJsonObject &o)
{
    AuditPushResponse r;
    if (!o.value(QStringLiteral("accepted")).isDouble()
        || !o.value(QStringLiteral("known")).isDouble())
        return invalidField(QStringLiteral("accepted"), QStringLiteral("missing counts"));
    r.accepted = o.value(QStringLiteral("accepted")).toInt();
    r.known = o.value(QStringLiteral("known")).toInt();
    const QJsonValue heads = o.value(QStringLiteral("heads"));
    if (!heads.isArray())
        return invalidField(QStringLiteral("heads"), QStringLiteral("missing or not an array"));
    const QJsonArray array = heads.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto h = AuditHead::fromJson(array.at(i).toObject(), QStringLiteral("heads[%1].").arg(i));
        if (!h)
            return h.error();
        r.heads.append(h.value());
    }
    return r;
}

} // namespace ow::sync
