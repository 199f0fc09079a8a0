#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ow {

QStringList Language::available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString Language::resolve(const QString &requested)
{
    if (available().contains(requested))
        return requested;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

bool Language::install(const QString &language)
{
    // Translators live as long as the application; replacing a language removes the old ones.
    static QTranslator *ours = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator *t : {ours, qt}) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    ours = new QTranslator(QCoreApplication::instance());
    qt = new QTranslator(QCoreApplication::instance());
    const bool loaded = ours->load(QStringLiteral(":/i18n/onewindow_") + language);
    if (loaded)
        QCoreApplication::installTranslator(ours);
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    QLocale::setDefault(QLocale(language));
    return loaded;
}

} // namespace ow
