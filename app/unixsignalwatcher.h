#pragma once

#include <QObject>

#include <initializer_list>

class QSocketNotifier;

namespace hookline {

// Turns SIGTERM/SIGINT (and any other listed signal) into a Qt signal delivered on the event
// loop, through the self-pipe trick: the handler only writes one byte, which is async-signal-safe.
// One instance per process.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignalWatcher(std::initializer_list<int> signalNumbers, QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

Q_SIGNALS:
    void received(int signalNumber);

private:
    void readPending();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace hookline
