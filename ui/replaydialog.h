#pragma once

#include "domain/webhook.h"
#include "service/replayservice.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace hookline {

class DesktopContext;

// Webhooks → Replay…: the messages of a time range sent once more, to the webhook or, as it
// sends them, to another URL or an Inspector name (docs/WEBHOOK-REPLAY.md). The dry run's count is
// worked out on the store worker a moment after each edit, so the button says what it will send
// before it is pressed; the webhook's filter applies unless another is chosen
// (WebhookFilterDialog).
class ReplayDialog : public QDialog
{
    Q_OBJECT
public:
    ReplayDialog(DesktopContext &context, const Webhook &webhook, QWidget *parent = nullptr);

    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QLabel *countLabel() const { return m_count; }
    QLabel *filterSummary() const { return m_filterSummary; }
    enum class Target { Webhook, Url, Inspector };
    void setTarget(Target target, const QString &urlOrName = {});
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
    Target target() const;
    // Where the replay goes instead of the webhook; empty for the webhook itself. A sentence
    // in `problem` when the URL or name cannot be used.
    QString targetUrl(QString *problem) const;

    DesktopContext &m_context;
    Webhook m_webhook;
    WebhookFilter m_filter;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLabel *m_filterSummary = nullptr;
    QComboBox *m_target = nullptr;
    QLineEdit *m_targetUrl = nullptr;
    QComboBox *m_inspectorName = nullptr;
    QLabel *m_targetHint = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_replay = nullptr;
    QTimer *m_countDelay = nullptr;
    quint64 m_serial = 0;
    quint64 m_shown = 0;
    bool m_running = false;
};

} // namespace hookline
