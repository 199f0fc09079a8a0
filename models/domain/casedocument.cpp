#include "domain/casedocument.h"

#include "domain/creditcode.h"
#include "domain/phonenumber.h"
#include "domain/practicemark.h"
#include "domain/residentid.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace ow {

namespace {

using Status = DocumentMaterial::Status;

bool isLicensing(const DocumentFacts &facts)
{
    return facts.itemKind == ItemKind::Licensing;
}

// --- Citations -------------------------------------------------------------------------------

QString licensingLaw()
{
    return CaseDocument::tr("the Administrative Licensing Law of the People's Republic of China");
}

QString licensingArticle32()
{
    return CaseDocument::tr("Article 32 of %1").arg(licensingLaw());
}

QString licensingArticle38(int paragraph)
{
    return paragraph == 1 ? CaseDocument::tr("Article 38, paragraph 1, of %1").arg(licensingLaw())
                          : CaseDocument::tr("Article 38, paragraph 2, of %1").arg(licensingLaw());
}

QString licensingArticle45()
{
    return CaseDocument::tr("Article 45 of %1").arg(licensingLaw());
}

// The item's own basis first (it sets the conditions), then the procedural article.
QString joinCitations(const QString &first, const QString &second)
{
    if (first.isEmpty())
        return second;
    if (second.isEmpty())
        return first;
    return CaseDocument::tr("%1 and %2").arg(first, second);
}

// --- Common parts ----------------------------------------------------------------------------

QString orBlank(const QString &text)
{
    return text.trimmed().isEmpty() ? u"________"_s : text.trimmed();
}

QDate firstValid(std::initializer_list<QDate> dates)
{
    for (const QDate &date : dates) {
        if (date.isValid())
            return date;
    }
    return {};
}

QString workingDays(int days)
{
    return CaseDocument::tr("%1 working days").arg(days);
}

QString materialStatus(Status status)
{
    switch (status) {
    case Status::ReceivedOriginal:
        return CaseDocument::tr("Original received");
    case Status::ReceivedCopy:
        return CaseDocument::tr("Copy received");
    case Status::Missing:
        return CaseDocument::tr("Missing");
    case Status::Defective:
        return CaseDocument::tr("To be corrected");
    case Status::Deferred:
        return CaseDocument::tr("Deferred");
    }
    return {};
}

QString materialRemark(const DocumentMaterial &material)
{
    QStringList parts;
    if (!material.isReceived() && material.supplyBy.isValid())
        parts << CaseDocument::tr("Supply by %1").arg(CaseDocument::formatDate(material.supplyBy));
    if (!material.note.trimmed().isEmpty())
        parts << material.note.trimmed();
    return parts.join(u"; "_s);
}

template<typename Predicate>
DocumentTable materialsTable(const DocumentFacts &facts, Predicate include)
{
    DocumentTable table;
    table.header
            = {CaseDocument::tr("No."), CaseDocument::tr("Material"), CaseDocument::tr("Status"),
               CaseDocument::tr("Copies"), CaseDocument::tr("Remarks")};
    for (const DocumentMaterial &material : facts.materials) {
        if (!include(material))
            continue;
        table.rows.append({QString::number(table.rows.size() + 1), material.name,
                           materialStatus(material.status),
                           material.isReceived() ? QString::number(material.count) : QString(),
                           materialRemark(material)});
    }
    return table;
}

DocumentTable allMaterials(const DocumentFacts &facts)
{
    return materialsTable(facts, [](const DocumentMaterial &) { return true; });
}

bool hasMaterial(const DocumentFacts &facts, Status status)
{
    return std::any_of(facts.materials.cbegin(), facts.materials.cend(),
                       [status](const DocumentMaterial &m) { return m.status == status; });
}

enum class Row { Received, Accepted, Promised, Due, Decided, Department };

DocumentSection particulars(const DocumentFacts &facts, std::initializer_list<Row> extraRows)
{
    DocumentSection section;
    section.heading = CaseDocument::tr("Applicant and application");
    auto &rows = section.table.rows;
    rows.append({CaseDocument::tr("Applicant"), orBlank(facts.applicantName)});
    rows.append({facts.applicantKind == DocumentFacts::ApplicantKind::Organisation
                         ? CaseDocument::tr("Unified social credit code")
                         : CaseDocument::tr("ID number"),
                 orBlank(CaseDocument::maskedIdNumber(facts))});
    if (!facts.applicantPhone.trimmed().isEmpty())
        rows.append({CaseDocument::tr("Phone"), CaseDocument::maskedPhone(facts)});
    rows.append({CaseDocument::tr("Service item"), orBlank(facts.itemName)});
    if (!facts.itemCode.isEmpty())
        rows.append({CaseDocument::tr("Item code"), facts.itemCode});
    rows.append({CaseDocument::tr("Case number"), orBlank(facts.caseNumber)});
    if (!facts.legalBasis.trimmed().isEmpty())
        rows.append({CaseDocument::tr("Legal basis"), facts.legalBasis.trimmed()});
    for (Row row : extraRows) {
        switch (row) {
        case Row::Department:
            if (!facts.authorityName.isEmpty())
                rows.append({CaseDocument::tr("Department"), facts.authorityName});
            break;
        case Row::Received:
            if (facts.receivedOn.isValid())
                rows.append({CaseDocument::tr("Received on"),
                             CaseDocument::formatDate(facts.receivedOn)});
            break;
        case Row::Accepted:
            if (facts.acceptedOn.isValid())
                rows.append({CaseDocument::tr("Accepted on"),
                             CaseDocument::formatDate(facts.acceptedOn)});
            break;
        case Row::Promised:
            if (facts.promisedDays > 0)
                rows.append(
                        {CaseDocument::tr("Promised time limit"), workingDays(facts.promisedDays)});
            break;
        case Row::Due:
            if (facts.dueOn.isValid())
                rows.append({CaseDocument::tr("Due by"), CaseDocument::formatDate(facts.dueOn)});
            break;
        case Row::Decided:
            if (facts.decidedOn.isValid())
                rows.append({CaseDocument::tr("Decided on"),
                             CaseDocument::formatDate(facts.decidedOn)});
            break;
        }
    }
    return section;
}

QStringList contactNotes(const DocumentFacts &facts)
{
    QStringList notes;
    if (!facts.hallAddress.isEmpty())
        notes << CaseDocument::tr("Address: %1").arg(facts.hallAddress);
    if (!facts.hallPhone.isEmpty())
        notes << CaseDocument::tr("Enquiries: %1").arg(facts.hallPhone);
    return notes;
}

DocumentSection reasons(const DocumentFacts &facts)
{
    DocumentSection section;
    section.heading = CaseDocument::tr("Reasons");
    section.paragraphs << orBlank(facts.reason);
    return section;
}

QString reviewAuthority(const DocumentFacts &facts)
{
    return facts.reviewAuthority.trimmed().isEmpty()
            ? CaseDocument::tr("the competent administrative reconsideration authority")
            : facts.reviewAuthority.trimmed();
}

QString court(const DocumentFacts &facts)
{
    return facts.court.trimmed().isEmpty() ? CaseDocument::tr("the competent people's court")
                                           : facts.court.trimmed();
}

// Administrative Reconsideration Law: 60 days from knowing of the act (for a served document,
// from receiving it). Administrative Litigation Law, Article 46: six months.
DocumentSection rights(const DocumentFacts &facts, DocumentKind kind)
{
    const QString reviewLaw
            = CaseDocument::tr("the Administrative Reconsideration Law of the People's Republic of "
                               "China");
    const QString litigationLaw = CaseDocument::tr(
            "Article 46 of the Administrative Litigation Law of the People's Republic of China");
    DocumentSection section;
    section.heading = CaseDocument::tr("Your rights");
    if (kind == DocumentKind::Rejection || kind == DocumentKind::Termination) {
        section.paragraphs << CaseDocument::tr("If you do not accept this decision, you may apply "
                                               "to %1 for administrative "
                                               "reconsideration within 60 days from the day you "
                                               "receive this notice, in "
                                               "accordance with %2; or you may bring an "
                                               "administrative lawsuit before %3 within "
                                               "six months from the day you receive this notice, "
                                               "in accordance with %4.")
                                      .arg(reviewAuthority(facts), reviewLaw, court(facts),
                                           litigationLaw);
    } else {
        section.paragraphs << CaseDocument::tr("If you do not accept this decision, you may apply "
                                               "to %1 for administrative "
                                               "reconsideration within 60 days from the day you "
                                               "receive this decision, in "
                                               "accordance with %2; or you may bring an "
                                               "administrative lawsuit before %3 within "
                                               "six months from the day you receive this decision, "
                                               "in accordance with %4.")
                                      .arg(reviewAuthority(facts), reviewLaw, court(facts),
                                           litigationLaw);
    }
    return section;
}

QString submittedOpening(const DocumentFacts &facts)
{
    return CaseDocument::tr("On %1 you submitted an application for \"%2\" (item code: %3).")
            .arg(orBlank(CaseDocument::formatDate(facts.receivedOn)), orBlank(facts.itemName),
                 orBlank(facts.itemCode));
}

QString acceptedOpening(const DocumentFacts &facts)
{
    return CaseDocument::tr("Your application for \"%2\" submitted on %1 was accepted on %3 under "
                            "case number %4.")
            .arg(orBlank(CaseDocument::formatDate(facts.receivedOn)), orBlank(facts.itemName),
                 orBlank(CaseDocument::formatDate(facts.acceptedOn)), orBlank(facts.caseNumber));
}

QString keepAndTrack()
{
    return CaseDocument::tr(
            "Please keep this notice; the case number or the QR code lets you check progress.");
}

// --- The documents ---------------------------------------------------------------------------

void composeReceipt(const DocumentFacts &facts, ComposedDocument &doc)
{
    doc.addressee.clear(); // a receipt names the applicant in its text, it is not a letter
    DocumentSection body;
    body.paragraphs << CaseDocument::tr("On %1 we received from %2 the materials listed below for "
                                        "\"%3\" (item code: %4).")
                               .arg(orBlank(CaseDocument::formatDate(facts.receivedOn)),
                                    orBlank(facts.applicantName), orBlank(facts.itemName),
                                    orBlank(facts.itemCode));
    body.paragraphs << CaseDocument::tr(
            "This receipt certifies only that the materials were received. Whether the "
            "application is accepted is stated in the acceptance notice or the one-time notice.");
    if (isLicensing(facts)) {
        body.paragraphs << CaseDocument::tr("In accordance with %1, if the materials are "
                                            "incomplete or not in the statutory "
                                            "form, you will be told on the spot or within five "
                                            "days everything that must be "
                                            "supplemented; if you are not told in time, the "
                                            "application is deemed accepted "
                                            "from the day the materials were received.")
                                   .arg(licensingArticle32());
    }
    body.paragraphs << CaseDocument::tr("Please keep this receipt; the case number or the QR code "
                                        "lets you check progress.");
    doc.sections << body << particulars(facts, {Row::Received});

    DocumentSection materials;
    materials.heading = CaseDocument::tr("Materials");
    materials.table = allMaterials(facts);
    doc.sections << materials;

    doc.footer.signatures = {{CaseDocument::tr("Received by:"), facts.staffName},
                             {CaseDocument::tr("Applicant (signature):"), {}}};
}

void composeAcceptance(const DocumentFacts &facts, ComposedDocument &doc)
{
    DocumentSection body;
    body.paragraphs << submittedOpening(facts);
    const QString basis = isLicensing(facts) ? licensingArticle32() : facts.legalBasis.trimmed();
    if (basis.isEmpty()) {
        body.paragraphs << CaseDocument::tr(
                "Upon examination, the application materials are complete and in the statutory "
                "form. It is decided to accept the application.");
    } else {
        body.paragraphs
                << CaseDocument::tr(
                           "Upon examination, the application materials are complete and in the "
                           "statutory "
                           "form. In accordance with %1, it is decided to accept the application.")
                           .arg(basis);
    }
    if (facts.promisedDays <= 0) {
        body.paragraphs << CaseDocument::tr("The item is handled on the spot.");
    } else if (facts.dueOn.isValid()) {
        body.paragraphs << CaseDocument::tr("The promised time limit is %1 working days; the case "
                                            "is due to be completed by %2 (public holidays are "
                                            "not counted).")
                                   .arg(facts.promisedDays)
                                   .arg(CaseDocument::formatDate(facts.dueOn));
    } else {
        body.paragraphs << CaseDocument::tr("The promised time limit is %1 working days (public "
                                            "holidays are not counted).")
                                   .arg(facts.promisedDays);
    }
    if (hasMaterial(facts, Status::Deferred)) {
        body.paragraphs << CaseDocument::tr(
                "Some materials were accepted as deferred: please supply them by the dates in the "
                "table below, as promised in your letter of commitment.");
    }
    body.paragraphs << keepAndTrack();
    doc.sections << body
                 << particulars(facts,
                                {Row::Department, Row::Received, Row::Accepted, Row::Promised,
                                 Row::Due});

    DocumentSection materials;
    materials.heading = CaseDocument::tr("Materials");
    materials.table = allMaterials(facts);
    doc.sections << materials;

    doc.footer.signatures = {{CaseDocument::tr("Handled by:"), facts.staffName},
                             {CaseDocument::tr("Received by the applicant (signature):"), {}}};
}

void composeOneTimeNotice(const DocumentFacts &facts, ComposedDocument &doc)
{
    DocumentSection body;
    body.paragraphs << submittedOpening(facts);
    if (isLicensing(facts)) {
        body.paragraphs
                << CaseDocument::tr(
                           "Upon examination, the application materials are incomplete or not in "
                           "the "
                           "statutory form. In accordance with %1, you are hereby told at one time "
                           "everything that must be supplemented or corrected, as listed below.")
                           .arg(licensingArticle32());
    } else {
        body.paragraphs << CaseDocument::tr(
                "Upon examination, the application materials are incomplete or not in the "
                "statutory form. You are hereby told at one time everything that must be "
                "supplemented or corrected, as listed below.");
    }
    doc.sections << body;

    DocumentSection toSupply;
    toSupply.heading = CaseDocument::tr("Materials to supplement or correct");
    toSupply.table = materialsTable(facts, [](const DocumentMaterial &m) {
        return m.status == Status::Missing || m.status == Status::Defective;
    });
    doc.sections << toSupply;

    DocumentSection closing;
    closing.paragraphs << CaseDocument::tr(
            "Once you have supplied everything listed above and the materials are complete and in "
            "the statutory form, the application will be accepted. Apart from what this notice "
            "lists, you will not be asked to supplement any other material.");
    const bool dated = std::any_of(
            facts.materials.cbegin(), facts.materials.cend(), [](const DocumentMaterial &m) {
                return (m.status == Status::Missing || m.status == Status::Defective)
                        && m.supplyBy.isValid();
            });
    if (dated) {
        closing.paragraphs << CaseDocument::tr(
                "If the materials are not supplied by the dates stated in the table, the "
                "handling of the application will be terminated.");
    }
    if (!facts.hallName.isEmpty()) {
        closing.paragraphs << CaseDocument::tr(
                                      "The materials can be handed in at any integrated window "
                                      "of %1.")
                                      .arg(facts.hallName);
    }
    doc.sections << closing << particulars(facts, {Row::Received});

    DocumentSection received;
    received.heading = CaseDocument::tr("Materials received");
    received.table = materialsTable(facts, [](const DocumentMaterial &m) {
        return m.isReceived() || m.status == Status::Deferred;
    });
    if (!received.table.isEmpty())
        doc.sections << received;

    doc.footer.signatures = {{CaseDocument::tr("Handled by:"), facts.staffName},
                             {CaseDocument::tr("Received by the applicant (signature):"), {}}};
}

void composeRejection(const DocumentFacts &facts, ComposedDocument &doc)
{
    DocumentSection body;
    body.paragraphs << submittedOpening(facts);
    const QString basis = isLicensing(facts) ? licensingArticle32() : facts.legalBasis.trimmed();
    if (basis.isEmpty()) {
        body.paragraphs << CaseDocument::tr(
                "Upon examination, your application does not meet the conditions for acceptance, "
                "for the reasons stated below. It is decided not to accept the application.");
    } else {
        body.paragraphs << CaseDocument::tr("Upon examination, your application does not meet the "
                                            "conditions for acceptance, "
                                            "for the reasons stated below. In accordance with %1, "
                                            "it is decided not to accept "
                                            "the application.")
                                   .arg(basis);
    }
    doc.sections << body << reasons(facts) << rights(facts, DocumentKind::Rejection)
                 << particulars(facts, {Row::Received});
    doc.footer.signatures = {{CaseDocument::tr("Handled by:"), facts.staffName},
                             {CaseDocument::tr("Received by the applicant (signature):"), {}}};
}

void composeDeferredPromise(const DocumentFacts &facts, ComposedDocument &doc)
{
    doc.addressee = CaseDocument::tr("To %1:").arg(
            orBlank(facts.authorityName.isEmpty() ? facts.hallName : facts.authorityName));
    DocumentSection body;
    body.paragraphs << CaseDocument::tr(
                               "I (my organisation), %1, have applied for \"%2\" (case number: "
                               "%3). As the materials listed below are not yet complete, I ask "
                               "for acceptance with deferred materials and hereby promise:")
                               .arg(orBlank(facts.applicantName), orBlank(facts.itemName),
                                    orBlank(facts.caseNumber));
    body.paragraphs << CaseDocument::tr(
            "1. I will supply every material listed below by the date stated for it;");
    body.paragraphs << CaseDocument::tr(
            "2. The materials submitted and the information given are true, accurate and "
            "complete, and I am responsible for their truthfulness;");
    body.paragraphs << CaseDocument::tr(
            "3. If I fail to supply the materials in time, or what I supply does not meet the "
            "requirements, I accept that the application be dealt with according to the rules, "
            "and I bear the consequences.");
    doc.sections << body;

    DocumentSection deferred;
    deferred.heading = CaseDocument::tr("Deferred materials");
    deferred.table.header = {CaseDocument::tr("No."), CaseDocument::tr("Material"),
                             CaseDocument::tr("Supply by"), CaseDocument::tr("Remarks")};
    for (const DocumentMaterial &material : facts.materials) {
        if (material.status != Status::Deferred)
            continue;
        deferred.table.rows.append({QString::number(deferred.table.rows.size() + 1), material.name,
                                    CaseDocument::formatDate(material.supplyBy),
                                    material.note.trimmed()});
    }
    doc.sections << deferred << particulars(facts, {Row::Department, Row::Received});

    doc.footer.sealCaption = CaseDocument::tr("Sign or seal here");
    doc.footer.sealHolder = CaseDocument::tr("Promisor: %1").arg(orBlank(facts.applicantName));
    doc.footer.signatures = {{CaseDocument::tr("Accepted by:"), facts.staffName}};
}

QString partOutcome(DocumentBundlePart::Outcome outcome)
{
    switch (outcome) {
    case DocumentBundlePart::Outcome::Approved:
        return CaseDocument::tr("Approved");
    case DocumentBundlePart::Outcome::Denied:
        return CaseDocument::tr("Not approved");
    case DocumentBundlePart::Outcome::Terminated:
        return CaseDocument::tr("Terminated");
    case DocumentBundlePart::Outcome::Withdrawn:
        return CaseDocument::tr("Withdrawn");
    case DocumentBundlePart::Outcome::Pending:
        return CaseDocument::tr("Not decided yet");
    }
    return {};
}

// 一件事一次办: every part's outcome, each decided by its own department.
void appendBundleParts(const DocumentFacts &facts, ComposedDocument &doc)
{
    if (facts.bundleParts.isEmpty())
        return;
    DocumentSection parts;
    parts.heading = CaseDocument::tr("Outcome of each part of this one-visit application");
    parts.paragraphs << CaseDocument::tr(
            "Each part was decided by its own department. A part that was not approved does not "
            "affect the others; the reasons for it and your rights are stated in that "
            "department's decision.");
    parts.table.header = {CaseDocument::tr("No."),     CaseDocument::tr("Case number"),
                          CaseDocument::tr("Item"),    CaseDocument::tr("Department"),
                          CaseDocument::tr("Outcome"), CaseDocument::tr("Reasons")};
    for (const DocumentBundlePart &part : facts.bundleParts) {
        parts.table.rows.append({QString::number(parts.table.rows.size() + 1), part.caseNumber,
                                 part.itemName, part.authorityName, partOutcome(part.outcome),
                                 part.reason.trimmed()});
    }
    doc.sections << parts;
}

void composeApproval(const DocumentFacts &facts, ComposedDocument &doc)
{
    DocumentSection body;
    body.paragraphs << acceptedOpening(facts);
    if (isLicensing(facts)) {
        body.paragraphs
                << CaseDocument::tr(
                           "Upon review, your application meets the statutory conditions and "
                           "standards. In "
                           "accordance with %1, it is decided to grant the administrative licence.")
                           .arg(joinCitations(facts.legalBasis.trimmed(), licensingArticle38(1)));
    } else if (!facts.legalBasis.trimmed().isEmpty()) {
        body.paragraphs << CaseDocument::tr("Upon review, your application meets the required "
                                            "conditions. In accordance with %1, it is decided to "
                                            "approve it.")
                                   .arg(facts.legalBasis.trimmed());
    } else {
        body.paragraphs << CaseDocument::tr("Upon review, your application meets the required "
                                            "conditions. It is decided to approve it.");
    }
    body.paragraphs << CaseDocument::tr("Please collect the result at %1 with this decision and a "
                                        "valid identity document.")
                               .arg(orBlank(facts.hallName));
    doc.sections << body;
    appendBundleParts(facts, doc);
    doc.sections << particulars(facts, {Row::Department, Row::Accepted, Row::Decided});
    doc.footer.signatures = {{CaseDocument::tr("Handled by:"), facts.staffName},
                             {CaseDocument::tr("Received by the applicant (signature):"), {}}};
}

void composeDenial(const DocumentFacts &facts, ComposedDocument &doc)
{
    DocumentSection body;
    body.paragraphs << acceptedOpening(facts);
    if (isLicensing(facts)) {
        body.paragraphs << CaseDocument::tr("Upon review, your application does not meet the "
                                            "statutory conditions and "
                                            "standards. In accordance with %1, it is decided not "
                                            "to grant the administrative "
                                            "licence, for the reasons stated below.")
                                   .arg(joinCitations(facts.legalBasis.trimmed(),
                                                      licensingArticle38(2)));
    } else if (!facts.legalBasis.trimmed().isEmpty()) {
        body.paragraphs << CaseDocument::tr("Upon review, your application does not meet the "
                                            "required conditions. In accordance with %1, it is "
                                            "decided not to approve it, for the reasons stated "
                                            "below.")
                                   .arg(facts.legalBasis.trimmed());
    } else {
        body.paragraphs << CaseDocument::tr("Upon review, your application does not meet the "
                                            "required conditions. It is decided not to approve "
                                            "it, for the reasons stated below.");
    }
    doc.sections << body << reasons(facts);
    appendBundleParts(facts, doc);
    doc.sections << rights(facts, DocumentKind::Denial)
                 << particulars(facts, {Row::Department, Row::Accepted, Row::Decided});
    doc.footer.signatures = {{CaseDocument::tr("Handled by:"), facts.staffName},
                             {CaseDocument::tr("Received by the applicant (signature):"), {}}};
}

void composeSuspension(const DocumentFacts &facts, ComposedDocument &doc)
{
    DocumentSection body;
    body.paragraphs << acceptedOpening(facts);
    // Article 45 stops the licensing clock; for other items no law is claimed, only the promise.
    if (isLicensing(facts)) {
        body.paragraphs << CaseDocument::tr("Your application requires the special procedure "
                                            "described below. In accordance "
                                            "with %1, the time it takes is not counted in the time "
                                            "limit for the licensing "
                                            "decision.")
                                   .arg(licensingArticle45());
    } else {
        body.paragraphs << CaseDocument::tr(
                "Your application requires the special procedure described below. The time it "
                "takes is not counted in the promised time limit.");
    }
    doc.sections << body;

    DocumentSection procedure;
    procedure.heading = CaseDocument::tr("Special procedure");
    procedure.table.rows.append({CaseDocument::tr("Procedure and reason"), orBlank(facts.reason)});
    procedure.table.rows.append({CaseDocument::tr("Starts on"),
                                 orBlank(CaseDocument::formatDate(facts.suspendedFrom))});
    procedure.table.rows.append(
            {CaseDocument::tr("Expected time needed"),
             facts.suspensionDays > 0 ? workingDays(facts.suspensionDays) : orBlank({})});
    if (facts.suspensionEndsOn.isValid()) {
        procedure.table.rows.append({CaseDocument::tr("Expected to end by"),
                                     CaseDocument::formatDate(facts.suspensionEndsOn)});
    }
    DocumentSection resumes;
    resumes.paragraphs << CaseDocument::tr(
            "When the special procedure ends, the time limit runs on from where it stopped, and we "
            "will tell you the result in time.");
    doc.sections << procedure << resumes << particulars(facts, {Row::Department, Row::Accepted});
    doc.footer.signatures = {{CaseDocument::tr("Handled by:"), facts.staffName},
                             {CaseDocument::tr("Received by the applicant (signature):"), {}}};
}

void composeTermination(const DocumentFacts &facts, ComposedDocument &doc)
{
    DocumentSection body;
    body.paragraphs << submittedOpening(facts);
    body.paragraphs << CaseDocument::tr(
            "The materials listed below had to be supplied by the dates stated, as set out in "
            "the one-time notice or in your letter of commitment for deferred materials. They "
            "were not supplied in time.");
    if (facts.legalBasis.trimmed().isEmpty()) {
        body.paragraphs << CaseDocument::tr(
                "The handling of your application is therefore terminated.");
    } else {
        body.paragraphs << CaseDocument::tr("In accordance with %1, the handling of your "
                                            "application is terminated.")
                                   .arg(facts.legalBasis.trimmed());
    }
    doc.sections << body;

    DocumentSection overdue;
    overdue.heading = CaseDocument::tr("Materials not supplied");
    overdue.table.header
            = {CaseDocument::tr("No."), CaseDocument::tr("Material"), CaseDocument::tr("Status"),
               CaseDocument::tr("Supply by"), CaseDocument::tr("Remarks")};
    for (const DocumentMaterial &material : facts.materials) {
        if (material.isReceived())
            continue;
        overdue.table.rows.append({QString::number(overdue.table.rows.size() + 1), material.name,
                                   materialStatus(material.status),
                                   CaseDocument::formatDate(material.supplyBy),
                                   material.note.trimmed()});
    }
    DocumentSection again;
    again.paragraphs << CaseDocument::tr(
            "You may apply again at any time with complete materials; the materials already "
            "handed in can be collected at the window.");
    doc.sections << overdue << reasons(facts) << again << rights(facts, DocumentKind::Termination)
                 << particulars(facts, {Row::Department, Row::Received});
    doc.footer.signatures = {{CaseDocument::tr("Handled by:"), facts.staffName},
                             {CaseDocument::tr("Received by the applicant (signature):"), {}}};
}

QDate documentDate(DocumentKind kind, const DocumentFacts &facts)
{
    if (facts.issuedOn.isValid())
        return facts.issuedOn;
    switch (kind) {
    case DocumentKind::MaterialsReceipt:
    case DocumentKind::OneTimeNotice:
    case DocumentKind::Rejection:
        return facts.receivedOn;
    case DocumentKind::Acceptance:
    case DocumentKind::DeferredPromise:
        return firstValid({facts.acceptedOn, facts.receivedOn});
    case DocumentKind::Approval:
    case DocumentKind::Denial:
        return facts.decidedOn;
    case DocumentKind::Suspension:
        return facts.suspendedFrom;
    case DocumentKind::Termination:
        return facts.receivedOn;
    }
    return {};
}

} // namespace

