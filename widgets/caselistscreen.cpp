#include "caselistscreen.h"

#include "caseurgencyproxy.h"
#include "items/caselistmodel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShowEvent>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

namespace {

// Status filter entries that are not a single state.
constexpr int kAllStates = -1;
constexpr int kOpenStates = -2;

QString channelName(CaseChannel channel)
{
    switch (channel) {
    case CaseChannel::Window:
        return CaseListScreen::tr("Hall window");
    case CaseChannel::Township:
        return CaseListScreen::tr("Township point");
    case CaseChannel::Agent:
        return CaseListScreen::tr("Help agent");
    case CaseChannel::Online:
        return CaseListScreen::tr("Online");
    }
    return {};
}

} // namespace

CaseListScreen::CaseListScreen(std::shared_ptr<Database> database, const WorkCalendar &calendar,
                               QWidget *parent)
    : QWidget(parent)
    , m_model(new CaseListModel(std::move(database), calendar, this))
    , m_proxy(new CaseUrgencyProxy(this))
    , m_search(new QLineEdit(this))
    , m_state(new QComboBox(this))
    , m_department(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("caseListScreen"));
    m_proxy->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setPlaceholderText(tr("Case number, ID number or its last 4+ digits, phone, "
                                    "applicant name (2+ characters), item"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_state->setObjectName(QStringLiteral("caseState"));
    m_state->addItem(tr("All statuses"), kAllStates);
    m_state->addItem(tr("Open cases"), kOpenStates);
    for (CaseState s : CaseLifecycle::allStates())
        m_state->addItem(CaseLifecycle::stateDisplayName(s), int(s));
    m_department->setObjectName(QStringLiteral("caseDepartment"));
    m_department->addItem(tr("All departments"), QString());
    for (const auto &[code, name] : m_model->departments())
        m_department->addItem(name, code);
    m_department->setMinimumContentsLength(10);
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_channel->setObjectName(QStringLiteral("caseChannel"));
    m_channel->addItem(tr("All channels"), -1);
    for (CaseChannel c : CaseLifecycle::allChannels())
        m_channel->addItem(channelName(c), int(c));

    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    auto *stateLabel = new QLabel(tr("S&tatus:"), this);
    stateLabel->setBuddy(m_state);
    auto *departmentLabel = new QLabel(tr("&Department:"), this);
    departmentLabel->setBuddy(m_department);
    auto *channelLabel = new QLabel(tr("C&hannel:"), this);
    channelLabel->setBuddy(m_channel);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(stateLabel);
    filterRow->addWidget(m_state);
    filterRow->addWidget(departmentLabel);
    filterRow->addWidget(m_department);
    filterRow->addWidget(channelLabel);
    filterRow->addWidget(m_channel);
    filterRow->addStretch();
    filterRow->addWidget(m_count);

    m_count->setObjectName(QStringLiteral("caseCount"));
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->installEventFilter(this);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CaseListModel::ItemColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(48);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, this, &CaseListScreen::applyFilter);
    connect(m_state, &QComboBox::currentIndexChanged, this, &CaseListScreen::applyFilter);
    connect(m_department, &QComboBox::currentIndexChanged, this, &CaseListScreen::applyFilter);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &CaseListScreen::applyFilter);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(CaseListModel::CaseIdRole).toString();
        if (!id.isEmpty())
            emit openCase(id);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CaseListScreen::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CaseListScreen::updateCount);
    updateCount();
}

CaseListScreen::~CaseListScreen() = default;

QString CaseListScreen::currentCaseId() const
{
    return m_table->currentIndex().data(CaseListModel::CaseIdRole).toString();
}

int CaseListScreen::visibleCount() const
{
    return m_proxy->rowCount();
}

void CaseListScreen::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CaseListScreen::showSearch(const QString &text)
{
    m_search->setText(text);
    focusSearch();
}

void CaseListScreen::refresh()
{
    m_model->refresh();
}

void CaseListScreen::applyFilter()
{
    CaseFilter filter;
    filter.text = m_search->text();
    const int state = m_state->currentData().toInt();
    if (state == kOpenStates)
        filter.openOnly = true;
    else if (state >= 0)
        filter.states = {CaseState(state)};
    filter.departmentCode = m_department->currentData().toString();
    if (const int channel = m_channel->currentData().toInt(); channel >= 0)
        filter.channel = CaseChannel(channel);
    if (filter != m_model->filter())
        m_model->setFilter(filter);
}

void CaseListScreen::updateCount()
{
    const int shown = m_proxy->rowCount();
    if (shown == 0 && m_model->storeFilling()) {
        m_count->setText(tr("The first sync is still bringing this place's cases from the "
                            "server; the list fills when it is done."));
        return;
    }
    const QString text = m_search->text().trimmed();
    if (!text.isEmpty() && !CaseQuery::classify(text)) {
        m_count->setText(text.size() < 2 ? tr("Type at least 2 characters.")
                                         : tr("Nothing to search for in this text."));
        return;
    }
    if (shown == 0)
        m_count->setText(tr("No case matches."));
    else if (m_model->canFetchMore({}))
        m_count->setText(tr("%n case(s) shown; more below", nullptr, shown));
    else
        m_count->setText(tr("%n case(s)", nullptr, shown));
}

void CaseListScreen::showEvent(QShowEvent *event)
{
    // Cases change on other screens: show the list as it is now.
    if (!event->spontaneous())
        m_model->refresh();
    QWidget::showEvent(event);
}

bool CaseListScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search) {
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_PageDown:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_proxy->rowCount() > 0) {
                m_table->setFocus(Qt::TabFocusReason);
                if (!m_table->currentIndex().isValid())
                    m_table->setCurrentIndex(m_proxy->index(0, CaseListModel::NumberColumn));
            }
            return true;
        case Qt::Key_Escape:
            if (!m_search->text().isEmpty()) {
                m_search->clear();
                return true;
            }
            break;
        default:
            break;
        }
    } else if (watched == m_table) {
        switch (key->key()) {
        case Qt::Key_Up:
            if (m_table->currentIndex().row() <= 0) {
                focusSearch();
                return true;
            }
            break;
        case Qt::Key_Escape:
            focusSearch();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ow
