#pragma once

#include <QDateTime>
#include <QString>

namespace ow {

// A moment as the stores and the protocol write it: UTC, ISO 8601 with milliseconds
// ("2026-11-29T09:15:02.123Z"); "" for an invalid time. The same text as
// t.toUTC().toString(Qt::ISODateWithMs), written without QDateTime's format machinery (which
// went through a printf per field: a seventh of the server's push).
QString isoUtc(const QDateTime &t);

} // namespace ow
