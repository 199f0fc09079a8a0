#pragma once

#include <QDateTime>
#include <QUuid>

namespace ow {

// Time-ordered UUIDs (RFC 9562 version 7): client-assigned record ids that sort by creation
// time, so an offline device can create records without asking the server.
class UuidV7 final
{
public:
    static QUuid create();
    static QUuid createAt(qint64 unixMillis);
    static QString createString();               // lower case, without braces
    static qint64 unixMillis(const QUuid &uuid); // -1 when not a version 7 UUID
};

} // namespace ow
