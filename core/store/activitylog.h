#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace hookline {

class Database;

// What happened to a webhook, in words: delivered, failed (with the reason), disabled,
// re-enabled, settings changed, test sent. Everything is kept; the page shows the newest ten.
struct ActivityEntry
{
    qint64 id = 0;
    qint64 webhookId = 0;
    QDateTime at;
    QString
        kind; // delivered, failed, disabled, enabled, paused, settings, test, discarded, flushed
    QString text;
    qint64 deliveryId = 0;
};

class ActivityLog
{
public:
    static constexpr int shownByDefault = 10;

    explicit ActivityLog(Database &database);

    void add(qint64 webhookId, qint64 atMs, const QString &kind, const QString &text,
             qint64 deliveryId = 0);
    // Newest first.
    QList<ActivityEntry> recent(qint64 webhookId, int limit = shownByDefault);

private:
    Database &m_database;
};

} // namespace hookline
