#pragma once

#include "domain/webhook.h"
#include "domain/webhookfilter.h"
#include "messagestore.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

class QSqlQuery;

namespace hookline {

class Database;

struct PendingDelivery
{
    qint64 id = 0;
    qint64 webhookId = 0;
    qint64 chatId = 0;
};

// One message, several messages of a chat's bundle window, or "save and test".
enum class DeliveryKind { Single, Bundle, Test };
// Owed; delivered; dropped when its webhook was re-enabled without the backlog; a test (sent
// once, never retried, never owed).
enum class DeliveryState { Pending, Delivered, Discarded, Test };

// One POST's worth of work, as stored.
struct DeliveryRecord
{
    qint64 id = 0;
    qint64 webhookId = 0;
    qint64 chatId = 0;
    DeliveryKind kind = DeliveryKind::Single;
    QString webhookMessageId;
    DeliveryState state = DeliveryState::Pending;
    int attempts = 0;
    bool replay = false; // queued by a replay: sent with the header `webhook-replay: true`
    // An event delivery (docs/WEBHOOK-EVENTS.md): a single delivery whose body is the event. A
    // reaction event carries its reaction message; a status event no message, but `statusId`.
    std::optional<WebhookEvent> event;
    qint64 statusId = 0;
};

// The messages of one POST: one chat's, oldest first.
struct DeliveryBatch
{
    qint64 chatId = 0;
    QList<qint64> messageIds;
    // A reaction sent as a `message.reaction` event of its own (one message), not a message.
    bool reactionEvent = false;
};

// One webhook's part in one message: a delivery that carries it, or (`deliveryId` 0) its place
// in the webhook's next bundle.
struct MessageDelivery
{
    qint64 messageId = 0;
    qint64 webhookId = 0;
    qint64 deliveryId = 0;
    DeliveryState state = DeliveryState::Pending;
    int attempts = 0;
    QString lastError;
};

// A message a webhook's filter turned away at ingest: no delivery was made for it, and
// `reason` names the filter's field that refused it ("direction", "accounts", "chat_kind",
// "attachment", "text").
struct MessageSkip
{
    qint64 messageId = 0;
    qint64 webhookId = 0;
    QString reason;
};

// What each webhook owes. A new message becomes, in the ingest transaction, a single delivery
// for every webhook that does not aggregate and a bundle member for every webhook that does —
// paused and auto-disabled webhooks included, so nothing is lost while they are off — unless
// the webhook's filter turns it away, which is recorded as a MessageSkip instead.
//
// Events (docs/WEBHOOK-EVENTS.md) go to the webhooks that opted in, each a single delivery in
// the chat's queue after the message it is about, so a receiver never hears of a status before
// its message: a reaction replaces its "Reacted 👍 …" message, a status follows a message the
// webhook got. For a bundling webhook an event waits (in bundle_events) until the bundle it
// must follow is made, then becomes a delivery right after it. Methods join the caller's
// transaction when there is one. Throws StoreError.
class Outbox
{
public:
    // A bundle larger than either limit is split into several POSTs.
    static constexpr int maxBundleMessages = 500;
    static constexpr qint64 maxBundleBytes = 5 * 1024 * 1024;

    explicit Outbox(Database &database);

    // For MessageStore::ingest. The hook reads the webhooks once per ingest: inside the ingest
    // transaction nobody else can change them. Filters are compiled once per webhook and kept
    // while their stored text stays the same.
    MessageStore::InTransaction hook(qint64 nowMs);

    // A WhatsApp status stored for a message (`statusId`, of `chatId`): a status event for
    // every webhook that opted in and got the message or will get it in its next bundle.
    // Returns the number of deliveries created now (not those waiting for a bundle).
    int addStatusEvents(qint64 messageId, qint64 chatId, qint64 statusId, qint64 nowMs);

    // Pending deliveries created after `afterId`, oldest first.
    QList<PendingDelivery> pendingAfter(qint64 afterId);
    QList<PendingDelivery> pending(qint64 webhookId);

    // Turns every waiting bundle member of the webhook into bundle deliveries, one per chat (or
    // more when split), each chat's waiting events after them. Returns the number of bundles
    // (what the activity and the API report; the events are not counted).
    int flushBundles(qint64 webhookId, qint64 nowMs);

