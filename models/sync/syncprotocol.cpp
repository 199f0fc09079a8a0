#include "syncprotocol.h"

#include "domain/isotime.h"
#include "domain/manifestrules.h"
#include "domain/taskrules.h"
#include "store/storedtime.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace ow::sync {

namespace {

constexpr int maxTextLength = 4000;

// Reads the fields of one JSON object; the first problem wins and names the field.
class Reader final
{
public:
    explicit Reader(const QJsonObject &object, QString prefix = {})
        : m_o(object)
        , m_prefix(std::move(prefix))
    { }

    bool ok() const { return !m_error.isError(); }
    const Error &error() const { return m_error; }
    void fail(const QString &key, const QString &why)
    {
        if (ok())
            m_error = invalidField(m_prefix + key, why);
    }

    QString string(const QString &key, bool required = true, int maxLength = maxTextLength)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, QStringLiteral("missing"));
            return QString();
        }
        if (!v.isString()) {
            fail(key, QStringLiteral("not a string"));
            return QString();
        }
        const QString s = v.toString();
        if (s.size() > maxLength)
            fail(key, QStringLiteral("longer than %1 characters").arg(maxLength));
        return s;
    }
    qint64 integer(const QString &key, bool required = true, qint64 minimum = 0,
                   qint64 fallback = 0)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, QStringLiteral("missing"));
            return fallback;
        }
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::isnan(d) || d != std::floor(d) || std::fabs(d) > 9.0e15) {
            fail(key, QStringLiteral("not an integer"));
            return fallback;
        }
        if (qint64(d) < minimum)
            fail(key, QStringLiteral("less than %1").arg(minimum));
        return qint64(d);
    }
    bool boolean(const QString &key, bool required = false)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, QStringLiteral("missing"));
            return false;
        }
        if (!v.isBool())
            fail(key, QStringLiteral("not true or false"));
        return v.toBool();
    }
    QJsonObject object(const QString &key, bool required = true)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, QStringLiteral("missing"));
            return {};
        }
        if (!v.isObject())
            fail(key, QStringLiteral("not an object"));
        return v.toObject();
    }
    std::optional<QJsonArray> array(const QString &key, bool required = true)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, QStringLiteral("missing"));
            return std::nullopt;
        }
        if (!v.isArray()) {
            fail(key, QStringLiteral("not an array"));
            return std::nullopt;
        }
        return v.toArray();
    }
    QDateTime time(const QString &key, bool required = true)
    {
        const QString s = string(key, required, 40);
        if (s.isEmpty()) {
            if (required && ok())
                fail(key, QStringLiteral("empty"));
            return {};
        }
        const QDateTime t = parseTime(s);
        if (!t.isValid())
            fail(key, QStringLiteral("not an ISO 8601 time"));
        return t;
    }
    QDate date(const QString &key, bool required = true)
    {
        const QString s = string(key, required, 10);
        if (s.isEmpty()) {
            if (required && ok())
                fail(key, QStringLiteral("empty"));
            return {};
        }
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            fail(key, QStringLiteral("not a date (yyyy-MM-dd)"));
        return d;
    }
    // Carries a nested reader's error over.
    void take(const Error &nested)
    {
        if (ok() && nested.isError())
            m_error = nested;
    }
    QString prefix() const { return m_prefix; }

private:
    const QJsonObject &m_o;
    QString m_prefix;
    Error m_error;
};

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(isoTime(t)) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

template<typename T, typename F>
Result<QList<T>> listFrom(Reader &r, const QString &key, bool required, F decode)
{
    QList<T> list;
    const auto array = r.array(key, required);
    if (!r.ok())
        return r.error();
    if (!array)
        return list;
    list.reserve(array->size());
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonValue v = array->at(i);
        // Where the item is, for an error only: a pulled page decodes thousands of items.
        const auto where
                = [&r, &key, i] { return QStringLiteral("%1%2[%3]").arg(r.prefix(), key).arg(i); };
        if (!v.isObject())
            return invalidField(where(), QStringLiteral("not an object"));
        const QJsonObject o = v.toObject();
        auto item = decode(o, QString());
        if (!item)
            return decode(o, where() + QLatin1Char('.')).error(); // again, to name the field
        list.append(std::move(item).value());
    }
    return list;
}

void addServerTime(QJsonObject &o, const QDateTime &serverTime)
{
    if (serverTime.isValid())
        o.insert(QStringLiteral("server_time"), isoTime(serverTime));
}

Result<CaseMaterial> materialFrom(const QJsonObject &o, const QString &prefix)
{
    Reader r(o, prefix);
    CaseMaterial m;
    m.name = r.string(QStringLiteral("name"), true, 200);
    const auto form = materialFormFromKey(r.string(QStringLiteral("form")));
    const auto requirement = materialRequirementFromKey(r.string(QStringLiteral("requirement")));
    const QString status = r.string(QStringLiteral("status"));
    m.copiesExpected = int(r.integer(QStringLiteral("copies_expected"), false, 0, 1));
    m.copiesReceived = int(r.integer(QStringLiteral("copies_received"), false, 0, 0));
    m.supplyBy = r.date(QStringLiteral("supply_by"), false);
    m.note = r.string(QStringLiteral("note"), false, 500);
    if (!r.ok())
        return r.error();
    if (!form)
        return invalidField(prefix + QStringLiteral("form"), QStringLiteral("unknown"));
    if (!requirement)
        return invalidField(prefix + QStringLiteral("requirement"), QStringLiteral("unknown"));
    if (!CaseMaterial::statusFromKey(status, &m.status))
        return invalidField(prefix + QStringLiteral("status"), QStringLiteral("unknown"));
    if (m.name.trimmed().isEmpty())
        return invalidField(prefix + QStringLiteral("name"), QStringLiteral("empty"));
    m.form = *form;
    m.requirement = *requirement;
    return m;
}

Result<CaseHistoryEntry> historyFrom(const QJsonObject &o, const QString &prefix)
{
    Reader r(o, prefix);
    CaseHistoryEntry e;
    e.id = r.string(QStringLiteral("id"), true, 64);
    const auto event = CaseLifecycle::eventFromKey(r.string(QStringLiteral("event")));
    const QString from = r.string(QStringLiteral("from_state"), false);
    const auto to = CaseLifecycle::stateFromKey(r.string(QStringLiteral("to_state")));
    e.atUtc = r.time(QStringLiteral("at_utc"));
    e.businessDate = r.date(QStringLiteral("business_date"));
    e.userId = r.string(QStringLiteral("user_id"), true, 64);
    e.placeCode = r.string(QStringLiteral("place_code"), true, 16);
    e.deviceId = r.string(QStringLiteral("device_id"), false, 64);
    e.note = r.string(QStringLiteral("note"), false, 500);
    if (!r.ok())
        return r.error();
    if (!event)
        return invalidField(prefix + QStringLiteral("event"), QStringLiteral("unknown"));
    if (!to)
        return invalidField(prefix + QStringLiteral("to_state"), QStringLiteral("unknown"));
    if (!from.isEmpty()) {
        e.from = CaseLifecycle::stateFromKey(from);
        if (!e.from)
            return invalidField(prefix + QStringLiteral("from_state"), QStringLiteral("unknown"));
    }
    e.event = *event;
    e.to = *to;
    return e;
}

