#include "ratingfollowupscreen.h"

#include "domain/businessclock.h"
#include "domain/permissions.h"
#include "items/ratingfollowupmodels.h"
#include "store/ratingstore.h"
#include "store/workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

namespace {

QTableView *listView(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

// Overdue follow-ups in red.
class OverdueDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(FollowUpListModel::OverdueRole).toBool()) {
            option->palette.setColor(QPalette::Text, QColor(0xb0, 0x1c, 0x1c));
            option->palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xe0, 0xe0));
        }
    }
};

QString selectedId(QTableView *view, int role)
{
    const QModelIndex current = view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(role).toString() : QString();
}

} // namespace

RatingFollowUpScreen::RatingFollowUpScreen(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_store(std::make_unique<RatingStore>(workspace.database(), workspace.calendar()))
    , m_followUps(new FollowUpListModel(this))
    , m_appeals(new AppealListModel(this))
    , m_tabs(new QTabWidget(this))
    , m_summary(new QLabel(this))
    , m_days(new QSpinBox(this))
    , m_steps(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
    , m_record(new QPushButton(this))
    , m_reason(new QPlainTextEdit(this))
    , m_file(new QPushButton(tr("File &appeal"), this))
    , m_uphold(new QPushButton(tr("&Uphold"), this))
    , m_dismiss(new QPushButton(tr("&Dismiss"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("ratingFollowUpScreen"));
    QHash<QString, QString> names;
    for (const User &u : workspace.directory().load().users)
        names.insert(u.id, u.displayName.isEmpty() ? u.username : u.displayName);
    m_followUps->setUserNames(names);
    m_appeals->setUserNames(names);

    auto *title = new QLabel(tr("Bad ratings: follow-ups and appeals"), this);
    title->setStyleSheet(QStringLiteral("font-size: 16px; font-weight: bold;"));
    m_summary->setObjectName(QStringLiteral("followUpSummary"));
    m_days->setObjectName(QStringLiteral("followUpDays"));
    m_days->setRange(1, 30);
    m_days->setSuffix(tr(" working days"));
    m_days->setToolTip(tr("A bad rating's follow-up is due this many working days after the "
                          "rating; follow-ups opened from now on use it."));
    auto *daysLabel = new QLabel(tr("Follow-up dead&line:"), this);
    daysLabel->setBuddy(m_days);
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(16);
    top->addWidget(m_summary, 1);
    top->addWidget(daysLabel);
    top->addWidget(m_days);

    // Follow-ups.
    m_followUpView = listView(m_followUps, QStringLiteral("followUpTable"), this);
    m_followUpView->horizontalHeader()->setSectionResizeMode(FollowUpListModel::CommentColumn,
                                                             QHeaderView::Stretch);
    // A case number is read whole (place-date-device-sequence).
    m_followUpView->horizontalHeader()->setSectionResizeMode(FollowUpListModel::CaseColumn,
                                                             QHeaderView::ResizeToContents);
    m_followUpView->setItemDelegate(new OverdueDelegate(m_followUpView));
    m_steps->setObjectName(QStringLiteral("followUpSteps"));
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::PlainText);
    m_note->setObjectName(QStringLiteral("followUpNote"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What was done: whom you called and what they said, what was "
                                  "fixed, how the applicant responded"));
    m_note->setMaximumHeight(80);
    m_record->setObjectName(QStringLiteral("recordStep"));
    m_record->setToolTip(tr("Ctrl+Return"));
    auto *followUpPage = new QWidget(this);
    auto *fl = new QVBoxLayout(followUpPage);
    fl->addWidget(m_followUpView, 1);
    fl->addWidget(m_steps);
    auto *noteLabel = new QLabel(tr("&Note:"), followUpPage);
    noteLabel->setBuddy(m_note);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_record);
    fl->addLayout(noteRow);

    // Appeals.
    m_appealView = listView(m_appeals, QStringLiteral("appealTable"), this);
    m_appealView->horizontalHeader()->setSectionResizeMode(AppealListModel::CommentColumn,
                                                           QHeaderView::Stretch);
    m_appealView->horizontalHeader()->setSectionResizeMode(AppealListModel::CaseColumn,
                                                           QHeaderView::ResizeToContents);
    m_reason->setObjectName(QStringLiteral("appealReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why the rating is mistaken or malicious, or why the appeal "
                                    "is upheld or dismissed"));
    m_reason->setMaximumHeight(80);
    m_file->setObjectName(QStringLiteral("fileAppeal"));
    m_uphold->setObjectName(QStringLiteral("upholdAppeal"));
    m_dismiss->setObjectName(QStringLiteral("dismissAppeal"));
    auto *appealPage = new QWidget(this);
    auto *al = new QVBoxLayout(appealPage);
    al->addWidget(m_appealView, 1);
    auto *reasonLabel = new QLabel(tr("&Reason:"), appealPage);
    reasonLabel->setBuddy(m_reason);
    auto *reasonRow = new QHBoxLayout;
    reasonRow->addWidget(reasonLabel);
    reasonRow->addWidget(m_reason, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_file);
    buttons->addWidget(m_uphold);
    buttons->addWidget(m_dismiss);
    reasonRow->addLayout(buttons);
    al->addLayout(reasonRow);

    m_tabs->setObjectName(QStringLiteral("followUpTabs"));
    m_tabs->addTab(followUpPage, tr("Follow-ups"));
    m_tabs->addTab(appealPage, tr("Appeals"));
    m_message->setObjectName(QStringLiteral("followUpMessage"));
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);

    // Tab goes list → note → record → (the other list) → reason → file, uphold, dismiss.
    setTabOrder(m_days, m_followUpView);
    setTabOrder(m_followUpView, m_note);
    setTabOrder(m_note, m_record);
    setTabOrder(m_record, m_appealView);
    setTabOrder(m_appealView, m_reason);
    setTabOrder(m_reason, m_file);
    setTabOrder(m_file, m_uphold);
    setTabOrder(m_uphold, m_dismiss);

    for (int i = 0; i < 2; ++i) {
        auto *tab = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        tab->setContext(Qt::WidgetWithChildrenShortcut);
        connect(tab, &QShortcut::activated, this, [this, i] {
            m_tabs->setCurrentIndex(i);
            (i == 0 ? m_followUpView : m_appealView)->setFocus();
        });
    }
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *record = new QShortcut(QKeySequence(Qt::CTRL | key), m_note);
        record->setContext(Qt::WidgetWithChildrenShortcut);
        connect(record, &QShortcut::activated, this, &RatingFollowUpScreen::recordStep);
    }
    connect(m_record, &QPushButton::clicked, this, &RatingFollowUpScreen::recordStep);
    connect(m_file, &QPushButton::clicked, this, &RatingFollowUpScreen::fileAppeal);
    connect(m_uphold, &QPushButton::clicked, this, [this] { decideAppeal(true); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { decideAppeal(false); });
    connect(m_followUpView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RatingFollowUpScreen::updateButtons);
    connect(m_appealView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RatingFollowUpScreen::updateButtons);
    connect(m_days, &QSpinBox::editingFinished, this, [this] {
        if (m_days->value() == m_store->followUpWorkingDays())
            return;
        if (Status s = m_store->setFollowUpWorkingDays(m_days->value()); !s)
            say(s.error().message, true);
        else
            say(tr("Follow-ups opened from now on are due in %n working day(s).", nullptr,
                   m_days->value()),
                false);
    });
    reload();
}

