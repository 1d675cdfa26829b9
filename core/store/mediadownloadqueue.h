#pragma once

#include <QList>
#include <QString>

namespace hookline {

class Database;

// Media of Cloud API messages that could not be downloaded when the message arrived. The
// message was stored (with a placeholder text) and forwarded; its file is fetched on a later
// try and attached then. Throws StoreError when the database fails.
class MediaDownloadQueue
{
public:
    struct Entry
    {
        qint64 messageId = 0;
        qint64 accountId = 0;
        QString mediaId;
        QString kind;
        QString mimeType;
        QString fileName;
        int attempts = 0;
        qint64 nextAttemptMs = 0;
        QString lastError;
    };

    explicit MediaDownloadQueue(Database &database);

    void add(const Entry &entry);
    // Entries whose next try is due, oldest first.
    QList<Entry> due(qint64 nowMs, int limit);
    // The earliest next try, or 0 when nothing waits.
    qint64 nextAttemptMs();
    void failed(qint64 messageId, int attempts, qint64 nextAttemptMs, const QString &error);
    void remove(qint64 messageId);
    int count();

private:
    Database &m_database;
};

} // namespace hookline