Result<Case> caseFrom(const QJsonObject &o, const QString &prefix)
{
    Reader r(o, prefix);
    Case c;
    c.id = r.string(QStringLiteral("id"), true, 64);
    c.number = r.string(QStringLiteral("number"), true, 40);
    c.parentId = r.string(QStringLiteral("parent_id"), false, 64);
    c.itemCode = r.string(QStringLiteral("item_code"), true, 64);
    c.itemName = r.string(QStringLiteral("item_name"), false, 200);
    c.departmentCode = r.string(QStringLiteral("department_code"), false, 64);
    const QString kind = r.string(QStringLiteral("item_kind"), false);
    c.promisedDays = int(r.integer(QStringLiteral("promised_days"), false));
    c.townshipAcceptable = r.boolean(QStringLiteral("township_acceptable"));
    c.agentName = r.string(QStringLiteral("agent_name"), false, 100);
    c.agentIdNumber = r.string(QStringLiteral("agent_id_number"), false, 40);
    const auto channel = CaseLifecycle::channelFromKey(r.string(QStringLiteral("channel")));
    const QString state = r.string(QStringLiteral("state"), false);
    c.placeCode = r.string(QStringLiteral("place_code"), true, 16);
    c.releasePlaceCode = r.string(QStringLiteral("release_place_code"), false, 16);
    c.staffId = r.string(QStringLiteral("staff_id"), false, 64);
    c.receivedAt = r.time(QStringLiteral("received_at"));
    c.acceptedAt = r.time(QStringLiteral("accepted_at"), false);
    c.noticeDeadline = r.date(QStringLiteral("notice_deadline"), false);
    c.dueDate = r.date(QStringLiteral("due_date"), false);
    c.suspendedAt = r.time(QStringLiteral("suspended_at"), false);
    c.suspendedWorkingDays = int(r.integer(QStringLiteral("suspended_working_days"), false));
    c.decidedAt = r.time(QStringLiteral("decided_at"), false);
    c.releasedAt = r.time(QStringLiteral("released_at"), false);
    c.closedAt = r.time(QStringLiteral("closed_at"), false);
    c.trips = int(r.integer(QStringLiteral("trips"), false));
    const QString delivery = r.string(QStringLiteral("delivery"), false, 16);
    c.reason = r.string(QStringLiteral("reason"), false, 500);
    c.version = r.integer(QStringLiteral("version"), false, 1, 1);
    c.updatedAt = r.time(QStringLiteral("updated_at"), false);
    const QJsonObject applicant = r.object(QStringLiteral("applicant"));
    if (!r.ok())
        return r.error();
    if (!channel)
        return invalidField(prefix + QStringLiteral("channel"), QStringLiteral("unknown"));
    c.channel = *channel;
    if (!kind.isEmpty()) {
        const auto k = itemKindFromKey(kind);
        if (!k)
            return invalidField(prefix + QStringLiteral("item_kind"), QStringLiteral("unknown"));
        c.itemKind = *k;
    }
    if (!state.isEmpty()) {
        const auto s = CaseLifecycle::stateFromKey(state);
        if (!s)
            return invalidField(prefix + QStringLiteral("state"), QStringLiteral("unknown"));
        c.state = *s;
    }
    if (!delivery.isEmpty() && delivery != QLatin1String("counter")
        && delivery != QLatin1String("mail"))
        return invalidField(prefix + QStringLiteral("delivery"), QStringLiteral("unknown"));
    c.delivery = delivery == QLatin1String("mail") ? Case::Delivery::Mail : Case::Delivery::Counter;
    if (!c.updatedAt.isValid())
        c.updatedAt = c.receivedAt;
    if (c.releasePlaceCode.isEmpty())
        c.releasePlaceCode = c.placeCode;

    const QString ap = prefix + QStringLiteral("applicant.");
    Reader a(applicant, ap);
    const QString applicantKind = a.string(QStringLiteral("kind"));
    c.applicant.id = a.string(QStringLiteral("id"), false, 64);
    c.applicant.name = a.string(QStringLiteral("name"), true, 200);
    c.applicant.idNumber = a.string(QStringLiteral("id_number"), true, 40);
    c.applicant.phone = a.string(QStringLiteral("phone"), false, 40);
    c.applicant.address = a.string(QStringLiteral("address"), false, 200);
    c.applicant.legalRepresentative = a.string(QStringLiteral("legal_representative"), false, 100);
    c.applicant.contactName = a.string(QStringLiteral("contact_name"), false, 100);
    if (!a.ok())
        return a.error();
    if (!ApplicantRules::kindFromKey(applicantKind, &c.applicant.kind))
        return invalidField(ap + QStringLiteral("kind"), QStringLiteral("unknown"));

    auto materials = listFrom<CaseMaterial>(r, QStringLiteral("materials"), false, &materialFrom);
    if (!materials)
        return materials.error();
    c.materials = materials.value();
    auto history = listFrom<CaseHistoryEntry>(r, QStringLiteral("history"), false, &historyFrom);
    if (!history)
        return history.error();
    c.history = history.value();
    return c;
}

} // namespace

Error invalidField(const QString &field, const QString &why)
{
    return {code::invalidField(), QStringLiteral("Field \"%1\": %2.").arg(field, why), field};
}

bool mutation::isKnown(const QString &name)
{
    return !entityOf(name).isEmpty();
}

QString isoTime(const QDateTime &utc)
{
    return isoUtc(utc);
}

QDateTime parseTime(const QString &text)
{
    // The form every time is written in, read without QDateTime's parser (a pulled case has a
    // dozen times); anything else goes the long way.
    if (qint64 msecs = 0; parseIsoUtc(text, &msecs))
        return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

// ErrorBody

QJsonObject ErrorBody::toJson() const
{
    QJsonObject body{
            {QStringLiteral("error"),
             QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
    if (lastSeq >= 0)
        body.insert(QStringLiteral("last_seq"), lastSeq);
    if (!mutationId.isEmpty())
        body.insert(QStringLiteral("mutation_id"), mutationId);
    return body;
}

Result<ErrorBody> ErrorBody::fromJson(const QJsonObject &body)
{
    Reader r(body);
    const QJsonObject error = r.object(QStringLiteral("error"));
    ErrorBody e;
    e.lastSeq = r.integer(QStringLiteral("last_seq"), false, 0, -1);
    e.mutationId = r.string(QStringLiteral("mutation_id"), false, 64);
    Reader inner(error, QStringLiteral("error."));
    e.code = inner.string(QStringLiteral("code"));
    e.message = inner.string(QStringLiteral("message"), false);
    r.take(inner.error());
    if (!r.ok())
        return r.error();
    return e;
}

// Enrollment

QJsonObject EnrollRequest::toJson() const
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("device_name"), deviceName},
            {QStringLiteral("client_version"), clientVersion}};
}

Result<EnrollRequest> EnrollRequest::fromJson(const QJsonObject &o)
{
    Reader r(o);
    EnrollRequest e;
    e.code = r.string(QStringLiteral("code"), true, 64);
    e.deviceName = r.string(QStringLiteral("device_name"), false, 100);
    e.clientVersion = r.string(QStringLiteral("client_version"), false, 40);
    if (r.ok() && e.code.trimmed().isEmpty())
        r.fail(QStringLiteral("code"), QStringLiteral("empty"));
    if (!r.ok())
        return r.error();
    return e;
}

QJsonObject EnrollResponse::toJson() const
{
    QJsonObject o{{QStringLiteral("device_id"), deviceId},
                  {QStringLiteral("short_id"), shortId},
                  {QStringLiteral("place_code"), placeCode},
                  {QStringLiteral("token"), token},
                  {QStringLiteral("token_expires_at"), isoTime(tokenExpiresAt)},
                  {QStringLiteral("stream"), stream}};
    addServerTime(o, serverTime);
    return o;
}

Result<EnrollResponse> EnrollResponse::fromJson(const QJsonObject &o)
{
    Reader r(o);
    EnrollResponse e;
    e.deviceId = r.string(QStringLiteral("device_id"));
    e.shortId = r.string(QStringLiteral("short_id"));
    e.placeCode = r.string(QStringLiteral("place_code"));
    e.token = r.string(QStringLiteral("token"));
    e.tokenExpiresAt = r.time(QStringLiteral("token_expires_at"));
    e.stream = r.integer(QStringLiteral("stream"), true, 1);
    e.serverTime = r.time(QStringLiteral("server_time"), false);
    if (!r.ok())
        return r.error();
    return e;
}

QJsonObject RestreamResponse::toJson() const
{
    QJsonObject o{{QStringLiteral("stream"), stream},
                  {QStringLiteral("short_id"), shortId},
                  {QStringLiteral("last_seq"), lastSeq}};
    addServerTime(o, serverTime);
    return o;
}

Result<RestreamResponse> RestreamResponse::fromJson(const QJsonObject &o)
{
    Reader r(o);
    RestreamResponse e;
    e.stream = r.integer(QStringLiteral("stream"), true, 1);
    e.shortId = r.string(QStringLiteral("short_id"));
    e.lastSeq = r.integer(QStringLiteral("last_seq"));
    e.serverTime = r.time(QStringLiteral("server_time"), false);
    if (!r.ok())
        return r.error();
    return e;
}

// Push

QByteArray PushMutation::payloadHash() const
{
    // One buffer, hashed at once: the fields each followed by a NUL byte.
    QByteArray text;
    text.reserve(2048);
    const auto add = [&text](const QString &field) {
        text += field.toUtf8();
        text += '\0';
    };
    add(name);
    add(entityId);
    text += QByteArray::number(baseVersion);
    text += '\0';
    add(userId);
    appendCanonicalJson(text, payload);
    text += '\0';
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex();
}

QJsonObject PushMutation::toJson() const
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("entity_id"), entityId},
            {QStringLiteral("base_version"), baseVersion},
            {QStringLiteral("user_id"), userId},
            {QStringLiteral("created_at"), isoTime(createdAt)},
            {QStringLiteral("payload"), payload}};
}

namespace {
Result<PushMutation> mutationFrom(const QJsonObject &o, const QString &prefix)
{
    Reader r(o, prefix);
    PushMutation m;
    m.seq = r.integer(QStringLiteral("seq"), true, 1);
    m.id = r.string(QStringLiteral("id"), true, 64);
    m.name = r.string(QStringLiteral("name"), true, 64);
    m.entityId = r.string(QStringLiteral("entity_id"), true, 64);
    m.baseVersion = r.integer(QStringLiteral("base_version"), true, 0);
    m.userId = r.string(QStringLiteral("user_id"), true, 64);
    m.createdAt = r.time(QStringLiteral("created_at"), false);
    m.payload = r.object(QStringLiteral("payload"));
    if (r.ok() && m.id.isEmpty())
        r.fail(QStringLiteral("id"), QStringLiteral("empty"));
    if (r.ok() && !mutation::isKnown(m.name))
        r.fail(QStringLiteral("name"), QStringLiteral("unknown mutation \"%1\"").arg(m.name));
    if (!r.ok())
        return r.error();
    return m;
}

Result<PushResult> resultFrom(const QJsonObject &o, const QString &prefix)
{
    Reader r(o, prefix);
    PushResult p;
    p.id = r.string(QStringLiteral("id"));
    p.seq = r.integer(QStringLiteral("seq"));
    p.status = r.string(QStringLiteral("status"));
    p.code = r.string(QStringLiteral("code"), false);
    p.message = r.string(QStringLiteral("message"), false);
    const QJsonObject current = r.object(QStringLiteral("current"), false);
    if (!r.ok())
        return r.error();
    if (o.contains(QStringLiteral("current")) && !o.value(QStringLiteral("current")).isNull())
        p.current = current;
    return p;
}

Result<PullChange> changeFrom(const QJsonObject &o, const QString &prefix)
{
    Reader r(o, prefix);
    PullChange c;
    c.entity = r.string(QStringLiteral("entity"));
    c.id = r.string(QStringLiteral("id"));
    c.version = r.integer(QStringLiteral("version"));
    c.data = r.object(QStringLiteral("data"));
    if (!r.ok())
        return r.error();
    return c;
}
} // namespace

