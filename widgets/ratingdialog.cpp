#include "ratingdialog.h"

#include "domain/businessclock.h"
#include "ratingscreen.h"
#include "store/ratingstore.h"

#include <QGuiApplication>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

namespace ow {

RatingDialog::RatingDialog(RatingStore &ratings, const Actor &actor, const QString &caseId,
                           const QString &itemName, QWidget *parent)
    : QDialog(parent)
    , m_ratings(ratings)
    , m_actor(actor)
    , m_caseId(caseId)
    , m_screen(new RatingScreen(this))
{
    setObjectName(QStringLiteral("ratingDialog"));
    setWindowTitle(tr("Rate our service"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_screen);
    m_screen->setSubject(itemName);
    resize(900, 560);
    connect(m_screen, &RatingScreen::submitted, this,
            [this](RatingLevel level, const QString &comment) {
                save(RatingRules::value(level), comment);
            });
    connect(m_screen, &RatingScreen::skipped, this, &QDialog::reject);
    m_screen->setFocus(Qt::OtherFocusReason);
}

RatingDialog::~RatingDialog() = default;

QScreen *RatingDialog::applicantScreen(const QWidget *counterWindow)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *own = counterWindow ? counterWindow->screen() : QGuiApplication::primaryScreen();
    if (screens.size() < 2)
        return own;
    const int at = int(screens.indexOf(own));
    return screens.at((at + 1) % int(screens.size()));
}

void RatingDialog::showOn(QScreen *screen)
{
    QScreen *own = parentWidget() ? parentWidget()->screen() : QGuiApplication::primaryScreen();
    if (screen && screen != own) {
        setWindowFlag(Qt::Window, true);
        setGeometry(screen->availableGeometry());
        if (windowHandle())
            windowHandle()->setScreen(screen);
        showMaximized();
    } else {
        open();
    }
    m_screen->setFocus(Qt::OtherFocusReason);
}

void RatingDialog::save(int levelValue, const QString &comment)
{
    RatingRequest request;
    request.caseId = m_caseId;
    request.level = RatingRules::fromValue(levelValue).value_or(RatingLevel::Basic);
    request.comment = comment;
    const auto saved = m_ratings.add(request, m_actor, BusinessClock::nowUtc());
    if (!saved) {
        m_screen->showError(saved.error().message);
        return;
    }
    m_rated = true;
    m_screen->showThanks();
    QTimer::singleShot(1500, this, &QDialog::accept);
}

} // namespace ow
