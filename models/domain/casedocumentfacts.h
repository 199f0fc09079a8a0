#pragma once

#include "case.h"
#include "casedocument.h"
#include "directory.h"

#include <functional>

namespace ow {

// Where a case's documents come from besides the case itself: the place that issues them, the
// department that decides, the item's legal basis and the names of the staff.
struct CaseDocumentSources
{
    QString authorityName; // the deciding department, as the catalogue names it
    QString legalBasis;    // the item's legal basis, as the catalogue gives it
    std::function<QString(const QString &userId)> userName; // display name of a user id
    std::function<Place(const QString &placeCode)> place;   // a hall or township point
    // 一件事一次办: a bundle's main case prints its parts' outcomes on its decision.
    QList<Case> bundleParts;
    std::function<QString(const QString &departmentCode)> departmentName;
    bool practice = false; // the device is in practice mode: the documents are marked invalid
};

// Which documents a case's history has produced, and the facts each one prints.
class CaseDocumentFacts final
{
public:
    // In the order they arose: the receipt, then acceptance or the one-time notice or the
    // rejection, the 容缺 promise, the suspension notice, the decision.
    static QList<DocumentKind> applicableKinds(const Case &c);
    // The documents the applicant takes home from an intake, in the order they are handed out:
    // a receipt for receive-only, the acceptance notice (with the 容缺 promise when a material
    // was deferred), the one-time notice, or the rejection notice.
    static QList<DocumentKind> intakeDocuments(const Case &c);
    static DocumentFacts factsFor(DocumentKind kind, const Case &c,
                                  const CaseDocumentSources &sources);
    // What became of a bundle part, as the main case's decision prints it.
    static DocumentBundlePart bundlePart(const Case &part, const QString &authorityName);
};

} // namespace ow
