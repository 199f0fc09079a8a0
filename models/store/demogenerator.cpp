#include "demogenerator.h"

#include "domain/agenttask.h"
#include "domain/caselifecycle.h"
#include "domain/catalogloader.h"
#include "domain/creditcode.h"
#include "domain/directory.h"
#include "domain/residentid.h"
#include "domain/role.h"
#include "domain/taskrules.h"
#include "domain/workcalendar.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <deque>
#include <fcntl.h>
#include <iterator>
#include <limits>
#include <map>
#include <mutex>
#include <sqlite3.h>
#include <string>
#include <thread>
#include <unistd.h>
#include <unordered_set>
#include <vector>

namespace ow {

namespace {

constexpr qint64 unixEpochJulianDay = 2440588;
constexpr int shanghaiOffsetSeconds = 8 * 3600;
constexpr int dayOpens = 8 * 3600 + 30 * 60; // 08:30, Asia/Shanghai
constexpr int dayCloses = 17 * 3600 + 30 * 60;
constexpr int lastMoment = 17 * 3600 + 59 * 60; // events never run past 17:59
constexpr int coverWorkingDays = 60;

double processCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
} // promised days (<= 30) + suspension + lateness fit in this

using Bytes = QByteArray;

Error failure(const QString &message, const QString &detail = {})
{
    return Error{QStringLiteral("demo.failed"), message, detail};
}

// ---- the SQLite C API, thinly wrapped ----------------------------------------------------

class Connection final
{
public:
    ~Connection()
    {
        if (m_db)
            sqlite3_close(m_db);
    }
    bool open(const QString &path)
    {
        return sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db,
                               SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
                == SQLITE_OK;
    }
    sqlite3 *handle() const { return m_db; }
    QString lastError() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }
    bool exec(const char *sql)
    {
        return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    bool exec(const Bytes &sql) { return exec(sql.constData()); }
    // The first column of the first row, as text; empty when there is none.
    Bytes scalar(const char *sql)
    {
        sqlite3_stmt *s = nullptr;
        Bytes value;
        if (sqlite3_prepare_v2(m_db, sql, -1, &s, nullptr) == SQLITE_OK
            && sqlite3_step(s) == SQLITE_ROW) {
            value = Bytes(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
        }
        sqlite3_finalize(s);
        return value;
    }

private:
    sqlite3 *m_db = nullptr;
};

// A prepared statement, stepped and reset per row. Texts are bound without a copy
// (SQLITE_STATIC; SQLite's own copy of every value was half of the generator's time): a
// temporary is moved into the statement and kept until that parameter is bound again; a named
// value (const Bytes &) must stay alive until run(): members, tables and locals of the caller.
class Statement final
{
public:
    Statement() = default;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement() { sqlite3_finalize(m_stmt); }

    bool prepare(sqlite3 *db, const char *sql)
    {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
            != SQLITE_OK)
            return false;
        m_kept.resize(size_t(sqlite3_bind_parameter_count(m_stmt)) + 1);
        return true;
    }
    Statement &text(const Bytes &value)
    {
        sqlite3_bind_text(m_stmt, ++m_column, value.constData(), int(value.size()), SQLITE_STATIC);
        return *this;
    }
    Statement &text(Bytes &&value)
    {
        Bytes &kept = m_kept[size_t(++m_column)];
        kept = std::move(value);
        sqlite3_bind_text(m_stmt, m_column, kept.constData(), int(kept.size()), SQLITE_STATIC);
        return *this;
    }
    // A null Bytes binds SQL NULL.
    Statement &textOrNull(const Bytes &value)
    {
        if (value.isNull()) {
            sqlite3_bind_null(m_stmt, ++m_column);
            return *this;
        }
        return text(value);
    }
    Statement &textOrNull(Bytes &&value)
    {
        if (value.isNull()) {
            sqlite3_bind_null(m_stmt, ++m_column);
            return *this;
        }
        return text(std::move(value));
    }
    Statement &integer(qint64 value)
    {
        sqlite3_bind_int64(m_stmt, ++m_column, value);
        return *this;
    }
    bool run()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        m_column = 0;
        return rc == SQLITE_DONE;
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_column = 0;
    std::vector<Bytes> m_kept; // by parameter number
};

class TableSink;

// A text of a fixed size made on the stack (a moment, an id): bound without a heap allocation
// per value (the allocator's work for millions of short-lived QByteArrays was a tenth of the
// main thread's time).
template<int N>
struct FixedText
{
    char data[N];
};
using MomentText = FixedText<24>; // 2024-09-27T02:00:00.000Z
using UuidText = FixedText<36>;

// The index builds of the tables' files, side by side but no more at once than the machine has
// cores (each is a sort that wants its memory), in the order the tables were closed: the biggest
// first, so that the last to finish is a small one. Each file, indexed and closed, is handed to
// the thread that moves the tables into the store (next()), in the order they finish.
class IndexGate final
{
public:
    explicit IndexGate(int limit)
        : m_limit(std::max(1, limit))
    { }
    int ticket()
    {
        std::lock_guard lock(m_mutex);
        return m_issued++;
    }
    void enter(int ticket)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return ticket == m_admitted && m_running < m_limit; });
        ++m_admitted;
        ++m_running;
        lock.unlock();
        m_changed.notify_all();
    }
    void leave(TableSink *finished)
    {
        {
            std::lock_guard lock(m_mutex);
            --m_running;
            m_finished.push_back(finished);
        }
        m_changed.notify_all();
    }
    // The next table whose file is complete (indexed, committed and closed); with wait false,
    // null when none is complete yet.
    TableSink *next(bool wait = true)
    {
        std::unique_lock lock(m_mutex);
        if (wait)
            m_changed.wait(lock, [this] { return !m_finished.empty(); });
        else if (m_finished.empty())
            return nullptr;
        TableSink *sink = m_finished.front();
        m_finished.pop_front();
        return sink;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_limit;
    int m_issued = 0;
    int m_admitted = 0;
    int m_running = 0;
    std::deque<TableSink *> m_finished;
};

// One table's rows, written on a thread of its own into a temporary database of its own (the
// table as the store defines it, without its secondary indexes until the end), then moved into
// the store with INSERT INTO main.t SELECT * FROM t: SQLite's transfer optimisation copies the
// records of the table and of each index without decoding them when the target is empty and
// has the same definition. The generator fills the tables side by side on both cores instead of
// one after the other on one. The API is Statement's: values of a row, then run(); a row may
// use another of the sink's statements (statement(i) before its values).
//
// create() makes the file (mode 0600: it holds personal data shaped like real data) with the
// table in it and leaves it unlocked, so that the store can attach it before the rows come;
// begin() starts the thread; close() says no more rows come: the thread builds the indexes when
// the gate lets it, commits, closes the file and hands it to the gate.
// Starts the writeback of the store's file every second while the generator works (no wait
// for it), so that the commit's sync finds little left to write: without it, the pages of the
// whole store (4.6 GB at 1,000,000 cases) were still in memory, dirty, when the commit came.
class StoreFlusher final
{
public:
    ~StoreFlusher() { stop(); }
    void start(const QString &path)
    {
        m_fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        if (m_fd < 0)
            return;
        m_thread = std::thread([this] {
            std::unique_lock lock(m_mutex);
            while (!m_stop) {
                m_wake.wait_for(lock, std::chrono::seconds(1));
                if (m_stop)
                    break;
                lock.unlock();
                ::sync_file_range(m_fd, 0, 0, SYNC_FILE_RANGE_WRITE);
                lock.lock();
            }
        });
    }
    void stop()
    {
        if (m_thread.joinable()) {
            {
                std::lock_guard lock(m_mutex);
                m_stop = true;
            }
            m_wake.notify_all();
            m_thread.join();
        }
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd = -1;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
};

class TableSink final
{
public:
    TableSink() = default;
    TableSink(const TableSink &) = delete;
    TableSink &operator=(const TableSink &) = delete;
    ~TableSink() { abandon(); }

    bool create(const QString &path, const char *table, const Bytes &createSql)
    {
        m_path = path;
        m_table = table;
        const Bytes file = QFile::encodeName(path);
        const int fd = ::open(file.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0) {
            m_error = QString::fromLocal8Bit(std::strerror(errno));
            m_failed = true;
            return false;
        }
        ::close(fd);
        if (sqlite3_open_v2(file.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                            nullptr)
            != SQLITE_OK)
            return fail();
        for (const char *sql :
             {"PRAGMA page_size = 65536", "PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF",
              "PRAGMA cache_size = -32768", "PRAGMA temp_store = FILE", "PRAGMA threads = 1"}) {
            sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
        }
        if (sqlite3_exec(m_db, createSql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail();
        return true;
    }
    // Instead of create(): the rows go straight into the store, on its connection in its open
    // transaction (no file, nothing to move); the main thread leaves the connection alone until
    // finish() returns.
    void borrow(sqlite3 *store, const char *table)
    {
        m_db = store;
        m_table = table;
        m_borrowed = true;
    }
    // statements: the INSERT (and any other) it runs; indexes: CREATE INDEX statements built
    // after the last row.
    bool begin(std::vector<Bytes> statements, std::vector<Bytes> indexes, IndexGate *gate)
    {
        if (!m_borrowed && sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail();
        for (const Bytes &sql : statements) {
            sqlite3_stmt *s = nullptr;
            if (sqlite3_prepare_v3(m_db, sql.constData(), -1, SQLITE_PREPARE_PERSISTENT, &s,
                                   nullptr)
                != SQLITE_OK)
                return fail();
            m_statements.push_back(s);
        }
        m_indexes = std::move(indexes);
        m_gate = gate;
        m_thread = std::thread([this] { work(); });
        return true;
    }
    TableSink &statement(int index)
    {
        m_current.statements.back() = quint8(index);
        return *this;
    }
    TableSink &text(const Bytes &value) { return bytes(value.constData(), value.size()); }
    template<int N>
    TableSink &text(const FixedText<N> &value)
    {
        return bytes(value.data, N);
    }
    template<int N>
    TableSink &textOrNull(const std::optional<FixedText<N>> &value)
    {
        if (!value) {
            m_current.cells.push_back({0, -2});
            return *this;
        }
        return bytes(value->data, N);
    }
    TableSink &textOrNull(const Bytes &value)
    {
        if (value.isNull()) {
            m_current.cells.push_back({0, -2});
            return *this;
        }
        return text(value);
    }
    TableSink &integer(qint64 value)
    {
        m_current.cells.push_back({value, -1});
        return *this;
    }
    TableSink &bytes(const char *data, qsizetype size)
    {
        m_current.cells.push_back({qint64(m_current.arena.size()), int(size)});
        m_current.arena.append(data, size_t(size));
        return *this;
    }
    bool run()
    {
        m_current.statements.push_back(0);
        if (m_current.statements.size() > rowsPerBatch)
            submit();
        return !m_failed;
    }
    // No more rows: the thread goes on to the indexes and the commit, and hands the file to
    // the gate. Returns at once.
    void close()
    {
        if (!m_thread.joinable() || m_closed)
            return;
        submit();
        {
            std::lock_guard lock(m_mutex);
            m_ticket = m_gate->ticket();
            m_closed = true;
        }
        m_wake.notify_all();
    }
    // Closes and waits for the thread. Returns whether all went in.
    bool finish()
    {
        close();
        if (m_thread.joinable())
            m_thread.join();
        closeFile();
        return !m_failed;
    }
    // A failed run: what is still queued is dropped, no indexes are built.
    void abandon()
    {
        m_failed = true;
        finish();
    }
    bool isUsed() const { return !m_path.isEmpty(); }
    bool isRunning() const { return m_gate != nullptr; }
    bool ok() const { return !m_failed; }
    const QString &path() const { return m_path; }
    const char *table() const { return m_table; }
    const QString &error() const { return m_error; }
    bool indexFailed() const { return m_indexFailed; }
    double cpuSeconds() const { return m_cpuSeconds; }

private:
    struct Cell
    {
        qint64 value; // an integer, or a text's offset in the arena
        int size;     // a text's size; -1: integer; -2: null
    };
    struct Batch
    {
        std::string arena;
        std::vector<Cell> cells;
        std::vector<quint8> statements{0}; // per row, then the row being filled
    };
    static constexpr size_t rowsPerBatch = 8192;
    static constexpr size_t batchesQueued = 4;

    bool fail()
    {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_failed = true;
        return false;
    }
    void closeFile()
    {
        for (sqlite3_stmt *s : m_statements)
            sqlite3_finalize(s);
        m_statements.clear();
        if (m_db && !m_borrowed)
            sqlite3_close(m_db);
        m_db = nullptr;
    }
    void submit()
    {
        if (m_current.statements.size() <= 1)
            return;
        m_current.statements.pop_back();
        std::unique_lock lock(m_mutex);
        m_room.wait(lock, [this] { return m_queue.size() < batchesQueued; });
        m_queue.push_back(std::move(m_current));
        // A batch the thread is done with, its memory kept: fresh memory for every batch was
        // a page fault per 4 KiB of rows.
        if (!m_spare.empty()) {
            m_current = std::move(m_spare.back());
            m_spare.pop_back();
        } else {
            m_current = Batch();
            m_current.arena.reserve(1 << 20);
        }
        lock.unlock();
        m_wake.notify_one();
    }
    void work()
    {
        timespec t0{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t0);
        int ticket = 0;
        for (;;) {
            Batch batch;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return !m_queue.empty() || m_closed; });
                if (m_queue.empty()) {
                    ticket = m_ticket;
                    break;
                }
                batch = std::move(m_queue.front());
                m_queue.pop_front();
            }
            m_room.notify_one();
            if (m_failed)
                continue;
            size_t cell = 0;
            for (const quint8 which : batch.statements) {
                sqlite3_stmt *s = m_statements[which];
                const int columns = sqlite3_bind_parameter_count(s);
                for (int column = 1; column <= columns; ++column, ++cell) {
                    const Cell &c = batch.cells[cell];
                    if (c.size == -1)
                        sqlite3_bind_int64(s, column, c.value);
                    else if (c.size == -2)
                        sqlite3_bind_null(s, column);
                    else
                        sqlite3_bind_text(s, column, batch.arena.data() + c.value, c.size,
                                          SQLITE_STATIC);
                }
                const int rc = sqlite3_step(s);
                sqlite3_reset(s);
                if (rc != SQLITE_DONE) {
                    fail();
                    break;
                }
            }
            batch.arena.clear();
            batch.cells.clear();
            batch.statements.assign(1, 0);
            std::lock_guard lock(m_mutex);
            if (m_spare.size() < batchesQueued)
                m_spare.push_back(std::move(batch));
        }
        m_gate->enter(ticket);
        if (!m_failed) {
            // The sorts get more memory than the inserts needed; only a few run at once.
            if (!m_borrowed)
                sqlite3_exec(m_db, "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr);
            for (const Bytes &sql : m_indexes) {
                if (sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
                    fail();
                    m_indexFailed = true;
                    break;
                }
            }
        }
        if (!m_failed && !m_borrowed
            && sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            fail();
        closeFile(); // its cache freed, its file unlocked for the store to read
        timespec t1{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t1);
        m_cpuSeconds = double(t1.tv_sec - t0.tv_sec) + double(t1.tv_nsec - t0.tv_nsec) / 1e9;
        m_gate->leave(this);
    }

    QString m_path;
    const char *m_table = "";
    QString m_error;
    sqlite3 *m_db = nullptr;
    std::vector<sqlite3_stmt *> m_statements;
    std::vector<Bytes> m_indexes;
    IndexGate *m_gate = nullptr;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake, m_room;
    std::deque<Batch> m_queue;
    std::vector<Batch> m_spare; // emptied batches, for the next rows
    bool m_closed = false;
    bool m_borrowed = false;
    int m_ticket = 0;
    std::atomic<bool> m_failed{false};
    bool m_indexFailed = false;
    double m_cpuSeconds = 0;
    Batch m_current;
};

// Stable keys as UTF-8, made once: the enums count from 0.
const Bytes &stateBytes(CaseState state)
{
    static const std::vector<Bytes> keys = [] {
        std::vector<Bytes> k;
        for (int i = 0; i <= int(CaseState::Withdrawn); ++i)
            k.push_back(CaseLifecycle::stateKey(CaseState(i)).toUtf8());
        return k;
    }();
    return keys[size_t(state)];
}

const Bytes &eventBytes(CaseEvent event)
{
    static const std::vector<Bytes> keys = [] {
        std::vector<Bytes> k;
        for (int i = 0; i <= int(CaseEvent::Withdraw); ++i)
            k.push_back(CaseLifecycle::eventKey(CaseEvent(i)).toUtf8());
        return k;
    }();
    return keys[size_t(event)];
}

const Bytes &channelBytes(CaseChannel channel)
{
    static const std::vector<Bytes> keys = [] {
        std::vector<Bytes> k;
        for (int i = 0; i <= int(CaseChannel::Online); ++i)
            k.push_back(CaseLifecycle::channelKey(CaseChannel(i)).toUtf8());
        return k;
    }();
    return keys[size_t(channel)];
}

// ---- data files ----------------------------------------------------------------------------

// Rows of a tab-separated resource, comments and blank lines left out.
QList<QStringList> readTable(const QString &path)
{
    QList<QStringList> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        rows.append(line.split(QLatin1Char('\t')));
    }
    return rows;
}

// Draws an index with the given weights: a cumulative table and a binary search.
class Weighted final
{
public:
    void add(double weight)
    {
        m_total += weight;
        m_cumulative.push_back(m_total);
    }
    int pick(QRandomGenerator &rng) const
    {
        const double x = rng.generateDouble() * m_total;
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), x);
        return int(std::min<std::ptrdiff_t>(it - m_cumulative.begin(),
                                            std::ptrdiff_t(m_cumulative.size()) - 1));
    }
    bool isEmpty() const { return m_cumulative.empty(); }

private:
    std::vector<double> m_cumulative;
    double m_total = 0;
};

