#pragma once

#include "domain/countycases.h"
#include "domain/result.h"
#include "domain/statistics.h"

#include <QCoreApplication>
#include <QDate>

#include <memory>

namespace ow {

class Database;

// One place's cases behind a figure of the county view (GET /stats/v1/cases): accepted or
// completed in the period (the roll-up's definitions: StatisticsQuery's raw SQL, and the total
// is the roll-up's own count), overdue or near due today (StatisticsQuery::countDueByPlace's
// rule, DueStatus). A page at a time, in the order of the moment counted (then the case id);
// ID numbers and phones masked as in the case lists (CaseListModel::maskedIdNumber,
// PhoneNumber::mask).
class CountyCaseList final
{
    Q_DECLARE_TR_FUNCTIONS(CountyCaseList)
public:
    static Result<CountyCasePage> page(const std::shared_ptr<Database> &database,
                                       const QString &placeCode, const QString &figure,
                                       const StatisticsPeriod &period, int offset, int limit,
                                       QDate today);
};

} // namespace ow
