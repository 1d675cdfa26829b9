#include "dashboardpage.h"

#include "feedbacklabel.h"

#include "delivery/clock.h"
#include "delivery/engine.h"
#include "delivery/enginethread.h"
#include "desktopcontext.h"
#include "store/storeconnection.h"
#include "store/webhookstore.h"
#include "storeworker.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QSettings>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

using Range = DeliveryStats::Range;

const QString rangeKey = u"dashboard/range"_s;

// How the range is remembered in QSettings.
QString rangeSetting(Range range)
{
    switch (range) {
    case Range::Minutes15:
        return u"15m"_s;
    case Range::Hour:
        return u"1h"_s;
    case Range::Day:
        return u"24h"_s;
    case Range::Week:
        return u"7d"_s;
    }
    return u"1h"_s;
}

Range rangeFromSetting(const QString &setting)
{
    for (const Range range : DeliveryStats::ranges) {
        if (rangeSetting(range) == setting)
            return range;
    }
    return Range::Hour;
}

qint64 utcOffsetMs()
{
    return qint64(QDateTime::currentDateTime().offsetFromUtc()) * 1000;
}

enum class Tone { Delivered, Failed, ErrorRate, P50, P99 };

// QPalette has no red or green: fixed hues, their lightness chosen for the window behind them so
// they stay readable on a dark theme too.
QColor toneColour(Tone tone, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness()
        < palette.color(QPalette::WindowText).lightness();
    switch (tone) {
    case Tone::Delivered:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case Tone::Failed:
        return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    case Tone::ErrorRate:
        return dark ? QColor(0xff, 0xa7, 0x26) : QColor(0xe6, 0x51, 0x00);
    case Tone::P50:
        return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    case Tone::P99:
        return dark ? QColor(0xce, 0x93, 0xd8) : QColor(0x6a, 0x1b, 0x9a);
    }
    return palette.color(QPalette::Text);
}

QColor mix(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * share),
                            float(a.greenF() + (b.greenF() - a.greenF()) * share),
                            float(a.blueF() + (b.blueF() - a.blueF()) * share));
}

void applyScale(QValueAxis *axis, const DeliveryStats::Scale &scale)
{
    axis->setRange(0, scale.max);
    axis->setTickCount(scale.tickCount);
}

// The worse line of a pair (failed, p99) is dashed, for readers who cannot tell the colours apart.
void setTone(QLineSeries *series, Tone tone, const QPalette &palette)
{
    const bool worse = tone == Tone::Failed || tone == Tone::P99;
    series->setPen(QPen(toneColour(tone, palette), 2, worse ? Qt::DashLine : Qt::SolidLine));
}

} // namespace

