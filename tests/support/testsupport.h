#pragma once

// Include this instead of <catch2/catch.hpp>: it teaches Catch2 to print Qt types.
#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template<>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &value) { return '"' + value.toStdString() + '"'; }
};
template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        return '[' + value.join(QStringLiteral(", ")).toStdString() + ']';
    }
};
template<>
struct StringMaker<QDate>
{
    static std::string convert(const QDate &value)
    {
        return value.isValid() ? value.toString(Qt::ISODate).toStdString()
                               : std::string("<invalid date>");
    }
};
} // namespace Catch
