#pragma once

#include <QString>

namespace ow::bench {

// Generated client stores for the benchmarks, cached under build/bench-data/ by size, seed,
// generator version and schema version (storeName()): made once (in a child `onewindow-bench
// gen` process, so that the generator's memory does not count in the measuring process), then
// copied for every run that writes.
class BenchData final
{
public:
    static QString folder(); // <build>/bench-data
    // The cached store's file name: client-<N>-seed<S>-gen<G>-schema<V>.sqlite, G being
    // DemoGenerator::contentVersion and V the client's schema version (Database::schemaVersion).
    // A store made by another generator or for another schema has another name and is never
    // reused.
    static QString storeName(qint64 cases, quint32 seed);
    // The cached store with `cases` cases; generates it when missing, and then removes the
    // stores of the same size and seed left by other generator or schema versions (a 1,000,000
    // case store is some 5 GB). Empty and *error set on failure.
    static QString clientStore(qint64 cases, quint32 seed, QString *error);
    // A fresh copy of the cached store to write into; removed by the caller with removeCopy().
    static QString workingCopy(const QString &cached, QString *error);
    // The file, its -wal and -shm, and its mark (StoreMark: the intakes in the copy write it).
    static void removeCopy(const QString &copy);

    static QString sizeLabel(qint64 cases); // 10k, 100k, 1m, 2500
};

} // namespace ow::bench
