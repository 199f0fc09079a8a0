#include "intakescreen.h"

#include "applicantform.h"
#include "documentprinter.h"
#include "domain/casedocumentfacts.h"
#include "domain/intakedefaults.h"
#include "itempicker.h"
#include "items/catalogitemmodel.h"
#include "items/materialchecklistmodel.h"
#include "materialchecklistview.h"
#include "store/recentitems.h"
#include "store/taskstore.h"
#include "store/workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace ow {

namespace {

QPushButton *decisionButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    button->setMinimumHeight(button->sizeHint().height() + 8);
    return button;
}

void addShortcuts(QWidget *context, const QList<QKeySequence> &keys, QPushButton *button)
{
    for (const QKeySequence &key : keys) {
        auto *shortcut = new QShortcut(key, context);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        QObject::connect(shortcut, &QShortcut::activated, button, &QPushButton::click);
    }
}

QString stateText(CaseState state)
{
    switch (state) {
    case CaseState::Received:
        return IntakeScreen::tr("Materials received; not yet decided");
    case CaseState::Accepted:
        return IntakeScreen::tr("Accepted");
    case CaseState::AwaitingMaterials:
        return IntakeScreen::tr("One-time notice issued: waiting for the missing materials");
    case CaseState::Rejected:
        return IntakeScreen::tr("Not accepted");
    default:
        return CaseLifecycle::stateKey(state);
    }
}

} // namespace

