#include "casedetailview.h"

#include "documentprinter.h"
#include "domain/casedocumentfacts.h"
#include "domain/creditcode.h"
#include "domain/duestatus.h"
#include "domain/phonenumber.h"
#include "domain/residentid.h"
#include "items/caselistmodel.h"
#include "reasondialog.h"
#include "store/caseflagstore.h"
#include "store/workspace.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ow {

namespace {

QString moment(const QDateTime &utc)
{
    return utc.isValid()
            ? utc.toTimeZone(BusinessClock::timeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            : QString();
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QTableWidget *makeTable(const QStringList &header, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(header.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(header);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells[column]);
        item->setToolTip(cells[column]);
        table->setItem(row, column, item);
    }
}

} // namespace

CaseDetailView::CaseDetailView(Workspace &workspace, CaseStore &cases, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_cases(cases)
    , m_title(new QLabel(this))
    , m_duplicate(new QLabel(this))
    , m_actionBar(new QWidget(this))
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("caseDetail"));
    m_title->setObjectName(QStringLiteral("caseTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_duplicate->setObjectName(QStringLiteral("duplicateFlag"));
    m_duplicate->setTextFormat(Qt::PlainText);
    m_duplicate->setWordWrap(true);
    m_duplicate->setStyleSheet(QStringLiteral("color: #b54708; font-weight: bold;"));
    m_duplicate->hide();

    auto *fields = new QWidget(this);
    auto *grid = new QGridLayout(fields);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    addField(0, 0, tr("Applicant"), QStringLiteral("applicantName"));
    addField(1, 0, tr("ID number"), QStringLiteral("applicantIdNumber"));
    addField(2, 0, tr("Phone"), QStringLiteral("applicantPhone"));
    addField(3, 0, tr("Department"), QStringLiteral("department"));
    addField(4, 0, tr("Accepted"), QStringLiteral("acceptedAt"));
    addField(5, 0, tr("Suspended"), QStringLiteral("suspended"));
    addField(6, 0, tr("Trips"), QStringLiteral("trips"));
    addField(0, 2, tr("Agent"), QStringLiteral("agent"));
    addField(1, 2, tr("Channel"), QStringLiteral("channel"));
    addField(2, 2, tr("Received"), QStringLiteral("receivedAt"));
    addField(3, 2, tr("Due"), QStringLiteral("dueDate"));
    addField(4, 2, tr("Decided"), QStringLiteral("decidedAt"));
    addField(5, 2, tr("Result held at"), QStringLiteral("releasePlace"));
    addField(6, 2, tr("Released"), QStringLiteral("releasedAt"));
    addField(7, 0, tr("Reason"), QStringLiteral("reason"));
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        QLabel *value = it.value();
        const int row = value->property("gridRow").toInt();
        const int column = value->property("gridColumn").toInt();
        if (auto *caption = qobject_cast<QLabel *>(value->buddy()))
            grid->addWidget(caption, row, column);
        if (it.key() == QLatin1String("reason"))
            grid->addWidget(value, row, column + 1, 1, 3); // may be long: the whole width
        else if (it.key() != QLatin1String("applicantIdNumber"))
            grid->addWidget(value, row, column + 1);
    }

    // The ID number shares its cell with the button that reveals it.
    m_reveal = new QPushButton(tr("Show"), this);
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setToolTip(tr("Shows the whole ID and phone numbers. Each look is recorded."));
    m_reveal->setFocusPolicy(Qt::TabFocus);
    auto *idCell = new QHBoxLayout;
    idCell->setContentsMargins(0, 0, 0, 0);
    idCell->addWidget(m_values.value(QStringLiteral("applicantIdNumber")), 1);
    idCell->addWidget(m_reveal);
    grid->addLayout(idCell, 1, 1);
    connect(m_reveal, &QPushButton::clicked, this, [this] {
        if (Status s = revealPersonalData(); !s)
            showMessage(s.error().message, true);
    });

    auto *actions = new QHBoxLayout(m_actionBar);
    actions->setContentsMargins(0, 0, 0, 0);
    m_message->setObjectName(QStringLiteral("caseMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    m_history = makeTable({tr("When"), tr("Move"), tr("State"), tr("Who"), tr("Where"), tr("Note")},
                          QStringLiteral("caseHistory"), this);
    m_materials = makeTable(
            {tr("Material"), tr("Form"), tr("Status"), tr("Copies"), tr("Supply by"), tr("Note")},
            QStringLiteral("caseMaterials"), this);
    m_parts = makeTable({tr("Case number"), tr("Item"), tr("Department"), tr("Outcome"),
                         tr("Decided"), tr("Reason")},
                        QStringLiteral("caseParts"), this);

    auto *documents = new QWidget(this);
    m_documents = new QListWidget(documents);
    m_documents->setObjectName(QStringLiteral("caseDocuments"));
    m_preview = new QPushButton(tr("Print pre&view…"), documents);
    m_preview->setObjectName(QStringLiteral("previewDocument"));
    m_save = new QPushButton(tr("Save &PDF…"), documents);
    m_save->setObjectName(QStringLiteral("saveDocument"));
    auto *documentButtons = new QVBoxLayout;
    documentButtons->addWidget(m_preview);
    documentButtons->addWidget(m_save);
    documentButtons->addStretch();
    auto *documentsLayout = new QHBoxLayout(documents);
    documentsLayout->addWidget(m_documents, 1);
    documentsLayout->addLayout(documentButtons);
    connect(m_preview, &QPushButton::clicked, this, &CaseDetailView::previewCurrentDocument);
    connect(m_save, &QPushButton::clicked, this, &CaseDetailView::saveCurrentDocument);
    connect(m_documents, &QListWidget::itemActivated, this,
            &CaseDetailView::previewCurrentDocument);

    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_tabs->addTab(m_history, tr("&History"));
    m_tabs->addTab(m_materials, tr("&Materials"));
    m_tabs->addTab(m_parts, tr("&Bundle parts"));
    m_tabs->addTab(documents, tr("D&ocuments"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_duplicate);
    layout->addWidget(fields);
    layout->addWidget(m_actionBar);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    clear();
}

CaseDetailView::~CaseDetailView() = default;

QLabel *CaseDetailView::addField(int row, int column, const QString &label, const QString &name)
{
    auto *value = new QLabel(this);
    value->setObjectName(name);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setProperty("gridRow", row);
    value->setProperty("gridColumn", column);
    auto *caption = new QLabel(label + QLatin1Char(':'), this);
    caption->setStyleSheet(QStringLiteral("color: palette(mid);"));
    value->setBuddy(caption); // only to find the caption again when laying out
    m_values.insert(name, value);
    return value;
}

QString CaseDetailView::caseId() const
{
    return m_case ? m_case->id : QString();
}

void CaseDetailView::clear()
{
    m_case.reset();
    m_children.clear();
    m_offered.clear();
    m_revealed = false;
    m_personal = {};
    m_message->clear();
    m_message->hide();
    fill();
}

bool CaseDetailView::showCase(const QString &caseId)
{
    if (m_case && m_case->id == caseId) {
        reload();
        return m_case.has_value();
    }
    auto loaded = m_cases.load(caseId);
    m_revealed = false;
    m_personal = {};
    m_message->clear();
    m_message->hide();
    if (!loaded) {
        m_case.reset();
        m_children.clear();
        fill();
        showMessage(loaded.error().message, true);
        return false;
    }
    m_case = loaded.value();
    m_children = m_cases.children(caseId);
    fill();
    return true;
}

void CaseDetailView::reload()
{
    if (!m_case)
        return;
    auto loaded = m_cases.load(m_case->id);
    if (!loaded) {
        showMessage(loaded.error().message, true);
        return;
    }
    m_case = loaded.value();
    m_children = m_cases.children(m_case->id);
    fill();
}

void CaseDetailView::setActionsVisible(bool visible)
{
    m_actionsVisible = visible;
    m_actionBar->setVisible(visible && m_case.has_value());
}

QString CaseDetailView::message() const
{
    return m_message->text();
}

void CaseDetailView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b42318; font-weight: bold;")
                                   : QStringLiteral("color: #1a7f37;"));
    // Without the move buttons the screen around shows the outcome next to its own controls.
    m_message->setVisible(!text.isEmpty() && m_actionsVisible);
    if (!text.isEmpty())
        emit statusMessage(text);
}

void CaseDetailView::fill()
{
    fillFields();
    fillDuplicate();
    fillMaterials();
    fillHistory();
    fillChildren();
    fillDocuments();
    rebuildActions();
}

void CaseDetailView::fillDuplicate()
{
    QStringList lines;
    if (m_case && CaseLifecycle::isOpen(m_case->state)) {
        const QList<DuplicateFlag> flags
                = CaseFlagStore(m_workspace.database()).flagsFor(m_case->id);
        for (const DuplicateFlag &flag : flags)
            lines.append(CaseListModel::duplicateMarker()
                         + DuplicateApplication::describe(flag, m_case->id));
        if (!lines.isEmpty())
            lines.append(DuplicateApplication::advice());
    }
    m_duplicate->setText(lines.join(QLatin1Char('\n')));
    m_duplicate->setToolTip(m_duplicate->text());
    m_duplicate->setVisible(!lines.isEmpty());
}

void CaseDetailView::fillFields()
{
    const auto set = [this](const QString &name, const QString &text) {
        m_values.value(name)->setText(text);
    };
    if (!m_case) {
        m_title->setText(tr("No case chosen"));
        for (QLabel *value : std::as_const(m_values))
            value->clear();
        m_reveal->setEnabled(false);
        return;
    }
    const Case &c = *m_case;
    m_title->setText(
            tr("%1 · %2 · %3").arg(c.number, c.itemName, CaseLifecycle::stateDisplayName(c.state)));
    const bool enterprise = c.applicant.kind == Applicant::Kind::Enterprise;
    set(QStringLiteral("applicantName"), c.applicant.name);
    if (m_revealed) {
        set(QStringLiteral("applicantIdNumber"), m_personal.idNumber);
        set(QStringLiteral("applicantPhone"), m_personal.phone);
    } else {
        set(QStringLiteral("applicantIdNumber"),
            enterprise ? CreditCode::mask(c.applicant.idNumber)
                       : ResidentId::mask(c.applicant.idNumber));
        set(QStringLiteral("applicantPhone"), PhoneNumber::mask(c.applicant.phone));
    }
    m_reveal->setEnabled(!m_revealed);
    m_reveal->setText(m_revealed ? tr("Shown") : tr("Show"));
    QString agent = c.agentName;
    if (!c.agentIdNumber.isEmpty()) {
        agent += QStringLiteral("  ")
                + (m_revealed ? m_personal.agentIdNumber : ResidentId::mask(c.agentIdNumber));
    }
    set(QStringLiteral("agent"), agent.isEmpty() ? tr("none") : agent);
    const QString department = catalog().departmentName(c.departmentCode);
    set(QStringLiteral("department"), department.isEmpty() ? c.departmentCode : department);
    QString channel;
    switch (c.channel) {
    case CaseChannel::Window:
        channel = tr("at the window");
        break;
    case CaseChannel::Township:
        channel = tr("at a township point");
        break;
    case CaseChannel::Agent:
        channel = tr("through a help agent");
        break;
    case CaseChannel::Online:
        channel = tr("online");
        break;
    }
    set(QStringLiteral("channel"), channel);
    set(QStringLiteral("receivedAt"),
        tr("%1, %2").arg(moment(c.receivedAt), placeName(c.placeCode)));
    set(QStringLiteral("acceptedAt"), moment(c.acceptedAt));
    QString due = date(c.dueDate);
    if (!due.isEmpty() && c.promisedDays > 0)
        due += QLatin1Char(' ') + tr("(%n working day(s) promised)", nullptr, c.promisedDays);
    if (c.state == CaseState::Suspended)
        due += QLatin1Char(' ') + tr("— clock paused");
    // 行政许可法 第三十二条: a licensing application must be answered within 5 working days.
    if (c.state == CaseState::Received && c.noticeDeadline.isValid()) {
        const DueStatus::Value notice
                = DueStatus::of(c, BusinessClock::today(), m_workspace.calendar());
        due = notice == DueStatus::Overdue
                ? tr("One-time notice was due by %1: the application counts as accepted from "
                     "receipt")
                          .arg(date(c.noticeDeadline))
                : tr("One-time notice, if any, by %1").arg(date(c.noticeDeadline));
        if (notice == DueStatus::NearDue)
            due += QLatin1Char(' ') + tr("(due soon)");
        m_values.value(QStringLiteral("dueDate"))
                ->setStyleSheet(notice == DueStatus::Overdue ? QStringLiteral("color: #8a1010;")
                                        : notice == DueStatus::NearDue
                                        ? QStringLiteral("color: #5c4300; background: #fff1b8;")
                                        : QString());
    } else {
        m_values.value(QStringLiteral("dueDate"))->setStyleSheet(QString());
    }
    set(QStringLiteral("dueDate"), due);
    QString suspended;
    if (c.suspendedAt.isValid())
        suspended = tr("since %1").arg(moment(c.suspendedAt));
    if (c.suspendedWorkingDays > 0) {
        if (!suspended.isEmpty())
            suspended += QStringLiteral("; ");
        suspended += tr("%n working day(s) not counted", nullptr, c.suspendedWorkingDays);
    }
    set(QStringLiteral("suspended"), suspended.isEmpty() ? tr("no") : suspended);
    set(QStringLiteral("decidedAt"), moment(c.decidedAt));
    set(QStringLiteral("releasePlace"), placeName(c.releasePlaceCode));
    QString released = moment(c.releasedAt);
    if (!released.isEmpty())
        released += QLatin1Char(' ')
                + (c.delivery == Case::Delivery::Mail ? tr("(by post)") : tr("(at the counter)"));
    set(QStringLiteral("releasedAt"), released);
    set(QStringLiteral("trips"), QString::number(c.trips));
    set(QStringLiteral("reason"), c.reason);
}

void CaseDetailView::fillMaterials()
{
    m_materials->setRowCount(0);
    if (!m_case)
        return;
    m_materials->setRowCount(int(m_case->materials.size()));
    for (int i = 0; i < m_case->materials.size(); ++i) {
        const CaseMaterial &m = m_case->materials[i];
        QString status;
        switch (m.status) {
        case CaseMaterial::Status::Received:
            status = tr("received");
            break;
        case CaseMaterial::Status::Missing:
            status = tr("missing");
            break;
        case CaseMaterial::Status::Defective:
            status = tr("defective");
            break;
        case CaseMaterial::Status::Deferred:
            status = tr("to be supplied later");
            break;
        }
        setRow(m_materials, i,
               {m.name, materialFormDisplayName(m.form), status,
                tr("%1 of %2").arg(m.copiesReceived).arg(m.copiesExpected), date(m.supplyBy),
                m.note});
    }
    m_materials->resizeColumnsToContents();
}

void CaseDetailView::fillHistory()
{
    m_history->setRowCount(0);
    if (!m_case)
        return;
    m_history->setRowCount(int(m_case->history.size()));
    for (int i = 0; i < m_case->history.size(); ++i) {
        const CaseHistoryEntry &e = m_case->history[i];
        const QString state = e.from ? tr("%1 → %2").arg(CaseLifecycle::stateDisplayName(*e.from),
                                                         CaseLifecycle::stateDisplayName(e.to))
                                     : CaseLifecycle::stateDisplayName(e.to);
        setRow(m_history, i,
               {moment(e.atUtc), CaseLifecycle::eventDisplayName(e.event), state,
                userName(e.userId), placeName(e.placeCode), e.note});
    }
    m_history->resizeColumnsToContents();
}

void CaseDetailView::fillChildren()
{
    m_parts->setRowCount(0);
    m_tabs->setTabEnabled(m_tabs->indexOf(m_parts), !m_children.isEmpty());
    m_parts->setRowCount(int(m_children.size()));
    for (int i = 0; i < m_children.size(); ++i) {
        const Case &k = m_children[i];
        const QString department = catalog().departmentName(k.departmentCode);
        setRow(m_parts, i,
               {k.number, k.itemName, department.isEmpty() ? k.departmentCode : department,
                CaseLifecycle::stateDisplayName(k.state), moment(k.decidedAt), k.reason});
    }
    m_parts->resizeColumnsToContents();
}

void CaseDetailView::fillDocuments()
{
    m_documents->clear();
    for (DocumentKind kind : documentKinds()) {
        auto *item = new QListWidgetItem(CaseDocument::title(kind, m_case->itemKind), m_documents);
        item->setData(Qt::UserRole, int(kind));
    }
    if (m_documents->count() > 0)
        m_documents->setCurrentRow(m_documents->count() - 1);
    m_preview->setEnabled(m_documents->count() > 0);
    m_save->setEnabled(m_documents->count() > 0);
}

QKeySequence CaseDetailView::shortcutFor(CaseEvent event)
{
    const auto key = [](Qt::Key k) {
        return QKeySequence(QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, k));
    };
    switch (event) {
    case CaseEvent::Receive:
        return {};
    case CaseEvent::Accept:
        return key(Qt::Key_C);
    case CaseEvent::Notify:
        return key(Qt::Key_N);
    case CaseEvent::Reject:
        return key(Qt::Key_J);
    case CaseEvent::Supplement:
        return key(Qt::Key_U);
    case CaseEvent::Route:
        return key(Qt::Key_F);
    case CaseEvent::Approve:
        return key(Qt::Key_A);
    case CaseEvent::Deny:
        return key(Qt::Key_D);
    case CaseEvent::Suspend:
        return key(Qt::Key_S);
    case CaseEvent::Resume:
        return key(Qt::Key_R);
    case CaseEvent::PrepareRelease:
        return key(Qt::Key_P);
    case CaseEvent::Release:
        return key(Qt::Key_L);
    case CaseEvent::MailRelease:
        return key(Qt::Key_M);
    case CaseEvent::Terminate:
        return key(Qt::Key_T);
    case CaseEvent::Withdraw:
        return key(Qt::Key_W);
    }
    return {};
}

