#include "firstrunwizard.h"

#include "enrollmentdialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace ow {

namespace {

// A page whose checks and next page the wizard decides.
class Page final : public QWizardPage
{
public:
    explicit Page(QWidget *parent)
        : QWizardPage(parent)
    { }

    std::function<bool()> validate;
    std::function<int()> next;

    bool validatePage() override { return validate ? validate() : true; }
    int nextId() const override { return next ? next() : QWizardPage::nextId(); }
};

QLabel *wrapped(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    return label;
}

QLabel *buddyLabel(QWidget *parent, QWidget *field)
{
    auto *label = new QLabel(parent);
    label->setBuddy(field);
    return label;
}

} // namespace

FirstRunWizard::FirstRunWizard(FirstRunBackend &backend, const QList<Place> &places,
                               const QStringList &printers, const QString &defaultPrinter,
                               const ClientPreferences &initial, QWidget *parent)
    : QWizard(parent)
    , m_backend(backend)
    , m_defaultPrinter(defaultPrinter)
    , m_initialServer(initial.serverUrl)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);

    // Language.
    auto *languagePage = new Page(this);
    m_languageIntro = wrapped(languagePage);
    m_language = new QComboBox(languagePage);
    m_language->setObjectName(QStringLiteral("wizardLanguage"));
    SettingsDialog::addLanguages(m_language);
    SettingsDialog::select(m_language, initial.language);
    m_languageLabel = buddyLabel(languagePage, m_language);
    {
        auto *form = new QFormLayout;
        form->addRow(m_languageLabel, m_language);
        auto *layout = new QVBoxLayout(languagePage);
        layout->addWidget(m_languageIntro);
        layout->addLayout(form);
    }
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { emit languageChosen(m_language->currentData().toString()); });
    setPage(LanguagePage, languagePage);

    // Server address.
    auto *serverPage = new Page(this);
    m_serverIntro = wrapped(serverPage);
    m_server = new QLineEdit(initial.serverUrl, serverPage);
    m_server->setObjectName(QStringLiteral("wizardServer"));
    m_server->setPlaceholderText(QStringLiteral("https://onewindow.example.gov.cn"));
    m_serverLabel = buddyLabel(serverPage, m_server);
    m_demo = new QCheckBox(serverPage);
    m_demo->setObjectName(QStringLiteral("wizardDemo"));
    m_serverMessage = wrapped(serverPage);
    m_serverMessage->setObjectName(QStringLiteral("wizardServerMessage"));
    {
        auto *form = new QFormLayout;
        form->addRow(m_serverLabel, m_server);
        form->addRow(QString(), m_demo);
        auto *layout = new QVBoxLayout(serverPage);
        layout->addWidget(m_serverIntro);
        layout->addLayout(form);
        layout->addWidget(m_serverMessage);
        layout->addStretch(1);
    }
    connect(m_demo, &QCheckBox::toggled, this, [this](bool demo) {
        m_server->setEnabled(!demo);
        m_serverMessage->clear();
    });
    serverPage->validate = [this] { return validateServer(); };
    serverPage->next = [this] { return m_demo->isChecked() ? int(PrinterPage) : int(EnrollPage); };
    setPage(ServerPage, serverPage);

    // Enrollment: the place and the one-time code.
    auto *enrollPage = new Page(this);
    m_enrollIntro = wrapped(enrollPage);
    m_place = new QComboBox(enrollPage);
    m_place->setObjectName(QStringLiteral("wizardPlace"));
    SettingsDialog::addPlaces(m_place, places);
    SettingsDialog::select(m_place, initial.placeCode);
    m_placeLabel = buddyLabel(enrollPage, m_place);
    m_code = new QLineEdit(enrollPage);
    m_code->setObjectName(QStringLiteral("wizardCode"));
    m_code->setPlaceholderText(QStringLiteral("ABCD-EFGH-JKLM-NPQR"));
    m_code->setMaxLength(64);
    m_codeLabel = buddyLabel(enrollPage, m_code);
    m_enrollMessage = wrapped(enrollPage);
    m_enrollMessage->setObjectName(QStringLiteral("wizardEnrollMessage"));
    {
        auto *form = new QFormLayout;
        form->addRow(m_codeLabel, m_code);
        form->addRow(m_placeLabel, m_place);
        auto *layout = new QVBoxLayout(enrollPage);
        layout->addWidget(m_enrollIntro);
        layout->addLayout(form);
        layout->addWidget(m_enrollMessage);
        layout->addStretch(1);
    }
    // Once the server took the code the enrollment is done: no way back to another server.
    enrollPage->setCommitPage(true);
    enrollPage->validate = [this] { return validateEnrollment(); };
    setPage(EnrollPage, enrollPage);

    // Printer.
    auto *printerPage = new Page(this);
    m_printerIntro = wrapped(printerPage);
    m_printer = new QComboBox(printerPage);
    m_printer->setObjectName(QStringLiteral("wizardPrinter"));
    SettingsDialog::addPrinters(m_printer, printers);
    SettingsDialog::select(m_printer, initial.printerName);
    m_printerLabel = buddyLabel(printerPage, m_printer);
    {
        auto *form = new QFormLayout;
        form->addRow(m_printerLabel, m_printer);
        auto *layout = new QVBoxLayout(printerPage);
        layout->addWidget(m_printerIntro);
        layout->addLayout(form);
    }
    setPage(PrinterPage, printerPage);

    // Idle lock.
    auto *idlePage = new Page(this);
    m_idleIntro = wrapped(idlePage);
    m_idleLock = new QSpinBox(idlePage);
    m_idleLock->setObjectName(QStringLiteral("wizardIdleLock"));
    SettingsDialog::setUpIdleLock(m_idleLock);
    m_idleLock->setValue(initial.idleLockMinutes);
    m_idleLabel = buddyLabel(idlePage, m_idleLock);
    {
        auto *form = new QFormLayout;
        form->addRow(m_idleLabel, m_idleLock);
        auto *layout = new QVBoxLayout(idlePage);
        layout->addWidget(m_idleIntro);
        layout->addLayout(form);
    }
    setPage(IdleLockPage, idlePage);

    // Summary.
    auto *summaryPage = new Page(this);
    m_summaryIntro = wrapped(summaryPage);
    // Not word-wrapped: short lines, and a wrapped label inside a wizard page kept the height of
    // its first text (one line).
    m_summary = new QLabel(summaryPage);
    m_summary->setObjectName(QStringLiteral("wizardSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    {
        auto *layout = new QVBoxLayout(summaryPage);
        layout->addWidget(m_summaryIntro);
        layout->addWidget(m_summary);
        layout->addStretch(1);
    }
    setPage(SummaryPage, summaryPage);

    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == SummaryPage)
            updateSummary();
        // The first field of each page takes the keyboard.
        QWidget *first = id == LanguagePage ? static_cast<QWidget *>(m_language)
                : id == ServerPage          ? static_cast<QWidget *>(m_server)
                : id == EnrollPage          ? static_cast<QWidget *>(m_code)
                : id == PrinterPage         ? static_cast<QWidget *>(m_printer)
                : id == IdleLockPage        ? static_cast<QWidget *>(m_idleLock)
                                            : nullptr;
        if (first)
            first->setFocus();
        else if (QAbstractButton *finish = button(QWizard::FinishButton))
            finish->setFocus();
    });
    setStartId(LanguagePage);
    retranslate();
    resize(600, 420);
}

