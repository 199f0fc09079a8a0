#pragma once

#include "store/casequeues.h"

#include <QAbstractTableModel>
#include <QDate>

namespace ow {

// A work queue (审批 or 出件) as a table: one row per case, in the order the queue gives.
class CaseQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseQueueModel)
public:
    enum Column { NumberColumn, ItemColumn, ApplicantColumn, StateColumn, DueColumn, ColumnCount };
    enum Roles { CaseIdRole = Qt::UserRole + 1, CaseNumberRole, OverdueRole };

    explicit CaseQueueModel(QObject *parent = nullptr);
    ~CaseQueueModel() override;

    // `today` decides which rows are overdue.
    void setRows(const QList<QueueRow> &rows, const QDate &today);
    const QList<QueueRow> &rows() const { return m_rows; }
    int rowOf(const QString &caseId) const; // -1 when absent
    bool isOverdue(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<QueueRow> m_rows;
    QDate m_today;
};

} // namespace ow
