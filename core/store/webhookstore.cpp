#include "webhookstore.h"

#include "activitylog.h"
#include "database.h"
#include "domain/standardwebhooks.h"
#include "outbox.h"
#include "storeerror.h"
#include "transaction.h"
#include "webhookfeed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

// The delivering engine may be another process's: it reloads the webhook when told.
void notifySettings(Database &database, qint64 id)
{
    database.notifyOnCommit(QString::fromUtf16(StoreChannel::settings), QString::number(id));
}

const QString columns = u"id, name, url, aggregation, enabled, secret, timeout_ms, success_rule,"
                        " retry_schedule, log_limit, consecutive_errors, disabled_reason,"
                        " next_attempt_ms, last_flush_ms, headers, message_filter, max_in_flight,"
                        " max_per_second, delivery_mode, events, replays_only"_s;

QString scheduleToText(const QList<int> &schedule)
{
    QJsonArray array;
    for (int seconds : schedule)
        array.append(seconds);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<int> scheduleFromText(const QString &text)
{
    QList<int> schedule;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        schedule.append(v.toInt());
    return schedule.isEmpty() ? Webhook::defaultRetrySchedule() : schedule;
}

// As compact JSON, like the retry schedule: [{"name": …, "value": …}] in order.
QString headersToText(const QList<WebhookHeader> &headers)
{
    QJsonArray array;
    for (const WebhookHeader &h : headers)
        array.append(QJsonObject {{u"name"_s, h.name}, {u"value"_s, h.value}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<WebhookHeader> headersFromText(const QString &text)
{
    QList<WebhookHeader> headers;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        headers.append({v[u"name"].toString(), v[u"value"].toString()});
    return headers;
}

Webhook fromRow(const QSqlQuery &q)
{
    Webhook w;
    w.id = q.value(0).toLongLong();
    w.name = q.value(1).toString();
    w.url = q.value(2).toString();
    w.aggregation = aggregationFromName(q.value(3).toString()).value_or(Aggregation::None);
    w.enabled = q.value(4).toBool();
    w.secret = q.value(5).toString();
    w.timeoutMs = q.value(6).toInt();
    w.successRule = successRuleFromName(q.value(7).toString()).value_or(SuccessRule::Any2xx);
    w.retryScheduleSeconds = scheduleFromText(q.value(8).toString());
    w.logLimit = q.value(9).toInt();
    w.consecutiveErrors = q.value(10).toInt();
    w.disabledReason = q.value(11).toString();
    w.nextAttemptMs = q.value(12).toLongLong();
    w.lastFlushMs = q.value(13).toLongLong();
    w.headers = headersFromText(q.value(14).toString());
    w.filter = WebhookStore::filterFromText(q.value(15).toString());
    w.maxInFlight = q.value(16).toInt();
    w.maxPerSecond = q.value(17).toDouble();
    w.mode = deliveryModeFromName(q.value(18).toString()).value_or(DeliveryMode::Push);
    w.events = WebhookStore::eventsFromText(q.value(19).toString());
    w.replaysOnly = q.value(20).toBool();
    return w;
}

void bindSettings(QSqlQuery &q, const Webhook &w)
{
    q.bindValue(0, sqlText(w.name.trimmed()));
    q.bindValue(1, sqlText(w.url.trimmed()));
    q.bindValue(2, aggregationName(w.aggregation));
    q.bindValue(3, w.enabled ? 1 : 0);
    q.bindValue(4, sqlText(w.secret));
    q.bindValue(5, w.timeoutMs);
    q.bindValue(6, successRuleName(w.successRule));
    q.bindValue(7, scheduleToText(w.retryScheduleSeconds));
    q.bindValue(8, w.logLimit);
    q.bindValue(9, sqlText(headersToText(w.headers)));
    q.bindValue(10, sqlText(WebhookStore::filterToText(w.filter)));
    q.bindValue(11, w.maxInFlight);
    q.bindValue(12, w.maxPerSecond);
    q.bindValue(13, deliveryModeName(w.mode));
    q.bindValue(14, sqlText(webhookEventNames(w.events).join(u' ')));
    q.bindValue(15, w.replaysOnly ? 1 : 0);
}

QString describeChanges(const Webhook &before, const Webhook &after)
{
    QStringList changes;
    if (before.name != after.name)
        changes << u"name"_s;
    if (before.url != after.url)
        changes << u"URL"_s;
    if (before.aggregation != after.aggregation)
        changes << u"aggregation %1 → %2"_s.arg(aggregationName(before.aggregation),
                                                aggregationName(after.aggregation));
    if (before.secret != after.secret)
        changes << u"secret"_s;
    if (before.timeoutMs != after.timeoutMs)
        changes << u"timeout"_s;
    if (before.successRule != after.successRule)
        changes << u"success rule"_s;
    if (before.retryScheduleSeconds != after.retryScheduleSeconds)
        changes << u"retry schedule"_s;
    if (before.logLimit != after.logLimit)
        changes << u"log size"_s;
    // Named only: the values are credentials.
    if (before.headers != after.headers)
        changes << u"headers"_s;
    if (before.filter != after.filter)
        changes << u"filter"_s;
    if (before.maxInFlight != after.maxInFlight || before.maxPerSecond != after.maxPerSecond)
        changes << u"throttle"_s;
    if (before.mode != after.mode)
        changes << u"mode %1 → %2"_s.arg(deliveryModeName(before.mode),
                                         deliveryModeName(after.mode));
    if (before.events != after.events)
        changes << u"events"_s;
    if (before.replaysOnly != after.replaysOnly)
        changes << (after.replaysOnly ? u"replays only"_s : u"new messages too"_s);
    return changes.join(u", "_s);
}

} // namespace

WebhookStore::WebhookStore(Database &database)
    : m_database(database)
{
}

std::optional<FieldError> WebhookStore::validate(const Webhook &w)
{
    if (w.name.trimmed().size() > 200)
        return FieldError {u"name"_s, u"name is longer than 200 characters"_s};
    const QString text = w.url.trimmed();
    if (text.isEmpty())
        return FieldError {u"url"_s, u"url is required"_s};
    if (text.size() > 4096)
        return FieldError {u"url"_s, u"url is longer than 4096 characters"_s};
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return FieldError {u"url"_s, u"url is not a valid URL: %1"_s.arg(url.errorString())};
    if (url.scheme() != u"http"_s && url.scheme() != u"https"_s)
        return FieldError {u"url"_s, u"url must start with http:// or https://"_s};
    if (url.host().isEmpty())
        return FieldError {u"url"_s, u"url has no host"_s};
    if (!w.secret.isEmpty() && !StandardWebhooks::isValidSecret(w.secret))
        return FieldError {u"secret"_s,
                           u"secret must be \"whsec_\" followed by 24 to 64 bytes in base64"_s};
    if (w.timeoutMs < 100 || w.timeoutMs > 600000)
        return FieldError {u"timeout_ms"_s, u"timeout_ms must be between 100 and 600000"_s};
    if (w.retryScheduleSeconds.isEmpty() || w.retryScheduleSeconds.size() > 50)
        return FieldError {u"retry_schedule"_s,
                           u"retry_schedule needs 1 to 50 delays in seconds"_s};
    for (int seconds : w.retryScheduleSeconds) {
        if (seconds < 0 || seconds > 7 * 24 * 3600)
            return FieldError {u"retry_schedule"_s,
                               u"retry_schedule delays must be between 0 and 604800 seconds"_s};
    }
    if (w.logLimit < 1 || w.logLimit > 100000)
        return FieldError {u"log_limit"_s, u"log_limit must be between 1 and 100000"_s};
    if (w.maxInFlight < 1 || w.maxInFlight > Webhook::maxInFlightLimit)
        return FieldError {
            u"max_in_flight"_s,
            u"max_in_flight must be between 1 and %1"_s.arg(Webhook::maxInFlightLimit)};
    // NaN fails both comparisons, so it is refused too.
    if (!(w.maxPerSecond == 0
          || (w.maxPerSecond >= Webhook::minPerSecond
              && w.maxPerSecond <= Webhook::maxPerSecondLimit)))
        return FieldError {u"max_requests_per_second"_s,
                           u"max_requests_per_second must be 0 (no limit) or between %1 and %2"_s
                               .arg(Webhook::minPerSecond)
                               .arg(Webhook::maxPerSecondLimit)};
    if (auto error = WebhookHeader::validate(w.headers))
        return error;
    return WebhookFilter::validate(w.filter, WebhookFilter::RegexCheck::CompileOnly);
}

QString WebhookStore::filterToText(const WebhookFilter &filter)
{
    if (filter.isEmpty())
        return QString();
    return QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact));
}

WebhookEvents WebhookStore::eventsFromText(const QString &text)
{
    WebhookEvents events;
    for (const QString &name : text.split(u' ', Qt::SkipEmptyParts)) {
        if (const auto event = webhookEventFromName(name))
            events |= *event;
    }
    return events;
}

WebhookFilter WebhookStore::filterFromText(const QString &text)
{
    if (text.isEmpty())
        return {};
    return WebhookFilter::fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
}

void WebhookStore::refuseDuplicate(const Webhook &w)
{
    // What only gets replays never gets a new message twice.
    if (w.replaysOnly)
        return;
    const auto other = m_database.firstRow(
        u"SELECT id, name FROM webhooks WHERE url = ? AND aggregation = ? AND id <> ?"
        " AND replays_only = 0 LIMIT 1"_s,
        {w.url.trimmed(), aggregationName(w.aggregation), w.id}, [](const QSqlQuery &q) {
            return std::pair(q.value(0).toLongLong(), q.value(1).toString());
        });
    if (other) {
        throw WebhookRejected(
            {u"url"_s,
             u"webhook %1%2 already posts to this URL with the same aggregation; every message "
             "would arrive twice"_s.arg(other->first)
                 .arg(other->second.isEmpty() ? QString() : u" (\"%1\")"_s.arg(other->second))});
    }
}

qint64 WebhookStore::create(const Webhook &w, qint64 nowMs)
{
    if (auto error = validate(w))
        throw WebhookRejected(*error);
    Transaction transaction(m_database);
    refuseDuplicate(w);
    QSqlQuery &q = m_database.prepared(
        u"INSERT INTO webhooks (name, url, aggregation, enabled, secret, timeout_ms,"
        " success_rule, retry_schedule, log_limit, headers, message_filter, max_in_flight,"
        " max_per_second, delivery_mode, events, replays_only, last_flush_ms, created_ms)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    bindSettings(q, w);
    q.bindValue(16, nowMs);
    q.bindValue(17, nowMs);
    const qint64 id = m_database.insertedId(q);
    ActivityLog(m_database)
        .add(id, nowMs, ActivityKind::Settings,
             u"webhook created (%1)"_s.arg(aggregationName(w.aggregation)));
    notifySettings(m_database, id);
    transaction.commit();
    return id;
}

void WebhookStore::update(const Webhook &w, qint64 nowMs)
{
    if (auto error = validate(w))
        throw WebhookRejected(*error);
    Transaction transaction(m_database);
    const std::optional<Webhook> before = webhook(w.id);
    if (!before)
        throw StoreError(u"no webhook with id %1"_s.arg(w.id));
    refuseDuplicate(w);
    if (before->aggregation != w.aggregation && before->aggregation != Aggregation::None)
        Outbox(m_database).flushBundles(w.id, nowMs);
    QSqlQuery &q = m_database.prepared(
        u"UPDATE webhooks SET name = ?, url = ?, aggregation = ?, enabled = ?, secret = ?,"
        " timeout_ms = ?, success_rule = ?, retry_schedule = ?, log_limit = ?, headers = ?,"
        " message_filter = ?, max_in_flight = ?, max_per_second = ?, delivery_mode = ?,"
        " events = ?, replays_only = ?,"
        " last_flush_ms = CASE WHEN aggregation = ? THEN last_flush_ms ELSE ? END"
        " WHERE id = ?"_s);
    bindSettings(q, w);
    q.bindValue(3, before->enabled ? 1 : 0); // switching on or off is setEnabled's job, below
    q.bindValue(16, aggregationName(w.aggregation));
    q.bindValue(17, nowMs);
    q.bindValue(18, w.id);
    m_database.exec(q);
    const QString changes = describeChanges(*before, w);
    if (!changes.isEmpty())
        ActivityLog(m_database)
            .add(w.id, nowMs, ActivityKind::Settings, u"settings changed: "_s + changes);
    if (before->mode != w.mode)
        WebhookFeed(m_database).modeChanged(w.id, before->mode, w.mode, nowMs);
    notifySettings(m_database, w.id);
    transaction.commit();
    if (before->enabled != w.enabled)
        setEnabled(w.id, w.enabled, Backlog::Deliver, nowMs);
}

void WebhookStore::remove(qint64 id)
{
    QSqlQuery &q = m_database.prepared(u"DELETE FROM webhooks WHERE id = ?"_s);
    q.bindValue(0, id);
    m_database.exec(q);
    if (q.numRowsAffected() != 1)
        throw StoreError(u"no webhook with id %1"_s.arg(id));
    notifySettings(m_database, id);
}

std::optional<Webhook> WebhookStore::webhook(qint64 id)
{
    return m_database.firstRow(u"SELECT "_s + columns + u" FROM webhooks WHERE id = ?"_s, {id},
                               fromRow);
}

QList<Webhook> WebhookStore::webhooks()
{
    return m_database.rows(u"SELECT "_s + columns + u" FROM webhooks ORDER BY id"_s, {}, fromRow);
}

QStringList WebhookStore::enabledUrls()
{
    return m_database.rows(u"SELECT url FROM webhooks WHERE enabled = 1 ORDER BY id"_s, {},
                           [](const QSqlQuery &q) { return q.value(0).toString(); });
}

void WebhookStore::setEnabled(qint64 id, bool enabled, Backlog backlog, qint64 nowMs)
{
    Transaction transaction(m_database);
    const std::optional<Webhook> w = webhook(id);
    if (!w)
        throw StoreError(u"no webhook with id %1"_s.arg(id));
    QSqlQuery &q = m_database.prepared(
        u"UPDATE webhooks SET enabled = ?, consecutive_errors = CASE WHEN ? = 1 THEN 0"
        " ELSE consecutive_errors END, disabled_reason = CASE WHEN ? = 1 THEN ''"
        " ELSE disabled_reason END, next_attempt_ms = CASE WHEN ? = 1 THEN 0"
        " ELSE next_attempt_ms END WHERE id = ?"_s);
    q.bindValue(0, enabled ? 1 : 0);
    q.bindValue(1, enabled ? 1 : 0);
    q.bindValue(2, enabled ? 1 : 0);
    q.bindValue(3, enabled ? 1 : 0);
    q.bindValue(4, id);
    m_database.exec(q);
    ActivityLog activity(m_database);
    if (enabled) {
        QString text = u"enabled"_s;
        if (backlog == Backlog::Discard) {
            const int dropped = Outbox(m_database).discardPending(id, nowMs);
            text += u"; %1 waiting message(s) discarded"_s.arg(dropped);
        } else {
            text += u"; %1 waiting message(s) will be delivered"_s.arg(
                Outbox(m_database).pendingMessageCount(id));
        }
        activity.add(id, nowMs, ActivityKind::Enabled, text);
    } else if (w->enabled) {
        activity.add(id, nowMs, ActivityKind::Paused, u"paused by the user; new messages wait"_s);
    }
    notifySettings(m_database, id);
    transaction.commit();
}

int WebhookStore::consecutiveErrors(qint64 id)
{
    return m_database
        .firstRow(u"SELECT consecutive_errors FROM webhooks WHERE id = ?"_s, {id},
                  [](const QSqlQuery &q) { return q.value(0).toInt(); })
        .value_or(0);
}

void WebhookStore::setFailureState(qint64 id, int consecutiveErrors, qint64 nextAttemptMs)
{
    QSqlQuery &q = m_database.prepared(
        u"UPDATE webhooks SET consecutive_errors = ?, next_attempt_ms = ? WHERE id = ?"_s);
    q.bindValue(0, consecutiveErrors);
    q.bindValue(1, nextAttemptMs);
    q.bindValue(2, id);
    m_database.exec(q);
}

bool WebhookStore::autoDisable(qint64 id, const QString &reason)
{
    QSqlQuery &q = m_database.prepared(u"UPDATE webhooks SET enabled = 0, disabled_reason = ?"
                                       " WHERE id = ? AND enabled = 1"_s);
    q.bindValue(0, sqlText(reason));
    q.bindValue(1, id);
    m_database.exec(q);
    if (q.numRowsAffected() != 1)
        return false;
    notifySettings(m_database, id);
    return true;
}

bool WebhookStore::claimFlush(qint64 id, qint64 boundaryMs)
{
    QSqlQuery &q = m_database.run(
        u"UPDATE webhooks SET last_flush_ms = ? WHERE id = ? AND last_flush_ms < ?"_s,
        {boundaryMs, id, boundaryMs});
    return q.numRowsAffected() == 1;
}

} // namespace hookline