QStringList ComposedDocument::allText() const
{
    QStringList text = {issuer, title, reference, addressee};
    if (practice)
        text.prepend(PracticeMark::text());
    for (const DocumentSection &section : sections) {
        text << section.heading << section.paragraphs << section.table.header;
        for (const QStringList &row : section.table.rows)
            text << row;
    }
    text << qrPayload << qrCaption << footer.sealCaption << footer.sealHolder << footer.date;
    for (const DocumentSignature &signature : footer.signatures)
        text << signature.label << signature.name;
    text << footer.notes;
    text.removeAll(QString());
    return text;
}

ComposedDocument CaseDocument::compose(DocumentKind kind, const DocumentFacts &facts)
{
    ComposedDocument doc;
    doc.kind = kind;
    doc.practice = facts.practice;
    doc.issuer = facts.hallName;
    doc.title = title(kind, facts.itemKind);
    doc.reference = tr("No.: %1").arg(orBlank(facts.caseNumber));
    doc.addressee = tr("%1:").arg(orBlank(facts.applicantName));
    doc.qrPayload = facts.caseNumber;
    doc.qrCaption = tr("Scan to check progress");
    doc.footer.sealCaption = tr("Seal here");
    doc.footer.sealHolder = facts.authorityName.isEmpty() ? facts.hallName : facts.authorityName;

    switch (kind) {
    case DocumentKind::MaterialsReceipt:
        composeReceipt(facts, doc);
        break;
    case DocumentKind::Acceptance:
        composeAcceptance(facts, doc);
        break;
    case DocumentKind::OneTimeNotice:
        composeOneTimeNotice(facts, doc);
        break;
    case DocumentKind::Rejection:
        composeRejection(facts, doc);
        break;
    case DocumentKind::DeferredPromise:
        composeDeferredPromise(facts, doc);
        break;
    case DocumentKind::Approval:
        composeApproval(facts, doc);
        break;
    case DocumentKind::Denial:
        composeDenial(facts, doc);
        break;
    case DocumentKind::Suspension:
        composeSuspension(facts, doc);
        break;
    case DocumentKind::Termination:
        composeTermination(facts, doc);
        break;
    }

    doc.footer.notes = contactNotes(facts);
    doc.footer.date = formatDate(documentDate(kind, facts));
    return doc;
}

