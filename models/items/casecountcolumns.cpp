#include "casecountcolumns.h"

namespace ow::CaseCountColumns {

using Figure = StatisticsDefinitions::Figure;

Figure figure(int column)
{
    static const Figure figures[count] = {Figure::Accepted,       Figure::Completed,
                                          Figure::CompletionRate, Figure::CohortCompletionRate,
                                          Figure::OnTimeRate,     Figure::AverageWorkingDays};
    Q_ASSERT(column >= 0 && column < count);
    return figures[column];
}

QVariant display(const CaseCounts &c, int column)
{
    switch (figure(column)) {
    case Figure::Accepted:
        return c.accepted;
    case Figure::Completed:
        return c.completed;
    case Figure::CompletionRate:
        return c.completionRate().text();
    case Figure::CohortCompletionRate:
        return c.cohortCompletionRate().text();
    case Figure::OnTimeRate:
        return c.onTimeRate().text();
    case Figure::AverageWorkingDays:
        return StatisticsDefinitions::averageText(c.averageWorkingDays());
    default:
        return {};
    }
}

QVariant sortValue(const CaseCounts &c, int column)
{
    switch (figure(column)) {
    case Figure::Accepted:
        return c.accepted;
    case Figure::Completed:
        return c.completed;
    case Figure::CompletionRate:
        return c.completionRate().basisPoints();
    case Figure::CohortCompletionRate:
        return c.cohortCompletionRate().basisPoints();
    case Figure::OnTimeRate:
        return c.onTimeRate().basisPoints();
    case Figure::AverageWorkingDays:
        return c.averageWorkingDays();
    default:
        return {};
    }
}

} // namespace ow::CaseCountColumns
