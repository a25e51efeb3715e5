#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace copil::domain {

/// An error a person can act on: the message names what failed and where.
struct Error {
    QString message;
};

/// Either a value or an Error. Never throws; callers check ok() before value().
template <class T> class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error.message)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T value() && { return std::move(*m_value); } // by value: safe on temporaries
    const QString& error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

/// Success or an Error, for operations without a value.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : m_failed(true), m_error(std::move(error.message)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

} // namespace copil::domain