RatingFollowUpScreen::~RatingFollowUpScreen() = default;

Role RatingFollowUpScreen::role() const
{
    return m_workspace.currentUser().role;
}

void RatingFollowUpScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void RatingFollowUpScreen::reload()
{
    const QString followUp = selectedFollowUp();
    const QString appeal = selectedAppeal();
    const QDate today = BusinessClock::today();
    m_followUps->setRows(m_store->openFollowUps(today));
    const bool mayAppeal = Permissions::mayEver(role(), Action::RatingAppeal);
    m_appeals->setRows(
            m_store->appealRows(mayAppeal ? m_workspace.actor().userId : QString(), today));
    const auto reselect = [](QTableView *view, int idRole, const QString &id) {
        QAbstractItemModel *model = view->model();
        int row = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(idRole).toString() == id)
                row = r;
        }
        if (model->rowCount() > 0)
            view->selectionModel()->setCurrentIndex(model->index(row, 0),
                                                    QItemSelectionModel::ClearAndSelect
                                                            | QItemSelectionModel::Rows);
    };
    reselect(m_followUpView, FollowUpListModel::RatingIdRole, followUp);
    reselect(m_appealView, AppealListModel::RatingIdRole, appeal);
    {
        const QSignalBlocker block(m_days);
        m_days->setValue(m_store->followUpWorkingDays());
    }
    m_summary->setText(tr("%n open follow-up(s)", nullptr, int(m_followUps->rowCount()))
                       + QStringLiteral(" · ")
                       + tr("%n overdue", nullptr, m_followUps->overdueCount()));
    m_summary->setStyleSheet(m_followUps->overdueCount() > 0
                                     ? QStringLiteral("color: #b01c1c; font-weight: bold;")
                                     : QString());
    updateButtons();
}

QString RatingFollowUpScreen::selectedFollowUp() const
{
    return selectedId(m_followUpView, FollowUpListModel::RatingIdRole);
}

QString RatingFollowUpScreen::selectedAppeal() const
{
    return selectedId(m_appealView, AppealListModel::RatingIdRole);
}

