#pragma once

#include "deliverystats.h"
#include "domain/attemptrecord.h"

#include <QList>
#include <QWidget>

class QChart;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QTimer;
class QValueAxis;

namespace hookline {

class DesktopContext;

// The last hour at a glance: deliveries per minute, error rate and latency (p50/p99), from the
// stored attempts at start and the engine's live results after that.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(DesktopContext &context, QWidget *parent = nullptr);

    const DeliveryStats &stats() const { return m_stats; }
    // True once the stored hour has been read.
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void refreshed();

private:
    struct Chart
    {
        QChart *chart = nullptr;
        QDateTimeAxis *time = nullptr;
        QValueAxis *value = nullptr;
    };
    Chart addChart(const QString &title, const QString &valueTitle, const QString &objectName);
    QLineSeries *addSeries(const Chart &chart, const QString &name);
    void load();
    void record(const AttemptRecord &record);
    void scheduleRefresh();
    void refresh();

    DesktopContext &m_context;
    DeliveryStats m_stats;
    bool m_loaded = false;
    qint64 m_loadedUpToId = 0;
    QList<AttemptRecord> m_early; // live results that arrived before the stored hour
    QLabel *m_summary = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_minuteTimer = nullptr;
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
