#pragma once

#include "store/ratingstore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ow {

// The open follow-ups of bad ratings (回访核实 → 整改 → 反馈), oldest deadline first; overdue
// rows say so (OverdueRole; the screen shows them in red).
class FollowUpListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpListModel)
public:
    enum Column {
        DeadlineColumn,
        CaseColumn,
        LevelColumn,
        StaffColumn,
        CommentColumn,
        NextStepColumn,
        StatusColumn,
        ColumnCount
    };
    enum Roles { RatingIdRole = Qt::UserRole + 1, OverdueRole };

    explicit FollowUpListModel(QObject *parent = nullptr);
    ~FollowUpListModel() override;

    void setRows(const QList<FollowUpRow> &rows);
    const QList<FollowUpRow> &rows() const { return m_rows; }
    void setUserNames(const QHash<QString, QString> &names) { m_names = names; }
    int overdueCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<FollowUpRow> m_rows;
    QHash<QString, QString> m_names;
};

// Bad ratings on the appeals list (申诉复核): the ones the staff member may appeal and the appeals
// pending or recently decided.
class AppealListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppealListModel)
public:
    enum Column {
        RatedOnColumn,
        CaseColumn,
        LevelColumn,
        StaffColumn,
        CommentColumn,
        StateColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Roles { RatingIdRole = Qt::UserRole + 1 };

    explicit AppealListModel(QObject *parent = nullptr);
    ~AppealListModel() override;

    void setRows(const QList<AppealRow> &rows);
    const QList<AppealRow> &rows() const { return m_rows; }
    void setUserNames(const QHash<QString, QString> &names) { m_names = names; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AppealRow> m_rows;
    QHash<QString, QString> m_names;
};

} // namespace ow
