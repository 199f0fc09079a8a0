#include "syncsupport.h"
#include "testsupport.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

// docs/sync-protocol.md stays true: every example request is sent to a real server, in order,
// and each answer must have the example's status and shape.
namespace {

struct Block
{
    QString lang;
    QString text;
};

QList<Block> fencedBlocks(const QString &markdown)
{
    QList<Block> blocks;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines[i].startsWith(QLatin1String("```")))
            continue;
        Block b;
        b.lang = lines[i].mid(3).trimmed();
        QStringList body;
        for (++i; i < lines.size() && !lines[i].startsWith(QLatin1String("```")); ++i)
            body << lines[i];
        b.text = body.join(QLatin1Char('\n'));
        blocks.append(b);
    }
    return blocks;
}

struct Exchange
{
    QString requestHead; // request line and headers
    QString requestBody;
    int status = 0;
    QJsonObject response;
};

QList<Exchange> exchanges(const QList<Block> &blocks)
{
    static const QRegularExpression method(QStringLiteral("^(GET|POST) "));
    QList<Exchange> list;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        if (blocks[i].lang != QLatin1String("http") || !method.match(blocks[i].text).hasMatch())
            continue;
        Exchange e;
        e.requestHead = blocks[i].text;
        qsizetype j = i + 1;
        if (j < blocks.size() && blocks[j].lang == QLatin1String("json"))
            e.requestBody = blocks[j++].text;
        if (j < blocks.size() && blocks[j].lang == QLatin1String("http")
            && blocks[j].text.startsWith(QLatin1String("HTTP/1.1 "))) {
            e.status = blocks[j].text.mid(9, 3).toInt();
            ++j;
            if (j < blocks.size() && blocks[j].lang == QLatin1String("json"))
                e.response = QJsonDocument::fromJson(blocks[j].text.toUtf8()).object();
        }
        list.append(e);
        i = j - 1;
    }
    return list;
}

// The keys that must carry the example's value too (not just its type).
bool comparedByValue(const QString &key)
{
    static const QStringList keys{
            QStringLiteral("status"),       QStringLiteral("code"),      QStringLiteral("bucket"),
            QStringLiteral("state"),        QStringLiteral("entity"),    QStringLiteral("event"),
            QStringLiteral("seq"),          QStringLiteral("last_seq"),  QStringLiteral("stream"),
            QStringLiteral("expected_seq"), QStringLiteral("version"),   QStringLiteral("has_more"),
            QStringLiteral("to_state"),     QStringLiteral("place_code")};
    return keys.contains(key);
}

// Compares the shapes; records differing long strings (token, ids, cursors) as substitutions.
void compare(const QJsonValue &expected, const QJsonValue &actual, const QString &path,
             const QString &key, QStringList *problems, QHash<QString, QString> *map)
{
    if (expected.type() != actual.type()) {
        problems->append(QStringLiteral("%1: type differs").arg(path));
        return;
    }
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key()))
                problems->append(
                        QStringLiteral("%1.%2: missing in the answer").arg(path, it.key()));
            else
                compare(it.value(), a.value(it.key()), path + QLatin1Char('.') + it.key(), it.key(),
                        problems, map);
        }
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (!e.contains(it.key()))
                problems->append(QStringLiteral("%1.%2: not in the example").arg(path, it.key()));
        }
    } else if (expected.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (e.size() != a.size())
            problems->append(QStringLiteral("%1: %2 items, the example has %3")
                                     .arg(path)
                                     .arg(a.size())
                                     .arg(e.size()));
        for (qsizetype i = 0; i < qMin(e.size(), a.size()); ++i)
            compare(e[i], a[i], QStringLiteral("%1[%2]").arg(path).arg(i), key, problems, map);
    } else if (expected.isString()) {
        const QString e = expected.toString();
        const QString a = actual.toString();
        if (comparedByValue(key) && e != a)
            problems->append(QStringLiteral("%1: \"%2\", the example says \"%3\"").arg(path, a, e));
        else if (e != a && e.size() >= 12)
            map->insert(e, a);
    } else if (comparedByValue(key) && expected != actual) {
        problems->append(QStringLiteral("%1: differs from the example").arg(path));
    }
}

} // namespace

TEST_CASE("docs/sync-protocol.md: every example request gets the documented answer", "[sync]")
{
    QFile file(QStringLiteral(ONEWINDOW_SOURCE_DIR "/docs/sync-protocol.md"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString doc = QString::fromUtf8(file.readAll());
    const QList<Exchange> list = exchanges(fencedBlocks(doc));
    REQUIRE(list.size() >= 15);

    ServerProcess server;
    REQUIRE(server.start());
    QHash<QString, QString> map;
    // The doc's dates are those of the day its examples were made.
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    map.insert(QStringLiteral("2026-11-29"), today);
    map.insert(QStringLiteral("20261129"), QString(today).remove(QLatin1Char('-')));
    // The enrollment code: the doc's, replaced by one the server made.
    for (const Exchange &e : list) {
        if (!e.requestHead.contains(ow::sync::path::enroll()))
            continue;
        const QString docCode = QJsonDocument::fromJson(e.requestBody.toUtf8())
                                        .object()
                                        .value(QStringLiteral("code"))
                                        .toString();
        const auto run = server.run({QStringLiteral("device"), QStringLiteral("enroll"),
                                     QStringLiteral("--place"), QStringLiteral("621221"),
                                     QStringLiteral("--db"), server.dbUrl()});
        REQUIRE(run.exitCode == 0);
        map.insert(docCode, QString::fromUtf8(run.out).trimmed());
    }

    for (const Exchange &e : list) {
        QString head = e.requestHead;
        QString body = e.requestBody;
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            head.replace(it.key(), it.value());
            body.replace(it.key(), it.value());
        }
        const QStringList lines = head.split(QLatin1Char('\n'));
        const QStringList requestLine = lines.first().split(QLatin1Char(' '));
        REQUIRE(requestLine.size() >= 2);
        QList<QPair<QByteArray, QByteArray>> headers;
        for (const QString &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            if (colon > 0)
                headers.append({line.left(colon).trimmed().toLatin1(),
                                line.mid(colon + 1).trimmed().toUtf8()});
        }
        QUrl url = server.baseUrl();
        const QString target = requestLine[1];
        url.setPath(target.section(QLatin1Char('?'), 0, 0));
        if (target.contains(QLatin1Char('?')))
            url.setQuery(target.section(QLatin1Char('?'), 1));
        const HttpReply reply = httpRequest(requestLine[0].toLatin1(), url, body.toUtf8(), headers);
        INFO(lines.first().toStdString() << "\n" << reply.body.toStdString());
        CHECK(reply.status == e.status);
        QStringList problems;
        compare(e.response, synctest::bodyOf(reply), QStringLiteral("$"), QString(), &problems,
                &map);
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        CHECK(problems.isEmpty());
    }
}
