#include "domain/caselifecycle.h"
#include "domain/passwordhash.h"
#include "domain/permissions.h"
#include "domain/taskrules.h"
#include "domain/totp.h"
#include "testsupport.h"

using namespace ow;

namespace {

// The matrix as the security documentation writes it, cell by cell: the test fails when one
// changes without the other.
QString expectedRoles(Action action)
{
    switch (action) {
    case Action::CaseReceive:
        return QStringLiteral("counter agent township");
    case Action::CaseAccept:
    case Action::CaseNotify:
    case Action::CaseReject:
    case Action::CaseSupplement:
    case Action::CaseRoute:
    case Action::CaseRelease:
    case Action::CaseMailRelease:
        return QStringLiteral("counter township");
    case Action::CaseApprove:
    case Action::CaseDeny:
    case Action::CaseSuspend:
    case Action::CaseResume:
        return QStringLiteral("approver");
    case Action::CasePrepareRelease:
        return QStringLiteral("counter approver");
    case Action::CaseTerminate:
    case Action::CaseWithdraw:
        return QStringLiteral("counter township supervisor");
    case Action::TaskCreate:
        return QStringLiteral("counter agent township supervisor");
    case Action::TaskClaim:
    case Action::TaskProgress:
    case Action::TaskComplete:
        return QStringLiteral("agent township");
    case Action::TaskRelease:
    case Action::TaskHandover:
    case Action::TaskReturn:
        return QStringLiteral("agent township supervisor");
    case Action::ManifestSendForward:
    case Action::ManifestReceiveReturn:
        return QStringLiteral("township");
    case Action::ManifestSendReturn:
    case Action::ManifestReceiveForward:
        return QStringLiteral("counter");
    case Action::RatingAdd:
        return QStringLiteral("counter agent township");
    case Action::RatingFollowUp:
        return QStringLiteral("supervisor admin");
    case Action::RatingAppeal:
        return QStringLiteral("counter agent township approver");
    case Action::RatingDecide:
        return QStringLiteral("supervisor");
    case Action::CatalogImport:
    case Action::CalendarImport:
    case Action::UserAdmin:
    case Action::DeviceAdmin:
        return QStringLiteral("admin*");
    case Action::AuditRead:
        return QStringLiteral("auditor*");
    case Action::RevealPersonalData:
        return QStringLiteral("counter agent township approver supervisor");
    case Action::StatisticsCounty:
        return QStringLiteral("supervisor*");
    }
    return {};
}

} // namespace

TEST_CASE("Permissions: every cell of the role x action x place matrix", "[permissions]")
{
    int cells = 0;
    for (Action action : Permissions::allActions()) {
        const QStringList allowed = expectedRoles(action).split(QLatin1Char(' '));
        for (Role role : Roles::all()) {
            const QString key = Roles::key(role);
            const bool anywhere = allowed.contains(key + QLatin1Char('*'));
            const bool own = anywhere || allowed.contains(key);
            INFO(Permissions::actionKey(action).toStdString() << " / " << key.toStdString());
            CHECK(Permissions::allows(role, action, PlaceRelation::Own) == own);
            CHECK(Permissions::allows(role, action, PlaceRelation::Other) == anywhere);
            const Error atHome = Permissions::check(role, action, PlaceRelation::Own);
            const Error away = Permissions::check(role, action, PlaceRelation::Other);
            CHECK(atHome.code == (own ? QString() : QStringLiteral("role.forbidden")));
            CHECK(away.code
                  == (anywhere      ? QString()
                              : own ? QStringLiteral("place.forbidden")
                                    : QStringLiteral("role.forbidden")));
            if (away.isError())
                CHECK_FALSE(away.message.isEmpty());
            cells += 2;
        }
        CHECK(Permissions::actionFromKey(Permissions::actionKey(action)) == action);
        CHECK_FALSE(Permissions::actionName(action).isEmpty());
    }
    CHECK(cells == Permissions::allActions().size() * 7 * 2);
}

