#include "domain/casedocument.h"
#include "samplecase.h"
#include "testsupport.h"

#include <QSet>

using ow::CaseDocument;
using ow::ComposedDocument;
using ow::DocumentFacts;
using ow::DocumentKind;
using namespace Qt::Literals::StringLiterals;

namespace {

QString textOf(const ComposedDocument &doc)
{
    return doc.allText().join(u'\n');
}

const ow::DocumentSection *findSection(const ComposedDocument &doc, const QString &heading)
{
    for (const auto &section : doc.sections) {
        if (section.heading == heading)
            return &section;
    }
    return nullptr;
}

const QString kLicensingLaw = u"Administrative Licensing Law"_s;

} // namespace

TEST_CASE("Every document kind has its own title", "[documents]")
{
    const auto licensing = sample::licensingFacts();
    QSet<QString> titles;
    for (DocumentKind kind : CaseDocument::allKinds()) {
        const ComposedDocument doc = CaseDocument::compose(kind, licensing);
        CHECK_FALSE(doc.title.isEmpty());
        CHECK(doc.title == CaseDocument::title(kind, ow::ItemKind::Licensing));
        CHECK(doc.kind == kind);
        CHECK(doc.issuer == licensing.hallName);
        CHECK(doc.qrPayload == sample::kCaseNumber);
        CHECK(doc.reference.contains(sample::kCaseNumber));
        CHECK_FALSE(CaseDocument::kindId(kind).isEmpty());
        titles.insert(doc.title);
    }
    CHECK(titles.size() == CaseDocument::allKinds().size());

    CHECK(CaseDocument::title(DocumentKind::Acceptance, ow::ItemKind::Licensing)
          == u"Acceptance Notice"_s);
    CHECK(CaseDocument::title(DocumentKind::Approval, ow::ItemKind::Licensing)
          == u"Decision to Grant an Administrative Licence"_s);
    CHECK(CaseDocument::title(DocumentKind::Denial, ow::ItemKind::Licensing)
          == u"Decision Not to Grant an Administrative Licence"_s);
    CHECK(CaseDocument::title(DocumentKind::Approval, ow::ItemKind::Confirmation)
          == u"Decision to Approve the Application"_s);
    CHECK(CaseDocument::title(DocumentKind::Denial, ow::ItemKind::PublicService)
          == u"Decision Not to Approve the Application"_s);
}

TEST_CASE("Documents print identity numbers and phones masked, never whole", "[documents]")
{
    const QList<DocumentFacts> factSets = {sample::licensingFacts(), sample::publicServiceFacts()};
    for (const DocumentFacts &facts : factSets) {
        const bool organisation = facts.applicantKind == DocumentFacts::ApplicantKind::Organisation;
        const QString masked = organisation ? sample::kMaskedCreditCode : sample::kMaskedResidentId;
        CHECK(CaseDocument::maskedIdNumber(facts) == masked);
        CHECK(CaseDocument::maskedPhone(facts) == sample::kMaskedPhone);
        for (DocumentKind kind : CaseDocument::allKinds()) {
            INFO(CaseDocument::kindId(kind).toStdString());
            const QString text = textOf(CaseDocument::compose(kind, facts));
            CHECK(text.contains(masked));
            CHECK_FALSE(text.contains(facts.applicantIdNumber));
            CHECK_FALSE(text.contains(facts.applicantIdNumber.left(10)));
            CHECK(text.contains(sample::kMaskedPhone));
            CHECK_FALSE(text.contains(sample::kPhone));
            CHECK(text.contains(facts.applicantName));
            CHECK(text.contains(facts.itemName));
        }
    }

    DocumentFacts noPhone = sample::licensingFacts();
    noPhone.applicantPhone.clear();
    CHECK_FALSE(
            textOf(CaseDocument::compose(DocumentKind::Acceptance, noPhone)).contains(u"Phone"_s));
}

