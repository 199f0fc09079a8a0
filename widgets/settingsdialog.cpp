#include "settingsdialog.h"

#include "sync/synchttp.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace ow {

bool ClientPreferences::operator==(const ClientPreferences &other) const
{
    return serverUrl == other.serverUrl && placeCode == other.placeCode
            && printerName == other.printerName && language == other.language
            && idleLockMinutes == other.idleLockMinutes && caFile == other.caFile;
}

SettingsDialog::SettingsDialog(const QList<Place> &places, const QStringList &printers,
                               QWidget *parent)
    : QDialog(parent)
    , m_server(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_place(new QComboBox(this))
    , m_printer(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_idleLock(new QSpinBox(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_server->setObjectName(QStringLiteral("serverUrl"));
    m_server->setPlaceholderText(QStringLiteral("https://onewindow.example.gov.cn"));
    m_server->setToolTip(tr("The county's OneWindow server, as the IT office gave it "
                            "(https://… behind nginx; http://… only inside the hall's network)."));

    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setPlaceholderText(tr("Empty: certificates of public CAs only"));
    m_caFile->setToolTip(tr("Only when the server's certificate comes from the county's own CA "
                            "or is self-signed: the path of that CA's certificate (PEM), as the "
                            "IT office gave it, e.g. /etc/onewindow/county-ca.pem."));

    m_place->setObjectName(QStringLiteral("place"));
    addPlaces(m_place, places);
    m_printer->setObjectName(QStringLiteral("printer"));
    addPrinters(m_printer, printers);
    m_language->setObjectName(QStringLiteral("language"));
    addLanguages(m_language);
    m_idleLock->setObjectName(QStringLiteral("idleLockMinutes"));
    setUpIdleLock(m_idleLock);

    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    const auto addRow = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    addRow(tr("&Server address:"), m_server);
    addRow(tr("&CA certificate file:"), m_caFile);
    addRow(tr("&Place:"), m_place);
    addRow(tr("P&rinter:"), m_printer);
    addRow(tr("&Language:"), m_language);
    addRow(tr("&Idle lock after:"), m_idleLock);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    connect(m_server, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    connect(m_caFile, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_server->setFocus();
    updateState();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::addPlaces(QComboBox *box, const QList<Place> &places)
{
    box->addItem(tr("The signed-in user's place"), QString());
    for (const Place &place : places)
        box->addItem(QStringLiteral("%1  %2").arg(place.name, place.code), place.code);
}

void SettingsDialog::addPrinters(QComboBox *box, const QStringList &printers)
{
    box->addItem(tr("The system's default printer"), QString());
    for (const QString &printer : printers)
        box->addItem(printer, printer);
}

void SettingsDialog::addLanguages(QComboBox *box)
{
    // Each language is named in itself, so that someone who cannot read the other finds theirs.
    box->addItem(tr("As the system"), QString());
    box->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    box->addItem(QStringLiteral("English"), QStringLiteral("en"));
}

void SettingsDialog::setUpIdleLock(QSpinBox *box)
{
    box->setRange(0, maxIdleLockMinutes());
    box->setSuffix(tr(" min"));
    box->setSpecialValueText(tr("Never"));
    box->setToolTip(tr("Lock the screen after this many minutes without input, so that "
                       "nobody reads personal data at an empty counter."));
}

void SettingsDialog::select(QComboBox *box, const QString &value)
{
    int index = box->findData(value);
    if (index < 0 && !value.isEmpty()) {
        // A printer or place that is gone stays visible, so that saving does not lose it.
        box->addItem(tr("%1 (not available)").arg(value), value);
        index = box->count() - 1;
    }
    box->setCurrentIndex(qMax(0, index));
}

QString SettingsDialog::checkServerUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the server address, e.g. https://onewindow.example.gov.cn.");
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        return tr("\"%1\" is not a server address. Write it as https://name or "
                  "http://address:port.")
                .arg(trimmed);
    }
    return {};
}

QString SettingsDialog::checkCaFile(const QString &path)
{
    const QString trimmed = path.trimmed();
    if (trimmed.isEmpty())
        return {};
    const auto certificates = SyncHttp::readCaCertificates(trimmed);
    return certificates ? QString() : certificates.error().message;
}

void SettingsDialog::setPreferences(const ClientPreferences &preferences)
{
    m_server->setText(preferences.serverUrl);
    m_caFile->setText(preferences.caFile);
    select(m_place, preferences.placeCode);
    select(m_printer, preferences.printerName);
    m_language->setCurrentIndex(qMax(0, m_language->findData(preferences.language)));
    m_idleLock->setValue(preferences.idleLockMinutes);
    m_initialLanguage = m_language->currentData().toString();
    updateState();
}

ClientPreferences SettingsDialog::preferences() const
{
    ClientPreferences p;
    p.serverUrl = m_server->text().trimmed();
    p.caFile = m_caFile->text().trimmed();
    p.placeCode = m_place->currentData().toString();
    p.printerName = m_printer->currentData().toString();
    p.language = m_language->currentData().toString();
    p.idleLockMinutes = m_idleLock->value();
    return p;
}

bool SettingsDialog::languageChanged() const
{
    return m_language->currentData().toString() != m_initialLanguage;
}

void SettingsDialog::updateState()
{
    QString problem = checkServerUrl(m_server->text());
    QStringList lines;
    if (!problem.isEmpty() && !m_server->text().trimmed().isEmpty())
        lines << problem;
    if (const QString caProblem = checkCaFile(m_caFile->text()); !caProblem.isEmpty()) {
        lines << caProblem;
        if (problem.isEmpty() || m_server->text().trimmed().isEmpty())
            problem = caProblem;
    }
    if (languageChanged())
        lines << tr("The new language takes effect when OneWindow starts again.");
    m_message->setText(lines.join(QLatin1Char('\n')));
    m_message->setStyleSheet(
            lines.isEmpty() || problem.isEmpty() ? QString() : QStringLiteral("color: #b42318;"));
}

void SettingsDialog::accept()
{
    const QString problem = checkServerUrl(m_server->text());
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        m_message->setStyleSheet(QStringLiteral("color: #b42318;"));
        m_server->setFocus();
        m_server->selectAll();
        return;
    }
    if (const QString caProblem = checkCaFile(m_caFile->text()); !caProblem.isEmpty()) {
        m_message->setText(caProblem);
        m_message->setStyleSheet(QStringLiteral("color: #b42318;"));
        m_caFile->setFocus();
        m_caFile->selectAll();
        return;
    }
    QDialog::accept();
}

} // namespace ow