// ---- times ---------------------------------------------------------------------------------

// A moment on a business day: the Julian day and the second of the day in Asia/Shanghai.
struct Moment
{
    qint64 day = 0;
    int second = 0;
    bool operator<(const Moment &o) const
    {
        return day < o.day || (day == o.day && second < o.second);
    }
    bool operator<=(const Moment &o) const { return !(o < *this); }
};

// Working days as an array, for the millions of look-ups the generator makes; it agrees with
// WorkCalendar (the tests check due dates against it).
class WorkingDays final
{
public:
    bool build(const WorkCalendar &calendar)
    {
        const QList<int> years = calendar.years();
        if (years.isEmpty())
            return false;
        m_first = QDate(years.first(), 1, 1).toJulianDay();
        const qint64 last = QDate(years.last(), 12, 31).toJulianDay();
        int count = 0;
        for (qint64 jd = m_first; jd <= last; ++jd) {
            const auto working = calendar.isWorkingDay(QDate::fromJulianDay(jd));
            if (!working)
                return false;
            if (working.value()) {
                m_days.push_back(jd);
                ++count;
            }
            m_countUpTo.push_back(count);
        }
        return !m_days.empty();
    }
    qint64 firstDay() const { return m_first; }
    qint64 lastDay() const { return m_first + qint64(m_countUpTo.size()) - 1; }
    bool isWorking(qint64 jd) const
    {
        const int i = index(jd);
        return i >= 0 && (i == 0 ? m_countUpTo[0] == 1 : m_countUpTo[i] != m_countUpTo[i - 1]);
    }
    // The n-th working day after jd (n >= 1); jd itself for n == 0; 0 beyond the calendar.
    qint64 add(qint64 jd, int n) const
    {
        if (n == 0)
            return jd;
        const int i = index(jd);
        if (i < 0)
            return 0;
        const qsizetype k = qsizetype(m_countUpTo[i]) + n - 1;
        return k < qsizetype(m_days.size()) ? m_days[k] : 0;
    }
    // Working days d with from < d <= to.
    int between(qint64 from, qint64 to) const
    {
        return m_countUpTo[index(to)] - m_countUpTo[index(from)];
    }
    // Working days from the first day of the calendar up to jd, inclusive.
    int ordinal(qint64 jd) const { return m_countUpTo[index(jd)]; }
    qint64 byOrdinal(int ordinal) const { return m_days[ordinal - 1]; }

private:
    int index(qint64 jd) const
    {
        const qint64 i = jd - m_first;
        return i >= 0 && i < qint64(m_countUpTo.size()) ? int(i) : -1;
    }

    qint64 m_first = 0;
    std::vector<qint64> m_days;
    std::vector<int> m_countUpTo;
};

// "2024-09-27" for every day the generator uses, made once.
class DayTexts final
{
public:
    void build(qint64 first, qint64 last)
    {
        m_first = first;
        for (qint64 jd = first; jd <= last; ++jd)
            m_texts.push_back(QDate::fromJulianDay(jd).toString(Qt::ISODate).toLatin1());
    }
    const Bytes &date(qint64 jd) const { return m_texts[size_t(jd - m_first)]; }
    // As Qt::ISODateWithMs writes a UTC moment: 2024-09-27T02:00:00.000Z. Business hours in
    // Shanghai fall on the same UTC date.
    Bytes utc(const Moment &m, int millis) const
    {
        const MomentText t = stamp(m, millis);
        return Bytes(t.data, sizeof t.data);
    }
    MomentText stamp(const Moment &m, int millis) const
    {
        const int s = m.second - shanghaiOffsetSeconds;
        MomentText t;
        char *buffer = t.data;
        std::memcpy(buffer, date(m.day).constData(), 10);
        const int h = s / 3600, mi = (s / 60) % 60, se = s % 60;
        buffer[10] = 'T';
        buffer[11] = char('0' + h / 10);
        buffer[12] = char('0' + h % 10);
        buffer[13] = ':';
        buffer[14] = char('0' + mi / 10);
        buffer[15] = char('0' + mi % 10);
        buffer[16] = ':';
        buffer[17] = char('0' + se / 10);
        buffer[18] = char('0' + se % 10);
        buffer[19] = '.';
        buffer[20] = char('0' + millis / 100);
        buffer[21] = char('0' + (millis / 10) % 10);
        buffer[22] = char('0' + millis % 10);
        buffer[23] = 'Z';
        return t;
    }
    static qint64 unixMillis(const Moment &m, int millis)
    {
        return ((m.day - unixEpochJulianDay) * 86400 + m.second - shanghaiOffsetSeconds) * 1000
                + millis;
    }

private:
    qint64 m_first = 0;
    std::vector<Bytes> m_texts;
};

// ---- the generator -------------------------------------------------------------------------

struct MaterialInfo
{
    Bytes name;
    Bytes form;
    Bytes requirement;
    int copies = 1;
    bool deferrable = false;
};

struct ItemInfo
{
    Bytes code;
    Bytes name;
    Bytes department;
    Bytes kind;
    int promisedDays = 0;
    bool township = false;
    bool licensing = false;
    bool immediate = false;
    std::vector<int> parts; // bundle parts, as item indexes
    std::vector<MaterialInfo> materials;
};

struct Staff
{
    Bytes id;
    Bytes place;
    Bytes device; // the device's UUID
    Bytes deviceShort;
};

struct PlaceInfo
{
    Bytes code;
    std::vector<int> counters; // staff indexes who receive here
};

struct ApplicantInfo
{
    Bytes id;
    Bytes name;
    Bytes idNumber;
    Bytes phone;
    bool person = true;
};

struct Event
{
    CaseEvent event;
    std::optional<CaseState> from;
    CaseState to;
    Moment at;
    int staff;
    Bytes note;
};

// A name gram waiting to be written: up to two characters of UTF-8 and whose name it is.
struct Gram
{
    char bytes[8] = {};
    quint8 size = 0;
    int applicant = 0;
    bool sameText(const Gram &o) const
    {
        return size == o.size && std::memcmp(bytes, o.bytes, size) == 0;
    }
};

// A history row waiting to be written: rows are written in the order of their ids (UUIDv7, so
// the order of their times) once no later case can add an earlier one (flushHistory).
struct HistoryRow
{
    UuidText id;
    Bytes caseId;
    Bytes note;
    Moment at;
    int millis = 0;
    int staff = 0;
    CaseEvent event = CaseEvent::Receive;
    std::optional<CaseState> from;
    CaseState to = CaseState::Received;
};

// One case as it stands on asOf.
struct CaseDraft
{
    Bytes id;
    Bytes number;
    Bytes parentId;
    int item = 0;
    int applicant = 0;
    int place = 0;
    int receiver = 0;
    CaseChannel channel = CaseChannel::Window;
    CaseState state = CaseState::Received;
    std::vector<Event> events;
    Moment received;
    std::optional<Moment> accepted, suspended, decided, released, closed;
    qint64 noticeDeadline = 0;
    qint64 due = 0;
    int suspendedDays = 0;
    int trips = 0;
    bool mail = false;
    Bytes reason;
    Bytes agentName;
    Bytes agentIdNumber;
    // Materials: how many are still missing (one-time notice), deferred (容缺), and when the
    // missing ones arrived (补正).
    int notified = 0; // listed on the one-time notice: the first materials
    int missing = 0;
    int deferred = 0;
    std::optional<Moment> supplemented;
    qint64 supplyBy = 0;
};

class Generator final
{
public:
    explicit Generator(const DemoOptions &options)
        : m_options(options)
        , m_rng(options.seed)
        , m_extra(options.seed ^ 0x7A5C5EEDu)
    { }
    ~Generator()
    {
        if (m_gramsThread.joinable()) {
            m_gramsFailed = true;
            m_gramsThread.join();
        }
    }
    Generator(const Generator &) = delete;
    Generator &operator=(const Generator &) = delete;

    Status load();
    Result<DemoReport> run(Connection &db);

private:
    bool chance(double p) { return m_rng.generateDouble() < p; }
    int between(int lo, int hi) { return lo + int(m_rng.bounded(quint32(hi - lo + 1))); }
    Bytes uuid(qint64 unixMillis) { return uuidFrom(m_rng, unixMillis); }
    static Bytes uuidFrom(QRandomGenerator &rng, qint64 unixMillis)
    {
        const UuidText t = uuidText(rng, unixMillis);
        return Bytes(t.data, sizeof t.data);
    }
    static UuidText uuidText(QRandomGenerator &rng, qint64 unixMillis);
    Bytes personName();
    Bytes residentId();
    Bytes creditCode(int type, const Bytes &region);
    Bytes phone();
    int newApplicant(const Moment &at);
    void addGrams(const Bytes &name, int applicant);
    bool writeGrams();
    bool flushHistory(qint64 throughDay);
    Bytes countyRegion();

