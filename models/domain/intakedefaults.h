#pragma once

#include "caselifecycle.h"
#include "role.h"
#include "workcalendar.h"

#include <QDate>

namespace ow {

// What an intake starts with before the clerk changes it.
class IntakeDefaults final
{
public:
    // 容缺 materials are promised by default this many working days after the intake.
    static constexpr int deferralWorkingDays = 10;

    // The channel a clerk receives through: a township point's own, a help agent's 代办,
    // otherwise the hall window.
    static CaseChannel channelFor(Role role);
    // The promised date a deferred material starts with; an invalid date when the calendar
    // does not reach that far (the clerk then types one).
    static QDate supplyBy(const WorkCalendar &calendar, const QDate &today);
};

} // namespace ow
