#pragma once

#include "role.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ow {

// A county hall (政务服务中心) or a township point (便民服务中心). Codes follow GB/T 2260,
// extended to 9 digits for townships.
struct Place
{
    enum class Kind { Hall, Township };
    QString code;
    QString name;
    Kind kind = Kind::Hall;
    QString parentCode; // a township's hall
    QString address;
    QString phone;
    // Where an applicant turns against a decision made here (printed on refusals): the
    // administrative reconsideration authority (复议机关) and the court (管辖法院). A township
    // point leaves them empty: its hall's apply.
    QString reviewAuthority;
    QString court;

    bool operator==(const Place &other) const;
};

struct User
{
    QString id;
    QString username;
    QString displayName;
    Role role = Role::Counter;
    QString placeCode;
    QString departmentCode; // approvers: the department they decide for
    bool active = true;

    bool operator==(const User &other) const;
};

// Places and users as one document (demo data, and later what the server sends).
struct Directory
{
    QList<Place> places;
    QList<User> users;
};

class DirectoryJson final
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryJson)
public:
    static QJsonObject toJson(const Directory &directory);
    // Validates every field; on error returns false and a message naming the entry.
    static bool fromJson(const QJsonObject &json, Directory *directory, QString *error);
    // The demo county hall, its two township points and one user per role (resources/demo/).
    static Directory demo();
};

} // namespace ow
