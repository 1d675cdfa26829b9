#pragma once

#include <QList>

namespace hookline {

// After a failed attempt the webhook waits before its next one. The n-th consecutive error
// waits schedule[n-1] seconds (the last entry repeats), with ±20 % jitter so that many
// Hookline instances do not hammer a recovering receiver in lockstep.
namespace RetryPolicy {

// `unitRandom` in [0, 1): 0.5 gives the schedule's exact value.
qint64 backoffMs(const QList<int> &scheduleSeconds, int consecutiveErrors, double unitRandom);
qint64 backoffMs(const QList<int> &scheduleSeconds, int consecutiveErrors);

} // namespace RetryPolicy

} // namespace hookline
