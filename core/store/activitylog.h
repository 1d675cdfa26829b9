#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace hookline {

class Database;

// What kind of thing happened to a webhook. Discarded is only in logs of older versions (a
// re-enable without the backlog is an Enabled entry that says so); Other is a kind this version
// does not know (written by a newer one on a shared store).
enum class ActivityKind {
    Delivered,
    Failed,
    Disabled,
    Enabled,
    Paused,
    Settings,
    Test,
    Discarded,
    Flushed,
    Email,
    Resent,
    Other,
};
// As stored and as GET /api/v1/webhooks/{id}/activity says it: "delivered", "failed", …
QString activityKindName(ActivityKind kind);
std::optional<ActivityKind> activityKindFromName(QStringView name);

// What happened to a webhook, in words: delivered, failed (with the reason), disabled,
// re-enabled, settings changed, test sent. Everything is kept; the page shows the newest ten.
struct ActivityEntry
{
    qint64 id = 0;
    qint64 webhookId = 0;
    QDateTime at;
    ActivityKind kind = ActivityKind::Other;
    QString kindName; // as stored: what the API reports, and the name of an Other
    QString text;
    qint64 deliveryId = 0;
};

class ActivityLog
{
public:
    static constexpr int shownByDefault = 10;

    explicit ActivityLog(Database &database);

    void add(qint64 webhookId, qint64 atMs, ActivityKind kind, const QString &text,
             qint64 deliveryId = 0);
    // Newest first.
    QList<ActivityEntry> recent(qint64 webhookId, int limit = shownByDefault);

private:
    Database &m_database;
};

} // namespace hookline
