#pragma once

#include "domain/result.h"
#include "domain/statistics.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace ow {

// The monthly report (月度统计报告) as a PDF on A4: the period's figures, the accepted and
// completed series and the five rating levels as charts, and the tables per item, department,
// place and staff member, in the user's language (Chinese in the halls), the text embedded as
// text. Every value comes from DashboardFigures through the definitions' own formatting, so the
// report says what the dashboard says.
class StatisticsReport final
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsReport)
public:
    // `placeName`: what the place filter chose ("All places", a hall, a township point).
    // `practice`: the device is in practice mode; every page carries PracticeMark.
    static Status writePdf(const DashboardFigures &figures, const QString &placeName,
                           const QString &path, bool practice = false);
    // Paints the report on `device` from its current page on; the number of pages, 0 when the
    // device cannot be painted on.
    static int render(const DashboardFigures &figures, const QString &placeName,
                      QPagedPaintDevice *device, bool practice = false);
    // "Statistics report, June 2026" for a calendar month, else with the two dates.
    static QString title(const StatisticsPeriod &period);
    // Rows of each table in the report (the largest by accepted cases).
    static constexpr int maxTableRows = 15;
};

} // namespace ow
