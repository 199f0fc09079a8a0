#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ow {

// Ratings (好差评) for a generated store that has none yet (DemoGenerator rates its matters itself
// now; this rates stores generated before, and writes nothing where ratings exist): about 60%
// of the applicants' matters whose result went out are rated, on the day of release, with a
// realistic spread (mostly 非常满意, about 1.5% bad); every bad one gets a follow-up, recorded as
// closed (generated history is done history). Reproducible: the draws come from the case's row
// number, not from a clock. Generated ratings count as synchronised (no outbox or audit rows) and
// rate the case as a whole (scope "case": no visit is picked out).
class DemoRatings final
{
    Q_DECLARE_TR_FUNCTIONS(DemoRatings)
public:
    // Returns the number of ratings written; one transaction.
    static Result<qint64> generate(const QSqlDatabase &db);
};

} // namespace ow
