#include "directory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace ow {

namespace {

QString kindKey(Place::Kind kind)
{
    return kind == Place::Kind::Hall ? QStringLiteral("hall") : QStringLiteral("township");
}

} // namespace

bool Place::operator==(const Place &other) const
{
    return code == other.code && name == other.name && kind == other.kind
            && parentCode == other.parentCode && address == other.address && phone == other.phone
            && reviewAuthority == other.reviewAuthority && court == other.court;
}

bool User::operator==(const User &other) const
{
    return id == other.id && username == other.username && displayName == other.displayName
            && role == other.role && placeCode == other.placeCode
            && departmentCode == other.departmentCode && active == other.active;
}

QJsonObject DirectoryJson::toJson(const Directory &directory)
{
    QJsonArray places;
    for (const Place &p : directory.places) {
        QJsonObject o{{QStringLiteral("code"), p.code},
                      {QStringLiteral("name"), p.name},
                      {QStringLiteral("kind"), kindKey(p.kind)},
                      {QStringLiteral("address"), p.address},
                      {QStringLiteral("phone"), p.phone}};
        if (!p.parentCode.isEmpty())
            o.insert(QStringLiteral("parent"), p.parentCode);
        if (!p.reviewAuthority.isEmpty())
            o.insert(QStringLiteral("review_authority"), p.reviewAuthority);
        if (!p.court.isEmpty())
            o.insert(QStringLiteral("court"), p.court);
        places.append(o);
    }
    QJsonArray users;
    for (const User &u : directory.users) {
        QJsonObject o{{QStringLiteral("id"), u.id},
                      {QStringLiteral("username"), u.username},
                      {QStringLiteral("name"), u.displayName},
                      {QStringLiteral("role"), Roles::key(u.role)},
                      {QStringLiteral("place"), u.placeCode},
                      {QStringLiteral("active"), u.active}};
        if (!u.departmentCode.isEmpty())
            o.insert(QStringLiteral("department"), u.departmentCode);
        users.append(o);
    }
    return {{QStringLiteral("places"), places}, {QStringLiteral("users"), users}};
}

bool DirectoryJson::fromJson(const QJsonObject &json, Directory *directory, QString *error)
{
    Directory result;
    QSet<QString> placeCodes;
    const QJsonArray places = json.value(QStringLiteral("places")).toArray();
    for (int i = 0; i < places.size(); ++i) {
        const QJsonObject o = places.at(i).toObject();
        Place p;
        p.code = o.value(QStringLiteral("code")).toString();
        p.name = o.value(QStringLiteral("name")).toString();
        const QString kind = o.value(QStringLiteral("kind")).toString();
        p.parentCode = o.value(QStringLiteral("parent")).toString();
        p.address = o.value(QStringLiteral("address")).toString();
        p.phone = o.value(QStringLiteral("phone")).toString();
        p.reviewAuthority = o.value(QStringLiteral("review_authority")).toString();
        p.court = o.value(QStringLiteral("court")).toString();
        if (p.code.isEmpty() || p.name.isEmpty()) {
            *error = tr("Place %1: the code and the name are required.").arg(i + 1);
            return false;
        }
        if (kind != QLatin1String("hall") && kind != QLatin1String("township")) {
            *error = tr("Place %1: unknown kind \"%2\" (hall or township).").arg(p.code, kind);
            return false;
        }
        p.kind = kind == QLatin1String("hall") ? Place::Kind::Hall : Place::Kind::Township;
        if (p.kind == Place::Kind::Township && !placeCodes.contains(p.parentCode)) {
            *error = tr("Place %1: its hall %2 must be listed before it.")
                             .arg(p.code, p.parentCode);
            return false;
        }
        if (placeCodes.contains(p.code)) {
            *error = tr("Place %1 is listed twice.").arg(p.code);
            return false;
        }
        placeCodes.insert(p.code);
        result.places.append(p);
    }
    QSet<QString> usernames;
    const QJsonArray users = json.value(QStringLiteral("users")).toArray();
    for (int i = 0; i < users.size(); ++i) {
        const QJsonObject o = users.at(i).toObject();
        User u;
        u.id = o.value(QStringLiteral("id")).toString();
        u.username = o.value(QStringLiteral("username")).toString();
        u.displayName = o.value(QStringLiteral("name")).toString();
        u.placeCode = o.value(QStringLiteral("place")).toString();
        u.departmentCode = o.value(QStringLiteral("department")).toString();
        u.active = o.value(QStringLiteral("active")).toBool(true);
        const auto role = Roles::fromKey(o.value(QStringLiteral("role")).toString());
        if (u.id.isEmpty() || u.username.isEmpty() || u.displayName.isEmpty()) {
            *error = tr("User %1: the id, the user name and the name are required.").arg(i + 1);
            return false;
        }
        if (!role) {
            *error = tr("User %1: unknown role \"%2\".")
                             .arg(u.username, o.value(QStringLiteral("role")).toString());
            return false;
        }
        u.role = *role;
        if (!placeCodes.contains(u.placeCode)) {
            *error = tr("User %1: unknown place %2.").arg(u.username, u.placeCode);
            return false;
        }
        if (usernames.contains(u.username)) {
            *error = tr("User %1 is listed twice.").arg(u.username);
            return false;
        }
        usernames.insert(u.username);
        result.users.append(u);
    }
    *directory = result;
    return true;
}

Directory DirectoryJson::demo()
{
    QFile file(QStringLiteral(":/data/demo/directory.json"));
    Directory directory;
    QString error;
    // The file is part of the program; a broken one is a build error caught by the tests.
    if (file.open(QIODevice::ReadOnly))
        fromJson(QJsonDocument::fromJson(file.readAll()).object(), &directory, &error);
    return directory;
}

} // namespace ow
