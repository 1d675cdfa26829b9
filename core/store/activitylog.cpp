#include "activitylog.h"

#include "database.h"
#include "domain/enumnames.h"

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

constexpr EnumName<ActivityKind> kindNames[] = {
    {ActivityKind::Delivered, u"delivered"}, {ActivityKind::Failed, u"failed"},
    {ActivityKind::Disabled, u"disabled"},   {ActivityKind::Enabled, u"enabled"},
    {ActivityKind::Paused, u"paused"},       {ActivityKind::Settings, u"settings"},
    {ActivityKind::Test, u"test"},           {ActivityKind::Discarded, u"discarded"},
    {ActivityKind::Flushed, u"flushed"},     {ActivityKind::Email, u"email"},
    {ActivityKind::Resent, u"resent"},       {ActivityKind::Other, u"other"},
};

} // namespace

QString activityKindName(ActivityKind kind)
{
    return nameOf(kindNames, kind);
}

std::optional<ActivityKind> activityKindFromName(QStringView name)
{
    return fromName(kindNames, name);
}

ActivityLog::ActivityLog(Database &database)
    : m_database(database)
{
}

void ActivityLog::add(qint64 webhookId, qint64 atMs, ActivityKind kind, const QString &text,
                      qint64 deliveryId)
{
    QSqlQuery &q = m_database.prepared(u"INSERT INTO activity (webhook_id, at_ms, kind, text,"
                                       " delivery_id) VALUES (?, ?, ?, ?, ?)"_s);
    q.bindValue(0, webhookId);
    q.bindValue(1, atMs);
    q.bindValue(2, activityKindName(kind));
    q.bindValue(3, sqlText(text));
    q.bindValue(4, deliveryId > 0 ? QVariant(deliveryId) : QVariant());
    m_database.exec(q);
    // Desktops attached to other instances of a shared store refresh the webhook's page.
    m_database.notifyOnCommit(QString::fromUtf16(StoreChannel::activity),
                              QString::number(webhookId));
}

QList<ActivityEntry> ActivityLog::recent(qint64 webhookId, int limit)
{
    return m_database.rows(
        u"SELECT id, webhook_id, at_ms, kind, text, coalesce(delivery_id, 0) FROM activity"
        " WHERE webhook_id = ? ORDER BY id DESC LIMIT ?"_s,
        {webhookId, limit}, [](const QSqlQuery &q) {
            const QString kindName = q.value(3).toString();
            return ActivityEntry {q.value(0).toLongLong(),
                                  q.value(1).toLongLong(),
                                  QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC),
                                  activityKindFromName(kindName).value_or(ActivityKind::Other),
                                  kindName,
                                  q.value(4).toString(),
                                  q.value(5).toLongLong()};
        });
}

} // namespace hookline
