#pragma once

#include <QByteArray>
#include <QList>

namespace hookline {

class Database;

// Cloud API notifications as received, between the 200 that Meta got and their processing.
// Throws StoreError when the database fails.
class CloudApiInbox
{
public:
    struct Entry
    {
        qint64 id = 0;
        QByteArray body;
    };

    explicit CloudApiInbox(Database &database);

    qint64 add(const QByteArray &body, qint64 nowMs);
    // Oldest first, after the entry `afterId`.
    QList<Entry> oldest(qint64 afterId, int limit);
    void remove(qint64 id);
    int count();

private:
    Database &m_database;
};

} // namespace hookline
