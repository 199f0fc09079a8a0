#include "domain/residentid.h"
#include "items/taskboardmodel.h"
#include "store/auditlog.h"
#include "store/casestore.h"
#include "store/outbox.h"
#include "store/taskboard.h"
#include "store/taskstore.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ow;

namespace {

// Friday 27 November 2026, 10:00 in Shanghai.
QDateTime at(int day = 27, int hour = 10)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour - 8, 0), Qt::UTC);
}

const QString hall = QStringLiteral("621221");
const QString secondAgentId = QStringLiteral("0190f6a0-0000-7000-8000-0000000000a2");

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<TaskStore> tasks;
    std::unique_ptr<TaskBoard> board;

    Fixture()
    {
        auto ws = Workspace::open(dir.filePath(QStringLiteral("client.sqlite")));
        REQUIRE(ws.ok());
        workspace = std::move(ws.value());
        // A second agent at the hall, to hand tasks over to.
        Directory more;
        User second;
        second.id = secondAgentId;
        second.username = QStringLiteral("agent2");
        second.displayName = QStringLiteral("周敏");
        second.role = Role::Agent;
        second.placeCode = hall;
        more.users.append(second);
        REQUIRE(workspace->directory().merge(more, workspace->actor()).ok());
        tasks = std::make_unique<TaskStore>(workspace->database(), workspace->calendar());
        board = std::make_unique<TaskBoard>(workspace->database());
    }

    Actor actorFor(const QString &username)
    {
        REQUIRE(workspace->setCurrentUser(username).ok());
        return workspace->actor();
    }

    NewTask help(const QString &title = QStringLiteral("陪同老人办理养老保险待遇申领"))
    {
        NewTask t;
        t.kind = TaskKind::Help;
        t.title = title;
        t.applicantName = QStringLiteral("王秀兰");
        t.requesterName = QStringLiteral("王秀兰");
        t.priority = TaskPriority::Elderly;
        t.note = QStringLiteral("老人行动不便，需全程陪同");
        return t;
    }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(workspace->database()->connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

    BoardScope scopeFor(const Actor &actor)
    {
        BoardScope s;
        s.userId = actor.userId;
        s.placeCode = actor.placeCode;
        s.nearDueLimit = QDate(2026, 11, 30);
        return s;
    }
};

} // namespace

TEST_CASE("Claim, progress and complete: each one transaction with log, outbox and audit",
          "[tasks][store]")
{
    Fixture f;
    const Actor counter = f.actorFor(QStringLiteral("counter"));
    auto created = f.tasks->create(f.help(), counter, at());
    REQUIRE(created.ok());
    CHECK(created->status == TaskStatus::Open);
    CHECK(created->placeCode == hall);
    // Elderly help: 3 working days from Friday 27 November = Wednesday 2 December.
    CHECK(created->dueDate == QDate(2026, 12, 2));
    CHECK(created->log.size() == 1);

    const Actor agent = f.actorFor(QStringLiteral("agent"));
    const qint64 outboxBefore = Outbox::pendingCount(f.workspace->database()->connection());
    const qint64 auditBefore = AuditLog::count(f.workspace->database()->connection());
    auto claimed = f.tasks->act(created->id, TaskEvent::Claim, {}, agent, at());
    REQUIRE(claimed.ok());
    CHECK(claimed->status == TaskStatus::Claimed);
    CHECK(claimed->ownerId == agent.userId);
    CHECK(claimed->ownerName == QStringLiteral("李强"));
    CHECK(claimed->claimProvisional);

    TaskRequest note;
    note.text = QStringLiteral("已陪同老人到社保窗口受理");
    note.step = TaskStep::Accept;
    auto progressed = f.tasks->act(created->id, TaskEvent::Progress, note, agent, at(27, 11));
    REQUIRE(progressed.ok());
    CHECK(progressed->status == TaskStatus::InProgress);
    CHECK(progressed->lastStep == TaskStep::Accept);

    TaskRequest done;
    done.text = QStringLiteral("待遇已核定，首月养老金已到账");
    auto completed = f.tasks->act(created->id, TaskEvent::Complete, done, agent, at(30));
    REQUIRE(completed.ok());
    CHECK(completed->status == TaskStatus::Done);
    CHECK(completed->outcome == done.text);
    CHECK(completed->closedAt.isValid());

    const auto loaded = f.tasks->load(created->id);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->log.size() == 4);
    CHECK(loaded->log[1].event == TaskEvent::Claim);
    CHECK(loaded->log[2].step == TaskStep::Accept);

    const QSqlDatabase db = f.workspace->database()->connection();
    CHECK(Outbox::pendingCount(db) == outboxBefore + 3);
    CHECK(AuditLog::count(db) == auditBefore + 3);
    const QList<OutboxMutation> pending = Outbox::pending(db, 100);
    QStringList names;
    for (const OutboxMutation &m : pending) {
        if (m.entityId == created->id)
            names << m.name;
    }
    CHECK(names
          == QStringList{QStringLiteral("task.create"), QStringLiteral("task.claim"),
                         QStringLiteral("task.progress"), QStringLiteral("task.complete")});
    // The log line's id is the mutation id: the server's rows replace ours without duplicates.
    CHECK(pending.constLast().mutationId == loaded->log[3].id);
    CHECK(pending.constLast().baseVersion == 3);
    CHECK(pending.constLast().payload.value(QStringLiteral("outcome")).toString() == done.text);
    CHECK(pending[pending.size() - 2].payload.value(QStringLiteral("step")).toString()
          == QStringLiteral("accept"));
}

