#include "webhookjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

// "headers": [{"name": …, "value": "…" or null}] in full, replacing the stored list. A value
// left out or null keeps the stored one (WebhookService::Changes::headers); "value_set", as
// reads write it, is allowed so that a read can be sent back.
std::optional<FieldError> readHeaders(const QJsonValue &json, QList<WebhookHeader> &headers)
{
    if (!json.isArray())
        return FieldError {u"headers"_s,
                           u"headers must be an array of {\"name\": …, \"value\": …}"_s};
    const QJsonArray array = json.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = u"headers[%1]"_s.arg(i);
        if (!array.at(i).isObject())
            return FieldError {field, field + u" must be an object with a name and a value"_s};
        const QJsonObject object = array.at(i).toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key() != u"name"_s && it.key() != u"value"_s && it.key() != u"value_set"_s)
                return FieldError {
                    field + u'.' + it.key(),
                    u"%1.%2 is not a header field; use name and value"_s.arg(field, it.key())};
        }
        WebhookHeader header;
        const QJsonValue name = object.value(u"name"_s);
        if (!name.isString())
            return FieldError {field + u".name"_s, field + u".name must be a string"_s};
        header.name = name.toString();
        const QJsonValue value = object.value(u"value"_s);
        if (value.isString())
            header.value = value.toString(); // "" stays empty, not null: refused, not kept
        else if (!value.isNull() && !value.isUndefined())
            return FieldError {field + u".value"_s,
                               field + u".value must be a string, or null to keep it"_s};
        headers.append(header);
    }
    return std::nullopt;
}

// "events": ["message.status", "message.reaction"] in full, replacing the stored set.
std::optional<FieldError> readEvents(const QJsonValue &json, std::optional<WebhookEvents> &events)
{
    if (!json.isArray())
        return FieldError {
            u"events"_s,
            u"events must be an array of \"message.status\" and \"message.reaction\""_s};
    const QJsonArray array = json.toArray();
    events = WebhookEvents();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto event = webhookEventFromName(array.at(i).toString());
        if (!array.at(i).isString() || !event)
            return FieldError {
                u"events[%1]"_s.arg(i),
                u"events[%1] must be \"message.status\" or \"message.reaction\""_s.arg(i)};
        *events |= *event;
    }
    return std::nullopt;
}

} // namespace

std::optional<FieldError> WebhookJson::readFilter(const QJsonValue &json, WebhookFilter &filter)
{
    if (json.isNull())
        return std::nullopt;
    if (!json.isObject())
        return FieldError {u"filter"_s, u"filter must be an object, or null for none"_s};
    const QJsonObject object = json.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        static const QStringList known {u"direction"_s,  u"accounts"_s, u"chat_kind"_s,
                                        u"attachment"_s, u"text"_s,     u"text_is_regex"_s};
        if (!known.contains(it.key()))
            return FieldError {
                u"filter."_s + it.key(),
                u"filter.%1 is not a filter field; use %2"_s.arg(it.key(), known.join(u", "_s))};
    }
    // A closed set's name: `names` lists them for the sentence.
    auto named = [&](const QString &key, auto fromName, auto &target,
                     const QString &names) -> std::optional<FieldError> {
        const QJsonValue v = object.value(key);
        if (v.isUndefined())
            return std::nullopt;
        const auto value = fromName(v.toString());
        if (!v.isString() || !value)
            return FieldError {u"filter."_s + key,
                               u"filter.%1 must be one of %2"_s.arg(key, names)};
        target = *value;
        return std::nullopt;
    };
    if (auto e = named(u"direction"_s, WebhookFilter::directionFromName, filter.direction,
                       u"received, sent, both"_s))
        return e;
    if (auto e = named(u"chat_kind"_s, WebhookFilter::chatKindFromName, filter.chatKind,
                       u"direct, group, both"_s))
        return e;
    if (auto e = named(u"attachment"_s, WebhookFilter::attachmentFromName, filter.attachment,
                       u"with, without, either"_s))
        return e;
    if (object.contains(u"accounts"_s)) {
        if (!object.value(u"accounts"_s).isArray())
            return FieldError {u"filter.accounts"_s,
                               u"filter.accounts must be an array of phone numbers"_s};
        const QJsonArray accounts = object.value(u"accounts"_s).toArray();
        for (qsizetype i = 0; i < accounts.size(); ++i) {
            if (!accounts.at(i).isString())
                return FieldError {u"filter.accounts[%1]"_s.arg(i),
                                   u"filter.accounts[%1] must be a string"_s.arg(i)};
            filter.accounts.append(accounts.at(i).toString());
        }
    }
    const QJsonValue text = object.value(u"text"_s);
    if (text.isString())
        filter.text = text.toString();
    else if (!text.isUndefined() && !text.isNull())
        return FieldError {u"filter.text"_s, u"filter.text must be a string, or null for any"_s};
    const QJsonValue regex = object.value(u"text_is_regex"_s);
    if (regex.isBool())
        filter.textIsRegex = regex.toBool();
    else if (!regex.isUndefined())
        return FieldError {u"filter.text_is_regex"_s,
                           u"filter.text_is_regex must be true or false"_s};
    return std::nullopt;
}

