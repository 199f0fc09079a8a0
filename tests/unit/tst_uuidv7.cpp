#include "domain/uuidv7.h"
#include "testsupport.h"

#include <QSet>

using ow::UuidV7;

TEST_CASE("UUID v7 carries version, variant and the creation time", "[uuid]")
{
    const qint64 at = 1732838400123; // 2024-11-29T00:00:00.123Z
    const QUuid id = UuidV7::createAt(at);
    CHECK((id.data3 >> 12) == 7);
    CHECK(id.variant() == QUuid::DCE);
    CHECK(UuidV7::unixMillis(id) == at);
    CHECK(UuidV7::unixMillis(QUuid::createUuid()) == -1);
}

TEST_CASE("UUID v7 values are unique and sort by creation order", "[uuid]")
{
    QSet<QString> seen;
    QString previous;
    for (int i = 0; i < 20000; ++i) {
        const QString id = UuidV7::createString();
        REQUIRE(id.size() == 36);
        REQUIRE_FALSE(seen.contains(id));
        seen.insert(id);
        REQUIRE(previous < id);
        previous = id;
    }
}
