#include "domain/catalogloader.h"
#include "domain/catalogsearch.h"
#include "testsupport.h"

#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;
using ow::Catalog;
using ow::CatalogSearch;

namespace {

struct Fixture
{
    Catalog catalog;
    QList<CatalogSearch::Key> keys;

    Fixture()
    {
        const auto loaded = ow::CatalogLoader::loadEmbedded();
        REQUIRE(loaded.ok());
        catalog = loaded.value();
        keys = CatalogSearch::keysFor(catalog);
    }

    QStringList names(const CatalogSearch::Filter &filter) const
    {
        QStringList result;
        for (const int row : CatalogSearch(filter).matchingRows(catalog, keys))
            result.append(catalog.items.at(row).name);
        return result;
    }

    QStringList names(const QString &text) const
    {
        CatalogSearch::Filter filter;
        filter.text = text;
        return names(filter);
    }
};

} // namespace

TEST_CASE("Search finds items by name, code, department and initials", "[catalog]")
{
    const Fixture f;

    CHECK(f.names(u"qysl"_s).contains(u"企业设立登记"_s));
    CHECK(f.names(u"QYSL"_s).contains(u"企业设立登记"_s));
    CHECK(f.names(u"sfz"_s).contains(u"居民身份证换领"_s));
    CHECK(f.names(u"sfz"_s).contains(u"临时居民身份证核发"_s));

    const QStringList food = f.names(u"食品"_s);
    CHECK(food.contains(u"食品经营许可"_s));
    CHECK(food.contains(u"食品生产加工小作坊登记"_s));
    CHECK_FALSE(food.contains(u"企业设立登记"_s));

    CHECK(f.names(u"SCJG-0008"_s) == QStringList{u"食品经营许可"_s});
    CHECK(f.names(u"scjg-0008"_s) == QStringList{u"食品经营许可"_s});

    const QStringList police = f.names(u"621221-GA"_s);
    CHECK(police.size() == f.names(u"公安"_s).size());
    CHECK(police.contains(u"出生登记"_s));
    CHECK_FALSE(police.contains(u"结婚登记"_s));
    CHECK(f.names(u"公安局"_s).contains(u"户口迁移（迁入）"_s));

    // every term must match
    CHECK(f.names(u"不动产 dy"_s) == QStringList{u"不动产抵押登记"_s});
    CHECK(f.names(u"一件事 xsr"_s) == QStringList{u"新生儿出生一件事"_s});
    CHECK(f.names(u"没有这种事项"_s).isEmpty());
    CHECK(f.names(QString()).size() == f.catalog.items.size());
}

TEST_CASE("Search filters by department and by the 四办 and township flags", "[catalog]")
{
    const Fixture f;
    const auto rowsFor = [&](const CatalogSearch::Filter &filter) {
        return CatalogSearch(filter).matchingRows(f.catalog, f.keys);
    };

    CatalogSearch::Filter byDepartment;
    byDepartment.departmentCode = u"MZ"_s;
    const QList<int> mz = rowsFor(byDepartment);
    CHECK_FALSE(mz.isEmpty());
    for (const int row : mz)
        CHECK(f.catalog.items.at(row).departmentCode == u"MZ");

    const auto checkFlag = [&](bool CatalogSearch::Filter::*flag, bool ow::ServiceItem::*field) {
        CatalogSearch::Filter filter;
        filter.*flag = true;
        const QList<int> rows = rowsFor(filter);
        int expected = 0;
        for (const ow::ServiceItem &item : f.catalog.items)
            expected += (item.*field) ? 1 : 0;
        CHECK(rows.size() == expected);
        CHECK(expected > 0);
        for (const int row : rows)
            CHECK(f.catalog.items.at(row).*field);
    };
    checkFlag(&CatalogSearch::Filter::immediateOnly, &ow::ServiceItem::immediate);
    checkFlag(&CatalogSearch::Filter::onlineOnly, &ow::ServiceItem::online);
    checkFlag(&CatalogSearch::Filter::nearbyOnly, &ow::ServiceItem::nearby);
    checkFlag(&CatalogSearch::Filter::oneTripOnly, &ow::ServiceItem::oneTrip);
    checkFlag(&CatalogSearch::Filter::townshipOnly, &ow::ServiceItem::townshipAcceptable);

    CatalogSearch::Filter combined;
    combined.text = u"dj"_s;
    combined.townshipOnly = true;
    combined.departmentCode = u"SCJG"_s;
    const QStringList names = f.names(combined);
    CHECK(names.contains(u"个体工商户设立登记"_s));
    CHECK_FALSE(names.contains(u"企业设立登记"_s)); // not accepted at township points

    CHECK(CatalogSearch().isEmpty());
    CHECK_FALSE(CatalogSearch(combined).isEmpty());
}

TEST_CASE("Search over thousands of items is fast enough for every keystroke", "[catalog]")
{
    const Fixture f;
    Catalog big;
    big.departments = f.catalog.departments;
    QList<CatalogSearch::Key> keys;
    while (big.items.size() < 5000) {
        big.items.append(f.catalog.items);
        keys.append(f.keys);
    }
    QElapsedTimer timer;
    timer.start();
    int found = 0;
    for (const QString &typed : {u"d"_s, u"dj"_s, u"djz"_s, u"登记"_s, u"621221-s"_s}) {
        CatalogSearch::Filter filter;
        filter.text = typed;
        found += int(CatalogSearch(filter).matchingRows(big, keys).size());
    }
    const qint64 perKeystroke = timer.elapsed() / 5;
    INFO("ms per keystroke over " << big.items.size() << " items: " << perKeystroke);
    CHECK(found > 0);
    CHECK(perKeystroke < 50);
}
