#include "manifestscreen.h"

#include "documentprinter.h"
#include "domain/businessclock.h"
#include "domain/manifestdocument.h"
#include "store/manifeststore.h"
#include "store/workspace.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ow {

namespace {

QTableWidget *table(const QStringList &header, const char *name, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(header.size()), parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setHorizontalHeaderLabels(header);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setTabKeyNavigation(false);
    return t;
}

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

ManifestScreen::ManifestScreen(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_manifests(std::make_unique<ManifestStore>(workspace.database()))
    , m_clock([] { return BusinessClock::nowUtc(); })
{
    setObjectName(QStringLiteral("manifestScreen"));

    // Send
    auto *sendBox = new QGroupBox(tr("Send a manifest"), this);
    m_sendHeading = new QLabel(sendBox);
    m_sendHeading->setWordWrap(true);
    m_township = new QComboBox(sendBox);
    m_township->setObjectName(QStringLiteral("manifestTownship"));
    m_candidates
            = table({tr("Send"), tr("Case number"), tr("Item"), tr("Applicant"), tr("Packets")},
                    "manifestCandidates", sendBox);
    m_note = new QLineEdit(sendBox);
    m_note->setObjectName(QStringLiteral("manifestNote"));
    m_note->setPlaceholderText(tr("Note (carrier, vehicle, …)"));
    m_note->setMaxLength(500);
    m_send = new QPushButton(tr("&Send manifest"), sendBox);
    m_send->setObjectName(QStringLiteral("sendManifestButton"));
    m_pdf = new QPushButton(tr("Save &PDF…"), sendBox);
    m_pdf->setObjectName(QStringLiteral("manifestPdfButton"));
    m_pdf->setEnabled(false);
    auto *sendButtons = new QHBoxLayout;
    sendButtons->addWidget(m_note, 1);
    sendButtons->addWidget(m_send);
    sendButtons->addWidget(m_pdf);
    auto *sendLayout = new QVBoxLayout(sendBox);
    sendLayout->addWidget(m_sendHeading);
    sendLayout->addWidget(m_township);
    sendLayout->addWidget(m_candidates, 1);
    sendLayout->addLayout(sendButtons);
    connect(m_send, &QPushButton::clicked, this, [this] { sendChecked(); });
    connect(m_pdf, &QPushButton::clicked, this, &ManifestScreen::savePdf);
    connect(m_township, &QComboBox::currentIndexChanged, this, &ManifestScreen::loadCandidates);

    // Receive
    auto *receiveBox = new QGroupBox(tr("Receive a manifest"), this);
    m_number = new QLineEdit(receiveBox);
    m_number->setObjectName(QStringLiteral("manifestNumber"));
    m_number->setPlaceholderText(tr("Scan the QR code or type the manifest number, then Enter"));
    auto *numberLabel = new QLabel(tr("Manifest &number:"), receiveBox);
    numberLabel->setBuddy(m_number);
    m_receipt = table({tr("Case number"), tr("Item"), tr("Applicant"), tr("Packets"), tr("Arrived"),
                       tr("State")},
                      "manifestReceipt", receiveBox);
    m_receiptSummary = new QLabel(receiveBox);
    m_receiptSummary->setObjectName(QStringLiteral("manifestReceiptSummary"));
    m_receiptSummary->setWordWrap(true);
    m_receive = new QPushButton(tr("&Receive all"), receiveBox);
    m_receive->setObjectName(QStringLiteral("receiveManifestButton"));
    m_receive->setEnabled(false);
    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(numberLabel);
    numberRow->addWidget(m_number, 1);
    auto *receiveRow = new QHBoxLayout;
    receiveRow->addWidget(m_receiptSummary, 1);
    receiveRow->addWidget(m_receive);
    auto *receiveLayout = new QVBoxLayout(receiveBox);
    receiveLayout->addLayout(numberRow);
    receiveLayout->addWidget(m_receipt, 1);
    receiveLayout->addLayout(receiveRow);
    connect(m_number, &QLineEdit::returnPressed, this,
            [this] { openForReceipt(m_number->text()); });
    connect(m_receive, &QPushButton::clicked, this, [this] { receiveOpened(); });

    // Recent
    auto *recentBox = new QGroupBox(tr("Manifests of this place"), this);
    m_recent = table({tr("Number"), tr("Direction"), tr("Cases"), tr("Status"),
                      tr("Missing packets"), tr("Awaiting sync")},
                     "manifestRecent", recentBox);
    m_recent->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *recentLayout = new QVBoxLayout(recentBox);
    recentLayout->addWidget(m_recent);
    connect(m_recent, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (const auto *item = m_recent->item(row, 0))
            openForReceipt(item->text());
    });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("manifestError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b42318; font-weight: bold;"));

