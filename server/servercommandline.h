#pragma once

#include "serverconfig.h"

#include <QStringList>

namespace ow {

// Reads `onewindow-server <command> [options]` into a ServerConfig. Messages are for operators,
// in English.
class ServerCommandLine final
{
public:
    struct Outcome
    {
        enum class Action {
            Run,        // config is complete
            ShowText,   // --help or --version: print text to stdout, exit 0
            UsageError, // print text to stderr, exit 2
        };
        Action action = Action::UsageError;
        ServerConfig config;
        QString text;
    };

    // arguments as QCoreApplication::arguments(): the program name first.
    static Outcome parse(const QStringList &arguments);
    static QString overview(); // the top-level --help text
};

} // namespace ow
