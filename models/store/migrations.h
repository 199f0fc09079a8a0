#pragma once

#include <QStringList>

namespace ow {

// The local store's schema, one entry per version: migration i (0-based) takes a database from
// version i to version i + 1. Never edit a released entry; append a new one.
const QList<QStringList> &localMigrations();

} // namespace ow
