#include "benchregistry.h"

#include <QCoreApplication>
#include <QTextStream>

namespace ow::bench {

QMap<QString, BenchEntry> &registry()
{
    static QMap<QString, BenchEntry> entries;
    return entries;
}

bool registerBench(const QString &name, const QString &description, BenchFunction run)
{
    registry().insert(name, {description, std::move(run)});
    return true;
}

} // namespace ow::bench

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("onewindow-bench"));
    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream err(stderr);
    const auto &entries = ow::bench::registry();
    if (args.isEmpty() || args.first() == QLatin1String("--help")
        || !entries.contains(args.first())) {
        if (!args.isEmpty() && args.first() != QLatin1String("--help"))
            err << "unknown benchmark: " << args.first() << "\n\n";
        err << "usage: onewindow-bench NAME [options]   (NAME --help for its options)\n\n";
        for (auto it = entries.begin(); it != entries.end(); ++it)
            err << "  " << it.key().leftJustified(14) << it->description << '\n';
        return args.isEmpty() || args.first() == QLatin1String("--help") ? 0 : 2;
    }
    const QString name = args.takeFirst();
    return entries.value(name).run(args);
}
