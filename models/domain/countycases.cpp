#include "countycases.h"

#include <QJsonArray>

namespace ow {

QString CountyCases::figureName(const QString &figure)
{
    using Figure = StatisticsDefinitions::Figure;
    if (figure == accepted())
        return StatisticsDefinitions::name(Figure::Accepted);
    if (figure == completed())
        return StatisticsDefinitions::name(Figure::Completed);
    if (figure == overdue())
        return StatisticsDefinitions::name(Figure::Overdue);
    if (figure == nearDue())
        return StatisticsDefinitions::name(Figure::NearDue);
    return figure;
}

QJsonObject CountyCases::toJson(const CountyCase &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("number"), c.number},
            {QStringLiteral("item_name"), c.itemName},
            {QStringLiteral("applicant_name"), c.applicantName},
            {QStringLiteral("applicant_id_number"), c.applicantIdNumber},
            {QStringLiteral("applicant_phone"), c.applicantPhone},
            {QStringLiteral("state"), c.state},
            {QStringLiteral("accepted_at"), c.acceptedAt},
            {QStringLiteral("decided_at"), c.decidedAt},
            {QStringLiteral("due_date"), c.dueDate}};
}

std::optional<CountyCase> CountyCases::fromJson(const QJsonObject &o)
{
    CountyCase c;
    const auto text = [&o](const char *key, QString &out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isString())
            return false;
        out = v.toString();
        return true;
    };
    if (!text("id", c.id) || !text("number", c.number) || !text("item_name", c.itemName)
        || !text("applicant_name", c.applicantName)
        || !text("applicant_id_number", c.applicantIdNumber)
        || !text("applicant_phone", c.applicantPhone) || !text("state", c.state)
        || !text("accepted_at", c.acceptedAt) || !text("decided_at", c.decidedAt)
        || !text("due_date", c.dueDate) || c.id.isEmpty())
        return std::nullopt;
    return c;
}

QJsonObject CountyCases::toJson(const CountyCasePage &page)
{
    QJsonArray cases;
    for (const CountyCase &c : page.cases)
        cases.append(toJson(c));
    return {{QStringLiteral("place"), page.placeCode},
            {QStringLiteral("figure"), page.figure},
            {QStringLiteral("from"), page.period.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), page.period.to.toString(Qt::ISODate)},
            {QStringLiteral("total"), page.total},
            {QStringLiteral("offset"), page.offset},
            {QStringLiteral("limit"), page.limit},
            {QStringLiteral("cases"), cases}};
}

std::optional<CountyCasePage> CountyCases::pageFromJson(const QJsonObject &o)
{
    CountyCasePage page;
    page.placeCode = o.value(QStringLiteral("place")).toString();
    page.figure = o.value(QStringLiteral("figure")).toString();
    page.period.from = QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate);
    page.period.to = QDate::fromString(o.value(QStringLiteral("to")).toString(), Qt::ISODate);
    const QJsonValue total = o.value(QStringLiteral("total"));
    const QJsonValue list = o.value(QStringLiteral("cases"));
    if (page.placeCode.isEmpty() || !figures().contains(page.figure) || !total.isDouble()
        || total.toDouble() < 0 || !list.isArray())
        return std::nullopt;
    page.total = qint64(total.toDouble());
    page.offset = o.value(QStringLiteral("offset")).toInt();
    page.limit = o.value(QStringLiteral("limit")).toInt();
    for (const QJsonValue &v : list.toArray()) {
        const auto c = fromJson(v.toObject());
        if (!c)
            return std::nullopt;
        page.cases.append(*c);
    }
    return page;
}

} // namespace ow