TEST_CASE("Permissions: the case and task rules ask the matrix who may act", "[permissions]")
{
    // A role the matrix refuses is refused by the rule with role.forbidden, whatever the case.
    for (CaseEvent event : CaseLifecycle::allEvents()) {
        for (Role role : Roles::all()) {
            TransitionContext ctx;
            ctx.role = role;
            ctx.placeKind = role == Role::Township ? Place::Kind::Township : Place::Kind::Hall;
            ctx.placeCode = QStringLiteral("621221");
            ctx.caseHallCode = ctx.acceptingPlaceCode = ctx.releasePlaceCode = ctx.placeCode;
            ctx.departmentCode = ctx.caseDepartmentCode = QStringLiteral("SCJG");
            std::optional<CaseState> from;
            for (CaseState s : CaseLifecycle::allStates()) {
                if (CaseLifecycle::targetState(s, event)) {
                    from = s;
                    break;
                }
            }
            if (event == CaseEvent::Receive)
                from.reset();
            const TransitionOutcome outcome = CaseLifecycle::apply(from, event, ctx);
            INFO(CaseLifecycle::eventKey(event).toStdString()
                 << " / " << Roles::key(role).toStdString());
            const bool may = Permissions::mayEver(role, Permissions::forCaseEvent(event));
            CHECK((outcome.refusal == Refusal::RoleForbidden) == !may);
        }
    }
    for (TaskEvent event : TaskRules::allEvents()) {
        for (Role role : Roles::all()) {
            TaskFacts facts;
            facts.placeCode = QStringLiteral("621221");
            TaskActorContext actor;
            actor.role = role;
            actor.placeCode = facts.placeCode;
            std::optional<TaskStatus> from;
            for (TaskStatus s : TaskRules::allStatuses()) {
                if (TaskRules::targetStatus(s, event)) {
                    from = s;
                    break;
                }
            }
            facts.status = event == TaskEvent::Create ? std::nullopt : from;
            const TaskOutcome outcome = TaskRules::apply(facts, event, actor);
            const bool may = Permissions::mayEver(role, Permissions::forTaskEvent(event));
            INFO(TaskRules::eventKey(event).toStdString()
                 << " / " << Roles::key(role).toStdString());
            CHECK((outcome.refusal == TaskRefusal::RoleForbidden) == !may);
        }
    }
}

TEST_CASE("PasswordHash: PBKDF2 with the cost stored, salted, policy", "[auth]")
{
    const QString stored = PasswordHash::hash(QStringLiteral("Gansu-2026"), 1000);
    CHECK(stored.startsWith(QStringLiteral("pbkdf2-sha256$1000$")));
    CHECK(PasswordHash::iterationsOf(stored) == 1000);
    CHECK(PasswordHash::verify(QStringLiteral("Gansu-2026"), stored));
    CHECK_FALSE(PasswordHash::verify(QStringLiteral("gansu-2026"), stored));
    CHECK_FALSE(PasswordHash::verify(QStringLiteral("Gansu-2026"), QStringLiteral("garbage")));
    CHECK_FALSE(PasswordHash::verify(QStringLiteral("Gansu-2026"),
                                     QStringLiteral("pbkdf2-sha256$x$$")));
    // A new salt every time.
    CHECK(PasswordHash::hash(QStringLiteral("Gansu-2026"), 1000) != stored);
    CHECK(PasswordHash::hash(QStringLiteral("x"))
                  .startsWith(QStringLiteral("pbkdf2-sha256$600000$")));

    CHECK(PasswordHash::checkPolicy(QStringLiteral("Gansu-2026")).code.isEmpty());
    CHECK(PasswordHash::checkPolicy(QStringLiteral("gansu2026x")).code
          == QStringLiteral("password.policy"));
    CHECK(PasswordHash::checkPolicy(QStringLiteral("Ab1-")).code
          == QStringLiteral("password.policy"));
    CHECK(PasswordHash::checkPolicy(QStringLiteral("abcdefgh")).code
          == QStringLiteral("password.policy"));
    CHECK(PasswordHash::checkPolicy(QStringLiteral("甘肃abc12345")).code.isEmpty());
    // Injection-shaped and very long input is only text.
    CHECK_FALSE(PasswordHash::verify(QStringLiteral("' OR 1=1 --"), stored));
    CHECK_FALSE(PasswordHash::verify(QString(100000, QLatin1Char('%')), stored));
}

