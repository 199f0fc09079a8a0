#include "casequery.h"

#include "domain/businessclock.h"
#include "domain/casenumber.h"
#include "domain/phonenumber.h"
#include "storedtime.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace ow {

namespace {

const QString kColumns = QStringLiteral(
        "c.id, c.number, c.parent_id, c.item_code, c.item_name, c.department_code,"
        " c.applicant_name, c.applicant_id_number, c.applicant_phone, c.state, c.channel,"
        " c.received_at, c.due_date, c.suspended_at, c.promised_days, c.suspended_working_days,"
        " c.accepted_at, c.decided_at, c.trips, c.notice_deadline");
const QString kOrder = QStringLiteral(" ORDER BY c.received_at DESC, c.id DESC LIMIT ?");

// One condition of the WHERE clause with its bound values.
struct Term
{
    QString sql;
    QVariantList binds;
};

Term allOf(const QList<Term> &terms, const QString &separator = QStringLiteral(" AND "))
{
    Term t;
    QStringList parts;
    for (const Term &term : terms) {
        parts << QLatin1Char('(') + term.sql + QLatin1Char(')');
        t.binds += term.binds;
    }
    t.sql = parts.isEmpty() ? QStringLiteral("1") : parts.join(separator);
    return t;
}

Term inList(const QString &column, const QStringList &values)
{
    Term t;
    t.sql = column + QStringLiteral(" IN (")
            + QStringList(values.size(), QStringLiteral("?")).join(QLatin1Char(',')) + u')';
    for (const QString &v : values)
        t.binds << v;
    return t;
}

QDate dateFrom(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QString reversed(const QString &s)
{
    QString r = s;
    std::reverse(r.begin(), r.end());
    return r;
}

// Just above every string that starts with `prefix` (range scans; texts are BINARY-collated).
QString prefixEnd(const QString &prefix)
{
    return prefix + QChar(0xFFFF);
}

bool isCreditCharacter(QChar c)
{
    return (c >= u'0' && c <= u'9')
            || (c >= u'A' && c <= u'Z' && c != u'I' && c != u'O' && c != u'S' && c != u'V'
                && c != u'Z');
}

// A case number holds the business date of receipt: a prefix that reaches into the date bounds
// received_at, so that reading in received order stops early.
std::optional<std::pair<QString, QString>> receivedRangeOf(const QString &numberPrefix)
{
    const qsizetype dash = numberPrefix.indexOf(u'-');
    QString digits;
    for (qsizetype i = dash + 1;
         i < numberPrefix.size() && numberPrefix[i].isDigit() && digits.size() < 8; ++i)
        digits += numberPrefix[i];
    if (dash < 0 || digits.size() < 4)
        return std::nullopt;
    const auto bound = [&digits](QChar fill) {
        const QString s = digits.leftJustified(8, fill);
        const int year = s.left(4).toInt();
        const int month = std::clamp(s.mid(4, 2).toInt(), 1, 12);
        const int day = std::clamp(s.mid(6, 2).toInt(), 1, QDate(year, month, 1).daysInMonth());
        return QDate(year, month, day);
    };
    const QDate first = bound(u'0');
    const QDate last = bound(u'9');
    if (!first.isValid() || !last.isValid() || first.year() < 1900)
        return std::nullopt;
    // A day's margin either side: the bound only speeds the search, the number decides.
    const QTimeZone zone = BusinessClock::timeZone();
    return std::pair{iso(first.addDays(-1).startOfDay(zone)),
                     iso(last.addDays(2).startOfDay(zone))};
}

QSet<QString> gramsOf(const QString &lowered)
{
    QSet<QString> grams;
    for (qsizetype i = 0; i + 1 < lowered.size(); ++i)
        grams.insert(lowered.mid(i, 2));
    return grams;
}

} // namespace

bool CaseFilter::operator==(const CaseFilter &other) const
{
    return text == other.text && states == other.states && departmentCode == other.departmentCode
            && channel == other.channel && placeCode == other.placeCode
            && releasePlaceCode == other.releasePlaceCode && openOnly == other.openOnly;
}

struct CaseQuery::Statement
{
    QString sql;
    QVariantList binds;
};

CaseQuery::CaseQuery(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

QString CaseQuery::normalizedText(const QString &text)
{
    // Full-width digits and letters (an IME's １２３４) become ASCII; spaces collapse.
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

SearchKinds CaseQuery::classify(const QString &text)
{
    static const QRegularExpression caseNumber(QStringLiteral("^(\\d{6}|\\d{9})-\\d[0-9A-Z-]*$"));
    static const QRegularExpression itemCode(QStringLiteral("^\\d{6}-[A-Z][0-9A-Z-]*$"));
    static const QRegularExpression digitsOnly(QStringLiteral("^\\d+$"));

    const QString t = normalizedText(text);
    SearchKinds kinds;
    if (t.size() < 2 || t.size() > maxTextLength())
        return kinds;
    const QString upper = t.toUpper();
    if (caseNumber.match(upper).hasMatch())
        return CaseNumber::parse(upper) ? SearchKind::CaseNumber : SearchKind::CaseNumberPrefix;
    if (itemCode.match(upper).hasMatch())
        return SearchKind::Item;

    const bool allCredit = std::all_of(upper.cbegin(), upper.cend(), isCreditCharacter);
    const bool hasDigit = std::any_of(upper.cbegin(), upper.cend(),
                                      [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (upper.size() == 18 && std::all_of(upper.cbegin(), upper.cend(), [](QChar c) {
            return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z');
        }))
        kinds |= SearchKind::IdNumber;
    else if (upper.size() >= 4 && upper.size() <= 17 && allCredit && hasDigit)
        kinds |= SearchKind::IdTail;

    if (PhoneNumber::isValid(t))
        kinds |= SearchKind::Phone;
    if (digitsOnly.match(upper).hasMatch()) {
        const auto n = upper.size();
        if (n == 11 && upper.startsWith(u'1'))
            kinds |= SearchKind::Phone;
        else if ((upper.startsWith(u'1') && n >= 7 && n <= 10)
                 || (upper.startsWith(u'0') && n >= 7 && n <= 12))
            kinds |= SearchKind::PhonePrefix;
    }
    // An ID-shaped text (digits with X, or credit-code characters) is not a name.
    if (!(kinds & (SearchKind::IdNumber | SearchKind::IdTail))
        && std::any_of(t.cbegin(), t.cend(), [](QChar c) { return c.isLetter(); }))
        kinds |= SearchKind::Name | SearchKind::Item;
    return kinds;
}

const QList<QPair<QString, QString>> &CaseQuery::items() const
{
    QSqlQuery q(m_database->connection());
    QString version;
    if (q.exec(QStringLiteral("SELECT version FROM catalog_info")) && q.next())
        version = q.value(0).toString();
    if (version != m_itemsVersion || m_items.isEmpty()) {
        m_items.clear();
        if (q.exec(QStringLiteral("SELECT code, name FROM service_items ORDER BY position"))) {
            while (q.next())
                m_items.append({q.value(0).toString(), q.value(1).toString()});
        }
        m_itemsVersion = version;
    }
    return m_items;
}

QList<QPair<QString, QString>> CaseQuery::departments() const
{
    QList<QPair<QString, QString>> result;
    QSqlQuery q(m_database->connection());
    if (q.exec(QStringLiteral("SELECT code, name FROM departments ORDER BY position"))) {
        while (q.next())
            result.append({q.value(0).toString(), q.value(1).toString()});
    }
    return result;
}

QList<CaseRow> CaseQuery::fetch(const CaseFilter &filter, int limit,
                                const std::optional<CaseRow> &after) const
{
    if (limit <= 0)
        return {};
    QSqlDatabase db = m_database->connection();

    // --- The search box ---------------------------------------------------------------------
    std::optional<Term> textTerm;
    bool textInOrder = false; // one index gives the text's matches in received order
    QStringList itemStreams;  // the text is item codes only: read each code in order
    int orderedTerms = 0;     // text terms of one applicant or one item: an index in received order
    bool denseName = false;
    const QString text = normalizedText(filter.text);
    if (!text.isEmpty()) {
        const SearchKinds kinds = classify(text);
        const QString upper = text.toUpper();
        QList<Term> any;
        if (kinds & SearchKind::CaseNumber)
            any << Term{QStringLiteral("c.number = ?"), {upper}};
        if (kinds & SearchKind::CaseNumberPrefix) {
            Term t{QStringLiteral("c.number >= ? AND c.number < ?"), {upper, prefixEnd(upper)}};
            if (const auto range = receivedRangeOf(upper)) {
                t.sql += QStringLiteral(" AND c.received_at >= ? AND c.received_at < ?");
                t.binds << range->first << range->second;
            }
            any << t;
        }

        // Applicants first: each kind reads its index on applicants.
        QList<Term> applicantSelects;
        if (kinds & SearchKind::IdNumber)
            applicantSelects << Term{QStringLiteral("SELECT id FROM applicants"
                                                    " WHERE id_reversed = ?"),
                                     {reversed(upper)}};
        if (kinds & SearchKind::IdTail)
            applicantSelects << Term{QStringLiteral("SELECT id FROM applicants"
                                                    " WHERE id_reversed >= ? AND id_reversed < ?"),
                                     {reversed(upper), prefixEnd(reversed(upper))}};
        if (kinds & SearchKind::Phone) {
            const auto phone = PhoneNumber::validate(text);
            applicantSelects << Term{QStringLiteral("SELECT id FROM applicants"
                                                    " WHERE phone IN (?, ?)"),
                                     {phone.isValid() ? phone.normalized : text, text}};
        }
        if (kinds & SearchKind::PhonePrefix)
            applicantSelects << Term{QStringLiteral("SELECT id FROM applicants"
                                                    " WHERE phone >= ? AND phone < ?"),
                                     {upper, prefixEnd(upper)}};
        std::optional<Term> nameRowCheck;
        if (kinds & SearchKind::Name) {
            const QString lowered = text.toLower();
            // The rarest two-character runs drive; instr() confirms the whole fragment.
            QList<QPair<int, QString>> counted;
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM applicant_name_grams"
                                     " WHERE gram = ? LIMIT ?)"));
            for (const QString &gram : gramsOf(lowered)) {
                q.addBindValue(gram);
                q.addBindValue(m_tuning.maxApplicants + 1);
                if (q.exec() && q.next())
                    counted.append({q.value(0).toInt(), gram});
            }
            std::sort(counted.begin(), counted.end());
            if (!counted.isEmpty() && counted.first().first > m_tuning.maxApplicants) {
                denseName = true;
                nameRowCheck
                        = Term{QStringLiteral("instr(lower(c.applicant_name), ?) > 0"), {lowered}};
            } else if (counted.size() == 1) {
                applicantSelects << Term{QStringLiteral("SELECT applicant_id AS id FROM"
                                                        " applicant_name_grams WHERE gram = ?"),
                                         {counted.first().second}};
            } else if (counted.size() > 1) {
                applicantSelects << Term{
                        QStringLiteral("SELECT g.applicant_id AS id FROM applicant_name_grams g"
                                       " JOIN applicants a ON a.id = g.applicant_id"
                                       " WHERE g.gram = ? AND EXISTS (SELECT 1 FROM"
                                       " applicant_name_grams h WHERE h.gram = ?"
                                       " AND h.applicant_id = g.applicant_id)"
                                       " AND instr(lower(a.name), ?) > 0"),
                        {counted[0].second, counted[1].second, lowered}};
            }
        }
        if (!applicantSelects.isEmpty()) {
            Term all = allOf(applicantSelects, QStringLiteral(" UNION "));
            // allOf() parenthesises each SELECT; a compound SELECT wants them bare.
            QStringList bare;
            for (const Term &s : applicantSelects)
                bare << s.sql;
            Statement s{QStringLiteral("SELECT id FROM (") + bare.join(QStringLiteral(" UNION "))
                                + QStringLiteral(") LIMIT ?"),
                        all.binds};
            s.binds << m_tuning.maxApplicants + 1;
            QSqlQuery q(db);
            q.prepare(s.sql);
            for (const QVariant &v : s.binds)
                q.addBindValue(v);
            recordPlan(s);
            QStringList ids;
            if (q.exec()) {
                while (q.next())
                    ids << q.value(0).toString();
            }
            if (ids.size() > m_tuning.maxApplicants) {
                // Rare (a very common phone prefix): let the list filter by the subquery.
                Term sub{QStringLiteral("c.applicant_id IN (")
                                 + bare.join(QStringLiteral(" UNION ")) + u')',
                         all.binds};
                any << sub;
                denseName = true;
            } else if (!ids.isEmpty()) {
                any << inList(QStringLiteral("c.applicant_id"), ids);
                orderedTerms += ids.size() == 1 ? 1 : 0;
            }
        }
        if (nameRowCheck)
            any << *nameRowCheck;

        if (kinds & SearchKind::Item) {
            static const QRegularExpression itemCode(QStringLiteral("^\\d{6}-[A-Z]"));
            const bool byCode = itemCode.match(upper).hasMatch();
            QStringList codes;
            for (const auto &[code, name] : items()) {
                if (byCode ? code.toUpper().startsWith(upper)
                           : name.contains(text, Qt::CaseInsensitive))
                    codes << code;
            }
            if (!codes.isEmpty()) {
                if (any.isEmpty() && codes.size() <= m_tuning.maxStreams)
                    itemStreams = codes;
                any << inList(QStringLiteral("c.item_code"), codes);
                orderedTerms += codes.size() == 1 ? 1 : 0;
            }
        }
        if (any.isEmpty())
            return {}; // the text cannot match anything
        if (any.size() > 1)
            itemStreams.clear();
        textInOrder = any.size() == 1 && orderedTerms == 1;
        textTerm = allOf(any, QStringLiteral(" OR "));
    }

    // --- The filters --------------------------------------------------------------------------
    QList<CaseState> states = filter.states;
    if (filter.openOnly) {
        if (states.isEmpty())
            states = CaseLifecycle::allStates();
        states.erase(std::remove_if(states.begin(), states.end(),
                                    [](CaseState s) { return !CaseLifecycle::isOpen(s); }),
                     states.end());
        if (states.isEmpty())
            return {};
    }
    QStringList stateKeys;
    for (CaseState s : std::as_const(states)) {
        if (!stateKeys.contains(CaseLifecycle::stateKey(s)))
            stateKeys << CaseLifecycle::stateKey(s);
    }
    // When text was typed, its index drives; `+` keeps the planner from starting at a status or
    // department index instead (tens of thousands of open cases, say) and filtering by the text.
    const QString filterColumn = textTerm ? QStringLiteral("+c.") : QStringLiteral("c.");
    QList<Term> others; // every condition but the text and the states
    if (!filter.departmentCode.isEmpty())
        others << Term{filterColumn + QStringLiteral("department_code = ?"),
                       {filter.departmentCode}};
    if (filter.channel)
        others << Term{QStringLiteral("c.channel = ?"),
                       {CaseLifecycle::channelKey(*filter.channel)}};
    if (!filter.placeCode.isEmpty())
        others << Term{QStringLiteral("c.place_code = ?"), {filter.placeCode}};
    if (!filter.releasePlaceCode.isEmpty())
        others << Term{QStringLiteral("c.release_place_code = ?"), {filter.releasePlaceCode}};
    const std::optional<Term> stateTerm = stateKeys.isEmpty()
            ? std::nullopt
            : std::optional<Term>(inList(filterColumn + QStringLiteral("state"), stateKeys));

    const auto keyset = [&after](bool indexed) {
        if (!after)
            return Term{QStringLiteral("1"), {}};
        // `+` keeps the planner on the selective index when the matches are few.
        return Term{indexed ? QStringLiteral("(c.received_at, c.id) < (?, ?)")
                            : QStringLiteral("(+c.received_at, +c.id) < (?, ?)"),
                    {iso(after->receivedAt), after->id}};
    };
    const auto where = [&](bool withText, bool withStates, bool indexedKeyset) {
        QList<Term> terms = others;
        if (withText && textTerm)
            terms << *textTerm;
        if (withStates && stateTerm)
            terms << *stateTerm;
        terms << keyset(indexedKeyset);
        return allOf(terms);
    };
    const auto select = [&](const QString &from, const Term &w) {
        Statement s{QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM ") + from
                            + QStringLiteral(" WHERE ") + w.sql + kOrder,
                    w.binds};
        s.binds << limit;
        return s;
    };

    // --- The plan -----------------------------------------------------------------------------
    const bool hasDriver = textTerm || stateTerm || !filter.departmentCode.isEmpty();
    if (hasDriver && !denseName) {
        const Term w = where(true, true, false);
        Statement count{QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM cases c WHERE ") + w.sql
                                + QStringLiteral(" LIMIT ?)"),
                        w.binds};
        count.binds << m_tuning.sortLimit;
        const int matches = probe(count, m_tuning.sortLimit); // at most sortLimit
        // One value of an index that ends in (received_at, id) (one state, one department, one
        // applicant, one item): that index gives the matches in order, and the read stops at
        // the page.
        const bool inIndexOrder = textTerm ? textInOrder
                                           : stateKeys.size() == 1
                        || (stateKeys.isEmpty() && !filter.departmentCode.isEmpty());
        if (matches < m_tuning.sortLimit && (matches <= limit || inIndexOrder))
            return run(select(QStringLiteral("cases c"), w)); // a page or less: sort them
        if (matches < m_tuning.sortLimit) {
            // More than a page, few enough to sort, several values (open cases, item codes,
            // applicants): sort only their keys (received_at, id) and read the page's rows by
            // id. Sorting whole rows read every match's row and its 20 columns for a page of
            // 200 (3,669 rows for the open cases of 100,000): where an index holds the keys and
            // the condition (states, item codes, applicants), no row is read but the page's.
            Statement keys{QStringLiteral("SELECT c.received_at, c.id FROM cases c WHERE ") + w.sql
                                   + kOrder,
                           w.binds};
            keys.binds << limit;
            return rowsByKeys(readKeys(keys), limit);
        }

        // Many matches: read ordered streams (one per item code or state) and merge them.
        QString column;
        QString index;
        QStringList values;
        bool textInStream = false;
        if (!itemStreams.isEmpty()) {
            column = QStringLiteral("c.item_code");
            index = QStringLiteral("cases_item");
            values = itemStreams;
            textInStream = true;
        } else if (!stateKeys.isEmpty() && stateKeys.size() <= m_tuning.maxStreams) {
            column = QStringLiteral("c.state");
            index = QStringLiteral("cases_state_received");
            values = stateKeys;
        } else if (!filter.departmentCode.isEmpty()) {
            column = QStringLiteral("c.department_code");
            index = QStringLiteral("cases_department_received");
            values = {filter.departmentCode};
        }
        if (!values.isEmpty()) {
            // Each stream gives only its keys (received_at, id: the index holds them); the
            // whole rows are read for the page that wins the merge. Reading whole rows from
            // every stream cost a row conversion per stream and row (16 x 200 for a common
            // item name) for a page of 200.
            QList<QPair<QString, QString>> keys;
            for (const QString &value : std::as_const(values)) {
                Term w2 = where(!textInStream, column != QLatin1String("c.state"), true);
                w2.sql = column + QStringLiteral(" = ? AND ") + w2.sql;
                w2.binds.prepend(value);
                Statement s{QStringLiteral("SELECT c.received_at, c.id FROM cases c INDEXED BY ")
                                    + index + QStringLiteral(" WHERE ") + w2.sql + kOrder,
                            w2.binds};
                s.binds << limit;
                keys += readKeys(s);
            }
            // ISO 8601 texts of one format sort as their times.
            std::sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a > b; });
            return rowsByKeys(keys, limit);
        }
    }
    // Read in received order and filter: the matches are dense, or nothing narrows by index.
    return run(
            select(QStringLiteral("cases c INDEXED BY cases_received"), where(true, true, true)));
}

QList<QPair<QString, QString>> CaseQuery::readKeys(const Statement &statement) const
{
    recordPlan(statement);
    QList<QPair<QString, QString>> keys;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(statement.sql);
    for (const QVariant &v : statement.binds)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("CaseQuery: %s", qPrintable(q.lastError().text()));
        return keys;
    }
    while (q.next())
        keys.append({q.value(0).toString(), q.value(1).toString()});
    return keys;
}

