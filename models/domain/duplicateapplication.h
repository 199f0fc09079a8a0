#pragma once

#include "domain/case.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ow {

// Two open cases of the same applicant (resident ID number or credit code) for the same item at
// two different places: a duplicate application (重复申请). The server notices it when it
// applies a receipt or an acceptance, and flags it to both places; neither case is stopped —
// the two places agree which one goes on and end the other.
struct DuplicateFlag
{
    struct Side
    {
        QString caseId;
        QString number;
        QString placeCode;
        QString state; // CaseLifecycle::stateKey at the time of flagging
    };
    QString id; // DuplicateApplication::flagId of the two case ids
    Side first; // the case whose receipt or acceptance raised the flag
    Side second;
    QString itemCode;
    QString itemName;
    QDateTime flaggedAt;

    bool concerns(const QString &caseId) const
    {
        return first.caseId == caseId || second.caseId == caseId;
    }
    // The other case, seen from caseId.
    const Side &other(const QString &caseId) const
    {
        return first.caseId == caseId ? second : first;
    }

    // The pull entity a flag travels as, in the buckets of both its places.
    static QString entity() { return QStringLiteral("case_flag"); }
    // The pull change's data (docs/sync-protocol.md).
    QJsonObject toJson() const;
    static std::optional<DuplicateFlag> fromJson(const QJsonObject &o);
};

class DuplicateApplication final
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateApplication)
public:
    // The rule: same applicant kind and ID number (or credit code), same item, two places, both
    // cases open (CaseLifecycle::isOpen).
    static bool matches(const Case &a, const Case &b);
    // One flag per pair of cases, whichever of them raised it.
    static QString flagId(const QString &caseA, const QString &caseB);
    static DuplicateFlag flag(const Case &raisedBy, const Case &other, const QDateTime &atUtc);

    // Words for the marker's tooltip and the detail, seen from caseId.
    static QString describe(const DuplicateFlag &flag, const QString &caseId);
    // Both cases, for a list of flags (the sync panel).
    static QString describePair(const DuplicateFlag &flag);
    // What the user should do.
    static QString advice();
};

} // namespace ow
