#pragma once

#include "domain/actor.h"

namespace ow {

// The actor of what the server does on an operator's command (init, imports): the audit log
// names user "system" on device "server".
inline Actor systemActor()
{
    return {QStringLiteral("system"), QStringLiteral("system"), QStringLiteral("server"),
            QStringLiteral("server")};
}

} // namespace ow
