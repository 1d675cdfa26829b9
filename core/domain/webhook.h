#pragma once

#include "webhookfilter.h"
#include "webhookheader.h"

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hookline {

// How a webhook batches messages: one POST per message, or one bundle per chat per window.
enum class Aggregation { None, Hours1, Hours6, Hours12, Hours24 };

QString aggregationName(Aggregation aggregation);
std::optional<Aggregation> aggregationFromName(QStringView name);
// Window length in hours; 0 for Aggregation::None.
int aggregationHours(Aggregation aggregation);

// How a webhook hands its deliveries over: POSTed to its URL (as always), listed by its pull
// feed for a receiver that cannot take inbound HTTP (docs/WEBHOOK-PULL-FEED.md), or both.
enum class DeliveryMode { Push, Pull, Both };

QString deliveryModeName(DeliveryMode mode); // "push", "pull", "both"
std::optional<DeliveryMode> deliveryModeFromName(QStringView name);

enum class SuccessRule { Any2xx, Exactly200 };

QString successRuleName(SuccessRule rule);
std::optional<SuccessRule> successRuleFromName(QStringView name);

// What a webhook does now: delivering (healthy, or failing with errors in a row), paused by a
// person, or switched off by the engine after repeated failures.
enum class WebhookState { Healthy, Failing, Paused, AutoDisabled };
QString webhookStateName(WebhookState state); // "healthy", "failing", "paused", "auto-disabled"

// What a webhook gets beyond messages, each only when asked for (docs/WEBHOOK-EVENTS.md): with
// none, its payloads are exactly the messages and bundles it always got.
enum class WebhookEvent {
    MessageStatus = 0x1, // "message.status": sent, delivered, read, failed, … of a message it got
    MessageReaction = 0x2, // "message.reaction": a reaction instead of a "Reacted 👍 …" message
};
Q_DECLARE_FLAGS(WebhookEvents, WebhookEvent)
Q_DECLARE_OPERATORS_FOR_FLAGS(WebhookEvents)

QString webhookEventName(WebhookEvent event); // "message.status", "message.reaction"
std::optional<WebhookEvent> webhookEventFromName(QStringView name);
// The names of the set, in the enum's order.
QStringList webhookEventNames(WebhookEvents events);

// One outbound webhook's settings and its live failure state, as stored.
struct Webhook
{
    qint64 id = 0;
    QString name;
    QString url;
    Aggregation aggregation = Aggregation::None;
    bool enabled = true;
    QString secret; // "whsec_…" or empty; never leaves the engine
    int timeoutMs = 15000;
    SuccessRule successRule = SuccessRule::Any2xx;
    QList<int> retryScheduleSeconds = defaultRetrySchedule();
    int logLimit = 100; // attempts kept in the detailed log
    QList<WebhookHeader> headers; // sent after Hookline's own; the values never leave the engine
    WebhookFilter filter; // which messages it gets; empty: all
    // What the receiver can take (docs/RECEIVER-THROTTLING.md): requests under way at once, and
    // requests started per second (0: no limit), both across the instances of a shared store.
    int maxInFlight = defaultMaxInFlight;
    double maxPerSecond = 0;
    DeliveryMode mode = DeliveryMode::Push;
    WebhookEvents events; // none: messages only
    // Gets only what a replay queues for it (a replay to another URL or an Inspector name,
    // docs/WEBHOOK-REPLAY.md): new messages and events create no delivery for it.
    bool replaysOnly = false;

    int consecutiveErrors = 0;
    QString disabledReason; // empty unless the engine disabled it
    qint64 nextAttemptMs = 0; // backoff: no attempt before this time
    qint64 lastFlushMs = 0; // bundle windows: the last boundary flushed

    // What people see it called: the name, else its receiver's host (never the path or query,
    // which may carry a token). Saving names a webhook so; older ones may have no name.
    QString displayName() const;
    WebhookState state() const;
    // Whether the engine POSTs its deliveries; a pull-only webhook's wait for its feed.
    bool pushes() const { return mode != DeliveryMode::Pull; }

    static constexpr int defaultMaxInFlight = 6;
    static constexpr int maxInFlightLimit = 64;
    static constexpr double maxPerSecondLimit = 1000;
    static constexpr double minPerSecond = 0.01; // one request every 100 s

    static QList<int> defaultRetrySchedule()
    {
        return {5, 30, 120, 300, 900, 1800, 3600, 7200, 14400, 28800};
    }
};

} // namespace hookline
