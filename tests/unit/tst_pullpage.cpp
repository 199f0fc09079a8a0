#include "sync/syncprotocol.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

// The server writes a pull page with the stored snapshots spliced in as they are
// (PullResponse::toJsonBytes): the same document as toJson(), which the device reads.
using namespace ow;

namespace {

QJsonObject snapshot(int n)
{
    return {{QStringLiteral("id"), QStringLiteral("case-%1").arg(n)},
            {QStringLiteral("number"), QStringLiteral("621221-20261130-A0-%1").arg(n)},
            {QStringLiteral("applicant"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("张伟")},
                         {QStringLiteral("address"),
                          QStringLiteral("成县城关镇 \"东大街\" 12号\n\\")}}},
            {QStringLiteral("materials"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("申请书")}}}},
            {QStringLiteral("version"), n},
            {QStringLiteral("closed_at"), QJsonValue::Null}};
}

// Adds change n to the page: its snapshot stored as text, or as an object.
void add(sync::PullResponse &page, int n, bool stored)
{
    sync::PullChange c;
    c.entity = sync::entity::caseEntity();
    c.id = QStringLiteral("case-%1").arg(n);
    c.version = n;
    if (!stored)
        c.data = snapshot(n);
    page.changes.append(c);
    page.storedData.append(stored ? QJsonDocument(snapshot(n)).toJson(QJsonDocument::Compact)
                                  : QByteArray());
}

} // namespace

TEST_CASE("a pull page written with the stored snapshots is the page toJson gives")
{
    sync::PullResponse page;
    page.bucket = sync::placeBucket(QStringLiteral("621221"));
    page.cursor = QStringLiteral("5f0c2a9e41b7:12:ab12");
    page.hasMore = true;
    page.serverTime = QDateTime(QDate(2026, 11, 30), QTime(1, 2, 3, 456), Qt::UTC);
    add(page, 1, true);
    add(page, 2, false);
    add(page, 3, true);
    // Stored text with the whitespace an older writer may have left around it.
    page.storedData[2] = "  " + page.storedData[2] + "\n";

    const QByteArray bytes = page.toJsonBytes();
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(bytes, &error);
    INFO(bytes.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(parsed.object() == page.toJson());

    auto read = sync::PullResponse::fromJson(parsed.object());
    REQUIRE(read);
    REQUIRE(read->changes.size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(read->changes[i].id == QStringLiteral("case-%1").arg(i + 1));
        CHECK(read->changes[i].version == i + 1);
        CHECK(read->changes[i].data == snapshot(i + 1));
    }
    CHECK(read->cursor == page.cursor);
    CHECK(read->hasMore);
    CHECK(read->serverTime == page.serverTime);
}

TEST_CASE("a pull page's splice is not fooled by the bytes of its key in a string value")
{
    sync::PullResponse page;
    page.bucket = QStringLiteral("place:\"changes\":[x");
    page.cursor = QStringLiteral("\"changes\":[");
    add(page, 7, true);
    const QJsonDocument parsed = QJsonDocument::fromJson(page.toJsonBytes());
    REQUIRE(parsed.isObject());
    CHECK(parsed.object() == page.toJson());
}

TEST_CASE("an empty pull page and a page of snapshots that are not objects")
{
    sync::PullResponse empty;
    empty.bucket = QStringLiteral("global");
    empty.cursor = QStringLiteral("e:0:0");
    CHECK(QJsonDocument::fromJson(empty.toJsonBytes()).object() == empty.toJson());

    // Stored text that is not an object is never spliced: the page stays valid JSON.
    sync::PullResponse odd;
    odd.bucket = QStringLiteral("global");
    sync::PullChange c;
    c.entity = QStringLiteral("catalog");
    c.id = QStringLiteral("catalog");
    c.version = 1;
    odd.changes = {c};
    odd.storedData = {QByteArrayLiteral("[1, 2")};
    const QJsonDocument parsed = QJsonDocument::fromJson(odd.toJsonBytes());
    REQUIRE(parsed.isObject());
    CHECK(parsed.object() == odd.toJson());
}