DashboardPage::DashboardPage(DesktopContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_stats(rangeFromSetting(QSettings().value(rangeKey).toString()), utcOffsetMs())
{
    setObjectName(u"dashboardPage"_s);

    m_rangeSelector = new QComboBox(this);
    m_rangeSelector->setObjectName(u"rangeSelector"_s);
    m_rangeSelector->setAccessibleName(tr("Time range"));
    m_rangeSelector->addItem(tr("Last 15 minutes"), int(Range::Minutes15));
    m_rangeSelector->addItem(tr("Last hour"), int(Range::Hour));
    m_rangeSelector->addItem(tr("Last 24 hours"), int(Range::Day));
    m_rangeSelector->addItem(tr("Last 7 days"), int(Range::Week));
    m_rangeSelector->setCurrentIndex(m_rangeSelector->findData(int(m_stats.range())));
    connect(m_rangeSelector, &QComboBox::currentIndexChanged, this,
            [this] { setRange(Range(m_rangeSelector->currentData().toInt())); });

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_retention = new QLabel(this);
    m_retention->setObjectName(u"retentionLabel"_s);
    m_retention->setTextFormat(Qt::PlainText);
    m_retention->setWordWrap(true);
    FeedbackLabel::makeHint(m_retention);
    m_retention->hide();

    m_volume = addChart(tr("Attempts"), u"volumeChart"_s);
    m_delivered = addSeries(m_volume, Kind::Volume, tr("Delivered"));
    m_failed = addSeries(m_volume, Kind::Volume, tr("Failed"));
    // A click on a bucket of the volume chart leads to its attempts.
    connect(m_delivered, &QLineSeries::clicked, this, &DashboardPage::choose);
    connect(m_failed, &QLineSeries::clicked, this, &DashboardPage::choose);
    m_errors = addChart(tr("%"), u"errorRateChart"_s);
    m_errors.chart->setTitle(tr("Error rate"));
    m_errorRate = addSeries(m_errors, Kind::Errors, tr("Error rate"));
    m_latency = addChart(tr("ms"), u"latencyChart"_s);
    m_latency.chart->setTitle(tr("Latency"));
    m_p50 = addSeries(m_latency, Kind::Latency, tr("p50"));
    m_p99 = addSeries(m_latency, Kind::Latency, tr("p99"));

    m_charts = new QWidget(this);
    auto *grid = new QGridLayout(m_charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_volume.view, 0, 0);
    grid->addWidget(m_errors.view, 0, 1);
    grid->addWidget(m_latency.view, 1, 0);
    grid->addWidget(createWebhookPanel(), 1, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(u"emptyMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(24);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_charts);
    m_stack->addWidget(m_message);
    m_stack->setCurrentWidget(m_message); // until the first load answers

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_rangeSelector, 0, Qt::AlignRight | Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_retention);
    layout->addWidget(m_stack, 1);

    // Live results come in bursts; the charts redraw at most once a second.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(1000);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardPage::refresh);
    // The range rolls on even without traffic: redraw at each bucket boundary.
    m_bucketTimer = new QTimer(this);
    m_bucketTimer->setSingleShot(true);
    connect(m_bucketTimer, &QTimer::timeout, this, &DashboardPage::refresh);

    applyPalette();
    connect(context.engine()->engine(), &Engine::attemptFinished, this, &DashboardPage::record);
    load();
}

DashboardPage::Chart DashboardPage::addChart(const QString &valueTitle, const QString &objectName)
{
    Chart c;
    c.chart = new QChart;
    c.chart->setObjectName(objectName);
    c.chart->setAnimationOptions(QChart::NoAnimation);
    c.chart->setLocalizeNumbers(true);
    c.chart->legend()->setAlignment(Qt::AlignBottom);
    c.time = new QDateTimeAxis(c.chart);
    c.chart->addAxis(c.time, Qt::AlignBottom);
    c.value = new QValueAxis(c.chart);
    c.value->setTitleText(valueTitle);
    c.value->setLabelFormat(u"%.0f"_s); // the ticks are whole numbers (DeliveryStats::niceScale)
    c.value->setMinorTickCount(0);
    c.chart->addAxis(c.value, Qt::AlignLeft);
    c.view = new QChartView(c.chart, this);
    c.view->setObjectName(objectName + u"View"_s);
    c.view->setRenderHint(QPainter::Antialiasing);
    c.view->setMinimumHeight(220);
    return c;
}

QLineSeries *DashboardPage::addSeries(const Chart &chart, Kind kind, const QString &name)
{
    auto *series = new QLineSeries(chart.chart);
    series->setName(name);
    // A bucket with activity between quiet ones is a single point: it must still show.
    series->setPointsVisible(true);
    chart.chart->addSeries(series);
    series->attachAxis(chart.time);
    series->attachAxis(chart.value);
    connect(series, &QLineSeries::hovered, this,
            [this, kind](const QPointF &point, bool state) { hover(kind, point, state); });
    return series;
}

QWidget *DashboardPage::createWebhookPanel()
{
    auto *panel = new QWidget(this);
    auto *title = new QLabel(tr("Attempts per webhook"), panel);
    title->setAlignment(Qt::AlignCenter);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_webhookTable = new QTableWidget(0, 3, panel);
    m_webhookTable->setObjectName(u"webhookTable"_s);
    m_webhookTable->setAccessibleName(title->text());
    m_webhookTable->setHorizontalHeaderLabels({tr("Webhook"), tr("Delivered"), tr("Failed")});
    m_webhookTable->verticalHeader()->hide();
    m_webhookTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_webhookTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_webhookTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_webhookTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_webhookTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_webhookTable->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_webhookTable, 1);
    panel->setMinimumHeight(220);
    return panel;
}

void DashboardPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    loadWebhooks(); // webhooks may have been added or renamed on another page
}

