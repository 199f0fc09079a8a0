#include "store/casenumberallocator.h"
#include "store/database.h"
#include "testsupport.h"

#include <QSet>
#include <QTemporaryDir>

using namespace ow;

TEST_CASE("Case numbers format and parse", "[casenumber]")
{
    const CaseNumber n{QStringLiteral("621221101"), QDate(2026, 11, 29), QStringLiteral("A3"), 42};
    CHECK(n.toString() == QStringLiteral("621221101-20261129-A3-0042"));
    CHECK(CaseNumber::parse(n.toString()) == n);
    CHECK(CaseNumber::parse(QStringLiteral(" 621221-20261129-a3-12345 "))->seq == 12345);
    CHECK_FALSE(CaseNumber::parse(QStringLiteral("621221-20260230-A3-0001")));
    CHECK_FALSE(CaseNumber::parse(QStringLiteral("6212-20261129-A3-0001")));
    CHECK_FALSE(CaseNumber::parse(QStringLiteral("621221-20261129-A-0001")));
    CHECK_FALSE(CaseNumber::parse(QStringLiteral("621221-20261129-A3-0000")));
    CHECK_FALSE(CaseNumber::parse(QString()));
}

TEST_CASE("Case numbers are unique across devices, days and restarts", "[casenumber]")
{
    QTemporaryDir dir;
    QSet<QString> seen;
    const QStringList devices{QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("B7")};
    const QStringList places{QStringLiteral("621221"), QStringLiteral("621221101")};
    for (int restart = 0; restart < 3; ++restart) {
        for (const QString &device : devices) {
            // Each device has its own database file, reopened on every "restart".
            auto db = Database::open(dir.filePath(device + QStringLiteral(".sqlite")));
            REQUIRE(db.ok());
            for (const QString &place : places) {
                for (int day = 0; day < 3; ++day) {
                    for (int i = 0; i < 50; ++i) {
                        WriteTransaction t(db.value()->connection());
                        auto n = CaseNumberAllocator::next(db.value()->connection(), place,
                                                           QDate(2026, 11, 27).addDays(day),
                                                           device);
                        REQUIRE(n.ok());
                        REQUIRE(t.commit().ok());
                        const QString text = n.value().toString();
                        REQUIRE_FALSE(seen.contains(text));
                        seen.insert(text);
                    }
                }
            }
        }
    }
    CHECK(seen.size() == 3 * 3 * 2 * 3 * 50);
}

TEST_CASE("A number taken in a rolled-back transaction is handed out again", "[casenumber]")
{
    auto db = Database::open(QStringLiteral(":memory:"));
    REQUIRE(db.ok());
    const QDate day(2026, 11, 29);
    {
        WriteTransaction t(db.value()->connection());
        CHECK(CaseNumberAllocator::next(db.value()->connection(), QStringLiteral("621221"), day,
                                        QStringLiteral("A1"))
                      ->seq
              == 1);
        // no commit: the case was not saved
    }
    WriteTransaction t(db.value()->connection());
    CHECK(CaseNumberAllocator::next(db.value()->connection(), QStringLiteral("621221"), day,
                                    QStringLiteral("A1"))
                  ->seq
          == 1);
}

TEST_CASE("A device without a place or device number cannot number cases", "[casenumber]")
{
    auto db = Database::open(QStringLiteral(":memory:"));
    REQUIRE(db.ok());
    auto n = CaseNumberAllocator::next(db.value()->connection(), QString(), QDate(2026, 11, 29),
                                       QStringLiteral("A1"));
    REQUIRE_FALSE(n.ok());
    CHECK(n.error().code == QStringLiteral("case_number.not_enrolled"));
}