    auto *grid = new QGridLayout(this);
    grid->addWidget(sendBox, 0, 0);
    grid->addWidget(receiveBox, 0, 1);
    grid->addWidget(recentBox, 1, 0, 1, 2);
    grid->addWidget(m_error, 2, 0, 1, 2);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    setTabOrder(m_township, m_candidates);
    setTabOrder(m_candidates, m_note);
    setTabOrder(m_note, m_send);
    setTabOrder(m_send, m_pdf);
    setTabOrder(m_pdf, m_number);
    setTabOrder(m_number, m_receipt);
    setTabOrder(m_receipt, m_receive);
    setTabOrder(m_receive, m_recent);

    const Place place = m_workspace.currentPlace();
    if (place.kind == Place::Kind::Hall) {
        for (const Place &p : m_workspace.directory().load().places) {
            if (p.kind == Place::Kind::Township && p.parentCode == place.code)
                m_township->addItem(p.name, p.code);
        }
    }
    reload();
}

ManifestScreen::~ManifestScreen() = default;

void ManifestScreen::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void ManifestScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

ManifestDirection ManifestScreen::sendDirection() const
{
    return m_workspace.currentPlace().kind == Place::Kind::Township ? ManifestDirection::Forward
                                                                    : ManifestDirection::Return;
}

int ManifestScreen::count() const
{
    int n = 0;
    for (const Manifest &m : m_manifests->recent(m_workspace.currentPlace().code)) {
        if (m.toPlace == m_workspace.currentPlace().code && m.status == ManifestStatus::Sent)
            ++n;
    }
    return n;
}

void ManifestScreen::reload()
{
    const bool township = sendDirection() == ManifestDirection::Forward;
    m_township->setVisible(!township);
    m_sendHeading->setText(township ? tr("Cases of this point for the county hall: forwarded ones "
                                         "and those only the hall may accept.")
                                    : tr("Results ready for release, back to the township point "
                                         "where the case was received."));
    loadCandidates();
    const QString here = m_workspace.currentPlace().code;
    const QList<Manifest> recent = m_manifests->recent(here);
    m_recent->setRowCount(int(recent.size()));
    for (int i = 0; i < recent.size(); ++i) {
        const Manifest &m = recent[i];
        m_recent->setItem(i, 0, readOnly(m.number));
        m_recent->setItem(i, 1, readOnly(ManifestRules::directionName(m.direction)));
        m_recent->setItem(i, 2, readOnly(QString::number(m.entries.size())));
        m_recent->setItem(i, 3, readOnly(ManifestRules::statusName(m.status)));
        m_recent->setItem(i, 4,
                          readOnly(m.status == ManifestStatus::Sent
                                           ? QString()
                                           : QString::number(m.missingPackets())));
        m_recent->setItem(
                i, 5,
                readOnly(m.awaitingSync() > 0 ? QString::number(m.awaitingSync()) : QString()));
        if (m.status == ManifestStatus::ReceivedWithMismatch) {
            for (int c = 0; c < m_recent->columnCount(); ++c)
                m_recent->item(i, c)->setForeground(QColor(0xb4, 0x23, 0x18));
        }
    }
    emit countChanged(count());
}

void ManifestScreen::loadCandidates()
{
    const QList<ManifestEntry> entries = m_manifests->candidates(
            sendDirection(), m_workspace.actor(), m_township->currentData().toString());
    m_candidates->setRowCount(int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const ManifestEntry &e = entries[i];
        auto *check = new QTableWidgetItem;
        check->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        check->setCheckState(Qt::Unchecked);
        check->setData(Qt::UserRole, e.caseId);
        m_candidates->setItem(i, 0, check);
        m_candidates->setItem(i, 1, readOnly(e.caseNumber));
        m_candidates->setItem(i, 2, readOnly(e.itemName));
        m_candidates->setItem(i, 3, readOnly(e.applicantName));
        m_candidates->setItem(i, 4, new QTableWidgetItem(QString::number(e.packets)));
    }
    m_send->setEnabled(!entries.isEmpty());
}

std::optional<Manifest> ManifestScreen::sendChecked()
{
    m_error->clear();
    ManifestDraft draft;
    draft.direction = sendDirection();
    draft.toPlace = m_township->currentData().toString();
    draft.note = m_note->text();
    QList<ManifestDraft::Item> all;
    for (int i = 0; i < m_candidates->rowCount(); ++i) {
        const auto *check = m_candidates->item(i, 0);
        ManifestDraft::Item item{check->data(Qt::UserRole).toString(),
                                 m_candidates->item(i, 4)->text().toInt()};
        all.append(item);
        if (check->checkState() == Qt::Checked)
            draft.items.append(item);
    }
    if (draft.items.isEmpty())
        draft.items = all;
    auto sent
            = m_manifests->send(draft, m_workspace.actor(), m_workspace.deviceShortId(), m_clock());
    if (!sent) {
        m_error->setText(sent.error().message);
        return std::nullopt;
    }
    m_lastSent = sent.value();
    m_pdf->setEnabled(true);
    m_note->clear();
    emit statusMessage(tr("Manifest %1 sent: %n case(s).", nullptr, int(sent->entries.size()))
                               .arg(sent->number));
    reload();
    return sent.value();
}