void DashboardPage::applyPalette()
{
    // QChart paints with its own theme, not the widget palette: every brush here is the palette's.
    const QPalette p = palette();
    const QColor base = p.color(QPalette::Base);
    const QColor text = p.color(QPalette::Text);
    const QColor grid = mix(base, text, 0.15);
    const QColor line = mix(base, text, 0.45);
    for (const Chart *c : {&m_volume, &m_errors, &m_latency}) {
        c->view->setBackgroundBrush(p.color(QPalette::Window));
        c->chart->setBackgroundBrush(base);
        c->chart->setBackgroundPen(QPen(grid));
        c->chart->setTitleBrush(text);
        c->chart->legend()->setLabelColor(text);
        for (QAbstractAxis *axis : c->chart->axes()) {
            axis->setLabelsBrush(text);
            axis->setTitleBrush(text);
            axis->setGridLineColor(grid);
            axis->setLinePenColor(line);
        }
    }
    setTone(m_delivered, Tone::Delivered, p);
    setTone(m_failed, Tone::Failed, p);
    setTone(m_errorRate, Tone::ErrorRate, p);
    setTone(m_p50, Tone::P50, p);
    setTone(m_p99, Tone::P99, p);
    if (m_loaded)
        updateWebhookTable(m_context.clock()->nowMs());
}

void DashboardPage::setRange(DeliveryStats::Range range)
{
    {
        const QSignalBlocker blocker(m_rangeSelector);
        m_rangeSelector->setCurrentIndex(m_rangeSelector->findData(int(range)));
    }
    if (range == m_stats.range())
        return;
    QSettings().setValue(rangeKey, rangeSetting(range));
    m_stats = DeliveryStats(range, utcOffsetMs());
    m_loaded = false;
    m_refreshTimer->stop();
    m_bucketTimer->stop();
    load();
}

QList<DashboardPage::Listed> DashboardPage::listWebhooks(StoreConnection &store)
{
    QList<Listed> listed;
    const QList<Webhook> webhooks = store.webhooks->webhooks();
    for (const Webhook &w : webhooks)
        listed.append({w.id, w.displayName(), w.logLimit});
    return listed;
}

void DashboardPage::load()
{
    const quint64 generation = ++m_generation;
    const qint64 now = m_context.clock()->nowMs();
    const qint64 since
        = m_stats.bucketStartOf(now) - (m_stats.bucketCount() - 1) * m_stats.bucketMs();
    if (m_stack->currentWidget() == m_message)
        showMessage(tr("Loading the stored attempts…"));
    m_context.store()->run<Loaded>(
        this,
        [since](StoreConnection &store) {
            return Loaded {listWebhooks(store), store.attempts->since(since)};
        },
        [this, generation](const Outcome<Loaded> &outcome) {
            if (generation != m_generation)
                return; // another range was chosen meanwhile
            if (!outcome.ok()) {
                showMessage(tr("Could not read the stored attempts: %1").arg(outcome.error));
                return;
            }
            setWebhooks(outcome.value->webhooks);
            QHash<qint64, int> stored;
            m_loadedUpToId = 0;
            for (const AttemptSummary &a : outcome.value->attempts) {
                m_stats.add(a.started.toMSecsSinceEpoch(), a.durationMs, a.success, a.webhookId);
                m_loadedUpToId = std::max(m_loadedUpToId, a.id);
                stored[a.webhookId] += 1;
            }
            m_capped = false;
            for (const Listed &w : outcome.value->webhooks)
                m_capped = m_capped || stored.value(w.id) >= w.logLimit;
            m_loaded = true;
            // Results reported while the query ran may already be in what it read.
            for (const AttemptRecord &r : std::exchange(m_early, {}))
                record(r);
            refresh();
        });
}

void DashboardPage::loadWebhooks()
{
    if (m_webhooksLoading)
        return;
    m_webhooksLoading = true;
    m_context.store()->run<QList<Listed>>(
        this, [](StoreConnection &store) { return listWebhooks(store); },
        [this](const Outcome<QList<Listed>> &outcome) {
            m_webhooksLoading = false;
            if (!outcome.ok())
                return; // the table keeps the names it has
            setWebhooks(*outcome.value);
            if (m_loaded) {
                updateWebhookTable(m_context.clock()->nowMs());
                updateRetention();
            }
        });
}

void DashboardPage::setWebhooks(const QList<Listed> &webhooks)
{
    m_leastLimit = webhooks.isEmpty() ? 0 : std::numeric_limits<int>::max();
    m_mostLimit = 0;
    for (const Listed &w : webhooks) {
        m_names.insert(w.id, w.name);
        m_leastLimit = std::min(m_leastLimit, w.logLimit);
        m_mostLimit = std::max(m_mostLimit, w.logLimit);
    }
}