IntakeScreen::IntakeScreen(Workspace &workspace, CaseStore &cases, CatalogItemModel *catalog,
                           QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_cases(cases)
    , m_catalog(catalog)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_pages(new QStackedWidget(this))
    , m_materials(new MaterialChecklistModel(this))
{
    setObjectName(QStringLiteral("intakeScreen"));
    m_formPage = createFormPage();
    m_resultPage = createResultPage();
    m_pages->addWidget(m_formPage);
    m_pages->addWidget(m_resultPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    connect(m_catalog, &QAbstractItemModel::modelReset, this, [this] {
        if (m_item && !m_catalog->catalog().item(m_item->code))
            resetForm();
    });
    resetForm();
}

IntakeScreen::~IntakeScreen() = default;

void IntakeScreen::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    showItem();
}

QDate IntakeScreen::today() const
{
    return CaseRules::businessDate(m_clock());
}

QWidget *IntakeScreen::createFormPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("intakeForm"));

    // 1. The item
    auto *itemBox = new QGroupBox(tr("1 · Item"), page);
    m_picker = new ItemPicker(m_catalog, itemBox);
    m_itemSummary = new QLabel(itemBox);
    m_itemSummary->setObjectName(QStringLiteral("intakeItemSummary"));
    m_itemSummary->setWordWrap(true);
    m_itemSummary->setTextFormat(Qt::RichText);
    m_itemSummary->setMinimumHeight(m_itemSummary->fontMetrics().lineSpacing() * 6);
    m_itemSummary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *itemLayout = new QVBoxLayout(itemBox);
    itemLayout->addWidget(m_picker, 3);
    itemLayout->addWidget(m_itemSummary, 2);
    connect(m_picker, &ItemPicker::itemChosen, this, [this](const QString &code) {
        if (chooseItem(code))
            m_applicant->focusFirstField();
    });

    // 2. The applicant, and an agent who may collect the result
    auto *applicantBox = new QGroupBox(tr("2 · Applicant"), page);
    m_applicant = new ApplicantForm(
            [this](Applicant::Kind kind, const QString &idNumber) {
                return m_cases.findApplicant(kind, idNumber);
            },
            applicantBox);
    m_agentName = new QLineEdit(applicantBox);
    m_agentName->setObjectName(QStringLiteral("agentName"));
    m_agentName->setMaxLength(ApplicantRules::maxLength(ApplicantRules::Field::Name));
    m_agentName->setPlaceholderText(tr("Agent's name"));
    m_agentId = new QLineEdit(applicantBox);
    m_agentId->setObjectName(QStringLiteral("agentIdNumber"));
    m_agentId->setMaxLength(ApplicantRules::maxLength(ApplicantRules::Field::IdNumber));
    m_agentId->setPlaceholderText(tr("Agent's ID number"));
    m_agentMessage = new QLabel(applicantBox);
    m_agentMessage->setObjectName(QStringLiteral("agentMessage"));
    m_agentMessage->setStyleSheet(QStringLiteral("color: #b42318;"));
    auto *agentLabel = new QLabel(tr("Agen&t:"), applicantBox);
    agentLabel->setBuddy(m_agentName);
    agentLabel->setToolTip(tr("An authorised agent who may collect the result"));
    auto *agentRow = new QHBoxLayout;
    agentRow->addWidget(agentLabel);
    agentRow->addWidget(m_agentName, 2);
    agentRow->addWidget(m_agentId, 3);
    agentRow->addWidget(m_agentMessage, 2);
    auto *applicantLayout = new QVBoxLayout(applicantBox);
    applicantLayout->addWidget(m_applicant);
    applicantLayout->addStretch();
    applicantLayout->addLayout(agentRow);
    // The applicant asks for help (帮办) or hands the matter to the hall (代办): a task for the
    // agents' board, saved with the case.
    m_assistance = new QComboBox(applicantBox);
    m_assistance->setObjectName(QStringLiteral("assistanceKind"));
    m_assistance->addItem(tr("No help asked"), -1);
    m_assistance->addItem(TaskRules::kindName(TaskKind::Help), int(TaskKind::Help));
    m_assistance->addItem(TaskRules::kindName(TaskKind::Proxy), int(TaskKind::Proxy));
    m_assistancePriority = new QComboBox(applicantBox);
    m_assistancePriority->setObjectName(QStringLiteral("assistancePriority"));
    for (TaskPriority p : TaskRules::allPriorities())
        m_assistancePriority->addItem(TaskRules::priorityName(p), int(p));
    m_attorneyUntil = new QDateEdit(applicantBox);
    m_attorneyUntil->setObjectName(QStringLiteral("attorneyValidUntil"));
    m_attorneyUntil->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_attorneyUntil->setToolTip(tr("The power of attorney (委托书) is valid until"));
    auto *assistanceLabel = new QLabel(tr("Help/pro&xy:"), applicantBox);
    assistanceLabel->setBuddy(m_assistance);
    auto *assistanceRow = new QHBoxLayout;
    assistanceRow->addWidget(assistanceLabel);
    assistanceRow->addWidget(m_assistance, 2);
    assistanceRow->addWidget(m_assistancePriority, 2);
    assistanceRow->addWidget(m_attorneyUntil, 2);
    applicantLayout->addLayout(assistanceRow);
    const auto assistanceChanged = [this] {
        const int kind = m_assistance->currentData().toInt();
        m_assistancePriority->setEnabled(kind >= 0);
        m_attorneyUntil->setEnabled(kind == int(TaskKind::Proxy));
    };
    connect(m_assistance, &QComboBox::currentIndexChanged, this, assistanceChanged);
    assistanceChanged();
    connect(m_agentName, &QLineEdit::textChanged, this, &IntakeScreen::checkAgent);
    connect(m_agentId, &QLineEdit::textChanged, this, &IntakeScreen::checkAgent);

    // 3. The materials
    auto *materialsBox = new QGroupBox(tr("3 · Materials"), page);
    m_checklist = new MaterialChecklistView(m_materials, materialsBox);
    m_noLongerRequired = new QLabel(materialsBox);
    m_noLongerRequired->setObjectName(QStringLiteral("noLongerRequired"));
    m_noLongerRequired->setWordWrap(true);
    m_noLongerRequired->setStyleSheet(QStringLiteral("color: #6b7280;"));
    m_checklistMessage = new QLabel(MaterialChecklistView::keysHelp(), materialsBox);
    m_checklistMessage->setObjectName(QStringLiteral("checklistMessage"));
    m_checklistMessage->setWordWrap(true);
    auto *materialsLayout = new QVBoxLayout(materialsBox);
    materialsLayout->addWidget(m_checklist, 1);
    materialsLayout->addWidget(m_noLongerRequired);
    materialsLayout->addWidget(m_checklistMessage);
    connect(m_checklist, &MaterialChecklistView::message, m_checklistMessage, &QLabel::setText);

    // 4. The decision
    m_error = new QLabel(page);
    m_error->setObjectName(QStringLiteral("intakeError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b42318; font-weight: bold;"));
    m_receive = decisionButton(tr("Receive only (F9)"), QStringLiteral("receiveButton"), page);
    m_notify = decisionButton(tr("One-time notice (F11)"), QStringLiteral("notifyButton"), page);
    m_reject = decisionButton(tr("Reject… (F12)"), QStringLiteral("rejectButton"), page);
    m_accept = decisionButton(tr("Accept (F10)"), QStringLiteral("acceptButton"), page);
    m_accept->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_receive->setToolTip(tr("Save what was handed in and decide later; the time limit runs."));
    m_notify->setToolTip(tr("Tell the applicant in writing, once, everything that is missing."));
    m_reject->setToolTip(tr("Not accepted, with the reason."));
    m_accept->setToolTip(tr("Accept the application (F10 or Ctrl+Enter)."));
    addShortcuts(page,
                 {QKeySequence(Qt::Key_F10), QKeySequence(Qt::CTRL | Qt::Key_Return),
                  QKeySequence(Qt::CTRL | Qt::Key_Enter)},
                 m_accept);
    addShortcuts(page, {QKeySequence(Qt::Key_F11)}, m_notify);
    addShortcuts(page, {QKeySequence(Qt::Key_F12)}, m_reject);
    addShortcuts(page, {QKeySequence(Qt::Key_F9)}, m_receive);
    connect(m_accept, &QPushButton::clicked, this, [this] { submit(IntakeDecision::Accept); });
    connect(m_notify, &QPushButton::clicked, this, [this] { submit(IntakeDecision::Notify); });
    connect(m_receive, &QPushButton::clicked, this,
            [this] { submit(IntakeDecision::ReceiveOnly); });
    connect(m_reject, &QPushButton::clicked, this, &IntakeScreen::askReasonAndReject);
    auto *decisionRow = new QHBoxLayout;
    decisionRow->addWidget(m_error, 1);
    for (QPushButton *button : {m_receive, m_notify, m_reject, m_accept})
        decisionRow->addWidget(button);

    auto *grid = new QGridLayout(page);
    grid->addWidget(itemBox, 0, 0);
    grid->addWidget(applicantBox, 0, 1);
    grid->addWidget(materialsBox, 1, 0, 1, 2);
    grid->addLayout(decisionRow, 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(0, 5);
    grid->setRowStretch(1, 4);

    // Tab: search, applicant, materials, agent, decisions.
    setTabOrder(m_picker->searchField(), m_applicant->firstField());
    setTabOrder(m_applicant->lastField(), m_checklist);
    setTabOrder(m_checklist, m_agentName);
    setTabOrder(m_agentName, m_agentId);
    setTabOrder(m_agentId, m_assistance);
    setTabOrder(m_assistance, m_assistancePriority);
    setTabOrder(m_assistancePriority, m_attorneyUntil);
    setTabOrder(m_attorneyUntil, m_receive);
    setTabOrder(m_receive, m_notify);
    setTabOrder(m_notify, m_reject);
    setTabOrder(m_reject, m_accept);
    return page;
}

