#include "webhookfeed.h"

#include "activitylog.h"
#include "database.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace hookline {

WebhookFeed::WebhookFeed(Database &database)
    : m_database(database)
{
}

QList<qint64> WebhookFeed::after(qint64 webhookId, qint64 afterId, int limit)
{
    // Per state a range of the index on (webhook_id, state, id).
    return m_database.rows(u"SELECT id FROM deliveries WHERE webhook_id = ? AND id > ?"
                           " AND state IN ('pending', 'delivered') ORDER BY id LIMIT ?"_s,
                           {webhookId, afterId, limit},
                           [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
}

qint64 WebhookFeed::cursor(qint64 webhookId)
{
    return m_database
        .firstRow(u"SELECT feed_cursor FROM webhooks WHERE id = ?"_s, {webhookId},
                  [](const QSqlQuery &q) { return q.value(0).toLongLong(); })
        .value_or(0);
}

bool WebhookFeed::holds(qint64 webhookId, qint64 deliveryId)
{
    return m_database
        .firstRow(u"SELECT 1 FROM deliveries WHERE id = ? AND webhook_id = ? AND kind <> 'test'"_s,
                  {deliveryId, webhookId}, [](const QSqlQuery &) { return true; })
        .value_or(false);
}

qint64 WebhookFeed::ack(qint64 webhookId, qint64 deliveryId, qint64 nowMs)
{
    Transaction transaction(m_database);
    // Forward only, in one statement: of two receivers acknowledging at once, the later cursor
    // stays.
    m_database.run(u"UPDATE webhooks SET feed_cursor = ? WHERE id = ? AND feed_cursor < ?"_s,
                   {deliveryId, webhookId, deliveryId});
    const auto row = m_database.firstRow(
        u"SELECT feed_cursor, delivery_mode FROM webhooks WHERE id = ?"_s, {webhookId},
        [](const QSqlQuery &q) {
            return std::pair(q.value(0).toLongLong(),
                             deliveryModeFromName(q.value(1).toString()) == DeliveryMode::Pull);
        });
    if (row && row->second)
        take(webhookId, row->first, nowMs);
    transaction.commit();
    return row ? row->first : 0;
}

void WebhookFeed::modeChanged(qint64 webhookId, DeliveryMode before, DeliveryMode after,
                              qint64 nowMs)
{
    Transaction transaction(m_database);
    if (before == DeliveryMode::Push && after != DeliveryMode::Push) {
        m_database.run(
            u"UPDATE webhooks SET feed_cursor = coalesce("
            " (SELECT min(id) - 1 FROM deliveries WHERE webhook_id = ? AND state = 'pending'),"
            " (SELECT max(id) FROM deliveries WHERE webhook_id = ?), 0) WHERE id = ?"_s,
            {webhookId, webhookId, webhookId});
    }
    if (after == DeliveryMode::Pull)
        take(webhookId, cursor(webhookId), nowMs);
    transaction.commit();
}

void WebhookFeed::take(qint64 webhookId, qint64 upTo, qint64 nowMs)
{
    QSqlQuery &q = m_database.run(u"UPDATE deliveries SET state = 'delivered', done_ms = ?"
                                  " WHERE webhook_id = ? AND state = 'pending' AND id <= ?"_s,
                                  {nowMs, webhookId, upTo});
    const int taken = q.numRowsAffected();
    if (taken > 0)
        ActivityLog(m_database)
            .add(webhookId, nowMs, ActivityKind::Delivered,
                 u"taken by the feed: %1 delivery(ies) up to cursor %2"_s.arg(taken).arg(upTo));
}

} // namespace hookline
