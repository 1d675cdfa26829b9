#include "clock.h"

namespace hookline {

ManualClock::ManualClock(const QDateTime &start, QObject *parent)
    : Clock(parent)
    , m_nowMs(start.toMSecsSinceEpoch())
{
}

void ManualClock::setNow(const QDateTime &time)
{
    m_nowMs.storeRelease(time.toMSecsSinceEpoch());
    Q_EMIT jumped();
}

void ManualClock::advanceMs(qint64 ms)
{
    m_nowMs.fetchAndAddOrdered(ms);
    Q_EMIT jumped();
}

} // namespace hookline