TEST_CASE("Refusals write nothing", "[tasks][store]")
{
    Fixture f;
    const Actor agent = f.actorFor(QStringLiteral("agent"));
    auto task = f.tasks->create(f.help(), agent, at());
    REQUIRE(task.ok());
    REQUIRE(f.tasks->act(task->id, TaskEvent::Claim, {}, agent, at()).ok());
    const QSqlDatabase db = f.workspace->database()->connection();
    const qint64 outbox = Outbox::pendingCount(db);
    const qint64 logRows = f.scalar(QStringLiteral("SELECT count(*) FROM task_log"));

    SECTION("hand over without a reason")
    {
        TaskRequest r;
        r.targetUserId = secondAgentId;
        auto refused = f.tasks->act(task->id, TaskEvent::Handover, r, agent, at());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == QStringLiteral("reason.required"));
    }
    SECTION("complete a task you do not own")
    {
        const Actor other = f.actorFor(QStringLiteral("agent2"));
        TaskRequest r;
        r.text = QStringLiteral("办完了");
        auto refused = f.tasks->act(task->id, TaskEvent::Complete, r, other, at());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == QStringLiteral("task.not_owner"));
        CHECK(refused.error().message.contains(QStringLiteral("李强")));
    }
    SECTION("claim a task someone has")
    {
        const Actor other = f.actorFor(QStringLiteral("agent2"));
        auto refused = f.tasks->act(task->id, TaskEvent::Claim, {}, other, at());
        CHECK(refused.error().code == QStringLiteral("task.already_claimed"));
    }
    SECTION("a text beyond the limit")
    {
        TaskRequest r;
        r.text = QString(TaskRules::maxTextLength() + 1, QLatin1Char('x'));
        CHECK(f.tasks->act(task->id, TaskEvent::Progress, r, agent, at()).error().code
              == QStringLiteral("task.invalid"));
    }
    CHECK(Outbox::pendingCount(db) == outbox);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM task_log")) == logRows);
    CHECK(f.tasks->load(task->id)->version == 2);
}

TEST_CASE("Hand-over moves the one owner and tells the new one", "[tasks][store]")
{
    Fixture f;
    const Actor agent = f.actorFor(QStringLiteral("agent"));
    auto task = f.tasks->create(f.help(), agent, at());
    REQUIRE(f.tasks->act(task->id, TaskEvent::Claim, {}, agent, at()).ok());
    // The second agent only: not the owner, not the counter clerk, not the township's staff.
    const auto candidates = f.tasks->handoverCandidates(f.tasks->load(task->id).value());
    REQUIRE(candidates.size() == 1);
    CHECK(candidates[0].id == secondAgentId);

    TaskRequest r;
    r.text = QStringLiteral("本人下周休假");
    r.targetUserId = secondAgentId;
    auto handed = f.tasks->act(task->id, TaskEvent::Handover, r, agent, at());
    REQUIRE(handed.ok());
    CHECK(handed->ownerId == secondAgentId);
    CHECK(handed->ownerName == QStringLiteral("周敏"));
    CHECK(handed->status == TaskStatus::Claimed);
    CHECK_FALSE(handed->claimProvisional);

    const Actor second = f.actorFor(QStringLiteral("agent2"));
    const auto notices = f.board->notices(f.scopeFor(second), 0);
    REQUIRE_FALSE(notices.isEmpty());
    CHECK(notices[0].kind == TaskNotice::Kind::Assigned);
    CHECK(notices[0].byName == QStringLiteral("李强"));
    CHECK(notices[0].taskId == task->id);
    // Seen once, the notice does not come again (the task is due 2 December: not near due).
    CHECK(f.board->notices(f.scopeFor(second), notices[0].seq).isEmpty());
    CHECK(f.board->count(BoardView::Mine, f.scopeFor(second)) == 1);
    CHECK(f.board->count(BoardView::Mine, f.scopeFor(agent)) == 0);
    CHECK(f.board->count(BoardView::Others, f.scopeFor(agent)) == 1);

    // Release to the pool: no owner.
    auto released = f.tasks->act(task->id, TaskEvent::Release, {}, second, at());
    REQUIRE(released.ok());
    CHECK(released->ownerId.isEmpty());
    CHECK(f.board->count(BoardView::Pool, f.scopeFor(second)) == 1);
}