Result<PushMutation> PushMutation::fromJson(const QJsonObject &o)
{
    return mutationFrom(o, QString());
}

QJsonObject PushRequest::toJson() const
{
    QJsonArray list;
    for (const PushMutation &m : mutations)
        list.append(m.toJson());
    return {{QStringLiteral("stream"), stream}, {QStringLiteral("mutations"), list}};
}

Result<PushRequest> PushRequest::fromJson(const QJsonObject &o)
{
    Reader r(o);
    PushRequest p;
    p.stream = r.integer(QStringLiteral("stream"), true, 1);
    if (!r.ok())
        return r.error();
    const auto array = o.value(QStringLiteral("mutations"));
    if (array.isArray() && array.toArray().size() > maxBatchMutations)
        return invalidField(QStringLiteral("mutations"),
                            QStringLiteral("more than %1 mutations").arg(maxBatchMutations));
    auto list = listFrom<PushMutation>(r, QStringLiteral("mutations"), true, &mutationFrom);
    if (!list)
        return list.error();
    p.mutations = list.value();
    return p;
}

QJsonObject PushResult::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("seq"), seq},
                  {QStringLiteral("status"), status}};
    if (!code.isEmpty())
        o.insert(QStringLiteral("code"), code);
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    if (current)
        o.insert(QStringLiteral("current"), *current);
    return o;
}

Result<PushResult> PushResult::fromJson(const QJsonObject &o)
{
    return resultFrom(o, QString());
}

QJsonObject PushResponse::toJson() const
{
    QJsonArray list;
    for (const PushResult &r : results)
        list.append(r.toJson());
    QJsonObject o{{QStringLiteral("stream"), stream},
                  {QStringLiteral("last_seq"), lastSeq},
                  {QStringLiteral("results"), list},
                  {QStringLiteral("stopped"), QJsonValue::Null}};
    if (stopped)
        o.insert(QStringLiteral("stopped"),
                 QJsonObject{{QStringLiteral("code"), stopped->code},
                             {QStringLiteral("expected_seq"), stopped->expectedSeq}});
    addServerTime(o, serverTime);
    return o;
}

Result<PushResponse> PushResponse::fromJson(const QJsonObject &o)
{
    Reader r(o);
    PushResponse p;
    p.stream = r.integer(QStringLiteral("stream"), true, 1);
    p.lastSeq = r.integer(QStringLiteral("last_seq"));
    p.serverTime = r.time(QStringLiteral("server_time"), false);
    const QJsonObject stopped = r.object(QStringLiteral("stopped"), false);
    if (!r.ok())
        return r.error();
    if (!stopped.isEmpty()) {
        Reader s(stopped, QStringLiteral("stopped."));
        PushStop stop;
        stop.code = s.string(QStringLiteral("code"));
        stop.expectedSeq = s.integer(QStringLiteral("expected_seq"));
        if (!s.ok())
            return s.error();
        p.stopped = stop;
    }
    auto list = listFrom<PushResult>(r, QStringLiteral("results"), true, &resultFrom);
    if (!list)
        return list.error();
    p.results = list.value();
    return p;
}

// Pull

QJsonObject PullChange::toJson() const
{
    return {{QStringLiteral("entity"), entity},
            {QStringLiteral("id"), id},
            {QStringLiteral("version"), version},
            {QStringLiteral("data"), data}};
}

Result<PullChange> PullChange::fromJson(const QJsonObject &o)
{
    return changeFrom(o, QString());
}

QJsonObject PullResponse::toJson() const
{
    QJsonArray list;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        QJsonObject change = changes[i].toJson();
        if (changes[i].data.isEmpty() && !storedData.value(i).isEmpty())
            change.insert(QStringLiteral("data"),
                          QJsonDocument::fromJson(storedData.value(i)).object());
        list.append(change);
    }
    QJsonObject o{{QStringLiteral("bucket"), bucket},
                  {QStringLiteral("changes"), list},
                  {QStringLiteral("cursor"), cursor},
                  {QStringLiteral("has_more"), hasMore}};
    addServerTime(o, serverTime);
    return o;
}

QByteArray PullResponse::toJsonBytes() const
{
    QJsonObject envelope{{QStringLiteral("bucket"), bucket},
                         {QStringLiteral("changes"), QJsonArray()},
                         {QStringLiteral("cursor"), cursor},
                         {QStringLiteral("has_more"), hasMore}};
    addServerTime(envelope, serverTime);
    const QByteArray outer = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    // The empty array of the key "changes": a string value holding these bytes would have its
    // quotes escaped, so this is the key's.
    const QByteArray marker = QByteArrayLiteral("\"changes\":[");
    const qsizetype at = outer.indexOf(marker) + marker.size();
    qsizetype size = outer.size();
    for (qsizetype i = 0; i < changes.size(); ++i)
        size += storedData.value(i).size() + changes[i].entity.size() + changes[i].id.size() + 64;
    QByteArray page;
    page.reserve(size);
    page.append(outer.constData(), at);
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const PullChange &c = changes[i];
        if (i > 0)
            page.append(',');
        const QByteArray stored = storedData.value(i).trimmed();
        if (c.data.isEmpty() && stored.startsWith('{') && stored.endsWith('}')) {
            const QJsonObject head{{QStringLiteral("entity"), c.entity},
                                   {QStringLiteral("id"), c.id},
                                   {QStringLiteral("version"), c.version}};
            const QByteArray rest = QJsonDocument(head).toJson(QJsonDocument::Compact);
            page.append("{\"data\":");
            page.append(stored);
            page.append(',');
            page.append(rest.constData() + 1, rest.size() - 1); // without its '{'
        } else {
            QJsonObject change = c.toJson();
            if (c.data.isEmpty() && !stored.isEmpty())
                change.insert(QStringLiteral("data"), QJsonDocument::fromJson(stored).object());
            page.append(QJsonDocument(change).toJson(QJsonDocument::Compact));
        }
    }
    page.append(outer.constData() + at, outer.size() - at);
    return page;
}

Result<PullResponse> PullResponse::fromJson(const QJsonObject &o)
{
    Reader r(o);
    PullResponse p;
    p.bucket = r.string(QStringLiteral("bucket"));
    p.cursor = r.string(QStringLiteral("cursor"));
    p.hasMore = r.boolean(QStringLiteral("has_more"), true);
    p.serverTime = r.time(QStringLiteral("server_time"), false);
    if (!r.ok())
        return r.error();
    auto list = listFrom<PullChange>(r, QStringLiteral("changes"), true, &changeFrom);
    if (!list)
        return list.error();
    p.changes = list.value();
    return p;
}

QJsonObject BucketsResponse::toJson() const
{
    QJsonObject o{{QStringLiteral("buckets"), QJsonArray::fromStringList(buckets)}};
    addServerTime(o, serverTime);
    return o;
}

Result<BucketsResponse> BucketsResponse::fromJson(const QJsonObject &o)
{
    Reader r(o);
    BucketsResponse b;
    const auto list = r.array(QStringLiteral("buckets"));
    b.serverTime = r.time(QStringLiteral("server_time"), false);
    if (!r.ok())
        return r.error();
    for (const QJsonValue &v : *list) {
        if (!v.isString())
            return invalidField(QStringLiteral("buckets"), QStringLiteral("not a list of names"));
        b.buckets.append(v.toString());
    }
    return b;
}

// Transition payload

QJsonObject TransitionPayload::toJson() const
{
    QJsonObject o{{QStringLiteral("case_id"), caseId},
                  {QStringLiteral("event"), CaseLifecycle::eventKey(event)},
                  {QStringLiteral("reason"), reason},
                  {QStringLiteral("at"), isoTime(at)},
                  {QStringLiteral("business_date"), businessDate.toString(Qt::ISODate)}};
    if (materials) {
        QJsonArray list;
        for (const CaseMaterial &m : *materials)
            list.append(materialToJson(m));
        o.insert(QStringLiteral("materials"), list);
    }
    if (event == CaseEvent::Release) {
        o.insert(QStringLiteral("recipient_id_number"), recipientIdNumber);
        o.insert(QStringLiteral("same_visit"), sameVisit);
    }
    return o;
}

Result<TransitionPayload> TransitionPayload::fromJson(const QJsonObject &o)
{
    Reader r(o, QStringLiteral("payload."));
    TransitionPayload p;
    p.caseId = r.string(QStringLiteral("case_id"), true, 64);
    const QString event = r.string(QStringLiteral("event"), true, 40);
    p.reason = r.string(QStringLiteral("reason"), false, 500);
    p.at = r.time(QStringLiteral("at"));
    p.businessDate = r.date(QStringLiteral("business_date"), false);
    p.recipientIdNumber = r.string(QStringLiteral("recipient_id_number"), false, 40);
    p.sameVisit = r.boolean(QStringLiteral("same_visit"));
    if (!r.ok())
        return r.error();
    const auto e = CaseLifecycle::eventFromKey(event);
    if (!e)
        return invalidField(QStringLiteral("payload.event"), QStringLiteral("unknown"));
    p.event = *e;
    if (o.contains(QStringLiteral("materials"))) {
        auto list = listFrom<CaseMaterial>(r, QStringLiteral("materials"), true, &materialFrom);
        if (!list)
            return list.error();
        p.materials = list.value();
    }
    return p;
}

