#include "releasescreen.h"

#include "casedetailview.h"
#include "domain/casedocumentfacts.h"
#include "items/casequeuemodel.h"
#include "store/casequeues.h"
#include "store/casestore.h"
#include "store/workspace.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

ReleaseScreen::ReleaseScreen(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_cases(std::make_unique<CaseStore>(workspace.database(), workspace.calendar()))
    , m_queues(std::make_unique<CaseQueues>(workspace.database()))
    , m_model(new CaseQueueModel(this))
    , m_number(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_parts(new QLabel(this))
    , m_recipient(new QLineEdit(this))
    , m_sameVisit(new QCheckBox(this))
    , m_release(new QPushButton(this))
    , m_mail(new QPushButton(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("releaseScreen"));
    m_detail = new CaseDetailView(workspace, *m_cases, this);
    m_detail->setActionsVisible(false);

    m_number->setObjectName(QStringLiteral("releaseNumber"));
    m_number->setPlaceholderText(tr("Scan the QR code or type the case number, then Enter"));
    m_number->setClearButtonEnabled(true);
    auto *numberLabel = new QLabel(tr("Case &number:"), this);
    numberLabel->setBuddy(m_number);

    m_table->setObjectName(QStringLiteral("releaseTable"));
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
    m_table->setColumnHidden(CaseQueueModel::StateColumn, true);

    m_recipient->setObjectName(QStringLiteral("recipientId"));
    m_recipient->setPlaceholderText(tr("ID number of the applicant or the authorised agent"));
    m_recipient->setMaxLength(20);
    m_sameVisit->setObjectName(QStringLiteral("sameVisit"));
    m_sameVisit->setText(tr("&Same visit as acceptance: no extra trip"));
    m_sameVisit->setToolTip(tr("The applicant waited while the case was accepted and decided "
                               "(马上办): handing the result over now is not another trip."));
    m_release->setObjectName(QStringLiteral("releaseButton"));
    m_release->setText(tr("&Release (F9)"));
    m_release->setToolTip(tr("Hand the result over and record the time."));
    m_mail->setObjectName(QStringLiteral("mailButton"));
    // Alt+M and Alt+V belong to the case detail's Materials tab and print preview below.
    m_mail->setText(tr("Posted by mai&l"));
    m_mail->setToolTip(tr("The result was posted to the applicant (邮寄送达): no trip."));
    m_parts->setObjectName(QStringLiteral("releaseParts"));
    // One line per bundle part: unwrapped, so that the box grows by a line for each part (a
    // word-wrapped label in a box does not); a line too long for the pane shows in the tooltip.
    m_parts->setWordWrap(false);
    m_parts->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);
    m_parts->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("releaseMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    // Room for a two-line refusal: a word-wrapped label in a box does not grow by itself.
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 2 + 4);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *handover = new QGroupBox(tr("Hand over"), this);
    auto *form = new QFormLayout;
    auto *recipientLabel = new QLabel(tr("Recipient's &ID number:"), handover);
    recipientLabel->setBuddy(m_recipient);
    form->addRow(recipientLabel, m_recipient);
    form->addRow(QString(), m_sameVisit);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_release);
    buttons->addWidget(m_mail);
    buttons->addStretch();
    auto *handoverLayout = new QVBoxLayout(handover);
    handoverLayout->addWidget(m_parts);
    handoverLayout->addLayout(form);
    handoverLayout->addLayout(buttons);
    handoverLayout->addWidget(m_message);

    auto *top = new QHBoxLayout;
    top->addWidget(numberLabel);
    top->addWidget(m_number, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(handover);
    rightLayout->addWidget(m_detail, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({460, 660});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_number, &QLineEdit::returnPressed, this, [this] {
        if (openNumber(m_number->text()))
            m_recipient->setFocus(Qt::OtherFocusReason);
    });
    connect(m_recipient, &QLineEdit::returnPressed, this, &ReleaseScreen::release);
    connect(m_release, &QPushButton::clicked, this, &ReleaseScreen::release);
    connect(m_mail, &QPushButton::clicked, this, [this] {
        if (!m_detail->currentCase())
            return;
        const auto answer = QMessageBox::question(
                this, tr("Mailed"),
                tr("Record that the result of case %1 was posted to the applicant?")
                        .arg(m_detail->currentCase()->number));
        if (answer == QMessageBox::Yes)
            releaseByMail();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReleaseScreen::openCurrent);
    connect(m_detail, &CaseDetailView::statusMessage, this, &ReleaseScreen::statusMessage);
    reload();
    caseOpened();
}

ReleaseScreen::~ReleaseScreen() = default;

bool ReleaseScreen::event(QEvent *event)
{
    // F9 releases here; elsewhere the main window uses it to come here. Taking the shortcut
    // override keeps the key for this screen while it has the focus.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F9 && key->modifiers() == Qt::NoModifier) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void ReleaseScreen::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F9 && event->modifiers() == Qt::NoModifier) {
        release();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ReleaseScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
    m_number->setFocus(Qt::OtherFocusReason);
}

int ReleaseScreen::count() const
{
    return m_model->rowCount();
}

QString ReleaseScreen::message() const
{
    return m_message->text();
}

void ReleaseScreen::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b42318; font-weight: bold;")
                                   : QStringLiteral("color: #1a7f37; font-weight: bold;"));
    if (!text.isEmpty())
        emit statusMessage(text);
}

