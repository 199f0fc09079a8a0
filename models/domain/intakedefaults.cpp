#include "intakedefaults.h"

namespace ow {

CaseChannel IntakeDefaults::channelFor(Role role)
{
    switch (role) {
    case Role::Township:
        return CaseChannel::Township;
    case Role::Agent:
        return CaseChannel::Agent;
    default:
        return CaseChannel::Window;
    }
}

QDate IntakeDefaults::supplyBy(const WorkCalendar &calendar, const QDate &today)
{
    const auto date = calendar.addWorkingDays(today, deferralWorkingDays);
    return date ? date.value() : QDate();
}

} // namespace ow