TEST_CASE("The legal basis comes from the item, never a fixed article", "[documents]")
{
    for (DocumentFacts facts : {sample::licensingFacts(), sample::publicServiceFacts()}) {
        facts.legalBasis = u"《某某条例》第九十九条"_s;
        for (DocumentKind kind : CaseDocument::allKinds()) {
            INFO(CaseDocument::kindId(kind).toStdString());
            CHECK(textOf(CaseDocument::compose(kind, facts)).contains(facts.legalBasis));
        }
    }

    // Non-licensing items cite their own basis in the decision itself.
    const DocumentFacts service = sample::publicServiceFacts();
    const ComposedDocument approval = CaseDocument::compose(DocumentKind::Approval, service);
    CHECK(approval.sections.first().paragraphs.join(u' ').contains(service.legalBasis));

    // Without a basis nothing is cited, and nothing is made up.
    DocumentFacts none = service;
    none.legalBasis.clear();
    for (DocumentKind kind : CaseDocument::allKinds()) {
        const QString text = textOf(CaseDocument::compose(kind, none));
        CHECK_FALSE(text.contains(u"In accordance with"_s));
        CHECK_FALSE(text.contains(u"Legal basis"_s));
    }
}

TEST_CASE("Licensing items cite the Administrative Licensing Law where it applies", "[documents]")
{
    const DocumentFacts facts = sample::licensingFacts();
    const auto body = [&](DocumentKind kind) {
        return CaseDocument::compose(kind, facts).sections.first().paragraphs.join(u'\n');
    };
    const QString article32 = u"Article 32 of the " + kLicensingLaw;
    CHECK(body(DocumentKind::Acceptance).contains(article32));
    CHECK(body(DocumentKind::OneTimeNotice).contains(article32));
    CHECK(body(DocumentKind::Rejection).contains(article32));
    CHECK(body(DocumentKind::MaterialsReceipt).contains(article32));
    CHECK(body(DocumentKind::Approval)
                  .contains(u"Article 38, paragraph 1, of the " + kLicensingLaw));
    CHECK(body(DocumentKind::Denial).contains(u"Article 38, paragraph 2, of the " + kLicensingLaw));
    CHECK(body(DocumentKind::Suspension).contains(u"Article 45 of the " + kLicensingLaw));
    // The decision names the item's own basis next to the procedural article.
    CHECK(body(DocumentKind::Denial).contains(facts.legalBasis));
    CHECK_FALSE(body(DocumentKind::Acceptance).contains(u"Article 38"_s));
    CHECK_FALSE(textOf(CaseDocument::compose(DocumentKind::DeferredPromise, facts))
                        .contains(kLicensingLaw));

    // Every other kind of item cites no article of the licensing law.
    for (ow::ItemKind itemKind :
         {ow::ItemKind::Confirmation, ow::ItemKind::Payment, ow::ItemKind::Adjudication,
          ow::ItemKind::Levy, ow::ItemKind::Award, ow::ItemKind::OtherPower,
          ow::ItemKind::PublicService}) {
        DocumentFacts other = sample::publicServiceFacts();
        other.itemKind = itemKind;
        for (DocumentKind kind : CaseDocument::allKinds()) {
            const QString text = textOf(CaseDocument::compose(kind, other));
            CHECK_FALSE(text.contains(kLicensingLaw));
            CHECK_FALSE(text.contains(u"administrative licence"_s));
        }
    }
}