FirstRunWizard::~FirstRunWizard()
{
    // A worker still running holds a reference to the backend: wait for it.
    if (auto *thread = qobject_cast<QThread *>(m_worker)) {
        thread->wait();
        delete thread;
    }
}

void FirstRunWizard::retranslate()
{
    setWindowTitle(tr("Set up OneWindow on this device"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CommitButton, tr("&Enroll >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    page(LanguagePage)->setTitle(tr("Language"));
    m_languageIntro->setText(tr("Welcome to OneWindow. This device is new: a few questions set "
                                "it up. Enter goes on, Esc stops; nothing is kept before the "
                                "last page."));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, SettingsDialog::tr("As the system"));

    page(ServerPage)->setTitle(tr("Server"));
    m_serverIntro->setText(tr("The county's OneWindow server, as the IT office gave it. Its "
                              "address is checked now."));
    m_serverLabel->setText(tr("Server &address:"));
    m_demo->setText(tr("&Skip: work in practice mode for now (training only: nothing done "
                       "here is valid)"));

    page(EnrollPage)->setTitle(tr("Enrollment"));
    QString enrollIntro = tr("Enter the one-time code the administrator printed for this "
                             "device (onewindow-server device enroll). The server tells the "
                             "place the code is for.");
    if (!m_practiceData.isEmpty())
        enrollIntro += QStringLiteral("\n\n") + EnrollmentDialog::practiceWarning(m_practiceData);
    m_enrollIntro->setText(enrollIntro);
    m_codeLabel->setText(tr("One-time &code:"));
    m_placeLabel->setText(tr("&Place:"));
    m_place->setItemText(0, SettingsDialog::tr("The signed-in user's place"));

    page(PrinterPage)->setTitle(tr("Printer"));
    m_printerIntro->setText(m_defaultPrinter.isEmpty()
                                    ? tr("Receipts and notices are printed here. This machine "
                                         "has no default printer yet.")
                                    : tr("Receipts and notices are printed here. The system's "
                                         "default printer is %1.")
                                              .arg(m_defaultPrinter));
    m_printerLabel->setText(tr("P&rinter:"));
    m_printer->setItemText(0, SettingsDialog::tr("The system's default printer"));

    page(IdleLockPage)->setTitle(tr("Screen lock"));
    m_idleIntro->setText(tr("The screen locks after this many minutes without input, so that "
                            "nobody reads personal data at an empty counter."));
    m_idleLabel->setText(tr("&Idle lock after:"));
    SettingsDialog::setUpIdleLock(m_idleLock);

    page(SummaryPage)->setTitle(tr("Summary"));
    m_summaryIntro->setText(tr("Finish keeps these settings; all of them can be changed later "
                               "in Settings."));
    if (currentId() == SummaryPage)
        updateSummary();
}

void FirstRunWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

QUrl FirstRunWizard::serverUrl() const
{
    return QUrl(m_server->text().trimmed());
}

void FirstRunWizard::setPracticeData(const QString &summary)
{
    m_practiceData = summary;
    retranslate();
}

bool FirstRunWizard::demoMode() const
{
    return m_demo->isChecked();
}

ClientPreferences FirstRunWizard::preferences() const
{
    ClientPreferences p;
    p.serverUrl = m_server->text().trimmed();
    if (!SettingsDialog::checkServerUrl(p.serverUrl).isEmpty()) // skipped with a bad address
        p.serverUrl = m_initialServer;
    p.placeCode = m_place->currentData().toString();
    p.printerName = m_printer->currentData().toString();
    p.language = m_language->currentData().toString();
    p.idleLockMinutes = m_idleLock->value();
    return p;
}

void FirstRunWizard::showMessage(QLabel *label, const QString &text, bool problem)
{
    label->setText(text);
    label->setStyleSheet(problem ? QStringLiteral("color: #b42318;") : QString());
}

void FirstRunWizard::setBusy(bool busy)
{
    m_busy = busy;
    currentPage()->setEnabled(!busy);
    for (const auto which :
         {QWizard::NextButton, QWizard::BackButton, QWizard::CommitButton, QWizard::FinishButton}) {
        if (QAbstractButton *b = button(which))
            b->setEnabled(!busy);
    }
    emit busyChanged(busy);
}

void FirstRunWizard::run(std::function<void()> work, std::function<void()> done)
{
    setBusy(true);
    QThread *thread = QThread::create(std::move(work));
    m_worker = thread;
    connect(thread, &QThread::finished, this, [this, thread, done = std::move(done)] {
        m_worker = nullptr;
        thread->deleteLater();
        setBusy(false);
        done();
    });
    thread->start();
}

bool FirstRunWizard::validateServer()
{
    if (m_busy)
        return false;
    if (m_demo->isChecked())
        return true;
    if (const QString problem = SettingsDialog::checkServerUrl(m_server->text());
        !problem.isEmpty()) {
        showMessage(m_serverMessage, problem, true);
        m_server->setFocus();
        return false;
    }
    const QUrl url = serverUrl();
    if (url == m_checkedServer)
        return true;
    showMessage(m_serverMessage, tr("Asking %1…").arg(url.toDisplayString()), false);
    auto answer = std::make_shared<QString>();
    run([this, url, answer] { *answer = m_backend.checkServer(url); },
        [this, url, answer] {
            if (!answer->isEmpty()) {
                showMessage(m_serverMessage,
                            tr("The server at %1 does not answer: %2 Check the address and "
                               "the network, or skip and work in practice mode for now.")
                                    .arg(url.toDisplayString(), *answer),
                            true);
                m_server->setFocus();
                m_server->selectAll();
                return;
            }
            m_checkedServer = url;
            showMessage(m_serverMessage, tr("The server answers."), false);
            next();
        });
    return false;
}

bool FirstRunWizard::validateEnrollment()
{
    if (m_busy)
        return false;
    if (enrolled())
        return true;
    const QString code = m_code->text().trimmed();
    if (code.isEmpty()) {
        showMessage(m_enrollMessage, tr("Enter the one-time code."), true);
        m_code->setFocus();
        return false;
    }
    showMessage(m_enrollMessage, tr("Enrolling…"), false);
    const QUrl url = serverUrl();
    auto answer = std::make_shared<Result<QString>>(QString());
    run([this, url, code, answer] { *answer = m_backend.enroll(url, code); },
        [this, answer] {
            if (!answer->ok()) {
                showMessage(m_enrollMessage, answer->error().message, true);
                m_code->setFocus();
                m_code->selectAll();
                return;
            }
            m_enrolledPlace = answer->value();
            SettingsDialog::select(m_place, m_enrolledPlace);
            m_place->setEnabled(false); // the code decided it
            m_code->setReadOnly(true);
            showMessage(m_enrollMessage,
                        tr("This device is enrolled at %1.").arg(m_place->currentText()), false);
            next();
        });
    return false;
}

void FirstRunWizard::updateSummary()
{
    const ClientPreferences p = preferences();
    QStringList lines;
    lines << tr("Language: %1").arg(m_language->currentText());
    if (demoMode())
        lines << tr("Server: none yet, practice mode (enroll later from the Sync menu)");
    else
        lines << tr("Server: %1").arg(p.serverUrl);
    if (enrolled())
        lines << tr("Enrolled at: %1").arg(m_place->currentText());
    lines << tr("Printer: %1").arg(m_printer->currentText());
    lines << (p.idleLockMinutes == 0
                      ? tr("Screen lock: never")
                      : tr("Screen lock: after %n minutes", nullptr, p.idleLockMinutes));
    m_summary->setText(lines.join(QLatin1Char('\n')));
    if (QLayout *layout = page(SummaryPage)->layout())
        layout->activate(); // at once: the page is about to be shown with it
}

void FirstRunWizard::accept()
{
    m_backend.save(preferences());
    QWizard::accept();
}

} // namespace ow
