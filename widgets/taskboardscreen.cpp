#include "taskboardscreen.h"

#include "domain/businessclock.h"
#include "domain/case.h"
#include "domain/residentid.h"
#include "items/taskboardmodel.h"
#include "newtaskdialog.h"
#include "reasondialog.h"
#include "store/taskstore.h"
#include "store/workspace.h"
#include "taskhandoverdialog.h"
#include "taskprogressdialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace ow {

namespace {

// Colours overdue and near-due rows, and marks provisional claims in italics.
class DueDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto due = TaskRules::Due(index.data(TaskBoardModel::DueRole).toInt());
        if (due == TaskRules::Due::Overdue)
            option->palette.setColor(QPalette::Text, QColor(0xb4, 0x23, 0x18));
        else if (due == TaskRules::Due::NearDue)
            option->palette.setColor(QPalette::Text, QColor(0xb5, 0x47, 0x08));
        if (index.data(TaskBoardModel::ProvisionalRole).toBool())
            option->font.setItalic(true);
    }
};

constexpr int tabCountCap = 999;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString maskedId(const QString &id)
{
    return id.size() == 18 ? ResidentId::mask(id) : id;
}

} // namespace

TaskBoardScreen::TaskBoardScreen(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_tasks(std::make_unique<TaskStore>(workspace.database(), workspace.calendar()))
    , m_board(std::make_unique<TaskBoard>(workspace.database()))
    , m_clock([] { return BusinessClock::nowUtc(); })
    , m_model(new TaskBoardModel(workspace.database(), workspace.calendar(), this))
    , m_tabs(new QTabBar(this))
    , m_banner(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new QTextBrowser(this))
    , m_error(new QLabel(this))
    , m_noticeTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("taskBoard"));
    m_tabs->setObjectName(QStringLiteral("taskViews"));
    for (BoardView view : TaskBoard::allViews())
        m_tabs->addTab(TaskBoard::viewName(view));
    m_banner->setObjectName(QStringLiteral("taskBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral(
            "background: #fff4e5; color: #7a3e00; padding: 4px; border-radius: 3px;"));
    m_banner->hide();

    m_table->setObjectName(QStringLiteral("taskTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new DueDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TaskBoardModel::TitleColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnHidden(TaskBoardModel::CaseColumn, true);
    m_table->setColumnHidden(TaskBoardModel::ApplicantColumn, true); // the detail names them

    m_detail->setObjectName(QStringLiteral("taskDetail"));
    m_detail->setFocusPolicy(Qt::ClickFocus);
    m_error->setObjectName(QStringLiteral("taskError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b42318; font-weight: bold;"));

    const auto button = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
        return b;
    };
    m_claim = button(tr("&Claim"), "claimButton");
    m_release = button(tr("&Release to pool"), "releaseButton");
    m_handover = button(tr("&Hand over…"), "handoverButton");
    m_progress = button(tr("Add &progress…"), "progressButton");
    m_complete = button(tr("Co&mplete…"), "completeButton");
    m_return = button(tr("Re&turn…"), "returnButton");
    m_new = button(tr("&New task…"), "newTaskButton");
    connect(m_claim, &QPushButton::clicked, this, [this] { claim(); });
    connect(m_release, &QPushButton::clicked, this, [this] { release(); });
    connect(m_handover, &QPushButton::clicked, this, [this] { handOver(); });
    connect(m_progress, &QPushButton::clicked, this, [this] { addProgress(); });
    connect(m_complete, &QPushButton::clicked, this, [this] { complete(); });
    connect(m_return, &QPushButton::clicked, this, [this] { returnTask(); });
    connect(m_new, &QPushButton::clicked, this, [this] { newTask(); });

    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_claim, m_release, m_handover, m_progress, m_complete, m_return})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_new);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detail, 1);
    rightLayout->addWidget(m_error);
    rightLayout->addLayout(actions);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({800, 400});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    // Ctrl+1 … Ctrl+5 switch views from anywhere on the board.
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, i] { m_tabs->setCurrentIndex(i); });
    }
    connect(m_tabs, &QTabBar::currentChanged, this, [this] { reload(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TaskBoardScreen::showCurrent);
    connect(m_noticeTimer, &QTimer::timeout, this, &TaskBoardScreen::checkNotices);
    m_noticeTimer->start(60 * 1000);
    reload();
}

TaskBoardScreen::~TaskBoardScreen() = default;

void TaskBoardScreen::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    m_model->setToday(today());
    reload();
}

