#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ow {

// The server's refusals in the user's language: every error code of a request and every
// rejection code of a pushed mutation (docs/sync-protocol.md) has its own words here; the
// server's English message is kept as the detail. One table for every screen.
class RefusalWording final
{
    Q_DECLARE_TR_FUNCTIONS(RefusalWording)
public:
    // The words for a code (translated); empty for a code this version does not know.
    static QString text(const QString &code);
    // The words, or for an unknown code a sentence naming it.
    static QString reason(const QString &code, const QString &serverMessage);
    // The server's own message, for the detail.
    static QString detail(const QString &code, const QString &serverMessage);
    // Every code with words.
    static QStringList codes();
};

} // namespace ow
