#include "reviewqueuescreen.h"

#include "casedetailview.h"
#include "items/casequeuemodel.h"
#include "store/casequeues.h"
#include "store/casestore.h"
#include "store/workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

ReviewQueueScreen::ReviewQueueScreen(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_cases(std::make_unique<CaseStore>(workspace.database(), workspace.calendar()))
    , m_queues(std::make_unique<CaseQueues>(workspace.database()))
    , m_model(new CaseQueueModel(this))
    , m_heading(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("reviewQueue"));
    m_detail = new CaseDetailView(workspace, *m_cases, this);
    m_heading->setObjectName(QStringLiteral("reviewHeading"));
    m_heading->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // The item takes what the number, the applicant, the state and the due date leave.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CaseQueueModel::ItemColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnHidden(CaseQueueModel::ApplicantColumn, true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_heading);
    leftLayout->addWidget(m_table, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({460, 660});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewQueueScreen::openCurrent);
    connect(m_detail, &CaseDetailView::caseChanged, this, &ReviewQueueScreen::reload);
    connect(m_detail, &CaseDetailView::statusMessage, this, &ReviewQueueScreen::statusMessage);
    reload();
}

ReviewQueueScreen::~ReviewQueueScreen() = default;

void ReviewQueueScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
    m_table->setFocus(Qt::OtherFocusReason);
}

int ReviewQueueScreen::count() const
{
    return m_model->rowCount();
}

void ReviewQueueScreen::reload()
{
    const User user = m_workspace.currentUser();
    const Place place = m_workspace.currentPlace();
    const QString hall = place.kind == Place::Kind::Township ? place.parentCode : place.code;
    const QString current = m_detail->caseId();
    auto rows = m_queues->reviewQueue(user.departmentCode, hall);
    if (!rows) {
        m_heading->setText(rows.error().message);
        m_model->setRows({}, BusinessClock::today());
    } else {
        m_model->setRows(rows.value(), BusinessClock::today());
        if (user.departmentCode.isEmpty()) {
            m_heading->setText(tr("Only approvers of a department have a review queue."));
        } else {
            m_heading->setText(tr("%n case(s) for %1 at %2, the earliest due first.", nullptr,
                                  m_model->rowCount())
                                       .arg(user.departmentCode, place.name));
        }
    }
    // Keep the case in the detail even when it has left the queue (e.g. just approved: it may
    // now be marked ready for release).
    const int row = m_model->rowOf(current);
    if (row >= 0) {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->setCurrentIndex(m_model->index(row, CaseQueueModel::NumberColumn));
    } else if (current.isEmpty() && m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(0, CaseQueueModel::NumberColumn));
    }
    emit countChanged(m_model->rowCount());
}

bool ReviewQueueScreen::selectCase(const QString &caseId)
{
    const int row = m_model->rowOf(caseId);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, CaseQueueModel::NumberColumn));
    return m_detail->caseId() == caseId;
}

void ReviewQueueScreen::openCurrent()
{
    const QString id = m_table->currentIndex().data(CaseQueueModel::CaseIdRole).toString();
    if (id.isEmpty())
        m_detail->clear();
    else
        m_detail->showCase(id);
}

} // namespace ow