QDate TaskBoardScreen::today() const
{
    return CaseRules::businessDate(m_clock());
}

BoardScope TaskBoardScreen::scope() const
{
    BoardScope s;
    const User user = m_workspace.currentUser();
    s.userId = user.id;
    s.placeCode = m_workspace.currentPlace().code;
    if (!user.departmentCode.isEmpty())
        s.departmentCodes = QStringList{user.departmentCode};
    const auto next = m_workspace.calendar().addWorkingDays(today(), 1);
    s.nearDueLimit = next ? next.value() : today().addDays(1);
    return s;
}

void TaskBoardScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
    checkNotices();
    m_table->setFocus(Qt::OtherFocusReason);
}

BoardView TaskBoardScreen::currentView() const
{
    return TaskBoard::allViews().value(m_tabs->currentIndex(), BoardView::Pool);
}

void TaskBoardScreen::showView(BoardView view)
{
    m_tabs->setCurrentIndex(int(TaskBoard::allViews().indexOf(view)));
}

int TaskBoardScreen::count() const
{
    return int(m_board->count(BoardView::Mine, scope()));
}

void TaskBoardScreen::updateTabs()
{
    const BoardScope s = scope();
    const QList<BoardView> views = TaskBoard::allViews();
    for (int i = 0; i < views.size(); ++i) {
        // Done grows without end: its count says nothing useful on a tab.
        if (views[i] == BoardView::Done)
            continue;
        // Counted up to a cap: a pool of 30,000 shows "999+" instead of a slow exact figure.
        const qint64 n = m_board->count(views[i], s, tabCountCap + 1);
        const QString shown = n > tabCountCap ? QString::number(tabCountCap) + QLatin1Char('+')
                                              : QString::number(n);
        m_tabs->setTabText(i,
                           n > 0 ? tr("%1 (%2)").arg(TaskBoard::viewName(views[i]), shown)
                                 : TaskBoard::viewName(views[i]));
    }
}

void TaskBoardScreen::reload()
{
    const QString current = currentTaskId();
    m_model->setView(currentView(), scope());
    updateTabs();
    const int row = m_model->rowOf(current);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, TaskBoardModel::TitleColumn));
    else if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, TaskBoardModel::TitleColumn));
    showCurrent();
    emit countChanged(count());
}

QString TaskBoardScreen::currentTaskId() const
{
    return m_table->currentIndex().data(TaskBoardModel::TaskIdRole).toString();
}

bool TaskBoardScreen::selectTask(const QString &taskId)
{
    const int row = m_model->rowOf(taskId);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, TaskBoardModel::TitleColumn));
    return true;
}

QString TaskBoardScreen::detailText() const
{
    return m_detail->toPlainText();
}

QString TaskBoardScreen::errorText() const
{
    return m_error->text();
}

