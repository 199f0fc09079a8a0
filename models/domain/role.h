#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ow {

// The roles staff work in (DESIGN.md, "Server"); the permission matrix comes with security.
enum class Role {
    Counter,    // 窗口: integrated-window staff at a hall
    Agent,      // 帮办员/代办员
    Township,   // 乡镇便民服务中心
    Approver,   // 后台审批, for one department
    Supervisor, // 管理
    Auditor,    // 审计
    Admin,      // 系统管理
};

class Roles final
{
    Q_DECLARE_TR_FUNCTIONS(Roles)
public:
    static QString key(Role role); // stable, for storage and the wire: "counter", ...
    static std::optional<Role> fromKey(const QString &key);
    static QString displayName(Role role); // translated
    static QList<Role> all();
};

} // namespace ow
