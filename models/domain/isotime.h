#pragma once

#include <QDateTime>
#include <QString>

namespace ow {

// A moment as the stores and the protocol write it: UTC, ISO 8601 with milliseconds
// ("2026-11-29T09:15:02.123Z"); "" for an invalid time. The same text as
// t.toUTC().toString(Qt::ISODateWithMs), written without QDateTime's format machinery (which
// went through a printf per field: a seventh of the server's push).
QString isoUtc(const QDateTime &t);

// The inverse for exactly that form (the form the stores and the sync protocol write), without
// QDateTime's parser (a pulled case has a dozen times): false for anything else, which the
// caller then hands to QDateTime's parser.
bool parseIsoUtc(const QString &text, qint64 *msecs);

} // namespace ow
