#pragma once

#include <QByteArray>

class QAbstractItemModel;

namespace ow {

// A table as CSV that Excel opens as it is: UTF-8 with a byte-order mark, CRLF line ends, the
// header row first, every field quoted when it holds a comma, a quote or a line break.
class CsvExport final
{
public:
    static QByteArray toCsv(const QAbstractItemModel &model);
    static QByteArray field(const QString &text);
};

} // namespace ow
