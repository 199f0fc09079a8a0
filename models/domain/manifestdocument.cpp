#include "manifestdocument.h"

#include "businessclock.h"
#include "manifestrules.h"

namespace ow {

ComposedDocument ManifestDocument::compose(const Manifest &m, const QString &fromName,
                                           const QString &toName, const QString &senderName)
{
    ComposedDocument doc;
    doc.kind = DocumentKind::MaterialsReceipt; // the closest layout: a list with signatures
    doc.issuer = fromName;
    doc.title = m.direction == ManifestDirection::Forward ? tr("Case Handoff Manifest")
                                                          : tr("Result Return Manifest");
    doc.reference = tr("No.: %1").arg(m.number);
    doc.qrPayload = m.number;
    doc.qrCaption = tr("Scan to receive the batch");

    DocumentSection body;
    body.paragraphs << tr("From %1 to %2: %n case(s) with %3 material packet(s).", nullptr,
                          int(m.entries.size()))
                               .arg(fromName, toName)
                               .arg(m.packets());
    if (!m.note.isEmpty())
        body.paragraphs << tr("Note: %1").arg(m.note);
    body.paragraphs << tr("The receiving side checks every packet against this list and records "
                          "any packet that is missing; both sides see the difference.");
    doc.sections << body;

    DocumentSection list;
    list.heading = tr("Cases");
    list.table.header = {tr("No."),       tr("Case number"), tr("Item"),
                         tr("Applicant"), tr("Packets"),     tr("Received")};
    for (int i = 0; i < m.entries.size(); ++i) {
        const ManifestEntry &e = m.entries[i];
        list.table.rows.append(
                {QString::number(i + 1), e.caseNumber, e.itemName, e.applicantName,
                 QString::number(e.packets),
                 e.packetsReceived ? QString::number(*e.packetsReceived) : QString()});
    }
    doc.sections << list;

    doc.footer.sealCaption = tr("Seal here");
    doc.footer.sealHolder = fromName;
    doc.footer.date = CaseDocument::formatDate(BusinessClock::dateOf(m.createdAt));
    doc.footer.signatures = {{tr("Handed over by:"), senderName},
                             {tr("Carried by:"), {}},
                             {tr("Received by (%1):").arg(toName), {}}};
    return doc;
}

} // namespace ow