void DashboardPage::record(const AttemptRecord &record)
{
    if (!m_loaded) {
        m_early.append(record);
        return;
    }
    if (record.id <= m_loadedUpToId)
        return;
    m_stats.add(record.started.toMSecsSinceEpoch(), record.durationMs, record.success,
                record.webhookId);
    if (!m_names.contains(record.webhookId))
        loadWebhooks();
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
    const qint64 bucketMs = m_stats.bucketMs();
    m_shown = m_stats.series(now);
    QList<QPointF> delivered, failed, errorRate, p50, p99;
    double mostAttempts = 0;
    double highestRate = 0;
    double slowest = 0;
    for (const DeliveryStats::Bucket &b : std::as_const(m_shown)) {
        // In the middle of its bucket: a 6-hour bucket is not a point at its start.
        const double x = double(b.startMs) + double(bucketMs) / 2;
        delivered.append({x, double(b.delivered)});
        failed.append({x, double(b.failed)});
        mostAttempts = std::max({mostAttempts, double(b.delivered), double(b.failed)});
        if (b.delivered + b.failed == 0)
            continue; // no point where nothing happened: a rate or latency of 0 would be false
        errorRate.append({x, b.errorRate * 100});
        p50.append({x, b.p50});
        p99.append({x, b.p99});
        highestRate = std::max(highestRate, b.errorRate * 100);
        slowest = std::max(slowest, b.p99);
    }
    m_delivered->replace(delivered);
    m_failed->replace(failed);
    m_errorRate->replace(errorRate);
    m_p50->replace(p50);
    m_p99->replace(p99);

    const Range range = m_stats.range();
    m_volume.chart->setTitle(range == Range::Day        ? tr("Deliveries per 30 minutes")
                                 : range == Range::Week ? tr("Deliveries per 6 hours")
                                                        : tr("Deliveries per minute"));
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(m_shown.constFirst().startMs);
    const QDateTime to
        = QDateTime::fromMSecsSinceEpoch(m_shown.constLast().startMs + m_stats.bucketMs());
    for (const Chart *c : {&m_volume, &m_errors, &m_latency}) {
        c->view->setAccessibleName(c->chart->title());
        c->time->setRange(from, to);
        // Ticks every 3 minutes, 10 minutes, 4 hours or a day (by weekday and date: a time
        // beside each would not fit).
        c->time->setTickCount(range == Range::Minutes15 ? 6 : range == Range::Week ? 8 : 7);
        c->time->setFormat(range == Range::Week ? u"ddd d"_s : u"HH:mm"_s);
    }
    applyScale(m_volume.value, DeliveryStats::niceScale(mostAttempts));
    DeliveryStats::Scale rate = DeliveryStats::niceScale(highestRate);
    if (rate.max > 100) // every step it picks up to 100 % divides 100
        rate = {100, rate.step, int(100 / rate.step) + 1};
    applyScale(m_errors.value, rate);
    applyScale(m_latency.value, DeliveryStats::niceScale(slowest));

    const DeliveryStats::Summary s = m_stats.summary(now);
    if (s.delivered + s.failed == 0) {
        showMessage(range == Range::Minutes15
                        ? tr("No deliveries in the last 15 minutes yet. They appear here as soon "
                             "as a message is sent to a webhook.")
                        : range == Range::Day
                        ? tr("No deliveries in the last 24 hours yet. They appear here as soon as "
                             "a message is sent to a webhook.")
                        : range == Range::Week
                        ? tr("No deliveries in the last 7 days yet. They appear here as soon as "
                             "a message is sent to a webhook.")
                        : tr("No deliveries in the last hour yet. They appear here as soon as a "
                             "message is sent to a webhook."));
    } else {
        const QLocale locale;
        m_summary->setText(
            tr("%1: %2, %3, error rate %4 %, p50 %5 ms, p99 %6 ms")
                .arg(m_rangeSelector->currentText(), tr("%n delivered", "", s.delivered),
                     tr("%n failed", "", s.failed), locale.toString(s.errorRate * 100, 'f', 1),
                     locale.toString(s.p50, 'f', 0), locale.toString(s.p99, 'f', 0)));
        m_summary->show();
        m_stack->setCurrentWidget(m_charts);
        updateRetention();
    }
    updateWebhookTable(now);

    m_bucketTimer->start(int(m_stats.bucketStartOf(now) + bucketMs - now) + 50);
    Q_EMIT refreshed();
}

void DashboardPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    m_summary->hide();
    m_retention->hide();
}

void DashboardPage::updateRetention()
{
    // The log keeps only each webhook's newest attempts: over a day or a week, or once a webhook
    // reached its limit, the counts leave out what was deleted. Say so.
    const bool longRange = m_stats.range() == Range::Day || m_stats.range() == Range::Week;
    if (m_stack->currentWidget() != m_charts || m_mostLimit == 0 || !(longRange || m_capped)) {
        m_retention->hide();
        return;
    }
    m_retention->setText(
        m_leastLimit == m_mostLimit
            ? tr("Counts only the attempts still stored: each webhook keeps its newest %n "
                 "attempt(s).",
                 "", m_mostLimit)
            : tr("Counts only the attempts still stored: each webhook keeps its newest %1 to %2 "
                 "attempts.")
                  .arg(m_leastLimit)
                  .arg(m_mostLimit));
    m_retention->show();
}

