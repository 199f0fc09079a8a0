#pragma once

#include "applicant.h"
#include "businessclock.h"
#include "caselifecycle.h"
#include "serviceitem.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ow {

// A material of one case: what the item asks for, and what the applicant handed in.
struct CaseMaterial
{
    enum class Status {
        Received,  // handed in, as asked
        Missing,   // not handed in: goes on the one-time notice
        Defective, // handed in but not acceptable (note says why): goes on the notice
        Deferred,  // 容缺: to be supplied by supplyBy
    };

    QString name;
    Material::Form form = Material::Form::Original;
    int copiesExpected = 1;
    Material::Requirement requirement = Material::Requirement::Required;
    Status status = Status::Missing;
    int copiesReceived = 0;
    QDate supplyBy; // Deferred: the promised date
    QString note;

    bool isOutstanding() const { return status != Status::Received; }
    static QString statusKey(Status status);
    static bool statusFromKey(const QString &key, Status *status);
};

// One move in a case's life: who, when, where, and a note.
struct CaseHistoryEntry
{
    QString id;
    CaseEvent event = CaseEvent::Receive;
    std::optional<CaseState> from; // empty for the receipt
    CaseState to = CaseState::Received;
    QDateTime atUtc;
    QDate businessDate; // Asia/Shanghai
    QString userId;
    QString placeCode;
    QString deviceId;
    QString note;
};

// A case (办件).
struct Case
{
    enum class Delivery { Counter, Mail };

    QString id;       // UUID v7
    QString number;   // 办件编号, see CaseNumber
    QString parentId; // bundles (一件事一次办): the parent case
    QString itemCode;
    QString itemName;
    QString departmentCode;
    ItemKind itemKind = ItemKind::PublicService;
    int promisedDays = 0;            // as the catalogue said at intake
    bool townshipAcceptable = false; // as the catalogue said at intake
    Applicant applicant;             // as at intake
    QString agentName;               // an authorised agent who may collect the result
    QString agentIdNumber;
    CaseChannel channel = CaseChannel::Window;
    CaseState state = CaseState::Received;
    QString placeCode;        // where it was received
    QString releasePlaceCode; // where its result is held for release
    QString staffId;          // who received it
    QDateTime receivedAt;
    QDateTime acceptedAt;
    QDate noticeDeadline; // licensing: last day for the one-time notice
    QDate dueDate;        // promised completion date (working days)
    QDateTime suspendedAt;
    int suspendedWorkingDays = 0;
    QDateTime decidedAt;
    QDateTime releasedAt;
    QDateTime closedAt;
    int trips = 0;
    Delivery delivery = Delivery::Counter;
    QString reason; // the last reason given (rejection, denial, suspension, ...)
    qint64 version = 1;
    QDateTime updatedAt;
    QList<CaseMaterial> materials;
    QList<CaseHistoryEntry> history;

    bool materialsComplete() const;
    QList<CaseMaterial> outstandingMaterials() const;
};

// Rules about a case that are not moves of the state machine.
class CaseRules final
{
    Q_DECLARE_TR_FUNCTIONS(CaseRules)
public:
    // The materials checklist intake shows for an item: materials no longer required (取消证明)
    // never appear; every other one starts as missing.
    static QList<CaseMaterial> checklistFor(const ServiceItem &item);
    // The result goes to the applicant or an authorised agent only: the recipient's ID number
    // (or an enterprise's credit code) must match one of theirs.
    static bool mayCollect(const Case &c, const QString &recipientIdNumber);
    static QDate businessDate(const QDateTime &utc);

    // 补正 and 容缺 deadlines. A one-time notice gives the applicant this many working days,
    // from the day of the notice, to bring everything it lists; every missing or defective
    // material then carries that date as its supplyBy, as a deferred (容缺) material carries
    // the date the applicant promised.
    static constexpr int supplementWorkingDays = 15;
    static QDate supplementDeadline(QDate noticeDay,
                                    const CaseLifecycle::AddWorkingDays &addWorkingDays);
    // Dates the missing and defective materials that have none with `deadline`.
    static void setSupplementDeadline(QList<CaseMaterial> &materials, QDate deadline);
    // An outstanding material's deadline has passed: the day after its supplyBy has come.
    static bool materialsOverdue(const Case &c, QDate today);
    // The earliest deadline among the outstanding materials (invalid when none is dated).
    static QDate earliestDeadline(const Case &c);
    // The case is to be terminated (终止) on `today`: it is in a state a missed deadline ends
    // (awaiting materials, accepted, in review, suspended) and an outstanding material's
    // deadline has passed. Received-only cases have no deadline yet; decided cases are served.
    static bool terminationDue(const Case &c, QDate today);
};

} // namespace ow
