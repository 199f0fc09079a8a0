#pragma once

#include "domain/manifest.h"
#include "domain/result.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ow {

class ManifestStore;
class Workspace;

// 流转单: a township point sends its cases to the county hall, the hall returns results; the
// receiving side types or scans the manifest number and receives the whole batch at once,
// marking missing packets. Cases not synced here yet show as awaiting sync.
class ManifestScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManifestScreen)
public:
    explicit ManifestScreen(Workspace &workspace, QWidget *parent = nullptr);
    ~ManifestScreen() override;

    void setClock(std::function<QDateTime()> clock);
    void reload();
    int count() const; // manifests waiting to be received here

    // Sends the checked cases (all when none is checked); the manifest, or nothing on refusal.
    std::optional<Manifest> sendChecked();
    bool openForReceipt(const QString &number);
    // Receives the opened manifest with the packet counts as entered.
    bool receiveOpened();
    Status writePdf(const Manifest &manifest, const QString &path) const;
    QString errorText() const;
    QTableWidget *candidatesTable() const { return m_candidates; }
    QTableWidget *receiptTable() const { return m_receipt; }
    QTableWidget *recentTable() const { return m_recent; }

signals:
    void countChanged(int count);
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadCandidates();
    void showReceipt();
    void savePdf();
    ManifestDirection sendDirection() const;

    Workspace &m_workspace;
    std::unique_ptr<ManifestStore> m_manifests;
    std::function<QDateTime()> m_clock;
    std::optional<Manifest> m_opened;
    std::optional<Manifest> m_lastSent;

    QLabel *m_sendHeading = nullptr;
    QComboBox *m_township = nullptr;
    QTableWidget *m_candidates = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_pdf = nullptr;
    QLineEdit *m_number = nullptr;
    QTableWidget *m_receipt = nullptr;
    QLabel *m_receiptSummary = nullptr;
    QPushButton *m_receive = nullptr;
    QTableWidget *m_recent = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace ow
