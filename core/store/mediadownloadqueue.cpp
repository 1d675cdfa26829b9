#include "mediadownloadqueue.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace hookline {

MediaDownloadQueue::MediaDownloadQueue(Database &database)
    : m_database(database)
{
}

void MediaDownloadQueue::add(const Entry &e)
{
    m_database.run(u"INSERT INTO media_downloads (message_id, account_id, media_id, kind,"
                   " mime_type, file_name, attempts, next_attempt_ms, last_error)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_id) DO UPDATE SET"
                   " account_id = excluded.account_id, media_id = excluded.media_id,"
                   " kind = excluded.kind, mime_type = excluded.mime_type,"
                   " file_name = excluded.file_name, attempts = excluded.attempts,"
                   " next_attempt_ms = excluded.next_attempt_ms,"
                   " last_error = excluded.last_error"_s,
                   {e.messageId, e.accountId, e.mediaId, e.kind, sqlText(e.mimeType),
                    sqlText(e.fileName), e.attempts, e.nextAttemptMs, sqlText(e.lastError)});
}

QList<MediaDownloadQueue::Entry> MediaDownloadQueue::due(qint64 nowMs, int limit)
{
    return m_database.rows(
        u"SELECT message_id, account_id, media_id, kind, mime_type, file_name, attempts,"
        " next_attempt_ms, last_error FROM media_downloads WHERE next_attempt_ms <= ?"
        " ORDER BY next_attempt_ms, message_id LIMIT ?"_s,
        {nowMs, limit}, [](const QSqlQuery &q) {
            return Entry {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                          q.value(3).toString(),   q.value(4).toString(),   q.value(5).toString(),
                          q.value(6).toInt(),      q.value(7).toLongLong(), q.value(8).toString()};
        });
}

qint64 MediaDownloadQueue::nextAttemptMs()
{
    return m_database
        .firstRow(u"SELECT min(next_attempt_ms) FROM media_downloads"_s, {},
                  [](const QSqlQuery &q) { return q.value(0).toLongLong(); })
        .value_or(0);
}

void MediaDownloadQueue::failed(qint64 messageId, int attempts, qint64 nextAttemptMs,
                                const QString &error)
{
    m_database.run(u"UPDATE media_downloads SET attempts = ?, next_attempt_ms = ?, last_error = ?"
                   " WHERE message_id = ?"_s,
                   {attempts, nextAttemptMs, sqlText(error), messageId});
}

void MediaDownloadQueue::remove(qint64 messageId)
{
    m_database.run(u"DELETE FROM media_downloads WHERE message_id = ?"_s, {messageId});
}

int MediaDownloadQueue::count()
{
    return m_database
        .firstRow(u"SELECT count(*) FROM media_downloads"_s, {},
                  [](const QSqlQuery &q) { return q.value(0).toInt(); })
        .value_or(0);
}

} // namespace hookline
