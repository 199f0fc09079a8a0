#include "benchdata.h"

#include "store/database.h"
#include "store/demogenerator.h"
#include "store/storemark.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <unistd.h>

namespace ow::bench {

QString BenchData::folder()
{
    // The runner lives in <build>/bin.
    return QDir(QCoreApplication::applicationDirPath() + QStringLiteral("/../bench-data"))
            .absolutePath();
}

void BenchData::removeCopy(const QString &copy)
{
    QFile::remove(copy);
    QFile::remove(copy + QStringLiteral("-wal"));
    QFile::remove(copy + QStringLiteral("-shm"));
    // An intake in the copy leaves the mark of its last case number (StoreMark). Left behind,
    // it made the next run's fresh copy look restored from a backup (its counter behind the
    // mark): that run's store renumbered itself at open and handed out provisional numbers.
    QFile::remove(StoreMark::pathFor(copy));
}

QString BenchData::sizeLabel(qint64 cases)
{
    if (cases >= 1000000 && cases % 1000000 == 0)
        return QString::number(cases / 1000000) + QStringLiteral("m");
    if (cases >= 1000 && cases % 1000 == 0)
        return QString::number(cases / 1000) + QStringLiteral("k");
    return QString::number(cases);
}

QString BenchData::storeName(qint64 cases, quint32 seed)
{
    return QStringLiteral("client-%1-seed%2-gen%3-schema%4.sqlite")
            .arg(sizeLabel(cases))
            .arg(seed)
            .arg(DemoGenerator::contentVersion)
            .arg(Database::schemaVersion());
}

namespace {

// The stores of this size and seed made by other generator or schema versions (and the older
// names, keyed by size and seed only), with what their runs may have left beside them.
void removeStale(const QString &folder, qint64 cases, quint32 seed, const QString &current)
{
    const QString base
            = QStringLiteral("client-%1-seed%2").arg(BenchData::sizeLabel(cases)).arg(seed);
    const QDir dir(folder);
    const QStringList names = dir.entryList(
            {base + QStringLiteral(".sqlite*"), base + QStringLiteral("-gen*")}, QDir::Files);
    for (const QString &name : names) {
        if (!name.startsWith(current))
            QFile::remove(dir.filePath(name));
    }
}

} // namespace

QString BenchData::clientStore(qint64 cases, quint32 seed, QString *error)
{
    QDir().mkpath(folder());
    const QString name = storeName(cases, seed);
    const QString path = folder() + QLatin1Char('/') + name;
    if (QFile::exists(path))
        return path;
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    QProcess gen;
    gen.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    gen.start(QCoreApplication::applicationFilePath(),
              {QStringLiteral("gen"), QStringLiteral("--cases"), QString::number(cases),
               QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--db"), partial,
               QStringLiteral("--keep")});
    if (!gen.waitForFinished(-1) || gen.exitStatus() != QProcess::NormalExit
        || gen.exitCode() == 2) {
        *error = QStringLiteral("generating %1 cases failed").arg(cases);
        return {};
    }
    if (!QFile::rename(partial, path)) {
        *error = QStringLiteral("cannot move %1 into place").arg(partial);
        return {};
    }
    removeStale(folder(), cases, seed, name);
    return path;
}

QString BenchData::workingCopy(const QString &cached, QString *error)
{
    const QString copy = cached + QStringLiteral(".run");
    removeCopy(copy); // and what an earlier run that did not end left beside it
    if (!QFile::copy(cached, copy)) {
        *error = QStringLiteral("cannot copy %1").arg(cached);
        return {};
    }
    // On disk before the run, as a counter PC's store is: left dirty in the page cache, the
    // copy would be written back while the benchmark runs (a copy under the kernel's background
    // threshold, 10% of memory, waits up to 30 s and then goes out during the measured
    // commits, and with ext4's ordered data a commit's fsync may wait for that write-back).
    QFile file(copy);
    if (!file.open(QIODevice::ReadWrite) || ::fsync(file.handle()) != 0) {
        *error = QStringLiteral("cannot sync %1").arg(copy);
        return {};
    }
    return copy;
}

} // namespace ow::bench