Status ManifestScreen::writePdf(const Manifest &manifest, const QString &path) const
{
    const auto from = m_workspace.directory().place(manifest.fromPlace);
    const auto to = m_workspace.directory().place(manifest.toPlace);
    const auto sender = m_workspace.directory().user(manifest.createdBy);
    ComposedDocument document = ManifestDocument::compose(
            manifest, from ? from->name : manifest.fromPlace, to ? to->name : manifest.toPlace,
            sender ? sender->displayName : QString());
    document.practice = m_workspace.practiceMode();
    return DocumentPrinter::writePdf(document, path);
}

void ManifestScreen::savePdf()
{
    if (!m_lastSent)
        return;
    const QString suggested = QDir::home().filePath(m_lastSent->number + QStringLiteral(".pdf"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save PDF"), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = writePdf(*m_lastSent, path); !s)
        m_error->setText(s.error().message);
    else
        emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

bool ManifestScreen::openForReceipt(const QString &number)
{
    m_error->clear();
    auto found = m_manifests->byNumber(number);
    if (!found) {
        m_opened.reset();
        m_receipt->setRowCount(0);
        m_receiptSummary->clear();
        m_receive->setEnabled(false);
        m_error->setText(found.error().message);
        return false;
    }
    m_opened = found.value();
    m_number->setText(m_opened->number);
    showReceipt();
    return true;
}

void ManifestScreen::showReceipt()
{
    const Manifest &m = *m_opened;
    const bool open
            = m.status == ManifestStatus::Sent && m.toPlace == m_workspace.currentPlace().code;
    m_receipt->setRowCount(int(m.entries.size()));
    for (int i = 0; i < m.entries.size(); ++i) {
        const ManifestEntry &e = m.entries[i];
        m_receipt->setItem(i, 0, readOnly(e.caseNumber));
        m_receipt->setItem(i, 1, readOnly(e.itemName));
        m_receipt->setItem(i, 2, readOnly(e.applicantName));
        m_receipt->setItem(i, 3, readOnly(QString::number(e.packets)));
        auto *arrived = new QTableWidgetItem(
                QString::number(e.packetsReceived.value_or(open ? e.packets : 0)));
        if (!open)
            arrived->setFlags(arrived->flags() & ~Qt::ItemIsEditable);
        m_receipt->setItem(i, 4, arrived);
        auto *state = readOnly(ManifestRules::entryStateName(e.state()));
        if (e.state() == ManifestEntry::State::Missing)
            state->setForeground(QColor(0xb4, 0x23, 0x18));
        else if (e.state() == ManifestEntry::State::AwaitingSync)
            state->setForeground(QColor(0x6b, 0x72, 0x80));
        m_receipt->setItem(i, 5, state);
    }
    QString summary = tr("%1 · %2 · %n case(s)", nullptr, int(m.entries.size()))
                              .arg(ManifestRules::directionName(m.direction),
                                   ManifestRules::statusName(m.status));
    if (m.awaitingSync() > 0)
        summary += QStringLiteral(" · ")
                + tr("%n case(s) awaiting sync", nullptr, m.awaitingSync());
    if (m.status == ManifestStatus::ReceivedWithMismatch)
        summary += QStringLiteral(" · ") + tr("%n packet(s) missing", nullptr, m.missingPackets());
    m_receiptSummary->setText(summary);
    m_receive->setEnabled(open);
    if (open) {
        m_receipt->setCurrentCell(0, 4);
        m_receipt->setFocus();
    }
}

bool ManifestScreen::receiveOpened()
{
    if (!m_opened)
        return false;
    m_error->clear();
    QList<int> arrived;
    for (int i = 0; i < m_receipt->rowCount(); ++i)
        arrived.append(m_receipt->item(i, 4)->text().toInt());
    auto received
            = m_manifests->receive(m_opened->number, arrived, {}, m_workspace.actor(), m_clock());
    if (!received) {
        m_error->setText(received.error().message);
        return false;
    }
    m_opened = received.value();
    showReceipt();
    emit statusMessage(tr("Manifest %1: %2")
                               .arg(received->number, ManifestRules::statusName(received->status)));
    reload();
    return true;
}

QString ManifestScreen::errorText() const
{
    return m_error->text();
}

} // namespace ow
