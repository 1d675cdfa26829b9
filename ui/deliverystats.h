#pragma once

#include <QHash>
#include <QList>

#include <limits>

namespace hookline {

// The dashboard's attempts over one range (15 minutes, an hour, a day, a week), kept as a fixed
// number of time buckets. Each bucket counts successes and failures, per webhook too, and holds a
// log-scale latency histogram (about 5 % per bin, 1 ms to 120 s), so percentiles come out without
// keeping every sample and memory stays fixed however many attempts arrive. Buckets older than
// the range drop out as time passes.
class DeliveryStats
{
public:
    enum class Range { Minutes15, Hour, Day, Week };
    static constexpr Range ranges[] = {Range::Minutes15, Range::Hour, Range::Day, Range::Week};

    static constexpr qint64 minuteMs = 60 * 1000;
    // Bin i >= 1 holds durations in [growth^(i-1), growth^i) ms and bin 0 holds 0 ms; 240 bins
    // reach 1.05^240 ms (about 122 s), and the last one also takes anything longer.
    static constexpr double growth = 1.05;
    static constexpr int binCount = 241;

    struct Bucket
    {
        qint64 startMs = 0;
        int delivered = 0;
        int failed = 0;
        double errorRate = 0; // failed / attempts, 0..1; 0 without attempts
        double p50 = 0; // ms; 0 without attempts
        double p99 = 0;
    };
    struct Summary
    {
        int delivered = 0;
        int failed = 0;
        double errorRate = 0;
        double p50 = 0;
        double p99 = 0;
    };
    struct WebhookCount
    {
        qint64 webhookId = 0;
        int delivered = 0;
        int failed = 0;
    };
    // A value axis from 0 to `max` in `tickCount - 1` steps of `step`, each 1, 2 or 5 × 10^k.
    struct Scale
    {
        double max = 1;
        double step = 1;
        int tickCount = 2;
    };

    // `utcOffsetMs` aligns buckets to local time: a day's half hours and a week's six-hour
    // buckets start at :00/:30 and 00:00/06:00/… where the reader lives.
    explicit DeliveryStats(Range range = Range::Hour, qint64 utcOffsetMs = 0);

    // 15 minutes and an hour by the minute; a day by the half hour; a week by six hours.
    static qint64 bucketMsOf(Range range);
    static int bucketCountOf(Range range);

    Range range() const { return m_range; }
    qint64 bucketMs() const { return m_bucketMs; }
    int bucketCount() const { return int(m_slots.size()); }
    // The start of the bucket that contains `ms`.
    qint64 bucketStartOf(qint64 ms) const;

    void add(qint64 startedMs, qint64 durationMs, bool success, qint64 webhookId = 0);

    // The bucketCount() buckets ending with the one that contains `nowMs`, oldest first.
    QList<Bucket> series(qint64 nowMs) const;
    // All of those buckets together.
    Summary summary(qint64 nowMs) const;
    // Those buckets' attempts per webhook, most attempts first.
    QList<WebhookCount> perWebhook(qint64 nowMs) const;

    // Round ticks for values from 0 to `largest`, about five of them, the top above `largest`:
    // whole numbers never repeat a label ("0, 0, 1, 1, 1").
    static Scale niceScale(double largest);

    // The bin of a duration and the value a bin stands for (its geometric middle).
    static int binOf(qint64 durationMs);
    static double binValue(int bin);

private:
    struct Counts
    {
        int delivered = 0;
        int failed = 0;
    };
    struct Slot
    {
        qint64 index = std::numeric_limits<qint64>::min(); // buckets since the epoch; min: empty
        Counts counts;
        QHash<qint64, Counts> webhooks;
        QList<quint32> histogram;
    };
    qint64 indexOf(qint64 ms) const;
    qsizetype positionOf(qint64 index) const; // in m_slots
    // The `fraction` quantile of the merged histograms; 0 when they are empty.
    static double percentile(const QList<const Slot *> &slots, double fraction);
    QList<const Slot *> window(qint64 nowMs) const;

    Range m_range;
    qint64 m_bucketMs;
    qint64 m_offsetMs;
    QList<Slot> m_slots;
};

} // namespace hookline
