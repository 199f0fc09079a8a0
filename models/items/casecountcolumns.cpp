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

namespace {

// A column's cell: the text shown and the value it sorts by (rates by their exact basis
// points, not their text).
struct Cell
{
    QVariant display;
    QVariant sort;
};

Cell cell(const CaseCounts &c, int column)
{
    switch (figure(column)) {
    case Figure::Accepted:
        return {c.accepted, c.accepted};
    case Figure::Completed:
        return {c.completed, c.completed};
    case Figure::CompletionRate:
        return {c.completionRate().text(), c.completionRate().basisPoints()};
    case Figure::CohortCompletionRate:
        return {c.cohortCompletionRate().text(), c.cohortCompletionRate().basisPoints()};
    case Figure::OnTimeRate:
        return {c.onTimeRate().text(), c.onTimeRate().basisPoints()};
    case Figure::AverageWorkingDays:
        return {StatisticsDefinitions::averageText(c.averageWorkingDays()), c.averageWorkingDays()};
    default:
        return {};
    }
}

} // namespace

QVariant display(const CaseCounts &c, int column)
{
    return cell(c, column).display;
}

QVariant sortValue(const CaseCounts &c, int column)
{
    return cell(c, column).sort;
}

} // namespace ow::CaseCountColumns
