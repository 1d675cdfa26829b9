#include "deliverystats.h"

#include <cmath>

namespace hookline {

DeliveryStats::DeliveryStats()
{
    clear();
}

void DeliveryStats::clear()
{
    for (Bucket &bucket : m_buckets) {
        bucket.minute = -1;
        bucket.delivered = 0;
        bucket.failed = 0;
        bucket.histogram.fill(0, binCount);
    }
}

qint64 DeliveryStats::minuteOf(qint64 ms)
{
    // Floor division: times before 1970 would otherwise share minute 0.
    return ms >= 0 ? ms / minuteMs : -((-ms + minuteMs - 1) / minuteMs);
}

int DeliveryStats::binOf(qint64 durationMs)
{
    if (durationMs < 1)
        return 0;
    const int bin = int(std::floor(std::log(double(durationMs)) / std::log(growth))) + 1;
    return qMin(bin, binCount - 1);
}

double DeliveryStats::binValue(int bin)
{
    if (bin <= 0)
        return 0;
    return std::pow(growth, bin - 0.5);
}

void DeliveryStats::add(qint64 startedMs, qint64 durationMs, bool success)
{
    const qint64 minute = minuteOf(startedMs);
    Bucket &bucket = m_buckets[std::size_t(((minute % minutes) + minutes) % minutes)];
    if (bucket.minute > minute)
        return; // more than an hour older than what the slot already holds
    if (bucket.minute < minute) {
        bucket.minute = minute;
        bucket.delivered = 0;
        bucket.failed = 0;
        bucket.histogram.fill(0);
    }
    (success ? bucket.delivered : bucket.failed) += 1;
    bucket.histogram[binOf(durationMs)] += 1;
}

QList<const DeliveryStats::Bucket *> DeliveryStats::window(qint64 nowMs) const
{
    const qint64 last = minuteOf(nowMs);
    QList<const Bucket *> buckets;
    for (const Bucket &bucket : m_buckets) {
        if (bucket.minute > last - minutes && bucket.minute <= last)
            buckets.append(&bucket);
    }
    return buckets;
}

double DeliveryStats::percentile(const QList<const Bucket *> &buckets, double fraction)
{
    quint64 total = 0;
    for (const Bucket *bucket : buckets)
        total += quint64(bucket->delivered + bucket->failed);
    if (total == 0)
        return 0;
    // The nearest-rank definition: the smallest value with at least `fraction` of samples at or
    // below it.
    const auto rank = quint64(std::max(1.0, std::ceil(fraction * double(total))));
    quint64 seen = 0;
    for (int bin = 0; bin < binCount; ++bin) {
        for (const Bucket *bucket : buckets)
            seen += bucket->histogram.at(bin);
        if (seen >= rank)
            return binValue(bin);
    }
    return binValue(binCount - 1);
}

QList<DeliveryStats::Minute> DeliveryStats::series(qint64 nowMs) const
{
    const qint64 last = minuteOf(nowMs);
    QList<Minute> result;
    result.reserve(minutes);
    for (qint64 minute = last - minutes + 1; minute <= last; ++minute) {
        Minute m;
        m.minuteStartMs = minute * minuteMs;
        const Bucket &bucket = m_buckets[std::size_t(((minute % minutes) + minutes) % minutes)];
        if (bucket.minute == minute) {
            m.delivered = bucket.delivered;
            m.failed = bucket.failed;
            const int attempts = m.delivered + m.failed;
            m.errorRate = attempts > 0 ? double(m.failed) / attempts : 0;
            m.p50 = percentile({&bucket}, 0.50);
            m.p99 = percentile({&bucket}, 0.99);
        }
        result.append(m);
    }
    return result;
}

DeliveryStats::Summary DeliveryStats::summary(qint64 nowMs) const
{
    const QList<const Bucket *> buckets = window(nowMs);
    Summary s;
    for (const Bucket *bucket : buckets) {
        s.delivered += bucket->delivered;
        s.failed += bucket->failed;
    }
    const int attempts = s.delivered + s.failed;
    s.errorRate = attempts > 0 ? double(s.failed) / attempts : 0;
    s.p50 = percentile(buckets, 0.50);
    s.p99 = percentile(buckets, 0.99);
    return s;
}

} // namespace hookline
