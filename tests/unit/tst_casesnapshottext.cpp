// caseToJsonText() is the change log's case snapshot written straight from the case: it must be
// the text QJsonDocument writes for caseToJson(), byte for byte, whatever the case holds (a field
// added to one and not the other fails here).
#include "sync/syncprotocol.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QRandomGenerator>

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