    // Lifecycle pieces; each returns false once the case has reached asOf.
    Moment later(const Moment &m, int minMinutes, int maxMinutes);
    Moment onWorkingDay(qint64 day, int minSecond, int maxSecond);
    bool step(CaseDraft &c, CaseEvent event, Moment at, int staff, const Bytes &note = {});
    void simulateFront(CaseDraft &c);
    void simulateBack(CaseDraft &c, std::optional<Moment> notBefore,
                      std::optional<Moment> releaseAt);
    int approverFor(const ItemInfo &item) const;
    int handlerFor(const CaseDraft &c) const;

    Status writeCase(const CaseDraft &c);
    void writeRating(const CaseDraft &c);
    void writeTask(const CaseDraft &c);
    int extraBetween(int lo, int hi) { return lo + int(m_extra.bounded(quint32(hi - lo + 1))); }
    Status makeDirectory();
    Status writeDirectory(Connection &db);
    bool writeSeqs(Connection &db);

    DemoOptions m_options;
    QRandomGenerator m_rng;
    // Tasks and ratings draw from their own generator: the cases are the same with or without
    // them.
    QRandomGenerator m_extra;
    WorkCalendar m_calendar;
    WorkingDays m_work;
    DayTexts m_texts;
    qint64 m_asOf = 0;

    // Names and regions
    // As UTF-8, ready to bind: names are put together from these bytes without QString.
    std::vector<Bytes> m_surnames;
    Weighted m_surnameWeights;
    std::vector<Bytes> m_given;
    Weighted m_givenWeights;
    std::vector<Bytes> m_counties; // codes
    std::vector<Bytes> m_countyNames;
    std::vector<Bytes> m_countyPrefectures;
    int m_lastCounty = 0; // the index countyRegion() drew last
    Weighted m_countyWeights;
    std::vector<Bytes> m_townNames;
    std::unordered_set<quint64> m_usedIds;
    std::unordered_set<std::string> m_usedCodes;

    // Catalogue
    std::vector<ItemInfo> m_items;
    Weighted m_hallItems;
    Weighted m_townshipItems;
    std::vector<int> m_townshipItemIndex;
    QHash<Bytes, int> m_approverByDepartment;

    // Directory
    Directory m_directory;
    std::vector<Staff> m_staff;
    std::vector<PlaceInfo> m_places; // [0] the hall, then the townships
    int m_agentStaff = -1;

    // Applicants, in creation order (rowid = index + 1)
    std::vector<ApplicantInfo> m_applicants;
    std::vector<qint64> m_applicantUpdated; // unix ms of the latest intake
    std::vector<qint64> m_applicantCreated;

    // Output: the tables' files in a private folder (mode 0700) beside the store, removed with
    // it whatever happens; declared before the sinks, so that it goes after them.
    std::unique_ptr<QTemporaryDir> m_tempDir;
    IndexGate m_gate{2};
    StoreFlusher m_flusher;
    // The applicants' last updates and the name grams, written beside the moves.
    std::thread m_gramsThread;
    std::atomic<bool> m_gramsFailed{false};
    double m_gramsSeconds = 0, m_gramsCpu = 0;
    TableSink m_insertApplicant, m_insertGram, m_insertCase, m_insertMaterial, m_insertHistory;
    TableSink m_insertRating, m_insertFollowUp, m_insertAppeal, m_insertTask, m_insertTaskLog;
    bool m_hasRatings = false, m_hasTasks = false;
    Bytes m_supervisor; // decides appeals and follows up bad ratings
    Bytes m_agentName;
    struct SeqRow
    {
        Bytes key; // place + device
        qint64 day;
        int last;
    };
    std::vector<SeqRow> m_seqRows; // case_number_seq, written with the directory
    bool m_hasSeqTable = false;
    bool m_writeFailed = false;
    std::vector<Gram> m_grams;
    // Not yet written, by the day of the move: a flush takes whole days instead of sifting
    // every waiting row (a case's moves reach weeks ahead) day after day.
    std::map<qint64, std::vector<HistoryRow>> m_history;
    sqlite3 *m_db = nullptr;
    DemoReport m_report;
    QHash<QString, qint64> m_states;
};

UuidText Generator::uuidText(QRandomGenerator &rng, qint64 unixMillis)
{
    static const char hex[] = "0123456789abcdef";
    quint8 b[16];
    for (int i = 0; i < 6; ++i)
        b[i] = quint8((quint64(unixMillis) >> (8 * (5 - i))) & 0xFF);
    const quint64 r1 = rng.generate64();
    const quint64 r2 = rng.generate64();
    b[6] = quint8(0x70 | (r1 & 0x0F));
    b[7] = quint8((r1 >> 8) & 0xFF);
    b[8] = quint8(0x80 | ((r1 >> 16) & 0x3F));
    for (int i = 9; i < 16; ++i)
        b[i] = quint8((r2 >> (8 * (i - 9))) & 0xFF);
    UuidText t;
    char *out = t.data;
    int o = 0;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out[o++] = '-';
        out[o++] = hex[b[i] >> 4];
        out[o++] = hex[b[i] & 0x0F];
    }
    return t;
}

