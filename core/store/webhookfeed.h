#pragma once

#include "domain/webhook.h"

#include <QList>

namespace hookline {

class Database;

// A webhook's pull feed as stored (docs/WEBHOOK-PULL-FEED.md): its deliveries, pending or
// delivered (tests and discarded ones left out), in id order, and the cursor its receiver
// acknowledged: a delivery id kept on the webhook's row. The Outbox makes the deliveries as for
// a push. In pull mode an acknowledged delivery is done, marked delivered and logged as taken by
// the feed, so that nothing is owed forever; in both mode the push keeps its own account and an
// acknowledgement moves only the cursor. Methods join the caller's transaction when there is
// one. Throws StoreError.
class WebhookFeed
{
public:
    explicit WebhookFeed(Database &database);

    // The feed's delivery ids after `afterId`, oldest first, at most `limit`.
    QList<qint64> after(qint64 webhookId, qint64 afterId, int limit);
    qint64 cursor(qint64 webhookId);
    // Whether `deliveryId` is, or was, in the webhook's feed (what an acknowledgement may name).
    bool holds(qint64 webhookId, qint64 deliveryId);

    // Moves the cursor forward to `deliveryId` (an older one leaves it where it is) and answers
    // where it is now; in pull mode takes what it passed.
    qint64 ack(qint64 webhookId, qint64 deliveryId, qint64 nowMs);

    // For WebhookStore::update. Leaving push starts the feed at the oldest delivery still owed
    // (or after the newest, when none is), not at the webhook's history; entering pull takes
    // what the cursor has passed, which both mode left to the push.
    void modeChanged(qint64 webhookId, DeliveryMode before, DeliveryMode after, qint64 nowMs);

private:
    void take(qint64 webhookId, qint64 upTo, qint64 nowMs);

    Database &m_database;
};

} // namespace hookline
