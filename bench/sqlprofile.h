// A diagnostic for the benchmarks: where the time of a SQLite connection goes, statement by
// statement (sqlite3_trace_v2 with SQLITE_TRACE_PROFILE), while a SqlProfile is alive.

#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace ow::bench {

class SqlProfile
{
public:
    // Starts tracing `db` (a QSQLITE connection); does nothing for any other driver.
    explicit SqlProfile(const QSqlDatabase &db);
    ~SqlProfile();
    SqlProfile(const SqlProfile &) = delete;
    SqlProfile &operator=(const SqlProfile &) = delete;

    // The `top` statements by their total time: "total ms, count, mean µs, per op µs: SQL",
    // `operations` being how many measured operations ran them (for the per-operation column).
    QStringList top(int top, int operations) const;

private:
    struct Cost
    {
        qint64 ns = 0;
        qint64 count = 0;
    };
    static int onTrace(unsigned type, void *context, void *statement, void *elapsed);

    sqlite3 *m_db = nullptr;
    QHash<QString, Cost> m_costs;
};

} // namespace ow::bench
