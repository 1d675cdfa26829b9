#include "deliveryleases.h"

#include "database.h"
#include "dialect.h"
#include "transaction.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hookline {

DeliveryLeases::DeliveryLeases(Database &database, QString owner)
    : m_database(database)
    , m_owner(std::move(owner))
{
}

DeliveryLeases::Claim DeliveryLeases::claim(qint64 wallMs, qint64 leaseMs, qint64 nowMs)
{
    struct Head
    {
        PendingDelivery delivery;
        bool live;
        bool mine;
        qint64 nextAttemptMs;
        int maxInFlight;
    };
    Transaction transaction(m_database);
    // Each engine takes its share of a webhook's slots: an engine that re-leases at once the
    // slots its own results free would otherwise keep the others idle.
    const qint64 engines
        = std::max<qint64>(1,
                           m_database
                               .firstRow(m_database.dialect().countEngines(), {},
                                         [](const QSqlQuery &q) { return q.value(0).toLongLong(); })
                               .value_or(1));
    // The head of each chat, found on the partial index of pending deliveries.
    const QList<Head> heads = m_database.rows(
        u"SELECT d.id, d.webhook_id, d.chat_id,"
        " CASE WHEN d.lease_owner IS NOT NULL AND d.lease_until >= ? THEN 1 ELSE 0 END,"
        " CASE WHEN d.lease_owner = ? THEN 1 ELSE 0 END, w.next_attempt_ms, w.max_in_flight"
        " FROM deliveries d"
        // Only the webhooks that push are grouped: a pull-only backlog waits for its feed and
        // may be long.
        " JOIN (SELECT min(id) AS id FROM deliveries WHERE state = 'pending' AND webhook_id IN"
        "  (SELECT id FROM webhooks WHERE enabled = 1 AND delivery_mode <> 'pull')"
        "  GROUP BY webhook_id, chat_id) heads ON heads.id = d.id"
        " JOIN webhooks w ON w.id = d.webhook_id ORDER BY d.id"_s,
        {wallMs, m_owner}, [](const QSqlQuery &q) {
            return Head {
                {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()},
                q.value(3).toInt() == 1,
                q.value(4).toInt() == 1,
                q.value(5).toLongLong(),
                q.value(6).toInt()};
        });
    QHash<qint64, int> busy;
    QHash<qint64, int> mine;
    for (const Head &head : heads) {
        if (head.live)
            ++busy[head.delivery.webhookId];
        if (head.live && head.mine)
            ++mine[head.delivery.webhookId];
    }
    Claim claim;
    claim.engines = engines;
    for (const Head &head : heads) {
        const qint64 webhookId = head.delivery.webhookId;
        claim.backoffMs.insert(webhookId, head.nextAttemptMs);
        const int share = int((head.maxInFlight + engines - 1) / engines);
        if (head.live || head.nextAttemptMs > nowMs || busy.value(webhookId) >= head.maxInFlight
            || mine.value(webhookId) >= share)
            continue;
        // The chat, not just its head: the engine then sends the run back to back, as with one
        // instance, instead of waiting for a commit and a claim between two messages.
        claim.leased += m_database.rows(
            u"UPDATE deliveries SET lease_owner = ?, lease_until = ? WHERE id IN"
            " (SELECT id FROM deliveries WHERE webhook_id = ? AND chat_id = ?"
            "  AND state = 'pending' ORDER BY id LIMIT ?) RETURNING id, webhook_id, chat_id"_s,
            {m_owner, wallMs + leaseMs, webhookId, head.delivery.chatId, maxRun},
            [](const QSqlQuery &q) {
                return PendingDelivery {q.value(0).toLongLong(), q.value(1).toLongLong(),
                                        q.value(2).toLongLong()};
            });
        ++busy[webhookId];
        ++mine[webhookId];
    }
    std::sort(claim.leased.begin(), claim.leased.end(),
              [](const PendingDelivery &a, const PendingDelivery &b) { return a.id < b.id; });
    transaction.commit();
    return claim;
}

QList<PendingDelivery> DeliveryLeases::held(qint64 webhookId)
{
    return m_database.rows(u"SELECT id, webhook_id, chat_id FROM deliveries WHERE webhook_id = ?"
                           " AND state = 'pending' AND lease_owner = ? ORDER BY id"_s,
                           {webhookId, m_owner}, [](const QSqlQuery &q) {
                               return PendingDelivery {q.value(0).toLongLong(),
                                                       q.value(1).toLongLong(),
                                                       q.value(2).toLongLong()};
                           });
}

int DeliveryLeases::renew(qint64 wallMs, qint64 leaseMs)
{
    Transaction transaction(m_database);
    QSqlQuery &q = m_database.run(u"UPDATE deliveries SET lease_until = ?"
                                  " WHERE lease_owner = ? AND state = 'pending'"_s,
                                  {wallMs + leaseMs, m_owner});
    const int held = q.numRowsAffected();
    transaction.commit();
    return held;
}

void DeliveryLeases::release(qint64 webhookId)
{
    Transaction transaction(m_database);
    m_database.run(u"UPDATE deliveries SET lease_owner = NULL, lease_until = NULL"
                   " WHERE lease_owner = ? AND state = 'pending'"
                   " AND (? = 0 OR webhook_id = ?)"_s,
                   {m_owner, webhookId, webhookId});
    // The others learn that the chats are free without waiting for their next poll.
    m_database.notifyOnCommit(QString::fromUtf16(StoreChannel::work), processTag());
    transaction.commit();
}

} // namespace hookline