QWidget *IntakeScreen::createResultPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("intakeResult"));
    auto *caption = new QLabel(tr("Case number"), page);
    m_caseNumber = new QLabel(page);
    m_caseNumber->setObjectName(QStringLiteral("caseNumber"));
    m_caseNumber->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_caseNumber->font();
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setBold(true);
    m_caseNumber->setFont(big);
    m_resultSummary = new QLabel(page);
    m_resultSummary->setObjectName(QStringLiteral("resultSummary"));
    m_resultSummary->setWordWrap(true);
    m_resultSummary->setTextFormat(Qt::RichText);

    auto *documentsLabel = new QLabel(tr("&Documents for the applicant:"), page);
    m_documents = new QListWidget(page);
    m_documents->setObjectName(QStringLiteral("intakeDocuments"));
    m_documents->setMaximumHeight(m_documents->fontMetrics().height() * 6);
    documentsLabel->setBuddy(m_documents);
    m_print = decisionButton(tr("Print… (Ctrl+P)"), QStringLiteral("printButton"), page);
    m_savePdf = decisionButton(tr("Save PDF… (Ctrl+S)"), QStringLiteral("savePdfButton"), page);
    m_new = decisionButton(tr("New intake (F2)"), QStringLiteral("newIntakeButton"), page);
    addShortcuts(page, {QKeySequence::Print}, m_print);
    addShortcuts(page, {QKeySequence::Save}, m_savePdf);
    connect(m_print, &QPushButton::clicked, this, &IntakeScreen::printCurrent);
    connect(m_savePdf, &QPushButton::clicked, this, &IntakeScreen::saveCurrentPdf);
    connect(m_new, &QPushButton::clicked, this, &IntakeScreen::newIntake);
    connect(m_documents, &QListWidget::itemActivated, this, &IntakeScreen::printCurrent);
    m_resultMessage = new QLabel(page);
    m_resultMessage->setObjectName(QStringLiteral("resultMessage"));
    m_resultMessage->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_savePdf);
    buttons->addStretch();
    buttons->addWidget(m_new);

    auto *column = new QVBoxLayout;
    column->addWidget(caption);
    column->addWidget(m_caseNumber);
    column->addSpacing(8);
    column->addWidget(m_resultSummary);
    column->addSpacing(12);
    column->addWidget(documentsLabel);
    column->addWidget(m_documents);
    column->addLayout(buttons);
    column->addWidget(m_resultMessage);
    column->addStretch();

    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addLayout(column, 3);
    layout->addStretch(1);
    return page;
}

