#pragma once

#include "domain/rating.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ow {

// The applicant's rating screen (好差评): five big buttons, an optional comment, nothing
// personal. Keys 1–5 choose a level (5 = very satisfied), Enter submits, Esc skips. Meant for a
// second monitor facing the applicant, or the counter's screen turned around.
class RatingScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RatingScreen)
public:
    explicit RatingScreen(QWidget *parent = nullptr);
    ~RatingScreen() override;

    // What is rated, without personal data: the item's name.
    void setSubject(const QString &itemName);
    void reset();
    std::optional<RatingLevel> level() const;
    void setLevel(RatingLevel level);
    QString comment() const;
    void showError(const QString &message);
    void showThanks();

signals:
    void submitted(ow::RatingLevel level, const QString &comment);
    void skipped();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void submit();

    QLabel *m_subject = nullptr;
    QLabel *m_message = nullptr;
    QButtonGroup *m_levels = nullptr;
    QLineEdit *m_comment = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_skip = nullptr;
};

} // namespace ow