    // A one-off delivery of one message for "save and test"; never retried or queued.
    qint64 createTest(qint64 webhookId, const Message &message, qint64 nowMs);

    // "Resend" from the Deliveries page: the same messages once more as a new pending delivery
    // (a new webhook-id, since the receiver may already have acted on the old one). Returns its
    // id, or 0 when the delivery no longer exists.
    qint64 resend(qint64 deliveryId, qint64 nowMs);

    // What a replay would send (ReplayService): the workspace's messages timed in
    // [fromMs, toMs) that `filter` (null: every message) lets through, as the POSTs that carry
    // them — one per message, or when `bundled` one per chat, split as flushBundles splits —
    // oldest first, so each chat's messages keep their order. With `reactionEvents` a reaction
    // goes as its own `message.reaction` event, as at ingest (after its chat's bundles when
    // bundled). Reads until more than `limit` messages have passed; `complete` says whether the
    // plan holds all of them.
    struct ReplayPlan
    {
        QList<DeliveryBatch> requests;
        int messages = 0;
        qint64 firstMs = 0; // the oldest and newest message's time; 0 when there is none
        qint64 lastMs = 0;
        bool complete = true;
        bool bundled = false; // the requests are bundles, even of one message
    };
    ReplayPlan planReplay(qint64 fromMs, qint64 toMs, const WebhookFilter::Compiled *filter,
                          bool bundled, bool reactionEvents, int limit);
    // Queues the plan for the webhook: a pending delivery per request, each under a new
    // webhook-id and marked as a replay. Returns their ids, in order.
    QList<qint64> queueReplay(qint64 webhookId, const ReplayPlan &plan, qint64 nowMs);

    std::optional<DeliveryRecord> delivery(qint64 id);
    // A delivery's columns, prefixed by `table` when given, and the record read from them
    // starting at column `first`: for queries that join deliveries with other tables.
    static QString deliveryColumns(const QString &table);
    static constexpr int deliveryColumnCount = 10;
    static DeliveryRecord deliveryFromRow(const QSqlQuery &query, int first);
    void markDelivered(qint64 id, qint64 nowMs);
    void markFailed(qint64 id, const QString &error);

    // Marks everything the webhook owes as discarded; returns the number of messages dropped.
    int discardPending(qint64 webhookId, qint64 nowMs);
    // Messages waiting for the webhook, in pending deliveries and bundle members.
    int pendingMessageCount(qint64 webhookId);
    // Every webhook's part in the chat's messages timed at or after `fromMs`, tests left out:
    // deliveries oldest first, then bundle places. Reads every delivery-message link (there is
    // no index by message), so callers ask for one chat's recent messages, not more often than
    // a person can read.
    QList<MessageDelivery> chatDeliveries(qint64 chatId, qint64 fromMs);
    // The webhooks whose filters turned the message away, or the chat's messages timed at or
    // after `fromMs` (beside chatDeliveries, for a status line that says "CRM: filtered out").
    QList<MessageSkip> skips(qint64 messageId);
    QList<MessageSkip> chatSkips(qint64 chatId, qint64 fromMs);

private:
    struct Target
    {
        qint64 webhookId;
        bool aggregated;
        std::shared_ptr<const WebhookFilter::Compiled> filter; // null: every message
        WebhookEvents events;
    };
    QList<Target> targets();
    void enqueueFor(const QList<Target> &targets, const MessageStore::Stored &stored, qint64 nowMs);
    qint64 insertDelivery(qint64 webhookId, qint64 chatId, DeliveryKind kind, DeliveryState state,
                          const QList<qint64> &messageIds, qint64 nowMs,
                          std::optional<WebhookEvent> event = std::nullopt, qint64 statusId = 0,
                          bool replay = false);
    // Forgets what waits for the webhook's next bundles (members and events).
    void clearWaiting(qint64 webhookId);
    // An event of a bundling webhook, made a delivery when its chat's bundle is.
    void waitForBundle(qint64 webhookId, qint64 chatId, WebhookEvent event, qint64 messageId,
                       qint64 statusId);

    Database &m_database;
    // By stored text: a webhook's filter is compiled when it first meets a message and again
    // only after it changed.
    QHash<QString, std::shared_ptr<const WebhookFilter::Compiled>> m_filters;
};

} // namespace hookline
