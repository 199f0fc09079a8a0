#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace ow::bench {

// Each benchmark registers itself by name; `onewindow-bench NAME [options]` runs it.
// A benchmark returns 0 when its figures meet their targets, 1 when one missed, 2 on error.
using BenchFunction = std::function<int(const QStringList &arguments)>;

struct BenchEntry
{
    QString description;
    BenchFunction run;
};

QMap<QString, BenchEntry> &registry();
bool registerBench(const QString &name, const QString &description, BenchFunction run);

} // namespace ow::bench