void ReleaseScreen::reload()
{
    auto rows = m_queues->releaseQueue(m_workspace.currentPlace().code);
    m_model->setRows(rows ? rows.value() : QList<QueueRow>(), BusinessClock::today());
    if (!rows)
        showMessage(rows.error().message, true);
    const int row = m_model->rowOf(m_detail->caseId());
    if (row >= 0) {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->setCurrentIndex(m_model->index(row, CaseQueueModel::NumberColumn));
    }
    emit countChanged(m_model->rowCount());
}

bool ReleaseScreen::openNumber(const QString &number)
{
    const auto id = m_cases->idByNumber(number);
    if (!id) {
        showMessage(tr("There is no case numbered \"%1\".").arg(number.trimmed()), true);
        return false;
    }
    const int row = m_model->rowOf(*id);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, CaseQueueModel::NumberColumn));
    else
        m_detail->showCase(*id); // not held here: shown, and the rule will say why not
    caseOpened();
    return m_detail->caseId() == *id;
}

void ReleaseScreen::openCurrent()
{
    const QString id = m_table->currentIndex().data(CaseQueueModel::CaseIdRole).toString();
    if (id.isEmpty())
        return;
    m_detail->showCase(id);
    caseOpened();
}

void ReleaseScreen::caseOpened()
{
    m_recipient->clear();
    m_message->clear();
    const auto &c = m_detail->currentCase();
    m_release->setEnabled(c.has_value());
    m_mail->setEnabled(c.has_value());
    // 马上办: only a case accepted today can be handed over in the visit of acceptance.
    m_sameVisit->setChecked(false);
    m_sameVisit->setVisible(c && c->acceptedAt.isValid()
                            && BusinessClock::dateOf(c->acceptedAt) == BusinessClock::today());
    if (!c) {
        m_parts->setText(tr("Choose a case from the list or scan its number."));
        return;
    }
    QStringList lines;
    lines << tr("%1 · %2 · %3")
                     .arg(c->number, c->applicant.name, CaseLifecycle::stateDisplayName(c->state));
    if (!c->agentName.isEmpty())
        lines << tr("Authorised agent: %1").arg(c->agentName);
    // 一件事一次办: every part's outcome goes to the applicant together.
    // Releasing the main case hands over every part whose result is at the window.
    for (const Case &part : m_detail->children()) {
        const DocumentBundlePart outcome = CaseDocumentFacts::bundlePart(part, QString());
        QString text;
        switch (outcome.outcome) {
        case DocumentBundlePart::Outcome::Approved:
            text = CaseLifecycle::stateDisplayName(CaseState::Approved);
            break;
        case DocumentBundlePart::Outcome::Denied:
            text = CaseLifecycle::stateDisplayName(CaseState::Denied);
            break;
        case DocumentBundlePart::Outcome::Terminated:
            text = CaseLifecycle::stateDisplayName(CaseState::Terminated);
            break;
        case DocumentBundlePart::Outcome::Withdrawn:
            text = CaseLifecycle::stateDisplayName(CaseState::Withdrawn);
            break;
        case DocumentBundlePart::Outcome::Pending:
            text = CaseLifecycle::stateDisplayName(part.state);
            break;
        }
        QString line = tr("• %1 %2: %3").arg(part.number, part.itemName, text);
        if (!outcome.reason.isEmpty())
            line += tr(" — %1").arg(outcome.reason);
        if (part.state == CaseState::Approved || part.state == CaseState::Denied)
            line += QLatin1Char(' ') + tr("(result not at the window yet)");
        lines << line;
    }
    m_parts->setText(lines.join(QLatin1Char('\n')));
    m_parts->setToolTip(m_parts->text());
    // A line for each part: the box makes room for all of them.
    m_parts->setMinimumHeight(m_parts->fontMetrics().lineSpacing() * int(lines.size()) + 4);
}

bool ReleaseScreen::release()
{
    if (!m_detail->currentCase())
        return false;
    TransitionRequest request;
    request.event = CaseEvent::Release;
    request.recipientIdNumber = m_recipient->text().trimmed();
    request.sameVisitAsAcceptance = !m_sameVisit->isHidden() && m_sameVisit->isChecked();
    if (Status s = m_detail->apply(request); !s) {
        showMessage(s.error().message, true);
        m_recipient->setFocus(Qt::OtherFocusReason);
        m_recipient->selectAll();
        return false;
    }
    const QString number = m_detail->currentCase()->number;
    const int parts = releasedParts();
    const QString caseId = m_detail->currentCase()->id;
    const QString itemName = m_detail->currentCase()->itemName;
    reload();
    caseOpened();
    showMessage(parts > 0 ? tr("Case %1 released with %n part(s) of the bundle.", nullptr, parts)
                                    .arg(number)
                          : tr("Case %1 released.").arg(number),
                false);
    m_number->clear();
    m_number->setFocus(Qt::OtherFocusReason);
    emit releasedAtCounter(caseId, itemName);
    return true;
}

int ReleaseScreen::releasedParts() const
{
    return int(std::count_if(m_detail->children().cbegin(), m_detail->children().cend(),
                             [](const Case &part) { return part.state == CaseState::Released; }));
}

bool ReleaseScreen::releaseByMail()
{
    if (!m_detail->currentCase())
        return false;
    TransitionRequest request;
    request.event = CaseEvent::MailRelease;
    if (Status s = m_detail->apply(request); !s) {
        showMessage(s.error().message, true);
        return false;
    }
    const QString number = m_detail->currentCase()->number;
    const int parts = releasedParts();
    reload();
    caseOpened();
    showMessage(parts > 0 ? tr("Case %1 recorded as posted with %n part(s) of the bundle.", nullptr,
                               parts)
                                    .arg(number)
                          : tr("Case %1 recorded as posted.").arg(number),
                false);
    return true;
}

} // namespace ow