void CaseDetailView::rebuildActions()
{
    auto *layout = static_cast<QHBoxLayout *>(m_actionBar->layout());
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_offered.clear();
    m_actionBar->setVisible(m_actionsVisible && m_case.has_value());
    if (!m_case)
        return;
    // Supplement needs the checklist edited at intake; it is offered there, not here.
    const TransitionContext context
            = m_cases.contextFor(*m_case, m_workspace.actor(), BusinessClock::today());
    for (CaseEvent event : CaseLifecycle::availableEvents(m_case->state, context)) {
        if (event != CaseEvent::Supplement)
            m_offered.append(event);
    }
    if (m_offered.isEmpty()) {
        auto *none = new QLabel(tr("No move on this case is open to you now."), m_actionBar);
        none->setObjectName(QStringLiteral("noActions"));
        layout->addWidget(none);
        none->show();
    }
    for (CaseEvent event : std::as_const(m_offered)) {
        const QKeySequence shortcut = shortcutFor(event);
        QString text = CaseLifecycle::eventDisplayName(event);
        if (CaseLifecycle::needsReason(event))
            text += QStringLiteral("…");
        auto *button = new QPushButton(text + QStringLiteral(" (")
                                               + shortcut.toString(QKeySequence::NativeText)
                                               + QLatin1Char(')'),
                                       m_actionBar);
        button->setObjectName(QStringLiteral("action_") + CaseLifecycle::eventKey(event));
        button->setShortcut(shortcut); // after the text: setText() resets the shortcut
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, event] { trigger(event); });
        layout->addWidget(button);
        button->show(); // now, not when the layout gets to it: its shortcut works at once
    }
    layout->addStretch();
}

