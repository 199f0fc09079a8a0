#pragma once

#include "domain/serviceitem.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow {

// The written documents (文书) a case produces, from receipt of materials to the decision.
enum class DocumentKind {
    MaterialsReceipt, // 材料接收凭证
    Acceptance,       // 受理通知书
    OneTimeNotice,    // 一次性告知书
    Rejection,        // 不予受理通知书
    DeferredPromise,  // 容缺受理承诺书
    Approval,         // 准予（行政许可）决定书
    Denial,           // 不予（行政许可）决定书
    Suspension,       // 特别程序告知书
    Termination,      // 终止办理通知书: a 补正 or 容缺 deadline was missed
};

// One material as the counter found it.
struct DocumentMaterial
{
    enum class Status { ReceivedOriginal, ReceivedCopy, Missing, Defective, Deferred };

    QString name;
    Status status = Status::ReceivedOriginal;
    int count = 1;  // sheets or copies received (received statuses only)
    QString note;   // what is wrong (Defective), or any remark
    QDate supplyBy; // Deferred: the date the applicant promised to supply it by

    bool isReceived() const
    {
        return status == Status::ReceivedOriginal || status == Status::ReceivedCopy;
    }
};

// 一件事一次办: one part of a bundle and what became of it. The main case's decision lists every
// part, so that one denial does not hide the other outcomes.
struct DocumentBundlePart
{
    enum class Outcome { Approved, Denied, Terminated, Withdrawn, Pending };

    QString caseNumber;
    QString itemName;
    QString authorityName; // the department that decided it
    Outcome outcome = Outcome::Pending;
    QString reason; // why it was denied, terminated or withdrawn
};

// Everything a document prints, copied out of the case, the item and the hall by the caller.
// Identity numbers and phone numbers are stored whole: compose() masks them.
struct DocumentFacts
{
    enum class ApplicantKind { Person, Organisation };

    // Where and by whom
    QString hallName; // 某某县政务服务中心
    QString hallAddress;
    QString hallPhone;
    QString authorityName; // the department that decides, e.g. 某某县市场监督管理局
    QString staffName;     // the counter clerk or approver who handles the case

    // What
    QString caseNumber;
    QString itemName;
    QString itemCode;
    ItemKind itemKind = ItemKind::PublicService;
    QString legalBasis; // the item's own legal basis, as the catalogue states it

    // Who
    ApplicantKind applicantKind = ApplicantKind::Person;
    QString applicantName;
    QString applicantIdNumber; // resident ID (Person) or unified social credit code (Organisation)
    QString applicantPhone;

    QList<DocumentMaterial> materials;

    // When
    QDate receivedOn;
    QDate acceptedOn;
    QDate dueOn;
    QDate decidedOn;
    QDate issuedOn; // the date the document bears; receivedOn, acceptedOn or decidedOn if null
    int promisedDays = 0; // working days; 0 = handled on the spot

    // Why: the reason for a rejection or a denial, or what the special procedure is
    QString reason;

    // Special procedure (suspension): the clock stops from suspendedFrom for suspensionDays
    // working days, until suspensionEndsOn (computed by the caller on the working calendar).
    QDate suspendedFrom;
    int suspensionDays = 0;
    QDate suspensionEndsOn;

    // Remedies
    QString reviewAuthority; // 复议机关: the people's government at the same level, or the
                             // department one level up where the law says so
    QString court;           // the people's court with jurisdiction

    // 一件事一次办: a bundle's main case lists its parts' outcomes.
    QList<DocumentBundlePart> bundleParts;

    // Printed on a device in practice mode (PracticeMode): the document is marked invalid.
    bool practice = false;
};

struct DocumentTable
{
    QStringList header; // may be empty: a table of label/value rows
    QList<QStringList> rows;

    bool isEmpty() const { return rows.isEmpty(); }
};

struct DocumentSection
{
    QString heading; // may be empty: body text
    QStringList paragraphs;
    DocumentTable table; // printed after the paragraphs
};

struct DocumentSignature
{
    QString label; // 经办人
    QString name;  // empty: a blank line to sign on
};

struct DocumentFooter
{
    QString sealCaption; // printed inside the space kept for the seal
    QString sealHolder;  // whose seal: the authority, the hall, or the applicant
    QString date;
    QList<DocumentSignature> signatures;
    QStringList notes; // under the signatures: where to ask
};

// A document ready to lay out: every word is decided; the printer only places it.
struct ComposedDocument
{
    DocumentKind kind = DocumentKind::Acceptance;
    QString issuer; // the hall's name, above the title
    QString title;
    QString reference; // "No.: <case number>"
    QString addressee; // "<applicant>:", empty for documents the applicant writes
    QList<DocumentSection> sections;
    QString qrPayload; // the case number
    QString qrCaption;
    DocumentFooter footer;
    // A practice document (PracticeMode): every page carries PracticeMark across it and at its
    // head.
    bool practice = false;

    // All printed text, one string per line of content: for checks and searches.
    QStringList allText() const;
};

// What each document says. The legal wording lives here, once.
class CaseDocument final
{
    Q_DECLARE_TR_FUNCTIONS(CaseDocument)

public:
    static ComposedDocument compose(DocumentKind kind, const DocumentFacts &facts);

    static QList<DocumentKind> allKinds();
    // A stable, untranslated name for files: "acceptance", "one-time-notice", ...
    static QString kindId(DocumentKind kind);
    static QString title(DocumentKind kind, ItemKind itemKind);

    // The applicant's identity number and phone number as documents print them.
    static QString maskedIdNumber(const DocumentFacts &facts);
    static QString maskedPhone(const DocumentFacts &facts);

    // A date as official documents write it (2026年9月5日 in Chinese: no leading zeros).
    static QString formatDate(QDate date);
};

} // namespace ow
