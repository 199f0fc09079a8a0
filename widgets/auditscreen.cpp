#include "auditscreen.h"

#include "items/auditlogmodel.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

AuditScreen::AuditScreen(AuditLogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_user(new QComboBox(this))
    , m_action(new QLineEdit(this))
    , m_record(new QLineEdit(this))
    , m_result(new QComboBox(this))
    , m_searchButton(new QPushButton(tr("&Search (Enter)"), this))
    , m_verifyButton(new QPushButton(tr("&Verify the chains (Ctrl+Shift+V)"), this))
    , m_verdict(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("auditScreen"));
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_record->setObjectName(QStringLiteral("auditRecord"));
    m_result->setObjectName(QStringLiteral("auditResult"));
    m_searchButton->setObjectName(QStringLiteral("auditSearch"));
    m_verifyButton->setObjectName(QStringLiteral("auditVerify"));
    m_verdict->setObjectName(QStringLiteral("auditVerdict"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_detail->setObjectName(QStringLiteral("auditDetail"));

    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDateRange(QDate(2000, 1, 1), QDate(2099, 12, 31));
    }
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    m_user->addItem(tr("All users"), QString());
    m_action->setPlaceholderText(tr("e.g. case. or login"));
    m_action->setMaxLength(64);
    m_action->setClearButtonEnabled(true);
    m_record->setPlaceholderText(tr("case id, task id, …"));
    m_record->setMaxLength(200);
    m_record->setClearButtonEnabled(true);
    m_result->addItem(tr("All results"), QString());
    m_result->addItem(tr("Done (ok)"), QStringLiteral("ok"));
    m_result->addItem(tr("Refused"), QStringLiteral("refused"));
    m_result->addItem(tr("Failed"), QStringLiteral("failed"));

    auto *title = new QLabel(tr("<h2>Audit log</h2>"), this);
    auto *intro = new QLabel(tr("Every write, every look at personal data, every sign-in and "
                                "every refused action, newest first. Nothing here can be "
                                "changed."),
                             this);
    intro->setWordWrap(true);

    auto *filters = new QGridLayout;
    const auto addFilter = [&](int row, int column, const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        filters->addWidget(l, row, column * 2);
        filters->addWidget(field, row, column * 2 + 1);
    };
    addFilter(0, 0, tr("&From:"), m_from);
    addFilter(0, 1, tr("&To:"), m_to);
    addFilter(0, 2, tr("&User:"), m_user);
    addFilter(1, 0, tr("&Action:"), m_action);
    addFilter(1, 1, tr("&Record:"), m_record);
    addFilter(1, 2, tr("R&esult:"), m_result);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);
    filters->setColumnStretch(5, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_searchButton);
    buttons->addWidget(m_verifyButton);
    buttons->addStretch(1);

    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AuditLogModel::TimeColumn, 160);
    m_table->setColumnWidth(AuditLogModel::UserColumn, 110);
    m_table->setColumnWidth(AuditLogModel::ActionColumn, 170);
    m_table->setColumnWidth(AuditLogModel::RecordColumn, 300);
    m_table->setColumnWidth(AuditLogModel::ResultColumn, 80);
    m_detail->setReadOnly(true);
    m_detail->setMaximumHeight(170);
    auto *detailLabel = new QLabel(tr("Selected row &detail:"), this);
    detailLabel->setBuddy(m_detail);
    auto *tableLabel = new QLabel(tr("Ro&ws:"), this);
    tableLabel->setBuddy(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(filters);
    layout->addLayout(buttons);
    layout->addWidget(m_verdict);
    layout->addWidget(tableLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(detailLabel);
    layout->addWidget(m_detail);

    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_user);
    setTabOrder(m_user, m_action);
    setTabOrder(m_action, m_record);
    setTabOrder(m_record, m_result);
    setTabOrder(m_result, m_searchButton);
    setTabOrder(m_searchButton, m_verifyButton);
    setTabOrder(m_verifyButton, m_table);
    setTabOrder(m_table, m_detail);

    connect(m_searchButton, &QPushButton::clicked, this, &AuditScreen::search);
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditScreen::verify);
    connect(m_action, &QLineEdit::returnPressed, this, &AuditScreen::search);
    connect(m_record, &QLineEdit::returnPressed, this, &AuditScreen::search);
    auto *verifyShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), this,
                                         nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(verifyShortcut, &QShortcut::activated, this, &AuditScreen::verify);
    for (QWidget *w : {static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_to),
                       static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_result)}) {
        auto *enter = new QShortcut(QKeySequence(Qt::Key_Return), w, nullptr, nullptr,
                                    Qt::WidgetShortcut);
        connect(enter, &QShortcut::activated, this, &AuditScreen::search);
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditScreen::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditScreen::showDetail);
}

void AuditScreen::setUsers(const QList<QPair<QString, QString>> &users)
{
    const QString current = m_user->currentData().toString();
    while (m_user->count() > 1)
        m_user->removeItem(1);
    for (const auto &u : users)
        m_user->addItem(u.second, u.first);
    const int index = m_user->findData(current);
    m_user->setCurrentIndex(index < 0 ? 0 : index);
}

void AuditScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        search();
}

void AuditScreen::search()
{
    m_loaded = true;
    AuditFilter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    if (filter.from > filter.to) {
        m_verdict->setText(tr("The first day comes after the last day: swap them."));
        m_from->setFocus();
        return;
    }
    filter.userId = m_user->currentData().toString();
    filter.action = m_action->text().trimmed();
    filter.entityId = m_record->text().trimmed();
    filter.result = m_result->currentData().toString();
    if (!m_model->setFilter(filter)) {
        m_verdict->setText(m_model->lastError());
        return;
    }
    m_verdict->clear();
    emit statusMessage(m_model->rowCount() == 0
                               ? tr("No audit rows match.")
                               : tr("%n audit row(s) shown (more load as you scroll).", nullptr,
                                    m_model->rowCount()));
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void AuditScreen::verify()
{
    const auto reports = m_model->verify();
    if (!reports) {
        m_verdict->setText(reports.error().message);
        return;
    }
    QStringList lines;
    bool intact = true;
    for (const AuditChainReport &r : reports.value()) {
        intact = intact && r.intact();
        lines << tr("Device %1: %2").arg(r.deviceId, r.message);
    }
    if (lines.isEmpty())
        lines << tr("The audit log is empty.");
    m_verdict->setStyleSheet(intact ? QStringLiteral("color: #067647;")
                                    : QStringLiteral("color: #b42318; font-weight: bold;"));
    m_verdict->setText(lines.join(QLatin1Char('\n')));
    emit statusMessage(intact ? tr("Audit chains intact.")
                              : tr("An audit chain is broken: see the audit screen."));
}

void AuditScreen::showDetail()
{
    const QModelIndex current = m_table->currentIndex();
    m_detail->setPlainText(
            current.isValid() ? m_model->data(current, AuditLogModel::DetailTextRole).toString()
                              : QString());
}

} // namespace ow
