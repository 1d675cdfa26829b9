// The Dashboard against a real workspace: a store, a running engine and real HTTP receivers on
// loopback; DeliveryStats and its axis scale on their own.
#include "support/desktopharness.h"
#include "support/testreceiver.h"

#include "dashboardpage.h"
#include "delivery/clock.h"
#include "deliverystats.h"
#include "store/storeconnection.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QToolTip>
#include <QValueAxis>

using namespace hookline;
using namespace Qt::StringLiterals;
using Range = DeliveryStats::Range;

namespace {

constexpr qint64 hourMs = 60 * DeliveryStats::minuteMs;

bool near(double value, double expected)
{
    return std::abs(value - expected) <= expected * 0.05;
}

// A webhook the engine leaves alone (disabled): its log holds only what a test stores.
qint64 quietWebhook(DesktopHarness &harness, const QString &name)
{
    Webhook w;
    w.name = name;
    w.url = u"http://127.0.0.1:9/hook"_s;
    w.enabled = false;
    qint64 id = 0;
    harness.withStore([&](StoreConnection &store) {
        id = store.webhooks->create(w, harness.instance().clock()->nowMs());
    });
    return id;
}

void storeAttempt(DesktopHarness &harness, qint64 webhookId, qint64 startedMs, bool success)
{
    AttemptRecord r;
    r.webhookId = webhookId;
    r.webhookMessageId = u"msg_%1"_s.arg(startedMs);
    r.started = QDateTime::fromMSecsSinceEpoch(startedMs, Qt::UTC);
    r.durationMs = 100;
    r.url = u"http://127.0.0.1:9/hook"_s;
    r.requestBody = "{}";
    r.success = success;
    r.responseStatus = success ? 200 : 500;
    if (!success)
        r.error = u"HTTP 500 Internal Server Error"_s;
    harness.withStore([&](StoreConnection &store) { store.attempts->add(r); });
}

QChart *chartOf(DashboardPage &page, const QString &name)
{
    return child<QChartView>(&page, name + u"View"_s)->chart();
}

QLineSeries *seriesOf(DashboardPage &page, const QString &chart, const QString &name)
{
    for (QAbstractSeries *series : chartOf(page, chart)->series()) {
        if (series->name() == name)
            return qobject_cast<QLineSeries *>(series);
    }
    qFatal("no series %s in %s", qPrintable(name), qPrintable(chart));
    return nullptr;
}

qint64 spanOf(DashboardPage &page, const QString &chart)
{
    auto *axis = qobject_cast<QDateTimeAxis *>(chartOf(page, chart)->axes(Qt::Horizontal).at(0));
    return axis->max().toMSecsSinceEpoch() - axis->min().toMSecsSinceEpoch();
}

// The x of the bucket that starts at `startMs`: series put their points in the middle.
double middleOf(const DashboardPage &page, qint64 startMs)
{
    return double(startMs) + double(page.stats().bucketMs()) / 2;
}

QString cell(QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

// Degrees between two hues on the colour wheel.
int hueDistance(const QColor &a, const QColor &b)
{
    const int d = std::abs(a.hslHue() - b.hslHue());
    return std::min(d, 360 - d);
}

QPalette paletteOf(const QColor &window, const QColor &base, const QColor &text)
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Text, text);
    return p;
}

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"HooklineTests"_s);
        QCoreApplication::setApplicationName(u"tst_dashboardpage"_s);
    }

    void init() { QSettings().remove(u"dashboard/range"_s); }

    void statsCountAndPercentiles()
    {
        DeliveryStats stats;
        const qint64 t0 = 1'700'000'040'000; // a minute boundary
        QCOMPARE(t0 % DeliveryStats::minuteMs, 0);
        for (int i = 0; i < 90; ++i)
            stats.add(t0 + i * 100, 100, true);
        for (int i = 0; i < 10; ++i)
            stats.add(t0 + 30'000 + i, 1000, false);
        for (int i = 0; i < 5; ++i)
            stats.add(t0 + 2 * DeliveryStats::minuteMs + i, 10, true);

        const qint64 now = t0 + 2 * DeliveryStats::minuteMs + 30'000;
        const QList<DeliveryStats::Bucket> series = stats.series(now);
        QCOMPARE(series.size(), 60);
        QCOMPARE(series.constLast().startMs, t0 + 2 * DeliveryStats::minuteMs);
        QCOMPARE(series.at(59).delivered, 5);
        QCOMPARE(series.at(59).failed, 0);
        QCOMPARE(series.at(58).delivered + series.at(58).failed, 0);
        QCOMPARE(series.at(57).startMs, t0);
        QCOMPARE(series.at(57).delivered, 90);
        QCOMPARE(series.at(57).failed, 10);
        QCOMPARE(series.at(57).errorRate, 0.1);
        QVERIFY2(near(series.at(57).p50, 100), qPrintable(QString::number(series.at(57).p50)));
        QVERIFY2(near(series.at(57).p99, 1000), qPrintable(QString::number(series.at(57).p99)));
        QVERIFY(near(series.at(59).p99, 10));

        const DeliveryStats::Summary hour = stats.summary(now);
        QCOMPARE(hour.delivered, 95);
        QCOMPARE(hour.failed, 10);
        QCOMPARE(hour.errorRate, 10.0 / 105);
        QVERIFY(near(hour.p50, 100));
        QVERIFY(near(hour.p99, 1000));

        // 1..1000 ms once each: the nearest-rank p50 is 500 and p99 990.
        DeliveryStats spread;
        for (int ms = 1; ms <= 1000; ++ms)
            spread.add(t0, ms, true);
        QVERIFY2(near(spread.summary(t0).p50, 500),
                 qPrintable(QString::number(spread.summary(t0).p50)));
        QVERIFY(near(spread.summary(t0).p99, 990));
        QCOMPARE(DeliveryStats().summary(t0).p50, 0.0);
    }

    void statsRollOff()
    {
        DeliveryStats stats;
        const qint64 t0 = 1'700'000'040'000;
        stats.add(t0, 50, true);
        stats.add(t0 + 2 * DeliveryStats::minuteMs, 50, false);
        QCOMPARE(stats.summary(t0 + 59 * DeliveryStats::minuteMs).delivered, 1);
        // An hour on, the first minute has left the window; the third is still in it.
        QCOMPARE(stats.summary(t0 + 60 * DeliveryStats::minuteMs).delivered, 0);
        QCOMPARE(stats.summary(t0 + 60 * DeliveryStats::minuteMs).failed, 1);
        QCOMPARE(stats.summary(t0 + 63 * DeliveryStats::minuteMs).failed, 0);
        // A new minute reuses the slot of the one an hour before it, starting from zero.
        stats.add(t0 + 60 * DeliveryStats::minuteMs, 2000, true);
        const DeliveryStats::Summary later = stats.summary(t0 + 60 * DeliveryStats::minuteMs);
        QCOMPARE(later.delivered, 1);
        QCOMPARE(later.failed, 1);
        QVERIFY(near(later.p99, 2000));
        // A sample older than what its slot holds is too old for the hour.
        stats.add(t0 + 30'000, 50, true);
        QCOMPARE(stats.summary(t0 + 60 * DeliveryStats::minuteMs).delivered, 1);
        QCOMPARE(stats.series(t0 + 60 * DeliveryStats::minuteMs).constFirst().delivered, 0);
    }

    void statsBucketsPerRange()
    {
        const qint64 t0 = 1'700'000'040'000;
        const struct
        {
            Range range;
            qint64 bucketMs;
            int buckets;
        } expected[] = {{Range::Minutes15, DeliveryStats::minuteMs, 15},
                        {Range::Hour, DeliveryStats::minuteMs, 60},
                        {Range::Day, 30 * DeliveryStats::minuteMs, 48},
                        {Range::Week, 6 * hourMs, 28}};
        // India is 5:30 ahead of UTC: its half hours and six-hour buckets start on local time.
        const qint64 offset = 5 * hourMs + 30 * DeliveryStats::minuteMs;
        for (const auto &e : expected) {
            const DeliveryStats stats(e.range, offset);
            QCOMPARE(stats.bucketMs(), e.bucketMs);
            const QList<DeliveryStats::Bucket> series = stats.series(t0);
            QCOMPARE(series.size(), e.buckets);
            QCOMPARE(series.constLast().startMs, stats.bucketStartOf(t0));
            QVERIFY(series.constLast().startMs <= t0);
            QVERIFY(t0 < series.constLast().startMs + e.bucketMs);
            QCOMPARE((series.constFirst().startMs + offset) % e.bucketMs, 0);
            QCOMPARE(series.at(1).startMs - series.at(0).startMs, e.bucketMs);
        }

        // A week counts per webhook, most attempts first; eight days back is out of it.
        DeliveryStats week(Range::Week);
        week.add(t0, 10, true, 1);
        week.add(t0 - 3 * 24 * hourMs, 10, false, 2);
        week.add(t0 - 3 * 24 * hourMs, 10, true, 2);
        week.add(t0 - 8 * 24 * hourMs, 10, true, 1);
        const QList<DeliveryStats::WebhookCount> counts = week.perWebhook(t0);
        QCOMPARE(counts.size(), 2);
        QCOMPARE(counts.at(0).webhookId, 2);
        QCOMPARE(counts.at(0).delivered, 1);
        QCOMPARE(counts.at(0).failed, 1);
        QCOMPARE(counts.at(1).webhookId, 1);
        QCOMPARE(counts.at(1).delivered, 1);
        QCOMPARE(week.summary(t0).delivered, 2);
        // Memory stays fixed: a week is 28 buckets, whatever arrives.
        QCOMPARE(week.bucketCount(), 28);
    }

    void niceScaleGivesDistinctRoundTicks()
    {
        const struct
        {
            double largest;
            double max;
            double step;
        } expected[] = {{0, 1, 1},        {1, 2, 1},         {3, 4, 1},          {57, 60, 20},
                        {946, 1000, 200}, {1785, 2000, 500}, {1234.5, 1500, 500}};
        for (const auto &e : expected) {
            const DeliveryStats::Scale scale = DeliveryStats::niceScale(e.largest);
            QCOMPARE(scale.max, e.max);
            QCOMPARE(scale.step, e.step);
            QVERIFY(scale.max > e.largest);
            QCOMPARE(scale.tickCount, int(e.max / e.step) + 1);
            // Labels as the axis writes them ("%.0f"): whole, distinct, at most seven.
            QSet<QString> labels;
            for (int i = 0; i < scale.tickCount; ++i) {
                const double value = i * scale.max / (scale.tickCount - 1);
                QCOMPARE(value, std::round(value));
                labels.insert(QString::asprintf("%.0f", value));
            }
            QCOMPARE(labels.size(), scale.tickCount);
            QVERIFY(scale.tickCount <= 7);
        }
        // Every step is 1, 2 or 5 × 10^k.
        for (double largest = 0; largest < 100'000; largest = largest * 1.37 + 1) {
            const double step = DeliveryStats::niceScale(largest).step;
            const double magnitude = std::pow(10, std::floor(std::log10(step)));
            const double mantissa = step / magnitude;
            QVERIFY2(mantissa == 1 || mantissa == 2 || mantissa == 5,
                     qPrintable(QString::number(step)));
        }
    }

    // The review's empty hour: a message instead of blank charts, until the first delivery.
    // A dashboard watching counts it live; one opened later reads it from the store.
    void emptyUntilTheFirstDelivery()
    {
        DesktopHarness harness;
        QVERIFY2(harness.ok(), qPrintable(harness.error()));
        TestReceiver receiver;
        DashboardPage live(harness.context());
        live.resize(1000, 700);
        live.show();
        QTRY_VERIFY_WITH_TIMEOUT(live.isLoaded(), 20000);
        auto *message = child<QLabel>(&live, u"emptyMessage"_s);
        auto *volume = child<QChartView>(&live, u"volumeChartView"_s);
        auto *summary = child<QLabel>(&live, u"summaryLabel"_s);
        auto *table = child<QTableWidget>(&live, u"webhookTable"_s);
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(),
                 u"No deliveries in the last hour yet. They appear here as soon as a message is "
                 "sent to a webhook."_s);
        QVERIFY(!volume->isVisible());
        QVERIFY(!summary->isVisible());

        harness.addWebhook(retryingAtOnce(u"Receiver"_s, receiver.url()));
        harness.ingest(u"hello"_s);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.count(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!message->isVisible(), 20000);
        QVERIFY(volume->isVisible());
        QVERIFY(summary->isVisible());
        QVERIFY2(
            summary->text().startsWith(u"Last hour: 1 delivered, 0 failed, error rate 0.0 %"_s),
            qPrintable(summary->text()));
        QTRY_COMPARE_WITH_TIMEOUT(cell(table, 0, 0), u"Receiver"_s, 20000);
        QCOMPARE(cell(table, 0, 1), u"1"_s);
        QCOMPARE(cell(table, 0, 2), u"0"_s);

        DashboardPage later(harness.context());
        later.show();
        QTRY_VERIFY_WITH_TIMEOUT(later.isLoaded(), 20000);
        QVERIFY(child<QLabel>(&later, u"summaryLabel"_s)
                    ->text()
                    .startsWith(u"Last hour: 1 delivered, 0 failed"_s));
        QVERIFY(!child<QLabel>(&later, u"emptyMessage"_s)->isVisible());
        QCOMPARE(later.stats().summary(harness.instance().clock()->nowMs()).delivered, 1);
        QCOMPARE(cell(child<QTableWidget>(&later, u"webhookTable"_s), 0, 0), u"Receiver"_s);
    }

    void coloursFollowThePalette()
    {
        DesktopHarness harness;
        QVERIFY2(harness.ok(), qPrintable(harness.error()));
        DashboardPage page(harness.context());
        const QPalette light = paletteOf(QColor(0xef, 0xef, 0xef), Qt::white, Qt::black);
        const QPalette dark = paletteOf(QColor(0x20, 0x21, 0x24), QColor(0x2b, 0x2c, 0x2f),
                                        QColor(0xe8, 0xea, 0xed));
        QLineSeries *delivered = seriesOf(page, u"volumeChart"_s, u"Delivered"_s);
        QLineSeries *failed = seriesOf(page, u"volumeChart"_s, u"Failed"_s);
        QLineSeries *rate = seriesOf(page, u"errorRateChart"_s, u"Error rate"_s);
        QLineSeries *p50 = seriesOf(page, u"latencyChart"_s, u"p50"_s);
        QLineSeries *p99 = seriesOf(page, u"latencyChart"_s, u"p99"_s);

        QColor failedOnLight;
        for (const QPalette &palette : {light, dark}) {
            page.setPalette(palette);
            const QColor base = palette.color(QPalette::Base);
            const QColor text = palette.color(QPalette::Text);
            // Failures red, deliveries green, the error rate red to orange.
            QVERIFY2(hueDistance(failed->color(), Qt::red) <= 10,
                     qPrintable(failed->color().name()));
            QVERIFY2(hueDistance(delivered->color(), Qt::green) <= 30,
                     qPrintable(delivered->color().name()));
            QVERIFY(rate->color().hslHue() >= 0 && rate->color().hslHue() <= 45);
            QVERIFY(hueDistance(p50->color(), p99->color()) >= 60);
            // Failures also dashed, for readers who do not tell red from green.
            QCOMPARE(failed->pen().style(), Qt::DashLine);
            QCOMPARE(delivered->pen().style(), Qt::SolidLine);
            // Each line stands out from the chart's background, which is the palette's.
            for (QLineSeries *series : {delivered, failed, rate, p50, p99}) {
                QVERIFY2(std::abs(series->color().lightness() - base.lightness()) >= 80,
                         qPrintable(series->name() + u' ' + series->color().name()));
            }
            for (const QString &name : {u"volumeChart"_s, u"errorRateChart"_s, u"latencyChart"_s}) {
                QChart *chart = chartOf(page, name);
                QCOMPARE(chart->backgroundBrush().color(), base);
                QCOMPARE(chart->titleBrush().color(), text);
                QCOMPARE(chart->legend()->labelColor(), text);
                for (QAbstractAxis *axis : chart->axes())
                    QCOMPARE(axis->labelsBrush().color(), text);
            }
            if (palette == light)
                failedOnLight = failed->color();
        }
        QVERIFY(failed->color().lightness() > failedOnLight.lightness());
    }

    void rangeSelectorSetsSpanAndBuckets()
    {
        DesktopHarness harness;
        QVERIFY2(harness.ok(), qPrintable(harness.error()));
        const qint64 webhookId = quietWebhook(harness, u"Quiet"_s);
        const qint64 threeHoursAgo = harness.instance().clock()->nowMs() - 3 * hourMs;
        storeAttempt(harness, webhookId, threeHoursAgo, true);

        DashboardPage page(harness.context());
        page.resize(1000, 700);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 20000);
        auto *selector = child<QComboBox>(&page, u"rangeSelector"_s);
        auto *message = child<QLabel>(&page, u"emptyMessage"_s);
        auto *summary = child<QLabel>(&page, u"summaryLabel"_s);
        auto *retention = child<QLabel>(&page, u"retentionLabel"_s);
        QLineSeries *delivered = seriesOf(page, u"volumeChart"_s, u"Delivered"_s);
        QCOMPARE(page.range(), Range::Hour);
        QCOMPARE(selector->currentData().toInt(), int(Range::Hour));
        QCOMPARE(spanOf(page, u"volumeChart"_s), hourMs);
        QCOMPARE(delivered->count(), 60);
        // Three hours ago is not in the last hour.
        QVERIFY(message->isVisible());

        const struct
        {
            Range range;
            qint64 spanMs;
            int buckets;
            QString setting;
            QString title;
        } ranges[] = {
            {Range::Day, 24 * hourMs, 48, u"24h"_s, u"Last 24 hours"_s},
            {Range::Week, 7 * 24 * hourMs, 28, u"7d"_s, u"Last 7 days"_s},
            {Range::Minutes15, 15 * DeliveryStats::minuteMs, 15, u"15m"_s, u"Last 15 minutes"_s},
        };
        for (const auto &r : ranges) {
            selector->setCurrentIndex(selector->findData(int(r.range)));
            QCOMPARE(page.range(), r.range);
            QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 20000);
            QCOMPARE(delivered->count(), r.buckets);
            for (const QString &chart : {u"volumeChart"_s, u"errorRateChart"_s, u"latencyChart"_s})
                QCOMPARE(spanOf(page, chart), r.spanMs);
            QCOMPARE(QSettings().value(u"dashboard/range"_s).toString(), r.setting);
            const bool holdsTheAttempt = r.range != Range::Minutes15;
            QCOMPARE(message->isVisible(), !holdsTheAttempt);
            if (holdsTheAttempt) {
                QVERIFY2(summary->text().startsWith(r.title + u": 1 delivered, 0 failed"_s),
                         qPrintable(summary->text()));
                // Over a day or a week the log's limit leaves attempts out: the page says so.
                QVERIFY(retention->isVisible());
                QVERIFY2(retention->text().startsWith(u"Counts only the attempts still stored: "
                                                      "each webhook keeps its newest 100 "_s),
                         qPrintable(retention->text()));
            } else {
                QCOMPARE(message->text(),
                         u"No deliveries in the last 15 minutes yet. They appear here as soon as "
                         "a message is sent to a webhook."_s);
            }
        }

        // A dashboard opened later starts with the remembered range.
        selector->setCurrentIndex(selector->findData(int(Range::Day)));
        DashboardPage later(harness.context());
        QCOMPARE(later.range(), Range::Day);
        QCOMPARE(child<QComboBox>(&later, u"rangeSelector"_s)->currentData().toInt(),
                 int(Range::Day));
        QTRY_VERIFY_WITH_TIMEOUT(later.isLoaded(), 20000);
        QCOMPARE(later.stats().summary(harness.instance().clock()->nowMs()).delivered, 1);
    }

    void hoverNamesTimeAndValues()
    {
        DesktopHarness harness;
        QVERIFY2(harness.ok(), qPrintable(harness.error()));
        const qint64 webhookId = quietWebhook(harness, u"Quiet"_s);
        const qint64 now = harness.instance().clock()->nowMs();
        const qint64 minute = (now - 5 * DeliveryStats::minuteMs) / DeliveryStats::minuteMs
            * DeliveryStats::minuteMs;
        storeAttempt(harness, webhookId, minute + 1000, true);
        storeAttempt(harness, webhookId, minute + 2000, true);
        storeAttempt(harness, webhookId, minute + 3000, false);

        DashboardPage page(harness.context());
        page.resize(1000, 700);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 20000);
        const QString time = QLocale().toString(QDateTime::fromMSecsSinceEpoch(minute), u"HH:mm");
        const double x = middleOf(page, minute);

        Q_EMIT seriesOf(page, u"volumeChart"_s, u"Delivered"_s)->hovered({x, 2}, true);
        QTRY_VERIFY_WITH_TIMEOUT(QToolTip::isVisible(), 5000);
        QCOMPARE(QToolTip::text(),
                 time + u" — 2 delivered, 1 failed\nClick to list these attempts."_s);

        // A little off the point on the line still names the nearest bucket with attempts.
        Q_EMIT seriesOf(page, u"errorRateChart"_s, u"Error rate"_s)
            ->hovered({x + 10'000, 33}, true);
        QTRY_VERIFY_WITH_TIMEOUT(
            QToolTip::text().startsWith(time + u" — error rate 33.3 % of 3 attempt"_s), 5000);

        const QString latency
            = QString::number(DeliveryStats::binValue(DeliveryStats::binOf(100)), 'f', 0);
        Q_EMIT seriesOf(page, u"latencyChart"_s, u"p99"_s)->hovered({x, 100}, true);
        QTRY_COMPARE_WITH_TIMEOUT(QToolTip::text(),
                                  time + u" — p50 %1 ms, p99 %1 ms"_s.arg(latency), 5000);

        Q_EMIT seriesOf(page, u"latencyChart"_s, u"p99"_s)->hovered({x, 100}, false);
        QTRY_VERIFY_WITH_TIMEOUT(!QToolTip::isVisible(), 5000);
    }

    void clickChoosesTheBucketSpan()
    {
        DesktopHarness harness;
        QVERIFY2(harness.ok(), qPrintable(harness.error()));
        const qint64 webhookId = quietWebhook(harness, u"Quiet"_s);
        const qint64 started = harness.instance().clock()->nowMs() - 10 * DeliveryStats::minuteMs;
        storeAttempt(harness, webhookId, started, false);
        const qint64 minute = started / DeliveryStats::minuteMs * DeliveryStats::minuteMs;

        DashboardPage page(harness.context());
        page.resize(1000, 700);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 20000);
        QSignalSpy chosen(&page, &DashboardPage::minuteChosen);
        Q_EMIT seriesOf(page, u"volumeChart"_s, u"Failed"_s)->clicked({middleOf(page, minute), 1});
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).toLongLong(), minute);
        QCOMPARE(chosen.at(0).at(1).toLongLong(), minute + DeliveryStats::minuteMs);

        // Over a day a point is a half hour, on the local clock.
        child<QComboBox>(&page, u"rangeSelector"_s)
            ->setCurrentIndex(
                child<QComboBox>(&page, u"rangeSelector"_s)->findData(int(Range::Day)));
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 20000);
        const qint64 halfHour = page.stats().bucketStartOf(started);
        Q_EMIT seriesOf(page, u"volumeChart"_s, u"Delivered"_s)
            ->clicked({middleOf(page, halfHour), 0});
        QCOMPARE(chosen.size(), 2);
        QCOMPARE(chosen.at(1).at(0).toLongLong(), halfHour);
        QCOMPARE(chosen.at(1).at(1).toLongLong(), halfHour + 30 * DeliveryStats::minuteMs);
        QVERIFY(halfHour <= started && started < halfHour + 30 * DeliveryStats::minuteMs);
        const QTime local = QDateTime::fromMSecsSinceEpoch(halfHour).time();
        QCOMPARE(local.minute() % 30, 0);
        QCOMPARE(local.second(), 0);
    }

    void perWebhookCountsAfterRealDeliveries()
    {
        DesktopHarness harness;
        QVERIFY2(harness.ok(), qPrintable(harness.error()));
        TestReceiver good;
        TestReceiver broken;
        broken.answerAll(500);
        harness.addWebhook(retryingAtOnce(u"Good"_s, good.url()));
        Webhook failing = retryingAtOnce(u"Broken"_s, broken.url());
        failing.retryScheduleSeconds = {3600}; // one failure, then quiet for the test
        harness.addWebhook(failing);

        DashboardPage page(harness.context());
        page.resize(1000, 700);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 20000);
        harness.ingest(u"one"_s);
        harness.ingest(u"two"_s, u"+919800000002"_s);
        QTRY_COMPARE_WITH_TIMEOUT(good.count(), 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(broken.count(), 2, 20000);

        auto *table = child<QTableWidget>(&page, u"webhookTable"_s);
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(cell(table, 0, 1), u"2"_s, 20000);
        QCOMPARE(cell(table, 0, 0), u"Good"_s);
        QCOMPARE(cell(table, 0, 2), u"0"_s);
        QCOMPARE(cell(table, 1, 0), u"Broken"_s);
        QCOMPARE(cell(table, 1, 1), u"0"_s);
        QTRY_COMPARE_WITH_TIMEOUT(cell(table, 1, 2), u"2"_s, 20000);
        // A failure count shows in the failures' red.
        QCOMPARE(table->item(1, 2)->foreground().color(),
                 seriesOf(page, u"volumeChart"_s, u"Failed"_s)->color());
        QCOMPARE(table->item(0, 2)->foreground().style(), Qt::NoBrush);
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
