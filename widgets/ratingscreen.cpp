#include "ratingscreen.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

namespace {

QString buttonStyle(RatingLevel level)
{
    const QString colour = RatingRules::isBad(level) ? QStringLiteral("#c62828")
            : level == RatingLevel::Basic            ? QStringLiteral("#f9a825")
                                                     : QStringLiteral("#2e7d32");
    return QStringLiteral("QPushButton { font-size: 22px; padding: 18px 8px; border: 3px solid %1;"
                          " border-radius: 10px; background: white; color: %1; }"
                          " QPushButton:checked { background: %1; color: white; }"
                          " QPushButton:focus { outline: none; border-width: 5px; }")
            .arg(colour);
}

} // namespace

RatingScreen::RatingScreen(QWidget *parent)
    : QWidget(parent)
    , m_subject(new QLabel(this))
    , m_message(new QLabel(this))
    , m_levels(new QButtonGroup(this))
    , m_comment(new QLineEdit(this))
    , m_submit(new QPushButton(this))
    , m_skip(new QPushButton(this))
{
    setObjectName(QStringLiteral("ratingScreen"));
    auto *title = new QLabel(tr("How satisfied are you with our service today?"), this);
    title->setObjectName(QStringLiteral("ratingTitle"));
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    title->setStyleSheet(QStringLiteral("font-size: 28px; font-weight: bold;"));
    m_subject->setObjectName(QStringLiteral("ratingSubject"));
    m_subject->setAlignment(Qt::AlignCenter);
    m_subject->setWordWrap(true);
    m_subject->setStyleSheet(QStringLiteral("font-size: 18px; color: #444;"));

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    for (RatingLevel level : RatingRules::levels()) {
        auto *button = new QPushButton(QStringLiteral("%1\n%2")
                                               .arg(RatingRules::value(level))
                                               .arg(RatingRules::displayName(level)),
                                       this);
        button->setObjectName(QStringLiteral("rating_") + RatingRules::key(level));
        button->setCheckable(true);
        button->setMinimumSize(150, 110);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        button->setStyleSheet(buttonStyle(level));
        button->setFocusPolicy(Qt::NoFocus); // keys 1–5 choose; focus stays on the comment
        m_levels->addButton(button, RatingRules::value(level));
        buttons->addWidget(button);
    }
    m_levels->setExclusive(true);

    m_comment->setObjectName(QStringLiteral("ratingComment"));
    m_comment->setMaxLength(RatingRules::maxCommentLength);
    m_comment->setPlaceholderText(tr("Anything to tell us? (optional, at most %n characters)",
                                     nullptr, RatingRules::maxCommentLength));
    m_comment->setStyleSheet(QStringLiteral("font-size: 18px; padding: 8px;"));
    m_message->setObjectName(QStringLiteral("ratingMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("font-size: 18px;"));

    m_submit->setObjectName(QStringLiteral("ratingSubmit"));
    m_submit->setText(tr("Submit (Enter)"));
    m_submit->setStyleSheet(QStringLiteral("font-size: 20px; padding: 10px 30px;"));
    m_skip->setObjectName(QStringLiteral("ratingSkip"));
    m_skip->setText(tr("Skip (Esc)"));
    m_skip->setStyleSheet(QStringLiteral("font-size: 16px; padding: 10px 20px;"));
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_skip);
    actions->addWidget(m_submit);
    actions->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(30, 24, 30, 24);
    layout->setSpacing(16);
    layout->addWidget(title);
    layout->addWidget(m_subject);
    layout->addLayout(buttons, 1);
    layout->addWidget(m_comment);
    layout->addWidget(m_message);
    layout->addLayout(actions);

    connect(m_submit, &QPushButton::clicked, this, &RatingScreen::submit);
    connect(m_skip, &QPushButton::clicked, this, &RatingScreen::skipped);
    connect(m_comment, &QLineEdit::returnPressed, this, &RatingScreen::submit);
    connect(m_levels, &QButtonGroup::idClicked, this, [this] { m_message->clear(); });
    // The screen itself takes the keys 1–5; Tab reaches the comment, where Enter submits too.
    setFocusPolicy(Qt::StrongFocus);
    reset();
}

RatingScreen::~RatingScreen() = default;

void RatingScreen::setSubject(const QString &itemName)
{
    m_subject->setText(itemName);
}

void RatingScreen::reset()
{
    m_levels->setExclusive(false);
    for (QAbstractButton *b : m_levels->buttons())
        b->setChecked(false);
    m_levels->setExclusive(true);
    for (QAbstractButton *b : m_levels->buttons())
        b->setEnabled(true);
    m_comment->clear();
    m_comment->setEnabled(true);
    m_submit->setEnabled(true);
    m_message->setText(tr("Press 1 to 5 or touch a button, then Enter."));
    m_message->setStyleSheet(QStringLiteral("font-size: 18px; color: #444;"));
}

std::optional<RatingLevel> RatingScreen::level() const
{
    return RatingRules::fromValue(m_levels->checkedId());
}

void RatingScreen::setLevel(RatingLevel level)
{
    if (QAbstractButton *b = m_levels->button(RatingRules::value(level)))
        b->setChecked(true);
    m_message->clear();
}

QString RatingScreen::comment() const
{
    return m_comment->text().trimmed();
}

void RatingScreen::showError(const QString &message)
{
    m_message->setStyleSheet(QStringLiteral("font-size: 18px; color: #c62828;"));
    m_message->setText(message);
}

void RatingScreen::showThanks()
{
    for (QAbstractButton *b : m_levels->buttons())
        b->setEnabled(false);
    m_comment->setEnabled(false);
    m_submit->setEnabled(false);
    m_message->setStyleSheet(QStringLiteral("font-size: 22px; color: #2e7d32;"));
    m_message->setText(tr("Thank you for your rating."));
}

void RatingScreen::submit()
{
    const auto chosen = level();
    if (!chosen) {
        showError(tr("Choose one of the five levels first (keys 1 to 5)."));
        return;
    }
    emit submitted(*chosen, comment());
}

void RatingScreen::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_5 && m_submit->isEnabled()) {
        setLevel(RatingLevel(key - Qt::Key_0));
        return;
    }
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_submit->isEnabled()) {
        submit();
        return;
    }
    if (key == Qt::Key_Escape) {
        emit skipped();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace ow
