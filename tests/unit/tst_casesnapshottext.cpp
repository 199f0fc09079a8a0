// caseToJsonText() is the change log's case snapshot written straight from the case: it must be
// the text QJsonDocument writes for caseToJson(), byte for byte, whatever the case holds (a field
// added to one and not the other fails here). canonicalJson(), the payload hash's canonical form,
// likewise for any JSON object.
#include "sync/syncprotocol.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <limits>

using namespace ow;

namespace {

QString nastyText(QRandomGenerator &random)
{
    static const char16_t pool[] = {u'a',  u'Z',   u'0',   u' ',   u'"',   u'\\',  u'/',   u'\n',
                                    u'\t', u'\r',  u'\b',  u'\f',  0x01,   0x1f,   0x7f,   0x80,
                                    0xe9,  0x4e2d, 0x53d7, 0xD83D, 0xDE42, 0xDC00, 0xFFFE, 0xFEFF};
    QString s;
    const int n = int(random.bounded(10));
    for (int i = 0; i < n; ++i)
        s.append(QChar(pool[random.bounded(int(std::size(pool)))]));
    return s;
}

QByteArray viaDocument(const Case &c, bool withHistory)
{
    return QJsonDocument(sync::caseToJson(c, withHistory)).toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE("A case snapshot's text is QJsonDocument's compact text of caseToJson", "[sync]")
{
    QRandomGenerator random(1129);
    const QDateTime t0(QDate(2026, 11, 29), QTime(1, 2, 3, 4), Qt::UTC);
    for (int round = 0; round < 400; ++round) {
        Case c;
        c.id = nastyText(random);
        c.number = QStringLiteral("621221-20261129-A1-0001");
        c.parentId = round % 3 == 0 ? QString() : nastyText(random);
        c.itemCode = nastyText(random);
        c.itemName = QStringLiteral("食品经营许可（新办）") + nastyText(random);
        c.departmentCode = nastyText(random);
        c.itemKind = round % 2 ? ItemKind::Licensing : ItemKind::PublicService;
        c.promisedDays = int(random.bounded(30));
        c.townshipAcceptable = round % 2 == 0;
        c.agentName = nastyText(random);
        c.agentIdNumber = nastyText(random);
        c.channel = round % 2 ? CaseChannel::Window : CaseChannel::Online;
        c.state = round % 2 ? CaseState::Accepted : CaseState::Received;
        c.placeCode = nastyText(random);
        c.releasePlaceCode = nastyText(random);
        c.staffId = nastyText(random);
        c.receivedAt = round % 7 == 0 ? QDateTime() : t0.addSecs(round * 3607);
        c.acceptedAt = round % 2 ? t0.addMSecs(round * 12345) : QDateTime();
        c.noticeDeadline = round % 3 ? QDate(2026, 12, 5) : QDate();
        c.dueDate = round % 4 ? QDate(2027, 1, 5).addDays(round) : QDate();
        c.suspendedAt = round % 5 == 0 ? t0 : QDateTime();
        c.suspendedWorkingDays = round % 6;
        c.decidedAt = round % 6 == 0 ? t0 : QDateTime();
        c.releasedAt = round % 8 == 0 ? t0 : QDateTime();
        c.closedAt = round % 9 == 0 ? t0 : QDateTime();
        c.trips = round % 3;
        c.delivery = round % 2 ? Case::Delivery::Mail : Case::Delivery::Counter;
        c.reason = nastyText(random);
        c.version = round + 1;
        c.updatedAt = t0.addDays(round);
        c.applicant.id = nastyText(random);
        c.applicant.kind = round % 2 ? Applicant::Kind::Person : Applicant::Kind::Enterprise;
        c.applicant.name = QStringLiteral("王伟") + nastyText(random);
        c.applicant.idNumber = nastyText(random);
        c.applicant.phone = nastyText(random);
        c.applicant.address = nastyText(random);
        c.applicant.legalRepresentative = nastyText(random);
        c.applicant.contactName = nastyText(random);
        for (int m = 0; m < round % 4; ++m) {
            CaseMaterial material;
            material.name = nastyText(random);
            material.copiesExpected = m + 1;
            material.copiesReceived = m;
            material.status
                    = m % 2 ? CaseMaterial::Status::Received : CaseMaterial::Status::Missing;
            material.supplyBy = m % 2 ? QDate(2026, 12, 1) : QDate();
            material.note = nastyText(random);
            c.materials.append(material);
        }
        for (int h = 0; h < round % 3; ++h) {
            CaseHistoryEntry e;
            e.id = nastyText(random);
            e.event = h == 0 ? CaseEvent::Receive : CaseEvent::Accept;
            if (h > 0)
                e.from = CaseState::Received;
            e.to = h == 0 ? CaseState::Received : CaseState::Accepted;
            e.atUtc = t0.addSecs(h);
            e.businessDate = h == 2 ? QDate() : QDate(2026, 11, 29);
            e.userId = nastyText(random);
            e.placeCode = nastyText(random);
            e.deviceId = nastyText(random);
            e.note = nastyText(random);
            c.history.append(e);
        }
        CAPTURE(round);
        REQUIRE(sync::caseToJsonText(c, true) == viaDocument(c, true));
        REQUIRE(sync::caseToJsonText(c, false) == viaDocument(c, false));
    }
}

namespace {

// A JSON value of any kind: nested objects and arrays, nasty keys and strings, integers large
// and small, fractions, whole doubles, huge and tiny doubles, booleans, nulls.
QJsonValue anyValue(QRandomGenerator &random, int depth)
{
    const int kind = int(random.bounded(depth > 2 ? 6 : 8));
    switch (kind) {
    case 0:
        return QJsonValue();
    case 1:
        return random.bounded(2) == 0;
    case 2: {
        static const qint64 integers[] = {0,
                                          1,
                                          -1,
                                          7,
                                          1000000,
                                          -99999999999LL,
                                          9007199254740993LL,
                                          std::numeric_limits<qint64>::max(),
                                          std::numeric_limits<qint64>::min()};
        return integers[random.bounded(int(std::size(integers)))];
    }
    case 3: {
        static const double doubles[]
                = {0.1,  -2.5,    1e15,   1e16,    1e300,  -1e-300, 2.0,    -0.0,
                   1e21, 123.456, 5e-324, 1.7e308, 9.2e18, 1.8e19,  3.25e6, 1.0 / 3};
        return doubles[random.bounded(int(std::size(doubles)))];
    }
    case 4:
    case 5:
        return nastyText(random);
    case 6: {
        QJsonArray a;
        for (int i = 0, n = int(random.bounded(5)); i < n; ++i)
            a.append(anyValue(random, depth + 1));
        return a;
    }
    default: {
        QJsonObject o;
        for (int i = 0, n = int(random.bounded(6)); i < n; ++i)
            o.insert(nastyText(random), anyValue(random, depth + 1));
        return o;
    }
    }
}

// The payload hash as docs/sync-protocol.md defines it, through QJsonDocument.
QByteArray hashViaDocument(const sync::PushMutation &m)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QByteArray &field :
         {m.name.toUtf8(), m.entityId.toUtf8(), QByteArray::number(m.baseVersion),
          m.userId.toUtf8(), QJsonDocument(m.payload).toJson(QJsonDocument::Compact)}) {
        h.addData(field);
        h.addData(QByteArrayView("\0", 1));
    }
    return h.result().toHex();
}

} // namespace

