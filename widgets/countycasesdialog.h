#pragma once

#include "domain/countycases.h"
#include "domain/result.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace ow {

class CountyCaseTableModel;
class CountyClient;

// The cases behind one place's figure in the county view (Enter or a double click on a place's
// row): accepted or completed in the period, overdue or near due today, as the server lists
// them (CountyClient::loadCases, GET /stats/v1/cases) a page at a time, ID numbers and phones
// masked. Alt+F another figure, Alt+M the next page, Alt+X export as CSV, Esc closes. No SQL
// or HTTP here.
class CountyCasesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountyCasesDialog)
public:
    CountyCasesDialog(CountyClient *client, const QString &placeCode, const QString &placeName,
                      const StatisticsPeriod &period, const QString &figure,
                      QWidget *parent = nullptr);
    ~CountyCasesDialog() override;

    QString placeCode() const { return m_placeCode; }
    QString figure() const;
    void setFigure(const QString &figure);
    void loadMore();
    bool isBusy() const { return m_busy; }
    CountyCaseTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString message() const; // the failure shown instead of the list; empty when none
    Status exportCsv(const QString &path) const;

signals:
    void statusMessage(const QString &message);

private:
    void load(int offset);
    void showPage(const CountyCasePage &page);
    void showFailure(const Error &error);
    void exportCurrent();
    void updateStatus();

    CountyClient *m_client;
    QString m_placeCode;
    StatisticsPeriod m_period;
    bool m_busy = false;
    CountyCaseTableModel *m_model = nullptr;
    QComboBox *m_figure = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_more = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace ow