QString TaskBoardScreen::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void TaskBoardScreen::showCurrent()
{
    m_error->clear();
    m_task.reset();
    const QString id = currentTaskId();
    if (!id.isEmpty()) {
        if (auto loaded = m_tasks->load(id))
            m_task = loaded.value();
    }
    const QList<TaskEvent> events = m_task
            ? m_tasks->availableEvents(*m_task, m_workspace.actor(), today())
            : QList<TaskEvent>();
    m_claim->setEnabled(events.contains(TaskEvent::Claim));
    m_release->setEnabled(events.contains(TaskEvent::Release));
    m_handover->setEnabled(events.contains(TaskEvent::Handover));
    m_progress->setEnabled(events.contains(TaskEvent::Progress));
    m_complete->setEnabled(events.contains(TaskEvent::Complete));
    m_return->setEnabled(events.contains(TaskEvent::Return));
    if (!m_task) {
        m_detail->setHtml(m_model->rowCount() == 0
                                  ? tr("<p>No tasks in “%1”.</p>")
                                            .arg(esc(TaskBoard::viewName(currentView())))
                                  : QString());
        return;
    }
    const AgentTask &t = *m_task;
    QStringList html;
    html << QStringLiteral("<h3>%1</h3>").arg(esc(t.title));
    const auto row = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html << QStringLiteral("<tr><td style='color:#555;padding-right:8px'>%1</td>"
                                   "<td>%2</td></tr>")
                            .arg(esc(label), esc(value));
    };
    html << QStringLiteral("<table>");
    row(tr("Kind"), TaskRules::kindName(t.kind));
    row(tr("Priority"), TaskRules::priorityName(t.priority));
    const bool provisional = t.claimProvisional
            && (t.status == TaskStatus::Claimed || t.status == TaskStatus::InProgress);
    row(tr("Status"),
        provisional ? tr("%1 by %2 (claimed on this device; not yet confirmed by the server)")
                              .arg(TaskRules::statusName(t.status), t.ownerName)
                : t.ownerName.isEmpty()
                ? TaskRules::statusName(t.status)
                : tr("%1 by %2").arg(TaskRules::statusName(t.status), t.ownerName));
    row(tr("Applicant"), t.applicantName);
    row(tr("Requested by"), t.requesterName);
    row(tr("Case"), t.caseNumber);
    row(tr("Department"), t.departmentCode);
    row(tr("Due"),
        tr("%1 (%n working day(s))", nullptr, t.workingDays).arg(t.dueDate.toString(Qt::ISODate)));
    row(tr("Origin"), TaskRules::originName(t.origin));
    row(tr("Last step"), t.lastStep ? TaskRules::stepName(*t.lastStep) : QString());
    row(tr("Outcome"), t.outcome);
    if (t.kind == TaskKind::Proxy && !t.attorney.isEmpty()) {
        row(tr("Power of attorney"),
            tr("%1 (%2) authorises %3: %4; valid until %5")
                    .arg(t.attorney.grantorName, maskedId(t.attorney.grantorIdNumber),
                         t.attorney.granteeName, t.attorney.scope,
                         t.attorney.validUntil.toString(Qt::ISODate)));
    }
    html << QStringLiteral("</table>");
    if (!t.substeps.isEmpty()) {
        html << QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Departments")));
        for (const TaskSubstep &s : t.substeps)
            html << QStringLiteral("<li>%1 %2 · %3</li>")
                            .arg(s.done ? QStringLiteral("☑") : QStringLiteral("☐"),
                                 esc(s.departmentCode), esc(s.title));
        html << QStringLiteral("</ul>");
    }
    html << QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Log")));
    for (const TaskLogEntry &e : t.log) {
        QString line = e.atUtc.toTimeZone(BusinessClock::timeZone())
                               .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                + QStringLiteral(" · ") + TaskRules::eventName(e.event);
        if (e.step)
            line += QStringLiteral(" · ") + TaskRules::stepName(*e.step);
        if (!e.note.isEmpty())
            line += QStringLiteral(": ") + e.note;
        html << QStringLiteral("<li>%1</li>").arg(esc(line));
    }
    html << QStringLiteral("</ul>");
    m_detail->setHtml(html.join(QString()));
}

bool TaskBoardScreen::act(TaskEvent event, const QString &text, std::optional<TaskStep> step,
                          int substep, const QString &target)
{
    if (!m_task)
        return false;
    TaskRequest request;
    request.text = text;
    request.step = step;
    request.substep = substep;
    request.targetUserId = target;
    const QString id = m_task->id;
    auto done = m_tasks->act(id, event, request, m_workspace.actor(), m_clock());
    if (!done) {
        m_error->setText(done.error().message);
        return false;
    }
    emit statusMessage(tr("%1: %2").arg(TaskRules::eventName(event), done->title));
    // A claimed task moves to "mine": follow it there.
    if (event == TaskEvent::Claim)
        showView(BoardView::Mine);
    reload();
    selectTask(id);
    return true;
}

