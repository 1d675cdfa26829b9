#include "attemptlog.h"

#include "database.h"
#include "dialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

const QString columns = u"id, webhook_id, coalesce(delivery_id, 0), webhook_message_id, chat_id,"
                        " started_ms, duration_ms, url, request_headers, request_body,"
                        " response_status, response_headers, response_body, response_truncated,"
                        " error, success, attempt_number, timings"_s;

AttemptRecord fromRow(const QSqlQuery &q)
{
    AttemptRecord r;
    r.id = q.value(0).toLongLong();
    r.webhookId = q.value(1).toLongLong();
    r.deliveryId = q.value(2).toLongLong();
    r.webhookMessageId = q.value(3).toString();
    r.chatId = q.value(4).toLongLong();
    r.started = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
    r.durationMs = q.value(6).toLongLong();
    r.url = q.value(7).toString();
    r.requestHeaders = AttemptLog::headersFromJson(q.value(8).toByteArray());
    r.requestBody = q.value(9).toByteArray();
    r.responseStatus = q.value(10).toInt();
    r.responseHeaders = AttemptLog::headersFromJson(q.value(11).toByteArray());
    r.responseBody = q.value(12).toByteArray();
    r.responseTruncated = q.value(13).toBool();
    r.error = q.value(14).toString();
    r.success = q.value(15).toBool();
    r.attemptNumber = q.value(16).toInt();
    r.timings = AttemptTimings::fromText(q.value(17).toString());
    return r;
}

const QString summaryColumns
    = u"a.id, a.webhook_id, coalesce(w.name, ''), coalesce(a.delivery_id, 0), a.chat_id,"
      " coalesce(nullif(c.full_name, ''), nullif(c.phone, ''), c.peer_key, ''), a.started_ms,"
      " a.duration_ms, a.response_status, a.success, a.error, a.attempt_number,"
      " coalesce(d.kind, ''), coalesce(d.state, ''), coalesce(d.attempts, 0),"
      " coalesce(w.next_attempt_ms, 0),"
      " (SELECT count(*) FROM delivery_messages m WHERE m.delivery_id = a.delivery_id)"
      " FROM attempts a LEFT JOIN webhooks w ON w.id = a.webhook_id"
      " LEFT JOIN chats c ON c.id = a.chat_id LEFT JOIN deliveries d ON d.id = a.delivery_id"_s;

AttemptSummary summaryFromRow(const QSqlQuery &q)
{
    AttemptSummary s;
    s.id = q.value(0).toLongLong();
    s.webhookId = q.value(1).toLongLong();
    s.webhookName = q.value(2).toString();
    s.deliveryId = q.value(3).toLongLong();
    s.chatId = q.value(4).toLongLong();
    s.chatName = q.value(5).toString();
    s.started = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    s.durationMs = q.value(7).toLongLong();
    s.responseStatus = q.value(8).toInt();
    s.success = q.value(9).toBool();
    s.error = q.value(10).toString();
    s.attemptNumber = q.value(11).toInt();
    s.deliveryKind = q.value(12).toString();
    s.deliveryPending = q.value(13).toString() == u"pending"_s;
    s.deliveryAttempts = q.value(14).toInt();
    s.nextAttemptMs = q.value(15).toLongLong();
    s.messageCount = q.value(16).toInt();
    return s;
}

// The WHERE clause of a filter and its values, limited to ids in (afterId, beforeId) where set.
QString whereClause(const Dialect &dialect, const AttemptFilter &filter, qint64 beforeId,
                    QVariantList &values, qint64 afterId = 0)
{
    QStringList terms;
    if (beforeId > 0) {
        terms << u"a.id < ?"_s;
        values << beforeId;
    }
    if (afterId > 0) {
        terms << u"a.id > ?"_s;
        values << afterId;
    }
    if (filter.webhookId > 0) {
        terms << u"a.webhook_id = ?"_s;
        values << filter.webhookId;
    }
    if (filter.outcome != AttemptFilter::Outcome::Any) {
        terms << u"a.success = ?"_s;
        values << (filter.outcome == AttemptFilter::Outcome::Succeeded ? 1 : 0);
    }
    if (filter.fromMs > 0) {
        terms << u"a.started_ms >= ?"_s;
        values << filter.fromMs;
    }
    if (filter.toMs > 0) {
        terms << u"a.started_ms < ?"_s;
        values << filter.toMs;
    }
    if (filter.messageId > 0) {
        terms << u"a.delivery_id IN (SELECT delivery_id FROM delivery_messages"
                 " WHERE message_id = ?)"_s;
        values << filter.messageId;
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        terms << u"(%1 OR %2 OR %3 OR %4 OR %5)"_s.arg(
            dialect.containsText(u"a.url"_s), dialect.containsText(u"a.error"_s),
            dialect.containsText(u"a.webhook_message_id"_s),
            dialect.containsBytes(u"a.request_body"_s),
            dialect.containsText(u"coalesce(c.full_name, '')"_s));
        for (int i = 0; i < 5; ++i)
            values << search;
    }
    return terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s);
}

QVariant blob(const QByteArray &bytes)
{
    // A null QByteArray binds as SQL NULL; the columns are NOT NULL.
    return bytes.isNull() ? QVariant(QByteArray("")) : QVariant(bytes);
}

} // namespace

AttemptLog::AttemptLog(Database &database)
    : m_database(database)
{
}

