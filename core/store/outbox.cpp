#include "outbox.h"

#include "database.h"
#include "dialect.h"
#include "domain/enumnames.h"
#include "domain/standardwebhooks.h"
#include "domain/webhook.h"
#include "transaction.h"
#include "webhookstore.h"

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

// Per message overhead of a bundle entry: keys, names, phones, timestamps, UUIDs, link.
constexpr qint64 bundleEntryOverhead = 700;
// A text travels twice in a bundle: in its message and in the aggregation note.
constexpr qint64 textCopies = 2;

// As the deliveries table stores them.
constexpr EnumName<DeliveryKind> kindNames[] = {
    {DeliveryKind::Single, u"single"},
    {DeliveryKind::Bundle, u"bundle"},
    {DeliveryKind::Test, u"test"},
};
constexpr EnumName<DeliveryState> stateNames[] = {
    {DeliveryState::Pending, u"pending"},
    {DeliveryState::Delivered, u"delivered"},
    {DeliveryState::Discarded, u"discarded"},
    {DeliveryState::Test, u"test"},
};

// What a message adds to a bundle, by the SQL of its column (messages as `m`) and by C++.
QString bundleBytesColumn(const Dialect &dialect)
{
    return u"%1 + coalesce(%2, 0)"_s.arg(dialect.byteLength(u"m.text"_s),
                                         dialect.byteLength(u"m.attachment_filename"_s));
}

struct BundleMember
{
    qint64 chatId;
    qint64 messageId;
    qint64 bytes;
};

BundleMember bundleMember(qint64 chatId, qint64 messageId, qint64 columnBytes)
{
    return {chatId, messageId, textCopies * columnBytes + bundleEntryOverhead};
}

// How many rows a multi-row statement takes of `remaining`: a power of two up to 256, so a
// connection prepares (and caches) at most nine shapes of each.
int rowsPerStatement(qsizetype remaining)
{
    int n = 256;
    while (n > remaining)
        n /= 2;
    return n;
}

// `row` repeated `n` times, separated by commas.
QString rows(const QString &row, int n)
{
    QStringList list;
    list.fill(row, n);
    return list.join(u", "_s);
}

// Members grouped by chat, in order, as the POSTs that carry them: a chat's bundle is split
// wherever it would pass either limit.
QList<DeliveryBatch> bundles(const QList<BundleMember> &members)
{
    QList<DeliveryBatch> list;
    qint64 bytes = 0;
    for (const BundleMember &m : members) {
        if (list.isEmpty() || m.chatId != list.constLast().chatId
            || list.constLast().messageIds.size() >= Outbox::maxBundleMessages
            || bytes + m.bytes > Outbox::maxBundleBytes) {
            list.append(DeliveryBatch {m.chatId, {}});
            bytes = 0;
        }
        list.last().messageIds.append(m.messageId);
        bytes += m.bytes;
    }
    return list;
}

} // namespace

Outbox::Outbox(Database &database)
    : m_database(database)
{
}

MessageStore::InTransaction Outbox::hook(qint64 nowMs)
{
    auto cached = std::make_shared<std::optional<QList<Target>>>();
    return [this, nowMs, cached](const MessageStore::Stored &stored) {
        if (!*cached)
            *cached = targets();
        enqueueFor(**cached, stored, nowMs);
    };
}

QList<Outbox::Target> Outbox::targets()
{
    QHash<QString, std::shared_ptr<const WebhookFilter::Compiled>> inUse;
    QList<Target> list = m_database.rows(
        u"SELECT id, aggregation, message_filter, events FROM webhooks WHERE replays_only = 0"_s,
        {}, [&](const QSqlQuery &q) {
            const auto aggregation = aggregationFromName(q.value(1).toString());
            Target target {q.value(0).toLongLong(), aggregation != Aggregation::None, nullptr,
                           WebhookStore::eventsFromText(q.value(3).toString())};
            const QString stored = q.value(2).toString();
            if (!stored.isEmpty()) {
                target.filter = m_filters.value(stored);
                if (!target.filter)
                    target.filter = std::make_shared<const WebhookFilter::Compiled>(
                        WebhookStore::filterFromText(stored));
                inUse.insert(stored, target.filter);
            }
            return target;
        });
    // Filters no webhook has any more are let go.
    m_filters = std::move(inUse);
    return list;
}

