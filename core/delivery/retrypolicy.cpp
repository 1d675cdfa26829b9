#include "retrypolicy.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

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

std::optional<qint64> RetryPolicy::retryAfterMs(const AttemptRecord &record, qint64 nowMs)
{
    if (record.responseStatus != 429 && record.responseStatus != 503)
        return std::nullopt;
    const QByteArray value = headerValue(record.responseHeaders, "Retry-After").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    qint64 ms = 0;
    if (value.size() <= 9
        && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        ms = value.toLongLong() * 1000;
    } else {
        // RFC 9110's IMF-fixdate, the only date form a sender may still produce.
        QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(value),
                                               QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (!at.isValid())
            return std::nullopt;
        at.setTimeZone(QTimeZone::utc());
        ms = std::max<qint64>(0, at.toMSecsSinceEpoch() - nowMs);
    }
    return std::min<qint64>(ms, qint64(maxRetryAfterSeconds) * 1000);
}

} // namespace hookline
