#include "deliveryleases.h"

#include "store/database.h"
#include "store/dialect.h"
#include "store/transaction.h"

#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hookline {

DeliveryLeases::DeliveryLeases(Database &database, QString owner)
    : m_database(database)
    , m_owner(std::move(owner))
{
}

DeliveryLeases::Claim DeliveryLeases::claim(qint64 wallMs, qint64 leaseMs, int maxPerWebhook,
                                            qint64 nowMs)
{
    struct Head
    {
        PendingDelivery delivery;
        bool live;
        bool mine;
        qint64 nextAttemptMs;
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
    const int share = int((maxPerWebhook + engines - 1) / engines);
    // The head of each chat, found on the partial index of pending deliveries.
    const QList<Head> heads = m_database.rows(
        u"SELECT d.id, d.webhook_id, d.chat_id,"
        " CASE WHEN d.lease_owner IS NOT NULL AND d.lease_until >= ? THEN 1 ELSE 0 END,"
        " CASE WHEN d.lease_owner = ? THEN 1 ELSE 0 END, w.next_attempt_ms FROM deliveries d"
        " JOIN (SELECT min(id) AS id FROM deliveries WHERE state = 'pending'"
        "  GROUP BY webhook_id, chat_id) heads ON heads.id = d.id"
        " JOIN webhooks w ON w.id = d.webhook_id WHERE w.enabled = 1 ORDER BY d.id"_s,
        {wallMs, m_owner}, [](const QSqlQuery &q) {
            return Head {
                {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()},
                q.value(3).toInt() == 1,
                q.value(4).toInt() == 1,
                q.value(5).toLongLong()};
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
    QSqlQuery &lease = m_database.prepared(u"UPDATE deliveries SET lease_owner = ?, lease_until = ?"
                                           " WHERE id = ? AND state = 'pending'"_s);
    for (const Head &head : heads) {
        const qint64 webhookId = head.delivery.webhookId;
        claim.backoffMs.insert(webhookId, head.nextAttemptMs);
        if (head.live || head.nextAttemptMs > nowMs || busy.value(webhookId) >= maxPerWebhook
            || mine.value(webhookId) >= share)
            continue;
        lease.bindValue(0, m_owner);
        lease.bindValue(1, wallMs + leaseMs);
        lease.bindValue(2, head.delivery.id);
        m_database.exec(lease);
        ++busy[webhookId];
        ++mine[webhookId];
        claim.leased.append(head.delivery);
    }
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
    m_database.notifyOnCommit(QString::fromUtf16(StoreChannel::work));
    transaction.commit();
}

} // namespace hookline
