#pragma once

#include <QList>

#include <array>

namespace hookline {

// The dashboard's last hour of attempts, kept as 60 one-minute buckets. Each bucket counts
// successes and failures and holds a log-scale latency histogram (about 5 % per bin, 1 ms to
// 120 s), so percentiles come out without keeping every sample and memory stays fixed however
// many attempts arrive. Buckets older than an hour drop out as time passes.
class DeliveryStats
{
public:
    static constexpr int minutes = 60;
    static constexpr qint64 minuteMs = 60 * 1000;
    // Bin i >= 1 holds durations in [growth^(i-1), growth^i) ms and bin 0 holds 0 ms; 240 bins
    // reach 1.05^240 ms (about 122 s), and the last one also takes anything longer.
    static constexpr double growth = 1.05;
    static constexpr int binCount = 241;

    struct Minute
    {
        qint64 minuteStartMs = 0;
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

    DeliveryStats();

    void add(qint64 startedMs, qint64 durationMs, bool success);
    void clear();

    // The 60 minutes ending with the one that contains `nowMs`, oldest first.
    QList<Minute> series(qint64 nowMs) const;
    // All of those minutes together.
    Summary summary(qint64 nowMs) const;

    // The bin of a duration and the value a bin stands for (its geometric middle).
    static int binOf(qint64 durationMs);
    static double binValue(int bin);

private:
    struct Bucket
    {
        qint64 minute = -1; // minutes since the epoch; -1: empty
        int delivered = 0;
        int failed = 0;
        QList<quint32> histogram;
    };
    static qint64 minuteOf(qint64 ms);
    // The `fraction` quantile of the merged histograms; 0 when they are empty.
    static double percentile(const QList<const Bucket *> &buckets, double fraction);
    QList<const Bucket *> window(qint64 nowMs) const;

    std::array<Bucket, minutes> m_buckets;
};

} // namespace hookline
