#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>

namespace ow {

struct DemoOptions
{
    qint64 cases = 1000; // top-level cases; a bundle's parts come on top
    int townships = 4;   // township points the cases are spread over (the demo directory's two
                         // first, then real towns of 成县)
    quint32 seed = 1;    // same seed, same options: the same database content
    QDate asOf;          // the day the data ends; invalid: the last day that still has 60
                         // working days of calendar after it (so every due date is covered)
    int days = 730;      // cases are received over this many days up to asOf
};

struct DemoReport
{
    qint64 cases = 0; // all rows of `cases`, bundle parts included
    qint64 applicants = 0;
    qint64 materials = 0;
    qint64 history = 0;
    qint64 tasks = 0; // help-agent tasks (帮办代办), one per case a help agent brought in
    qint64 taskLog = 0;
    qint64 ratings = 0; // 好差评, with follow-ups of the bad ones and a few appeals
    qint64 followUps = 0;
    qint64 appeals = 0;
    int places = 0;
    int users = 0;
    QDate from;
    QDate asOf;
    double seconds = 0;           // wall clock
    double cpuSeconds = 0;        // CPU time of the process (all its threads) while generating
    QMap<QString, qint64> states; // state key -> cases
    QMap<QString, double> phases; // rows, grams, indexes, move, commit, analyze -> seconds;
                                  // "<phase>_cpu": the CPU time of all threads in it
};

// Fills a store with realistic demo data (docs/performance.md, "The data generator"): applicants
// with valid resident ID numbers of real Gansu counties or valid credit codes, names drawn with
// real surname shares, cases of the embedded catalogue in every state with times on the
// working-day calendar, their materials and history, the case-number sequences, and the places
// and staff they need. Writes with the SQLite C API in one transaction; the file must not be
// open in Qt meanwhile. The store must have the case tables and hold no cases yet. Generated
// history counts as already synchronised: no outbox and no audit rows.
class DemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    static Result<DemoReport> generate(const QString &databasePath, const DemoOptions &options);

    // The version of what generate() writes for given options. Bump it whenever the same
    // options would give other content (other rows or values, another table, another draw, a
    // change in the catalogue or calendar it draws from): stores kept by it (the benchmarks'
    // build/bench-data) are then made anew instead of reused. tests/unit/tst_demogenerator.cpp
    // pins the hash of a small run to this number, so that a change in the content fails there
    // until the number is bumped.
    static constexpr int contentVersion = 1;
};

} // namespace ow
