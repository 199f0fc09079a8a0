#include "domain/casedocumentfacts.h"
#include "domain/intakedefaults.h"
#include "items/catalogitemmodel.h"
#include "items/materialchecklistmodel.h"
#include "items/recentfirstproxy.h"
#include "store/recentitems.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

using namespace ow;
using namespace Qt::Literals::StringLiterals;

namespace {

QList<CaseMaterial> sampleChecklist()
{
    ServiceItem item;
    item.code = u"621221-RS-0001"_s;
    item.materials = {
            {u"社会保险单位参保登记表"_s,
             Material::Form::Original,
             1,
             Material::Requirement::Required,
             {}},
            {u"营业执照"_s, Material::Form::Copy, 1, Material::Requirement::NoLongerRequired, {}},
            {u"经办人居民身份证"_s, Material::Form::Copy, 2, Material::Requirement::Required, {}},
            {u"职工花名册"_s, Material::Form::Original, 1, Material::Requirement::Deferrable, {}},
    };
    return CaseRules::checklistFor(item);
}

} // namespace

TEST_CASE("The materials checklist model marks materials as the clerk does", "[intake][model]")
{
    MaterialChecklistModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDefaultSupplyBy(QDate(2026, 12, 11));
    model.setMaterials(sampleChecklist());
    REQUIRE(model.rowCount() == 3); // the cancelled certificate never appears

    model.toggleReceived(1);
    CHECK(model.materials()[1].status == CaseMaterial::Status::Received);
    CHECK(model.materials()[1].copiesReceived == 2);
    model.toggleReceived(1);
    CHECK(model.materials()[1].status == CaseMaterial::Status::Missing);
    CHECK(model.materials()[1].copiesReceived == 0);

    // Only a 容缺 material may be deferred, and it gets the default date.
    CHECK_FALSE(model.setStatus(0, CaseMaterial::Status::Deferred));
    CHECK(model.materials()[0].status == CaseMaterial::Status::Missing);
    REQUIRE(model.setStatus(2, CaseMaterial::Status::Deferred));
    CHECK(model.materials()[2].supplyBy == QDate(2026, 12, 11));
    const QModelIndex date = model.index(2, MaterialChecklistModel::SupplyByColumn);
    CHECK(model.flags(date) & Qt::ItemIsEditable);
    CHECK(model.setData(date, QDate(2026, 12, 18)));
    CHECK(model.materials()[2].supplyBy == QDate(2026, 12, 18));
    CHECK_FALSE(model.flags(model.index(0, MaterialChecklistModel::SupplyByColumn))
                & Qt::ItemIsEditable);

    REQUIRE(model.setStatus(0, CaseMaterial::Status::Defective));
    CHECK(model.setData(model.index(0, MaterialChecklistModel::NoteColumn), u"  缺少公章 "_s));
    CHECK(model.materials()[0].note == u"缺少公章"_s);

    model.markAllReceived(); // the missing one; the defective and the deferred stay
    CHECK(model.count(CaseMaterial::Status::Received) == 1);
    CHECK(model.count(CaseMaterial::Status::Defective) == 1);
    CHECK(model.count(CaseMaterial::Status::Deferred) == 1);
    model.adjustCopies(1, +1);
    CHECK(model.materials()[1].copiesReceived == 3);
    model.adjustCopies(1, -5);
    CHECK(model.materials()[1].status == CaseMaterial::Status::Missing);
}

TEST_CASE("Recent items are kept per user, newest first, and come first in the list",
          "[intake][model]")
{
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.filePath(u"client.sqlite"_s));
    REQUIRE(workspace.ok());
    LocalSettings &settings = workspace.value()->settings();
    RecentItems mine(settings, u"user-1"_s);
    RecentItems theirs(settings, u"user-2"_s);
    CHECK(mine.codes().isEmpty());
    for (int i = 0; i < RecentItems::maximum + 2; ++i)
        REQUIRE(mine.use(u"CODE-%1"_s.arg(i)).ok());
    REQUIRE(mine.use(u"CODE-3"_s).ok());
    const QStringList codes = mine.codes();
    CHECK(codes.size() == RecentItems::maximum);
    CHECK(codes.first() == u"CODE-3"_s);
    CHECK(codes.count(u"CODE-3"_s) == 1);
    CHECK_FALSE(codes.contains(u"CODE-0"_s));
    CHECK(theirs.codes().isEmpty());

    CatalogItemModel catalog;
    catalog.setCatalog(workspace.value()->catalog().load().value());
    RecentFirstProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&catalog);
    const auto codeAt = [&proxy](int row) {
        return proxy.index(row, 0).data(CatalogItemModel::ItemCodeRole).toString();
    };
    const QString first = catalog.itemAt(0)->code;
    const QString later = catalog.itemAt(10)->code;
    CHECK(codeAt(0) == first);
    proxy.setRecentCodes({later, u"NOT-IN-CATALOGUE"_s});
    CHECK(codeAt(0) == later);
    CHECK(codeAt(1) == first); // the rest keep catalogue order
    CHECK(proxy.isRecent(proxy.index(0, 0)));
    CHECK_FALSE(proxy.isRecent(proxy.index(1, 0)));
    CHECK(proxy.rowCount() == catalog.rowCount());
}

