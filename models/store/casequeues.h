#pragma once

#include "database.h"
#include "domain/case.h"

#include <QDate>
#include <QList>

namespace ow {

// One line of a work queue: enough to list and sort, the rest comes from CaseStore::load().
struct QueueRow
{
    QString id;
    QString number;
    QString parentId;
    QString itemName;
    QString departmentCode;
    QString applicantName;
    CaseState state = CaseState::InReview;
    QDateTime receivedAt;
    QDate dueDate;
    int childCount = 0; // a bundle parent: its parts
};

// The back office's work queues, read with bounded, indexed queries.
// (To be folded into CaseQuery once that lands.)
class CaseQueues final
{
    Q_DECLARE_TR_FUNCTIONS(CaseQueues)
public:
    explicit CaseQueues(std::shared_ptr<Database> database);

    static constexpr int defaultLimit = 500;

    // 后台分类审批: cases of the department at the hall (its own and its township points'
    // cases), in review or suspended, the earliest due first.
    Result<QList<QueueRow>> reviewQueue(const QString &departmentCode, const QString &hallCode,
                                        int limit = defaultLimit) const;
    // 统一窗口出件: results held at this place, waiting for the applicant.
    Result<QList<QueueRow>> releaseQueue(const QString &releasePlaceCode,
                                         int limit = defaultLimit) const;
    qint64 reviewCount(const QString &departmentCode, const QString &hallCode) const;
    qint64 releaseCount(const QString &releasePlaceCode) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace ow
