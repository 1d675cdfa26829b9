#pragma once

#include <QString>

#include <stdexcept>

namespace hookline {

// Thrown by the store when SQL or the file system fails. Callers at the edges (command line,
// server handlers, engine loop) catch it and show `message()`; inside the store it unwinds the
// open transaction so nothing is half-written.
class StoreError : public std::runtime_error
{
public:
    // DiskFull: nothing more can be written until space is freed; the API answers 507 for it.
    // Busy: another connection held the database too long; trying again later will do.
    enum class Kind { Failure, DiskFull, Busy };

    explicit StoreError(const QString &message, Kind kind = Kind::Failure)
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_kind(kind)
    {
    }

    QString message() const { return m_message; }
    bool diskFull() const { return m_kind == Kind::DiskFull; }
    // Whether the same statement can succeed later without anyone changing the data.
    bool transient() const { return m_kind != Kind::Failure; }

private:
    QString m_message;
    Kind m_kind;
};

} // namespace hookline
