#include "countyscreen.h"

#include "countycasesdialog.h"
#include "csvsavedialog.h"
#include "items/countytablemodel.h"
#include "items/csvexport.h"
#include "loadindicators.h"
#include "sync/countyclient.h"

#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

namespace {

// The total row in bold.
class TotalRowBold final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::FontRole && index.data(CountyTableModel::TotalRole).toBool()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

CountyScreen::CountyScreen(std::shared_ptr<Database> database, QWidget *parent)
    : QWidget(parent)
    , m_client(new CountyClient(std::move(database), this))
    , m_model(new CountyTableModel(this))
    , m_period(new PeriodPicker(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_export(new QPushButton(tr("E&xport CSV…"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("countyScreen"));
    auto *title = new QLabel(tr("County summary"), this);
    title->setObjectName(QStringLiteral("countyTitle"));
    title->setStyleSheet(QStringLiteral("font-size: 16px; font-weight: bold;"));
    auto *intro = new QLabel(tr("Every place's figures for the period, as the county server "
                                "counts them from what the devices have synced."),
                             this);
    intro->setWordWrap(true);
    intro->setStyleSheet(QStringLiteral("color: #555;"));

    m_refresh->setObjectName(QStringLiteral("countyRefresh"));
    m_export->setObjectName(QStringLiteral("countyExport"));
    m_export->setEnabled(false);
    loadindicators::setUpBusyBar(m_progress, QStringLiteral("countyProgress"));
    m_status->setObjectName(QStringLiteral("countyStatus"));
    loadindicators::setUpNotice(m_message, QStringLiteral("countyMessage"));

    m_table->setObjectName(QStringLiteral("countyTable"));
    auto *bold = new TotalRowBold(this);
    bold->setSourceModel(m_model);
    m_table->setModel(bold);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CountyTableModel::PlaceColumn,
                                                      QHeaderView::Stretch);
    auto *tableLabel = new QLabel(tr("Pl&aces:"), this);
    tableLabel->setBuddy(m_table);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_period);
    bar->addWidget(m_refresh);
    bar->addWidget(m_progress);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(tableLabel);
    layout->addWidget(m_table, 1);
    setTabOrder(m_export, m_table);

    connect(m_period, &PeriodPicker::changed, this, [this] {
        if (m_loadedOnce || isVisible())
            refresh();
    });
    connect(m_refresh, &QPushButton::clicked, this, &CountyScreen::refresh);
    connect(m_export, &QPushButton::clicked, this, &CountyScreen::exportCurrent);
    connect(m_client, &CountyClient::started, this, [this] {
        m_progress->show();
        m_status->setText(tr("Asking the server…"));
    });
    connect(m_client, &CountyClient::loaded, this, &CountyScreen::showPlaces);
    connect(m_client, &CountyClient::failed, this, &CountyScreen::showFailure);
    // Enter or a double click: the place's cases behind the figure of the column.
    connect(m_table, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openCases(index.row(), index.column()); });
}

CountyScreen::~CountyScreen() = default;

void CountyScreen::setSession(const QString &session)
{
    m_client->setSession(session);
    // Figures asked with another sign-in do not stay; shown, the screen asks again at once,
    // hidden (a role without the right), when it is shown next.
    m_model->clear();
    m_shownPeriod = {};
    m_export->setEnabled(false);
    m_loadedOnce = false;
    if (isVisible())
        refresh();
}

void CountyScreen::setToday(QDate today)
{
    m_period->setToday(today);
}

void CountyScreen::setPeriod(PeriodPicker::Choice choice)
{
    m_period->setChoice(choice);
}

void CountyScreen::setCustomPeriod(QDate from, QDate to)
{
    {
        QSignalBlocker block(m_period);
        m_period->setCustom(from, to);
    }
    refresh();
}

StatisticsPeriod CountyScreen::period() const
{
    return m_period->period();
}

void CountyScreen::refresh()
{
    m_loadedOnce = true;
    m_client->load(period());
}

bool CountyScreen::isBusy() const
{
    return m_client->isBusy();
}

void CountyScreen::waitForIdle()
{
    m_client->waitForIdle();
}

QString CountyScreen::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void CountyScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        refresh();
}

void CountyScreen::showPlaces(const QList<PlaceFigures> &places, const StatisticsPeriod &period)
{
    m_progress->hide();
    m_message->hide();
    m_message->clear();
    m_shownPeriod = period;
    m_model->setPlaces(places);
    m_export->setEnabled(!places.isEmpty());
    m_status->setText(
            tr("%1 to %2: %n place(s)", nullptr, int(places.size()))
                    .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)));
}

void CountyScreen::showFailure(const Error &error)
{
    m_progress->hide();
    // No figures of another period or an older answer stay on screen as if current.
    m_model->clear();
    m_shownPeriod = {};
    m_export->setEnabled(false);
    m_message->setText(error.message);
    m_message->setToolTip(error.detail);
    m_message->show();
    m_status->setText(tr("No figures from the server."));
    emit statusMessage(error.message);
}

QString CountyScreen::figureOfColumn(int column)
{
    switch (column) {
    case CountyTableModel::CompletedColumn:
    case CountyTableModel::CompletionRateColumn:
    case CountyTableModel::OnTimeRateColumn:
    case CountyTableModel::AverageWorkingDaysColumn:
        return CountyCases::completed();
    case CountyTableModel::OverdueColumn:
        return CountyCases::overdue();
    case CountyTableModel::NearDueColumn:
        return CountyCases::nearDue();
    default:
        return CountyCases::accepted();
    }
}

CountyCasesDialog *CountyScreen::casesDialog() const
{
    return m_casesDialog;
}

void CountyScreen::openCases(int row, int column)
{
    if (row < 0 || row >= m_model->places().size() || !m_shownPeriod.isValid())
        return; // the total row, or no figures
    const PlaceFigures &place = m_model->places().at(row);
    if (m_casesDialog)
        m_casesDialog->close();
    m_casesDialog = new CountyCasesDialog(m_client, place.placeCode,
                                          place.name.isEmpty() ? place.placeCode : place.name,
                                          m_shownPeriod, figureOfColumn(column), this);
    m_casesDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_casesDialog, &CountyCasesDialog::statusMessage, this, &CountyScreen::statusMessage);
    m_casesDialog->open();
}

Status CountyScreen::exportCsv(const QString &path) const
{
    return CsvExport::save(*m_model, path);
}

void CountyScreen::exportCurrent()
{
    const QString suggested = tr("county-%1-%2.csv")
                                      .arg(m_shownPeriod.from.toString(QStringLiteral("yyyyMMdd")),
                                           m_shownPeriod.to.toString(QStringLiteral("yyyyMMdd")));
    const QString message
            = CsvSaveDialog::run(this, tr("Export table as CSV"), suggested,
                                 [this](const QString &path) { return exportCsv(path); });
    if (!message.isEmpty())
        emit statusMessage(message);
}

} // namespace ow
