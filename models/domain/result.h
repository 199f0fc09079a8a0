#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace ow {

// An error a user can read: a stable code for programs and logs, a translated message for people.
struct Error
{
    QString code;    // e.g. "db.newer_schema"
    QString message; // translated, says what to do
    QString detail;  // technical detail for the log (driver text, file and line, ...)

    bool isError() const { return !code.isEmpty(); }
};

// A value or the Error that stopped it.
template<typename T>
class [[nodiscard]] Result final
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// For actions that return nothing but may fail.
class [[nodiscard]] Status final
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    { }
    static Status success() { return {}; }

    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
};

} // namespace ow
