#include "syncpanel.h"

#include "items/caselistmodel.h"
#include "items/syncissuemodel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

SyncPanel::SyncPanel(SyncIssueModel *issues, QWidget *parent)
    : QWidget(parent)
    , m_issues(issues)
    , m_connection(new QLabel(this))
    , m_queued(new QLabel(this))
    , m_lastSync(new QLabel(this))
    , m_error(new QLabel(this))
    , m_clock(new QLabel(this))
    , m_duplicates(new QLabel(this))
    , m_syncButton(new QPushButton(tr("&Sync now (F5)"), this))
    , m_enrollButton(new QPushButton(tr("&Enroll this device…"), this))
    , m_openButton(new QPushButton(tr("&Open the case"), this))
    , m_table(new QTableView(this))
    , m_detail(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("syncPanel"));
    m_connection->setObjectName(QStringLiteral("syncConnection"));
    m_queued->setObjectName(QStringLiteral("syncQueued"));
    m_lastSync->setObjectName(QStringLiteral("syncLastSync"));
    m_error->setObjectName(QStringLiteral("syncError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clock->setObjectName(QStringLiteral("syncClock"));
    m_clock->setWordWrap(true);
    m_clock->setStyleSheet(QStringLiteral("color: #b54708;"));
    m_clock->hide();
    m_duplicates->setObjectName(QStringLiteral("syncDuplicates"));
    m_duplicates->setWordWrap(true);
    m_duplicates->setTextFormat(Qt::PlainText);
    m_duplicates->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_duplicates->setStyleSheet(QStringLiteral("color: #b54708;"));
    m_duplicates->hide();
    m_syncButton->setObjectName(QStringLiteral("syncNowButton"));
    m_enrollButton->setObjectName(QStringLiteral("enrollButton"));
    m_openButton->setObjectName(QStringLiteral("openIssueCase"));
    m_table->setObjectName(QStringLiteral("syncIssues"));
    m_detail->setObjectName(QStringLiteral("syncIssueDetail"));
    m_detail->setReadOnly(true);
    m_detail->setMaximumHeight(130);

    auto *title = new QLabel(tr("<h2>Sync with the server</h2>"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("Connection:"), m_connection);
    form->addRow(tr("Queued changes:"), m_queued);
    form->addRow(tr("Last successful sync:"), m_lastSync);
    form->addRow(tr("Last error:"), m_error);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_syncButton);
    buttons->addWidget(m_enrollButton);
    buttons->addStretch(1);

    auto *issuesTitle = new QLabel(tr("<b>Changes the server refused</b> — conflicts and "
                                      "rejections. Select one to see why and what to do."),
                                   this);
    issuesTitle->setWordWrap(true);
    issuesTitle->setBuddy(m_table);
    m_table->setModel(m_issues);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(SyncIssueModel::CaseColumn, 220);
    m_table->setColumnWidth(SyncIssueModel::AttemptColumn, 140);
    m_table->setColumnWidth(SyncIssueModel::ReasonColumn, 260);
    m_table->setColumnWidth(SyncIssueModel::ServerStateColumn, 120);
    m_table->setTabKeyNavigation(false);

    auto *issueButtons = new QHBoxLayout;
    issueButtons->addWidget(m_openButton);
    issueButtons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_clock);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addWidget(m_duplicates);
    layout->addWidget(issuesTitle);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addLayout(issueButtons);

    connect(m_syncButton, &QPushButton::clicked, this, &SyncPanel::syncRequested);
    connect(m_enrollButton, &QPushButton::clicked, this, &SyncPanel::enrollRequested);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_table->currentIndex();
        if (index.isValid())
            emit openCase(index.data(SyncIssueModel::CaseIdRole).toString());
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openCase(index.data(SyncIssueModel::CaseIdRole).toString());
    });
    connect(m_issues, &QAbstractItemModel::modelReset, this, [this] {
        if (m_issues->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_issues->index(0, 0));
        showDetail();
        showDuplicates();
        emit countChanged(count());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SyncPanel::showDetail);
    if (m_issues->rowCount() > 0)
        m_table->setCurrentIndex(m_issues->index(0, 0));
    setTabOrder(m_syncButton, m_enrollButton);
    setTabOrder(m_enrollButton, m_table);
    setTabOrder(m_table, m_detail);
    setTabOrder(m_detail, m_openButton);
    setFocusProxy(m_table);
    showDetail();
    showDuplicates();
    setStatus({});
}

int SyncPanel::count() const
{
    return m_issues->rowCount();
}

void SyncPanel::showDetail()
{
    const QModelIndex index = m_table->currentIndex();
    m_openButton->setEnabled(index.isValid());
    m_detail->setPlainText(index.isValid() ? index.data(SyncIssueModel::DetailRole).toString()
                                           : tr("No change was refused by the server."));
}

QString SyncPanel::connectionText(const SyncStatus &status)
{
    if (!status.enrolled)
        return tr("Not enrolled: work stays on this device");
    if (status.syncing)
        return tr("Syncing…");
    switch (status.connection) {
    case SyncStatus::Connection::Online:
        return tr("Online");
    case SyncStatus::Connection::Offline:
        return tr("Offline");
    case SyncStatus::Connection::Unknown:
        break;
    }
    return tr("Connecting…");
}

QString SyncPanel::lastSyncText(const SyncStatus &status)
{
    if (!status.lastSuccess.isValid())
        return tr("never");
    const QDateTime local = status.lastSuccess.toLocalTime();
    if (local.date() == QDate::currentDate())
        return local.toString(QStringLiteral("HH:mm"));
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

void SyncPanel::setStatus(const SyncStatus &status)
{
    m_connection->setText(connectionText(status));
    m_queued->setText(status.queued > 0
                              ? tr("%n change(s) waiting to be sent", nullptr, int(status.queued))
                              : tr("none: everything was sent"));
    m_lastSync->setText(lastSyncText(status));
    m_error->setText(status.lastError.isEmpty() ? tr("none") : status.lastError);
    m_error->setStyleSheet(status.lastError.isEmpty() ? QString()
                                                      : QStringLiteral("color: #b42318;"));
    m_clock->setVisible(status.clockWarning);
    if (status.clockWarning) {
        m_clock->setText(tr("This computer's clock differs from the server's by %n minute(s). "
                            "Dates on receipts and case numbers come from this clock: ask the "
                            "IT administrator to set it right.",
                            nullptr, int(qAbs(status.clockOffsetMs) / 60000)));
    }
    m_syncButton->setEnabled(status.enrolled && !status.syncing);
    m_enrollButton->setVisible(!status.enrolled || status.stopped);
}

void SyncPanel::showDuplicates()
{
    const QList<DuplicateFlag> &flags = m_issues->duplicates();
    QStringList lines;
    lines.append(tr("Possible duplicate applications (%n):", nullptr, int(flags.size())));
    for (const DuplicateFlag &flag : flags)
        lines.append(CaseListModel::duplicateMarker() + DuplicateApplication::describePair(flag));
    lines.append(DuplicateApplication::advice());
    m_duplicates->setText(lines.join(QLatin1Char('\n')));
    m_duplicates->setVisible(!flags.isEmpty());
}

} // namespace ow