// Case snapshot

QJsonObject materialToJson(const CaseMaterial &m)
{
    return {{QStringLiteral("name"), m.name},
            {QStringLiteral("form"), materialFormKey(m.form)},
            {QStringLiteral("copies_expected"), m.copiesExpected},
            {QStringLiteral("requirement"), materialRequirementKey(m.requirement)},
            {QStringLiteral("status"), CaseMaterial::statusKey(m.status)},
            {QStringLiteral("copies_received"), m.copiesReceived},
            {QStringLiteral("supply_by"), dateOrNull(m.supplyBy)},
            {QStringLiteral("note"), m.note}};
}

Result<CaseMaterial> materialFromJson(const QJsonObject &o)
{
    return materialFrom(o, QString());
}

QJsonObject historyToJson(const CaseHistoryEntry &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("event"), CaseLifecycle::eventKey(e.event)},
            {QStringLiteral("from_state"), e.from ? CaseLifecycle::stateKey(*e.from) : QString()},
            {QStringLiteral("to_state"), CaseLifecycle::stateKey(e.to)},
            {QStringLiteral("at_utc"), isoTime(e.atUtc)},
            {QStringLiteral("business_date"), e.businessDate.toString(Qt::ISODate)},
            {QStringLiteral("user_id"), e.userId},
            {QStringLiteral("place_code"), e.placeCode},
            {QStringLiteral("device_id"), e.deviceId},
            {QStringLiteral("note"), e.note}};
}

Result<CaseHistoryEntry> historyFromJson(const QJsonObject &o)
{
    return historyFrom(o, QString());
}

namespace {

// A JSON object's text built field by field; finish() writes the fields in QJsonObject's order
// (keys sorted), with QJsonDocument's escapes, so the text equals its compact output. The
// fields' values go into one buffer (no allocation per field).
class ObjectText final
{
public:
    ObjectText() { m_values.reserve(1024); }

    void text(const char *key, const QString &value)
    {
        const qsizetype start = m_values.size();
        appendString(m_values, value);
        m_fields.append({key, start, m_values.size() - start});
    }
    void number(const char *key, qint64 value) { add(key, QByteArray::number(value)); }
    void boolean(const char *key, bool value) { add(key, value ? "true" : "false"); }
    void timeOrNull(const char *key, const QDateTime &t)
    {
        if (t.isValid())
            text(key, isoTime(t));
        else
            add(key, "null");
    }
    void dateOrNull(const char *key, const QDate &d)
    {
        if (d.isValid())
            date(key, d);
        else
            add(key, "null");
    }
    // A date as QDate::toString(Qt::ISODate) writes it, between quotes.
    void date(const char *key, const QDate &d)
    {
        const int year = d.year();
        if (!d.isValid() || year < 0 || year > 9999) {
            text(key, d.toString(Qt::ISODate));
            return;
        }
        const int month = d.month();
        const int day = d.day();
        const char digits[] = {'"',
                               char('0' + year / 1000),
                               char('0' + year / 100 % 10),
                               char('0' + year / 10 % 10),
                               char('0' + year % 10),
                               '-',
                               char('0' + month / 10),
                               char('0' + month % 10),
                               '-',
                               char('0' + day / 10),
                               char('0' + day % 10),
                               '"'};
        add(key, QByteArrayView(digits, sizeof digits));
    }
    void add(const char *key, QByteArrayView json)
    {
        const qsizetype start = m_values.size();
        m_values.append(json);
        m_fields.append({key, start, json.size()});
    }

    QByteArray finish()
    {
        std::sort(m_fields.begin(), m_fields.end(),
                  [](const Field &a, const Field &b) { return std::strcmp(a.key, b.key) < 0; });
        QByteArray out;
        out.reserve(m_values.size() + m_fields.size() * 24 + 2);
        out += '{';
        for (qsizetype i = 0; i < m_fields.size(); ++i) {
            if (i > 0)
                out += ',';
            out += '"';
            out += m_fields[i].key;
            out += "\":";
            out.append(m_values.constData() + m_fields[i].start, m_fields[i].size);
        }
        out += '}';
        return out;
    }

    // A string as QJsonDocument writes it (its escapes; a lone surrogate as \uXXXX), encoded to
    // UTF-8 here.
    static void appendString(QByteArray &out, const QString &s)
    {
        static const char hex[] = "0123456789abcdef";
        const char16_t *src = reinterpret_cast<const char16_t *>(s.constData());
        const char16_t *const end = src + s.size();
        // At most 6 bytes per UTF-16 unit (an escape), plus the quotes.
        const qsizetype start = out.size();
        out.resize(start + s.size() * 6 + 2);
        char *cursor = out.data() + start;
        *cursor++ = '"';
        while (src != end) {
            const char16_t u = *src++;
            if (u < 0x80) {
                if (u >= 0x20 && u != u'"' && u != u'\\') {
                    *cursor++ = char(u);
                    continue;
                }
                *cursor++ = '\\';
                switch (u) {
                case u'"':
                    *cursor++ = '"';
                    break;
                case u'\\':
                    *cursor++ = '\\';
                    break;
                case 0x8:
                    *cursor++ = 'b';
                    break;
                case 0xc:
                    *cursor++ = 'f';
                    break;
                case 0xa:
                    *cursor++ = 'n';
                    break;
                case 0xd:
                    *cursor++ = 'r';
                    break;
                case 0x9:
                    *cursor++ = 't';
                    break;
                default:
                    *cursor++ = 'u';
                    *cursor++ = '0';
                    *cursor++ = '0';
                    *cursor++ = hex[u >> 4];
                    *cursor++ = hex[u & 0xf];
                }
            } else if (u < 0x800) {
                *cursor++ = char(0xc0 | (u >> 6));
                *cursor++ = char(0x80 | (u & 0x3f));
            } else if (u < 0xD800 || u > 0xDFFF) {
                *cursor++ = char(0xe0 | (u >> 12));
                *cursor++ = char(0x80 | ((u >> 6) & 0x3f));
                *cursor++ = char(0x80 | (u & 0x3f));
            } else if (u <= 0xDBFF && src != end && *src >= 0xDC00 && *src <= 0xDFFF) {
                // A pair: UTF-8 like any other character.
                const char32_t c = 0x10000 + ((char32_t(u) - 0xD800) << 10) + (*src++ - 0xDC00);
                *cursor++ = char(0xf0 | (c >> 18));
                *cursor++ = char(0x80 | ((c >> 12) & 0x3f));
                *cursor++ = char(0x80 | ((c >> 6) & 0x3f));
                *cursor++ = char(0x80 | (c & 0x3f));
            } else {
                const char escape[]
                        = {'\\',        'u', hex[u >> 12], hex[u >> 8 & 0xf], hex[u >> 4 & 0xf],
                           hex[u & 0xf]};
                std::memcpy(cursor, escape, sizeof escape);
                cursor += sizeof escape;
            }
        }
        *cursor++ = '"';
        out.resize(cursor - out.constData());
    }

private:
    struct Field
    {
        const char *key;
        qsizetype start;
        qsizetype size;
    };
    QByteArray m_values;
    QVarLengthArray<Field, 40> m_fields;
};

QByteArray materialText(const CaseMaterial &m)
{
    ObjectText o;
    o.text("name", m.name);
    o.text("form", materialFormKey(m.form));
    o.number("copies_expected", m.copiesExpected);
    o.text("requirement", materialRequirementKey(m.requirement));
    o.text("status", CaseMaterial::statusKey(m.status));
    o.number("copies_received", m.copiesReceived);
    o.dateOrNull("supply_by", m.supplyBy);
    o.text("note", m.note);
    return o.finish();
}

QByteArray historyText(const CaseHistoryEntry &e)
{
    ObjectText o;
    o.text("id", e.id);
    o.text("event", CaseLifecycle::eventKey(e.event));
    o.text("from_state", e.from ? CaseLifecycle::stateKey(*e.from) : QString());
    o.text("to_state", CaseLifecycle::stateKey(e.to));
    o.text("at_utc", isoTime(e.atUtc));
    o.date("business_date", e.businessDate);
    o.text("user_id", e.userId);
    o.text("place_code", e.placeCode);
    o.text("device_id", e.deviceId);
    o.text("note", e.note);
    return o.finish();
}

template<typename T, typename F>
QByteArray arrayText(const QList<T> &items, F write)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += ',';
        out += write(items[i]);
    }
    out += ']';
    return out;
}

void appendValueText(QByteArray &out, const QJsonValue &v);

void appendArrayText(QByteArray &out, const QJsonArray &a)
{
    out += '[';
    bool first = true;
    for (const QJsonValue &item : a) {
        if (!first)
            out += ',';
        first = false;
        appendValueText(out, item);
    }
    out += ']';
}

void appendValueText(QByteArray &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        out += v.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double: {
        // An integer (what the parser makes of a number without fraction or exponent, and a
        // whole double) as QJsonDocument writes it; any other number by QJsonDocument itself
        // (its own choice of form).
        const QVariant number = v.toVariant();
        if (number.typeId() == QMetaType::LongLong) {
            out += QByteArray::number(number.toLongLong());
        } else {
            const QByteArray one = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
            out += one.mid(1, one.size() - 2);
        }
        break;
    }
    case QJsonValue::String:
        ObjectText::appendString(out, v.toString());
        break;
    case QJsonValue::Array:
        appendArrayText(out, v.toArray());
        break;
    case QJsonValue::Object:
        appendCanonicalJson(out, v.toObject());
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    }
}

} // namespace

