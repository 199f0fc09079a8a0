#include "pgstatement.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <cmath>
#include <libpq-fe.h>

namespace ow::pgstatement {

QByteArray positionalToNumbered(const QString &sql, int *count)
{
    // QSqlResultPrivate::positionalToNamedBinding for QPSQL: quotes are ', " and `.
    QString out;
    out.reserve(sql.size() + 16);
    QChar closingQuote;
    int n = 0;
    for (const QChar ch : sql) {
        if (!closingQuote.isNull()) {
            if (ch == closingQuote)
                closingQuote = QChar();
            out += ch;
        } else if (ch == QLatin1Char('?')) {
            out += QLatin1Char('$') + QString::number(++n);
        } else {
            if (ch == QLatin1Char('\'') || ch == QLatin1Char('"') || ch == QLatin1Char('`'))
                closingQuote = ch;
            out += ch;
        }
    }
    if (count)
        *count = n;
    return out.toUtf8();
}

QString textArray(const QStringList &values)
{
    QString out;
    out.reserve(values.size() * 40 + 2);
    out += QLatin1Char('{');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += QLatin1Char('"');
        for (const QChar ch : values[i]) {
            if (ch == QLatin1Char('\\') || ch == QLatin1Char('"'))
                out += QLatin1Char('\\');
            out += ch;
        }
        out += QLatin1Char('"');
    }
    out += QLatin1Char('}');
    return out;
}

bool toText(const QVariant &value, QByteArray *text)
{
    if (value.isNull())
        return false;
    switch (value.typeId()) {
    case QMetaType::QString: {
        const auto *s = static_cast<const QString *>(value.constData());
        if (s->isNull())
            return false;
        *text = s->toUtf8();
        return true;
    }
    case QMetaType::QByteArray: {
        const auto *bytes = static_cast<const QByteArray *>(value.constData());
        if (bytes->isNull())
            return false;
        *text = QByteArrayLiteral("\\x") + bytes->toHex();
        return true;
    }
    case QMetaType::Bool:
        *text = value.toBool() ? QByteArrayLiteral("1") : QByteArrayLiteral("0");
        return true;
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::Long:
    case QMetaType::LongLong:
        *text = QByteArray::number(value.toLongLong());
        return true;
    case QMetaType::UInt:
    case QMetaType::UShort:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        *text = QByteArray::number(value.toULongLong());
        return true;
    case QMetaType::Float:
    case QMetaType::Double: {
        const double d = value.toDouble();
        if (std::isnan(d))
            *text = QByteArrayLiteral("NaN");
        else if (std::isinf(d))
            *text = d > 0 ? QByteArrayLiteral("Infinity") : QByteArrayLiteral("-Infinity");
        else
            *text = QByteArray::number(d, 'g', 17);
        return true;
    }
    case QMetaType::QDateTime: {
        const QDateTime dt = value.toDateTime();
        if (!dt.isValid())
            return false;
        *text = dt.toString(Qt::ISODateWithMs).toUtf8();
        return true;
    }
    case QMetaType::QDate: {
        const QDate d = value.toDate();
        if (!d.isValid())
            return false;
        *text = d.toString(Qt::ISODate).toUtf8();
        return true;
    }
    case QMetaType::QTime: {
        const QTime t = value.toTime();
        if (!t.isValid())
            return false;
        *text = t.toString(QStringLiteral("hh:mm:ss.zzz")).toUtf8();
        return true;
    }
    default:
        *text = value.toString().toUtf8();
        return true;
    }
}

namespace {
// pg_type.h
enum : Oid {
    BoolOid = 16,
    ByteaOid = 17,
    Int8Oid = 20,
    Int2Oid = 21,
    Int4Oid = 23,
    OidOid = 26,
    Float4Oid = 700,
    Float8Oid = 701,
    DateOid = 1082,
    TimeOid = 1083,
    TimestampOid = 1114,
    TimestampTzOid = 1184,
    NumericOid = 1700,
};
} // namespace

QVariant fromText(const pg_result *result, int row, int column)
{
    if (PQgetisnull(result, row, column))
        return {};
    const char *text = PQgetvalue(result, row, column);
    const int length = PQgetlength(result, row, column);
    switch (PQftype(result, column)) {
    case BoolOid:
        return text[0] == 't';
    case Int8Oid:
        return qint64(QByteArray::fromRawData(text, length).toLongLong());
    case Int2Oid:
    case Int4Oid:
        return QByteArray::fromRawData(text, length).toInt();
    case OidOid:
        return QByteArray::fromRawData(text, length).toUInt();
    case Float4Oid:
    case Float8Oid:
    case NumericOid:
        return QByteArray::fromRawData(text, length).toDouble();
    case ByteaOid: {
        size_t size = 0;
        unsigned char *bytes
                = PQunescapeBytea(reinterpret_cast<const unsigned char *>(text), &size);
        if (!bytes)
            return QByteArray();
        QByteArray out(reinterpret_cast<const char *>(bytes), qsizetype(size));
        PQfreemem(bytes);
        return out;
    }
    case DateOid:
        return QDate::fromString(QString::fromLatin1(text, length), Qt::ISODate);
    case TimeOid:
        return QTime::fromString(QString::fromLatin1(text, length), Qt::ISODateWithMs);
    case TimestampOid:
    case TimestampTzOid: {
        QString s = QString::fromLatin1(text, length);
        s.replace(QLatin1Char(' '), QLatin1Char('T'));
        if (s.endsWith(QLatin1String("+00")))
            s.replace(s.size() - 3, 3, QStringLiteral("Z"));
        return QDateTime::fromString(s, Qt::ISODateWithMs);
    }
    default:
        return QString::fromUtf8(text, length);
    }
}

} // namespace ow::pgstatement
