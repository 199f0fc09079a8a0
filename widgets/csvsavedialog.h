#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace ow {

// "Export as CSV" as every table screen offers it: asks where to save (suggesting
// `suggestedName`), lets `save` write the file, and returns the status-bar line that says
// where it went or why it did not (empty when the user cancelled).
class CsvSaveDialog final
{
    Q_DECLARE_TR_FUNCTIONS(CsvSaveDialog)
public:
    static QString run(QWidget *parent, const QString &title, const QString &suggestedName,
                       const std::function<Status(const QString &path)> &save);
};

} // namespace ow
