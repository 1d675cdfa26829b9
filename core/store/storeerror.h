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
    explicit StoreError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }

    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace hookline
