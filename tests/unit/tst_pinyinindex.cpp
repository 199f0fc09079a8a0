#include "domain/catalogloader.h"
#include "domain/pinyinindex.h"
#include "testsupport.h"

#include <QStringView>

#include <thread>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using ow::PinyinIndex;

TEST_CASE("The pinyin table loads from the resource", "[pinyin]")
{
    CHECK(PinyinIndex::size() > 40000);
    CHECK(PinyinIndex::initialsOf(U'中') == u"z");
    CHECK(PinyinIndex::initialsOf(U'A').isEmpty());
    CHECK_FALSE(PinyinIndex::contains(U'a'));
}

TEST_CASE("Initials find items by their first letters", "[pinyin]")
{
    CHECK(PinyinIndex::initialsVariants(u"企业设立登记"_s).contains(u"qysldj"_s));
    CHECK(PinyinIndex::matchesInitials(u"企业设立登记"_s, u"qysl"_s));
    CHECK(PinyinIndex::matchesInitials(u"企业设立登记"_s, u"QYSL"_s));
    CHECK(PinyinIndex::matchesInitials(u"企业设立登记"_s,
                                       u"sldj"_s)); // a fragment, not only a prefix
    CHECK(PinyinIndex::matchesInitials(u"企业设立登记"_s, u"q y s l"_s));
    CHECK_FALSE(PinyinIndex::matchesInitials(u"企业设立登记"_s, u"qyzx"_s));
    CHECK(PinyinIndex::matchesInitials(u"企业设立登记"_s, QString()));
}

TEST_CASE("Polyphonic characters give every initial", "[pinyin]")
{
    // 重 zhòng / chóng
    CHECK(PinyinIndex::initialsOf(U'重').contains(u'z'));
    CHECK(PinyinIndex::initialsOf(U'重').contains(u'c'));
    CHECK(PinyinIndex::matchesInitials(u"重新申领"_s, u"cxsl"_s));
    CHECK(PinyinIndex::matchesInitials(u"重新申领"_s, u"zxsl"_s));
    const QStringList heavy = PinyinIndex::initialsVariants(u"重大"_s);
    CHECK(heavy.contains(u"zd"_s));
    CHECK(heavy.contains(u"cd"_s));

    // 行 xíng / háng: 银行 is yh, 行政 is xz
    CHECK(PinyinIndex::matchesInitials(u"银行账户"_s, u"yhzh"_s));
    CHECK(PinyinIndex::matchesInitials(u"行政许可"_s, u"xzxk"_s));
    CHECK(PinyinIndex::initialsVariants(u"银行"_s).contains(u"yh"_s));
    CHECK(PinyinIndex::initialsVariants(u"银行"_s).contains(u"yx"_s));

    // 长 cháng / zhǎng
    CHECK(PinyinIndex::matchesInitials(u"长期居住"_s, u"cqjz"_s));
    CHECK(PinyinIndex::matchesInitials(u"家长"_s, u"jz"_s));
}

TEST_CASE("Letters and digits that are not Han are kept, lower-cased", "[pinyin]")
{
    CHECK(PinyinIndex::initialsVariants(u"ABC证明"_s) == QStringList{u"abczm"_s});
    CHECK(PinyinIndex::initialsVariants(u"12345热线"_s) == QStringList{u"12345rx"_s});
    CHECK(PinyinIndex::initialsVariants(u"“一件事”（联办）"_s).first() == u"yjslb"_s);
    CHECK(PinyinIndex::matchesInitials(u"交管12123换证"_s, u"12123hz"_s));
    CHECK(PinyinIndex::initialsVariants(QString()).isEmpty());
}

TEST_CASE("Spelling variants are capped, most common readings first", "[pinyin]")
{
    const QString many = u"重行长乐重行长乐重行"_s; // every character has two or more readings
    const QStringList variants = PinyinIndex::initialsVariants(many, 64);
    CHECK(variants.size() == 64);
    CHECK(variants.first() == u"zxzlzxzlzx"_s); // the first reading of each
    CHECK(PinyinIndex::initialsVariants(many, 8).size() == 8);
    // matching is not capped: the last character's second reading still matches
    CHECK(PinyinIndex::matchesInitials(many, u"chclchclch"_s));
}

TEST_CASE("Every character of the catalogue has initials", "[pinyin][catalog]")
{
    const auto catalog = ow::CatalogLoader::loadEmbedded();
    REQUIRE(catalog.ok());
    QStringList texts;
    for (const ow::Department &d : catalog->departments)
        texts.append(d.name);
    for (const ow::ServiceItem &item : catalog->items) {
        texts.append(item.name);
        for (const ow::Material &m : item.materials)
            texts.append(m.name);
    }
    for (const QString &text : std::as_const(texts)) {
        for (const char32_t c : QStringView(text).toUcs4()) {
            if (QChar::script(c) != QChar::Script_Han)
                continue;
            INFO(text.toStdString());
            CHECK(PinyinIndex::contains(c));
        }
        CHECK_FALSE(PinyinIndex::initialsVariants(text).isEmpty());
    }
}

TEST_CASE("The pinyin index is safe to use from several threads at once", "[pinyin]")
{
    std::vector<std::thread> threads;
    std::vector<int> ok(4, 0);
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([t, &ok] {
            for (int i = 0; i < 200; ++i) {
                if (PinyinIndex::matchesInitials(u"城乡居民基本医疗保险参保登记"_s, u"cxjm"_s))
                    ++ok[t];
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (int count : ok)
        CHECK(count == 200);
}
