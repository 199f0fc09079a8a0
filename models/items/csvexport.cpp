#include "csvexport.h"

#include <QAbstractItemModel>
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

} // namespace ow