TEST_CASE("Document facts are copied out of the case", "[intake][documents]")
{
    Case c;
    c.number = u"621221-20261127-Z1-0001"_s;
    c.itemCode = u"621221-RS-0001"_s;
    c.itemName = u"单位社会保险参保登记"_s;
    c.itemKind = ItemKind::PublicService;
    c.promisedDays = 10;
    c.state = CaseState::Accepted;
    c.applicant.kind = Applicant::Kind::Enterprise;
    c.applicant.name = u"成县兴农果业有限公司"_s;
    c.applicant.idNumber = u"91620102MA71AB3C2P"_s;
    c.applicant.phone = u"13893912345"_s;
    c.receivedAt = QDateTime(QDate(2026, 11, 27), QTime(2, 0), Qt::UTC);
    c.acceptedAt = c.receivedAt;
    c.dueDate = QDate(2026, 12, 11);
    c.materials = sampleChecklist();
    c.materials[0].status = CaseMaterial::Status::Received;
    c.materials[0].copiesReceived = 1;
    c.materials[1].status = CaseMaterial::Status::Received;
    c.materials[1].copiesReceived = 2;
    c.materials[2].status = CaseMaterial::Status::Deferred;
    c.materials[2].supplyBy = QDate(2026, 12, 11);
    ServiceItem item;
    item.code = c.itemCode;
    item.legalBasis = u"《中华人民共和国社会保险法》第五十七条"_s;
    Place hall{u"621221"_s, u"成县政务服务中心"_s, Place::Kind::Hall, {}, u"地址"_s, u"0939"_s, {},
               {}};

    for (CaseEvent event : {CaseEvent::Receive, CaseEvent::Accept}) {
        CaseHistoryEntry e;
        e.event = event;
        e.to = event == CaseEvent::Receive ? CaseState::Received : CaseState::Accepted;
        e.atUtc = c.receivedAt;
        e.businessDate = QDate(2026, 11, 27);
        e.userId = u"u1"_s;
        e.placeCode = hall.code;
        c.history.append(e);
    }
    CaseDocumentSources sources;
    sources.authorityName = u"成县人力资源和社会保障局"_s;
    sources.legalBasis = item.legalBasis;
    sources.userName = [](const QString &id) { return id == u"u1"_s ? u"王丽"_s : QString(); };
    sources.place = [&hall](const QString &code) { return code == hall.code ? hall : Place(); };
    const DocumentFacts facts = CaseDocumentFacts::factsFor(DocumentKind::Acceptance, c, sources);
    CHECK(facts.caseNumber == c.number);
    CHECK(facts.hallName == hall.name);
    CHECK(facts.staffName == u"王丽"_s);
    CHECK(facts.applicantKind == DocumentFacts::ApplicantKind::Organisation);
    CHECK(facts.applicantIdNumber == c.applicant.idNumber);
    CHECK(facts.legalBasis == item.legalBasis);
    CHECK(facts.receivedOn == QDate(2026, 11, 27));
    CHECK(facts.acceptedOn == QDate(2026, 11, 27));
    CHECK(facts.dueOn == QDate(2026, 12, 11));
    REQUIRE(facts.materials.size() == 3);
    CHECK(facts.materials[0].status == DocumentMaterial::Status::ReceivedOriginal);
    CHECK(facts.materials[1].status == DocumentMaterial::Status::ReceivedCopy);
    CHECK(facts.materials[1].count == 2);
    CHECK(facts.materials[2].status == DocumentMaterial::Status::Deferred);
    CHECK(facts.materials[2].supplyBy == QDate(2026, 12, 11));

    CHECK(CaseDocumentFacts::intakeDocuments(c)
          == QList<DocumentKind>{DocumentKind::Acceptance, DocumentKind::DeferredPromise});
    c.state = CaseState::Received;
    CHECK(CaseDocumentFacts::intakeDocuments(c)
          == QList<DocumentKind>{DocumentKind::MaterialsReceipt});
    c.state = CaseState::AwaitingMaterials;
    CHECK(CaseDocumentFacts::intakeDocuments(c)
          == QList<DocumentKind>{DocumentKind::OneTimeNotice});
    c.state = CaseState::Rejected;
    CHECK(CaseDocumentFacts::intakeDocuments(c) == QList<DocumentKind>{DocumentKind::Rejection});
}

TEST_CASE("Intake defaults: the channel by role, the 容缺 date on the working calendar", "[intake]")
{
    CHECK(IntakeDefaults::channelFor(Role::Counter) == CaseChannel::Window);
    CHECK(IntakeDefaults::channelFor(Role::Township) == CaseChannel::Township);
    CHECK(IntakeDefaults::channelFor(Role::Agent) == CaseChannel::Agent);
    auto calendar = WorkCalendar::loadResource();
    REQUIRE(calendar.ok());
    // Friday 27 November 2026 + 10 working days.
    CHECK(IntakeDefaults::supplyBy(calendar.value(), QDate(2026, 11, 27)) == QDate(2026, 12, 11));
    CHECK_FALSE(IntakeDefaults::supplyBy(calendar.value(), QDate(2099, 1, 5)).isValid());
}
