#pragma once

#include "domain/result.h"
#include "domain/statistics.h"
#include "periodpicker.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace ow {

class CountyCasesDialog;
class CountyClient;
class CountyTableModel;
class Database;

// The county view (县级汇总) for the county supervisor: every place's figures for a period — the
// hall and each township point, with a total row — as the server counts them (CountyClient,
// GET /stats/v1/summary), with the dashboard's definitions as the columns' tooltips; export as
// CSV. Enter or a double click on a place's row lists that place's cases behind the figure of
// the current column (CountyCasesDialog: accepted by default; completed from the completion
// columns; overdue, near due). It needs the server and a sign-in there: offline it says so, and the
// local dashboard still works. No SQL or HTTP here: the client and the model do that.
class CountyScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountyScreen)
public:
    explicit CountyScreen(std::shared_ptr<Database> database, QWidget *parent = nullptr);
    ~CountyScreen() override;

    // The signed-in user's server session (empty after an offline sign-in).
    void setSession(const QString &session);
    void setToday(QDate today);
    void setPeriod(PeriodPicker::Choice choice);
    void setCustomPeriod(QDate from, QDate to);
    StatisticsPeriod period() const;

    void refresh();
    bool isBusy() const;
    void waitForIdle(); // tests
    CountyTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The message shown instead of the figures (offline, no right, ...); empty when none.
    QString message() const;
    StatisticsPeriod shownPeriod() const { return m_shownPeriod; } // of the figures shown
    // Writes the table as CSV (UTF-8 with BOM); false with a message on failure.
    Status exportCsv(const QString &path) const;
    // Opens the list of the cases of the place in `row` (of the table model) behind the figure
    // of `column`; nothing for the total row. The dialog while open, else null.
    void openCases(int row, int column);
    CountyCasesDialog *casesDialog() const;
    // The figure a column's cases are listed by (CountyCases::accepted() ...).
    static QString figureOfColumn(int column);

signals:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showPlaces(const QList<PlaceFigures> &places, const StatisticsPeriod &period);
    void showFailure(const Error &error);
    void exportCurrent();

    CountyClient *m_client = nullptr;
    CountyTableModel *m_model = nullptr;
    StatisticsPeriod m_shownPeriod;
    bool m_loadedOnce = false;

    PeriodPicker *m_period = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_table = nullptr;
    QPointer<CountyCasesDialog> m_casesDialog;
};

} // namespace ow
