#pragma once

#include "domain/isotime.h"

#include <QDateTime>
#include <QVariant>

namespace ow {

// How the stores keep a moment: UTC, ISO 8601 with milliseconds; an invalid time is "" or NULL.
inline QString iso(const QDateTime &t)
{
    return isoUtc(t);
}

inline QVariant isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(iso(t)) : QVariant();
}

inline QDateTime fromIso(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace ow
