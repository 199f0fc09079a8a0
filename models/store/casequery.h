#pragma once

#include "database.h"
#include "domain/caselifecycle.h"

#include <QDate>
#include <QDateTime>
#include <QFlags>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

namespace ow {

// What a case list shows. Every field narrows the list (AND); empty fields do not filter.
struct CaseFilter
{
    QString text; // the search box: see CaseQuery::classify()
    QList<CaseState> states;
    QString departmentCode;
    std::optional<CaseChannel> channel;
    QString placeCode;        // where the case was received
    QString releasePlaceCode; // where its result is held
    bool openOnly = false;    // not released, rejected, terminated or withdrawn

    bool operator==(const CaseFilter &other) const;
    bool operator!=(const CaseFilter &other) const { return !(*this == other); }
};

// One line of a case list: what the list shows and what DueStatus needs, nothing more.
struct CaseRow
{
    QString id;
    QString number;
    QString parentId;
    QString itemCode;
    QString itemName;
    QString departmentCode;
    QString applicantName;
    QString applicantIdNumber; // whole; lists show it masked
    QString applicantPhone;    // whole; lists show it masked
    CaseState state = CaseState::Received;
    CaseChannel channel = CaseChannel::Window;
    QDateTime receivedAt;
    QDate dueDate;
    QDateTime suspendedAt;
    int promisedDays = 0;
    int suspendedWorkingDays = 0;
    QDateTime acceptedAt;
    QDateTime decidedAt;
    int trips = 0;
    QDate noticeDeadline; // licensing: the last day for the one-time notice
};

// The kinds of thing the search box may hold; a text may be several at once.
enum class SearchKind {
    CaseNumber = 0x01,       // a whole case number: 621221-20240927-A1-0001
    CaseNumberPrefix = 0x02, // its beginning, with the place code and a dash: 621221-202409
    IdNumber = 0x04,         // a whole resident ID number or credit code (18 characters)
    IdTail = 0x08,           // its last 4 to 17 characters: 1234, 00123X, 3C2P
    Phone = 0x10,            // a whole phone number, as typed or normalised: 138 9391 2345
    PhonePrefix = 0x20,      // the beginning of one, 7+ digits: 1389391, 0939123
    Name = 0x40,             // any 2+ consecutive characters of a person's or enterprise's name
    Item = 0x80,             // an item code (or its beginning) or part of an item's name
};
Q_DECLARE_FLAGS(SearchKinds, SearchKind)
Q_DECLARE_OPERATORS_FOR_FLAGS(SearchKinds)

// Finds cases in the local store, newest received first (received_at DESC, id DESC), a page at a
// time (keyset pagination: pass the last row of a page as `after` for the next). Every search
// kind reads an index; docs/case-search.md explains the plans and why each is fast at 1,000,000
// cases.
class CaseQuery final
{
    Q_DECLARE_TR_FUNCTIONS(CaseQuery)
public:
    explicit CaseQuery(std::shared_ptr<Database> database);

    // Where the plan changes (docs/case-search.md); tests lower them to cover every plan.
    struct Tuning
    {
        // Fewer matches than this: sort them; more: read an index in received order.
        int sortLimit = 5000;
        // More applicants than this for a name fragment: filter the list by name instead.
        int maxApplicants = 2000;
        // At most this many item codes or states are read as ordered streams and merged.
        int maxStreams = 16;
    };
    void setTuning(const Tuning &tuning) { m_tuning = tuning; }

    QList<CaseRow> fetch(const CaseFilter &filter, int limit,
                         const std::optional<CaseRow> &after = {}) const;

    // What the search box text is, by its shape (after trimming, folding full-width characters
    // to ASCII and upper-casing Latin letters):
    // - <6 or 9 digits>-<digit>...: a case number; whole when CaseNumber::parse() accepts it,
    //   otherwise its beginning.
    // - <6 digits>-<letter>...: an item code or its beginning.
    // - 18 characters of digits and capitals: a whole ID number or credit code.
    // - 4 to 17 characters of the credit-code alphabet (digits, X, ...) with at least one digit:
    //   the last characters of an ID number or credit code.
    // - a phone number PhoneNumber accepts (with spaces or dashes): that phone number;
    //   11 digits starting with 1 are also a whole mobile number.
    // - 7 to 10 digits starting with 1, or 7 to 12 starting with 0: the beginning of a phone
    //   number (last digits of a phone are not searchable: use the ID number's).
    // - 2+ characters with a letter (Han characters are letters) that are not ID-shaped as
    //   above: part of a name, and part of an item's name.
    // Several may apply (digits may be an ID tail and a phone prefix); the search finds cases
    // matching any of them. A text of one character, over 64 characters or of no kind here
    // finds nothing.
    static SearchKinds classify(const QString &text);
    static QString normalizedText(const QString &text);
    static int maxTextLength() { return 64; }

    // Department code -> name, from the catalogue, for lists and filters.
    QList<QPair<QString, QString>> departments() const;

    // Tests and benchmarks: the EXPLAIN QUERY PLAN lines of every statement fetch() runs for
    // these arguments.
    QStringList explain(const CaseFilter &filter, int limit,
                        const std::optional<CaseRow> &after = {}) const;

private:
    struct Statement;
    QList<CaseRow> run(const Statement &statement) const;
    int probe(const Statement &statement, int cap) const;
    // (received_at, id) of each row the statement selects, in its order.
    QList<QPair<QString, QString>> readKeys(const Statement &statement) const;
    // The rows of the first `limit` keys, in the keys' order.
    QList<CaseRow> rowsByKeys(QList<QPair<QString, QString>> keys, int limit) const;
    void recordPlan(const Statement &statement) const;
    const QList<QPair<QString, QString>> &items() const; // (code, name), cached per catalogue

    std::shared_ptr<Database> m_database;
    Tuning m_tuning;
    mutable QString m_itemsVersion;
    mutable QList<QPair<QString, QString>> m_items;
    mutable QStringList *m_plan = nullptr; // set while explain() runs
};

} // namespace ow
