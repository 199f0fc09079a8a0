#pragma once

#include "result.h"
#include "statistics.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ow {

// One place's cases behind a figure of the county view (GET /stats/v1/cases, docs/statistics.md):
// what the server answers and the client lists. Personal data comes masked as in the case
// lists (ID numbers and phones); the applicant's name as the lists show it.
struct CountyCase
{
    QString id;
    QString number;
    QString itemName;
    QString applicantName;
    QString applicantIdNumber; // masked
    QString applicantPhone;    // masked, empty when none
    QString state;             // CaseLifecycle key
    QString acceptedAt;        // stored UTC moments; empty when none
    QString decidedAt;
    QString dueDate; // YYYY-MM-DD, empty when none
};

struct CountyCasePage
{
    QString placeCode;
    QString figure;
    StatisticsPeriod period;
    qint64 total = 0; // every case of the figure, not only this page
    int offset = 0;
    int limit = 0;
    QList<CountyCase> cases;
};

class CountyCases final
{
    Q_DECLARE_TR_FUNCTIONS(CountyCases)
public:
    // The figures a place's cases can be listed by: accepted (受理) and completed (办结) in the
    // period, overdue (超期) and near due (临期) today.
    static QString accepted() { return QStringLiteral("accepted"); }
    static QString completed() { return QStringLiteral("completed"); }
    static QString overdue() { return QStringLiteral("overdue"); }
    static QString nearDue() { return QStringLiteral("near_due"); }
    static QStringList figures() { return {accepted(), completed(), overdue(), nearDue()}; }
    static QString figureName(const QString &figure); // translated

    static constexpr int defaultLimit = 100;
    static constexpr int maxLimit = 500;

    static QJsonObject toJson(const CountyCase &c);
    static std::optional<CountyCase> fromJson(const QJsonObject &o);
    static QJsonObject toJson(const CountyCasePage &page);
    static std::optional<CountyCasePage> pageFromJson(const QJsonObject &o);
};

} // namespace ow