TEST_CASE("Totp: the RFC 6238 test vectors (SHA-1)", "[auth]")
{
    const QByteArray secret("12345678901234567890");
    const struct
    {
        qint64 time;
        const char *code;
    } vectors[] = {{59, "94287082"},         {1111111109, "07081804"}, {1111111111, "14050471"},
                   {1234567890, "89005924"}, {2000000000, "69279037"}, {20000000000, "65353130"}};
    for (const auto &v : vectors) {
        INFO(v.time);
        CHECK(Totp::code(secret, v.time / 30, 8) == QLatin1String(v.code));
        // The six-digit code is the last six digits.
        CHECK(Totp::code(secret, v.time / 30) == QLatin1String(v.code + 2));
    }
    const QDateTime t = QDateTime::fromSecsSinceEpoch(1111111111, Qt::UTC);
    CHECK(Totp::verify(secret, QStringLiteral("050471"), t) == 1111111111 / 30);
    // ±1 step is accepted, two steps are not.
    CHECK(Totp::verify(secret, Totp::codeAt(secret, t.addSecs(30)), t).has_value());
    CHECK(Totp::verify(secret, Totp::codeAt(secret, t.addSecs(-30)), t).has_value());
    CHECK_FALSE(Totp::verify(secret, Totp::codeAt(secret, t.addSecs(90)), t).has_value());
    CHECK_FALSE(Totp::verify(secret, QStringLiteral("12345"), t).has_value());
    CHECK_FALSE(Totp::verify(secret, QStringLiteral("'--%_x"), t).has_value());

    CHECK(Totp::base32(QByteArray("12345678901234567890"))
          == QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
    CHECK(Totp::fromBase32(QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")) == secret);
    CHECK_FALSE(Totp::fromBase32(QStringLiteral("not base32!")).has_value());
    const QString uri = Totp::uri(secret, QStringLiteral("supervisor"));
    CHECK(uri.startsWith(QStringLiteral("otpauth://totp/OneWindow:supervisor?secret=GEZDGNBV")));
    CHECK(uri.contains(QStringLiteral("period=30")));
    CHECK(Totp::newSecret().size() == 20);
    CHECK(Totp::newSecret() != Totp::newSecret());
}

TEST_CASE("Permissions: personal data is shown whole only to roles that need it, each reveal "
          "audited",
          "[permissions]")
{
    // The store enforces the matrix (CaseStore::revealPersonalData); the roles are the matrix's.
    CHECK(Permissions::allows(Role::Counter, Action::RevealPersonalData, PlaceRelation::Own));
    CHECK_FALSE(
            Permissions::allows(Role::Counter, Action::RevealPersonalData, PlaceRelation::Other));
    CHECK_FALSE(Permissions::mayEver(Role::Auditor, Action::RevealPersonalData));
    CHECK_FALSE(Permissions::mayEver(Role::Admin, Action::RevealPersonalData));
    CHECK_FALSE(Permissions::mayEver(Role::Admin, Action::AuditRead));
    CHECK(Permissions::forMutation(QStringLiteral("case.transition"), CaseEvent::Approve)
          == Action::CaseApprove);
    CHECK(Permissions::forMutation(QStringLiteral("task.claim")) == Action::TaskClaim);
    CHECK_FALSE(Permissions::forMutation(QStringLiteral("case.transition")).has_value());
    CHECK_FALSE(Permissions::forMutation(QStringLiteral("'; DROP TABLE users; --")).has_value());
}
