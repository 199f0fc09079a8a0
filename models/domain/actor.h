#pragma once

#include <QString>

namespace ow {

// Who acts, where, on which device: recorded with every write.
struct Actor
{
    QString userId;    // users.id
    QString userName;  // login name, for logs
    QString placeCode; // places.code (a hall or a township point)
    QString deviceId;  // this device's id (its short id once enrolled)

    bool isValid() const
    {
        return !userId.isEmpty() && !placeCode.isEmpty() && !deviceId.isEmpty();
    }
};

} // namespace ow
