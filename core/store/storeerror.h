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
    enum class Kind { Failure, DiskFull };

    explicit StoreError(const QString &message, Kind kind = Kind::Failure)
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_kind(kind)
    {
    }

    QString message() const { return m_message; }
    bool diskFull() const { return m_kind == Kind::DiskFull; }

private:
    QString m_message;
    Kind m_kind;
};

} // namespace hookline
