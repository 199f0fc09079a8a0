#pragma once

#include "database.h"
#include "domain/casenumber.h"

namespace ow {

// Hands out the next case number for a place, day and device. Call inside the write
// transaction that saves the case, so a number is used exactly when the case is committed.
class CaseNumberAllocator final
{
public:
    static Result<CaseNumber> next(const QSqlDatabase &db, const QString &placeCode,
                                   const QDate &businessDate, const QString &device);
};

} // namespace ow