bool IntakeScreen::hasDraft() const
{
    if (m_pages->currentWidget() != m_formPage)
        return false;
    return m_item.has_value() || !m_applicant->isEmpty() || !m_agentName->text().isEmpty()
            || !m_agentId->text().isEmpty();
}

void IntakeScreen::newIntake()
{
    if (hasDraft()) {
        QMessageBox box(QMessageBox::Question, tr("New intake"),
                        tr("Discard the intake in progress? Nothing of it has been saved."),
                        QMessageBox::NoButton, this);
        QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("&Keep it"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != discard) {
            m_picker->focusSearch();
            return;
        }
    }
    resetForm();
}

void IntakeScreen::resetForm()
{
    m_case.reset();
    m_item.reset();
    m_picker->setRecentCodes(
            RecentItems(m_workspace.settings(), m_workspace.actor().userId).codes());
    m_picker->clear();
    m_applicant->clear();
    m_agentName->clear();
    m_agentId->clear();
    m_assistance->setCurrentIndex(0);
    m_assistancePriority->setCurrentIndex(0);
    m_attorneyUntil->setDate(today().addDays(30));
    m_agentMessage->clear();
    m_materials->setMaterials({});
    m_checklistMessage->setText(MaterialChecklistView::keysHelp());
    m_error->clear();
    showItem();
    m_pages->setCurrentWidget(m_formPage);
    m_picker->focusSearch();
}

bool IntakeScreen::chooseItem(const QString &itemCode)
{
    const ServiceItem *item = m_catalog->catalog().item(itemCode);
    if (!item)
        return false;
    m_item = *item;
    m_materials->setDefaultSupplyBy(IntakeDefaults::supplyBy(m_workspace.calendar(), today()));
    m_materials->setMaterials(CaseRules::checklistFor(*item));
    m_error->clear();
    showItem();
    return true;
}