void appendCanonicalJson(QByteArray &out, const QJsonObject &o)
{
    // QJsonObject keeps its keys sorted: its own order is the canonical one.
    out += '{';
    bool first = true;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!first)
            out += ',';
        first = false;
        ObjectText::appendString(out, it.key());
        out += ':';
        appendValueText(out, it.value());
    }
    out += '}';
}

QByteArray canonicalJson(const QJsonObject &o)
{
    QByteArray out;
    out.reserve(1024);
    appendCanonicalJson(out, o);
    return out;
}

QByteArray caseToJsonText(const Case &c, bool withHistory)
{
    // Every field of caseToJson(), in any order (finish() sorts them).
    ObjectText o;
    o.text("id", c.id);
    o.text("number", c.number);
    o.text("parent_id", c.parentId);
    o.text("item_code", c.itemCode);
    o.text("item_name", c.itemName);
    o.text("department_code", c.departmentCode);
    o.text("item_kind", itemKindKey(c.itemKind));
    o.number("promised_days", c.promisedDays);
    o.boolean("township_acceptable", c.townshipAcceptable);
    o.text("agent_name", c.agentName);
    o.text("agent_id_number", c.agentIdNumber);
    o.text("channel", CaseLifecycle::channelKey(c.channel));
    o.text("state", CaseLifecycle::stateKey(c.state));
    o.text("place_code", c.placeCode);
    o.text("release_place_code", c.releasePlaceCode);
    o.text("staff_id", c.staffId);
    o.text("received_at", isoTime(c.receivedAt));
    o.date("business_date", CaseRules::businessDate(c.receivedAt));
    o.timeOrNull("accepted_at", c.acceptedAt);
    o.dateOrNull("notice_deadline", c.noticeDeadline);
    o.dateOrNull("due_date", c.dueDate);
    o.timeOrNull("suspended_at", c.suspendedAt);
    o.number("suspended_working_days", c.suspendedWorkingDays);
    o.timeOrNull("decided_at", c.decidedAt);
    o.timeOrNull("released_at", c.releasedAt);
    o.timeOrNull("closed_at", c.closedAt);
    o.number("trips", c.trips);
    o.text("delivery",
           c.delivery == Case::Delivery::Mail ? QStringLiteral("mail") : QStringLiteral("counter"));
    o.text("reason", c.reason);
    o.number("version", c.version);
    o.text("updated_at", isoTime(c.updatedAt));
    ObjectText applicant;
    applicant.text("id", c.applicant.id);
    applicant.text("kind", ApplicantRules::kindKey(c.applicant.kind));
    applicant.text("name", c.applicant.name);
    applicant.text("id_number", c.applicant.idNumber);
    applicant.text("phone", c.applicant.phone);
    applicant.text("address", c.applicant.address);
    applicant.text("legal_representative", c.applicant.legalRepresentative);
    applicant.text("contact_name", c.applicant.contactName);
    o.add("applicant", applicant.finish());
    o.add("materials", arrayText(c.materials, materialText));
    if (withHistory)
        o.add("history", arrayText(c.history, historyText));
    return o.finish();
}

QJsonObject caseToJson(const Case &c, bool withHistory)
{
    QJsonArray materials;
    for (const CaseMaterial &m : c.materials)
        materials.append(materialToJson(m));
    QJsonObject o{
            {QStringLiteral("id"), c.id},
            {QStringLiteral("number"), c.number},
            {QStringLiteral("parent_id"), c.parentId},
            {QStringLiteral("item_code"), c.itemCode},
            {QStringLiteral("item_name"), c.itemName},
            {QStringLiteral("department_code"), c.departmentCode},
            {QStringLiteral("item_kind"), itemKindKey(c.itemKind)},
            {QStringLiteral("promised_days"), c.promisedDays},
            {QStringLiteral("township_acceptable"), c.townshipAcceptable},
            {QStringLiteral("agent_name"), c.agentName},
            {QStringLiteral("agent_id_number"), c.agentIdNumber},
            {QStringLiteral("channel"), CaseLifecycle::channelKey(c.channel)},
            {QStringLiteral("state"), CaseLifecycle::stateKey(c.state)},
            {QStringLiteral("place_code"), c.placeCode},
            {QStringLiteral("release_place_code"), c.releasePlaceCode},
            {QStringLiteral("staff_id"), c.staffId},
            {QStringLiteral("received_at"), isoTime(c.receivedAt)},
            {QStringLiteral("business_date"),
             CaseRules::businessDate(c.receivedAt).toString(Qt::ISODate)},
            {QStringLiteral("accepted_at"), timeOrNull(c.acceptedAt)},
            {QStringLiteral("notice_deadline"), dateOrNull(c.noticeDeadline)},
            {QStringLiteral("due_date"), dateOrNull(c.dueDate)},
            {QStringLiteral("suspended_at"), timeOrNull(c.suspendedAt)},
            {QStringLiteral("suspended_working_days"), c.suspendedWorkingDays},
            {QStringLiteral("decided_at"), timeOrNull(c.decidedAt)},
            {QStringLiteral("released_at"), timeOrNull(c.releasedAt)},
            {QStringLiteral("closed_at"), timeOrNull(c.closedAt)},
            {QStringLiteral("trips"), c.trips},
            {QStringLiteral("delivery"),
             c.delivery == Case::Delivery::Mail ? QStringLiteral("mail")
                                                : QStringLiteral("counter")},
            {QStringLiteral("reason"), c.reason},
            {QStringLiteral("version"), c.version},
            {QStringLiteral("updated_at"), isoTime(c.updatedAt)},
            {QStringLiteral("applicant"),
             QJsonObject{{QStringLiteral("id"), c.applicant.id},
                         {QStringLiteral("kind"), ApplicantRules::kindKey(c.applicant.kind)},
                         {QStringLiteral("name"), c.applicant.name},
                         {QStringLiteral("id_number"), c.applicant.idNumber},
                         {QStringLiteral("phone"), c.applicant.phone},
                         {QStringLiteral("address"), c.applicant.address},
                         {QStringLiteral("legal_representative"), c.applicant.legalRepresentative},
                         {QStringLiteral("contact_name"), c.applicant.contactName}}},
            {QStringLiteral("materials"), materials}};
    if (withHistory) {
        QJsonArray history;
        for (const CaseHistoryEntry &e : c.history)
            history.append(historyToJson(e));
        o.insert(QStringLiteral("history"), history);
    }
    return o;
}

Result<Case> caseFromJson(const QJsonObject &o)
{
    return caseFrom(o, QString());
}

Result<QJsonObject> parseBody(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{code::malformed(),
                     QStringLiteral("The body is not JSON: %1 at byte %2.")
                             .arg(parseError.errorString())
                             .arg(parseError.offset),
                     {}};
    if (!doc.isObject())
        return Error{code::malformed(), QStringLiteral("The body is not a JSON object."), {}};
    return doc.object();
}

} // namespace ow::sync

// Tasks, manifests, ratings

