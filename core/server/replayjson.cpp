#include "replayjson.h"

#include "ingestjson.h"
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

std::optional<FieldError> ReplayJson::read(const QJsonObject &body, ReplayService::Request &request)
{
    static const QStringList known {u"from"_s, u"to"_s, u"filter"_s, u"dry_run"_s};
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
    if (!dryRun) {
        o.insert(u"first_delivery_id"_s, outcome.firstDeliveryId);
        o.insert(u"last_delivery_id"_s, outcome.lastDeliveryId);
    }
    return o;
}

} // namespace hookline
