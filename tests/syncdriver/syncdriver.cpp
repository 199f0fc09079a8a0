// A client process for the fault tests (tests/sync/tst_syncfaults*.cpp): it opens a device's
// local store and works on it (intakes, moves, sync cycles, pulls), printing a line after each
// step that reached the disk, so a test can kill it with SIGKILL at a chosen moment and then check
// what survived.
//
//   onewindow-syncdriver DB USER enroll URL CODE
//   onewindow-syncdriver DB USER work COUNT SEED [SYNC_EVERY]
//   onewindow-syncdriver DB USER sync
//   onewindow-syncdriver DB USER pull LIMIT
//
// ONEWINDOW_CA_FILE=PEM trusts that CA for a server behind TLS.
//
// Lines: "committed <case id>" (an intake or move committed locally), "synced ok <pushed>",
// "synced failed <code>", "page <bucket> <changes>" (a pulled page and its cursor committed),
// "ready" once the store is open, "done" at the end.
#include "domain/residentid.h"
#include "store/casestore.h"
#include "store/localsyncstore.h"
#include "store/workspace.h"
#include "sync/syncengine.h"
#include "sync/synchttp.h"
#include "sync/syncprotocol.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace ow;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int fail(const QString &what)
{
    std::fputs(qPrintable(QStringLiteral("error ") + what + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
    return 2;
}

QString idNumber(quint32 n)
{
    const QDate birth = QDate(1950, 1, 1).addDays(qint64(n % 18000));
    const QString first17 = QStringLiteral("621221") + birth.toString(QStringLiteral("yyyyMMdd"))
            + QStringLiteral("%1").arg(n % 1000, 3, 10, QLatin1Char('0'));
    return first17 + ResidentId::checkCharacter(first17);
}

Result<Case> intake(Workspace &ws, CaseStore &cases, const Catalog &catalog, quint32 n)
{
    // The hall takes the company set-up; a township the sole trader's.
    const bool township = ws.actor().placeCode.size() > 6;
    const QString code
            = township ? QStringLiteral("621221-SCJG-0004") : QStringLiteral("621221-SCJG-0001");
    IntakeRequest r;
    r.item = *catalog.item(code);
    for (const QString &part : r.item.bundleParts)
        r.bundleParts.append(*catalog.item(part));
    r.channel = township ? CaseChannel::Township : CaseChannel::Window;
    static const QString surnames = QStringLiteral("王李张刘陈杨赵黄周吴");
    static const QString given = QStringLiteral("伟芳娜敏静丽强磊军洋");
    r.applicant.name = QString(surnames[n % 10]) + given[(n / 10) % 10];
    r.applicant.idNumber = idNumber(n);
    r.applicant.phone = QStringLiteral("13893912345");
    r.applicant.address = QStringLiteral("成县城关镇东大街12号");
    r.materials = CaseRules::checklistFor(r.item);
    for (CaseMaterial &m : r.materials) {
        m.status = CaseMaterial::Status::Received;
        m.copiesReceived = m.copiesExpected;
    }
    return cases.intake(r, ws.actor(), ws.deviceShortId(), QDateTime::currentDateTimeUtc());
}

int syncOnce(Workspace &ws)
{
    SyncEngine engine(ws.database(), ws.actor());
    const SyncOutcome outcome = engine.runCycle();
    if (outcome.ok)
        say(QStringLiteral("synced ok %1").arg(outcome.pushed));
    else
        say(QStringLiteral("synced failed %1").arg(outcome.errorCode));
    return outcome.ok ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    // A server behind TLS with a certificate of its own CA (scripts/check-install-vm.sh).
    if (const QString ca = qEnvironmentVariable("ONEWINDOW_CA_FILE"); !ca.isEmpty()) {
        if (Status trusted = SyncHttp::trustCaCertificates(ca); !trusted)
            return fail(trusted.error().message);
    }
    if (args.size() < 4)
        return fail(QStringLiteral("usage: DB USER COMMAND ..."));
    auto opened = Workspace::open(args[1]);
    if (!opened)
        return fail(opened.error().message);
    std::unique_ptr<Workspace> ws = std::move(opened.value());
    if (Status s = ws->setCurrentUser(args[2]); !s)
        return fail(s.error().message);
    CaseStore cases(ws->database(), ws->calendar());
    const Catalog catalog = ws->catalog().load().value();
    const QString command = args[3];
    say(QStringLiteral("ready"));

    if (command == QLatin1String("enroll") && args.size() >= 6) {
        auto enrolled = SyncEnroller::enroll(ws->database(), QUrl(args[4]), args[5],
                                             QStringLiteral("driver ") + args[2], ws->actor());
        if (!enrolled)
            return fail(enrolled.error().message);
        say(QStringLiteral("enrolled %1").arg(enrolled->shortId));
    } else if (command == QLatin1String("work") && args.size() >= 6) {
        const int count = args[4].toInt();
        QRandomGenerator random(args[5].toUInt());
        const int syncEvery = args.size() >= 7 ? args[6].toInt() : 3;
        QStringList open;
        for (int i = 0; i < count; ++i) {
            if (!open.isEmpty() && random.bounded(4) == 0) {
                const QString id = open.takeAt(random.bounded(int(open.size())));
                TransitionRequest t;
                t.event = CaseEvent::Route;
                auto moved = cases.transition(id, t, ws->actor(), QDateTime::currentDateTimeUtc());
                if (moved)
                    say(QStringLiteral("committed %1").arg(id));
            } else {
                auto c = intake(*ws, cases, catalog, random.generate());
                if (!c)
                    return fail(c.error().message);
                if (ws->actor().placeCode.size() == 6)
                    open.append(c->id);
                say(QStringLiteral("committed %1").arg(c->id));
            }
            if (syncEvery > 0 && (i + 1) % syncEvery == 0)
                syncOnce(*ws);
        }
    } else if (command == QLatin1String("sync")) {
        syncOnce(*ws);
    } else if (command == QLatin1String("pull") && args.size() >= 5) {
        LocalSyncStore store(ws->database());
        const auto enrollment = store.enrollment();
        if (!enrollment)
            return fail(QStringLiteral("not enrolled"));
        SyncHttp http{QUrl(enrollment->serverUrl)};
        http.setToken(enrollment->token);
        const SyncHttpAnswer listed = http.get(sync::path::buckets());
        auto buckets = sync::BucketsResponse::fromJson(listed.body);
        if (!listed.ok() || !buckets)
            return fail(QStringLiteral("buckets"));
        for (const QString &bucket : std::as_const(buckets->buckets)) {
            for (;;) {
                QUrlQuery query;
                query.addQueryItem(QStringLiteral("bucket"), bucket);
                query.addQueryItem(QStringLiteral("cursor"), store.cursor(bucket));
                query.addQueryItem(QStringLiteral("limit"), args[4]);
                const SyncHttpAnswer answer = http.get(sync::path::pull(), query);
                auto page = sync::PullResponse::fromJson(answer.body);
                if (!answer.ok() || !page)
                    return fail(QStringLiteral("pull %1").arg(answer.status));
                auto applied = store.applyPage(bucket, page->changes, page->cursor, ws->actor(),
                                               page->hasMore);
                if (!applied)
                    return fail(applied.error().message);
                say(QStringLiteral("page %1 %2").arg(bucket).arg(page->changes.size()));
                if (!page->hasMore)
                    break;
            }
        }
    } else {
        return fail(QStringLiteral("unknown command ") + command);
    }
    say(QStringLiteral("done"));
    return 0;
}