QByteArray AttemptLog::headersToJson(const HttpHeaders &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray {QString::fromLatin1(name), QString::fromLatin1(value)});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

HttpHeaders AttemptLog::headersFromJson(const QByteArray &json)
{
    HttpHeaders headers;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &pair : array) {
        headers.append({pair[0].toString().toLatin1(), pair[1].toString().toLatin1()});
    }
    return headers;
}

qint64 AttemptLog::add(const AttemptRecord &r)
{
    QSqlQuery &q = m_database.prepared(
        u"INSERT INTO attempts (webhook_id, delivery_id, webhook_message_id, chat_id,"
        " started_ms, duration_ms, url, request_headers, request_body, response_status,"
        " response_headers, response_body, response_truncated, error, success, attempt_number,"
        " timings)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.bindValue(0, r.webhookId);
    q.bindValue(1, r.deliveryId > 0 ? QVariant(r.deliveryId) : QVariant());
    q.bindValue(2, sqlText(r.webhookMessageId));
    q.bindValue(3, r.chatId);
    q.bindValue(4, r.started.toMSecsSinceEpoch());
    q.bindValue(5, r.durationMs);
    q.bindValue(6, sqlText(r.url));
    q.bindValue(7, QString::fromLatin1(headersToJson(r.requestHeaders)));
    q.bindValue(8, blob(r.requestBody));
    q.bindValue(9, r.responseStatus);
    q.bindValue(10, QString::fromLatin1(headersToJson(r.responseHeaders)));
    q.bindValue(11, blob(r.responseBody));
    q.bindValue(12, r.responseTruncated ? 1 : 0);
    q.bindValue(13, sqlText(r.error));
    q.bindValue(14, r.success ? 1 : 0);
    q.bindValue(15, r.attemptNumber);
    q.bindValue(16, sqlText(r.timings.toText()));
    return m_database.insertedId(q);
}

void AttemptLog::trim(qint64 webhookId, int keep)
{
    QSqlQuery &q = m_database.prepared(
        u"DELETE FROM attempts WHERE webhook_id = ? AND id <= (SELECT id FROM attempts"
        " WHERE webhook_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?)"_s);
    q.bindValue(0, webhookId);
    q.bindValue(1, webhookId);
    q.bindValue(2, qMax(keep, 0));
    m_database.exec(q);
}

QList<AttemptRecord> AttemptLog::recent(qint64 webhookId, int limit)
{
    QList<AttemptRecord> newestFirst = m_database.rows(
        u"SELECT "_s + columns + u" FROM attempts WHERE webhook_id = ? ORDER BY id DESC LIMIT ?"_s,
        {webhookId, limit}, fromRow);
    std::reverse(newestFirst.begin(), newestFirst.end());
    return newestFirst;
}

QList<AttemptRecord> AttemptLog::after(qint64 afterId, int limit)
{
    return m_database.rows(u"SELECT "_s + columns
                               + u" FROM attempts WHERE id > ? ORDER BY id LIMIT ?"_s,
                           {afterId, limit}, fromRow);
}

qint64 AttemptLog::lastId()
{
    return m_database
        .firstRow(u"SELECT coalesce(max(id), 0) FROM attempts"_s, {},
                  [](const QSqlQuery &q) { return q.value(0).toLongLong(); })
        .value_or(0);
}

std::optional<AttemptRecord> AttemptLog::attempt(qint64 id)
{
    return m_database.firstRow(u"SELECT "_s + columns + u" FROM attempts WHERE id = ?"_s, {id},
                               fromRow);
}

QList<AttemptSummary> AttemptLog::page(const AttemptFilter &filter, qint64 beforeId, int limit)
{
    QVariantList values;
    const QString where = whereClause(m_database.dialect(), filter, beforeId, values);
    values << limit;
    return m_database.rows(u"SELECT "_s + summaryColumns + where + u" ORDER BY a.id DESC LIMIT ?"_s,
                           values, summaryFromRow);
}

int AttemptLog::count(const AttemptFilter &filter, qint64 afterId)
{
    QVariantList values;
    const QString where = whereClause(m_database.dialect(), filter, 0, values, afterId);
    const auto n = m_database.firstRow(
        u"SELECT count(*) FROM attempts a LEFT JOIN chats c ON c.id = a.chat_id"_s + where, values,
        [](const QSqlQuery &q) { return q.value(0).toInt(); });
    return n.value_or(0);
}

QList<qint64> AttemptLog::ids(const AttemptFilter &filter, qint64 fromId, qint64 toId)
{
    QVariantList values;
    const QString where = whereClause(m_database.dialect(), filter, toId + 1, values, fromId - 1);
    return m_database.rows(u"SELECT a.id FROM attempts a LEFT JOIN chats c ON c.id = a.chat_id"_s
                               + where + u" ORDER BY a.id DESC"_s,
                           values, [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
}

QList<AttemptSummary> AttemptLog::since(qint64 sinceMs)
{
    return m_database.rows(u"SELECT "_s + summaryColumns
                               + u" WHERE a.started_ms >= ? ORDER BY a.started_ms, a.id"_s,
                           {sinceMs}, summaryFromRow);
}

QList<AttemptSummary> AttemptLog::ofDelivery(qint64 deliveryId)
{
    return m_database.rows(u"SELECT "_s + summaryColumns
                               + u" WHERE a.delivery_id = ? ORDER BY a.id"_s,
                           {deliveryId}, summaryFromRow);
}

} // namespace hookline