void IntakeScreen::showItem()
{
    if (!m_item) {
        m_itemSummary->setText(QStringLiteral("<span style='color:#6b7280'>%1</span>")
                                       .arg(tr("Type the item's name, code or pinyin initials, "
                                               "then Enter.")));
        m_noLongerRequired->clear();
        m_noLongerRequired->hide();
        return;
    }
    const ServiceItem &item = *m_item;
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QStringList facts{esc(item.code), esc(m_catalog->departmentName(item.departmentCode)),
                      esc(itemKindDisplayName(item.kind)),
                      item.promisedDays == 0
                              ? tr("handled on the spot")
                              : tr("promised in %n working day(s)", nullptr, item.promisedDays)};
    const QString flags = CatalogItemModel::flagsText(item);
    if (!flags.isEmpty())
        facts << esc(flags);
    QString html = QStringLiteral("<b style='font-size:large'>%1</b><br/>%2")
                           .arg(esc(item.name), facts.join(QStringLiteral(" · ")));
    if (item.kind == ItemKind::Licensing) {
        const QDate deadline = CaseLifecycle::noticeDeadline(today(), [this](QDate from, int n) {
            const auto r = m_workspace.calendar().addWorkingDays(from, n);
            return r ? r.value() : QDate();
        });
        html += QStringLiteral("<br/><span style='color:#9a6700'>%1</span>")
                        .arg(deadline.isValid()
                                     ? tr("Licensing item: a one-time notice must be given by "
                                          "%1 (%n working day(s) from receipt).",
                                          nullptr, CaseLifecycle::noticeDeadlineWorkingDays())
                                               .arg(QLocale().toString(deadline,
                                                                       QLocale::ShortFormat))
                                     : esc(WorkCalendar::missingYearMessage(today().year() + 1)));
    }
    if (item.isBundle()) {
        QStringList parts;
        for (const QString &code : item.bundleParts) {
            const ServiceItem *part = m_catalog->catalog().item(code);
            parts << esc(part ? part->name : code);
        }
        html += QStringLiteral("<br/>") + tr("One visit for: %1").arg(parts.join(u'、'));
    }
    m_itemSummary->setText(html);

    QStringList cancelled;
    for (const Material &m : item.materials) {
        if (m.requirement == Material::Requirement::NoLongerRequired)
            cancelled << m.name;
    }
    m_noLongerRequired->setText(
            cancelled.isEmpty()
                    ? QString()
                    : tr("No longer required (do not ask for): %1").arg(cancelled.join(u'、')));
    m_noLongerRequired->setVisible(!cancelled.isEmpty());
}

void IntakeScreen::checkAgent()
{
    const QString name = m_agentName->text().trimmed();
    const QString id = m_agentId->text().trimmed();
    QString message;
    if (!name.isEmpty() || !id.isEmpty()) {
        message = ApplicantRules::checkField(Applicant::Kind::Person,
                                             ApplicantRules::Field::IdNumber, id);
        if (message.isEmpty())
            message = ApplicantRules::checkField(Applicant::Kind::Person,
                                                 ApplicantRules::Field::Name, name);
    }
    m_agentMessage->setText(message);
    m_agentMessage->setToolTip(message);
}

void IntakeScreen::showError(const QString &message)
{
    m_error->setText(message);
}

QString IntakeScreen::errorText() const
{
    return m_error->text();
}

void IntakeScreen::askReasonAndReject()
{
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
            this, tr("Reject"),
            tr("Why is the application not accepted? The reason is printed "
               "on the rejection notice."),
            QString(), &ok);
    if (ok)
        submit(IntakeDecision::Reject, reason);
}

bool IntakeScreen::submit(IntakeDecision decision, const QString &reason)
{
    m_error->clear();
    m_applicant->revealProblems();
    checkAgent();

    IntakeRequest request;
    if (m_item) {
        request.item = *m_item;
        for (const QString &code : m_item->bundleParts) {
            if (const ServiceItem *part = m_catalog->catalog().item(code))
                request.bundleParts.append(*part);
        }
    }
    request.applicant = m_applicant->applicant();
    request.channel = IntakeDefaults::channelFor(m_workspace.currentUser().role);
    request.materials = m_materials->materials();
    request.decision = decision;
    request.reason = reason;
    request.agentName = m_agentName->text();
    request.agentIdNumber = m_agentId->text();

    TaskStore tasks(m_workspace.database(), m_workspace.calendar());
    if (const int kind = m_assistance->currentData().toInt(); kind >= 0) {
        IntakeAssistance assistance;
        assistance.kind = TaskKind(kind);
        assistance.priority = TaskPriority(m_assistancePriority->currentData().toInt());
        assistance.attorneyValidUntil = m_attorneyUntil->date();
        request.alsoSave = tasks.intakeFollowUp(assistance, m_workspace.actor(), m_clock());
    }
    auto saved
            = m_cases.intake(request, m_workspace.actor(), m_workspace.deviceShortId(), m_clock());
    if (!saved) {
        showError(saved.error().message);
        if (!m_item)
            m_picker->focusSearch();
        return false;
    }
    m_case = saved.value();
    if (Status s
        = RecentItems(m_workspace.settings(), m_workspace.actor().userId).use(m_case->itemCode);
        !s) {
        qWarning("intake: recent items not saved: %s", qPrintable(s.error().detail));
    }
    showResult();
    emit caseSaved(m_case->id);
    return true;
}

