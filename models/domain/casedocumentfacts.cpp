#include "casedocumentfacts.h"

#include <algorithm>

namespace ow {

namespace {

bool hasEvent(const Case &c, CaseEvent event)
{
    return std::any_of(c.history.cbegin(), c.history.cend(),
                       [event](const CaseHistoryEntry &e) { return e.event == event; });
}

// The latest history entry for any of the events, or nullptr.
const CaseHistoryEntry *lastEntry(const Case &c, std::initializer_list<CaseEvent> events)
{
    for (auto it = c.history.crbegin(); it != c.history.crend(); ++it) {
        if (std::find(events.begin(), events.end(), it->event) != events.end())
            return &*it;
    }
    return nullptr;
}

DocumentMaterial documentMaterial(const CaseMaterial &m)
{
    DocumentMaterial d;
    d.name = m.name;
    d.note = m.note;
    d.supplyBy = m.supplyBy;
    d.count = m.copiesReceived;
    switch (m.status) {
    case CaseMaterial::Status::Received:
        d.status = m.form == Material::Form::Copy ? DocumentMaterial::Status::ReceivedCopy
                                                  : DocumentMaterial::Status::ReceivedOriginal;
        d.count = qMax(1, m.copiesReceived);
        break;
    case CaseMaterial::Status::Missing:
        d.status = DocumentMaterial::Status::Missing;
        break;
    case CaseMaterial::Status::Defective:
        d.status = DocumentMaterial::Status::Defective;
        break;
    case CaseMaterial::Status::Deferred:
        d.status = DocumentMaterial::Status::Deferred;
        break;
    }
    return d;
}

} // namespace

QList<DocumentKind> CaseDocumentFacts::applicableKinds(const Case &c)
{
    QList<DocumentKind> kinds;
    if (hasEvent(c, CaseEvent::Receive))
        kinds << DocumentKind::MaterialsReceipt;
    if (hasEvent(c, CaseEvent::Notify))
        kinds << DocumentKind::OneTimeNotice;
    if (hasEvent(c, CaseEvent::Reject))
        kinds << DocumentKind::Rejection;
    if (hasEvent(c, CaseEvent::Accept) || hasEvent(c, CaseEvent::Supplement))
        kinds << DocumentKind::Acceptance;
    if (std::any_of(c.materials.cbegin(), c.materials.cend(), [](const CaseMaterial &m) {
            return m.status == CaseMaterial::Status::Deferred;
        })) {
        kinds << DocumentKind::DeferredPromise;
    }
    if (hasEvent(c, CaseEvent::Suspend))
        kinds << DocumentKind::Suspension;
    if (hasEvent(c, CaseEvent::Approve))
        kinds << DocumentKind::Approval;
    if (hasEvent(c, CaseEvent::Deny))
        kinds << DocumentKind::Denial;
    if (hasEvent(c, CaseEvent::Terminate))
        kinds << DocumentKind::Termination;
    return kinds;
}

QList<DocumentKind> CaseDocumentFacts::intakeDocuments(const Case &c)
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

DocumentFacts CaseDocumentFacts::factsFor(DocumentKind kind, const Case &c,
                                          const CaseDocumentSources &sources)
{
    const auto nameOf = [&sources](const QString &userId) {
        const QString name = sources.userName ? sources.userName(userId) : QString();
        return name.isEmpty() ? userId : name;
    };
    DocumentFacts f;
    f.practice = sources.practice;
    f.authorityName = sources.authorityName;
    f.caseNumber = c.number;
    f.itemName = c.itemName;
    f.itemCode = c.itemCode;
    f.itemKind = c.itemKind;
    f.legalBasis = sources.legalBasis;
    f.applicantKind = c.applicant.kind == Applicant::Kind::Enterprise
            ? DocumentFacts::ApplicantKind::Organisation
            : DocumentFacts::ApplicantKind::Person;
    f.applicantName = c.applicant.name;
    f.applicantIdNumber = c.applicant.idNumber;
    f.applicantPhone = c.applicant.phone;
    for (const CaseMaterial &m : c.materials)
        f.materials << documentMaterial(m);
    f.receivedOn = CaseRules::businessDate(c.receivedAt);
    f.acceptedOn = CaseRules::businessDate(c.acceptedAt);
    f.dueOn = c.dueDate;
    f.decidedOn = CaseRules::businessDate(c.decidedAt);
    f.promisedDays = c.promisedDays;
    f.staffName = nameOf(c.staffId);

    // The entry that produced the document gives its date, its signer and its reason.
    const CaseHistoryEntry *entry = nullptr;
    switch (kind) {
    case DocumentKind::MaterialsReceipt:
        entry = lastEntry(c, {CaseEvent::Receive});
        break;
    case DocumentKind::Acceptance:
    case DocumentKind::DeferredPromise:
        entry = lastEntry(c, {CaseEvent::Accept, CaseEvent::Supplement});
        break;
    case DocumentKind::OneTimeNotice:
        entry = lastEntry(c, {CaseEvent::Notify});
        break;
    case DocumentKind::Rejection:
        entry = lastEntry(c, {CaseEvent::Reject});
        break;
    case DocumentKind::Approval:
        entry = lastEntry(c, {CaseEvent::Approve});
        break;
    case DocumentKind::Denial:
        entry = lastEntry(c, {CaseEvent::Deny});
        break;
    case DocumentKind::Suspension:
        entry = lastEntry(c, {CaseEvent::Suspend});
        break;
    case DocumentKind::Termination:
        entry = lastEntry(c, {CaseEvent::Terminate});
        break;
    }
    // The place where the act was done issues the document: a township point for what it
    // received, the hall for what was decided there.
    const Place issuer
            = sources.place ? sources.place(entry ? entry->placeCode : c.placeCode) : Place();
    f.hallName = issuer.name;
    f.hallAddress = issuer.address;
    f.hallPhone = issuer.phone;
    // Remedies: the issuing place's, or (a township point) its hall's.
    Place remedies = issuer;
    if (remedies.reviewAuthority.isEmpty() && remedies.court.isEmpty()
        && !issuer.parentCode.isEmpty() && sources.place) {
        remedies = sources.place(issuer.parentCode);
    }
    f.reviewAuthority = remedies.reviewAuthority;
    f.court = remedies.court;
    if (kind == DocumentKind::Approval || kind == DocumentKind::Denial) {
        for (const Case &part : sources.bundleParts) {
            const QString authority = sources.departmentName
                    ? sources.departmentName(part.departmentCode)
                    : QString();
            f.bundleParts << bundlePart(part,
                                        authority.isEmpty() ? part.departmentCode : authority);
        }
    }
    if (entry) {
        f.issuedOn = entry->businessDate;
        f.staffName = nameOf(entry->userId);
        if (kind != DocumentKind::MaterialsReceipt && kind != DocumentKind::Acceptance
            && kind != DocumentKind::DeferredPromise && kind != DocumentKind::Approval) {
            f.reason = entry->note;
        }
        if (kind == DocumentKind::Suspension)
            f.suspendedFrom = entry->businessDate;
        if (kind == DocumentKind::Approval || kind == DocumentKind::Denial)
            f.decidedOn = entry->businessDate;
    }
    return f;
}

DocumentBundlePart CaseDocumentFacts::bundlePart(const Case &part, const QString &authorityName)
{
    DocumentBundlePart p;
    p.caseNumber = part.number;
    p.itemName = part.itemName;
    p.authorityName = authorityName;
    using Outcome = DocumentBundlePart::Outcome;
    if (hasEvent(part, CaseEvent::Approve))
        p.outcome = Outcome::Approved;
    else if (hasEvent(part, CaseEvent::Deny))
        p.outcome = Outcome::Denied;
    else if (part.state == CaseState::Terminated)
        p.outcome = Outcome::Terminated;
    else if (part.state == CaseState::Withdrawn)
        p.outcome = Outcome::Withdrawn;
    if (p.outcome != Outcome::Approved && p.outcome != Outcome::Pending)
        p.reason = part.reason;
    return p;
}

} // namespace ow
