#pragma once

#include <QDateTime>
#include <QObject>

namespace hookline {

// The engine's notion of "now". Bundle windows span hours and backoff spans minutes: tests and
// benchmarks swap in a ManualClock and move time forward instead of sleeping.
class Clock : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual qint64 nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }

Q_SIGNALS:
    // Time moved by other means than its normal flow: anything waiting on it must re-check.
    void jumped();
};

class SystemClock : public Clock
{
    Q_OBJECT
public:
    using Clock::Clock;
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

// Time that moves only when told. Thread-safe: tests advance it from their own thread while
// the engine reads it from its thread.
class ManualClock : public Clock
{
    Q_OBJECT
public:
    explicit ManualClock(const QDateTime &start, QObject *parent = nullptr);
    qint64 nowMs() const override { return m_nowMs.loadAcquire(); }
    void setNow(const QDateTime &time);
    void advanceMs(qint64 ms);

private:
    QAtomicInteger<qint64> m_nowMs;
};

} // namespace hookline