bool TaskBoardScreen::claim()
{
    return act(TaskEvent::Claim, {});
}

bool TaskBoardScreen::release(const std::optional<QString> &reason)
{
    QString text = reason.value_or(QString());
    if (!reason && TaskRules::needsText(TaskEvent::Release, m_workspace.currentUser().role)) {
        const auto asked = ReasonDialog::ask(this, tr("Release to the pool"),
                                             tr("Why is the task taken from its agent?"),
                                             TaskRules::maxTextLength());
        if (!asked)
            return false;
        text = *asked;
    }
    return act(TaskEvent::Release, text);
}

bool TaskBoardScreen::handOver(const QString &toUserId, const std::optional<QString> &reason)
{
    if (!m_task)
        return false;
    QString target = toUserId;
    QString text = reason.value_or(QString());
    if (target.isEmpty() || !reason) {
        TaskHandoverDialog dialog(m_tasks->handoverCandidates(*m_task), this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        target = dialog.agentId();
        text = dialog.reason();
    }
    return act(TaskEvent::Handover, text, std::nullopt, -1, target);
}

bool TaskBoardScreen::addProgress(const std::optional<QString> &note, std::optional<TaskStep> step,
                                  int substep)
{
    if (!m_task)
        return false;
    if (note)
        return act(TaskEvent::Progress, *note, step, substep);
    TaskProgressDialog dialog(*m_task, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return act(TaskEvent::Progress, dialog.note(), dialog.step(), dialog.substep());
}

bool TaskBoardScreen::complete(const std::optional<QString> &outcome)
{
    QString text = outcome.value_or(QString());
    if (!outcome) {
        const auto asked = ReasonDialog::ask(this, tr("Complete the task"),
                                             tr("The outcome: what did the applicant get?"),
                                             TaskRules::maxTextLength());
        if (!asked)
            return false;
        text = *asked;
    }
    return act(TaskEvent::Complete, text);
}

bool TaskBoardScreen::returnTask(const std::optional<QString> &reason)
{
    QString text = reason.value_or(QString());
    if (!reason) {
        const auto asked = ReasonDialog::ask(this, tr("Return the task"),
                                             tr("Why can the task not be done?"),
                                             TaskRules::maxTextLength());
        if (!asked)
            return false;
        text = *asked;
    }
    return act(TaskEvent::Return, text);
}

bool TaskBoardScreen::newTask()
{
    NewTaskDialog dialog(today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    NewTask t = dialog.task();
    if (m_workspace.currentPlace().kind == Place::Kind::Township)
        t.origin = TaskOrigin::Township;
    auto created = m_tasks->create(t, m_workspace.actor(), m_clock());
    if (!created) {
        m_error->setText(created.error().message);
        return false;
    }
    showView(BoardView::Pool);
    reload();
    selectTask(created->id);
    emit statusMessage(tr("Task created: %1").arg(created->title));
    return true;
}

void TaskBoardScreen::checkNotices()
{
    const BoardScope s = scope();
    const QList<TaskNotice> notices = m_board->notices(s, std::max<qint64>(0, m_seenNotice));
    QStringList assigned;
    int nearDue = 0;
    for (const TaskNotice &n : notices) {
        if (n.kind == TaskNotice::Kind::Assigned) {
            assigned << tr("%1 gave you “%2”").arg(n.byName, n.title);
            m_seenNotice = std::max(m_seenNotice, n.seq);
        } else {
            ++nearDue;
        }
    }
    QStringList lines = assigned;
    if (nearDue > 0)
        lines << tr("%n of your task(s) due by %1 or overdue.", nullptr, nearDue)
                         .arg(s.nearDueLimit.toString(Qt::ISODate));
    m_banner->setText(lines.join(QStringLiteral(" · ")));
    m_banner->setVisible(!lines.isEmpty());
    if (!assigned.isEmpty())
        emit statusMessage(assigned.join(QStringLiteral("; ")));
    emit countChanged(count());
}

} // namespace ow
