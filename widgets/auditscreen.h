#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace ow {

class AuditLogModel;

// The auditor's screen (审计日志): browse the audit log newest first, filter it by day range,
// user, action, record and result, read one row whole, and verify every device chain ("chain
// intact", or the first broken row). Read only. No SQL here: AuditLogModel reads.
class AuditScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditScreen)
public:
    explicit AuditScreen(AuditLogModel *model, QWidget *parent = nullptr);

    // The users offered in the user filter: (id, name), in display order.
    void setUsers(const QList<QPair<QString, QString>> &users);

public slots:
    void search();
    void verify();

signals:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showDetail();

    AuditLogModel *m_model = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_user = nullptr;
    QLineEdit *m_action = nullptr;
    QLineEdit *m_record = nullptr;
    QComboBox *m_result = nullptr;
    QPushButton *m_searchButton = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QLabel *m_verdict = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    bool m_loaded = false;
};

} // namespace ow