TEST_CASE("A denial gives its reasons and both remedies with their time limits", "[documents]")
{
    for (const DocumentFacts &facts : {sample::licensingFacts(), sample::publicServiceFacts()}) {
        for (DocumentKind kind : {DocumentKind::Denial, DocumentKind::Rejection}) {
            const ComposedDocument doc = CaseDocument::compose(kind, facts);
            const auto *reasons = findSection(doc, u"Reasons"_s);
            REQUIRE(reasons);
            CHECK(reasons->paragraphs == QStringList{facts.reason});

            const auto *rights = findSection(doc, u"Your rights"_s);
            REQUIRE(rights);
            const QString text = rights->paragraphs.join(u' ');
            CHECK(text.contains(u"within 60 days"_s));
            CHECK(text.contains(u"the Administrative Reconsideration Law of the People's Republic "
                                "of China"_s));
            CHECK(text.contains(facts.reviewAuthority));
            CHECK(text.contains(u"within six months"_s));
            CHECK(text.contains(u"Article 46 of the Administrative Litigation Law"_s));
            CHECK(text.contains(facts.court));
        }
    }

    // Unknown authorities are described, not left blank.
    DocumentFacts facts = sample::licensingFacts();
    facts.reviewAuthority.clear();
    facts.court.clear();
    const QString text = textOf(CaseDocument::compose(DocumentKind::Denial, facts));
    CHECK(text.contains(u"the competent administrative reconsideration authority"_s));
    CHECK(text.contains(u"the competent people's court"_s));

    // Notices that decide nothing against the applicant carry no rights section.
    for (DocumentKind kind : {DocumentKind::Acceptance, DocumentKind::Approval,
                              DocumentKind::MaterialsReceipt, DocumentKind::DeferredPromise}) {
        CHECK_FALSE(findSection(CaseDocument::compose(kind, sample::licensingFacts()),
                                u"Your rights"_s));
    }
}

TEST_CASE("The one-time notice lists every missing and defective material", "[documents]")
{
    const DocumentFacts facts = sample::licensingFacts();
    const ComposedDocument doc = CaseDocument::compose(DocumentKind::OneTimeNotice, facts);
    const auto *toSupply = findSection(doc, u"Materials to supplement or correct"_s);
    REQUIRE(toSupply);
    REQUIRE(toSupply->table.rows.size() == 2);
    CHECK(toSupply->table.rows.at(0).at(1) == u"经营场所平面图"_s);
    CHECK(toSupply->table.rows.at(0).at(2) == u"To be corrected"_s);
    CHECK(toSupply->table.rows.at(0).at(4) == u"未标注操作间面积，请重新绘制"_s);
    CHECK(toSupply->table.rows.at(1).at(1) == u"食品安全管理制度文本"_s);
    CHECK(toSupply->table.rows.at(1).at(2) == u"Missing"_s);
    for (const QStringList &row : toSupply->table.rows)
        CHECK(row.size() == toSupply->table.header.size());

    const auto *received = findSection(doc, u"Materials received"_s);
    REQUIRE(received);
    CHECK(received->table.rows.size() == 3);
}

TEST_CASE("Acceptance, promise and suspension state their dates and periods", "[documents]")
{
    const DocumentFacts facts = sample::licensingFacts();

    const QString acceptance = textOf(CaseDocument::compose(DocumentKind::Acceptance, facts));
    CHECK(acceptance.contains(u"The promised time limit is 5 working days; the case is due to be "
                              "completed by 2026-12-7"_s));
    CHECK(acceptance.contains(u"accepted as deferred"_s));

    DocumentFacts onTheSpot = facts;
    onTheSpot.promisedDays = 0;
    CHECK(textOf(CaseDocument::compose(DocumentKind::Acceptance, onTheSpot))
                  .contains(u"The item is handled on the spot."_s));

    const ComposedDocument promise = CaseDocument::compose(DocumentKind::DeferredPromise, facts);
    const auto *deferred = findSection(promise, u"Deferred materials"_s);
    REQUIRE(deferred);
    REQUIRE(deferred->table.rows.size() == 1);
    CHECK(deferred->table.rows.at(0).at(1) == u"从业人员健康证明"_s);
    CHECK(deferred->table.rows.at(0).at(2) == u"2026-12-10"_s);
    CHECK(promise.addressee == u"To 礼县市场监督管理局:"_s);
    CHECK(promise.footer.sealHolder.contains(facts.applicantName));

    const ComposedDocument suspension = CaseDocument::compose(DocumentKind::Suspension, facts);
    const auto *procedure = findSection(suspension, u"Special procedure"_s);
    REQUIRE(procedure);
    const QString table = textOf(suspension);
    CHECK(table.contains(facts.reason));
    CHECK(table.contains(u"10 working days"_s));
    CHECK(table.contains(u"2026-12-2"_s));
    CHECK(table.contains(u"2026-12-15"_s));
    CHECK(suspension.footer.date == u"2026-12-2"_s);

    CHECK(CaseDocument::compose(DocumentKind::Denial, facts).footer.date == u"2026-12-4"_s);
    DocumentFacts issued = facts;
    issued.issuedOn = QDate(2026, 12, 5);
    CHECK(CaseDocument::compose(DocumentKind::Denial, issued).footer.date == u"2026-12-5"_s);
}

