#include "attemptlog.h"

#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

const QString columns = u"id, webhook_id, coalesce(delivery_id, 0), webhook_message_id, chat_id,"
                        " started_ms, duration_ms, url, request_headers, request_body,"
                        " response_status, response_headers, response_body, response_truncated,"
                        " error, success"_s;

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
    return r;
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
        " response_headers, response_body, response_truncated, error, success)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
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
    m_database.exec(q);
    return q.lastInsertId().toLongLong();
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

} // namespace hookline
