#include "countycasesdialog.h"

#include "csvsavedialog.h"
#include "items/countycasetablemodel.h"
#include "items/csvexport.h"
#include "loadindicators.h"
#include "sync/countyclient.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

CountyCasesDialog::CountyCasesDialog(CountyClient *client, const QString &placeCode,
                                     const QString &placeName, const StatisticsPeriod &period,
                                     const QString &figure, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_placeCode(placeCode)
    , m_period(period)
    , m_model(new CountyCaseTableModel(this))
    , m_figure(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
    , m_table(new QTableView(this))
    , m_more(new QPushButton(tr("Load &more"), this))
    , m_export(new QPushButton(tr("E&xport CSV…"), this))
{
    setObjectName(QStringLiteral("countyCasesDialog"));
    setWindowTitle(tr("Cases of %1").arg(placeName));
    auto *title = new QLabel(tr("Cases of %1").arg(placeName), this);
    title->setObjectName(QStringLiteral("countyCasesTitle"));
    title->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: bold;"));
    auto *periodLabel = new QLabel(
            tr("Period: %1 to %2. Overdue and near due are counted today.")
                    .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)),
            this);
    periodLabel->setWordWrap(true);
    periodLabel->setStyleSheet(QStringLiteral("color: #555;"));

    m_figure->setObjectName(QStringLiteral("countyCasesFigure"));
    for (const QString &key : CountyCases::figures())
        m_figure->addItem(CountyCases::figureName(key), key);
    m_figure->setCurrentIndex(qMax(0, m_figure->findData(figure)));
    auto *figureLabel = new QLabel(tr("&Figure:"), this);
    figureLabel->setBuddy(m_figure);
    loadindicators::setUpBusyBar(m_progress, QStringLiteral("countyCasesProgress"));
    m_status->setObjectName(QStringLiteral("countyCasesStatus"));
    loadindicators::setUpNotice(m_message, QStringLiteral("countyCasesMessage"));

    m_table->setObjectName(QStringLiteral("countyCasesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *tableLabel = new QLabel(tr("C&ases:"), this);
    tableLabel->setBuddy(m_table);

    m_more->setObjectName(QStringLiteral("countyCasesMore"));
    m_more->setEnabled(false);
    m_export->setObjectName(QStringLiteral("countyCasesExport"));
    m_export->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_more, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    // Enter in the list must not close the dialog.
    for (QAbstractButton *b : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(b)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }

    auto *bar = new QHBoxLayout;
    bar->addWidget(figureLabel);
    bar->addWidget(m_figure);
    bar->addWidget(m_progress);
    bar->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(periodLabel);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(tableLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(960, 540);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_more, &QPushButton::clicked, this, &CountyCasesDialog::loadMore);
    connect(m_export, &QPushButton::clicked, this, &CountyCasesDialog::exportCurrent);
    connect(m_figure, &QComboBox::currentIndexChanged, this, [this] { load(0); });
    connect(m_client, &CountyClient::casesLoaded, this, &CountyCasesDialog::showPage);
    connect(m_client, &CountyClient::casesFailed, this, &CountyCasesDialog::showFailure);
    m_table->setFocus();
    load(0);
}

CountyCasesDialog::~CountyCasesDialog() = default;

QString CountyCasesDialog::figure() const
{
    return m_figure->currentData().toString();
}

void CountyCasesDialog::setFigure(const QString &figure)
{
    m_figure->setCurrentIndex(qMax(0, m_figure->findData(figure)));
}

void CountyCasesDialog::loadMore()
{
    if (!m_busy && m_model->hasMore())
        load(int(m_model->rowCount()));
}

void CountyCasesDialog::load(int offset)
{
    m_busy = true;
    m_progress->show();
    m_more->setEnabled(false);
    m_status->setText(tr("Asking the server…"));
    if (offset == 0) {
        // No cases of another figure stay on screen as if they were this one's.
        m_model->clear();
        m_export->setEnabled(false);
    }
    m_client->loadCases(m_placeCode, figure(), m_period, offset);
}

void CountyCasesDialog::showPage(const CountyCasePage &page)
{
    if (page.placeCode != m_placeCode || page.figure != figure())
        return; // the answer to an earlier choice
    m_busy = false;
    m_progress->hide();
    m_message->hide();
    m_message->clear();
    m_model->addPage(page);
    m_export->setEnabled(m_model->rowCount() > 0);
    if (page.offset == 0 && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    updateStatus();
}

void CountyCasesDialog::showFailure(const Error &error)
{
    m_busy = false;
    m_progress->hide();
    m_model->clear();
    m_export->setEnabled(false);
    m_more->setEnabled(false);
    m_message->setText(error.message);
    m_message->setToolTip(error.detail);
    m_message->show();
    m_status->setText(tr("No cases from the server."));
    emit statusMessage(error.message);
}

void CountyCasesDialog::updateStatus()
{
    m_more->setEnabled(m_model->hasMore());
    m_status->setText(
            tr("%1 of %n case(s) shown", nullptr, int(m_model->total())).arg(m_model->rowCount()));
}

QString CountyCasesDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

Status CountyCasesDialog::exportCsv(const QString &path) const
{
    return CsvExport::save(*m_model, path);
}

void CountyCasesDialog::exportCurrent()
{
    const QString suggested = tr("cases-%1-%2-%3-%4.csv")
                                      .arg(m_placeCode, figure(),
                                           m_period.from.toString(QStringLiteral("yyyyMMdd")),
                                           m_period.to.toString(QStringLiteral("yyyyMMdd")));
    const QString message
            = CsvSaveDialog::run(this, tr("Export cases as CSV"), suggested,
                                 [this](const QString &path) { return exportCsv(path); });
    if (!message.isEmpty())
        emit statusMessage(message);
}

} // namespace ow
