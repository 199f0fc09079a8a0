#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>

namespace ow::bench {

// Milliseconds since construction, as a double.
class Stopwatch final
{
public:
    Stopwatch()
        : m_start(std::chrono::steady_clock::now())
    { }
    double elapsedMs() const
    {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_start)
                .count();
    }
    void restart() { m_start = std::chrono::steady_clock::now(); }

private:
    std::chrono::steady_clock::time_point m_start;
};

// CPU time of the calling thread in milliseconds since construction: on a machine shared with
// other work, wall time includes waiting for a core; this does not (nor waiting for the disk).
class ThreadCpuStopwatch final
{
public:
    ThreadCpuStopwatch()
        : m_start(now())
    { }
    double elapsedMs() const { return now() - m_start; }

private:
    static double now();
    double m_start;
};

// CPU time of this process so far (all threads, user and system), in seconds.
double processCpuSeconds();
// The 1-minute load average of the machine (runnable tasks; compare with the cores).
double loadAverage();

// Samples of one measured operation, in milliseconds.
class Samples final
{
public:
    void add(double ms) { m_values.append(ms); }
    void add(const Samples &other) { m_values += other.m_values; }
    int count() const { return int(m_values.size()); }
    double percentile(double p) const; // nearest-rank, p in [0, 100]
    double median() const { return percentile(50); }
    double p95() const { return percentile(95); }
    double max() const { return percentile(100); }

private:
    QList<double> m_values;
};

// Peak resident set size of this process so far, in MiB (VmHWM).
double peakRssMb();
// Current resident set size, in MiB (VmRSS).
double currentRssMb();

// One benchmark's figures: printed as a readable table, then one JSON line (the last line of
// output) whose keys end in their unit: commit_p95_ms, push_mutations_per_s, peak_rss_mb, ...
class Report final
{
public:
    explicit Report(QString benchName);

    void setParameter(const QString &key, const QJsonValue &value);
    // A figure with an optional target: "<= 5" style (lower is better) or ">= 20000".
    void add(const QString &key, double value, const QString &description,
             const QString &target = {});
    void addSamples(const QString &prefix, const Samples &samples, const QString &description,
                    const QString &p95Target = {});
    void note(const QString &line) { m_notes.append(line); }

    // Prints the table and the JSON line to stdout; returns false when a target was missed.
    bool print() const;

private:
    struct Figure
    {
        QString key;
        double value = 0;
        QString description;
        QString target;
    };
    static bool meets(double value, const QString &target);

    QString m_name;
    QJsonObject m_parameters;
    QList<Figure> m_figures;
    QStringList m_notes;
};

} // namespace ow::bench
