#pragma once

#include "case.h"
#include "casedocument.h"
#include "directory.h"

namespace ow {

// What a document prints about a case, copied out of the case, its item and the place that
// issues it. Identity and phone numbers stay whole here: CaseDocument::compose masks them.
DocumentFacts factsFor(const Case &c, const ServiceItem &item, const Place &place,
                       const QString &staffName, const QString &authorityName);

// The documents the applicant takes home from an intake, in the order they are handed out:
// a receipt for receive-only, the acceptance notice (with the 容缺 promise when a material was
// deferred), the one-time notice, or the rejection notice.
QList<DocumentKind> intakeDocumentsFor(const Case &c);

} // namespace ow
