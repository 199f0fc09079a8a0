#pragma once

#include "domain/result.h"

#include <QDialog>
#include <QUrl>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ow {

// First-run enrollment: the server's address and the one-time code the administrator printed
// (`onewindow-server device enroll`). The enrolling itself is done by the function given (the
// app wires it to SyncEnroller); the dialog only asks and shows the answer.
class EnrollmentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrollmentDialog)
public:
    using Enroll = std::function<Status(const QUrl &server, const QString &code)>;

    EnrollmentDialog(const QUrl &server, Enroll enroll, QWidget *parent = nullptr);

    QUrl server() const;
    QString code() const;
    void setCode(const QString &code);
    // The device is in practice mode and holds practice work (`summary`, what of it there is):
    // the dialog warns that enrolling clears it, and the button says so.
    void setPracticeData(const QString &summary);
    static QString practiceWarning(const QString &summary);

    void accept() override;

private:
    void updateState();

    Enroll m_enroll;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_practiceWarning = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ow
