#include "benchdata.h"

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

QString BenchData::clientStore(qint64 cases, quint32 seed, QString *error)
{
    QDir().mkpath(folder());
    const QString path
            = folder() + QStringLiteral("/client-%1-seed%2.sqlite").arg(sizeLabel(cases)).arg(seed);
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
