#pragma once

#include "sync/syncclient.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace ow {

class SyncIssueModel;

// The sync screen (同步): where sync stands (connection, queued changes, last sync, last error,
// clock warning), "Sync now", and the changes the server refused with their reason and what to
// do. Shows what SyncClient and SyncIssueModel report; no SQL or HTTP here.
class SyncPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPanel)
public:
    SyncPanel(SyncIssueModel *issues, QWidget *parent = nullptr);

    void setStatus(const SyncStatus &status);
    int count() const; // refused changes, for the rail

    // Words for the status, shared with the status bar.
    static QString connectionText(const SyncStatus &status);
    static QString lastSyncText(const SyncStatus &status);

signals:
    void syncRequested();
    void enrollRequested();
    void openCase(const QString &caseId);
    void countChanged(int count);
    void statusMessage(const QString &message);

private:
    void showDetail();
    void showDuplicates();

    SyncIssueModel *m_issues = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_queued = nullptr;
    QLabel *m_lastSync = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_duplicates = nullptr;
    QPushButton *m_syncButton = nullptr;
    QPushButton *m_enrollButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_detail = nullptr;
};

} // namespace ow
