#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QAbstractItemModel;

namespace ow {

// A table as CSV that Excel opens as it is: UTF-8 with a byte-order mark, CRLF line ends, the
// header row first, every field quoted when it holds a comma, a quote or a line break.
class CsvExport final
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)
public:
    static QByteArray toCsv(const QAbstractItemModel &model);
    // With a line before the header row (one field): the practice mark of a device in
    // practice mode (PracticeMark), so that no spreadsheet made from it passes for real figures.
    static QByteArray toCsv(const QAbstractItemModel &model, const QString &firstLine);
    static QByteArray field(const QString &text);
    // Writes the table (with `firstLine` before it when not empty) to the file `path`; an
    // error names the file and the reason.
    static Status save(const QAbstractItemModel &model, const QString &path,
                       const QString &firstLine = {});
};

} // namespace ow