namespace ow::sync {

namespace {

QString timeText(const QDateTime &t)
{
    return isoTime(t);
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// An optional time that may also be given as "".
QDateTime optionalTime(Reader &r, const QString &key, const QJsonObject &o)
{
    if (o.value(key).toString().isEmpty() && !o.value(key).isUndefined()
        && (o.value(key).isString() || o.value(key).isNull()))
        return {};
    return r.time(key, false);
}

QDate optionalDate(Reader &r, const QJsonObject &o, const QString &key)
{
    if (o.value(key).isString() && o.value(key).toString().isEmpty())
        return {};
    return r.date(key, false);
}

Result<TaskSubstep> substepFrom(const QJsonObject &o, const QString &prefix)
{
    Reader r(o, prefix);
    TaskSubstep s;
    s.departmentCode = r.string(QStringLiteral("department_code"), true, 64);
    s.title = r.string(QStringLiteral("title"), false, 200);
    s.done = r.boolean(QStringLiteral("done"));
    s.doneAt = optionalTime(r, QStringLiteral("done_at"), o);
    s.note = r.string(QStringLiteral("note"), false, TaskRules::maxTextLength());
    if (!r.ok())
        return r.error();
    if (s.departmentCode.trimmed().isEmpty())
        return invalidField(prefix + QStringLiteral("department_code"), QStringLiteral("empty"));
    return s;
}

Result<TaskLogEntry> taskLogFrom(const QJsonObject &o, const QString &prefix)
{
    Reader r(o, prefix);
    TaskLogEntry e;
    e.id = r.string(QStringLiteral("id"), true, 64);
    const auto event = TaskRules::eventFromKey(r.string(QStringLiteral("event"), true, 40));
    const auto from = TaskRules::statusFromKey(r.string(QStringLiteral("from_status"), true, 40));
    const auto to = TaskRules::statusFromKey(r.string(QStringLiteral("to_status"), true, 40));
    const QString step = r.string(QStringLiteral("step"), false, 40);
    e.substep = int(r.integer(QStringLiteral("substep"), false, -1, -1));
    e.note = r.string(QStringLiteral("note"), false, TaskRules::maxTextLength());
    e.ownerBefore = r.string(QStringLiteral("owner_before"), false, 64);
    e.ownerAfter = r.string(QStringLiteral("owner_after"), false, 64);
    e.userId = r.string(QStringLiteral("user_id"), true, 64);
    e.placeCode = r.string(QStringLiteral("place_code"), false, 16);
    e.deviceId = r.string(QStringLiteral("device_id"), false, 64);
    e.atUtc = r.time(QStringLiteral("at_utc"));
    e.businessDate = r.date(QStringLiteral("business_date"));
    if (!r.ok())
        return r.error();
    if (!event)
        return invalidField(prefix + QStringLiteral("event"), QStringLiteral("unknown"));
    if (!from)
        return invalidField(prefix + QStringLiteral("from_status"), QStringLiteral("unknown"));
    if (!to)
        return invalidField(prefix + QStringLiteral("to_status"), QStringLiteral("unknown"));
    if (!step.isEmpty()) {
        e.step = TaskRules::stepFromKey(step);
        if (!e.step)
            return invalidField(prefix + QStringLiteral("step"), QStringLiteral("unknown"));
    }
    e.event = *event;
    e.from = *from;
    e.to = *to;
    return e;
}

Result<ManifestEntry> manifestEntryFrom(const QJsonObject &o, const QString &prefix)
{
    Reader r(o, prefix);
    ManifestEntry e;
    e.caseId = r.string(QStringLiteral("case_id"), true, 64);
    e.caseNumber = r.string(QStringLiteral("case_number"), true, 40);
    e.itemName = r.string(QStringLiteral("item_name"), false, 200);
    e.applicantName = r.string(QStringLiteral("applicant_name"), false, 200);
    e.packets = int(r.integer(QStringLiteral("packets"), true, 1));
    if (o.contains(QStringLiteral("packets_received"))
        && !o.value(QStringLiteral("packets_received")).isNull())
        e.packetsReceived = int(r.integer(QStringLiteral("packets_received"), true, 0));
    e.note = r.string(QStringLiteral("note"), false, 200);
    if (!r.ok())
        return r.error();
    if (e.caseId.isEmpty())
        return invalidField(prefix + QStringLiteral("case_id"), QStringLiteral("empty"));
    if (e.packets > ManifestRules::maxPackets())
        return invalidField(prefix + QStringLiteral("packets"),
                            QStringLiteral("more than %1").arg(ManifestRules::maxPackets()));
    if (e.packetsReceived && *e.packetsReceived > e.packets)
        return invalidField(prefix + QStringLiteral("packets_received"),
                            QStringLiteral("more than the packets sent"));
    return e;
}

Result<ManifestReceivePayload::Entry> receiveEntryFrom(const QJsonObject &o, const QString &prefix)
{
    Reader r(o, prefix);
    ManifestReceivePayload::Entry e;
    e.position = int(r.integer(QStringLiteral("position"), true, 0));
    e.caseId = r.string(QStringLiteral("case_id"), true, 64);
    e.packetsReceived = int(r.integer(QStringLiteral("packets_received"), true, 0));
    e.note = r.string(QStringLiteral("note"), false, 200);
    if (!r.ok())
        return r.error();
    return e;
}

QJsonValue stepOrEmpty(const std::optional<TaskStep> &step)
{
    return step ? TaskRules::stepKey(*step) : QString();
}

} // namespace

QString mutation::taskEvent(TaskEvent event)
{
    return QStringLiteral("task.") + TaskRules::eventKey(event);
}

std::optional<TaskEvent> mutation::taskEventOf(const QString &name)
{
    if (!name.startsWith(QLatin1String("task.")))
        return std::nullopt;
    return TaskRules::eventFromKey(name.mid(5));
}

QString mutation::entityOf(const QString &name)
{
    if (name == caseReceive() || name == caseAccept() || name == caseTransition())
        return entity::caseEntity();
    if (taskEventOf(name))
        return entity::task();
    if (name == manifestSend() || name == manifestReceive())
        return entity::manifest();
    if (name == ratingAdd() || name == ratingFollowUp() || name == ratingAppeal()
        || name == ratingAppealDecide())
        return entity::rating();
    return {};
}

// Task events

QString TaskEventPayload::textKey(TaskEvent event)
{
    switch (event) {
    case TaskEvent::Progress:
    case TaskEvent::Create:
        return QStringLiteral("note");
    case TaskEvent::Complete:
        return QStringLiteral("outcome");
    case TaskEvent::Release:
    case TaskEvent::Handover:
    case TaskEvent::Return:
    case TaskEvent::Claim:
        break;
    }
    return QStringLiteral("reason");
}

QJsonObject TaskEventPayload::toJson() const
{
    QJsonObject o{{QStringLiteral("task_id"), taskId},
                  {QStringLiteral("event"), TaskRules::eventKey(event)},
                  {QStringLiteral("at"), timeText(at)},
                  {QStringLiteral("business_date"), dateText(businessDate)}};
    if (!text.isEmpty())
        o.insert(textKey(event), text);
    if (step)
        o.insert(QStringLiteral("step"), TaskRules::stepKey(*step));
    if (substep >= 0)
        o.insert(QStringLiteral("substep"), substep);
    if (event == TaskEvent::Handover)
        o.insert(QStringLiteral("to_user_id"), toUserId);
    return o;
}

Result<TaskEventPayload> TaskEventPayload::fromJson(const QJsonObject &o)
{
    Reader r(o, QStringLiteral("payload."));
    TaskEventPayload p;
    p.taskId = r.string(QStringLiteral("task_id"), true, 64);
    const QString event = r.string(QStringLiteral("event"), true, 40);
    p.at = r.time(QStringLiteral("at"));
    p.businessDate = r.date(QStringLiteral("business_date"), false);
    const QString step = r.string(QStringLiteral("step"), false, 40);
    p.substep = int(r.integer(QStringLiteral("substep"), false, 0, -1));
    if (!r.ok())
        return r.error();
    const auto e = TaskRules::eventFromKey(event);
    if (!e || *e == TaskEvent::Create)
        return invalidField(QStringLiteral("payload.event"), QStringLiteral("unknown"));
    p.event = *e;
    p.text = r.string(textKey(p.event), false, TaskRules::maxTextLength());
    if (p.event == TaskEvent::Handover)
        p.toUserId = r.string(QStringLiteral("to_user_id"), true, 64);
    if (!r.ok())
        return r.error();
    if (!step.isEmpty()) {
        p.step = TaskRules::stepFromKey(step);
        if (!p.step)
            return invalidField(QStringLiteral("payload.step"), QStringLiteral("unknown"));
    }
    if (!p.businessDate.isValid())
        p.businessDate = CaseRules::businessDate(p.at);
    return p;
}

// Task snapshot

QJsonObject taskToJson(const AgentTask &t)
{
    QJsonArray substeps;
    for (const TaskSubstep &s : t.substeps) {
        substeps.append(QJsonObject{{QStringLiteral("department_code"), s.departmentCode},
                                    {QStringLiteral("title"), s.title},
                                    {QStringLiteral("done"), s.done},
                                    {QStringLiteral("done_at"), timeText(s.doneAt)},
                                    {QStringLiteral("note"), s.note}});
    }
    QJsonArray log;
    for (const TaskLogEntry &e : t.log) {
        log.append(QJsonObject{{QStringLiteral("id"), e.id},
                               {QStringLiteral("event"), TaskRules::eventKey(e.event)},
                               {QStringLiteral("from_status"), TaskRules::statusKey(e.from)},
                               {QStringLiteral("to_status"), TaskRules::statusKey(e.to)},
                               {QStringLiteral("step"), stepOrEmpty(e.step)},
                               {QStringLiteral("substep"), e.substep},
                               {QStringLiteral("note"), e.note},
                               {QStringLiteral("owner_before"), e.ownerBefore},
                               {QStringLiteral("owner_after"), e.ownerAfter},
                               {QStringLiteral("user_id"), e.userId},
                               {QStringLiteral("place_code"), e.placeCode},
                               {QStringLiteral("device_id"), e.deviceId},
                               {QStringLiteral("at_utc"), timeText(e.atUtc)},
                               {QStringLiteral("business_date"), dateText(e.businessDate)}});
    }
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("kind"), TaskRules::kindKey(t.kind)},
            {QStringLiteral("origin"), TaskRules::originKey(t.origin)},
            {QStringLiteral("title"), t.title},
            {QStringLiteral("case_id"), t.caseId},
            {QStringLiteral("case_number"), t.caseNumber},
            {QStringLiteral("applicant_id"), t.applicantId},
            {QStringLiteral("applicant_name"), t.applicantName},
            {QStringLiteral("requester_name"), t.requesterName},
            {QStringLiteral("requester_phone"), t.requesterPhone},
            {QStringLiteral("place_code"), t.placeCode},
            {QStringLiteral("department_code"), t.departmentCode},
            {QStringLiteral("priority"), TaskRules::priorityKey(t.priority)},
            {QStringLiteral("status"), TaskRules::statusKey(t.status)},
            {QStringLiteral("owner_id"), t.ownerId},
            {QStringLiteral("owner_name"), t.ownerName},
            {QStringLiteral("working_days"), t.workingDays},
            {QStringLiteral("due_date"), dateText(t.dueDate)},
            {QStringLiteral("last_step"), stepOrEmpty(t.lastStep)},
            {QStringLiteral("outcome"), t.outcome},
            {QStringLiteral("attorney"),
             QJsonObject{{QStringLiteral("grantor_name"), t.attorney.grantorName},
                         {QStringLiteral("grantor_id_number"), t.attorney.grantorIdNumber},
                         {QStringLiteral("grantee_name"), t.attorney.granteeName},
                         {QStringLiteral("scope"), t.attorney.scope},
                         {QStringLiteral("valid_until"), dateText(t.attorney.validUntil)}}},
            {QStringLiteral("substeps"), substeps},
            {QStringLiteral("created_by"), t.createdBy},
            {QStringLiteral("created_at"), timeText(t.createdAt)},
            {QStringLiteral("closed_at"), timeText(t.closedAt)},
            {QStringLiteral("version"), t.version},
            {QStringLiteral("updated_at"), timeText(t.updatedAt)},
            {QStringLiteral("log"), log}};
}

