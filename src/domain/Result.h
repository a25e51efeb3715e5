#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace copil::domain {

/// What kind of failure an Error is: what the person is told, and whether trying the
/// same thing again later can help.
enum class Fault {
    None,
    Busy,     ///< another program holds the file: try again in a moment
    Full,     ///< no space left: try again once space is freed
    Io,       ///< the disk refused a read or a write
    ReadOnly, ///< the file or its folder cannot be written
    Corrupt,  ///< the file is damaged
    Invalid,  ///< a rule of the domain refuses the value
    Missing,  ///< the row is not (or no longer) there
    Offline,  ///< the server of a shared workspace cannot be reached: try again once it is back
    Conflict, ///< someone else saved the row since it was read
    Denied,   ///< the server refused: a password is needed, or the role may not do this
    Other,
};

/// Whether trying the same write again later can succeed (locked, full, I/O, a server
/// out of reach).
inline bool isTransient(Fault fault)
{
    return fault == Fault::Busy || fault == Fault::Full || fault == Fault::Io ||
           fault == Fault::Offline;
}

/// An error a person can act on: the message names what failed and where; the fault
/// says what kind of failure it is.
struct Error {
    QString message;
    Fault fault = Fault::Other;
};

/// Either a value or an Error. Never throws; callers check ok() before value().
template <class T> class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error.message)), m_fault(error.fault) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T value() && { return std::move(*m_value); } // by value: safe on temporaries
    const QString& error() const { return m_error; }
    /// Fault::None when ok().
    Fault fault() const { return ok() ? Fault::None : m_fault; }
    /// The error as a value, to pass on.
    Error failure() const { return {m_error, fault()}; }

private:
    std::optional<T> m_value;
    QString m_error;
    Fault m_fault = Fault::None;
};

/// Success or an Error, for operations without a value.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : m_failed(true), m_error(std::move(error.message)), m_fault(error.fault) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }
    /// Fault::None when ok().
    Fault fault() const { return m_failed ? m_fault : Fault::None; }
    /// The error as a value, to pass on.
    Error failure() const { return {m_error, fault()}; }

private:
    bool m_failed = false;
    QString m_error;
    Fault m_fault = Fault::None;
};

} // namespace copil::domain
