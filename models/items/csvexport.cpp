#include "csvexport.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QString>

namespace ow {

QByteArray CsvExport::field(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n')
        || bytes.contains('\r')) {
        bytes.replace('"', "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

QByteArray CsvExport::toCsv(const QAbstractItemModel &model)
{
    return toCsv(model, QString());
}

QByteArray CsvExport::toCsv(const QAbstractItemModel &model, const QString &firstLine)
{
    QByteArray out("\xEF\xBB\xBF");
    if (!firstLine.isEmpty())
        out += field(firstLine) + "\r\n";
    const int columns = model.columnCount();
    for (int c = 0; c < columns; ++c) {
        if (c > 0)
            out += ',';
        out += field(model.headerData(c, Qt::Horizontal).toString());
    }
    out += "\r\n";
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                out += ',';
            out += field(model.index(r, c).data().toString());
        }
        out += "\r\n";
    }
    return out;
}

Status CsvExport::save(const QAbstractItemModel &model, const QString &path,
                       const QString &firstLine)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(firstLine.isEmpty() ? toCsv(model) : toCsv(model, firstLine)) < 0
        || !file.flush())
        return Error{QStringLiteral("csv.write"),
                     tr("Cannot write %1: %2").arg(path, file.errorString()), path};
    return Status::success();
}

} // namespace ow
