#pragma once

#include "domain/actor.h"

#include <QDialog>

class QScreen;

namespace ow {

class RatingScreen;
class RatingStore;

// Asks the applicant to rate a case (好差评) and saves it through RatingStore. Shown on the
// applicant's monitor when there is a second one, else on this screen to turn around.
class RatingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RatingDialog)
public:
    RatingDialog(RatingStore &ratings, const Actor &actor, const QString &caseId,
                 const QString &itemName, QWidget *parent = nullptr);
    ~RatingDialog() override;

    RatingScreen *screen() const { return m_screen; }
    // The applicant's monitor: the one after the window's own when there are several.
    static QScreen *applicantScreen(const QWidget *counterWindow);
    // Shows the dialog on `screen`, maximised there; on the counter's own screen, as a dialog.
    void showOn(QScreen *screen);
    bool wasRated() const { return m_rated; }

private:
    void save(int levelValue, const QString &comment);

    RatingStore &m_ratings;
    Actor m_actor;
    QString m_caseId;
    RatingScreen *m_screen = nullptr;
    bool m_rated = false;
};

} // namespace ow
