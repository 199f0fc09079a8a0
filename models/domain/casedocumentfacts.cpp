#include "casedocumentfacts.h"

#include <algorithm>

namespace ow {

namespace {

DocumentMaterial documentMaterial(const CaseMaterial &m)
{
    DocumentMaterial d;
    d.name = m.name;
    d.note = m.note;
    switch (m.status) {
    case CaseMaterial::Status::Received:
        d.status = m.form == Material::Form::Copy ? DocumentMaterial::Status::ReceivedCopy
                                                  : DocumentMaterial::Status::ReceivedOriginal;
        d.count = qMax(1, m.copiesReceived);
        break;
    case CaseMaterial::Status::Missing:
        d.status = DocumentMaterial::Status::Missing;
        d.count = 0;
        break;
    case CaseMaterial::Status::Defective:
        d.status = DocumentMaterial::Status::Defective;
        d.count = m.copiesReceived;
        break;
    case CaseMaterial::Status::Deferred:
        d.status = DocumentMaterial::Status::Deferred;
        d.count = 0;
        d.supplyBy = m.supplyBy;
        break;
    }
    return d;
}

QDate dateOf(const QDateTime &utc)
{
    return utc.isValid() ? CaseRules::businessDate(utc) : QDate();
}

} // namespace

DocumentFacts factsFor(const Case &c, const ServiceItem &item, const Place &place,
                       const QString &staffName, const QString &authorityName)
{
    DocumentFacts facts;
    facts.hallName = place.name;
    facts.hallAddress = place.address;
    facts.hallPhone = place.phone;
    facts.authorityName = authorityName;
    facts.staffName = staffName;

    facts.caseNumber = c.number;
    facts.itemName = c.itemName.isEmpty() ? item.name : c.itemName;
    facts.itemCode = c.itemCode.isEmpty() ? item.code : c.itemCode;
    facts.itemKind = c.itemKind;
    facts.legalBasis = item.legalBasis;

    facts.applicantKind = c.applicant.kind == Applicant::Kind::Enterprise
            ? DocumentFacts::ApplicantKind::Organisation
            : DocumentFacts::ApplicantKind::Person;
    facts.applicantName = c.applicant.name;
    facts.applicantIdNumber = c.applicant.idNumber;
    facts.applicantPhone = c.applicant.phone;

    for (const CaseMaterial &m : c.materials)
        facts.materials.append(documentMaterial(m));

    facts.receivedOn = dateOf(c.receivedAt);
    facts.acceptedOn = dateOf(c.acceptedAt);
    facts.dueOn = c.dueDate;
    facts.decidedOn = dateOf(c.decidedAt);
    facts.promisedDays = c.promisedDays;
    facts.reason = c.reason;
    // A notice or rejection bears the day it was issued, which may be later than receipt.
    if (c.state == CaseState::AwaitingMaterials || c.state == CaseState::Rejected)
        facts.issuedOn = dateOf(c.updatedAt);
    return facts;
}

QList<DocumentKind> intakeDocumentsFor(const Case &c)
{
    switch (c.state) {
    case CaseState::Received:
        return {DocumentKind::MaterialsReceipt};
    case CaseState::Accepted: {
        QList<DocumentKind> kinds{DocumentKind::Acceptance};
        const bool deferred
                = std::any_of(c.materials.cbegin(), c.materials.cend(), [](const CaseMaterial &m) {
                      return m.status == CaseMaterial::Status::Deferred;
                  });
        if (deferred)
            kinds.append(DocumentKind::DeferredPromise);
        return kinds;
    }
    case CaseState::AwaitingMaterials:
        return {DocumentKind::OneTimeNotice};
    case CaseState::Rejected:
        return {DocumentKind::Rejection};
    default:
        return {};
    }
}

} // namespace ow
