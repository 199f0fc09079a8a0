#pragma once

#include "domain/duestatus.h"
#include "store/caseflagstore.h"
#include "store/casequery.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace ow {

class WorkCalendar;

// Cases as a table, newest first, fetched a page at a time as the view scrolls (never all rows).
// Personal data is masked. The deadline state of each row is UrgencyRole (a DueStatus::Value)
// and is also said in words in the due column and the tooltip; colouring it is the view's job
// (this library has no QtGui).
class CaseListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseListModel)
public:
    enum Column {
        NumberColumn,
        ApplicantColumn,
        IdNumberColumn,
        PhoneColumn,
        ItemColumn,
        DepartmentColumn,
        StateColumn,
        ReceivedColumn,
        DueColumn,
        TripsColumn,
        ColumnCount
    };
    enum Roles {
        CaseIdRole = Qt::UserRole + 1, // QString
        UrgencyRole,                   // int, a DueStatus::Value
        StateRole,                     // int, a CaseState
        DuplicateRole,                 // bool: the server flagged a duplicate application
    };
    // The marker the number column carries for a flagged duplicate application.
    static QString duplicateMarker();

    CaseListModel(std::shared_ptr<Database> database, const WorkCalendar &calendar,
                  QObject *parent = nullptr);
    ~CaseListModel() override;

    static int pageSize() { return 200; }

    // Starts over with the first page for this filter.
    void setFilter(const CaseFilter &filter);
    const CaseFilter &filter() const { return m_filter; }
    // Reads the first page again (after a case changed); keeps the filter.
    void refresh();
    // The business date deadlines are judged against; BusinessClock::today() unless set.
    void setToday(QDate today);

    const CaseRow *rowAt(int row) const;
    QList<QPair<QString, QString>> departments() const { return m_departments; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString maskedIdNumber(const QString &idNumber);

    // True while the device's first pull is still filling the store (a bulk load: the cases
    // come in but their search indexes are built only at its end), so an empty list means
    // "not here yet", not "no such case".
    bool storeFilling() const;

private:
    struct Entry
    {
        CaseRow row;
        DueStatus::Value due = DueStatus::None;
        std::optional<DuplicateFlag> duplicate;
    };
    QList<Entry> load(const std::optional<CaseRow> &after) const;
    QDate today() const;

    std::shared_ptr<Database> m_database;
    CaseQuery m_query;
    CaseFlagStore m_flags;
    const WorkCalendar &m_calendar;
    CaseFilter m_filter;
    QList<Entry> m_entries;
    bool m_atEnd = false;
    bool m_changing = false;
    QDate m_today;
    QList<QPair<QString, QString>> m_departments;
    QHash<QString, QString> m_departmentNames;
};

} // namespace ow
