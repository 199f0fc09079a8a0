#pragma once

#include "domain/directory.h"
#include "domain/result.h"
#include "settingsdialog.h"

#include <QStringList>
#include <QUrl>
#include <QWizard>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ow {

// The work behind the first-run wizard (the app wires it to the server, the local store and
// QSettings). checkServer and enroll block: the wizard runs them on a worker thread.
class FirstRunBackend
{
public:
    virtual ~FirstRunBackend() = default;
    // Empty when the server answers GET /health, else what is wrong, in the user's words.
    virtual QString checkServer(const QUrl &server) = 0;
    // Enrolls this device with the one-time code: the code of the place the server enrolled
    // it at, or what went wrong.
    virtual Result<QString> enroll(const QUrl &server, const QString &code) = 0;
    // Keeps the choices (called once, when the wizard finishes).
    virtual void save(const ClientPreferences &preferences) = 0;
};

// A new device's first start, when it is not enrolled and has no settings: language, server
// address (checked with GET /health; or skip and work in demo mode), enrollment with the
// one-time code and the place, printer, idle lock, summary. Keyboard only: Enter goes on, Esc
// cancels, Alt+letter reaches each field. Nothing is saved before Finish; the enrollment, once
// the server accepted the code, is done (the page is a commit page).
class FirstRunWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunWizard)
public:
    enum PageId { LanguagePage, ServerPage, EnrollPage, PrinterPage, IdleLockPage, SummaryPage };

    FirstRunWizard(FirstRunBackend &backend, const QList<Place> &places,
                   const QStringList &printers, const QString &defaultPrinter,
                   const ClientPreferences &initial, QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    ClientPreferences preferences() const;
    // Skipped the server: practice mode (PracticeMode).
    bool demoMode() const;
    // The device holds practice work (a summary, PracticeMode::describe): the enrollment page
    // says that enrolling clears it.
    void setPracticeData(const QString &summary);
    bool enrolled() const { return !m_enrolledPlace.isEmpty(); }
    // True while a check runs on the worker thread (tests wait for it).
    bool isBusy() const { return m_busy; }

    void accept() override;

signals:
    // The language picked on the first page: the app installs it, the wizard follows.
    void languageChosen(const QString &language);
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent *event) override;

private:
    bool validateServer();
    bool validateEnrollment();
    void run(std::function<void()> work, std::function<void()> done);
    void setBusy(bool busy);
    void showMessage(QLabel *label, const QString &text, bool problem);
    void updateSummary();
    void retranslate();
    QUrl serverUrl() const;

    FirstRunBackend &m_backend;
    QString m_defaultPrinter;
    QString m_initialServer;
    QComboBox *m_language = nullptr;
    QLineEdit *m_server = nullptr;
    QCheckBox *m_demo = nullptr;
    QLabel *m_serverMessage = nullptr;
    QComboBox *m_place = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_enrollMessage = nullptr;
    QComboBox *m_printer = nullptr;
    QSpinBox *m_idleLock = nullptr;
    QLabel *m_summary = nullptr;
    // The words of each page, set again when the language changes.
    QLabel *m_languageIntro = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_serverIntro = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_enrollIntro = nullptr;
    QLabel *m_placeLabel = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLabel *m_printerIntro = nullptr;
    QLabel *m_printerLabel = nullptr;
    QLabel *m_idleIntro = nullptr;
    QLabel *m_idleLabel = nullptr;
    QLabel *m_summaryIntro = nullptr;
    QUrl m_checkedServer;    // the address that answered last
    QString m_enrolledPlace; // the place the server enrolled this device at
    QString m_practiceData;  // what enrolling clears; empty: nothing
    bool m_busy = false;
    QObject *m_worker = nullptr;
};

} // namespace ow