Status Generator::load()
{
    auto calendar = WorkCalendar::loadResource();
    if (!calendar)
        return calendar.error();
    m_calendar = calendar.value();
    if (!m_work.build(m_calendar))
        return failure(DemoGenerator::tr("The working-day calendar cannot be read."));

    // asOf: given, or the last working day with coverWorkingDays of calendar after it.
    if (m_options.asOf.isValid()) {
        m_asOf = m_options.asOf.toJulianDay();
        if (m_asOf < m_work.firstDay() || m_work.add(m_asOf, coverWorkingDays) == 0)
            return failure(DemoGenerator::tr("The working-day calendar must cover %1 and the %2 "
                                             "working days after it.")
                                   .arg(m_options.asOf.toString(Qt::ISODate))
                                   .arg(coverWorkingDays));
    } else {
        qint64 jd = m_work.lastDay();
        while (jd > m_work.firstDay()
               && (m_work.add(jd, coverWorkingDays) == 0 || !m_work.isWorking(jd)))
            --jd;
        m_asOf = jd;
    }
    m_texts.build(m_work.firstDay(), m_work.lastDay());

    // Names
    for (const QStringList &row : readTable(QStringLiteral(":/data/demo/surnames.tsv"))) {
        m_surnames.push_back(row.value(0).toUtf8());
        m_surnameWeights.add(row.value(1).toDouble());
    }
    for (const QStringList &row :
         readTable(QStringLiteral(":/data/demo/given-name-characters.tsv"))) {
        m_given.push_back(row.value(0).toUtf8());
        m_givenWeights.add(row.value(1).toDouble());
    }
    // Applicants of a 成县 hall come mostly from 成县, then from the rest of 陇南, then Gansu.
    for (const QStringList &row : readTable(QStringLiteral(":/data/demo/gansu-counties.tsv"))) {
        const QString code = row.value(0);
        m_counties.push_back(code.toLatin1());
        m_countyNames.push_back(row.value(1).toUtf8());
        m_countyPrefectures.push_back(row.value(2).toUtf8());
        m_countyWeights.add(code == QLatin1String("621221")                  ? 300.0
                                    : code.startsWith(QLatin1String("6212")) ? 8.0
                                                                             : 1.0);
    }
    for (const QStringList &row :
         readTable(QStringLiteral(":/data/demo/chengxian-townships.tsv"))) {
        m_townNames.push_back(row.value(1).toUtf8());
    }
    if (m_surnames.size() < 50 || m_given.size() < 100 || m_counties.size() < 80
        || m_townNames.empty()) {
        return failure(DemoGenerator::tr("The demo name and region tables built into this "
                                         "program are missing."));
    }

    // Catalogue: a Zipf-like volume over a fixed shuffle of the items (the same whatever the
    // seed), bundles at about 1% of the cases.
    auto catalog = CatalogLoader::loadEmbedded();
    if (!catalog)
        return catalog.error();
    const QList<ServiceItem> &items = catalog->items;
    QHash<QString, int> indexOf;
    for (int i = 0; i < items.size(); ++i)
        indexOf.insert(items[i].code, i);
    for (const ServiceItem &item : items) {
        ItemInfo info;
        info.code = item.code.toUtf8();
        info.name = item.name.toUtf8();
        info.department = item.departmentCode.toUtf8();
        info.kind = itemKindKey(item.kind).toUtf8();
        info.promisedDays = item.promisedDays;
        info.township = item.townshipAcceptable;
        info.licensing = item.kind == ItemKind::Licensing;
        info.immediate = item.immediate || item.promisedDays == 0;
        for (const QString &part : item.bundleParts)
            info.parts.push_back(indexOf.value(part, -1));
        if (std::find(info.parts.begin(), info.parts.end(), -1) != info.parts.end())
            info.parts.clear();
        for (const Material &m : item.materials) {
            if (m.requirement == Material::Requirement::NoLongerRequired)
                continue;
            info.materials.push_back({m.name.toUtf8(), materialFormKey(m.form).toUtf8(),
                                      materialRequirementKey(m.requirement).toUtf8(), m.copies,
                                      m.requirement == Material::Requirement::Deferrable});
        }
        m_items.push_back(std::move(info));
    }
    std::vector<int> order(m_items.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    QRandomGenerator popularity(20200110); // fixed: an item's popularity does not vary by seed
    for (size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[popularity.bounded(quint32(i))]);
    std::vector<double> weight(m_items.size());
    double bundles = 0, others = 0;
    for (size_t rank = 0; rank < order.size(); ++rank) {
        const int i = order[rank];
        weight[i] = 1.0 / double(rank + 1);
        (m_items[i].parts.empty() ? others : bundles) += weight[i];
    }
    for (size_t i = 0; i < m_items.size(); ++i) {
        double w = weight[i];
        if (!m_items[i].parts.empty())
            w = bundles > 0 ? w / bundles * others * 0.01 : 0;
        m_hallItems.add(w);
        if (m_items[i].township && m_items[i].parts.empty()) {
            m_townshipItems.add(weight[i]);
            m_townshipItemIndex.push_back(int(i));
        }
    }
    if (m_hallItems.isEmpty() || m_townshipItems.isEmpty())
        return failure(DemoGenerator::tr("The embedded catalogue has no items to generate cases "
                                         "for."));

    // Directory: the demo hall and townships, then real towns of 成县 as more township points.
    m_directory = DirectoryJson::demo();
    if (m_directory.places.isEmpty())
        return failure(DemoGenerator::tr("The demo directory built into this program cannot be "
                                         "read."));
    return Status::success();
}

Bytes Generator::personName()
{
    Bytes name = m_surnames[size_t(m_surnameWeights.pick(m_rng))];
    // Most given names today have two characters; about one in five has one.
    const int given = chance(0.2) ? 1 : 2;
    for (int i = 0; i < given; ++i)
        name += m_given[size_t(m_givenWeights.pick(m_rng))];
    return name;
}

Bytes Generator::countyRegion()
{
    m_lastCounty = m_countyWeights.pick(m_rng);
    return m_counties[size_t(m_lastCounty)];
}

Bytes Generator::residentId()
{
    for (;;) {
        const Bytes region = countyRegion();
        const qint64 first = QDate(1940, 1, 1).toJulianDay();
        const qint64 last = QDate(2008, 12, 31).toJulianDay();
        const QDate birth
                = QDate::fromJulianDay(first + qint64(m_rng.bounded(quint32(last - first + 1))));
        const int serial = between(0, 999);
        int y = 0, m = 0, d = 0;
        birth.getDate(&y, &m, &d);
        char digits[16];
        std::snprintf(digits, sizeof digits, "%04d%02d%02d%03d", y, m, d, serial);
        const Bytes first17 = region + Bytes(digits, 11);
        if (!m_usedIds.insert(first17.toULongLong()).second)
            continue;
        const QChar check = ResidentId::checkCharacter(QString::fromLatin1(first17));
        return first17 + char(check.toLatin1());
    }
}

Bytes Generator::creditCode(int type, const Bytes &region)
{
    // 9 (market regulation), the entity type, the region, then an organisation code
    // (GB 11714: 8 characters and its own MOD 11 check character) in the new "MA" form.
    static const char chars[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static const int weights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
    for (;;) {
        Bytes org = "MA";
        for (int i = 0; i < 6; ++i)
            org += chars[m_rng.bounded(31u)];
        int sum = 0;
        for (int i = 0; i < 8; ++i) {
            const char c = org[i];
            const int value = c >= '0' && c <= '9' ? c - '0' : c - 'A' + 10;
            sum += value * weights[i];
        }
        const int check = 11 - sum % 11;
        org += check == 10 ? 'X' : check == 11 ? '0' : char('0' + check);
        const Bytes first17 = Bytes("9") + char('0' + type) + region + org.left(9);
        if (!m_usedCodes.insert(first17.toStdString()).second)
            continue;
        const QChar last = CreditCode::checkCharacter(QString::fromLatin1(first17));
        return first17 + char(last.toLatin1());
    }
}

Bytes Generator::phone()
{
    static const int prefixes[]
            = {130, 131, 132, 133, 135, 136, 137, 138, 139, 150, 151, 152, 153, 155, 156, 157, 158,
               159, 166, 173, 177, 180, 181, 182, 183, 185, 186, 187, 188, 189, 191, 198, 199};
    const int prefix = prefixes[m_rng.bounded(quint32(std::size(prefixes)))];
    return Bytes::number(prefix)
            + Bytes::number(qint64(m_rng.bounded(100000000u))).rightJustified(8, '0');
}

int Generator::newApplicant(const Moment &at)
{
    ApplicantInfo a;
    Bytes address, legal, contact;
    const qint64 millis = DayTexts::unixMillis(at, 0);
    a.id = uuid(millis);
    const int town = int(m_rng.bounded(quint32(m_townNames.size())));
    if (chance(0.15)) {
        // Enterprises: companies, individual businesses, farmers' co-operatives.
        static const char *const trades[]
                = {"商贸",     "农业科技", "建筑工程", "餐饮",     "物流",
                   "电子商务", "中药材",   "文化传媒", "汽车维修", "旅游开发"};
        static const char *const crops[]
                = {"核桃种植", "中药材种植", "花椒种植", "生猪养殖", "中蜂养殖", "食用菌"};
        const int roll = int(m_rng.bounded(100u));
        const int type = roll < 60 ? 1 : roll < 90 ? 2 : 3;
        Bytes brand;
        for (int i = 0; i < 2; ++i)
            brand += m_given[size_t(m_givenWeights.pick(m_rng))];
        a.name = Bytes("成县") + brand;
        if (type == 1)
            a.name += Bytes(trades[m_rng.bounded(quint32(std::size(trades)))]) + "有限公司";
        else if (type == 2)
            a.name += Bytes(trades[m_rng.bounded(quint32(std::size(trades)))]) + "经营部";
        else
            a.name += Bytes(crops[m_rng.bounded(quint32(std::size(crops)))]) + "专业合作社";
        a.person = false;
        a.idNumber = creditCode(type, chance(0.9) ? Bytes("621221") : countyRegion());
        legal = personName();
        contact = chance(0.5) ? legal : personName();
        address = Bytes("甘肃省陇南市成县") + m_townNames[size_t(town)]
                + Bytes::number(between(1, 300)) + "号";
    } else {
        a.name = personName();
        a.idNumber = residentId();
        const int county = m_lastCounty; // residentId() drew the region
        if (a.idNumber.startsWith("621221")) {
            const Bytes &village2 = m_given[size_t(m_givenWeights.pick(m_rng))];
            const Bytes &village1 = m_given[size_t(m_givenWeights.pick(m_rng))];
            address = Bytes("甘肃省陇南市成县") + m_townNames[size_t(town)] + village1 + village2
                    + "村" + Bytes::number(between(1, 120)) + "号";
        } else {
            address = Bytes("甘肃省") + m_countyPrefectures[size_t(county)]
                    + m_countyNames[size_t(county)] + Bytes::number(between(1, 500)) + "号";
        }
    }
    a.phone = phone();
    static const Bytes person("person"), enterprise("enterprise");
    m_insertApplicant.integer(qint64(m_applicants.size()) + 1)
            .text(a.id)
            .text(a.person ? person : enterprise)
            .text(a.name)
            .text(a.idNumber);
    Bytes reversedId(a.idNumber.size(), '\0');
    for (qsizetype i = 0; i < a.idNumber.size(); ++i)
        reversedId[a.idNumber.size() - 1 - i] = a.idNumber[i];
    m_insertApplicant.text(reversedId)
            .text(a.phone)
            .text(address)
            .text(legal)
            .text(contact)
            .text(m_texts.stamp(at, 0));
    if (!m_insertApplicant.run())
        m_writeFailed = true;
    m_applicants.push_back(a);
    m_applicantCreated.push_back(millis);
    m_applicantUpdated.push_back(millis);
    addGrams(a.name, int(m_applicants.size()) - 1);
    return int(m_applicants.size()) - 1;
}

// Every two-character run of the lower-cased name, as CaseStore indexes a name; written sorted
// at the end (writeGrams), so that the grams' key is filled in order instead of at random.
void Generator::addGrams(const Bytes &name, int applicant)
{
    // Where each character of the UTF-8 name starts.
    std::array<qsizetype, 64> starts{};
    int count = 0;
    for (qsizetype i = 0; i < name.size() && count < int(starts.size()) - 1; ++i) {
        if ((quint8(name[i]) & 0xC0) != 0x80)
            starts[size_t(count++)] = i;
    }
    starts[size_t(count)] = name.size();
    const size_t first = m_grams.size();
    for (int i = 0; i + 1 < count; ++i) {
        Gram g;
        g.applicant = applicant;
        const qsizetype from = starts[size_t(i)], to = starts[size_t(i) + 2];
        if (to - from > qsizetype(sizeof g.bytes))
            continue;
        g.size = quint8(to - from);
        for (qsizetype k = from; k < to; ++k) {
            const char c = name[k];
            g.bytes[size_t(k - from)] = c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
        }
        // The same run twice in one name is one gram.
        const bool seen = std::any_of(m_grams.begin() + std::ptrdiff_t(first), m_grams.end(),
                                      [&g](const Gram &o) { return o.sameText(g); });
        if (!seen)
            m_grams.push_back(g);
    }
}

Moment Generator::onWorkingDay(qint64 day, int minSecond, int maxSecond)
{
    return {day, between(minSecond, maxSecond)};
}

// A moment minMinutes..maxMinutes later, on the next working day when the day is over.
Moment Generator::later(const Moment &m, int minMinutes, int maxMinutes)
{
    Moment next = m;
    next.second += between(minMinutes * 60, maxMinutes * 60);
    if (next.second > lastMoment) {
        next.day = m_work.add(m.day, 1);
        next.second = dayOpens + between(0, 3600);
    }
    return next;
}

// Records one move if it happened by asOf; false when it did not (the case stays as it is).
bool Generator::step(CaseDraft &c, CaseEvent event, Moment at, int staff, const Bytes &note)
{
    if (at.day == 0 || at.day > m_asOf)
        return false;
    if (!c.events.empty() && at < c.events.back().at)
        at = c.events.back().at;
    const std::optional<CaseState> from
            = event == CaseEvent::Receive ? std::nullopt : std::optional<CaseState>(c.state);
    const auto to = CaseLifecycle::targetState(from, event);
    Q_ASSERT(to);
    c.events.push_back({event, from, *to, at, staff, note});
    c.state = *to;
    const bool atCounter = c.channel == CaseChannel::Window || c.channel == CaseChannel::Township;
    switch (event) {
    case CaseEvent::Receive:
        c.trips += atCounter ? 1 : 0;
        break;
    case CaseEvent::Supplement:
        c.trips += atCounter ? 1 : 0;
        c.supplemented = at;
        c.missing = 0;
        Q_FALLTHROUGH();
    case CaseEvent::Accept:
        c.accepted = at;
        c.due = m_work.add(at.day, m_items[size_t(c.item)].promisedDays);
        break;
    case CaseEvent::Suspend:
        c.suspended = at;
        c.reason = note;
        break;
    case CaseEvent::Resume: {
        const int days = m_work.between(c.suspended->day, at.day);
        c.due = m_work.add(c.due, days);
        c.suspendedDays += days;
        c.suspended.reset();
        break;
    }
    case CaseEvent::Approve:
    case CaseEvent::Deny:
        c.decided = at;
        c.reason = note;
        break;
    case CaseEvent::Release:
    case CaseEvent::MailRelease: {
        const bool sameVisit = c.accepted && c.accepted->day == at.day;
        if (event == CaseEvent::Release && c.channel != CaseChannel::Agent && !sameVisit)
            c.trips += 1;
        c.released = at;
        c.closed = at;
        c.mail = event == CaseEvent::MailRelease;
        break;
    }
    case CaseEvent::Reject:
    case CaseEvent::Terminate:
    case CaseEvent::Withdraw:
        c.closed = at;
        c.reason = note;
        break;
    default:
        break;
    }
    return true;
}

int Generator::approverFor(const ItemInfo &item) const
{
    return m_approverByDepartment.value(item.department, 0);
}

// Who handles a case at its accepting place: the receiving clerk, or for an agent or online
// case a counter clerk of the hall.
int Generator::handlerFor(const CaseDraft &c) const
{
    if (c.channel == CaseChannel::Agent)
        return m_places[0].counters.front();
    return c.receiver;
}

// Receipt to acceptance, or to the end where it stops before that.
void Generator::simulateFront(CaseDraft &c)
{
    const ItemInfo &item = m_items[size_t(c.item)];
    step(c, CaseEvent::Receive, c.received, c.receiver);
    if (item.licensing)
        c.noticeDeadline = m_work.add(c.received.day, CaseLifecycle::noticeDeadlineWorkingDays());
    const int handler = handlerFor(c);
    const bool bundle = !item.parts.empty();
    const int roll = int(m_rng.bounded(1000u));
    static const Bytes rejectReasons[] = {"不属于本机关职责范围，已告知向有关行政机关申请",
                                          "申请事项依法不需要取得行政许可", "申请人不具备申请资格"};
    static const Bytes terminateReasons[]
            = {"逾期未补正材料，办理终止", "容缺材料未在承诺期限内补齐"};
    if (!bundle && roll < 15) { // 不予受理
        step(c, CaseEvent::Reject, later(c.received, 3, 15), handler,
             rejectReasons[m_rng.bounded(3u)]);
        return;
    }
    if (!item.materials.empty() && roll < 95) { // 一次性告知
        c.missing = std::min<int>(int(item.materials.size()), between(1, 2));
        c.notified = c.missing;
        c.supplyBy = m_work.add(c.received.day, 15); // the 补正 deadline
        if (!step(c, CaseEvent::Notify, later(c.received, 5, 20), handler,
                  Bytes("请补齐告知单所列材料")))
            return;
        if (chance(0.9)) {
            const qint64 day = m_work.add(c.received.day, between(1, 8));
            step(c, CaseEvent::Supplement, onWorkingDay(day, dayOpens, dayCloses), handler);
        } else {
            const qint64 day = m_work.add(c.received.day, between(16, 25));
            step(c, CaseEvent::Terminate, onWorkingDay(day, dayOpens, dayCloses), handler,
                 terminateReasons[0]);
        }
        return;
    }
    if (roll < 135) { // 收件 only: accepted a few days later
        const qint64 day = m_work.add(c.received.day, between(1, 3));
        step(c, CaseEvent::Accept, onWorkingDay(day, dayOpens, dayCloses), handler);
        return;
    }
    // Accepted on the spot; a few with a 容缺 material to bring later.
    if (step(c, CaseEvent::Accept, later(c.received, 2, 12), handler)) {
        const auto deferrable = std::count_if(item.materials.begin(), item.materials.end(),
                                              [](const MaterialInfo &m) { return m.deferrable; });
        if (deferrable > 0 && chance(0.3)) {
            c.deferred = 1;
            c.supplyBy = m_work.add(c.received.day, 5);
        }
    }
}

// From acceptance to release, or to the end where it stops before that. notBefore: a bundle's
// parent is decided after its parts; releaseAt: the parts go out with the parent.
void Generator::simulateBack(CaseDraft &c, std::optional<Moment> notBefore,
                             std::optional<Moment> releaseAt)
{
    if (c.state != CaseState::Accepted)
        return;
    const ItemInfo &item = m_items[size_t(c.item)];
    const int handler = handlerFor(c);
    const int approver = approverFor(item);
    const int hallCounter
            = m_places[0].counters[size_t(m_rng.bounded(quint32(m_places[0].counters.size())))];
    const Moment accepted = *c.accepted;
    const int promised = item.promisedDays;

    if (c.parentId.isNull() && item.parts.empty() && chance(0.01)) { // 撤回
        const qint64 day = m_work.add(accepted.day, between(0, std::max(1, promised)));
        step(c, CaseEvent::Withdraw, onWorkingDay(day, dayOpens, dayCloses), handler,
             Bytes("申请人申请撤回"));
        return;
    }
    if (!step(c, CaseEvent::Route, later(accepted, 5, promised == 0 ? 20 : 180), handler))
        return;
    // The decision day: within the promise mostly, some late (overdue).
    int offset = promised == 0 ? 0 : between(std::max(0, promised / 3), promised);
    if (promised > 0 && chance(0.06))
        offset = promised + between(1, 6);
    int suspendedFor = 0;
    if (promised >= 5 && chance(0.04)) { // 特别程序
        const qint64 day = m_work.add(accepted.day, between(1, promised - 1));
        const Moment at = onWorkingDay(day, dayOpens, dayCloses);
        if (!step(c, CaseEvent::Suspend, std::max(at, c.events.back().at), approver,
                  Bytes("需要现场勘验，依法进入特别程序")))
            return;
        suspendedFor = between(3, 15);
        const qint64 back = m_work.add(c.suspended->day, suspendedFor);
        if (!step(c, CaseEvent::Resume, onWorkingDay(back, dayOpens, dayCloses), approver))
            return;
    }
    Moment decide = offset == 0
            ? later(c.events.back().at, 10, 90)
            : onWorkingDay(m_work.add(accepted.day, offset + suspendedFor), dayOpens, dayCloses);
    if (decide < c.events.back().at)
        decide = later(c.events.back().at, 5, 30);
    if (notBefore && decide < *notBefore)
        decide = later(*notBefore, 5, 30);
    const bool deny = chance(0.05);
    if (!step(c, deny ? CaseEvent::Deny : CaseEvent::Approve, decide, approver,
              deny ? Bytes("经审查不符合法定条件") : Bytes()))
        return;
    // The result reaches the window the same day, or with the next batch a day or two later.
    const Moment ready = chance(0.5)
            ? later(decide, 5, 60)
            : onWorkingDay(m_work.add(decide.day, between(1, 2)), dayOpens, dayOpens + 3600);
    if (!step(c, CaseEvent::PrepareRelease, ready, approver))
        return;
    Moment release;
    if (releaseAt) {
        release = *releaseAt;
    } else if (item.immediate && c.channel != CaseChannel::Online && chance(0.7)) {
        release = later(c.events.back().at, 1, 10); // the same visit (马上办)
    } else {
        release = onWorkingDay(m_work.add(c.events.back().at.day, between(0, 5)), dayOpens,
                               dayCloses);
        if (release < c.events.back().at)
            release = later(c.events.back().at, 5, 60);
        if (chance(0.02))
            return; // never collected yet
    }
    const bool mail = !releaseAt && c.channel != CaseChannel::Agent && chance(0.12);
    step(c, mail ? CaseEvent::MailRelease : CaseEvent::Release, release, hallCounter);
}

Status Generator::makeDirectory()
{
    // Places: the demo hall and townships, then real towns of 成县 not already there.
    Directory &d = m_directory;
    const Place hall = d.places.first();
    QSet<QString> names;
    for (const Place &p : d.places)
        names.insert(p.name.left(3));
    const QList<QStringList> towns
            = readTable(QStringLiteral(":/data/demo/chengxian-townships.tsv"));
    QSet<QString> codes;
    for (const Place &p : d.places)
        codes.insert(p.code);
    for (const QStringList &town : towns) {
        if (d.places.size() >= m_options.townships + 1)
            break;
        const QString code = town.value(0), name = town.value(1);
        if (codes.contains(code) || names.contains(name.left(3)))
            continue;
        Place p;
        p.code = code;
        p.name = name + QStringLiteral("便民服务中心");
        p.kind = Place::Kind::Township;
        p.parentCode = hall.code;
        p.address = QStringLiteral("成县") + name + QStringLiteral("政府院内");
        p.phone = QStringLiteral("0939-32%1").arg(between(10000, 99999));
        d.places.append(p);
    }
    while (d.places.size() > m_options.townships + 1 && d.places.size() > 1)
        d.places.removeLast();

    // Staff: eight integrated windows at the hall, one approver per department, one clerk at
    // each township point; the demo users first.
    const qint64 setupMillis = DayTexts::unixMillis({m_work.firstDay(), dayOpens}, 0);
    QHash<QString, int> staffByUser;
    auto addStaff = [&](const User &u, const Bytes &deviceShort) {
        Staff s;
        s.id = u.id.toUtf8();
        s.place = u.placeCode.toUtf8();
        s.device = uuid(setupMillis);
        s.deviceShort = deviceShort;
        m_staff.push_back(s);
        staffByUser.insert(u.id, int(m_staff.size()) - 1);
        return int(m_staff.size()) - 1;
    };
    QSet<QString> departments;
    for (const ItemInfo &item : m_items)
        departments.insert(QString::fromUtf8(item.department));
    QList<User> users = d.users;
    int window = 1;
    for (int i = 2; i <= 8; ++i) {
        User u;
        u.id = QString::fromLatin1(uuid(setupMillis));
        u.username = QStringLiteral("counter%1").arg(i);
        u.displayName = QString::fromUtf8(personName());
        u.role = Role::Counter;
        u.placeCode = hall.code;
        users.append(u);
    }
    QStringList sortedDepartments = departments.values();
    sortedDepartments.sort();
    QSet<QString> covered;
    for (const User &u : users) {
        if (u.role == Role::Approver)
            covered.insert(u.departmentCode);
    }
    for (const QString &dept : sortedDepartments) {
        if (covered.contains(dept))
            continue;
        User u;
        u.id = QString::fromLatin1(uuid(setupMillis));
        u.username = QStringLiteral("approver-") + dept.toLower();
        u.displayName = QString::fromUtf8(personName());
        u.role = Role::Approver;
        u.placeCode = hall.code;
        u.departmentCode = dept;
        users.append(u);
    }
    for (const Place &p : d.places.mid(1)) {
        const bool staffed = std::any_of(users.cbegin(), users.cend(), [&p](const User &u) {
            return u.placeCode == p.code && u.role == Role::Township;
        });
        if (staffed)
            continue;
        User u;
        u.id = QString::fromLatin1(uuid(setupMillis));
        u.username = QStringLiteral("township-") + p.code.right(3);
        u.displayName = QString::fromUtf8(personName());
        u.role = Role::Township;
        u.placeCode = p.code;
        users.append(u);
    }
    d.users = users;

    m_places.clear();
    for (const Place &p : d.places)
        m_places.push_back({p.code.toUtf8(), {}});
    for (const User &u : d.users) {
        const int place = int(
                std::find_if(m_places.begin(), m_places.end(),
                             [&u](const PlaceInfo &p) { return p.code == u.placeCode.toUtf8(); })
                - m_places.begin());
        if (place >= int(m_places.size()))
            continue;
        if (u.role == Role::Counter) {
            m_places[size_t(place)].counters.push_back(
                    addStaff(u, QStringLiteral("D%1").arg(window++).toLatin1()));
        } else if (u.role == Role::Township) {
            m_places[size_t(place)].counters.push_back(addStaff(u, Bytes("D1")));
        } else if (u.role == Role::Agent) {
            m_agentStaff = addStaff(u, Bytes("D9"));
            m_agentName = u.displayName.toUtf8();
        } else if (u.role == Role::Approver) {
            const int s = addStaff(u, Bytes("D0"));
            if (!m_approverByDepartment.contains(u.departmentCode.toUtf8()))
                m_approverByDepartment.insert(u.departmentCode.toUtf8(), s);
        }
    }
    for (const User &u : d.users) {
        if (u.role == Role::Supervisor && u.placeCode.toUtf8() == m_places[0].code
            && m_supervisor.isEmpty())
            m_supervisor = u.id.toUtf8();
    }
    for (const PlaceInfo &p : m_places) {
        if (p.counters.empty())
            return failure(DemoGenerator::tr("Place %1 has no staff to receive cases.")
                                   .arg(QString::fromUtf8(p.code)));
    }
    if (m_agentStaff < 0)
        m_agentStaff = m_places[0].counters.front();

    return Status::success();
}

// The places and staff makeDirectory() chose, into the store.
Status Generator::writeDirectory(Connection &db)
{
    const Directory &d = m_directory;
    Statement place, user;
    if (!place.prepare(db.handle(),
                       "INSERT OR IGNORE INTO places (code, name, kind, parent_code, address,"
                       " phone) VALUES (?,?,?,?,?,?)")
        || !user.prepare(db.handle(),
                         "INSERT OR IGNORE INTO users (id, username, display_name, role,"
                         " place_code, department_code, active) VALUES (?,?,?,?,?,?,1)")) {
        return failure(DemoGenerator::tr("The store has no places or users table."),
                       db.lastError());
    }
    for (const Place &p : d.places) {
        place.text(p.code.toUtf8())
                .text(p.name.toUtf8())
                .text(p.kind == Place::Kind::Hall ? Bytes("hall") : Bytes("township"))
                .textOrNull(p.parentCode.isEmpty() ? Bytes() : p.parentCode.toUtf8())
                .text(p.address.toUtf8())
                .text(p.phone.toUtf8());
        if (!place.run())
            return failure(DemoGenerator::tr("Cannot save the places."), db.lastError());
    }
    for (const User &u : d.users) {
        user.text(u.id.toUtf8())
                .text(u.username.toUtf8())
                .text(u.displayName.toUtf8())
                .text(Roles::key(u.role).toUtf8())
                .text(u.placeCode.toUtf8())
                .textOrNull(u.departmentCode.isEmpty() ? Bytes() : u.departmentCode.toUtf8());
        if (!user.run())
            return failure(DemoGenerator::tr("Cannot save the users."), db.lastError());
    }
    m_report.places = int(d.places.size());
    m_report.users = int(d.users.size());
    return Status::success();
}

// Writes the waiting history rows of the days through throughDay, in the order of their ids.
bool Generator::flushHistory(qint64 throughDay)
{
    std::vector<HistoryRow> due;
    const auto last = m_history.upper_bound(throughDay);
    for (auto day = m_history.begin(); day != last; ++day) {
        if (due.empty())
            due = std::move(day->second);
        else
            std::move(day->second.begin(), day->second.end(), std::back_inserter(due));
    }
    m_history.erase(m_history.begin(), last);
    std::sort(due.begin(), due.end(), [](const HistoryRow &a, const HistoryRow &b) {
        return std::memcmp(a.id.data, b.id.data, sizeof a.id.data) < 0;
    });
    static const Bytes empty("");
    bool ok = true;
    for (auto it = due.begin(); it != due.end() && ok; ++it) {
        const HistoryRow &r = *it;
        const Staff &s = m_staff[size_t(r.staff)];
        m_insertHistory.text(r.id)
                .text(r.caseId)
                .text(eventBytes(r.event))
                .text(r.from ? stateBytes(*r.from) : empty)
                .text(stateBytes(r.to))
                .text(m_texts.stamp(r.at, r.millis))
                .text(m_texts.date(r.at.day))
                .text(s.id)
                .text(s.place)
                .text(s.device)
                .text(r.note.isNull() ? empty : r.note);
        ok = m_insertHistory.run();
    }
    return ok;
}

// The name grams, sorted by their key (gram, applicant id).
bool Generator::writeGrams()
{
    // Applicants in the order of their ids (made in time order, so nearly sorted already): the
    // grams then sort on numbers in memory instead of reading the ids.
    std::vector<int> byId(m_applicants.size());
    for (size_t i = 0; i < byId.size(); ++i)
        byId[i] = int(i);
    std::sort(byId.begin(), byId.end(), [this](int a, int b) {
        return m_applicants[size_t(a)].id < m_applicants[size_t(b)].id;
    });
    std::vector<int> rank(byId.size());
    for (size_t i = 0; i < byId.size(); ++i)
        rank[size_t(byId[i])] = int(i);
    for (Gram &g : m_grams)
        g.applicant = rank[size_t(g.applicant)];
    std::sort(m_grams.begin(), m_grams.end(), [](const Gram &a, const Gram &b) {
        const int c = std::memcmp(a.bytes, b.bytes, std::min(a.size, b.size));
        if (c != 0 || a.size != b.size)
            return c != 0 ? c < 0 : a.size < b.size;
        return a.applicant < b.applicant;
    });
    for (Gram &g : m_grams)
        g.applicant = byId[size_t(g.applicant)];
    for (const Gram &g : m_grams) {
        m_insertGram.bytes(g.bytes, g.size).text(m_applicants[size_t(g.applicant)].id);
        if (!m_insertGram.run())
            return false;
    }
    m_grams.clear();
    m_grams.shrink_to_fit();
    return true;
}

Status Generator::writeCase(const CaseDraft &c)
{
    const ItemInfo &item = m_items[size_t(c.item)];
    const ApplicantInfo &a = m_applicants[size_t(c.applicant)];
    const Staff &receiver = m_staff[size_t(c.receiver)];
    const auto when = [this](const std::optional<Moment> &m) {
        return m ? std::optional<MomentText>(m_texts.stamp(*m, 0)) : std::nullopt;
    };
    const auto day = [this](qint64 jd) { return jd ? m_texts.date(jd) : Bytes(); };
    const Event &lastEvent = c.events.back();
    m_insertCase.text(c.id)
            .text(c.number)
            .textOrNull(c.parentId)
            .text(item.code)
            .text(item.name)
            .text(item.department)
            .text(item.kind)
            .integer(item.promisedDays)
            .integer(item.township ? 1 : 0)
            .text(a.id)
            .text(a.name)
            .text(a.idNumber)
            .text(a.phone)
            .text(c.agentName.isNull() ? Bytes("") : c.agentName)
            .text(c.agentIdNumber.isNull() ? Bytes("") : c.agentIdNumber)
            .text(channelBytes(c.channel))
            .text(stateBytes(c.state))
            .text(receiver.place)
            .text(m_places[0].code)
            .text(receiver.id)
            .text(m_texts.stamp(c.received, 0))
            .textOrNull(when(c.accepted))
            .textOrNull(day(c.noticeDeadline))
            .textOrNull(day(c.due))
            .textOrNull(when(c.suspended))
            .integer(c.suspendedDays)
            .textOrNull(when(c.decided))
            .textOrNull(when(c.released))
            .textOrNull(when(c.closed))
            .integer(c.trips)
            .text(c.mail ? Bytes("mail") : Bytes("counter"))
            .text(c.reason.isNull() ? Bytes("") : c.reason)
            .integer(qint64(c.events.size()))
            .text(m_texts.stamp(lastEvent.at, 0));
    if (!m_insertCase.run())
        return failure(DemoGenerator::tr("Cannot save case %1.").arg(QString::fromUtf8(c.number)),
                       QString::fromUtf8(sqlite3_errmsg(m_db)));

    // Materials: the bundle's parts have none (they were checked once, on the parent).
    if (c.parentId.isNull()) {
        int position = 0;
        // 容缺 materials still owed while the case is undecided; brought in by the decision.
        const bool owing = c.state == CaseState::Accepted || c.state == CaseState::InReview
                || c.state == CaseState::Suspended;
        int deferredLeft = owing ? c.deferred : 0;
        for (const MaterialInfo &m : item.materials) {
            const bool missing = position < c.missing;
            const bool deferred = !missing && m.deferrable && deferredLeft > 0;
            if (deferred)
                --deferredLeft;
            const bool wasMissing = c.supplemented && position < c.notified;
            const Bytes status = missing ? Bytes("missing")
                    : deferred           ? Bytes("deferred")
                                         : Bytes("received");
            m_insertMaterial.text(c.id)
                    .integer(position)
                    .text(m.name)
                    .text(m.form)
                    .integer(m.copies)
                    .text(m.requirement)
                    .text(status)
                    .integer(missing || deferred ? 0 : m.copies)
                    .textOrNull(deferred || missing ? day(c.supplyBy) : Bytes())
                    .textOrNull(missing || deferred
                                        ? std::nullopt
                                        : std::optional<MomentText>(m_texts.stamp(
                                                wasMissing ? *c.supplemented : c.received, 0)))
                    .text(Bytes(""));
            if (!m_insertMaterial.run())
                return failure(DemoGenerator::tr("Cannot save the materials."),
                               QString::fromUtf8(sqlite3_errmsg(m_db)));
            ++position;
            ++m_report.materials;
        }
    }

    for (size_t i = 0; i < c.events.size(); ++i) {
        const Event &e = c.events[i];
        const int millis = int(i);
        m_history[e.at.day].push_back({uuidText(m_rng, DayTexts::unixMillis(e.at, millis)), c.id,
                                       e.note, e.at, millis, e.staff, e.event, e.from, e.to});
        ++m_report.history;
    }
    ++m_report.cases;
    ++m_states[CaseLifecycle::stateKey(c.state)];
    writeRating(c);
    writeTask(c);
    return Status::success();
}

// 好差评: about 60% of the matters whose result went out are rated on the day of release, mostly
// 非常满意 and about 1.5% bad. A bad rating is followed up (call back, rectify, feedback on the
// following working days, as far as asOf reaches); the rated staff member appeals about one in
// eight, and the supervisor upholds some and dismisses the rest (recent ones still pending).
void Generator::writeRating(const CaseDraft &c)
{
    if (!m_hasRatings || !c.parentId.isNull() || !c.released || c.events.empty())
        return;
    if (m_extra.bounded(100u) >= 60)
        return;
    const int d = int(m_extra.bounded(10000u));
    const int level = d < 8500 ? 5 : d < 9500 ? 4 : d < 9850 ? 3 : d < 9950 ? 2 : 1;
    Moment at = *c.released;
    at.second = std::min(lastMoment, at.second + extraBetween(30, 600));
    const Event &release = c.events.back();
    const Staff &staff = m_staff[size_t(release.staff)];
    const ItemInfo &item = m_items[size_t(c.item)];
    static const Bytes caseScope("case");
    static const Bytes good[] = {"", "", "", "", "办事效率高", "工作人员很耐心", "一次就办好了"};
    static const Bytes bad[]
            = {"等待时间太长", "材料要求没有一次说清楚", "窗口人员态度不好", "跑了好几趟才办成"};
    const Bytes comment = level <= 2 ? bad[m_extra.bounded(4u)]
            : level == 5             ? good[m_extra.bounded(7u)]
                                     : Bytes("");
    const UuidText id = uuidText(m_extra, DayTexts::unixMillis(at, 0));
    m_insertRating.text(id)
            .text(c.id)
            .text(caseScope)
            .text(c.id)
            .integer(level)
            .text(comment)
            .text(m_texts.stamp(at, 0))
            .text(m_texts.date(at.day))
            .text(m_places[0].code)
            .text(staff.id)
            .text(item.code)
            .text(item.department)
            .text(staff.device);
    m_insertRating.run();
    ++m_report.ratings;
    if (level > 2)
        return;
    // The follow-up: each step on a later working day, while it is not past asOf.
    const auto stepAt = [this](qint64 day) -> std::optional<Moment> {
        if (day == 0 || day > m_asOf)
            return std::nullopt;
        return Moment{day, dayOpens + extraBetween(0, 7 * 3600)};
    };
    const Bytes by = m_supervisor.isEmpty() ? staff.id : m_supervisor;
    const auto callBack = stepAt(m_work.add(at.day, 1));
    const auto rectify = callBack ? stepAt(m_work.add(at.day, 3)) : std::nullopt;
    const auto feedback = rectify ? stepAt(m_work.add(at.day, 4)) : std::nullopt;
    const auto when
            = [this](const std::optional<Moment> &m) { return m ? m_texts.utc(*m, 0) : Bytes(); };
    const auto note = [](const std::optional<Moment> &m, const char *text) {
        return m ? Bytes(text) : Bytes();
    };
    m_insertFollowUp.text(id)
            .text(m_texts.date(at.day))
            .text(m_texts.date(m_work.add(at.day, 5)))
            .textOrNull(note(callBack, "已电话回访申请人，核实情况属实"))
            .textOrNull(when(callBack))
            .textOrNull(callBack ? by : Bytes())
            .textOrNull(note(rectify, "已对窗口人员进行提醒，优化告知流程"))
            .textOrNull(when(rectify))
            .textOrNull(rectify ? by : Bytes())
            .textOrNull(note(feedback, "已向申请人反馈整改情况，申请人表示认可"))
            .textOrNull(when(feedback))
            .textOrNull(feedback ? by : Bytes());
    m_insertFollowUp.run();
    ++m_report.followUps;
    if (m_extra.bounded(8u) != 0 || m_supervisor.isEmpty() || m_supervisor == staff.id)
        return;
    const auto filed = stepAt(m_work.add(at.day, 1));
    if (!filed)
        return;
    const auto decided = stepAt(m_work.add(at.day, 4));
    const bool upheld = m_extra.bounded(10u) < 3;
    static const Bytes pending("pending"), upheldKey("upheld"), dismissed("dismissed");
    m_insertAppeal.text(id)
            .text(!decided         ? pending
                          : upheld ? upheldKey
                                   : dismissed)
            .text(staff.id)
            .text(m_texts.utc(*filed, 0))
            .text(Bytes("申请人所述延误系系统故障所致，非本人原因"))
            .textOrNull(decided ? m_supervisor : Bytes())
            .textOrNull(when(decided))
            .textOrNull(!decided         ? Bytes()
                                : upheld ? Bytes("经核实属系统故障，申诉成立")
                                         : Bytes("经调取录像核实，申诉不成立"));
    m_insertAppeal.run();
    ++m_report.appeals;
}

// 帮办代办: every case the help agent brought in has its task, with the case's times: created and
// claimed at receipt, in progress from acceptance, done when the case closed (returned when it
// was withdrawn). A proxy task (代办) carries the applicant's power of attorney.
void Generator::writeTask(const CaseDraft &c)
{
    if (!m_hasTasks || c.channel != CaseChannel::Agent || !c.parentId.isNull() || m_agentStaff < 0)
        return;
    static const auto key = [](const QString &k) { return k.toUtf8(); };
    const Staff &agent = m_staff[size_t(m_agentStaff)];
    const ItemInfo &item = m_items[size_t(c.item)];
    const ApplicantInfo &a = m_applicants[size_t(c.applicant)];
    const quint32 p = m_extra.bounded(100u);
    const TaskPriority priority = !a.person && p < 10 ? TaskPriority::KeyProject
            : p < 72                                  ? TaskPriority::Normal
            : p < 90                                  ? TaskPriority::Elderly
                                                      : TaskPriority::Disabled;
    const TaskKind kind = m_extra.bounded(100u) < 55 ? TaskKind::Proxy : TaskKind::Help;
    const bool closed = c.closed.has_value();
    const bool withdrawn = c.state == CaseState::Withdrawn;
    const TaskStatus status = !closed ? (c.accepted ? TaskStatus::InProgress : TaskStatus::Claimed)
            : withdrawn               ? TaskStatus::Returned
                                      : TaskStatus::Done;
    const int phase = closed ? 2 : 1;
    const int workingDays = TaskRules::defaultWorkingDays(kind, priority);
    const qint64 dueDay = m_work.add(c.received.day, workingDays);

    struct Line
    {
        TaskEvent event;
        TaskStatus from, to;
        Moment at;
        Bytes step, note;
    };
    std::vector<Line> lines;
    lines.push_back({TaskEvent::Create, TaskStatus::Open, TaskStatus::Open, c.received, {}, {}});
    Moment claimed = c.received;
    claimed.second = std::min(lastMoment, claimed.second + 1);
    lines.push_back({TaskEvent::Claim, TaskStatus::Open, TaskStatus::Claimed, claimed, {}, {}});
    if (c.accepted) {
        lines.push_back({TaskEvent::Progress, TaskStatus::Claimed, TaskStatus::InProgress,
                         std::max(*c.accepted, claimed), key(TaskRules::stepKey(TaskStep::Handle)),
                         Bytes("材料已递交部门")});
    }
    if (closed) {
        const TaskStatus from = lines.back().to;
        lines.push_back({withdrawn ? TaskEvent::Return : TaskEvent::Complete, from, status,
                         std::max(*c.closed, lines.back().at),
                         withdrawn ? Bytes() : key(TaskRules::stepKey(TaskStep::Deliver)),
                         withdrawn ? Bytes("申请人撤回委托") : Bytes("已办结并送达")});
    }
    const Bytes id = uuidFrom(m_extra, DayTexts::unixMillis(c.received, 0));
    const bool proxy = kind == TaskKind::Proxy;
    const Bytes empty("");
    m_insertTask.text(id)
            .text(key(TaskRules::kindKey(kind)))
            .text(key(TaskRules::originKey(TaskOrigin::Intake)))
            .text(item.name)
            .text(c.id)
            .text(c.number)
            .text(a.id)
            .text(a.name)
            .text(c.agentName.isEmpty() ? a.name : c.agentName)
            .text(a.phone)
            .text(m_places[0].code)
            .text(item.department)
            .text(key(TaskRules::priorityKey(priority)))
            .integer(TaskRules::priorityRank(priority))
            .text(key(TaskRules::statusKey(status)))
            .integer(phase)
            .text(agent.id)
            .text(m_agentName)
            .integer(workingDays)
            .text(m_texts.date(dueDay ? dueDay : c.received.day))
            .text(lines.back().step)
            .text(closed ? lines.back().note : empty)
            .text(proxy ? a.name : empty)
            .text(proxy ? a.idNumber : empty)
            .text(proxy ? m_agentName : empty)
            .text(proxy ? Bytes("代为办理申请、补正与领取") : empty)
            .text(proxy ? QDate::fromJulianDay(c.received.day + 90).toString(Qt::ISODate).toLatin1()
                        : empty)
            .text(agent.id)
            .text(m_texts.utc(c.received, 0))
            .textOrNull(closed ? m_texts.utc(lines.back().at, 0) : Bytes())
            .integer(qint64(lines.size()))
            .text(m_texts.utc(lines.back().at, 0));
    m_insertTask.run();
    ++m_report.tasks;
    for (size_t i = 0; i < lines.size(); ++i) {
        const Line &l = lines[i];
        const bool created = l.event == TaskEvent::Create;
        m_insertTaskLog.text(uuidText(m_extra, DayTexts::unixMillis(l.at, int(i))))
                .text(id)
                .text(key(TaskRules::eventKey(l.event)))
                .text(key(TaskRules::statusKey(l.from)))
                .text(key(TaskRules::statusKey(l.to)))
                .text(l.step.isNull() ? empty : l.step)
                .text(l.note.isNull() ? empty : l.note)
                .text(created || l.event == TaskEvent::Claim ? empty : agent.id)
                .text(created ? empty : agent.id)
                .text(agent.id)
                .text(m_places[0].code)
                .text(agent.device)
                .text(m_texts.stamp(l.at, int(i)))
                .text(m_texts.date(l.at.day));
        m_insertTaskLog.run();
        ++m_report.taskLog;
    }
}

Result<DemoReport> Generator::run(Connection &db)
{
    sqlite3 *h = db.handle();
    m_db = h;
    if (db.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN"
                  " ('cases', 'applicants', 'case_materials', 'case_history',"
                  " 'applicant_name_grams')")
        != "5") {
        return Error{QStringLiteral("demo.no_case_tables"),
                     DemoGenerator::tr("This database has no case tables, so there is nowhere to "
                                       "put generated cases."),
                     {}};
    }
    if (db.scalar("SELECT EXISTS (SELECT 1 FROM cases)") != "0") {
        return Error{QStringLiteral("demo.not_empty"),
                     DemoGenerator::tr("This database already holds cases: generate demo data "
                                       "into a new store only."),
                     {}};
    }
    m_hasSeqTable
            = db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'case_number_seq'") == "1";
    m_hasRatings = db.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN"
                             " ('ratings', 'rating_followups', 'rating_appeals')")
            == "3";
    m_hasTasks = db.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN"
                           " ('tasks', 'task_log')")
            == "2";

    // Bulk load: a rollback journal instead of WAL and no sync until the commit, which syncs
    // (the store is durable when the generator returns). The tables come in with their index
    // entries in order (the transfer optimisation), so a small cache does.
    const Bytes journal = db.scalar("PRAGMA journal_mode");
    db.exec("PRAGMA journal_mode = DELETE");
    db.exec("PRAGMA synchronous = OFF");
    db.exec("PRAGMA cache_size = -65536");
    db.exec("PRAGMA foreign_keys = OFF");
    struct IndexSql
    {
        Bytes name, table, sql;
    };
    std::vector<IndexSql> indexes;
    std::vector<std::pair<Bytes, Bytes>> triggers; // name, sql
    {
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(h,
                           "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN"
                           " ('index', 'trigger') AND sql IS NOT NULL AND tbl_name IN"
                           " ('applicants', 'applicant_name_grams', 'cases', 'case_materials',"
                           " 'case_history', 'ratings', 'rating_followups', 'rating_appeals',"
                           " 'tasks', 'task_log') ORDER BY tbl_name, name",
                           -1, &s, nullptr);
        const auto column = [&s](int i) {
            return Bytes(reinterpret_cast<const char *>(sqlite3_column_text(s, i)));
        };
        while (sqlite3_step(s) == SQLITE_ROW) {
            if (column(0) == "index")
                indexes.push_back({column(1), column(2), column(3)});
            else
                triggers.emplace_back(column(1), column(3));
        }
        sqlite3_finalize(s);
    }
    const auto restore = [&db, &journal] {
        db.exec("PRAGMA synchronous = FULL");
        db.exec(Bytes("PRAGMA journal_mode = ") + (journal.isEmpty() ? Bytes("WAL") : journal));
    };
    // Until the tables are moved in, nothing is written to the store: a failure leaves it as it
    // was (abort removes the tables' files).
    const auto abort = [&db, &restore](const Error &error) {
        if (!sqlite3_get_autocommit(db.handle()))
            db.exec("ROLLBACK");
        restore();
        return error;
    };
    if (Status s = makeDirectory(); !s)
        return abort(s.error());
    // Each table on its own thread into its own file, in a private folder beside the store.
    const QString storePath = QString::fromUtf8(sqlite3_db_filename(h, "main"));
    m_tempDir = std::make_unique<QTemporaryDir>(storePath + QStringLiteral("-gen-XXXXXX"));
    if (!m_tempDir->isValid())
        return abort(failure(DemoGenerator::tr("Cannot create a temporary folder beside %1: check "
                                               "that its folder is writable and has room.")
                                     .arg(storePath),
                             m_tempDir->errorString()));
    const auto allSinks = [this] {
        return std::array<TableSink *, 10>{&m_insertHistory,   &m_insertCase,    &m_insertMaterial,
                                           &m_insertApplicant, &m_insertGram,    &m_insertRating,
                                           &m_insertTask,      &m_insertTaskLog, &m_insertFollowUp,
                                           &m_insertAppeal};
    };
    const auto startSink = [&](TableSink &sink, const char *table, std::vector<Bytes> statements) {
        Bytes create;
        {
            sqlite3_stmt *s = nullptr;
            sqlite3_prepare_v2(h, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                               -1, &s, nullptr);
            sqlite3_bind_text(s, 1, table, -1, SQLITE_STATIC);
            if (sqlite3_step(s) == SQLITE_ROW)
                create = Bytes(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
            sqlite3_finalize(s);
        }
        // The indexes are built after the last row: sorting the keys once costs less than
        // keeping the indexes up to date row by row, even those whose keys come in ascending
        // order (measured on the cases of 200,000: 5.5 s against 6.1 s of CPU).
        std::vector<Bytes> tableIndexes;
        for (const IndexSql &index : indexes) {
            if (index.table == table)
                tableIndexes.push_back(index.sql);
        }
        if (create.isEmpty()
            || !sink.create(m_tempDir->filePath(QLatin1String(table) + QStringLiteral(".sqlite")),
                            table, create))
            return false;
        // Attached now, while the file is not locked (its writer holds it until it is
        // complete); read in the store's transaction once it is.
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(h, "ATTACH ? AS ?", -1, &s, nullptr);
        const Bytes file = QFile::encodeName(sink.path());
        const Bytes name = Bytes("gen_") + table;
        sqlite3_bind_text(s, 1, file.constData(), int(file.size()), SQLITE_STATIC);
        sqlite3_bind_text(s, 2, name.constData(), int(name.size()), SQLITE_STATIC);
        const int rc = sqlite3_step(s);
        sqlite3_finalize(s);
        return rc == SQLITE_DONE
                && sink.begin(std::move(statements), std::move(tableIndexes), &m_gate);
    };
    const auto detachAll = [&db, &allSinks] {
        for (TableSink *sink : allSinks()) {
            if (sink->isUsed())
                db.exec(Bytes("DETACH gen_") + sink->table());
        }
    };
    // A failed run: the threads stopped first (one of them may be writing on the store's
    // connection), then nothing of it kept.
    const auto abortAll = [&](const Error &error) {
        m_gramsFailed = true;
        if (m_gramsThread.joinable())
            m_gramsThread.join();
        for (TableSink *sink : allSinks())
            sink->abandon();
        if (!sqlite3_get_autocommit(h))
            db.exec("ROLLBACK");
        detachAll();
        m_tempDir.reset();
        return abort(error);
    };
    if (!startSink(m_insertApplicant, "applicants",
                   {"INSERT INTO applicants (rowid, id, kind, name, id_number, id_reversed,"
                    " phone, address, legal_representative, contact_name, updated_at) VALUES"
                    " (?,?,?,?,?,?,?,?,?,?,?)",
                    "UPDATE applicants SET updated_at = ? WHERE rowid = ?"})
        || !startSink(m_insertGram, "applicant_name_grams",
                      {"INSERT OR IGNORE INTO applicant_name_grams (gram, applicant_id) VALUES"
                       " (?,?)"})
        || !startSink(m_insertCase, "cases",
                      {"INSERT INTO cases (id, number, parent_id, item_code, item_name,"
                       " department_code, item_kind, promised_days, township_acceptable,"
                       " applicant_id, applicant_name, applicant_id_number, applicant_phone,"
                       " agent_name, agent_id_number, channel, state, place_code,"
                       " release_place_code, staff_id, received_at, accepted_at,"
                       " notice_deadline, due_date, suspended_at, suspended_working_days,"
                       " decided_at, released_at, closed_at, trips, delivery, reason, version,"
                       " updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
                       "?,?,?,?,?,?,?,?,?)"})
        || !startSink(m_insertMaterial, "case_materials",
                      {"INSERT INTO case_materials (case_id, position, name, form,"
                       " copies_expected, requirement, status, copies_received, supply_by,"
                       " received_at, note) VALUES (?,?,?,?,?,?,?,?,?,?,?)"})
        || (m_hasRatings
            && (!startSink(m_insertRating, "ratings",
                           {"INSERT INTO ratings (id, case_id, scope, visit_id, level, comment,"
                            " rated_at, business_date, place_code, staff_id, item_code,"
                            " department_code, device_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"})
                || !startSink(m_insertFollowUp, "rating_followups",
                              {"INSERT INTO rating_followups (rating_id, opened_on, deadline,"
                               " call_back_note, call_back_at, call_back_by, rectify_note,"
                               " rectify_at, rectify_by, feedback_note, feedback_at,"
                               " feedback_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"})
                || !startSink(m_insertAppeal, "rating_appeals",
                              {"INSERT INTO rating_appeals (rating_id, state, filed_by,"
                               " filed_at, reason, decided_by, decided_at, decision_reason)"
                               " VALUES (?,?,?,?,?,?,?,?)"})))
        || (m_hasTasks
            && (!startSink(m_insertTask, "tasks",
                           {"INSERT INTO tasks (id, kind, origin, title, case_id, case_number,"
                            " applicant_id, applicant_name, requester_name, requester_phone,"
                            " place_code, department_code, priority, priority_rank, status,"
                            " phase, owner_id, owner_name, claim_provisional, working_days,"
                            " due_date, last_step, outcome, attorney_grantor,"
                            " attorney_grantor_id, attorney_grantee, attorney_scope,"
                            " attorney_valid_until, created_by, created_at, closed_at, version,"
                            " updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?,?,?,"
                            "?,?,?,?,?,?,?,?,?,?)"})
                || !startSink(m_insertTaskLog, "task_log",
                              {"INSERT INTO task_log (id, task_id, event, from_status,"
                               " to_status, step, note, owner_before, owner_after, user_id,"
                               " place_code, device_id, at_utc, business_date) VALUES"
                               " (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"})))) {
        QString detail = db.lastError();
        for (TableSink *sink : allSinks()) {
            if (!sink->error().isEmpty())
                detail = sink->error();
        }
        return abortAll(failure(DemoGenerator::tr("The store's case tables do not have the "
                                                  "columns this program writes."),
                                detail));
    }
    // The biggest table, the history, goes straight into the store: its rows in the order of
    // their ids (appended to the table and its key), its other index dropped and built again
    // after the last row. From here on, one transaction on the store: a failure rolls it all
    // back. The transfer optimisation does not apply to a table with triggers: the statistics
    // roll-up's (they mark the days a case changes) are dropped until the tables are in, and
    // every day is marked instead.
    // The history's secondary index: built on the store's connection once its rows are in, at
    // the first moment that connection would otherwise wait for a table's file.
    std::vector<Bytes> historyIndexes;
    {
        const auto fail = [&](const QString &message) {
            return abortAll(failure(message, db.lastError()));
        };
        if (!db.exec("BEGIN"))
            return fail(DemoGenerator::tr("Cannot start writing."));
        m_flusher.start(storePath);
        for (const auto &trigger : triggers) {
            if (!db.exec(Bytes("DROP TRIGGER ") + trigger.first))
                return fail(DemoGenerator::tr("Cannot save the demo data."));
        }
        for (const IndexSql &index : indexes) {
            if (index.table != "case_history")
                continue;
            if (!db.exec(Bytes("DROP INDEX ") + index.name))
                return fail(DemoGenerator::tr("Cannot save the demo data."));
            historyIndexes.push_back(index.sql);
        }
        m_insertHistory.borrow(h, "case_history");
        if (!m_insertHistory.begin({"INSERT INTO case_history (id, case_id, event, from_state,"
                                    " to_state, at_utc, business_date, user_id, place_code,"
                                    " device_id, note) VALUES (?,?,?,?,?,?,?,?,?,?,?)"},
                                   {}, &m_gate))
            return abortAll(failure(DemoGenerator::tr("The store's case tables do not have the "
                                                      "columns this program writes."),
                                    m_insertHistory.error()));
    }

    QElapsedTimer phase;
    phase.start();
    double phaseCpu = processCpuSeconds();
    // Each phase's wall clock, and the CPU time of all threads in it ("<phase>_cpu").
    const auto lap = [this, &phase, &phaseCpu](const char *name) {
        const double cpu = processCpuSeconds();
        m_report.phases.insert(QString::fromLatin1(name), double(phase.nsecsElapsed()) / 1e9);
        m_report.phases.insert(QString::fromLatin1(name) + QStringLiteral("_cpu"), cpu - phaseCpu);
        phase.restart();
        phaseCpu = cpu;
    };
    // Days: the working days of the period; each gets an even share of the cases.
    const qint64 firstDay = std::max(m_work.firstDay(), m_asOf - m_options.days + 1);
    const int firstOrdinal = m_work.ordinal(firstDay) + (m_work.isWorking(firstDay) ? 0 : 1);
    const int lastOrdinal = m_work.ordinal(m_asOf);
    const int dayCount = lastOrdinal - firstOrdinal + 1;
    if (dayCount < 1)
        return abortAll(failure(DemoGenerator::tr("The period has no working days.")));
    m_report.from = QDate::fromJulianDay(m_work.byOrdinal(firstOrdinal));
    m_report.asOf = QDate::fromJulianDay(m_asOf);

    const qint64 total = m_options.cases;
    std::vector<std::pair<Moment, int>> arrivals; // moment, place
    QHash<Bytes, int> seqs;                       // place + device -> last seq today
    for (int d = 0; d < dayCount; ++d) {
        const qint64 day = m_work.byOrdinal(firstOrdinal + d);
        const qint64 count = (qint64(d) + 1) * total / dayCount - qint64(d) * total / dayCount;
        arrivals.clear();
        for (qint64 i = 0; i < count; ++i) {
            // 60% at the hall, the rest spread over the township points.
            const int place = m_places.size() > 1 && chance(0.4)
                    ? 1 + int(m_rng.bounded(quint32(m_places.size() - 1)))
                    : 0;
            arrivals.push_back({onWorkingDay(day, dayOpens, dayCloses - 1800), place});
        }
        std::sort(arrivals.begin(), arrivals.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        seqs.clear();
        for (const auto &[moment, place] : arrivals) {
            CaseDraft c;
            c.place = place;
            c.received = moment;
            const PlaceInfo &p = m_places[size_t(place)];
            if (place > 0) {
                c.channel = CaseChannel::Township;
                c.item = m_townshipItemIndex[size_t(m_townshipItems.pick(m_rng))];
                c.receiver = p.counters[m_rng.bounded(quint32(p.counters.size()))];
            } else {
                c.item = m_hallItems.pick(m_rng);
                const int roll = int(m_rng.bounded(100u));
                c.channel = roll < 72 ? CaseChannel::Window
                        : roll < 88   ? CaseChannel::Online
                                      : CaseChannel::Agent;
                c.receiver = c.channel == CaseChannel::Agent
                        ? m_agentStaff
                        : p.counters[m_rng.bounded(quint32(p.counters.size()))];
            }
            // The applicant: new, or one who came before (数据共享).
            if (m_applicants.empty() || chance(0.6)) {
                c.applicant = newApplicant(moment);
            } else {
                c.applicant = int(m_rng.bounded(quint32(m_applicants.size())));
                m_applicantUpdated[size_t(c.applicant)] = DayTexts::unixMillis(moment, 0);
            }
            if (m_applicants[size_t(c.applicant)].person && chance(0.06)) {
                c.agentName = personName();
                c.agentIdNumber = residentId();
            }
            const Staff &receiver = m_staff[size_t(c.receiver)];
            const Bytes dayText = m_texts.date(day);
            const Bytes numberPrefix = receiver.place + '-' + dayText.left(4) + dayText.mid(5, 2)
                    + dayText.mid(8, 2) + '-' + receiver.deviceShort + '-';
            const Bytes seqKey = receiver.place + receiver.deviceShort;
            const auto nextNumber = [&]() -> Bytes {
                const int seq = ++seqs[seqKey];
                return numberPrefix + Bytes::number(seq).rightJustified(4, '0');
            };
            c.id = uuid(DayTexts::unixMillis(moment, 0));
            c.number = nextNumber();
            simulateFront(c);

            // 一件事一次办: the parts, accepted with the parent, decided by their departments,
            // released with it.
            std::vector<CaseDraft> parts;
            const ItemInfo &item = m_items[size_t(c.item)];
            if (!item.parts.empty() && c.state == CaseState::Accepted && c.events.size() == 2
                && c.accepted->day == c.received.day) {
                for (int part : item.parts) {
                    CaseDraft child;
                    child.item = part;
                    child.parentId = c.id;
                    child.applicant = c.applicant;
                    child.place = c.place;
                    child.receiver = c.receiver;
                    child.channel = c.channel;
                    child.agentName = c.agentName;
                    child.agentIdNumber = c.agentIdNumber;
                    child.received = c.received;
                    child.id = uuid(DayTexts::unixMillis(moment, int(parts.size()) + 1));
                    child.number = nextNumber();
                    step(child, CaseEvent::Receive, c.received, c.receiver);
                    if (m_items[size_t(part)].licensing)
                        child.noticeDeadline = m_work.add(
                                c.received.day, CaseLifecycle::noticeDeadlineWorkingDays());
                    step(child, CaseEvent::Accept, c.events.back().at, handlerFor(c));
                    simulateBack(child, std::nullopt, Moment{m_asOf + 1, 0});
                    parts.push_back(std::move(child));
                }
                std::optional<Moment> allDecided = Moment{0, 0};
                for (const CaseDraft &child : parts) {
                    if (!child.decided)
                        allDecided = Moment{m_asOf + 1, 0};
                    else if (*allDecided < *child.decided)
                        allDecided = child.decided;
                }
                simulateBack(c, allDecided, std::nullopt);
                // The parts go out with the parent.
                for (CaseDraft &child : parts) {
                    if (c.released && child.state == CaseState::ReadyForRelease)
                        step(child, c.mail ? CaseEvent::MailRelease : CaseEvent::Release,
                             *c.released, c.events.back().staff);
                }
            } else {
                simulateBack(c, std::nullopt, std::nullopt);
            }
            if (Status s = writeCase(c); !s)
                return abortAll(s.error());
            for (const CaseDraft &child : parts) {
                if (Status s = writeCase(child); !s)
                    return abortAll(s.error());
            }
        }
        // No case received later has a move on this day or before: write its history.
        if (!flushHistory(day) || m_writeFailed)
            return abortAll(
                    failure(DemoGenerator::tr("Cannot save the case history."), db.lastError()));
        for (auto it = seqs.cbegin(); it != seqs.cend(); ++it)
            m_seqRows.push_back({it.key(), day, it.value()});
    }

    if (!flushHistory(std::numeric_limits<qint64>::max()))
        return abortAll(
                failure(DemoGenerator::tr("Cannot save the case history."), db.lastError()));
    lap("rows");
    // No more rows but the applicants' and their name grams': the other tables' files start on
    // their indexes (two sorts at a time, the biggest tables first), and a thread of its own
    // writes those, beside this thread's work on the store (the history's index, the directory,
    // the moves).
    for (TableSink *sink : allSinks()) {
        if (sink != &m_insertApplicant && sink != &m_insertGram)
            sink->close();
    }
    m_gramsThread = std::thread([this] {
        QElapsedTimer wall;
        wall.start();
        timespec t0{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t0);
        // Applicants who came again: their latest intake.
        TableSink &touch = m_insertApplicant;
        for (size_t i = 0; i < m_applicants.size() && !m_gramsFailed; ++i) {
            if (m_applicantUpdated[i] == m_applicantCreated[i])
                continue;
            const qint64 ms = m_applicantUpdated[i];
            const qint64 seconds = ms / 1000 + shanghaiOffsetSeconds;
            const Moment m{seconds / 86400 + unixEpochJulianDay, int(seconds % 86400)};
            touch.statement(1).text(m_texts.stamp(m, int(ms % 1000))).integer(qint64(i) + 1);
            if (!touch.run())
                m_gramsFailed = true;
        }
        m_insertApplicant.close();
        if (!m_gramsFailed && !writeGrams())
            m_gramsFailed = true;
        m_insertGram.close();
        timespec t1{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t1);
        m_gramsSeconds = double(wall.nsecsElapsed()) / 1e9;
        m_gramsCpu = double(t1.tv_sec - t0.tv_sec) + double(t1.tv_nsec - t0.tv_nsec) / 1e9;
    });
    // Each table's file gets its secondary indexes, and each complete file is moved into the
    // store as soon as it is, while the others are still sorting. All in one transaction on the
    // store: the directory, the case numbers, then each table with its indexes as the transfer
    // optimisation copies them.
    const auto abortMove = [&](const QString &message, QString detail = {}) {
        if (detail.isEmpty())
            detail = db.lastError();
        return abortAll(failure(message, detail));
    };
    // The history's last rows: then the store's connection is this thread's again.
    if (!m_insertHistory.finish())
        return abortMove(DemoGenerator::tr("Cannot save the case history."),
                         m_insertHistory.error());
    if (Status s = writeDirectory(db); !s)
        return abortAll(s.error());
    if (m_hasSeqTable) {
        Statement seq;
        if (!seq.prepare(h,
                         "INSERT INTO case_number_seq (place_code, day, device, last) VALUES"
                         " (?,?,?,?) ON CONFLICT(place_code, day, device) DO UPDATE SET"
                         " last = max(last, excluded.last)"))
            return abortMove(DemoGenerator::tr("Cannot save the case numbers."));
        for (const SeqRow &r : m_seqRows) {
            seq.text(r.key.left(r.key.size() - 2))
                    .text(m_texts.date(r.day))
                    .text(r.key.right(2))
                    .integer(r.last);
            if (!seq.run())
                return abortMove(DemoGenerator::tr("Cannot save the case numbers."));
        }
    }
    const auto sinks = allSinks();
    const auto running = std::count_if(sinks.begin(), sinks.end(),
                                       [](const TableSink *sink) { return sink->isRunning(); });
    double moveSeconds = 0, moveCpu = 0, historyIndexCpu = 0;
    // The history's index, with a helper thread for its sort (PRAGMA threads): built while no
    // table's file is complete yet, or else after the last move, when nothing else is left.
    bool historyIndexed = historyIndexes.empty();
    const auto indexHistory = [&] {
        historyIndexed = true;
        timespec t0{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t0);
        db.exec("PRAGMA threads = 1");
        for (const Bytes &sql : historyIndexes) {
            if (!db.exec(sql))
                return false;
        }
        db.exec("PRAGMA threads = 0");
        timespec t1{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t1);
        historyIndexCpu = double(t1.tv_sec - t0.tv_sec) + double(t1.tv_nsec - t0.tv_nsec) / 1e9;
        return true;
    };
    for (std::ptrdiff_t remaining = running; remaining > 0;) {
        TableSink *sink = m_gate.next(historyIndexed);
        if (!sink) {
            if (!indexHistory())
                return abortMove(DemoGenerator::tr("Cannot build the indexes."));
            continue;
        }
        --remaining;
        if (sink == &m_insertHistory)
            continue;
        if (!sink->ok())
            return abortMove(sink->indexFailed() ? DemoGenerator::tr("Cannot build the indexes.")
                                                 : DemoGenerator::tr("Cannot save the demo data."),
                             sink->error());
        m_report.phases.insert(QStringLiteral("table_%1_cpu").arg(QLatin1String(sink->table())),
                               sink->cpuSeconds());
        QElapsedTimer moving;
        moving.start();
        timespec t0{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t0);
        const Bytes table = sink->table();
        // The file's indexes were made after it was attached: read its schema again before
        // the statement is compiled, or it would not see them and copy row by row.
        if (db.scalar(Bytes("SELECT count(*) FROM gen_" + table + ".sqlite_master").constData())
                    .isEmpty()
            || !db.exec(Bytes("INSERT INTO main.") + table + " SELECT * FROM gen_" + table + '.'
                        + table))
            return abortMove(DemoGenerator::tr("Cannot save the demo data."));
        timespec t1{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t1);
        moveSeconds += double(moving.nsecsElapsed()) / 1e9;
        moveCpu += double(t1.tv_sec - t0.tv_sec) + double(t1.tv_nsec - t0.tv_nsec) / 1e9;
    }
    if (!historyIndexed && !indexHistory())
        return abortMove(DemoGenerator::tr("Cannot build the indexes."));
    m_gramsThread.join();
    if (m_gramsFailed)
        return abortMove(DemoGenerator::tr("Cannot save the applicants."));
    // Beside the history's index and the moves: its own wall clock and CPU time.
    m_report.phases.insert(QStringLiteral("grams"), m_gramsSeconds);
    m_report.phases.insert(QStringLiteral("grams_cpu"), m_gramsCpu);
    m_report.phases.insert(QStringLiteral("table_case_history_cpu"),
                           m_insertHistory.cpuSeconds() + historyIndexCpu);
    for (const auto &trigger : triggers) {
        if (!db.exec(trigger.second))
            return abortMove(DemoGenerator::tr("Cannot save the demo data."));
    }
    if (!triggers.empty()
        && db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'stat_dirty_days'") == "1"
        && !db.exec("INSERT INTO stat_dirty_days (day) SELECT 'all' WHERE NOT EXISTS (SELECT 1"
                    " FROM stat_dirty_days WHERE day = 'all')"))
        return abortMove(DemoGenerator::tr("Cannot save the demo data."));
    // Of the phase: the moves themselves (the main thread's share), beside the sorts.
    m_report.phases.insert(QStringLiteral("move_only"), moveSeconds);
    m_report.phases.insert(QStringLiteral("move_only_cpu"), moveCpu);
    lap("indexes_move");
    // The commit syncs the store: it is complete and durable when the generator returns.
    m_flusher.stop();
    db.exec("PRAGMA synchronous = FULL");
    if (!db.exec("COMMIT"))
        return abortMove(DemoGenerator::tr("Cannot save the demo data."));
    detachAll();
    for (TableSink *sink : allSinks())
        sink->finish();
    m_tempDir.reset();
    lap("commit");
    // Statistics for the planner from a sample of each index, not a scan of every row.
    db.exec("PRAGMA analysis_limit = 2000");
    db.exec("ANALYZE");
    lap("analyze");
    restore();
    m_report.applicants = qint64(m_applicants.size());
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it)
        m_report.states.insert(it.key(), it.value());
    return m_report;
}

} // namespace

Result<DemoReport> DemoGenerator::generate(const QString &databasePath, const DemoOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = processCpuSeconds();
    if (options.cases < 0 || options.townships < 0 || options.days < 1)
        return failure(tr("The number of cases, places and days must not be negative."));
    if (!QFileInfo::exists(databasePath))
        return failure(tr("The database %1 does not exist.").arg(databasePath));
    Generator generator(options);
    if (Status s = generator.load(); !s)
        return s.error();
    Connection db;
    if (!db.open(databasePath))
        return failure(tr("Cannot open %1.").arg(databasePath), db.lastError());
    auto report = generator.run(db);
    if (!report)
        return report.error();
    report.value().seconds = double(timer.nsecsElapsed()) / 1e9;
    report.value().cpuSeconds = processCpuSeconds() - cpuStart;
    return report;
}

} // namespace ow