QList<CaseRow> CaseQuery::rowsByKeys(QList<QPair<QString, QString>> keys, int limit) const
{
    if (keys.size() > limit)
        keys.resize(limit);
    if (keys.isEmpty())
        return {};
    QStringList ids;
    QHash<QString, int> position;
    for (const auto &k : std::as_const(keys)) {
        position.insert(k.second, int(ids.size()));
        ids << k.second;
    }
    // At most `limit` rows by their key; put in the keys' order here (no sort in SQL).
    const Term byId = inList(QStringLiteral("c.id"), ids);
    QList<CaseRow> rows = run(Statement{QStringLiteral("SELECT ") + kColumns
                                                + QStringLiteral(" FROM cases c WHERE ") + byId.sql,
                                        byId.binds});
    std::sort(rows.begin(), rows.end(), [&position](const CaseRow &x, const CaseRow &y) {
        return position.value(x.id) < position.value(y.id);
    });
    return rows;
}

int CaseQuery::probe(const Statement &statement, int cap) const
{
    recordPlan(statement);
    QSqlQuery q(m_database->connection());
    q.prepare(statement.sql);
    for (const QVariant &v : statement.binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning("CaseQuery: %s", qPrintable(q.lastError().text()));
        return cap;
    }
    return q.value(0).toInt();
}

