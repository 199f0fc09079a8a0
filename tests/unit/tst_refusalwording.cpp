#include "sync/refusalwording.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

using namespace ow;

namespace {

QString readSource(const QString &relative)
{
    QFile f(QStringLiteral(ONEWINDOW_SOURCE_DIR "/") + relative);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

// Every code the server may answer with, as its protocol document lists them: the error table,
// the push stops and the rejection codes of a push result.
QSet<QString> documentedCodes()
{
    const QString doc = readSource(QStringLiteral("docs/sync-protocol.md"));
    QSet<QString> codes;
    static const QRegularExpression tableRow(QStringLiteral("^\\| \\d{3} \\| `([a-z_.]+)` \\|"),
                                             QRegularExpression::MultilineOption);
    for (auto it = tableRow.globalMatch(doc); it.hasNext();)
        codes.insert(it.next().captured(1));
    REQUIRE(codes.size() >= 15);
    static const QRegularExpression stop(
            QStringLiteral("\"stopped\": \\{\"code\": \"([a-z_.]+)\""));
    for (auto it = stop.globalMatch(doc); it.hasNext();)
        codes.insert(it.next().captured(1));
    const qsizetype from
            = doc.indexOf(QStringLiteral("Rejection codes come from the shared rules"));
    const qsizetype to = doc.indexOf(QStringLiteral("`current` is the case, task"), from);
    REQUIRE(from > 0);
    REQUIRE(to > from);
    static const QRegularExpression code(QStringLiteral("`([a-z_]+\\.[a-z_]+)`"));
    for (auto it = code.globalMatch(doc.mid(from, to - from)); it.hasNext();)
        codes.insert(it.next().captured(1));
    return codes;
}

} // namespace

TEST_CASE("Every code the server can answer with has the device's own words", "[unit][refusal]")
{
    const QSet<QString> codes = documentedCodes();
    CHECK(codes.contains(QStringLiteral("transition.illegal")));
    CHECK(codes.contains(QStringLiteral("sync.gap")));
    CHECK(codes.contains(QStringLiteral("request.timeout")));
    CHECK(codes.contains(QStringLiteral("appeal.not_rated_staff")));
    for (const QString &c : codes) {
        INFO("code " << c.toStdString() << " has no wording in models/sync/refusalwording.cpp");
        CHECK_FALSE(RefusalWording::text(c).isEmpty());
    }
    // No wording for a code the document does not list (a code renamed on one side only).
    for (const QString &c : RefusalWording::codes()) {
        INFO("code " << c.toStdString() << " is not in docs/sync-protocol.md");
        CHECK(codes.contains(c));
    }
}

TEST_CASE("The refusal codes of the shared rules are all in the protocol's list", "[unit][refusal]")
{
    // The rule files the server judges pushed mutations with: every dotted code they return is
    // a documented (and so worded) code.
    const QSet<QString> codes = documentedCodes();
    const QStringList mutationNames{QStringLiteral("rating.add"), QStringLiteral("rating.followup"),
                                    QStringLiteral("rating.appeal"),
                                    QStringLiteral("rating.appeal_decide")};
    static const QRegularExpression literal(QStringLiteral("\"([a-z_]+\\.[a-z_]+)\""));
    for (const char *file :
         {"models/domain/manifestrules.cpp", "models/domain/rating.cpp",
          "models/domain/taskrules.h", "models/domain/caselifecycle.cpp",
          "models/store/casestore.cpp", "server/entitysync.cpp", "models/store/taskstore.cpp",
          "models/store/manifeststore.cpp", "models/store/ratingstore.cpp"}) {
        const QString text = readSource(QString::fromLatin1(file));
        for (auto it = literal.globalMatch(text); it.hasNext();) {
            const QString c = it.next().captured(1);
            if (c.endsWith(QLatin1String(".h")) || c.startsWith(QLatin1String("payload."))
                || c == QLatin1String("personal_data.reveal") || mutationNames.contains(c)
                || c == QLatin1String("rating.followup_days"))
                continue; // headers, field paths, an audit action, mutation names, the check
                          // of a device setting (the follow-up deadline: never a server answer)
            INFO(file << ": " << c.toStdString());
            CHECK(codes.contains(c));
        }
    }
}

TEST_CASE("A refusal is worded from its code and keeps the server's text as detail",
          "[unit][refusal]")
{
    const QString server = QStringLiteral("The case was withdrawn at the applicant's request.");
    CHECK(RefusalWording::reason(QStringLiteral("transition.illegal"), server)
          == RefusalWording::text(QStringLiteral("transition.illegal")));
    CHECK(RefusalWording::reason(QStringLiteral("transition.illegal"), server) != server);
    CHECK(RefusalWording::detail(QStringLiteral("transition.illegal"), server).contains(server));
    // A code of a newer server: named, never silently dropped.
    CHECK(RefusalWording::reason(QStringLiteral("case.brand_new"), server)
                  .contains(QStringLiteral("case.brand_new")));
}
