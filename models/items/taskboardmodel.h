#pragma once

#include "domain/taskrules.h"
#include "store/taskboard.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ow {

class WorkCalendar;

// One view of the task board as a table, most urgent first, fetched a page at a time as the
// view scrolls. The deadline state of each row is DueRole (a TaskRules::Due); colouring it is
// the view's job (this library has no QtGui).
class TaskBoardModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskBoardModel)
public:
    enum Column {
        PriorityColumn,
        KindColumn,
        TitleColumn,
        ApplicantColumn,
        CaseColumn,
        StatusColumn,
        OwnerColumn,
        DueColumn,
        ColumnCount
    };
    enum Roles {
        TaskIdRole = Qt::UserRole + 1, // QString
        DueRole,                       // int, a TaskRules::Due
        StatusRole,                    // int, a TaskStatus
        ProvisionalRole,               // bool: a claim not yet confirmed by the server
    };

    TaskBoardModel(std::shared_ptr<Database> database, const WorkCalendar &calendar,
                   QObject *parent = nullptr);
    ~TaskBoardModel() override;

    static int pageSize() { return 100; }

    // Starts over with the first page of this view for this scope.
    void setView(BoardView view, const BoardScope &scope);
    BoardView view() const { return m_view; }
    const BoardScope &scope() const { return m_scope; }
    void refresh();
    void setToday(QDate today); // BusinessClock::today() unless set (tests)

    const BoardRow *rowAt(int row) const;
    int rowOf(const QString &taskId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QDate today() const;
    TaskRules::Due dueOf(const BoardRow &row) const;

    TaskBoard m_board;
    const WorkCalendar &m_calendar;
    BoardView m_view = BoardView::Pool;
    BoardScope m_scope;
    QList<BoardRow> m_rows;
    bool m_atEnd = true;
    bool m_changing = false;
    QDate m_today;
};

} // namespace ow
