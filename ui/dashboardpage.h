#pragma once

#include "deliverystats.h"
#include "store/attemptlog.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QStackedWidget;
class QTableWidget;
class QTimer;
class QValueAxis;

namespace hookline {

class DesktopContext;
struct StoreConnection;

// Deliveries at a glance over a chosen range (15 minutes to 7 days): attempts per time bucket,
// error rate, latency (p50/p99) and attempts per webhook, from the stored attempts at start and
// the engine's live results after that.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(DesktopContext &context, QWidget *parent = nullptr);

    const DeliveryStats &stats() const { return m_stats; }
    // True once the stored attempts of the range have been read.
    bool isLoaded() const { return m_loaded; }
    DeliveryStats::Range range() const { return m_stats.range(); }
    // Reads the range from the store again (in the worker) and remembers it for the next start.
    void setRange(DeliveryStats::Range range);

Q_SIGNALS:
    void refreshed();
    // A point of the volume chart was clicked: the span of its bucket, fromMs inclusive.
    void minuteChosen(qint64 fromMs, qint64 toMs);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class Kind { Volume, Errors, Latency };
    struct Chart
    {
        QChart *chart = nullptr;
        QChartView *view = nullptr;
        QDateTimeAxis *time = nullptr;
        QValueAxis *value = nullptr;
    };
    struct Listed
    {
        qint64 id = 0;
        QString name;
        int logLimit = 0;
    };
    struct Loaded
    {
        QList<Listed> webhooks;
        QList<AttemptSummary> attempts;
    };
    static QList<Listed> listWebhooks(StoreConnection &store);

    Chart addChart(const QString &valueTitle, const QString &objectName);
    QLineSeries *addSeries(const Chart &chart, Kind kind, const QString &name);
    QWidget *createWebhookPanel();
    void applyPalette();
    void load();
    void loadWebhooks();
    void setWebhooks(const QList<Listed> &webhooks);
    void record(const AttemptRecord &record);
    void scheduleRefresh();
    void refresh();
    void updateWebhookTable(qint64 nowMs);
    void updateRetention();
    void showMessage(const QString &text);
    // The shown bucket a point of a series stands in (its x), or -1.
    int bucketAt(double x) const;
    QString bucketTime(const DeliveryStats::Bucket &bucket) const;
    QString pointText(Kind kind, const DeliveryStats::Bucket &bucket) const;
    void hover(Kind kind, const QPointF &point, bool state);
    void choose(const QPointF &point);
    QString webhookName(qint64 id) const;

    DesktopContext &m_context;
    DeliveryStats m_stats;
    bool m_loaded = false;
    quint64 m_generation = 0; // of the load under way: a range changed meanwhile drops its answer
    qint64 m_loadedUpToId = 0;
    QList<AttemptRecord> m_early; // live results that arrived before the stored range
    QList<DeliveryStats::Bucket> m_shown;
    QHash<qint64, QString> m_names;
    int m_leastLimit = 0;
    int m_mostLimit = 0;
    bool m_capped = false; // a webhook's stored attempts in the range reached its log limit
    bool m_webhooksLoading = false;
    QComboBox *m_rangeSelector = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_retention = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_charts = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_webhookTable = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_bucketTimer = nullptr;
    Chart m_volume;
    Chart m_errors;
    Chart m_latency;
    QLineSeries *m_delivered = nullptr;
    QLineSeries *m_failed = nullptr;
    QLineSeries *m_errorRate = nullptr;
    QLineSeries *m_p50 = nullptr;
    QLineSeries *m_p99 = nullptr;
};

} // namespace hookline