TEST_CASE("A proxy task keeps its power of attorney and refuses it once expired", "[tasks][store]")
{
    Fixture f;
    const Actor counter = f.actorFor(QStringLiteral("counter"));
    NewTask t = f.help(QStringLiteral("代办个体工商户营业执照变更"));
    t.kind = TaskKind::Proxy;
    t.priority = TaskPriority::Normal;
    REQUIRE(f.tasks->create(t, counter, at()).error().code == QStringLiteral("attorney.missing"));
    t.attorney.grantorName = QStringLiteral("王秀兰");
    t.attorney.grantorIdNumber = QStringLiteral("62122119500612301X");
    t.attorney.granteeName = QStringLiteral("成县政务服务中心帮办代办窗口");
    t.attorney.scope = QStringLiteral("办理营业执照变更登记的申请、补正与领取");
    t.attorney.validUntil = QDate(2026, 11, 30);
    auto task = f.tasks->create(t, counter, at());
    REQUIRE(task.ok());
    CHECK(task->dueDate == QDate(2026, 12, 11)); // proxy: 10 working days
    CHECK(f.tasks->load(task->id)->attorney.scope == t.attorney.scope);

    const Actor agent = f.actorFor(QStringLiteral("agent"));
    auto late = f.tasks->act(task->id, TaskEvent::Claim, {}, agent, at(28));
    REQUIRE(late.ok()); // 28 November is still within its date (valid until 30 November)
    TaskRequest r;
    r.text = QStringLiteral("材料已递交");
    const QDateTime december(QDate(2026, 12, 1), QTime(2, 0), Qt::UTC);
    auto refused = f.tasks->act(task->id, TaskEvent::Progress, r, agent, december);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("attorney.expired"));
}

TEST_CASE("An enterprise project completes when every department is done", "[tasks][store]")
{
    Fixture f;
    const Actor agent = f.actorFor(QStringLiteral("agent"));
    NewTask t = f.help(QStringLiteral("成县中药材加工项目开工前审批"));
    t.priority = TaskPriority::KeyProject;
    t.substeps = {{QStringLiteral("FGJ"), QStringLiteral("项目备案"), false, {}, {}},
                  {QStringLiteral("ZRZY"), QStringLiteral("用地规划许可"), false, {}, {}},
                  {QStringLiteral("ZJJ"), QStringLiteral("施工许可"), false, {}, {}}};
    auto task = f.tasks->create(t, agent, at());
    REQUIRE(task.ok());
    CHECK(task->dueDate == QDate(2026, 12, 25)); // 20 working days
    REQUIRE(f.tasks->act(task->id, TaskEvent::Claim, {}, agent, at()).ok());
    TaskRequest outcome;
    outcome.text = QStringLiteral("三项审批全部办结");
    CHECK(f.tasks->act(task->id, TaskEvent::Complete, outcome, agent, at()).error().code
          == QStringLiteral("substeps.open"));
    for (int i = 0; i < 3; ++i) {
        TaskRequest r;
        r.text = QStringLiteral("已办结");
        r.substep = i;
        r.step = TaskStep::Handle;
        REQUIRE(f.tasks->act(task->id, TaskEvent::Progress, r, agent, at()).ok());
    }
    auto done = f.tasks->act(task->id, TaskEvent::Complete, outcome, agent, at());
    REQUIRE(done.ok());
    CHECK(done->openSubsteps() == 0);
    CHECK(f.tasks->load(task->id)->substeps[2].done);
}

