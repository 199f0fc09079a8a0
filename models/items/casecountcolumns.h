#pragma once

#include "domain/statistics.h"

#include <QVariant>

namespace ow {

// The case-count columns every statistics table shows, side by side in this order: accepted,
// completed (办结), 办结率, 本期受理办结率, 按时办结率, average working days. One definition of
// what each shows, how it sorts and what its header says (StatisticsDefinitions), for the
// dashboard's tables and the county view alike. `column` counts from the first of them.
namespace CaseCountColumns {

constexpr int count = 6;

StatisticsDefinitions::Figure figure(int column);
QVariant display(const CaseCounts &counts, int column);
QVariant sortValue(const CaseCounts &counts, int column);
inline QString header(int column)
{
    return StatisticsDefinitions::name(figure(column));
}
inline QString toolTip(int column)
{
    return StatisticsDefinitions::definition(figure(column));
}

} // namespace CaseCountColumns

} // namespace ow