void CaseDetailView::trigger(CaseEvent event)
{
    if (!m_case)
        return;
    TransitionRequest request;
    request.event = event;
    if (CaseLifecycle::needsReason(event)) {
        const auto reason = ReasonDialog::ask(
                this, tr("%1: %2").arg(CaseLifecycle::eventDisplayName(event), m_case->number),
                tr("Give the reason. It is kept in the case history and printed on the "
                   "applicant's document."),
                CaseStore::maxReasonLength);
        if (!reason)
            return;
        request.reason = *reason;
    }
    if (event == CaseEvent::Release) {
        bool ok = false;
        request.recipientIdNumber = QInputDialog::getText(
                this, CaseLifecycle::eventDisplayName(event),
                tr("ID number of the person collecting the result:"), QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
    }
    (void)apply(request);
}

Status CaseDetailView::apply(const TransitionRequest &request)
{
    if (!m_case)
        return Error{QStringLiteral("case.none"), tr("Choose a case first."), {}};
    const QString id = m_case->id;
    auto moved = m_cases.transition(id, request, m_workspace.actor(), BusinessClock::nowUtc());
    if (!moved) {
        reload(); // someone else may have moved it meanwhile
        showMessage(moved.error().message, true);
        return moved.error();
    }
    m_case = moved.value();
    m_children = m_cases.children(id);
    fill();
    showMessage(tr("%1: done. The case is now \"%2\".")
                        .arg(CaseLifecycle::eventDisplayName(request.event),
                             CaseLifecycle::stateDisplayName(m_case->state)),
                false);
    emit caseChanged(id);
    return Status::success();
}

Status CaseDetailView::revealPersonalData()
{
    if (!m_case)
        return Error{QStringLiteral("case.none"), tr("Choose a case first."), {}};
    auto revealed = m_cases.revealPersonalData(m_case->id, m_workspace.actor());
    if (!revealed)
        return revealed.error();
    m_personal = revealed.value();
    m_revealed = true;
    fillFields();
    return Status::success();
}

QList<DocumentKind> CaseDetailView::documentKinds() const
{
    return m_case ? CaseDocumentFacts::applicableKinds(*m_case) : QList<DocumentKind>();
}

ComposedDocument CaseDetailView::compose(DocumentKind kind)
{
    CaseDocumentSources sources = m_workspace.documentSources(*m_case, catalog());
    sources.bundleParts = m_children; // a bundle's decision lists every part's outcome
    return CaseDocument::compose(kind, CaseDocumentFacts::factsFor(kind, *m_case, sources));
}

Status CaseDetailView::savePdf(DocumentKind kind, const QString &path)
{
    if (!m_case)
        return Error{QStringLiteral("case.none"), tr("Choose a case first."), {}};
    return DocumentPrinter::writePdf(compose(kind), path);
}

void CaseDetailView::previewCurrentDocument()
{
    const QListWidgetItem *item = m_documents->currentItem();
    if (!item || !m_case)
        return;
    DocumentPrinter::preview(compose(DocumentKind(item->data(Qt::UserRole).toInt())), this);
}

void CaseDetailView::saveCurrentDocument()
{
    const QListWidgetItem *item = m_documents->currentItem();
    if (!item || !m_case)
        return;
    const auto kind = DocumentKind(item->data(Qt::UserRole).toInt());
    const QString suggested = m_case->number + QLatin1Char('-') + CaseDocument::kindId(kind)
            + QStringLiteral(".pdf");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save PDF"), suggested,
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = savePdf(kind, path); !s)
        showMessage(s.error().message, true);
    else
        showMessage(tr("Saved %1.").arg(path), false);
}

const Catalog &CaseDetailView::catalog()
{
    if (!m_catalog) {
        auto loaded = m_workspace.catalog().load();
        m_catalog = loaded ? loaded.value() : Catalog();
    }
    return *m_catalog;
}

QString CaseDetailView::userName(const QString &userId) const
{
    const auto user = m_workspace.directory().user(userId);
    return user ? user->displayName : userId;
}

QString CaseDetailView::placeName(const QString &placeCode) const
{
    const auto place = m_workspace.directory().place(placeCode);
    return place ? place->name : placeCode;
}

} // namespace ow
