#pragma once

#include "domain/webhook.h"
#include "service/replayservice.h"

#include <QDialog>

class QDateTimeEdit;
class QLabel;
class QPushButton;
class QTimer;

namespace hookline {

class DesktopContext;

// Webhooks → Replay…: the messages of a time range sent to the webhook once more
// (docs/WEBHOOK-REPLAY.md). The dry run's count is worked out on the store worker a moment after
// each edit, so the button says what it will send before it is pressed; the webhook's filter
// applies unless another is chosen (WebhookFilterDialog).
class ReplayDialog : public QDialog
{
    Q_OBJECT
public:
    ReplayDialog(DesktopContext &context, const Webhook &webhook, QWidget *parent = nullptr);

    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QLabel *countLabel() const { return m_count; }
    QLabel *filterSummary() const { return m_filterSummary; }
    QPushButton *replayButton() const { return m_replay; }
    // The filter this replay uses (the webhook's own until another is chosen).
    const WebhookFilter &filter() const { return m_filter; }
    void setFilter(const WebhookFilter &filter);
    // Dry runs asked for and answered: tests wait for the answer to the latest edit.
    quint64 countsAsked() const { return m_serial; }
    quint64 countsShown() const { return m_shown; }

Q_SIGNALS:
    // The replay is queued: so many messages, in so many requests.
    void replayed(int messages, int requests);

private:
    void scheduleCount();
    void run(bool dryRun);
    void showCount(const ReplayService::Outcome &outcome);
    void setRange(qint64 fromMs, qint64 toMs);

    DesktopContext &m_context;
    Webhook m_webhook;
    WebhookFilter m_filter;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLabel *m_filterSummary = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_replay = nullptr;
    QTimer *m_countDelay = nullptr;
    quint64 m_serial = 0;
    quint64 m_shown = 0;
    bool m_running = false;
};

} // namespace hookline
