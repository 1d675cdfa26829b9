#pragma once

#include "outbox.h"

#include <QHash>
#include <QList>
#include <QString>

namespace hookline {

class Database;

// How several Hookline instances on one PostgreSQL store share the deliveries. An instance
// attempts a delivery only while it holds the delivery's lease. A chat is leased whole (its
// oldest `maxRun` pending deliveries) and only when its oldest one is free, and a webhook has at
// most its max_in_flight chats leased among all instances, so per-chat order and the in-flight
// limit (one request per chat) hold across the cluster; each engine leases at most its share of
// those chats (the limit divided by the engines connected, rounded up). An instance that
// dies stops renewing, and its leases pass to the others when they expire. Leases are taken in a
// write transaction, which the store serialises across processes (Dialect::beginWrite), so two
// instances never lease the same delivery. Lease times are wall-clock milliseconds of the hosts
// (keep their clocks in sync, as for bundle windows). Throws StoreError.
class DeliveryLeases
{
public:
    DeliveryLeases(Database &database, QString owner);

    // Deliveries of one chat leased at once.
    static constexpr int maxRun = 100;

    struct Claim
    {
        QList<PendingDelivery> leased; // newly leased, oldest first
        QHash<qint64, qint64> backoffMs; // webhook → next_attempt_ms, as another instance set it
        // Engines connected to the store: each sends its share of a webhook's
        // max_requests_per_second.
        qint64 engines = 1;
    };
    // Leases the free heads of the chats of every enabled webhook that pushes and whose backoff
    // (by the engine's clock, `nowMs`) is over.
    Claim claim(qint64 wallMs, qint64 leaseMs, qint64 nowMs);
    // This owner's leases of the webhook, oldest first.
    QList<PendingDelivery> held(qint64 webhookId);
    // Extends every lease this owner holds; returns how many it holds.
    int renew(qint64 wallMs, qint64 leaseMs);
    // Gives this owner's leases back (of one webhook, or all with 0) for others to take now.
    void release(qint64 webhookId = 0);

private:
    Database &m_database;
    QString m_owner;
};

} // namespace hookline
