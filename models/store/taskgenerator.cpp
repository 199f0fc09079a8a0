#include "taskgenerator.h"

#include "domain/businessclock.h"
#include "domain/taskrules.h"
#include "domain/uuidv7.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace ow {

namespace {

struct CaseRef
{
    QString id;
    QString number;
    QString applicantId;
    QString applicantName;
    QString itemName;
    QString departmentCode;
};

const char *const helpTitles[] = {
        "陪同办理养老保险待遇申领", "帮助填写残疾人证换领申请", "协助办理城乡居民医保参保",
        "帮办高龄补贴申请",         "协助补办居民身份证",       "帮办不动产登记查询",
        "协助办理低保年审",         "帮办营业执照变更",         "协助办理社会保障卡挂失",
};
const char *const projectTitles[] = {
        "中药材加工项目开工前审批",
        "光伏发电项目并网手续",
        "物流园区建设项目审批",
        "乡村旅游接待中心建设手续",
};
const char *const projectDepartments[] = {"FGJ", "ZRZY", "ZJJ", "SCJG", "STHJ"};

} // namespace

Result<TaskGenReport> TaskGenerator::generate(const std::shared_ptr<Database> &database,
                                              const TaskGenOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    TaskGenReport report;
    QSqlDatabase db = database->connection();
    QRandomGenerator rng(options.seed);
    QSqlQuery q(db);
    const auto failed = [&q](const QString &what) { return sqlError(what, q.lastError().text()); };

    QString place = options.placeCode;
    if (place.isEmpty()) {
        if (!q.exec(QStringLiteral("SELECT code FROM places WHERE kind = 'hall' ORDER BY code"
                                   " LIMIT 1"))
            || !q.next())
            return Error{QStringLiteral("taskgen.no_place"), QStringLiteral("no hall"), {}};
        place = q.value(0).toString();
    }
    QDate today = options.asOf;
    if (!today.isValid()) {
        if (q.exec(QStringLiteral("SELECT max(received_at) FROM cases")) && q.next()
            && !q.value(0).isNull()) {
            today = BusinessClock::dateOf(
                    QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs));
        }
        if (!today.isValid())
            today = BusinessClock::today();
    }

    // Cases to link: a sample spread over the table (rowid ranges, no full scan).
    QList<CaseRef> cases;
    if (q.exec(QStringLiteral(
                "SELECT id, number, applicant_id, applicant_name, item_name, department_code"
                " FROM cases WHERE rowid IN (SELECT abs(random()) % (SELECT max(rowid) FROM cases)"
                " + 1 FROM cases LIMIT 20000)"))) {
        while (q.next()) {
            cases.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
        }
    }

    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();

    // The agents: those of the place, then generated ones up to the number asked.
    QList<QPair<QString, QString>> agents;
    q.prepare(QStringLiteral("SELECT id, display_name FROM users WHERE place_code = ?"
                             " AND role = 'agent' AND active = 1 ORDER BY id"));
    q.addBindValue(place);
    if (!q.exec())
        return failed(QStringLiteral("read agents"));
    while (q.next())
        agents.append({q.value(0).toString(), q.value(1).toString()});
    const QStringList names{QStringLiteral("周敏"),   QStringLiteral("马红梅"),
                            QStringLiteral("杨建军"), QStringLiteral("赵丽娟"),
                            QStringLiteral("何文斌"), QStringLiteral("苏小燕")};
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO users (id, username, display_name, role,"
                             " place_code, department_code, active) VALUES (?,?,?,'agent',?,"
                             " NULL, 1)"));
    for (int i = int(agents.size()); i < options.agents; ++i) {
        const QString id = UuidV7::createString();
        const QString name
                = names[i % names.size()] + (i >= names.size() ? QString::number(i) : QString());
        q.addBindValue(id);
        q.addBindValue(QStringLiteral("genagent%1-%2").arg(place).arg(i));
        q.addBindValue(name);
        q.addBindValue(place);
        if (!q.exec())
            return failed(QStringLiteral("add agents"));
        agents.append({id, name});
    }
    for (const auto &a : std::as_const(agents))
        report.agentIds.append(a.first);

    QSqlQuery task(db);
    task.prepare(QStringLiteral(
            "INSERT INTO tasks (id, kind, origin, title, case_id, case_number, applicant_id,"
            " applicant_name, requester_name, requester_phone, place_code, department_code,"
            " priority, priority_rank, status, phase, owner_id, owner_name, claim_provisional,"
            " working_days, due_date, last_step, outcome, attorney_grantor, attorney_grantor_id,"
            " attorney_grantee, attorney_scope, attorney_valid_until, created_by, created_at,"
            " closed_at, version, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?,"
            "?,?,?,'',?,?,?,?,?,?,?,?)"));
    QSqlQuery log(db);
    log.prepare(QStringLiteral(
            "INSERT INTO task_log (id, task_id, event, from_status, to_status, step, substep,"
            " note, owner_before, owner_after, user_id, place_code, device_id, at_utc,"
            " business_date) VALUES (?,?,?,?,?,?,-1,?,?,?,?,?,'GEN',?,?)"));
    const QString creator = agents.isEmpty() ? QStringLiteral("generator") : agents[0].first;
    for (qint64 n = 0; n < options.tasks; ++n) {
        const quint32 p = rng.bounded(100u);
        const TaskPriority priority = p < 70 ? TaskPriority::Normal
                : p < 82                     ? TaskPriority::Elderly
                : p < 90                     ? TaskPriority::Disabled
                                             : TaskPriority::KeyProject;
        const TaskKind kind = rng.bounded(100u) < 78 ? TaskKind::Help : TaskKind::Proxy;
        const quint32 s = rng.bounded(100u);
        const TaskStatus status = s < 35 ? TaskStatus::Open
                : s < 47                 ? TaskStatus::Claimed
                : s < 60                 ? TaskStatus::InProgress
                : s < 95                 ? TaskStatus::Done
                                         : TaskStatus::Returned;
        const int phase = status == TaskStatus::Open                                ? 0
                : status == TaskStatus::Claimed || status == TaskStatus::InProgress ? 1
                                                                                    : 2;
        const bool linked = !cases.isEmpty() && rng.bounded(100u) < 80;
        const CaseRef c = linked ? cases[int(rng.bounded(quint32(cases.size())))] : CaseRef();
        // Created up to 60 days ago; open and active ones mostly recent.
        const int age = int(rng.bounded(phase == 2 ? 60u : 15u));
        const QDate created = today.addDays(-age);
        const int days = TaskRules::defaultWorkingDays(kind, priority);
        const QDate due = created.addDays(days * 7 / 5);
        const auto &owner = phase == 0 || agents.isEmpty()
                ? QPair<QString, QString>()
                : agents[int(rng.bounded(quint32(agents.size())))];
        const QDateTime createdAt(created, QTime(1 + int(rng.bounded(8u)), int(rng.bounded(60u))),
                                  Qt::UTC);
        const QString id = UuidV7::createString();
        const QString title = priority == TaskPriority::KeyProject
                ? QString::fromUtf8(projectTitles[rng.bounded(4u)])
                : (linked ? c.itemName : QString::fromUtf8(helpTitles[rng.bounded(9u)]));
        int i = 0;
        task.bindValue(i++, id);
        task.bindValue(i++, TaskRules::kindKey(kind));
        task.bindValue(i++, linked ? QStringLiteral("intake") : QStringLiteral("standalone"));
        task.bindValue(i++, title);
        task.bindValue(i++, sqlText(c.id));
        task.bindValue(i++, sqlText(c.number));
        task.bindValue(i++, sqlText(c.applicantId));
        task.bindValue(i++, linked ? c.applicantName : QStringLiteral("申请人%1").arg(n % 997));
        task.bindValue(i++, linked ? c.applicantName : QStringLiteral("申请人%1").arg(n % 997));
        task.bindValue(i++, QStringLiteral(""));
        task.bindValue(i++, place);
        task.bindValue(i++,
                       priority == TaskPriority::KeyProject
                               ? QString::fromLatin1(projectDepartments[rng.bounded(5u)])
                               : QStringLiteral(""));
        task.bindValue(i++, TaskRules::priorityKey(priority));
        task.bindValue(i++, TaskRules::priorityRank(priority));
        task.bindValue(i++, TaskRules::statusKey(status));
        task.bindValue(i++, phase);
        task.bindValue(i++, sqlText(owner.first));
        task.bindValue(i++, sqlText(owner.second));
        task.bindValue(i++, days);
        task.bindValue(i++, due.toString(Qt::ISODate));
        task.bindValue(i++,
                       status == TaskStatus::InProgress     ? TaskRules::stepKey(TaskStep::Handle)
                               : status == TaskStatus::Done ? TaskRules::stepKey(TaskStep::Deliver)
                                                            : QStringLiteral(""));
        task.bindValue(i++,
                       status == TaskStatus::Done ? QStringLiteral("已办结并送达")
                               : status == TaskStatus::Returned ? QStringLiteral("申请人撤回委托")
                                                                : QStringLiteral(""));
        const bool proxy = kind == TaskKind::Proxy;
        task.bindValue(i++,
                       proxy ? (linked ? c.applicantName : QStringLiteral("申请人"))
                             : QStringLiteral(""));
        task.bindValue(i++, proxy ? QStringLiteral("帮办代办窗口") : QStringLiteral(""));
        task.bindValue(i++,
                       proxy ? QStringLiteral("代为办理申请、补正与领取") : QStringLiteral(""));
        task.bindValue(i++, proxy ? created.addDays(90).toString(Qt::ISODate) : QStringLiteral(""));
        task.bindValue(i++, creator);
        task.bindValue(i++, createdAt.toString(Qt::ISODateWithMs));
        task.bindValue(i++,
                       phase == 2 ? QVariant(createdAt.addDays(3).toString(Qt::ISODateWithMs))
                                  : QVariant());
        task.bindValue(i++, phase == 0 ? 1 : phase == 1 ? 2 : 4);
        task.bindValue(i++, createdAt.toString(Qt::ISODateWithMs));
        if (!task.exec())
            return sqlError(QStringLiteral("add tasks"), task.lastError().text());
        ++report.tasks;
        if (linked)
            ++report.linkedToCases;

        // The log: created; claimed; progress; closed — as far as the status goes.
        struct Line
        {
            TaskEvent event;
            TaskStatus from, to;
            QString step, note, before, after;
        };
        QList<Line> lines{{TaskEvent::Create, TaskStatus::Open, TaskStatus::Open, {}, {}, {}, {}}};
        if (phase > 0) {
            lines.append({TaskEvent::Claim,
                          TaskStatus::Open,
                          TaskStatus::Claimed,
                          {},
                          {},
                          {},
                          owner.first});
        }
        if (status == TaskStatus::InProgress || status == TaskStatus::Done) {
            lines.append({TaskEvent::Progress, TaskStatus::Claimed, TaskStatus::InProgress,
                          TaskRules::stepKey(TaskStep::Handle), QStringLiteral("材料已递交部门"),
                          owner.first, owner.first});
        }
        if (phase == 2) {
            const bool done = status == TaskStatus::Done;
            lines.append({done ? TaskEvent::Complete : TaskEvent::Return,
                          done ? TaskStatus::InProgress : TaskStatus::Claimed,
                          status,
                          {},
                          done ? QStringLiteral("已办结并送达") : QStringLiteral("申请人撤回委托"),
                          owner.first,
                          owner.first});
        }
        for (int k = 0; k < lines.size(); ++k) {
            const Line &l = lines[k];
            const QDateTime when = createdAt.addSecs(3600 * k);
            log.bindValue(0, UuidV7::createString());
            log.bindValue(1, id);
            log.bindValue(2, TaskRules::eventKey(l.event));
            log.bindValue(3, TaskRules::statusKey(l.from));
            log.bindValue(4, TaskRules::statusKey(l.to));
            log.bindValue(5, sqlText(l.step));
            log.bindValue(6, sqlText(l.note));
            log.bindValue(7, sqlText(l.before));
            log.bindValue(8, sqlText(l.after));
            log.bindValue(9, k == 0 ? creator : owner.first);
            log.bindValue(10, place);
            log.bindValue(11, when.toString(Qt::ISODateWithMs));
            log.bindValue(12, BusinessClock::dateOf(when).toString(Qt::ISODate));
            if (!log.exec())
                return sqlError(QStringLiteral("add task log"), log.lastError().text());
            ++report.logRows;
        }
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    q.exec(QStringLiteral("ANALYZE tasks"));
    report.seconds = double(timer.elapsed()) / 1000.0;
    return report;
}

} // namespace ow
