#pragma once

#include "domain/attemptrecord.h"

#include <QList>

#include <optional>

namespace hookline {

// After a failed attempt the webhook waits before its next one. The n-th consecutive error
// waits schedule[n-1] seconds (the last entry repeats), with ±20 % jitter so that many
// Hookline instances do not hammer a recovering receiver in lockstep.
namespace RetryPolicy {

// `unitRandom` in [0, 1): 0.5 gives the schedule's exact value.
qint64 backoffMs(const QList<int> &scheduleSeconds, int consecutiveErrors, double unitRandom);
qint64 backoffMs(const QList<int> &scheduleSeconds, int consecutiveErrors);

// A receiver that answers 429 (or 503) with Retry-After says when to come back: delta-seconds
// or an HTTP date, at most maxRetryAfterSeconds ahead (a longer wait is a receiver's mistake,
// and the webhook is paused meanwhile). Nothing for another status or an unreadable value.
constexpr int maxRetryAfterSeconds = 3600;
std::optional<qint64> retryAfterMs(const AttemptRecord &record, qint64 nowMs);

// A 429 with Retry-After is the receiver pacing us, not failing: it does not count towards the
// automatic disable, for this many in a row; a receiver that never stops asking does count.
constexpr int maxUncountedThrottles = 20;

} // namespace RetryPolicy

} // namespace hookline