TEST_CASE("A provisional claim the server gave to another device leaves mine",
          "[tasks][store][sync]")
{
    Fixture f;
    const Actor agent = f.actorFor(QStringLiteral("agent"));
    auto task = f.tasks->create(f.help(), agent, at());
    auto mine = f.tasks->act(task->id, TaskEvent::Claim, {}, agent, at());
    REQUIRE(mine.ok());
    CHECK(mine->claimProvisional);
    CHECK(f.board->count(BoardView::Mine, f.scopeFor(agent)) == 1);

    // The server's current task, as a rejected task.claim returns it: agent2 claimed first.
    AgentTask theirs = f.tasks->load(task->id).value();
    theirs.ownerId = secondAgentId;
    theirs.ownerName = QStringLiteral("周敏");
    theirs.status = TaskStatus::Claimed;
    theirs.claimProvisional = false;
    theirs.log.removeLast();
    REQUIRE(f.tasks->applySnapshot(TaskStore::toJson(theirs)).ok());

    const auto now = f.tasks->load(task->id);
    REQUIRE(now.ok());
    CHECK(now->ownerId == secondAgentId);
    CHECK_FALSE(now->claimProvisional);
    CHECK(f.board->count(BoardView::Mine, f.scopeFor(agent)) == 0);
    const auto others = f.board->fetch(BoardView::Others, f.scopeFor(agent), 10);
    REQUIRE(others.size() == 1);
    CHECK(others[0].ownerName == QStringLiteral("周敏"));

    // A confirmed claim is no longer provisional.
    auto other = f.tasks->create(f.help(QStringLiteral("帮办残疾人证换领")), agent, at());
    REQUIRE(f.tasks->act(other->id, TaskEvent::Claim, {}, agent, at()).ok());
    REQUIRE(f.tasks->confirmClaim(other->id).ok());
    CHECK_FALSE(f.tasks->load(other->id)->claimProvisional);
}

TEST_CASE("Board views sort by priority and due date, a page at a time", "[tasks][store]")
{
    Fixture f;
    const Actor agent = f.actorFor(QStringLiteral("agent"));
    const QList<TaskPriority> priorities{TaskPriority::Normal, TaskPriority::Elderly,
                                         TaskPriority::KeyProject, TaskPriority::Disabled};
    for (int i = 0; i < 40; ++i) {
        NewTask t = f.help(QStringLiteral("任务%1").arg(i));
        t.priority = priorities[i % 4];
        t.workingDays = 1 + i % 7;
        REQUIRE(f.tasks->create(t, agent, at()).ok());
    }
    const BoardScope scope = f.scopeFor(agent);
    CHECK(f.board->count(BoardView::Pool, scope) == 40);
    CHECK(f.board->count(BoardView::Pool, scope, 10) == 10); // capped for the tabs
    QList<BoardRow> all;
    std::optional<BoardRow> after;
    for (;;) {
        const auto page = f.board->fetch(BoardView::Pool, scope, 7, after);
        all += page;
        if (page.size() < 7)
            break;
        after = page.last();
    }
    REQUIRE(all.size() == 40);
    for (int i = 1; i < all.size(); ++i) {
        const auto &a = all[i - 1];
        const auto &b = all[i];
        CHECK((a.priorityRank < b.priorityRank
               || (a.priorityRank == b.priorityRank
                   && (a.dueDate < b.dueDate || (a.dueDate == b.dueDate && a.id < b.id)))));
    }
    CHECK(all.first().priority == TaskPriority::Elderly);
    // Near due: 1 working day from Friday = Monday 30 November.
    const auto due = f.board->fetch(BoardView::Due, scope, 100);
    for (const BoardRow &r : due)
        CHECK(r.dueDate <= scope.nearDueLimit);
    CHECK(due.size() == f.board->count(BoardView::Due, scope));
    CHECK(due.size() == 6); // workingDays 1 for i % 7 == 0: i = 0, 7, ..., 35

    // Every view reads an index, never the whole table.
    for (BoardView view : TaskBoard::allViews()) {
        const QString plan = f.board->explain(view, scope).join(QLatin1Char('\n'));
        INFO(plan.toStdString());
        CHECK(plan.contains(QStringLiteral("USING INDEX")));
        CHECK_FALSE(plan.contains(QStringLiteral("TEMP B-TREE")));
    }
}

