#pragma once

#include "domain/countycases.h"

#include <QAbstractTableModel>

namespace ow {

// The cases behind one place's figure in the county view (CountyCasePage from the server),
// page after page appended: number, item, applicant with the ID number and phone masked as the
// server sent them, state, acceptance, decision and due date (moments in Shanghai time).
class CountyCaseTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountyCaseTableModel)
public:
    enum Column {
        NumberColumn,
        ItemColumn,
        ApplicantColumn,
        IdNumberColumn,
        PhoneColumn,
        StateColumn,
        AcceptedColumn,
        DecidedColumn,
        DueDateColumn,
        ColumnCount
    };
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit CountyCaseTableModel(QObject *parent = nullptr);
    ~CountyCaseTableModel() override;

    // The first page replaces what is shown; a later one (offset > 0) is appended.
    void addPage(const CountyCasePage &page);
    void clear();
    qint64 total() const { return m_total; }
    bool hasMore() const { return m_cases.size() < m_total; }
    const QList<CountyCase> &cases() const { return m_cases; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A stored UTC moment as the hall reads it ("2026-03-02 10:00", Shanghai); "" for none.
    static QString localTime(const QString &storedUtc);

private:
    QList<CountyCase> m_cases;
    qint64 m_total = 0;
};

} // namespace ow