Result<AgentTask> taskFromJson(const QJsonObject &o, const QString &prefix)
{
    Reader r(o, prefix);
    AgentTask t;
    t.id = r.string(QStringLiteral("id"), true, 64);
    const auto kind = TaskRules::kindFromKey(r.string(QStringLiteral("kind"), true, 40));
    const QString origin = r.string(QStringLiteral("origin"), false, 40);
    t.title = r.string(QStringLiteral("title"), true, 200);
    t.caseId = r.string(QStringLiteral("case_id"), false, 64);
    t.caseNumber = r.string(QStringLiteral("case_number"), false, 40);
    t.applicantId = r.string(QStringLiteral("applicant_id"), false, 64);
    t.applicantName = r.string(QStringLiteral("applicant_name"), false, 200);
    t.requesterName = r.string(QStringLiteral("requester_name"), false, 200);
    t.requesterPhone = r.string(QStringLiteral("requester_phone"), false, 40);
    t.placeCode = r.string(QStringLiteral("place_code"), true, 16);
    t.departmentCode = r.string(QStringLiteral("department_code"), false, 64);
    const auto priority
            = TaskRules::priorityFromKey(r.string(QStringLiteral("priority"), true, 40));
    const auto status = TaskRules::statusFromKey(r.string(QStringLiteral("status"), true, 40));
    t.ownerId = r.string(QStringLiteral("owner_id"), false, 64);
    t.ownerName = r.string(QStringLiteral("owner_name"), false, 100);
    t.workingDays = int(r.integer(QStringLiteral("working_days"), true, 1));
    t.dueDate = r.date(QStringLiteral("due_date"));
    const QString lastStep = r.string(QStringLiteral("last_step"), false, 40);
    t.outcome = r.string(QStringLiteral("outcome"), false, TaskRules::maxTextLength());
    const QJsonObject attorney = r.object(QStringLiteral("attorney"), false);
    t.createdBy = r.string(QStringLiteral("created_by"), true, 64);
    t.createdAt = r.time(QStringLiteral("created_at"));
    t.closedAt = optionalTime(r, QStringLiteral("closed_at"), o);
    t.version = r.integer(QStringLiteral("version"), true, 1);
    t.updatedAt = optionalTime(r, QStringLiteral("updated_at"), o);
    if (!r.ok())
        return r.error();
    if (t.id.isEmpty())
        return invalidField(prefix + QStringLiteral("id"), QStringLiteral("empty"));
    if (!kind)
        return invalidField(prefix + QStringLiteral("kind"), QStringLiteral("unknown"));
    if (!priority)
        return invalidField(prefix + QStringLiteral("priority"), QStringLiteral("unknown"));
    if (!status)
        return invalidField(prefix + QStringLiteral("status"), QStringLiteral("unknown"));
    t.kind = *kind;
    t.priority = *priority;
    t.status = *status;
    if (!origin.isEmpty()) {
        const auto value = TaskRules::originFromKey(origin);
        if (!value)
            return invalidField(prefix + QStringLiteral("origin"), QStringLiteral("unknown"));
        t.origin = *value;
    }
    if (!lastStep.isEmpty()) {
        t.lastStep = TaskRules::stepFromKey(lastStep);
        if (!t.lastStep)
            return invalidField(prefix + QStringLiteral("last_step"), QStringLiteral("unknown"));
    }
    if (!t.updatedAt.isValid())
        t.updatedAt = t.createdAt;
    const QString ap = prefix + QStringLiteral("attorney.");
    Reader a(attorney, ap);
    t.attorney.grantorName = a.string(QStringLiteral("grantor_name"), false, 200);
    t.attorney.grantorIdNumber = a.string(QStringLiteral("grantor_id_number"), false, 40);
    t.attorney.granteeName = a.string(QStringLiteral("grantee_name"), false, 200);
    t.attorney.scope = a.string(QStringLiteral("scope"), false, TaskRules::maxTextLength());
    t.attorney.validUntil = optionalDate(a, attorney, QStringLiteral("valid_until"));
    if (!a.ok())
        return a.error();
    auto substeps = listFrom<TaskSubstep>(r, QStringLiteral("substeps"), false, &substepFrom);
    if (!substeps)
        return substeps.error();
    t.substeps = substeps.value();
    auto log = listFrom<TaskLogEntry>(r, QStringLiteral("log"), false, &taskLogFrom);
    if (!log)
        return log.error();
    t.log = log.value();
    return t;
}

// Manifests

QJsonObject manifestToJson(const Manifest &m)
{
    QJsonArray entries;
    for (const ManifestEntry &e : m.entries) {
        QJsonObject o{{QStringLiteral("case_id"), e.caseId},
                      {QStringLiteral("case_number"), e.caseNumber},
                      {QStringLiteral("item_name"), e.itemName},
                      {QStringLiteral("applicant_name"), e.applicantName},
                      {QStringLiteral("packets"), e.packets},
                      {QStringLiteral("note"), e.note}};
        if (e.packetsReceived)
            o.insert(QStringLiteral("packets_received"), *e.packetsReceived);
        entries.append(o);
    }
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("number"), m.number},
            {QStringLiteral("direction"), ManifestRules::directionKey(m.direction)},
            {QStringLiteral("from_place"), m.fromPlace},
            {QStringLiteral("to_place"), m.toPlace},
            {QStringLiteral("status"), ManifestRules::statusKey(m.status)},
            {QStringLiteral("note"), m.note},
            {QStringLiteral("created_by"), m.createdBy},
            {QStringLiteral("created_at"), timeText(m.createdAt)},
            {QStringLiteral("received_by"), m.receivedBy},
            {QStringLiteral("received_at"), timeText(m.receivedAt)},
            {QStringLiteral("version"), m.version},
            {QStringLiteral("updated_at"), timeText(m.updatedAt)},
            {QStringLiteral("entries"), entries}};
}

Result<Manifest> manifestFromJson(const QJsonObject &o, const QString &prefix)
{
    Reader r(o, prefix);
    Manifest m;
    m.id = r.string(QStringLiteral("id"), true, 64);
    m.number = r.string(QStringLiteral("number"), true, 64);
    const auto direction
            = ManifestRules::directionFromKey(r.string(QStringLiteral("direction"), true, 20));
    const auto status = ManifestRules::statusFromKey(r.string(QStringLiteral("status"), true, 40));
    m.fromPlace = r.string(QStringLiteral("from_place"), true, 16);
    m.toPlace = r.string(QStringLiteral("to_place"), true, 16);
    m.note = r.string(QStringLiteral("note"), false, 500);
    m.createdBy = r.string(QStringLiteral("created_by"), true, 64);
    m.createdAt = r.time(QStringLiteral("created_at"));
    m.receivedBy = r.string(QStringLiteral("received_by"), false, 64);
    m.receivedAt = optionalTime(r, QStringLiteral("received_at"), o);
    m.version = r.integer(QStringLiteral("version"), true, 1);
    m.updatedAt = optionalTime(r, QStringLiteral("updated_at"), o);
    if (!r.ok())
        return r.error();
    if (m.id.isEmpty())
        return invalidField(prefix + QStringLiteral("id"), QStringLiteral("empty"));
    if (!direction)
        return invalidField(prefix + QStringLiteral("direction"), QStringLiteral("unknown"));
    if (!status)
        return invalidField(prefix + QStringLiteral("status"), QStringLiteral("unknown"));
    m.direction = *direction;
    m.status = *status;
    if (!m.updatedAt.isValid())
        m.updatedAt = m.createdAt;
    auto entries = listFrom<ManifestEntry>(r, QStringLiteral("entries"), true, &manifestEntryFrom);
    if (!entries)
        return entries.error();
    m.entries = entries.value();
    if (m.entries.isEmpty())
        return invalidField(prefix + QStringLiteral("entries"), QStringLiteral("empty"));
    return m;
}

QJsonObject ManifestReceivePayload::toJson() const
{
    QJsonArray list;
    for (const Entry &e : entries) {
        list.append(QJsonObject{{QStringLiteral("position"), e.position},
                                {QStringLiteral("case_id"), e.caseId},
                                {QStringLiteral("packets_received"), e.packetsReceived},
                                {QStringLiteral("note"), e.note}});
    }
    return {{QStringLiteral("manifest_id"), manifestId},
            {QStringLiteral("number"), number},
            {QStringLiteral("at"), timeText(at)},
            {QStringLiteral("business_date"), dateText(businessDate)},
            {QStringLiteral("entries"), list}};
}

Result<ManifestReceivePayload> ManifestReceivePayload::fromJson(const QJsonObject &o)
{
    Reader r(o, QStringLiteral("payload."));
    ManifestReceivePayload p;
    p.manifestId = r.string(QStringLiteral("manifest_id"), true, 64);
    p.number = r.string(QStringLiteral("number"), true, 64);
    p.at = r.time(QStringLiteral("at"));
    p.businessDate = r.date(QStringLiteral("business_date"), false);
    if (!r.ok())
        return r.error();
    auto entries = listFrom<Entry>(r, QStringLiteral("entries"), true, &receiveEntryFrom);
    if (!entries)
        return entries.error();
    p.entries = entries.value();
    for (qsizetype i = 0; i < p.entries.size(); ++i) {
        if (p.entries[i].position != i)
            return invalidField(QStringLiteral("payload.entries[%1].position").arg(i),
                                QStringLiteral("not %1").arg(i));
    }
    if (!p.businessDate.isValid())
        p.businessDate = CaseRules::businessDate(p.at);
    return p;
}

