#include "domain/duplicateapplication.h"
#include "items/caselistmodel.h"
#include "items/syncissuemodel.h"
#include "store/caseflagstore.h"
#include "syncdevice.h"

#include <QSqlQuery>

using namespace ow;
using namespace synctest;

namespace {

const QString hall = QStringLiteral("621221");
const QString township = QStringLiteral("621221101");
const QString soleTraderSetUp = QStringLiteral("621221-SCJG-0004"); // a township may accept it
const QString companySetUp = QStringLiteral("621221-SCJG-0001");    // hall only

int serverFlagCount(const ServerProcess &server)
{
    const ServerProcess::Connection connection(server);
    REQUIRE(connection.db.isOpen());
    QSqlQuery q(connection.db);
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM case_flags")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

bool listMarks(Device &device, const QString &caseId)
{
    CaseListModel model(device.workspace->database(), device.workspace->calendar());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, CaseListModel::NumberColumn);
        if (index.data(CaseListModel::CaseIdRole).toString() != caseId)
            continue;
        const bool marked = index.data(CaseListModel::DuplicateRole).toBool();
        if (marked) {
            CHECK(index.data().toString().startsWith(CaseListModel::duplicateMarker()));
            CHECK_FALSE(index.data(Qt::ToolTipRole).toString().isEmpty());
        }
        return marked;
    }
    FAIL("case not in the list");
    return false;
}

} // namespace

TEST_CASE("The duplicate-application rule", "[unit][duplicate]")
{
    Case a;
    a.id = QStringLiteral("a");
    a.itemCode = soleTraderSetUp;
    a.placeCode = hall;
    a.applicant.idNumber = QStringLiteral("621221198506123015");
    Case b = a;
    b.id = QStringLiteral("b");
    b.placeCode = township;
    CHECK(DuplicateApplication::matches(a, b));
    CHECK(DuplicateApplication::flagId(a.id, b.id) == DuplicateApplication::flagId(b.id, a.id));
    Case samePlace = b;
    samePlace.placeCode = hall;
    CHECK_FALSE(DuplicateApplication::matches(a, samePlace));
    Case otherItem = b;
    otherItem.itemCode = companySetUp;
    CHECK_FALSE(DuplicateApplication::matches(a, otherItem));
    Case closed = b;
    closed.state = CaseState::Withdrawn;
    CHECK_FALSE(DuplicateApplication::matches(a, closed));
    Case enterprise = b;
    enterprise.applicant.kind = Applicant::Kind::Enterprise;
    CHECK_FALSE(DuplicateApplication::matches(a, enterprise));
    const DuplicateFlag flag = DuplicateApplication::flag(a, b, QDateTime::currentDateTimeUtc());
    const auto back = DuplicateFlag::fromJson(flag.toJson());
    REQUIRE(back);
    CHECK(back->other(a.id).caseId == b.id);
    CHECK(back->other(b.id).caseId == a.id);
    CHECK(DuplicateApplication::describe(*back, a.id).contains(b.placeCode));
}

TEST_CASE("A duplicate application at two places is flagged to both", "[sync][duplicate]")
{
    ServerProcess server;
    REQUIRE(server.start());
    Device county(QStringLiteral("counter"));
    Device point(QStringLiteral("township"));
    county.enroll(server, hall);
    point.enroll(server, township);

    // The same person applies for the same item at the township and, the next hour, at the hall;
    // another applicant and another item of the same person are no duplicates.
    const Case t = point.intake(soleTraderSetUp, QStringLiteral("62122119850612301"),
                                QStringLiteral("张伟"), CaseChannel::Township);
    const Case other = point.intake(soleTraderSetUp, QStringLiteral("62122119770303303"),
                                    QStringLiteral("王芳"), CaseChannel::Township);
    REQUIRE(point.syncNow().ok);
    const Case c = county.intake(soleTraderSetUp, QStringLiteral("62122119850612301"),
                                 QStringLiteral("张伟"));
    const Case firm = county.intake(companySetUp, QStringLiteral("62122119850612301"),
                                    QStringLiteral("张伟"));
    const SyncOutcome outcome = county.syncNow();
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.ok);
    CHECK(outcome.rejected == 0); // flagged, never refused
    REQUIRE(point.syncNow().ok);

    // One flag for the pair (raised at the receipt, not again at the acceptance).
    CHECK(serverFlagCount(server) == 1);
    for (Device *device : {&county, &point}) {
        CaseFlagStore flags(device->workspace->database());
        const QList<DuplicateFlag> forT = flags.flagsFor(t.id);
        REQUIRE(forT.size() == 1);
        CHECK(forT[0].other(t.id).caseId == c.id);
        CHECK(forT[0].other(t.id).number == c.number);
        CHECK(forT[0].other(t.id).placeCode == hall);
        CHECK(flags.flagsFor(other.id).isEmpty());
        CHECK(flags.flagsFor(firm.id).isEmpty());
        // The sync panel's list.
        SyncIssueModel issues(device->workspace->database());
        CHECK(issues.duplicates().size() == 1);
    }
    // The marker in each place's list, on its own case.
    CHECK(listMarks(point, t.id));
    CHECK_FALSE(listMarks(point, other.id));
    CHECK(listMarks(county, c.id));
    CHECK_FALSE(listMarks(county, firm.id));
    CHECK(point.sync->pendingCount() == 0);
    CHECK(serverMutationIds(server) == (county.outboxIds() | point.outboxIds()));

    // Once the township's case is withdrawn the flag no longer shows there.
    REQUIRE(point.move(t.id, CaseEvent::Withdraw, QStringLiteral("申请人撤回申请")).ok());
    REQUIRE(point.syncNow().ok);
    REQUIRE(county.syncNow().ok);
    CHECK_FALSE(listMarks(point, t.id));
    CHECK_FALSE(listMarks(county, c.id));
    CHECK(SyncIssueModel(point.workspace->database()).duplicates().isEmpty());
    CHECK(SyncIssueModel(county.workspace->database()).duplicates().isEmpty());
    CHECK(serverFlagCount(server) == 1);
}
