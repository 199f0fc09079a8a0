#pragma once

#include "domain/directory.h"

#include <QDialog>
#include <QList>
#include <QString>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ow {

// What a counter's operator may set on a device. The app stores it (app/clientsettings.h).
struct ClientPreferences
{
    QString serverUrl;        // e.g. https://onewindow.example.gov.cn
    QString placeCode;        // the place this device serves; empty: the signed-in user's place
    QString printerName;      // empty: the system's default printer
    QString language;         // "zh_CN" or "en"; empty: follow the system
    int idleLockMinutes = 15; // 0: never lock
    QString caFile;           // PEM of the county's own CA; empty: the system's CAs only

    bool operator==(const ClientPreferences &other) const;
    bool operator!=(const ClientPreferences &other) const { return !(*this == other); }
};

// The settings dialog (设置): server address, the county CA's certificate file, place, printer,
// language, idle lock. Worked from
// the keyboard (Alt+letter per field, Enter confirms, Escape cancels). A server address that is
// not an http(s) URL is refused with the reason. A new language takes effect at the next start.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    SettingsDialog(const QList<Place> &places, const QStringList &printers,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void setPreferences(const ClientPreferences &preferences);
    ClientPreferences preferences() const;
    // True when the language differs from the one given to setPreferences().
    bool languageChanged() const;

    // Empty when text is a usable server address, else what to fix.
    static QString checkServerUrl(const QString &text);
    // Empty when path is empty or a readable file with a PEM certificate, else what to fix.
    static QString checkCaFile(const QString &path);
    static int maxIdleLockMinutes() { return 240; }

    // The choices of each field, shared with the first-run wizard (one wording in one place).
    static void addPlaces(QComboBox *box, const QList<Place> &places);
    static void addPrinters(QComboBox *box, const QStringList &printers);
    static void addLanguages(QComboBox *box);
    static void setUpIdleLock(QSpinBox *box);
    // Selects the item whose data is value; one that is gone stays visible as "not available".
    static void select(QComboBox *box, const QString &value);

    void accept() override;

private:
    void updateState();

    QLineEdit *m_server = nullptr;
    QLineEdit *m_caFile = nullptr;
    QComboBox *m_place = nullptr;
    QComboBox *m_printer = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_idleLock = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_initialLanguage;
};

} // namespace ow