QString DashboardPage::webhookName(qint64 id) const
{
    const QString name = m_names.value(id);
    return name.isEmpty() ? tr("Webhook %1").arg(id) : name;
}

void DashboardPage::updateWebhookTable(qint64 nowMs)
{
    const QList<DeliveryStats::WebhookCount> counts = m_stats.perWebhook(nowMs);
    const QColor failedColour = toneColour(Tone::Failed, palette());
    m_webhookTable->setRowCount(int(counts.size()));
    for (int row = 0; row < counts.size(); ++row) {
        const DeliveryStats::WebhookCount &c = counts.at(row);
        auto *name = new QTableWidgetItem(webhookName(c.webhookId));
        auto *delivered = new QTableWidgetItem;
        delivered->setData(Qt::DisplayRole, c.delivered);
        auto *failed = new QTableWidgetItem;
        failed->setData(Qt::DisplayRole, c.failed);
        if (c.failed > 0)
            failed->setForeground(failedColour);
        m_webhookTable->setItem(row, 0, name);
        m_webhookTable->setItem(row, 1, delivered);
        m_webhookTable->setItem(row, 2, failed);
    }
}

int DashboardPage::bucketAt(double x) const
{
    if (m_shown.isEmpty())
        return -1;
    const auto index = qint64(
        std::floor((x - double(m_shown.constFirst().startMs)) / double(m_stats.bucketMs())));
    return index >= 0 && index < m_shown.size() ? int(index) : -1;
}

QString DashboardPage::bucketTime(const DeliveryStats::Bucket &bucket) const
{
    const QLocale locale;
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(bucket.startMs);
    if (m_stats.bucketMs() == DeliveryStats::minuteMs)
        return locale.toString(from, u"HH:mm");
    const QDateTime to = from.addMSecs(m_stats.bucketMs());
    const QString start
        = locale.toString(from, m_stats.range() == Range::Week ? u"ddd HH:mm" : u"HH:mm");
    return start + u'–' + locale.toString(to, u"HH:mm");
}

QString DashboardPage::pointText(Kind kind, const DeliveryStats::Bucket &bucket) const
{
    const QLocale locale;
    const QString time = bucketTime(bucket);
    switch (kind) {
    case Kind::Volume:
        return tr("%1 — %2, %3")
                   .arg(time, tr("%n delivered", "", bucket.delivered),
                        tr("%n failed", "", bucket.failed))
            + u'\n' + tr("Click to list these attempts.");
    case Kind::Errors:
        return tr("%1 — error rate %2 % of %n attempt(s)", "", bucket.delivered + bucket.failed)
            .arg(time, locale.toString(bucket.errorRate * 100, 'f', 1));
    case Kind::Latency:
        return tr("%1 — p50 %2 ms, p99 %3 ms")
            .arg(time, locale.toString(bucket.p50, 'f', 0), locale.toString(bucket.p99, 'f', 0));
    }
    return time;
}

void DashboardPage::hover(Kind kind, const QPointF &point, bool state)
{
    int index = bucketAt(point.x());
    if (kind != Kind::Volume) {
        // The rate and latency lines join buckets with attempts: name the nearest one.
        index = -1;
        double nearest = 0;
        for (int i = 0; i < m_shown.size(); ++i) {
            const DeliveryStats::Bucket &b = m_shown.at(i);
            const double distance
                = std::abs(double(b.startMs) + double(m_stats.bucketMs()) / 2 - point.x());
            if (b.delivered + b.failed > 0 && (index < 0 || distance < nearest)) {
                index = i;
                nearest = distance;
            }
        }
    }
    if (!state || index < 0) {
        QToolTip::hideText();
        return;
    }
    const Chart &chart = kind == Kind::Volume ? m_volume
        : kind == Kind::Errors                ? m_errors
                                              : m_latency;
    QToolTip::showText(QCursor::pos(), pointText(kind, m_shown.at(index)), chart.view);
}

void DashboardPage::choose(const QPointF &point)
{
    const int index = bucketAt(point.x());
    if (index < 0)
        return;
    const qint64 from = m_shown.at(index).startMs;
    Q_EMIT minuteChosen(from, from + m_stats.bucketMs());
}

} // namespace hookline
