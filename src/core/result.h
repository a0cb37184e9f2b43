#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Ponte {

/** Outcome of an operation that returns nothing: ok, or an error with a user-facing message. */
class [[nodiscard]] Status
{
public:
    static Status ok() { return Status(); }
    static Status error(QString message, QString detail = {}) { return Status(std::move(message), std::move(detail)); }

    bool isOk() const { return !m_failed; }
    explicit operator bool() const { return !m_failed; }
    /** Translated, user-facing explanation. */
    const QString &message() const { return m_message; }
    /** Technical detail (driver message, file path); safe to log, never contains secrets. */
    const QString &detail() const { return m_detail; }

private:
    Status() = default;
    Status(QString message, QString detail)
        : m_failed(true)
        , m_message(std::move(message))
        , m_detail(std::move(detail))
    {
    }
    bool m_failed = false;
    QString m_message;
    QString m_detail;
};

/** A value or a Status error. */
template <typename T>
class [[nodiscard]] Expected
{
public:
    Expected(T value)
        : m_value(std::move(value))
        , m_status(Status::ok())
    {
    }
    Expected(Status error)
        : m_status(std::move(error))
    {
    }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // By value on a temporary, so that `for (x : repository.list().value())` does not iterate a destroyed Expected.
    T value() && { return std::move(*m_value); }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const Status &status() const { return m_status; }
    QString message() const { return m_status.message(); }

private:
    std::optional<T> m_value;
    Status m_status;
};

} // namespace Ponte
