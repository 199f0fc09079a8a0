#include "benchreport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace ow::bench {

double Samples::percentile(double p) const
{
    if (m_values.isEmpty())
        return 0;
    QList<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

namespace {

double statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble();
    }
    return 0;
}

} // namespace

double ThreadCpuStopwatch::now()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double processCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readAll().split(' ').value(0).toDouble();
}

double peakRssMb()
{
    return statusKb("VmHWM") / 1024.0;
}

double currentRssMb()
{
    return statusKb("VmRSS") / 1024.0;
}

Report::Report(QString benchName)
    : m_name(std::move(benchName))
{ }

void Report::setParameter(const QString &key, const QJsonValue &value)
{
    m_parameters.insert(key, value);
}

void Report::add(const QString &key, double value, const QString &description,
                 const QString &target)
{
    m_figures.append({key, value, description, target});
}

void Report::addSamples(const QString &prefix, const Samples &samples, const QString &description,
                        const QString &p95Target)
{
    add(prefix + QStringLiteral("_median_ms"), samples.median(),
        description + QStringLiteral(", median"));
    add(prefix + QStringLiteral("_p95_ms"), samples.p95(), description + QStringLiteral(", p95"),
        p95Target);
}

bool Report::meets(double value, const QString &target)
{
    if (target.startsWith(QLatin1String("<=")))
        return value <= target.mid(2).trimmed().toDouble();
    if (target.startsWith(QLatin1String(">=")))
        return value >= target.mid(2).trimmed().toDouble();
    return true;
}

bool Report::print() const
{
    QTextStream out(stdout);
    bool allMet = true;
    out << "== " << m_name << " ==\n";
    for (auto it = m_parameters.begin(); it != m_parameters.end(); ++it)
        out << "  " << it.key() << " = " << it.value().toVariant().toString() << '\n';
    out << QStringLiteral("  %1 %2 %3 %4\n")
                    .arg(QStringLiteral("figure"), -34)
                    .arg(QStringLiteral("value"), 14)
                    .arg(QStringLiteral("target"), -12)
                    .arg(QStringLiteral("description"));
    QJsonObject json{{QStringLiteral("bench"), m_name}};
    QJsonObject targets;
    for (const Figure &f : m_figures) {
        const bool ok = meets(f.value, f.target);
        allMet = allMet && ok;
        out << QStringLiteral("  %1 %2 %3 %4%5\n")
                        .arg(f.key, -34)
                        .arg(f.value, 14, 'f', f.value >= 1000 ? 0 : 3)
                        .arg(f.target, -12)
                        .arg(f.description, ok ? QString() : QStringLiteral("  ** MISSED **"));
        json.insert(f.key, std::round(f.value * 1000.0) / 1000.0);
        if (!f.target.isEmpty())
            targets.insert(f.key, f.target);
    }
    for (const QString &n : m_notes)
        out << "  note: " << n << '\n';
    if (!m_notes.isEmpty())
        json.insert(QStringLiteral("notes"), QJsonArray::fromStringList(m_notes));
    json.insert(QStringLiteral("parameters"), m_parameters);
    json.insert(QStringLiteral("targets"), targets);
    json.insert(QStringLiteral("targets_met"), allMet);
    json.insert(QStringLiteral("machine"),
                QString(QSysInfo::prettyProductName() + QStringLiteral(", ")
                        + QSysInfo::currentCpuArchitecture()));
    json.insert(QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    // How busy the machine was (other work shares its cores): the 1-minute load at the end.
    json.insert(QStringLiteral("load_average"), loadAverage());
    out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << '\n';
    out.flush();
    return allMet;
}

} // namespace ow::bench