TEST_CASE("The termination notice states the missed dates, the item's basis and the remedies",
          "[documents]")
{
    DocumentFacts facts = sample::licensingFacts();
    facts.reason
            = u"The materials listed on the one-time notice were not supplied by 2026-12-21."_s;
    facts.materials[3].supplyBy = QDate(2026, 12, 21); // the missing material, with its deadline
    facts.issuedOn = QDate(2026, 12, 22);
    const ComposedDocument doc = CaseDocument::compose(DocumentKind::Termination, facts);
    CHECK(doc.title == u"Notice of Termination"_s);
    CHECK(CaseDocument::kindId(DocumentKind::Termination) == u"termination"_s);
    const QString text = textOf(doc);
    CHECK(text.contains(u"In accordance with "_s + sample::kLegalBasis));
    CHECK(text.contains(u"terminated"_s));
    CHECK(text.contains(facts.reason));
    CHECK(text.contains(u"礼县人民政府"_s));
    CHECK(text.contains(u"礼县人民法院"_s));
    CHECK(doc.footer.date == CaseDocument::formatDate(QDate(2026, 12, 22)));
    const auto *overdue = findSection(doc, u"Materials not supplied"_s);
    REQUIRE(overdue);
    // Missing, defective and deferred materials, each with its date; nothing received.
    REQUIRE(overdue->table.rows.size() == 3);
    CHECK(overdue->table.rows[1][1] == facts.materials[3].name);
    CHECK(overdue->table.rows[1][3] == CaseDocument::formatDate(QDate(2026, 12, 21)));
    CHECK(overdue->table.rows[2][3] == CaseDocument::formatDate(QDate(2026, 12, 10)));
}

TEST_CASE("A bundle's decision lists every part's outcome, a denial with its reasons",
          "[documents]")
{
    DocumentFacts facts = sample::publicServiceFacts();
    using Outcome = ow::DocumentBundlePart::Outcome;
    facts.bundleParts = {
            {u"621221-20261130-A3-0043"_s,
             u"个体工商户设立登记"_s,
             u"礼县市场监督管理局"_s,
             Outcome::Approved,
             {}},
            {u"621221-20261130-A3-0044"_s, u"食品经营许可"_s, u"礼县市场监督管理局"_s,
             Outcome::Denied, u"经营场所与污染源距离不足二十五米"_s},
            {u"621221-20261130-A3-0045"_s,
             u"新办纳税人涉税信息确认"_s,
             u"国家税务总局礼县税务局"_s,
             Outcome::Approved,
             {}},
    };
    for (DocumentKind kind : {DocumentKind::Approval, DocumentKind::Denial}) {
        const ComposedDocument doc = CaseDocument::compose(kind, facts);
        const auto *parts
                = findSection(doc, u"Outcome of each part of this one-visit application"_s);
        REQUIRE(parts);
        REQUIRE(parts->table.rows.size() == 3);
        CHECK(parts->table.rows[0][4] == u"Approved"_s);
        CHECK(parts->table.rows[1][4] == u"Not approved"_s);
        CHECK(parts->table.rows[1][5] == u"经营场所与污染源距离不足二十五米"_s);
        CHECK(parts->table.rows[2][3] == u"国家税务总局礼县税务局"_s);
    }
    // Not a bundle: no such section.
    const ComposedDocument single
            = CaseDocument::compose(DocumentKind::Approval, sample::publicServiceFacts());
    CHECK(findSection(single, u"Outcome of each part of this one-visit application"_s) == nullptr);
}
