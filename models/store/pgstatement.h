#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

struct pg_result;

// What PreparedStatement needs to run statements through libpq as Qt's QPSQL driver runs them:
// the same placeholders, the same text for each bound value, the same types read back.
namespace ow::pgstatement {

// `?` placeholders as PostgreSQL's $1, $2, … (none inside quotes), as QPSQL rewrites them;
// `count` (optional) receives how many there are.
QByteArray positionalToNumbered(const QString &sql, int *count = nullptr);

// The strings as a PostgreSQL text[] literal ({"a","b"}), to bind for `?::text[]` (ANY(?),
// unnest(?)): a whole list in one parameter.
QString textArray(const QStringList &values);

// A bound value as the text PostgreSQL reads for a parameter of unknown type; false for NULL
// (a null QVariant, a null QString or QByteArray, …), as QPSQL binds them.
bool toText(const QVariant &value, QByteArray *text);

// A field of a result row as QPSQL reads it by the column's type (BIGINT: qint64, INTEGER: int,
// BOOLEAN: bool, BYTEA: QByteArray, REAL/DOUBLE/NUMERIC: double, TEXT and others: QString).
QVariant fromText(const pg_result *result, int row, int column);

} // namespace ow::pgstatement