TEST_CASE("A payload's canonical text is QJsonDocument's compact text and its hash is unchanged",
          "[sync]")
{
    QRandomGenerator random(20261130);
    const QDateTime t0(QDate(2026, 11, 30), QTime(2, 3, 4, 5), Qt::UTC);
    for (int round = 0; round < 2000; ++round) {
        sync::PushMutation m;
        m.seq = round + 1;
        m.name = round % 2 ? sync::mutation::caseAccept() : sync::mutation::caseReceive();
        m.entityId = nastyText(random);
        m.baseVersion = round % 5;
        m.userId = nastyText(random);
        if (round % 4 == 0) {
            // A received case as a device sends it.
            Case c;
            c.id = nastyText(random);
            c.number = QStringLiteral("621221-20261130-A1-%1").arg(round);
            c.itemName = QStringLiteral("食品经营许可") + nastyText(random);
            c.receivedAt = t0.addSecs(round);
            c.applicant.name = QStringLiteral("张伟") + nastyText(random);
            c.promisedDays = round % 20;
            m.payload = sync::caseToJson(c, false);
        } else if (round % 4 == 1) {
            sync::TransitionPayload p;
            p.caseId = nastyText(random);
            p.event = CaseEvent::Accept;
            p.reason = nastyText(random);
            p.at = t0.addMSecs(round);
            p.businessDate = QDate(2026, 11, 30);
            m.payload = p.toJson();
        } else {
            // Anything a device might send, parsed back from its text as the server parses it.
            QJsonObject o = anyValue(random, 2).toObject();
            o.insert(QStringLiteral("x"), anyValue(random, 0));
            m.payload = round % 3 ? QJsonDocument::fromJson(QJsonDocument(o).toJson()).object() : o;
        }
        CAPTURE(round);
        const QByteArray expected = QJsonDocument(m.payload).toJson(QJsonDocument::Compact);
        REQUIRE(sync::canonicalJson(m.payload) == expected);
        REQUIRE(m.payloadHash() == hashViaDocument(m));
    }
    // A payload as a device sent it (numbers as it wrote them): read back, the same hash.
    const QByteArray sent = R"({"b":[1,2.5,-0,1e3,"\u00e9\ud83d\ude42"],"a":{"z":null,"y":true},)"
                            R"("c":12345678901234567890,"d":"\"\\\/\b\f\n\r\t\u0001"})";
    sync::PushMutation m;
    m.name = sync::mutation::caseTransition();
    m.payload = QJsonDocument::fromJson(sent).object();
    REQUIRE_FALSE(m.payload.isEmpty());
    CHECK(sync::canonicalJson(m.payload)
          == QJsonDocument(m.payload).toJson(QJsonDocument::Compact));
    CHECK(m.payloadHash() == hashViaDocument(m));
}
