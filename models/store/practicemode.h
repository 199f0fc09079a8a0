#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ow {

// Practice mode (练习模式): a device that is not enrolled with a server works for training only.
// Nobody signs in with a password there (there is no server to check it against), so nothing
// done there is real: the main window says so, every printout and export carries the practice
// mark (PracticeMark), and the first enrollment removes all of it before the device's first
// push, so that practice work never reaches the server. The one rule, for app/ and widgets/
// through Workspace::practiceMode(): the store has no enrollment record. A device once enrolled
// (revoked since, or not) is never in practice mode: its work was signed in for.
class PracticeMode final
{
    Q_DECLARE_TR_FUNCTIONS(PracticeMode)
public:
    static bool active(const QSqlDatabase &db);

    // What practice work the store holds.
    struct Counts
    {
        qint64 cases = 0;
        qint64 applicants = 0;
        qint64 tasks = 0;
        qint64 manifests = 0;
        qint64 ratings = 0;
        qint64 outbox = 0;
        qint64 auditRows = 0;
        bool isEmpty() const
        {
            return cases == 0 && applicants == 0 && tasks == 0 && manifests == 0 && ratings == 0
                    && outbox == 0;
        }
    };
    static Result<Counts> count(const QSqlDatabase &db);
    // "3 case(s), 2 applicant(s), ...", for the warning before enrolling.
    static QString describe(const Counts &counts);

    // Removes every record of practice work: cases with their materials, history and flags,
    // applicants, tasks, manifests, ratings with their follow-ups and appeals, the outbox, the
    // statistics built from them and the audit log (whose chain starts again from the first row
    // written after it). The catalogue, the calendar, the directory and the device's id stay.
    // Call inside the enrollment's transaction: a failure leaves the caller to roll back.
    static Result<Counts> clear(const QSqlDatabase &db);
};

} // namespace ow
