#pragma once

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace ow {

// Asks for the reason of a move (denial, suspension, rejection, ...): a few lines of text,
// length-limited; Ctrl+Enter confirms, Escape cancels.
class ReasonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReasonDialog)
public:
    ReasonDialog(const QString &title, const QString &prompt, int maxLength,
                 QWidget *parent = nullptr);
    ~ReasonDialog() override;

    QString reason() const; // trimmed
    void setReason(const QString &text);

    // Empty when cancelled.
    static std::optional<QString> ask(QWidget *parent, const QString &title, const QString &prompt,
                                      int maxLength);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();

    int m_maxLength = 0;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_count = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ow
