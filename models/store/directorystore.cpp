#include "directorystore.h"

#include "auditlog.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace ow {

namespace {

template<typename Query>
Place placeFrom(const Query &q)
{
    Place p;
    p.code = q.value(0).toString();
    p.name = q.value(1).toString();
    p.kind = q.value(2).toString() == QLatin1String("hall") ? Place::Kind::Hall
                                                            : Place::Kind::Township;
    p.parentCode = q.value(3).toString();
    p.address = q.value(4).toString();
    p.phone = q.value(5).toString();
    p.reviewAuthority = q.value(6).toString();
    p.court = q.value(7).toString();
    return p;
}

template<typename Query>
User userFrom(const Query &q)
{
    User u;
    u.id = q.value(0).toString();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = Roles::fromKey(q.value(3).toString()).value_or(Role::Counter);
    u.placeCode = q.value(4).toString();
    u.departmentCode = q.value(5).toString();
    u.active = q.value(6).toBool();
    return u;
}

const QString placeColumns
        = QStringLiteral("code, name, kind, parent_code, address, phone, review_authority, court");
const QString userColumns
        = QStringLiteral("id, username, display_name, role, place_code, department_code, active");

} // namespace

DirectoryStore::DirectoryStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

Status DirectoryStore::merge(const Directory &directory, const Actor &actor)
{
    QSqlDatabase db = m_database->connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (Status s = mergeWithin(db, directory, actor); !s)
        return s;
    return transaction.commit();
}

Status DirectoryStore::mergeWithin(const QSqlDatabase &db, const Directory &directory,
                                   const Actor &actor)
{
    QSqlQuery place(db);
    place.prepare(QStringLiteral(
            "INSERT INTO places (code, name, kind, parent_code, address, phone,"
            " review_authority, court) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(code) DO UPDATE"
            " SET name = excluded.name, kind = excluded.kind, parent_code = excluded.parent_code,"
            " address = excluded.address, phone = excluded.phone,"
            " review_authority = excluded.review_authority, court = excluded.court"));
    for (const Place &p : directory.places) {
        place.addBindValue(p.code);
        place.addBindValue(p.name);
        place.addBindValue(p.kind == Place::Kind::Hall ? QStringLiteral("hall")
                                                       : QStringLiteral("township"));
        place.addBindValue(p.parentCode.isEmpty() ? QVariant() : QVariant(p.parentCode));
        place.addBindValue(p.address);
        place.addBindValue(p.phone);
        place.addBindValue(sqlText(p.reviewAuthority));
        place.addBindValue(sqlText(p.court));
        if (!place.exec())
            return sqlError(tr("save the places"), place.lastError().text());
    }
    QSqlQuery user(db);
    user.prepare(QStringLiteral(
            "INSERT INTO users (id, username, display_name, role, place_code, department_code,"
            " active) VALUES (?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
            " username = excluded.username, display_name = excluded.display_name,"
            " role = excluded.role, place_code = excluded.place_code,"
            " department_code = excluded.department_code, active = excluded.active"));
    for (const User &u : directory.users) {
        user.addBindValue(u.id);
        user.addBindValue(u.username);
        user.addBindValue(u.displayName);
        user.addBindValue(Roles::key(u.role));
        user.addBindValue(u.placeCode);
        user.addBindValue(u.departmentCode.isEmpty() ? QVariant() : QVariant(u.departmentCode));
        user.addBindValue(u.active ? 1 : 0);
        if (!user.exec())
            return sqlError(tr("save the users"), user.lastError().text());
    }
    const QJsonObject detail{{QStringLiteral("places"), int(directory.places.size())},
                             {QStringLiteral("users"), int(directory.users.size())}};
    if (Status s = AuditLog::record(db, actor, QStringLiteral("directory.merge"),
                                    QStringLiteral("directory"), QString(), detail);
        !s) {
        return s;
    }
    return Status::success();
}

Directory DirectoryStore::load() const
{
    Directory directory;
    QSqlQuery q(m_database->connection());
    if (q.exec(QStringLiteral("SELECT ") + placeColumns
               + QStringLiteral(" FROM places ORDER BY kind, code"))) {
        while (q.next())
            directory.places.append(placeFrom(q));
    }
    if (q.exec(QStringLiteral("SELECT ") + userColumns
               + QStringLiteral(" FROM users ORDER BY username"))) {
        while (q.next())
            directory.users.append(userFrom(q));
    }
    return directory;
}

std::optional<Place> DirectoryStore::place(const QString &code) const
{
    static const QString sql = QStringLiteral("SELECT ") + placeColumns
            + QStringLiteral(" FROM places WHERE code = ?");
    PreparedQuery q(m_database->connection(), sql);
    q->addBindValue(code);
    if (q->exec() && q->next())
        return placeFrom(*q);
    return std::nullopt;
}

std::optional<User> DirectoryStore::user(const QString &id) const
{
    static const QString sql
            = QStringLiteral("SELECT ") + userColumns + QStringLiteral(" FROM users WHERE id = ?");
    PreparedQuery q(m_database->connection(), sql);
    q->addBindValue(id);
    if (q->exec() && q->next())
        return userFrom(*q);
    return std::nullopt;
}

std::optional<User> DirectoryStore::userByName(const QString &username) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT ") + userColumns
              + QStringLiteral(" FROM users WHERE username = ?"));
    q.addBindValue(username);
    if (q.exec() && q.next())
        return userFrom(q);
    return std::nullopt;
}

bool DirectoryStore::isEmpty() const
{
    QSqlQuery q(m_database->connection());
    return !(q.exec(QStringLiteral("SELECT 1 FROM places LIMIT 1")) && q.next());
}

} // namespace ow