QJsonObject WebhookJson::toJson(const Webhook &w, int pending)
{
    QJsonArray schedule;
    for (int seconds : w.retryScheduleSeconds)
        schedule.append(seconds);
    // Names only: the values are write-only, like the secret.
    QJsonArray headers;
    for (const WebhookHeader &h : w.headers)
        headers.append(QJsonObject {{u"name"_s, h.name},
                                    {u"value"_s, QJsonValue::Null},
                                    {u"value_set"_s, !h.value.isEmpty()}});
    return QJsonObject {
        {u"id"_s, w.id},
        {u"name"_s, w.name},
        {u"url"_s, w.url},
        {u"aggregation"_s, aggregationName(w.aggregation)},
        {u"enabled"_s, w.enabled},
        {u"has_secret"_s, !w.secret.isEmpty()},
        {u"timeout_ms"_s, w.timeoutMs},
        {u"success_rule"_s, successRuleName(w.successRule)},
        {u"retry_schedule"_s, schedule},
        {u"log_limit"_s, w.logLimit},
        {u"headers"_s, headers},
        {u"filter"_s, w.filter.isEmpty() ? QJsonValue(QJsonValue::Null) : w.filter.toJson()},
        {u"max_in_flight"_s, w.maxInFlight},
        {u"max_requests_per_second"_s, w.maxPerSecond},
        {u"mode"_s, deliveryModeName(w.mode)},
        {u"events"_s, QJsonArray::fromStringList(webhookEventNames(w.events))},
        {u"replays_only"_s, w.replaysOnly},
        {u"consecutive_errors"_s, w.consecutiveErrors},
        {u"disabled_reason"_s, w.disabledReason},
        {u"pending"_s, pending},
    };
}

