#include "dashboardpage.h"

#include "delivery/clock.h"
#include "delivery/engine.h"
#include "delivery/enginethread.h"
#include "desktopcontext.h"
#include "store/attemptlog.h"
#include "store/storeconnection.h"
#include "storeworker.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

constexpr qint64 hourMs = 60 * DeliveryStats::minuteMs;

// A value axis from 0 to a little above the largest value, never collapsed to nothing.
void fitValueAxis(QValueAxis *axis, double largest)
{
    axis->setRange(0, std::max(1.0, largest * 1.1));
}

} // namespace

DashboardPage::DashboardPage(DesktopContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"dashboardPage"_s);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Loading the last hour…"));

    m_volume = addChart(tr("Deliveries per minute"), tr("Attempts"), u"volumeChart"_s);
    m_delivered = addSeries(m_volume, tr("Delivered"));
    m_failed = addSeries(m_volume, tr("Failed"));
    m_errors = addChart(tr("Error rate"), tr("%"), u"errorRateChart"_s);
    m_errorRate = addSeries(m_errors, tr("Error rate"));
    m_latency = addChart(tr("Latency"), tr("ms"), u"latencyChart"_s);
    m_p50 = addSeries(m_latency, tr("p50"));
    m_p99 = addSeries(m_latency, tr("p99"));

    auto *grid = new QGridLayout;
    int index = 0;
    for (const Chart *chart : {&m_volume, &m_errors, &m_latency}) {
        auto *view = new QChartView(chart->chart, this);
        view->setObjectName(chart->chart->objectName() + u"View"_s);
        view->setAccessibleName(chart->chart->title());
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(220);
        grid->addWidget(view, index / 2, index % 2);
        ++index;
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(grid, 1);

    // Live results come in bursts; the charts redraw at most once a second.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(1000);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardPage::refresh);
    // The hour rolls on even without traffic: redraw at each minute boundary.
    m_minuteTimer = new QTimer(this);
    m_minuteTimer->setSingleShot(true);
    connect(m_minuteTimer, &QTimer::timeout, this, &DashboardPage::refresh);

    connect(context.engine()->engine(), &Engine::attemptFinished, this, &DashboardPage::record);
    load();
}

DashboardPage::Chart DashboardPage::addChart(const QString &title, const QString &valueTitle,
                                             const QString &objectName)
{
    Chart c;
    c.chart = new QChart;
    c.chart->setObjectName(objectName);
    c.chart->setTitle(title);
    c.chart->setAnimationOptions(QChart::NoAnimation);
    c.chart->legend()->setAlignment(Qt::AlignBottom);
    c.time = new QDateTimeAxis(c.chart);
    c.time->setFormat(u"HH:mm"_s);
    c.time->setTickCount(7);
    c.chart->addAxis(c.time, Qt::AlignBottom);
    c.value = new QValueAxis(c.chart);
    c.value->setTitleText(valueTitle);
    c.value->setLabelFormat(u"%.0f"_s);
    c.chart->addAxis(c.value, Qt::AlignLeft);
    return c;
}

QLineSeries *DashboardPage::addSeries(const Chart &chart, const QString &name)
{
    auto *series = new QLineSeries(chart.chart);
    series->setName(name);
    // A minute with activity between quiet ones is a single point: it must still show.
    series->setPointsVisible(true);
    chart.chart->addSeries(series);
    series->attachAxis(chart.time);
    series->attachAxis(chart.value);
    return series;
}

void DashboardPage::load()
{
    const qint64 since = m_context.clock()->nowMs() - hourMs;
    m_context.store()->run<QList<AttemptSummary>>(
        this, [since](StoreConnection &store) { return store.attempts->since(since); },
        [this](const Outcome<QList<AttemptSummary>> &outcome) {
            if (!outcome.ok()) {
                m_summary->setText(tr("Could not read the last hour: %1").arg(outcome.error));
                return;
            }
            for (const AttemptSummary &a : *outcome.value) {
                m_stats.add(a.started.toMSecsSinceEpoch(), a.durationMs, a.success);
                m_loadedUpToId = std::max(m_loadedUpToId, a.id);
            }
            m_loaded = true;
            // Results reported while the query ran may already be in what it read.
            for (const AttemptRecord &r : std::as_const(m_early))
                record(r);
            m_early.clear();
            refresh();
        });
}

void DashboardPage::record(const AttemptRecord &record)
{
    if (!m_loaded) {
        m_early.append(record);
        return;
    }
    if (record.id <= m_loadedUpToId)
        return;
    m_stats.add(record.started.toMSecsSinceEpoch(), record.durationMs, record.success);
    scheduleRefresh();
}

void DashboardPage::scheduleRefresh()
{
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void DashboardPage::refresh()
{
    m_refreshTimer->stop();
    const qint64 now = m_context.clock()->nowMs();
    const QList<DeliveryStats::Minute> minutes = m_stats.series(now);
    QList<QPointF> delivered, failed, errorRate, p50, p99;
    double mostAttempts = 0;
    double slowest = 0;
    for (const DeliveryStats::Minute &m : minutes) {
        const auto x = double(m.minuteStartMs);
        delivered.append({x, double(m.delivered)});
        failed.append({x, double(m.failed)});
        mostAttempts = std::max({mostAttempts, double(m.delivered), double(m.failed)});
        if (m.delivered + m.failed == 0)
            continue; // no point where nothing happened: a rate or latency of 0 would be false
        errorRate.append({x, m.errorRate * 100});
        p50.append({x, m.p50});
        p99.append({x, m.p99});
        slowest = std::max(slowest, m.p99);
    }
    m_delivered->replace(delivered);
    m_failed->replace(failed);
    m_errorRate->replace(errorRate);
    m_p50->replace(p50);
    m_p99->replace(p99);

    const QDateTime from = QDateTime::fromMSecsSinceEpoch(minutes.constFirst().minuteStartMs);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(minutes.constLast().minuteStartMs
                                                        + DeliveryStats::minuteMs);
    for (const Chart *chart : {&m_volume, &m_errors, &m_latency})
        chart->time->setRange(from, to);
    fitValueAxis(m_volume.value, mostAttempts);
    m_errors.value->setRange(0, 100);
    fitValueAxis(m_latency.value, slowest);

    const DeliveryStats::Summary s = m_stats.summary(now);
    const QLocale locale;
    if (s.delivered + s.failed == 0) {
        m_summary->setText(tr("Last hour: no attempts."));
    } else {
        m_summary->setText(
            tr("Last hour: %1 delivered, %2 failed, error rate %3 %, p50 %4 ms, p99 %5 ms")
                .arg(locale.toString(s.delivered), locale.toString(s.failed),
                     locale.toString(s.errorRate * 100, 'f', 1), locale.toString(s.p50, 'f', 0),
                     locale.toString(s.p99, 'f', 0)));
    }

    m_minuteTimer->start(int(DeliveryStats::minuteMs - now % DeliveryStats::minuteMs) + 50);
    Q_EMIT refreshed();
}

} // namespace hookline