void RatingFollowUpScreen::updateButtons()
{
    const Role r = role();
    const bool mayFollowUp = Permissions::mayEver(r, Action::RatingFollowUp);
    const bool mayDecide = Permissions::mayEver(r, Action::RatingDecide);
    const bool mayAppeal = Permissions::mayEver(r, Action::RatingAppeal);
    m_days->setEnabled(mayFollowUp);

    const int fr = m_followUpView->selectionModel()->currentIndex().row();
    QString steps;
    std::optional<FollowUpStep> next;
    if (fr >= 0 && fr < m_followUps->rows().size()) {
        const FollowUpRow &row = m_followUps->rows().at(fr);
        next = row.followUp.nextStep();
        const FollowUp &f = row.followUp;
        const auto line = [&steps](FollowUpStep step, const QDateTime &at, const QString &note) {
            if (!at.isValid())
                return;
            steps += RatingRules::stepName(step) + QStringLiteral(" (")
                    + BusinessClock::dateOf(at).toString(Qt::ISODate) + QStringLiteral("): ") + note
                    + QLatin1Char('\n');
        };
        line(FollowUpStep::CallBack, f.callBackAt, f.callBackNote);
        line(FollowUpStep::Rectify, f.rectifyAt, f.rectifyNote);
        line(FollowUpStep::Feedback, f.feedbackAt, f.feedbackNote);
        if (steps.isEmpty())
            steps = tr("No step recorded yet. Opened on %1, due on %2.")
                            .arg(f.openedOn.toString(Qt::ISODate),
                                 f.deadline.toString(Qt::ISODate));
    }
    m_steps->setText(steps.trimmed());
    m_record->setText(next ? tr("Record \"%1\"").arg(RatingRules::stepName(*next))
                           : tr("Record step"));
    m_record->setEnabled(mayFollowUp && next.has_value());
    m_note->setEnabled(mayFollowUp && next.has_value());

    const int ar = m_appealView->selectionModel()->currentIndex().row();
    bool canFile = false, canDecide = false;
    if (ar >= 0 && ar < m_appeals->rows().size()) {
        const AppealRow &row = m_appeals->rows().at(ar);
        canFile = mayAppeal && !row.appeal && row.rating.staffId == m_workspace.actor().userId;
        canDecide = mayDecide && row.appeal && row.appeal->state == AppealState::Pending
                && row.appeal->filedBy != m_workspace.actor().userId;
    }
    m_file->setVisible(mayAppeal);
    m_uphold->setVisible(mayDecide);
    m_dismiss->setVisible(mayDecide);
    m_file->setEnabled(canFile);
    m_uphold->setEnabled(canDecide);
    m_dismiss->setEnabled(canDecide);
    m_reason->setEnabled(canFile || canDecide);
}

void RatingFollowUpScreen::say(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b01c1c;") : QString());
    emit statusMessage(message);
}

void RatingFollowUpScreen::recordStep()
{
    const QString id = selectedFollowUp();
    const int fr = m_followUpView->selectionModel()->currentIndex().row();
    if (id.isEmpty() || fr < 0 || fr >= m_followUps->rows().size()) {
        say(tr("Choose a follow-up in the list first."), true);
        return;
    }
    const auto next = m_followUps->rows().at(fr).followUp.nextStep();
    if (!next)
        return;
    auto saved = m_store->recordFollowUp(id, *next, m_note->toPlainText(), m_workspace.actor(),
                                         BusinessClock::nowUtc());
    if (!saved) {
        say(saved.error().message, true);
        return;
    }
    m_note->clear();
    say(tr("Recorded \"%1\" for case %2.")
                .arg(RatingRules::stepName(*next), m_followUps->rows().at(fr).caseNumber),
        false);
    reload();
}

void RatingFollowUpScreen::fileAppeal()
{
    const QString id = selectedAppeal();
    if (id.isEmpty()) {
        say(tr("Choose a rating in the list first."), true);
        return;
    }
    auto filed = m_store->fileAppeal(id, m_reason->toPlainText(), m_workspace.actor(),
                                     BusinessClock::nowUtc());
    if (!filed) {
        say(filed.error().message, true);
        return;
    }
    m_reason->clear();
    say(tr("The appeal was filed; a supervisor decides it."), false);
    reload();
}

void RatingFollowUpScreen::decideAppeal(bool upheld)
{
    const QString id = selectedAppeal();
    if (id.isEmpty()) {
        say(tr("Choose an appeal in the list first."), true);
        return;
    }
    auto decided = m_store->decideAppeal(id, upheld, m_reason->toPlainText(), m_workspace.actor(),
                                         BusinessClock::nowUtc());
    if (!decided) {
        say(decided.error().message, true);
        return;
    }
    m_reason->clear();
    say(upheld ? tr("The appeal was upheld: the rating no longer counts in the satisfaction "
                    "rate. The rating itself is kept.")
               : tr("The appeal was dismissed: the rating counts."),
        false);
    reload();
}

} // namespace ow
