#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace ow {

// A value, or the translated message that says why there is none. [[nodiscard]]: a caller that
// drops the result (and with it a "no data for 2031" error) does not compile with -Werror.
template<typename T>
class [[nodiscard]] CalendarResult final
{
public:
    static CalendarResult success(T value)
    {
        CalendarResult result;
        result.m_value = std::move(value);
        return result;
    }
    static CalendarResult failure(QString message)
    {
        CalendarResult result;
        result.m_error = std::move(message);
        return result;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    const QString &error() const { return m_error; } // empty when ok()

private:
    CalendarResult() = default;
    std::optional<T> m_value;
    QString m_error;
};

} // namespace ow