QList<DocumentKind> IntakeScreen::documentKinds() const
{
    return m_case ? CaseDocumentFacts::intakeDocuments(*m_case) : QList<DocumentKind>();
}

ComposedDocument IntakeScreen::composeDocument(DocumentKind kind) const
{
    Q_ASSERT(m_case && m_item);
    return CaseDocument::compose(
            kind,
            CaseDocumentFacts::factsFor(
                    kind, *m_case, m_workspace.documentSources(*m_case, m_catalog->catalog())));
}

Status IntakeScreen::writeDocument(DocumentKind kind, const QString &path) const
{
    if (!m_case || !m_item) {
        return Error{QStringLiteral("intake.no_case"),
                     tr("Save the intake before printing its documents."),
                     {}};
    }
    return DocumentPrinter::writePdf(composeDocument(kind), path);
}

void IntakeScreen::showResult()
{
    const Case &c = *m_case;
    m_caseNumber->setText(c.number);
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    const DocumentFacts facts
            = CaseDocumentFacts::factsFor(DocumentKind::MaterialsReceipt, c,
                                          m_workspace.documentSources(c, m_catalog->catalog()));
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(esc(stateText(c.state)));
    lines << esc(c.itemName) + QStringLiteral(" · ") + esc(c.itemCode);
    lines << esc(c.applicant.name) + QStringLiteral(" · ")
                    + esc(CaseDocument::maskedIdNumber(facts));
    if (!c.agentName.isEmpty())
        lines << tr("Agent who may collect the result: %1").arg(esc(c.agentName));
    if (c.dueDate.isValid())
        lines << tr("Due by %1").arg(QLocale().toString(c.dueDate, QLocale::LongFormat));
    if (c.state == CaseState::Received && c.noticeDeadline.isValid()) {
        lines << tr("A one-time notice, if needed, must be given by %1.")
                         .arg(QLocale().toString(c.noticeDeadline, QLocale::LongFormat));
    }
    QStringList later;
    for (const CaseMaterial &m : c.materials) {
        if (m.status == CaseMaterial::Status::Deferred)
            later << tr("%1 by %2")
                             .arg(esc(m.name),
                                  QLocale().toString(m.supplyBy, QLocale::ShortFormat));
    }
    if (!later.isEmpty())
        lines << tr("To be supplied later: %1").arg(later.join(QStringLiteral("; ")));
    m_resultSummary->setText(lines.join(QStringLiteral("<br/>")));

    m_documents->clear();
    for (DocumentKind kind : documentKinds()) {
        auto *entry = new QListWidgetItem(CaseDocument::title(kind, c.itemKind), m_documents);
        entry->setData(Qt::UserRole, int(kind));
    }
    m_documents->setCurrentRow(0);
    m_print->setEnabled(m_documents->count() > 0);
    m_savePdf->setEnabled(m_documents->count() > 0);
    m_resultMessage->clear();
    m_pages->setCurrentWidget(m_resultPage);
    m_documents->setFocus(Qt::OtherFocusReason);
}

DocumentKind IntakeScreen::currentDocument() const
{
    const QListWidgetItem *item = m_documents->currentItem();
    return item ? DocumentKind(item->data(Qt::UserRole).toInt()) : DocumentKind::MaterialsReceipt;
}

void IntakeScreen::printCurrent()
{
    if (!m_case || m_documents->count() == 0)
        return;
    DocumentPrinter::preview(composeDocument(currentDocument()), this);
}

void IntakeScreen::saveCurrentPdf()
{
    if (!m_case || m_documents->count() == 0)
        return;
    const DocumentKind kind = currentDocument();
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString suggested = dir + QLatin1Char('/') + m_case->number + QLatin1Char('-')
            + CaseDocument::kindId(kind) + QStringLiteral(".pdf");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save PDF"), suggested,
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = writeDocument(kind, path); !s) {
        m_resultMessage->setStyleSheet(QStringLiteral("color: #b42318;"));
        m_resultMessage->setText(s.error().message);
        return;
    }
    m_resultMessage->setStyleSheet(QStringLiteral("color: #1a7f37;"));
    m_resultMessage->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace ow