qint64 Outbox::insertDelivery(qint64 webhookId, qint64 chatId, DeliveryKind kind,
                              DeliveryState state, const QList<qint64> &messageIds, qint64 nowMs,
                              std::optional<WebhookEvent> event, qint64 statusId, bool replay)
{
    QSqlQuery &insert = m_database.prepared(
        u"INSERT INTO deliveries (webhook_id, chat_id, kind, webhook_message_id, state,"
        " created_ms, event, status_id, replay) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.bindValue(0, webhookId);
    insert.bindValue(1, chatId);
    insert.bindValue(2, nameOf(kindNames, kind));
    insert.bindValue(3, StandardWebhooks::newMessageId());
    insert.bindValue(4, nameOf(stateNames, state));
    insert.bindValue(5, nowMs);
    insert.bindValue(6, event ? webhookEventName(*event) : QString());
    insert.bindValue(7, statusId != 0 ? QVariant(statusId) : QVariant());
    insert.bindValue(8, replay ? 1 : 0);
    const qint64 id = m_database.insertedId(insert);
    QSqlQuery &member = m_database.prepared(
        u"INSERT INTO delivery_messages (delivery_id, message_id) VALUES (?, ?)"_s);
    for (qint64 messageId : messageIds) {
        member.bindValue(0, id);
        member.bindValue(1, messageId);
        m_database.exec(member);
    }
    if (state == DeliveryState::Pending)
        m_database.notifyOnCommit(QString::fromUtf16(StoreChannel::work), processTag());
    return id;
}

void Outbox::enqueueFor(const QList<Target> &targets, const MessageStore::Stored &stored,
                        qint64 nowMs)
{
    if (stored.duplicate)
        return;
    for (const Target &target : targets) {
        if (target.filter) {
            const QString reason = WebhookFilter::rejection(
                *target.filter, stored.message, {stored.accountPhone, stored.groupChat});
            if (!reason.isEmpty()) {
                QSqlQuery &skip = m_database.prepared(
                    u"INSERT INTO message_skips (message_id, webhook_id, reason) VALUES (?, ?, ?)"
                    " ON CONFLICT DO NOTHING"_s);
                skip.bindValue(0, stored.message.id);
                skip.bindValue(1, target.webhookId);
                skip.bindValue(2, reason);
                m_database.exec(skip);
                continue;
            }
        }
        if (stored.reaction && target.events.testFlag(WebhookEvent::MessageReaction)) {
            if (target.aggregated)
                waitForBundle(target.webhookId, stored.message.chatId,
                              WebhookEvent::MessageReaction, stored.message.id, 0);
            else
                insertDelivery(target.webhookId, stored.message.chatId, DeliveryKind::Single,
                               DeliveryState::Pending, {stored.message.id}, nowMs,
                               WebhookEvent::MessageReaction);
            continue;
        }
        if (!target.aggregated) {
            insertDelivery(target.webhookId, stored.message.chatId, DeliveryKind::Single,
                           DeliveryState::Pending, {stored.message.id}, nowMs);
            continue;
        }
        QSqlQuery &member
            = m_database.prepared(u"INSERT INTO bundle_members (webhook_id, chat_id, message_id)"
                                  " VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s);
        member.bindValue(0, target.webhookId);
        member.bindValue(1, stored.message.chatId);
        member.bindValue(2, stored.message.id);
        m_database.exec(member);
    }
}

void Outbox::waitForBundle(qint64 webhookId, qint64 chatId, WebhookEvent event, qint64 messageId,
                           qint64 statusId)
{
    QSqlQuery &wait = m_database.prepared(
        u"INSERT INTO bundle_events (webhook_id, chat_id, event, message_id, status_id)"
        " VALUES (?, ?, ?, ?, ?)"_s);
    wait.bindValue(0, webhookId);
    wait.bindValue(1, chatId);
    wait.bindValue(2, webhookEventName(event));
    wait.bindValue(3, messageId);
    wait.bindValue(4, statusId != 0 ? QVariant(statusId) : QVariant());
    m_database.exec(wait);
}

int Outbox::addStatusEvents(qint64 messageId, qint64 chatId, qint64 statusId, qint64 nowMs)
{
    // Per webhook: whether a delivery carried the message, and whether it waits for a bundle
    // (as a member, or as a reaction event). A webhook that got neither never heard of the
    // message — its filter turned it away, or it did not exist yet — and hears of no status.
    struct Receiver
    {
        qint64 webhookId;
        WebhookEvents events;
        bool delivered;
        bool waiting;
    };
    const QList<Receiver> receivers = m_database.rows(
        u"SELECT w.id, w.events,"
        " EXISTS (SELECT 1 FROM delivery_messages dm JOIN deliveries d ON d.id = dm.delivery_id"
        "  WHERE dm.message_id = ? AND d.webhook_id = w.id AND d.kind <> 'test'),"
        " EXISTS (SELECT 1 FROM bundle_members b WHERE b.message_id = ? AND b.webhook_id = w.id)"
        " OR EXISTS (SELECT 1 FROM bundle_events e WHERE e.message_id = ?"
        "  AND e.webhook_id = w.id AND e.status_id IS NULL)"
        " FROM webhooks w WHERE w.events <> '' AND w.replays_only = 0 ORDER BY w.id"_s,
        {messageId, messageId, messageId}, [](const QSqlQuery &q) {
            return Receiver {q.value(0).toLongLong(),
                             WebhookStore::eventsFromText(q.value(1).toString()),
                             q.value(2).toBool(), q.value(3).toBool()};
        });
    int created = 0;
    for (const Receiver &r : receivers) {
        if (!r.events.testFlag(WebhookEvent::MessageStatus))
            continue;
        if (r.waiting) {
            waitForBundle(r.webhookId, chatId, WebhookEvent::MessageStatus, messageId, statusId);
        } else if (r.delivered) {
            insertDelivery(r.webhookId, chatId, DeliveryKind::Single, DeliveryState::Pending, {},
                           nowMs, WebhookEvent::MessageStatus, statusId);
            ++created;
        }
    }
    return created;
}

namespace {

PendingDelivery pendingFromRow(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

} // namespace

QList<PendingDelivery> Outbox::pendingAfter(qint64 afterId)
{
    return m_database.rows(u"SELECT id, webhook_id, chat_id FROM deliveries"
                           " WHERE id > ? AND state = 'pending' ORDER BY id"_s,
                           {afterId}, pendingFromRow);
}

QList<PendingDelivery> Outbox::pending(qint64 webhookId)
{
    return m_database.rows(u"SELECT id, webhook_id, chat_id FROM deliveries"
                           " WHERE webhook_id = ? AND state = 'pending' ORDER BY id"_s,
                           {webhookId}, pendingFromRow);
}

int Outbox::flushBundles(qint64 webhookId, qint64 nowMs)
{
    // A flush lost after its bundles were sent would send them again under new webhook-ids.
    Transaction transaction(m_database, Transaction::Commit::ToDisk);
    const Dialect &dialect = m_database.dialect();
    // Oldest first within each chat; chats in the order their first waiting message arrived.
    QSqlQuery &q = m_database.prepared(
        u"SELECT b.chat_id, m.id, "_s + bundleBytesColumn(dialect)
        + u" FROM bundle_members b JOIN messages m ON m.id = b.message_id WHERE b.webhook_id = ?"
          " ORDER BY (SELECT min(message_id) FROM bundle_members b2"
          "  WHERE b2.webhook_id = b.webhook_id AND b2.chat_id = b.chat_id),"
          " b.chat_id, m.timestamp_ms, m.id"_s);
    q.bindValue(0, webhookId);
    m_database.exec(q);
    QList<BundleMember> members;
    while (q.next())
        members.append(bundleMember(q.value(0).toLongLong(), q.value(1).toLongLong(),
                                    q.value(2).toLongLong()));
    q.finish();

    const QList<DeliveryBatch> batches = bundles(members);
    for (const DeliveryBatch &b : batches)
        insertDelivery(webhookId, b.chatId, DeliveryKind::Bundle, DeliveryState::Pending,
                       b.messageIds, nowMs);

    // The events that waited for these bundles, after them in their chats' queues.
    struct Waiting
    {
        qint64 chatId;
        std::optional<WebhookEvent> event;
        qint64 messageId;
        qint64 statusId;
    };
    const QList<Waiting> waiting = m_database.rows(
        u"SELECT chat_id, event, message_id, status_id FROM bundle_events WHERE webhook_id = ?"
        " ORDER BY id"_s,
        {webhookId}, [](const QSqlQuery &row) {
            return Waiting {row.value(0).toLongLong(),
                            webhookEventFromName(row.value(1).toString()),
                            row.value(2).toLongLong(), row.value(3).toLongLong()};
        });
    for (const Waiting &w : waiting) {
        if (!w.event)
            continue;
        insertDelivery(webhookId, w.chatId, DeliveryKind::Single, DeliveryState::Pending,
                       w.statusId == 0 ? QList<qint64> {w.messageId} : QList<qint64> {}, nowMs,
                       w.event, w.statusId);
    }

    clearWaiting(webhookId);
    transaction.commit();
    return int(batches.size());
}

void Outbox::clearWaiting(qint64 webhookId)
{
    for (const QString &table : {u"bundle_members"_s, u"bundle_events"_s}) {
        QSqlQuery &clear = m_database.prepared(u"DELETE FROM %1 WHERE webhook_id = ?"_s.arg(table));
        clear.bindValue(0, webhookId);
        m_database.exec(clear);
    }
}

qint64 Outbox::createTest(qint64 webhookId, const Message &message, qint64 nowMs)
{
    Transaction transaction(m_database);
    const qint64 id = insertDelivery(webhookId, message.chatId, DeliveryKind::Test,
                                     DeliveryState::Test, {message.id}, nowMs);
    transaction.commit();
    return id;
}

qint64 Outbox::resend(qint64 deliveryId, qint64 nowMs)
{
    Transaction transaction(m_database);
    const auto original = delivery(deliveryId);
    if (!original)
        return 0;
    const QList<qint64> messageIds = m_database.rows(
        u"SELECT message_id FROM delivery_messages WHERE delivery_id = ? ORDER BY message_id"_s,
        {deliveryId}, [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
    // A test becomes an ordinary delivery: it joins the queue and is retried like any other.
    const DeliveryKind kind
        = original->kind == DeliveryKind::Bundle ? DeliveryKind::Bundle : DeliveryKind::Single;
    const qint64 id
        = insertDelivery(original->webhookId, original->chatId, kind, DeliveryState::Pending,
                         messageIds, nowMs, original->event, original->statusId, original->replay);
    transaction.commit();
    return id;
}

Outbox::ReplayPlan Outbox::planReplay(qint64 fromMs, qint64 toMs,
                                      const WebhookFilter::Compiled *filter, bool bundled,
                                      bool reactionEvents, int limit)
{
    const QString columns = MessageStore::messageColumns(u"m"_s);
    const int phone = int(columns.count(u',')) + 1; // after the message's columns
    // Oldest first: in each chat the order the payload assembler and flushBundles use.
    QSqlQuery &q = m_database.prepared(
        u"SELECT "_s + columns + u", a.phone, c.is_group, "_s
        + bundleBytesColumn(m_database.dialect())
        + u", EXISTS (SELECT 1 FROM message_reactions r WHERE r.message_id = m.id)"
          " FROM messages m JOIN chats c ON c.id = m.chat_id"
          " JOIN accounts a ON a.id = c.account_id"
          " WHERE m.timestamp_ms >= ? AND m.timestamp_ms < ? ORDER BY m.timestamp_ms, m.id"_s);
    q.bindValue(0, fromMs);
    q.bindValue(1, toMs);
    m_database.exec(q);
    ReplayPlan plan;
    plan.bundled = bundled;
    // By chat, chats in the order of their oldest message, for bundles.
    QList<qint64> chatOrder;
    QHash<qint64, QList<BundleMember>> byChat;
    QHash<qint64, QList<DeliveryBatch>> reactionsByChat; // after the chat's bundles
    while (q.next()) {
        const Message m = MessageStore::messageFromRow(q, 0);
        if (filter
            && !WebhookFilter::matches(*filter, m,
                                       {q.value(phone).toString(), q.value(phone + 1).toBool()}))
            continue;
        if (plan.messages == limit) {
            plan.complete = false;
            break;
        }
        ++plan.messages;
        const qint64 timeMs = m.timestamp.toMSecsSinceEpoch();
        if (plan.messages == 1)
            plan.firstMs = timeMs;
        plan.lastMs = timeMs;
        const bool reactionEvent = reactionEvents && q.value(phone + 3).toBool();
        if (!bundled) {
            plan.requests.append(DeliveryBatch {m.chatId, {m.id}, reactionEvent});
            continue;
        }
        if (!chatOrder.contains(m.chatId))
            chatOrder.append(m.chatId);
        if (reactionEvent)
            reactionsByChat[m.chatId].append(DeliveryBatch {m.chatId, {m.id}, true});
        else
            byChat[m.chatId].append(bundleMember(m.chatId, m.id, q.value(phone + 2).toLongLong()));
    }
    q.finish();
    for (qint64 chatId : std::as_const(chatOrder))
        plan.requests += bundles(byChat.value(chatId)) + reactionsByChat.value(chatId);
    return plan;
}

QList<qint64> Outbox::queueReplay(qint64 webhookId, const ReplayPlan &plan, qint64 nowMs)
{
    // Many rows per statement: a round trip per row (three with PostgreSQL's lastval()) made
    // a replay of 10,000 messages take seconds. Deliveries are found again by their
    // webhook-ids; ids follow the rows' order, so each chat's order holds.
    Transaction transaction(m_database);
    const QString kind
        = nameOf(kindNames, plan.bundled ? DeliveryKind::Bundle : DeliveryKind::Single);
    const QString single = nameOf(kindNames, DeliveryKind::Single);
    const QString reaction = webhookEventName(WebhookEvent::MessageReaction);
    QList<qint64> ids;
    ids.reserve(plan.requests.size());
    QList<std::pair<qint64, qint64>> links; // (delivery, message)
    for (qsizetype done = 0; done < plan.requests.size();) {
        const int n = rowsPerStatement(plan.requests.size() - done);
        QSqlQuery &insert = m_database.prepared(
            u"INSERT INTO deliveries (webhook_id, chat_id, kind, webhook_message_id, state,"
            " created_ms, event, replay) VALUES "_s
            + rows(u"(?, ?, ?, ?, 'pending', ?, ?, 1)"_s, n));
        QStringList webhookMessageIds;
        for (int i = 0; i < n; ++i) {
            const DeliveryBatch &request = plan.requests.at(done + i);
            webhookMessageIds.append(StandardWebhooks::newMessageId());
            insert.bindValue(i * 6, webhookId);
            insert.bindValue(i * 6 + 1, request.chatId);
            insert.bindValue(i * 6 + 2, request.reactionEvent ? single : kind);
            insert.bindValue(i * 6 + 3, webhookMessageIds.constLast());
            insert.bindValue(i * 6 + 4, nowMs);
            insert.bindValue(i * 6 + 5, request.reactionEvent ? reaction : QString());
        }
        m_database.exec(insert);
        QSqlQuery &select = m_database.prepared(
            u"SELECT webhook_message_id, id FROM deliveries WHERE webhook_message_id IN ("_s
            + rows(u"?"_s, n) + u')');
        for (int i = 0; i < n; ++i)
            select.bindValue(i, webhookMessageIds.at(i));
        m_database.exec(select);
        QHash<QString, qint64> idOf;
        while (select.next())
            idOf.insert(select.value(0).toString(), select.value(1).toLongLong());
        select.finish();
        for (int i = 0; i < n; ++i) {
            const qint64 id = idOf.value(webhookMessageIds.at(i));
            ids.append(id);
            for (qint64 messageId : plan.requests.at(done + i).messageIds)
                links.append({id, messageId});
        }
        done += n;
    }
    for (qsizetype done = 0; done < links.size();) {
        const int n = rowsPerStatement(links.size() - done);
        QSqlQuery &insert = m_database.prepared(
            u"INSERT INTO delivery_messages (delivery_id, message_id) VALUES "_s
            + rows(u"(?, ?)"_s, n));
        for (int i = 0; i < n; ++i) {
            insert.bindValue(i * 2, links.at(done + i).first);
            insert.bindValue(i * 2 + 1, links.at(done + i).second);
        }
        m_database.exec(insert);
        done += n;
    }
    if (!ids.isEmpty())
        m_database.notifyOnCommit(QString::fromUtf16(StoreChannel::work), processTag());
    transaction.commit();
    return ids;
}

std::optional<DeliveryRecord> Outbox::delivery(qint64 id)
{
    return m_database.firstRow(u"SELECT "_s + deliveryColumns(QString())
                                   + u" FROM deliveries WHERE id = ?"_s,
                               {id}, [](const QSqlQuery &q) { return deliveryFromRow(q, 0); });
}

QString Outbox::deliveryColumns(const QString &table)
{
    return u"%1id, %1webhook_id, %1chat_id, %1kind, %1webhook_message_id, %1state, %1attempts,"
           " %1replay, %1event, %1status_id"_s.arg(table.isEmpty() ? QString() : table + u'.');
}

DeliveryRecord Outbox::deliveryFromRow(const QSqlQuery &q, int first)
{
    return DeliveryRecord {
        q.value(first).toLongLong(), q.value(first + 1).toLongLong(),
        q.value(first + 2).toLongLong(),
        fromName(kindNames, q.value(first + 3).toString()).value_or(DeliveryKind::Single),
        q.value(first + 4).toString(),
        // The schema's CHECK allows only the four; a row from a newer version is not owed.
        fromName(stateNames, q.value(first + 5).toString()).value_or(DeliveryState::Discarded),
        q.value(first + 6).toInt(), q.value(first + 7).toBool(),
        webhookEventFromName(q.value(first + 8).toString()), q.value(first + 9).toLongLong()};
}

void Outbox::markDelivered(qint64 id, qint64 nowMs)
{
    QSqlQuery &q = m_database.prepared(
        u"UPDATE deliveries SET state = CASE WHEN state = 'test' THEN 'test' ELSE 'delivered'"
        " END, attempts = attempts + 1, last_error = '', done_ms = ? WHERE id = ?"_s);
    q.bindValue(0, nowMs);
    q.bindValue(1, id);
    m_database.exec(q);
}

void Outbox::markFailed(qint64 id, const QString &error)
{
    QSqlQuery &q = m_database.prepared(
        u"UPDATE deliveries SET attempts = attempts + 1, last_error = ? WHERE id = ?"_s);
    q.bindValue(0, sqlText(error));
    q.bindValue(1, id);
    m_database.exec(q);
}

int Outbox::pendingMessageCount(qint64 webhookId)
{
    return m_database
        .firstRow(u"SELECT (SELECT count(*) FROM delivery_messages dm JOIN deliveries d"
                  "  ON d.id = dm.delivery_id WHERE d.webhook_id = ? AND d.state = 'pending')"
                  " + (SELECT count(*) FROM bundle_members WHERE webhook_id = ?)"_s,
                  {webhookId, webhookId}, [](const QSqlQuery &q) { return q.value(0).toInt(); })
        .value_or(0);
}

int Outbox::discardPending(qint64 webhookId, qint64 nowMs)
{
    Transaction transaction(m_database);
    const int dropped = pendingMessageCount(webhookId);
    QSqlQuery &q = m_database.prepared(u"UPDATE deliveries SET state = 'discarded', done_ms = ?"
                                       " WHERE webhook_id = ? AND state = 'pending'"_s);
    q.bindValue(0, nowMs);
    q.bindValue(1, webhookId);
    m_database.exec(q);
    clearWaiting(webhookId);
    transaction.commit();
    return dropped;
}

QList<MessageDelivery> Outbox::chatDeliveries(qint64 chatId, qint64 fromMs)
{
    const QString messages = u"(SELECT id FROM messages WHERE chat_id = ? AND timestamp_ms >= ?)"_s;
    // The links first (CROSS JOIN keeps SQLite's order), found through their index by message,
    // each joined to its delivery. With deliveries outside, SQLite probes the links once per
    // delivery and message.
    QList<MessageDelivery> list = m_database.rows(
        u"SELECT dm.message_id, d.webhook_id, d.id, d.state, d.attempts, d.last_error"
        " FROM delivery_messages dm CROSS JOIN deliveries d"
        " WHERE d.id = dm.delivery_id AND d.kind <> 'test' AND dm.message_id IN "_s
            + messages + u" ORDER BY dm.delivery_id"_s,
        {chatId, fromMs}, [](const QSqlQuery &q) {
            return MessageDelivery {
                q.value(0).toLongLong(),
                q.value(1).toLongLong(),
                q.value(2).toLongLong(),
                fromName(stateNames, q.value(3).toString()).value_or(DeliveryState::Discarded),
                q.value(4).toInt(),
                q.value(5).toString()};
        });
    list += m_database.rows(
        u"SELECT message_id, webhook_id FROM bundle_members WHERE chat_id = ? AND message_id IN "_s
            + messages,
        {chatId, chatId, fromMs}, [](const QSqlQuery &q) {
            return MessageDelivery {q.value(0).toLongLong(),
                                    q.value(1).toLongLong(),
                                    0,
                                    DeliveryState::Pending,
                                    0,
                                    QString()};
        });
    return list;
}

namespace {

MessageSkip skipFromRow(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()};
}

} // namespace

QList<MessageSkip> Outbox::skips(qint64 messageId)
{
    return m_database.rows(u"SELECT message_id, webhook_id, reason FROM message_skips"
                           " WHERE message_id = ? ORDER BY webhook_id"_s,
                           {messageId}, skipFromRow);
}

QList<MessageSkip> Outbox::chatSkips(qint64 chatId, qint64 fromMs)
{
    return m_database.rows(u"SELECT s.message_id, s.webhook_id, s.reason FROM messages m"
                           " JOIN message_skips s ON s.message_id = m.id"
                           " WHERE m.chat_id = ? AND m.timestamp_ms >= ?"
                           " ORDER BY s.message_id, s.webhook_id"_s,
                           {chatId, fromMs}, skipFromRow);
}

} // namespace hookline