// Ratings

QJsonObject ratingToJson(const Rating &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("case_id"), r.caseId},
            {QStringLiteral("scope"), RatingRules::scopeKey(r.scope)},
            {QStringLiteral("visit_id"), r.visitId},
            {QStringLiteral("level"), RatingRules::value(r.level)},
            {QStringLiteral("comment"), r.comment},
            {QStringLiteral("at"), timeText(r.ratedAt)},
            {QStringLiteral("business_date"), dateText(r.businessDate)},
            {QStringLiteral("place_code"), r.placeCode},
            {QStringLiteral("staff_id"), r.staffId},
            {QStringLiteral("item_code"), r.itemCode},
            {QStringLiteral("department_code"), r.departmentCode}};
}

Result<Rating> ratingFromJson(const QJsonObject &o, const QString &prefix, QDate *followUpDeadline)
{
    Reader r(o, prefix);
    Rating x;
    x.id = r.string(QStringLiteral("id"), true, 64);
    x.caseId = r.string(QStringLiteral("case_id"), true, 64);
    const auto scope = RatingRules::scopeFromKey(r.string(QStringLiteral("scope"), true, 20));
    x.visitId = r.string(QStringLiteral("visit_id"), true, 64);
    const qint64 level = r.integer(QStringLiteral("level"), true, 1);
    // Longer comments are refused by the rule (a processed result), not here.
    x.comment = r.string(QStringLiteral("comment"), false);
    x.ratedAt = r.time(QStringLiteral("at"));
    x.businessDate = r.date(QStringLiteral("business_date"));
    x.placeCode = r.string(QStringLiteral("place_code"), true, 16);
    x.staffId = r.string(QStringLiteral("staff_id"), false, 64);
    x.itemCode = r.string(QStringLiteral("item_code"), false, 64);
    x.departmentCode = r.string(QStringLiteral("department_code"), false, 64);
    x.deviceId = r.string(QStringLiteral("device_id"), false, 64);
    const QDate deadline = r.date(QStringLiteral("followup_deadline"), false);
    if (!r.ok())
        return r.error();
    if (x.id.isEmpty())
        return invalidField(prefix + QStringLiteral("id"), QStringLiteral("empty"));
    if (!scope)
        return invalidField(prefix + QStringLiteral("scope"), QStringLiteral("unknown"));
    const auto value = RatingRules::fromValue(int(qMin<qint64>(level, 100)));
    if (!value)
        return invalidField(prefix + QStringLiteral("level"), QStringLiteral("not 1 to 5"));
    x.scope = *scope;
    x.level = *value;
    if (followUpDeadline)
        *followUpDeadline = deadline;
    return x;
}

QJsonObject RatingSnapshot::toJson() const
{
    QJsonObject o = ratingToJson(rating);
    o.insert(QStringLiteral("device_id"), rating.deviceId);
    if (followUp) {
        const FollowUp &f = *followUp;
        o.insert(QStringLiteral("followup"),
                 QJsonObject{{QStringLiteral("opened_on"), dateText(f.openedOn)},
                             {QStringLiteral("deadline"), dateText(f.deadline)},
                             {QStringLiteral("call_back_note"), f.callBackNote},
                             {QStringLiteral("call_back_at"), timeOrNull(f.callBackAt)},
                             {QStringLiteral("call_back_by"), f.callBackBy},
                             {QStringLiteral("rectify_note"), f.rectifyNote},
                             {QStringLiteral("rectify_at"), timeOrNull(f.rectifyAt)},
                             {QStringLiteral("rectify_by"), f.rectifyBy},
                             {QStringLiteral("feedback_note"), f.feedbackNote},
                             {QStringLiteral("feedback_at"), timeOrNull(f.feedbackAt)},
                             {QStringLiteral("feedback_by"), f.feedbackBy}});
    } else {
        o.insert(QStringLiteral("followup"), QJsonValue::Null);
    }
    if (appeal) {
        const Appeal &a = *appeal;
        o.insert(QStringLiteral("appeal"),
                 QJsonObject{{QStringLiteral("state"), RatingRules::appealStateKey(a.state)},
                             {QStringLiteral("filed_by"), a.filedBy},
                             {QStringLiteral("filed_at"), timeOrNull(a.filedAt)},
                             {QStringLiteral("reason"), a.reason},
                             {QStringLiteral("decided_by"), a.decidedBy},
                             {QStringLiteral("decided_at"), timeOrNull(a.decidedAt)},
                             {QStringLiteral("decision_reason"), a.decisionReason}});
    } else {
        o.insert(QStringLiteral("appeal"), QJsonValue::Null);
    }
    return o;
}

Result<RatingSnapshot> RatingSnapshot::fromJson(const QJsonObject &o)
{
    RatingSnapshot s;
    auto rating = ratingFromJson(o);
    if (!rating)
        return rating.error();
    s.rating = rating.value();
    Reader r(o);
    const QJsonObject followUp = r.object(QStringLiteral("followup"), false);
    const QJsonObject appeal = r.object(QStringLiteral("appeal"), false);
    if (!r.ok())
        return r.error();
    if (!followUp.isEmpty()) {
        Reader f(followUp, QStringLiteral("followup."));
        FollowUp x;
        x.ratingId = s.rating.id;
        x.openedOn = f.date(QStringLiteral("opened_on"));
        x.deadline = f.date(QStringLiteral("deadline"));
        x.callBackNote = f.string(QStringLiteral("call_back_note"), false);
        x.callBackAt = f.time(QStringLiteral("call_back_at"), false);
        x.callBackBy = f.string(QStringLiteral("call_back_by"), false, 64);
        x.rectifyNote = f.string(QStringLiteral("rectify_note"), false);
        x.rectifyAt = f.time(QStringLiteral("rectify_at"), false);
        x.rectifyBy = f.string(QStringLiteral("rectify_by"), false, 64);
        x.feedbackNote = f.string(QStringLiteral("feedback_note"), false);
        x.feedbackAt = f.time(QStringLiteral("feedback_at"), false);
        x.feedbackBy = f.string(QStringLiteral("feedback_by"), false, 64);
        if (!f.ok())
            return f.error();
        s.followUp = x;
    }
    if (!appeal.isEmpty()) {
        Reader a(appeal, QStringLiteral("appeal."));
        Appeal x;
        x.ratingId = s.rating.id;
        const auto state = RatingRules::appealStateFromKey(a.string(QStringLiteral("state")));
        x.filedBy = a.string(QStringLiteral("filed_by"), true, 64);
        x.filedAt = a.time(QStringLiteral("filed_at"));
        x.reason = a.string(QStringLiteral("reason"), false);
        x.decidedBy = a.string(QStringLiteral("decided_by"), false, 64);
        x.decidedAt = a.time(QStringLiteral("decided_at"), false);
        x.decisionReason = a.string(QStringLiteral("decision_reason"), false);
        if (!a.ok())
            return a.error();
        if (!state)
            return invalidField(QStringLiteral("appeal.state"), QStringLiteral("unknown"));
        x.state = *state;
        s.appeal = x;
    }
    return s;
}

QJsonObject FollowUpPayload::toJson() const
{
    return {{QStringLiteral("rating_id"), ratingId},
            {QStringLiteral("step"), RatingRules::stepKey(step)},
            {QStringLiteral("note"), note},
            {QStringLiteral("at"), timeText(at)}};
}

Result<FollowUpPayload> FollowUpPayload::fromJson(const QJsonObject &o)
{
    Reader r(o, QStringLiteral("payload."));
    FollowUpPayload p;
    p.ratingId = r.string(QStringLiteral("rating_id"), true, 64);
    const QString step = r.string(QStringLiteral("step"), true, 40);
    p.note = r.string(QStringLiteral("note"), false);
    p.at = r.time(QStringLiteral("at"));
    if (!r.ok())
        return r.error();
    const auto s = RatingRules::stepFromKey(step);
    if (!s)
        return invalidField(QStringLiteral("payload.step"), QStringLiteral("unknown"));
    p.step = *s;
    return p;
}

QJsonObject AppealPayload::toJson() const
{
    QJsonObject o{{QStringLiteral("rating_id"), ratingId},
                  {QStringLiteral("reason"), reason},
                  {QStringLiteral("at"), timeText(at)}};
    if (decision)
        o.insert(QStringLiteral("decision"), RatingRules::appealStateKey(*decision));
    return o;
}

Result<AppealPayload> AppealPayload::fromJson(const QJsonObject &o, bool decision)
{
    Reader r(o, QStringLiteral("payload."));
    AppealPayload p;
    p.ratingId = r.string(QStringLiteral("rating_id"), true, 64);
    p.reason = r.string(QStringLiteral("reason"), false);
    p.at = r.time(QStringLiteral("at"));
    const QString state = r.string(QStringLiteral("decision"), decision, 40);
    if (!r.ok())
        return r.error();
    if (decision) {
        const auto s = RatingRules::appealStateFromKey(state);
        if (!s || *s == AppealState::Pending)
            return invalidField(QStringLiteral("payload.decision"),
                                QStringLiteral("not upheld or dismissed"));
        p.decision = *s;
    }
    return p;
}

} // namespace ow::sync