QList<CaseRow> CaseQuery::run(const Statement &statement) const
{
    recordPlan(statement);
    QList<CaseRow> rows;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(statement.sql);
    for (const QVariant &v : statement.binds)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("CaseQuery: %s", qPrintable(q.lastError().text()));
        return rows;
    }
    while (q.next()) {
        CaseRow r;
        int i = 0;
        r.id = q.value(i++).toString();
        r.number = q.value(i++).toString();
        r.parentId = q.value(i++).toString();
        r.itemCode = q.value(i++).toString();
        r.itemName = q.value(i++).toString();
        r.departmentCode = q.value(i++).toString();
        r.applicantName = q.value(i++).toString();
        r.applicantIdNumber = q.value(i++).toString();
        r.applicantPhone = q.value(i++).toString();
        r.state = CaseLifecycle::stateFromKey(q.value(i++).toString())
                          .value_or(CaseState::Received);
        r.channel = CaseLifecycle::channelFromKey(q.value(i++).toString())
                            .value_or(CaseChannel::Window);
        r.receivedAt = fromIso(q.value(i++));
        r.dueDate = dateFrom(q.value(i++));
        r.suspendedAt = fromIso(q.value(i++));
        r.promisedDays = q.value(i++).toInt();
        r.suspendedWorkingDays = q.value(i++).toInt();
        r.acceptedAt = fromIso(q.value(i++));
        r.decidedAt = fromIso(q.value(i++));
        r.trips = q.value(i++).toInt();
        r.noticeDeadline = dateFrom(q.value(i++));
        rows.append(r);
    }
    return rows;
}

void CaseQuery::recordPlan(const Statement &statement) const
{
    if (!m_plan)
        return;
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statement.sql);
    for (const QVariant &v : statement.binds)
        q.addBindValue(v);
    if (!q.exec()) {
        m_plan->append(QStringLiteral("ERROR ") + q.lastError().text());
        return;
    }
    while (q.next())
        m_plan->append(q.value(3).toString());
}

QStringList CaseQuery::explain(const CaseFilter &filter, int limit,
                               const std::optional<CaseRow> &after) const
{
    QStringList plan;
    m_plan = &plan;
    (void)fetch(filter, limit, after);
    m_plan = nullptr;
    return plan;
}

} // namespace ow
