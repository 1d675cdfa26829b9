#include "deliverystats.h"

#include <algorithm>
#include <cmath>

namespace hookline {

namespace {

// Floor division: times before 1970 would otherwise share bucket 0.
qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

} // namespace

DeliveryStats::DeliveryStats(Range range, qint64 utcOffsetMs)
    : m_range(range)
    , m_bucketMs(bucketMsOf(range))
    , m_offsetMs(utcOffsetMs)
    , m_slots(bucketCountOf(range))
{
    for (Slot &slot : m_slots)
        slot.histogram.fill(0, binCount);
}

qint64 DeliveryStats::bucketMsOf(Range range)
{
    switch (range) {
    case Range::Minutes15:
    case Range::Hour:
        return minuteMs;
    case Range::Day:
        return 30 * minuteMs;
    case Range::Week:
        return 6 * 60 * minuteMs;
    }
    return minuteMs;
}

int DeliveryStats::bucketCountOf(Range range)
{
    switch (range) {
    case Range::Minutes15:
        return 15;
    case Range::Hour:
        return 60;
    case Range::Day:
        return 48;
    case Range::Week:
        return 28;
    }
    return 60;
}

qint64 DeliveryStats::indexOf(qint64 ms) const
{
    return floorDiv(ms + m_offsetMs, m_bucketMs);
}

qint64 DeliveryStats::bucketStartOf(qint64 ms) const
{
    return indexOf(ms) * m_bucketMs - m_offsetMs;
}

qsizetype DeliveryStats::positionOf(qint64 index) const
{
    const qint64 n = m_slots.size();
    return ((index % n) + n) % n;
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

DeliveryStats::Scale DeliveryStats::niceScale(double largest)
{
    constexpr int intervals = 5;
    largest = std::max(largest, 0.0);
    const double raw = largest / intervals;
    double step = 1; // counts and milliseconds are whole: never a step below 1
    if (raw > 1) {
        const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
        for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
            step = factor * magnitude;
            if (step >= raw)
                break;
        }
    }
    // Strictly above the largest value, so its point is not drawn on the frame.
    const double max = (std::floor(largest / step) + 1) * step;
    return {max, step, int(std::lround(max / step)) + 1};
}

void DeliveryStats::add(qint64 startedMs, qint64 durationMs, bool success, qint64 webhookId)
{
    const qint64 index = indexOf(startedMs);
    Slot &slot = m_slots[positionOf(index)];
    if (slot.index > index)
        return; // older than the range the slot already holds
    if (slot.index < index) {
        slot.index = index;
        slot.counts = {};
        slot.webhooks.clear();
        slot.histogram.fill(0);
    }
    Counts &perWebhook = slot.webhooks[webhookId];
    (success ? slot.counts.delivered : slot.counts.failed) += 1;
    (success ? perWebhook.delivered : perWebhook.failed) += 1;
    slot.histogram[binOf(durationMs)] += 1;
}

QList<const DeliveryStats::Slot *> DeliveryStats::window(qint64 nowMs) const
{
    const qint64 last = indexOf(nowMs);
    QList<const Slot *> slots;
    for (const Slot &slot : m_slots) {
        if (slot.index > last - m_slots.size() && slot.index <= last)
            slots.append(&slot);
    }
    return slots;
}

double DeliveryStats::percentile(const QList<const Slot *> &slots, double fraction)
{
    quint64 total = 0;
    for (const Slot *slot : slots)
        total += quint64(slot->counts.delivered + slot->counts.failed);
    if (total == 0)
        return 0;
    // The nearest-rank definition: the smallest value with at least `fraction` of samples at or
    // below it.
    const auto rank = quint64(std::max(1.0, std::ceil(fraction * double(total))));
    quint64 seen = 0;
    for (int bin = 0; bin < binCount; ++bin) {
        for (const Slot *slot : slots)
            seen += slot->histogram.at(bin);
        if (seen >= rank)
            return binValue(bin);
    }
    return binValue(binCount - 1);
}

QList<DeliveryStats::Bucket> DeliveryStats::series(qint64 nowMs) const
{
    const qint64 last = indexOf(nowMs);
    QList<Bucket> result;
    result.reserve(m_slots.size());
    for (qint64 index = last - m_slots.size() + 1; index <= last; ++index) {
        Bucket b;
        b.startMs = index * m_bucketMs - m_offsetMs;
        const Slot &slot = m_slots.at(positionOf(index));
        if (slot.index == index) {
            b.delivered = slot.counts.delivered;
            b.failed = slot.counts.failed;
            const int attempts = b.delivered + b.failed;
            b.errorRate = attempts > 0 ? double(b.failed) / attempts : 0;
            b.p50 = percentile({&slot}, 0.50);
            b.p99 = percentile({&slot}, 0.99);
        }
        result.append(b);
    }
    return result;
}

DeliveryStats::Summary DeliveryStats::summary(qint64 nowMs) const
{
    const QList<const Slot *> slots = window(nowMs);
    Summary s;
    for (const Slot *slot : slots) {
        s.delivered += slot->counts.delivered;
        s.failed += slot->counts.failed;
    }
    const int attempts = s.delivered + s.failed;
    s.errorRate = attempts > 0 ? double(s.failed) / attempts : 0;
    s.p50 = percentile(slots, 0.50);
    s.p99 = percentile(slots, 0.99);
    return s;
}

QList<DeliveryStats::WebhookCount> DeliveryStats::perWebhook(qint64 nowMs) const
{
    QHash<qint64, Counts> sums;
    for (const Slot *slot : window(nowMs)) {
        for (auto it = slot->webhooks.cbegin(); it != slot->webhooks.cend(); ++it) {
            Counts &sum = sums[it.key()];
            sum.delivered += it->delivered;
            sum.failed += it->failed;
        }
    }
    QList<WebhookCount> result;
    result.reserve(sums.size());
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        result.append({it.key(), it->delivered, it->failed});
    std::sort(result.begin(), result.end(), [](const WebhookCount &a, const WebhookCount &b) {
        const int attemptsA = a.delivered + a.failed;
        const int attemptsB = b.delivered + b.failed;
        return attemptsA != attemptsB ? attemptsA > attemptsB : a.webhookId < b.webhookId;
    });
    return result;
}

} // namespace hookline
