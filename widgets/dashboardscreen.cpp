#include "dashboardscreen.h"

#include "csvsavedialog.h"
#include "domain/businessclock.h"
#include "domain/practicemark.h"
#include "domain/workcalendar.h"
#include "items/csvexport.h"
#include "items/statisticsloader.h"
#include "items/statisticstablemodel.h"
#include "loadindicators.h"
#include "statisticsreport.h"
#include "store/database.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFontMetricsF>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QVPieModelMapper>
#include <QValueAxis>

#include <cmath>
#include <memory>

namespace ow {

namespace {

using Figure = StatisticsDefinitions::Figure;

QChartView *chartView(QChart *chart, QWidget *parent, const QString &name)
{
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

} // namespace

DashboardScreen::DashboardScreen(std::shared_ptr<Database> database, const WorkCalendar &calendar,
                                 QWidget *parent)
    : QWidget(parent)
    , m_loader(std::make_unique<StatisticsLoader>(std::move(database), calendar))
    , m_today(BusinessClock::today())
    , m_period(new PeriodPicker(this))
    , m_place(new QComboBox(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_export(new QPushButton(tr("E&xport CSV…"), this))
    , m_report(new QPushButton(tr("Report &PDF…"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_series(new StatisticsSeriesModel(this))
    , m_ratings(new RatingLevelsModel(this))
    , m_channels(new StatisticsTableModel(this))
    , m_tables(new QTabWidget(this))
{
    setObjectName(QStringLiteral("dashboardScreen"));
    m_period->setToday(m_today);
    m_place->setObjectName(QStringLiteral("placeFilter"));
    m_place->addItem(tr("All places"), QStringList());
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_report->setObjectName(QStringLiteral("reportButton"));
    m_report->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_report->setToolTip(tr("The report of the period shown, with its charts and tables, as a "
                            "PDF (Ctrl+P)"));
    loadindicators::setUpBusyBar(m_progress, QStringLiteral("dashboardProgress"));
    m_status->setObjectName(QStringLiteral("dashboardStatus"));

    auto *placeLabel = new QLabel(tr("P&lace:"), this);
    placeLabel->setBuddy(m_place);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_period);
    bar->addSpacing(12);
    bar->addWidget(placeLabel);
    bar->addWidget(m_place);
    bar->addWidget(m_refresh);
    bar->addWidget(m_progress);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_export);
    bar->addWidget(m_report);

    // The figure cards, each with its definition as a tooltip.
    auto *cards = new QGridLayout;
    const QList<Figure> shown{Figure::Accepted,       Figure::Completed,
                              Figure::CompletionRate, Figure::CohortCompletionRate,
                              Figure::OnTimeRate,     Figure::Overdue,
                              Figure::NearDue,        Figure::SatisfactionRate,
                              Figure::OneTrip,        Figure::AverageWorkingDays};
    int column = 0;
    for (Figure f : shown) {
        auto *box = new QWidget(this);
        box->setObjectName(QStringLiteral("card%1").arg(int(f)));
        box->setStyleSheet(QStringLiteral("QWidget#card%1 { border: 1px solid #ccd; border-radius: "
                                          "6px; background: #f7f9fc; }")
                                   .arg(int(f)));
        box->setToolTip(StatisticsDefinitions::definition(f));
        auto *title = new QLabel(StatisticsDefinitions::name(f), box);
        title->setStyleSheet(QStringLiteral("color: #555;"));
        auto *value = new QLabel(QStringLiteral("—"), box);
        value->setObjectName(QStringLiteral("figure%1").arg(int(f)));
        value->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: bold;"));
        auto *l = new QVBoxLayout(box);
        l->setContentsMargins(8, 4, 8, 4);
        l->addWidget(title);
        l->addWidget(value);
        cards->addWidget(box, 0, column++);
        m_cards.insert(f, value);
    }

    buildCharts();

    const QStringList tabNames{tr("Items"), tr("Departments"), tr("Places"), tr("Staff")};
    const QStringList dimensions{QStringLiteral("item"), QStringLiteral("department"),
                                 QStringLiteral("place"), QStringLiteral("staff")};
    for (int i = 0; i < tabNames.size(); ++i) {
        auto *model = new StatisticsTableModel(this);
        model->setNameHeader(tabNames.at(i));
        auto *proxy = new QSortFilterProxyModel(this);
        proxy->setSourceModel(model);
        proxy->setSortRole(StatisticsTableModel::SortRole);
        auto *view = new QTableView(this);
        view->setObjectName(QStringLiteral("table_") + dimensions.at(i));
        view->setModel(proxy);
        view->setSortingEnabled(true);
        view->sortByColumn(StatisticsTableModel::AcceptedColumn, Qt::DescendingOrder);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setSectionResizeMode(StatisticsTableModel::NameColumn,
                                                       QHeaderView::Stretch);
        const QString dimension = dimensions.at(i);
        connect(view, &QTableView::activated, this, [this, dimension](const QModelIndex &index) {
            emit openCases(dimension, index.data(StatisticsTableModel::KeyRole).toString(),
                           period());
        });
        m_tables->addTab(view, tabNames.at(i));
        m_tableModels.append(model);
        m_tableViews.append(view);
    }
    m_tables->setObjectName(QStringLiteral("dashboardTables"));

    auto *charts = new QHBoxLayout;
    charts->addWidget(m_seriesChart, 3);
    charts->addWidget(m_ratingChart, 2);
    charts->addWidget(m_channelChart, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(cards);
    layout->addLayout(charts, 3);
    layout->addWidget(m_tables, 2);

    connect(m_period, &PeriodPicker::changed, this, &DashboardScreen::periodChanged);
    connect(m_place, &QComboBox::currentIndexChanged, this, &DashboardScreen::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &DashboardScreen::refresh);
    connect(m_export, &QPushButton::clicked, this, &DashboardScreen::exportCurrent);
    connect(m_report, &QPushButton::clicked, this, &DashboardScreen::exportReportAs);
    connect(m_loader.get(), &StatisticsLoader::started, this, [this] {
        m_progress->show();
        m_status->setText(tr("Counting…"));
    });
    connect(m_loader.get(), &StatisticsLoader::loaded, this, &DashboardScreen::showFigures);
    connect(m_loader.get(), &StatisticsLoader::failed, this, [this](const QString &message) {
        m_progress->hide();
        m_status->setText(message);
        emit statusMessage(message);
    });
    setPeriod(PeriodChoice::ThisMonth);
}

DashboardScreen::~DashboardScreen() = default;

void DashboardScreen::buildCharts()
{
    // Accepted and completed per bucket: a bar set per column of the series model.
    auto *bars = new QBarSeries(this);
    auto *barMapper = new QVBarModelMapper(this);
    barMapper->setFirstBarSetColumn(StatisticsSeriesModel::AcceptedColumn);
    barMapper->setLastBarSetColumn(StatisticsSeriesModel::CompletedColumn);
    barMapper->setFirstRow(0);
    barMapper->setSeries(bars);
    barMapper->setModel(m_series);
    auto *seriesChart = new QChart;
    seriesChart->setTitle(tr("Accepted and completed"));
    seriesChart->addSeries(bars);
    auto *categories = new QCategoryAxis(seriesChart);
    auto *values = new QValueAxis(seriesChart);
    values->setLabelFormat(QStringLiteral("%d"));
    seriesChart->addAxis(categories, Qt::AlignBottom);
    seriesChart->addAxis(values, Qt::AlignLeft);
    bars->attachAxis(categories);
    bars->attachAxis(values);
    // The bucket labels under their bars (bar i stands at x = i): every one that fits upright,
    // else every k-th. A bar category axis would give each label one bar's width and elide
    // the rest to "…"; a category axis labels values, each with the room up to the next.
    categories->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    categories->setGridLineVisible(false);
    auto step = std::make_shared<int>(0);
    const auto fitLabels = [this, seriesChart, categories, step](bool force) {
        const int n = m_series->rowCount();
        QStringList labels;
        for (int r = 0; r < n; ++r)
            labels << m_series->index(r, StatisticsSeriesModel::LabelColumn).data().toString();
        const QFontMetricsF fm(categories->labelsFont());
        double widest = 0;
        for (const QString &label : std::as_const(labels))
            widest = std::max(widest, fm.horizontalAdvance(label));
        const double width = seriesChart->plotArea().width();
        const double slot = n > 0 && width > 0 ? width / n : 0;
        const int every = slot <= 0 ? 1 : std::max(1, int(std::ceil((widest + 8) / slot)));
        if (!force && every == *step)
            return;
        *step = every;
        for (const QString &label : categories->categoriesLabels())
            categories->remove(label);
        categories->setStartValue(-0.5);
        for (int r = 0; r < n; r += every)
            categories->append(labels.at(r), r);
        categories->setRange(-0.5, std::max(0, n - 1) + 0.5);
    };
    // Labels stay upright; rotated ones were clipped by the legend.
    categories->setLabelsAngle(0);
    connect(m_series, &QAbstractItemModel::modelReset, this, [this, values, fitLabels] {
        fitLabels(true);
        values->setRange(0, double(std::max<qint64>(1, m_series->maximum())) * 1.1);
        values->applyNiceNumbers();
    });
    connect(seriesChart, &QChart::plotAreaChanged, this,
            [fitLabels](const QRectF &) { fitLabels(false); });
    m_seriesChart = chartView(seriesChart, this, QStringLiteral("seriesChart"));
    m_seriesChart->setToolTip(StatisticsDefinitions::definition(Figure::Completed));

    // The five levels.
    auto *ratingPie = new QPieSeries(this);
    auto *pieMapper = new QVPieModelMapper(this);
    pieMapper->setLabelsColumn(RatingLevelsModel::LevelColumn);
    pieMapper->setValuesColumn(RatingLevelsModel::CountColumn);
    pieMapper->setSeries(ratingPie);
    pieMapper->setModel(m_ratings);
    auto *ratingChart = new QChart;
    ratingChart->setTitle(tr("Ratings"));
    ratingChart->addSeries(ratingPie);
    ratingChart->legend()->setAlignment(Qt::AlignRight);
    m_ratingChart = chartView(ratingChart, this, QStringLiteral("ratingChart"));
    m_ratingChart->setToolTip(StatisticsDefinitions::definition(Figure::RatingLevels));

    // Channels.
    auto *channelPie = new QPieSeries(this);
    auto *channelMapper = new QVPieModelMapper(this);
    channelMapper->setLabelsColumn(StatisticsTableModel::NameColumn);
    channelMapper->setValuesColumn(StatisticsTableModel::AcceptedColumn);
    channelMapper->setSeries(channelPie);
    channelMapper->setModel(m_channels);
    auto *channelChart = new QChart;
    channelChart->setTitle(StatisticsDefinitions::name(Figure::Channels));
    channelChart->addSeries(channelPie);
    channelChart->legend()->setAlignment(Qt::AlignRight);
    m_channelChart = chartView(channelChart, this, QStringLiteral("channelChart"));
    m_channelChart->setToolTip(StatisticsDefinitions::definition(Figure::Channels));
}

void DashboardScreen::setPlaces(const QList<Place> &places)
{
    m_places = places;
    QSignalBlocker block(m_place);
    while (m_place->count() > 1)
        m_place->removeItem(1);
    for (const Place &p : places) {
        if (p.kind != Place::Kind::Hall)
            continue;
        QStringList codes{p.code};
        for (const Place &t : places) {
            if (t.parentCode == p.code)
                codes << t.code;
        }
        m_place->addItem(tr("%1 with its township points").arg(p.name), codes);
        m_place->addItem(tr("%1 only").arg(p.name), QStringList{p.code});
    }
    for (const Place &p : places) {
        if (p.kind == Place::Kind::Township)
            m_place->addItem(p.name, QStringList{p.code});
    }
}

void DashboardScreen::setToday(QDate today)
{
    m_today = today;
    m_period->setToday(today);
}

void DashboardScreen::setPeriod(PeriodChoice choice)
{
    m_period->setChoice(choice);
}

void DashboardScreen::setCustomPeriod(QDate from, QDate to)
{
    {
        QSignalBlocker block(m_period);
        m_period->setCustom(from, to);
    }
    refresh();
}

void DashboardScreen::periodChanged()
{
    if (m_loadedOnce || isVisible())
        refresh();
}

StatisticsPeriod DashboardScreen::period() const
{
    return m_period->period();
}

StatisticsFilter DashboardScreen::filter() const
{
    return {m_place->currentData().toStringList()};
}

void DashboardScreen::refresh()
{
    m_loadedOnce = true;
    m_loader->load(period(), filter(), m_today);
}

bool DashboardScreen::isBusy() const
{
    return m_loader->isBusy();
}

void DashboardScreen::waitForIdle()
{
    m_loader->waitForIdle();
}

void DashboardScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        refresh();
}

void DashboardScreen::showFigures(const DashboardFigures &figures)
{
    m_figures = figures;
    m_progress->hide();
    m_series->setBuckets(figures.buckets, figures.period.granularity);
    m_ratings->setCounts(figures.ratings);
    m_channels->setRows(figures.channels);
    const QList<QList<StatisticsRow>> tables{figures.items, figures.departments, figures.places,
                                             figures.staff};
    for (int i = 0; i < m_tableModels.size(); ++i)
        m_tableModels.at(i)->setRows(tables.at(i));
    for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it)
        it.value()->setText(figureText(it.key()));
    m_status->setText(tr("%1 to %2, counted in %3 s")
                              .arg(figures.period.from.toString(Qt::ISODate),
                                   figures.period.to.toString(Qt::ISODate))
                              .arg(figures.seconds, 0, 'f', 2));
}

QString DashboardScreen::figureText(Figure figure) const
{
    return StatisticsDefinitions::valueText(m_figures, figure);
}

StatisticsTableModel *DashboardScreen::tableModel(int tab) const
{
    return m_tableModels.value(tab);
}

Status DashboardScreen::exportCsv(const QString &path) const
{
    const int tab = m_tables->currentIndex();
    if (tab < 0)
        return Error{QStringLiteral("no_table"), tr("There is no table to export."), {}};
    return CsvExport::save(*m_tableViews.at(tab)->model(), path,
                           m_practice ? PracticeMark::text() : QString());
}

void DashboardScreen::exportCurrent()
{
    const QString suggested = QStringLiteral("%1-%2-%3.csv")
                                      .arg(m_tables->tabText(m_tables->currentIndex()),
                                           period().from.toString(QStringLiteral("yyyyMMdd")),
                                           period().to.toString(QStringLiteral("yyyyMMdd")));
    const QString message
            = CsvSaveDialog::run(this, tr("Export table as CSV"), suggested,
                                 [this](const QString &path) { return exportCsv(path); });
    if (!message.isEmpty())
        emit statusMessage(message);
}

Status DashboardScreen::exportReport(const QString &path) const
{
    return StatisticsReport::writePdf(m_figures, m_place->currentText(), path, m_practice);
}

void DashboardScreen::exportReportAs()
{
    if (isBusy()) {
        emit statusMessage(tr("The figures are still being counted; try again in a moment."));
        return;
    }
    const QString suggested
            = QStringLiteral("%1-%2.pdf")
                      .arg(m_figures.period.from.toString(QStringLiteral("yyyyMMdd")),
                           m_figures.period.to.toString(QStringLiteral("yyyyMMdd")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report as PDF"), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = exportReport(path); !s)
        emit statusMessage(s.error().message);
    else
        emit statusMessage(tr("Saved %1.").arg(path));
}

} // namespace ow
