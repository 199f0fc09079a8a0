#include "sqlprofile.h"

#include "store/rawstatement.h"

#include <algorithm>
#include <sqlite3.h>

namespace ow::bench {

SqlProfile::SqlProfile(const QSqlDatabase &db)
    : m_db(sqliteHandle(db))
{
    if (m_db)
        sqlite3_trace_v2(m_db, SQLITE_TRACE_PROFILE, &SqlProfile::onTrace, this);
}

SqlProfile::~SqlProfile()
{
    if (m_db)
        sqlite3_trace_v2(m_db, 0, nullptr, nullptr);
}

int SqlProfile::onTrace(unsigned type, void *context, void *statement, void *elapsed)
{
    if (type != SQLITE_TRACE_PROFILE)
        return 0;
    auto *self = static_cast<SqlProfile *>(context);
    const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(statement));
    Cost &cost = self->m_costs[QString::fromUtf8(sql ? sql : "?").simplified()];
    cost.ns += *static_cast<const sqlite3_int64 *>(elapsed);
    ++cost.count;
    return 0;
}

QStringList SqlProfile::top(int top, int operations) const
{
    QList<QPair<QString, Cost>> costs;
    for (auto it = m_costs.cbegin(); it != m_costs.cend(); ++it)
        costs.append({it.key(), it.value()});
    std::sort(costs.begin(), costs.end(),
              [](const auto &a, const auto &b) { return a.second.ns > b.second.ns; });
    QStringList lines;
    for (int i = 0; i < std::min(top, int(costs.size())); ++i) {
        const Cost &c = costs[i].second;
        lines << QStringLiteral("%1 ms, %2x, %3 µs each, %4 µs per op: %5")
                         .arg(c.ns / 1e6, 0, 'f', 1)
                         .arg(c.count)
                         .arg(c.ns / 1e3 / double(std::max<qint64>(1, c.count)), 0, 'f', 1)
                         .arg(c.ns / 1e3 / double(std::max(1, operations)), 0, 'f', 1)
                         .arg(costs[i].first.left(160));
    }
    return lines;
}

} // namespace ow::bench
