#include "retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace hookline {

qint64 RetryPolicy::backoffMs(const QList<int> &scheduleSeconds, int consecutiveErrors,
                              double unitRandom)
{
    if (scheduleSeconds.isEmpty() || consecutiveErrors <= 0)
        return 0;
    const qsizetype index = std::min<qsizetype>(consecutiveErrors - 1, scheduleSeconds.size() - 1);
    const double base = scheduleSeconds.at(index) * 1000.0;
    return qint64(base * (0.8 + 0.4 * unitRandom));
}

qint64 RetryPolicy::backoffMs(const QList<int> &scheduleSeconds, int consecutiveErrors)
{
    return backoffMs(scheduleSeconds, consecutiveErrors,
                     QRandomGenerator::global()->generateDouble());
}

} // namespace hookline
