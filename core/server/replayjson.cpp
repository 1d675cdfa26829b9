#include "replayjson.h"

#include "ingestjson.h"
#include "inspector.h"
#include "payload/payloadtimestamp.h"
#include "webhookjson.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

std::optional<FieldError> readTime(const QJsonObject &body, const QString &key, qint64 &ms)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull())
        return FieldError {key,
                           u"%1 is required: an ISO 8601 date and time with a zone, like"
                           " 2026-03-01T09:05:07Z"_s.arg(key)};
    if (!value.isString())
        return FieldError {key, u"%1 must be a string"_s.arg(key)};
    const auto time = IngestJson::readTime(value.toString(), key);
    if (const auto *error = std::get_if<FieldError>(&time))
        return *error;
    ms = std::get<QDateTime>(time).toMSecsSinceEpoch();
    return std::nullopt;
}

QJsonValue timeJson(qint64 ms, int messages)
{
    return messages == 0
        ? QJsonValue(QJsonValue::Null)
        : QJsonValue(payloadTimestamp(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)));
}

} // namespace

std::optional<FieldError> ReplayJson::read(const QJsonObject &body, const QString &serverUrl,
                                           ReplayService::Request &request)
{
    static const QStringList known {u"from"_s,    u"to"_s,  u"filter"_s,
                                    u"dry_run"_s, u"url"_s, u"inspector"_s};
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return FieldError {
                it.key(),
                u"%1 is not a replay field; use %2"_s.arg(it.key().left(40), known.join(u", "_s))};
    }
    if (auto e = readTime(body, u"from"_s, request.fromMs))
        return e;
    if (auto e = readTime(body, u"to"_s, request.toMs))
        return e;
    if (body.contains(u"filter"_s)) {
        WebhookFilter filter;
        if (auto e = WebhookJson::readFilter(body.value(u"filter"_s), filter))
            return e;
        request.filter = filter;
    }
    const QJsonValue dryRun = body.value(u"dry_run"_s);
    if (!dryRun.isBool())
        return FieldError {u"dry_run"_s,
                           u"dry_run is required: true to count what a replay would send, false"
                           " to send it"_s};
    request.dryRun = dryRun.toBool();
    if (body.contains(u"url"_s) && body.contains(u"inspector"_s))
        return FieldError {u"inspector"_s,
                           u"give url or inspector, not both: a replay goes to one receiver"_s};
    const QJsonValue url = body.value(u"url"_s);
    if (!url.isUndefined()) {
        if (!url.isString() || url.toString().trimmed().isEmpty())
            return FieldError {u"url"_s,
                               u"url must be a receiver's http:// or https:// URL; leave it out"
                               " to replay to the webhook itself"_s};
        request.targetUrl = url.toString().trimmed();
    }
    const QJsonValue inspector = body.value(u"inspector"_s);
    if (!inspector.isUndefined()) {
        if (!inspector.isString() || !Inspector::isValidName(inspector.toString()))
            return FieldError {u"inspector"_s,
                               u"inspector must be an Inspector name: 1 to 64 letters, digits,"
                               " '-' or '_'"_s};
        request.targetUrl = Inspector::url(serverUrl, inspector.toString());
    }
    return std::nullopt;
}

QJsonObject ReplayJson::toJson(const ReplayService::Outcome &outcome, bool dryRun)
{
    QJsonObject o {
        {u"dry_run"_s, dryRun},
        {u"messages"_s, outcome.messages},
        {u"requests"_s, outcome.requests},
        {u"first_message_at"_s, timeJson(outcome.firstMessageMs, outcome.messages)},
        {u"last_message_at"_s, timeJson(outcome.lastMessageMs, outcome.messages)},
    };
    // Where the requests go: the webhook itself, or the one that gets only replays for a URL
    // (null on a dry run before the first replay there made it).
    o.insert(u"webhook_id"_s,
             outcome.targetWebhookId > 0 ? QJsonValue(outcome.targetWebhookId) : QJsonValue());
    o.insert(u"webhook_name"_s, outcome.targetName);
    if (!dryRun) {
        o.insert(u"first_delivery_id"_s, outcome.firstDeliveryId);
        o.insert(u"last_delivery_id"_s, outcome.lastDeliveryId);
    }
    return o;
}

} // namespace hookline
