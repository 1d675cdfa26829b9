#pragma once

#include <QByteArray>
#include <QList>

namespace hookline {

class Database;

// Cloud API notifications as received, between the 200 that Meta got and their processing.
// On a store shared by several instances each sees only the notifications it received
// (`owner`: its host and data directory), because it processes them with its own secrets and
// two instances processing one notification would repeat its statuses and downloads.
// Throws StoreError when the database fails.
class CloudApiInbox
{
public:
    struct Entry
    {
        qint64 id = 0;
        QByteArray body;
    };

    CloudApiInbox(Database &database, QString owner);

    qint64 add(const QByteArray &body, qint64 nowMs);
    // Oldest first, after the entry `afterId`.
    QList<Entry> oldest(qint64 afterId, int limit);
    void remove(qint64 id);
    int count();

private:
    Database &m_database;
    QString m_owner;
};

} // namespace hookline
