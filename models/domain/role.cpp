#include "role.h"

namespace ow {

QString Roles::key(Role role)
{
    switch (role) {
    case Role::Counter:
        return QStringLiteral("counter");
    case Role::Agent:
        return QStringLiteral("agent");
    case Role::Township:
        return QStringLiteral("township");
    case Role::Approver:
        return QStringLiteral("approver");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Auditor:
        return QStringLiteral("auditor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> Roles::fromKey(const QString &key)
{
    for (Role role : all()) {
        if (Roles::key(role) == key)
            return role;
    }
    return std::nullopt;
}

QString Roles::displayName(Role role)
{
    switch (role) {
    case Role::Counter:
        return tr("Counter staff");
    case Role::Agent:
        return tr("Help agent");
    case Role::Township:
        return tr("Township point staff");
    case Role::Approver:
        return tr("Department approver");
    case Role::Supervisor:
        return tr("Supervisor");
    case Role::Auditor:
        return tr("Auditor");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}

QList<Role> Roles::all()
{
    return {Role::Counter,    Role::Agent,   Role::Township, Role::Approver,
            Role::Supervisor, Role::Auditor, Role::Admin};
}

} // namespace ow