QList<DocumentKind> CaseDocument::allKinds()
{
    return {DocumentKind::MaterialsReceipt, DocumentKind::Acceptance,
            DocumentKind::OneTimeNotice,    DocumentKind::Rejection,
            DocumentKind::DeferredPromise,  DocumentKind::Approval,
            DocumentKind::Denial,           DocumentKind::Suspension,
            DocumentKind::Termination};
}

QString CaseDocument::kindId(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::MaterialsReceipt:
        return u"materials-receipt"_s;
    case DocumentKind::Acceptance:
        return u"acceptance"_s;
    case DocumentKind::OneTimeNotice:
        return u"one-time-notice"_s;
    case DocumentKind::Rejection:
        return u"rejection"_s;
    case DocumentKind::DeferredPromise:
        return u"deferred-promise"_s;
    case DocumentKind::Approval:
        return u"approval"_s;
    case DocumentKind::Denial:
        return u"denial"_s;
    case DocumentKind::Suspension:
        return u"suspension"_s;
    case DocumentKind::Termination:
        return u"termination"_s;
    }
    return {};
}

QString CaseDocument::title(DocumentKind kind, ItemKind itemKind)
{
    const bool licensing = itemKind == ItemKind::Licensing;
    switch (kind) {
    case DocumentKind::MaterialsReceipt:
        return tr("Receipt of Materials");
    case DocumentKind::Acceptance:
        return tr("Acceptance Notice");
    case DocumentKind::OneTimeNotice:
        return tr("One-Time Notice of Materials to Supplement");
    case DocumentKind::Rejection:
        return tr("Notice of Non-Acceptance");
    case DocumentKind::DeferredPromise:
        return tr("Letter of Commitment for Deferred Materials");
    case DocumentKind::Approval:
        return licensing ? tr("Decision to Grant an Administrative Licence")
                         : tr("Decision to Approve the Application");
    case DocumentKind::Denial:
        return licensing ? tr("Decision Not to Grant an Administrative Licence")
                         : tr("Decision Not to Approve the Application");
    case DocumentKind::Suspension:
        return tr("Notice of Special Procedure");
    case DocumentKind::Termination:
        return tr("Notice of Termination");
    }
    return {};
}

QString CaseDocument::maskedIdNumber(const DocumentFacts &facts)
{
    const QString id = facts.applicantIdNumber.trimmed();
    if (id.isEmpty())
        return {};
    return facts.applicantKind == DocumentFacts::ApplicantKind::Organisation ? CreditCode::mask(id)
                                                                             : ResidentId::mask(id);
}

QString CaseDocument::maskedPhone(const DocumentFacts &facts)
{
    const QString phone = facts.applicantPhone.trimmed();
    return phone.isEmpty() ? QString() : PhoneNumber::mask(phone);
}

QString CaseDocument::formatDate(QDate date)
{
    if (!date.isValid())
        return {};
    //: Year, month and day without leading zeros, as official documents write dates.
    return tr("%1-%2-%3").arg(date.year()).arg(date.month()).arg(date.day());
}

} // namespace ow