TEST_CASE("The board model fetches a page at a time", "[tasks][items]")
{
    Fixture f;
    const Actor agent = f.actorFor(QStringLiteral("agent"));
    for (int i = 0; i < 250; ++i) {
        NewTask t = f.help(QStringLiteral("任务%1").arg(i));
        t.priority = i % 5 == 0 ? TaskPriority::Elderly : TaskPriority::Normal;
        REQUIRE(f.tasks->create(t, agent, at()).ok());
    }
    TaskBoardModel model(f.workspace->database(), f.workspace->calendar());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setToday(QDate(2026, 11, 27));
    model.setView(BoardView::Pool, f.scopeFor(agent));
    CHECK(model.rowCount() == TaskBoardModel::pageSize());
    CHECK(model.index(0, TaskBoardModel::PriorityColumn).data().toString()
          == TaskRules::priorityName(TaskPriority::Elderly));
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    model.fetchMore({});
    CHECK(model.rowCount() == 250);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.rowOf(model.index(249, 0).data(TaskBoardModel::TaskIdRole).toString()) == 249);
    for (int c = 0; c < model.columnCount(); ++c)
        CHECK_FALSE(model.headerData(c, Qt::Horizontal).toString().isEmpty());
    model.setView(BoardView::Mine, f.scopeFor(agent));
    CHECK(model.rowCount() == 0);
}

TEST_CASE("Help asked at intake: the case and its task in one transaction", "[tasks][store]")
{
    Fixture f;
    const Actor counter = f.actorFor(QStringLiteral("counter"));
    CaseStore cases(f.workspace->database(), f.workspace->calendar());
    const Catalog catalog = f.workspace->catalog().load().value();
    const ServiceItem *item = nullptr;
    for (const ServiceItem &i : catalog.items) {
        if (!i.isBundle()) {
            item = &i;
            break;
        }
    }
    REQUIRE(item);
    IntakeRequest r;
    r.item = *item;
    r.applicant.name = QStringLiteral("王秀兰");
    const QString first17 = QStringLiteral("62122119450612301");
    r.applicant.idNumber = first17 + ResidentId::checkCharacter(first17);
    r.applicant.phone = QStringLiteral("13893912345");
    r.applicant.address = QStringLiteral("成县城关镇东大街12号");
    r.materials = CaseRules::checklistFor(*item);
    for (CaseMaterial &m : r.materials) {
        m.status = CaseMaterial::Status::Received;
        m.copiesReceived = m.copiesExpected;
    }
    IntakeAssistance proxy;
    proxy.kind = TaskKind::Proxy;
    proxy.priority = TaskPriority::Elderly;
    proxy.attorneyValidUntil = QDate(2026, 11, 26); // already past: nothing is saved
    r.alsoSave = f.tasks->intakeFollowUp(proxy, counter, at());
    const qint64 before = cases.count();
    auto refused = cases.intake(r, counter, f.workspace->deviceShortId(), at());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("attorney.expired"));
    CHECK(cases.count() == before);
    CHECK(f.tasks->count() == 0);

    proxy.attorneyValidUntil = QDate(2026, 12, 31);
    r.alsoSave = f.tasks->intakeFollowUp(proxy, counter, at());
    auto saved = cases.intake(r, counter, f.workspace->deviceShortId(), at());
    REQUIRE(saved.ok());
    const auto pool = f.board->fetch(BoardView::Pool, f.scopeFor(counter), 10);
    REQUIRE(pool.size() == 1);
    CHECK(pool[0].caseNumber == saved->number);
    const AgentTask task = f.tasks->load(pool[0].id).value();
    CHECK(task.kind == TaskKind::Proxy);
    CHECK(task.origin == TaskOrigin::Intake);
    CHECK(task.caseId == saved->id);
    CHECK(task.attorney.grantorIdNumber == r.applicant.idNumber);
    CHECK(task.attorney.validUntil == QDate(2026, 12, 31));
    CHECK(task.priority == TaskPriority::Elderly);

    // The board shows whose task it is by name; the grantor's ID number and the phone never.
    TaskBoardModel model(f.workspace->database(), f.workspace->calendar());
    model.setToday(QDate(2026, 11, 27));
    model.setView(BoardView::Pool, f.scopeFor(counter));
    REQUIRE(model.rowCount() == 1);
    QStringList shown;
    for (int c = 0; c < model.columnCount(); ++c) {
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)})
            shown << model.index(0, c).data(role).toString();
    }
    const QString text = shown.join(u'\n');
    CHECK(text.contains(QStringLiteral("王秀兰")));
    for (const QString &secret : {r.applicant.idNumber, r.applicant.idNumber.mid(6, 8),
                                  r.applicant.phone, r.applicant.phone.mid(3, 4)}) {
        INFO(secret.toStdString());
        CHECK_FALSE(text.contains(secret));
    }
}