std::optional<FieldError> WebhookJson::read(const QJsonObject &patch,
                                            WebhookService::Changes &changes)
{
    for (const QString &readOnly :
         {u"id"_s, u"has_secret"_s, u"consecutive_errors"_s, u"disabled_reason"_s, u"pending"_s}) {
        if (patch.contains(readOnly))
            return FieldError {readOnly, u"%1 is read-only"_s.arg(readOnly)};
    }
    auto string
        = [&](const QString &key, std::optional<QString> &target) -> std::optional<FieldError> {
        if (!patch.contains(key))
            return std::nullopt;
        if (!patch.value(key).isString())
            return FieldError {key, u"%1 must be a string"_s.arg(key)};
        target = patch.value(key).toString();
        return std::nullopt;
    };
    if (auto e = string(u"name"_s, changes.name))
        return e;
    if (auto e = string(u"url"_s, changes.url))
        return e;
    if (patch.contains(u"secret"_s) && patch.value(u"secret"_s).isNull())
        changes.secret = QString();
    else if (auto e = string(u"secret"_s, changes.secret))
        return e;
    if (patch.contains(u"aggregation"_s)) {
        const auto a = aggregationFromName(patch.value(u"aggregation"_s).toString());
        if (!patch.value(u"aggregation"_s).isString() || !a)
            return FieldError {u"aggregation"_s,
                               u"aggregation must be one of none, 1h, 6h, 12h, 24h"_s};
        changes.aggregation = *a;
    }
    if (patch.contains(u"mode"_s)) {
        const auto mode = deliveryModeFromName(patch.value(u"mode"_s).toString());
        if (!patch.value(u"mode"_s).isString() || !mode)
            return FieldError {u"mode"_s, u"mode must be one of push, pull, both"_s};
        changes.mode = *mode;
    }
    if (patch.contains(u"success_rule"_s)) {
        const auto rule = successRuleFromName(patch.value(u"success_rule"_s).toString());
        if (!patch.value(u"success_rule"_s).isString() || !rule)
            return FieldError {u"success_rule"_s, u"success_rule must be \"2xx\" or \"200\""_s};
        changes.successRule = *rule;
    }
    if (patch.contains(u"enabled"_s)) {
        if (!patch.value(u"enabled"_s).isBool())
            return FieldError {u"enabled"_s, u"enabled must be true or false"_s};
        changes.enabled = patch.value(u"enabled"_s).toBool();
    }
    if (patch.contains(u"backlog"_s)) {
        const QString b = patch.value(u"backlog"_s).toString();
        if (b != u"deliver"_s && b != u"discard"_s)
            return FieldError {u"backlog"_s, u"backlog must be \"deliver\" or \"discard\""_s};
        changes.backlog = b == u"discard"_s ? Backlog::Discard : Backlog::Deliver;
    }
    auto integer
        = [&](const QString &key, std::optional<int> &target) -> std::optional<FieldError> {
        if (!patch.contains(key))
            return std::nullopt;
        const QJsonValue v = patch.value(key);
        if (!v.isDouble() || v.toDouble() != double(v.toInteger()))
            return FieldError {key, u"%1 must be a whole number"_s.arg(key)};
        if (v.toInteger() < 0 || v.toInteger() > 1'000'000'000)
            return FieldError {key, u"%1 is out of range"_s.arg(key)};
        target = int(v.toInteger());
        return std::nullopt;
    };
    if (auto e = integer(u"timeout_ms"_s, changes.timeoutMs))
        return e;
    if (auto e = integer(u"log_limit"_s, changes.logLimit))
        return e;
    if (auto e = integer(u"max_in_flight"_s, changes.maxInFlight))
        return e;
    // A number, or null for no limit (as 0).
    if (patch.contains(u"max_requests_per_second"_s)) {
        const QJsonValue v = patch.value(u"max_requests_per_second"_s);
        if (!v.isDouble() && !v.isNull())
            return FieldError {u"max_requests_per_second"_s,
                               u"max_requests_per_second must be a number, or null for no limit"_s};
        changes.maxPerSecond = v.toDouble(0);
    }
    if (patch.contains(u"retry_schedule"_s)) {
        if (!patch.value(u"retry_schedule"_s).isArray())
            return FieldError {u"retry_schedule"_s,
                               u"retry_schedule must be an array of seconds"_s};
        QList<int> schedule;
        for (const QJsonValue &v : patch.value(u"retry_schedule"_s).toArray()) {
            if (!v.isDouble() || v.toDouble() != double(v.toInteger()) || v.toInteger() < 0
                || v.toInteger() > 7 * 24 * 3600)
                return FieldError {u"retry_schedule"_s,
                                   u"retry_schedule must hold whole seconds from 0 to 604800"_s};
            schedule.append(int(v.toInteger()));
        }
        changes.retryScheduleSeconds = schedule;
    }
    if (patch.contains(u"headers"_s)) {
        QList<WebhookHeader> headers;
        if (auto e = readHeaders(patch.value(u"headers"_s), headers))
            return e;
        changes.headers = headers;
    }
    if (patch.contains(u"filter"_s)) {
        WebhookFilter filter;
        if (auto e = readFilter(patch.value(u"filter"_s), filter))
            return e;
        changes.filter = filter;
    }
    if (patch.contains(u"events"_s)) {
        if (auto e = readEvents(patch.value(u"events"_s), changes.events))
            return e;
    }
    if (patch.contains(u"replays_only"_s)) {
        if (!patch.value(u"replays_only"_s).isBool())
            return FieldError {u"replays_only"_s,
                               u"replays_only must be true (only replays reach it) or false"_s};
        changes.replaysOnly = patch.value(u"replays_only"_s).toBool();
    }
    return std::nullopt;
}

} // namespace hookline
