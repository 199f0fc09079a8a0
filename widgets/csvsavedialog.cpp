#include "csvsavedialog.h"

#include <QFileDialog>

namespace ow {

QString CsvSaveDialog::run(QWidget *parent, const QString &title, const QString &suggestedName,
                           const std::function<Status(const QString &path)> &save)
{
    const QString path
            = QFileDialog::getSaveFileName(parent, title, suggestedName, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return {};
    const Status saved = save(path);
    return saved ? tr("Saved %1.").arg(path) : saved.error().message;
}

} // namespace ow
