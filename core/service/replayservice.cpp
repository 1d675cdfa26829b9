#include "replayservice.h"

#include "delivery/enginethread.h"
#include "store/storeconnection.h"
#include "store/storeerror.h"
#include "store/transaction.h"
#include "webhookservice.h"

#include <QDateTime>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// What a webhook that gets only replays is called: whose replays, and where they go (the host
// and port only: a path or query may carry a token).
QString targetName(const Webhook &source, const QString &url)
{
    const QUrl u(url);
    const QString where = u.port() > 0 ? u"%1:%2"_s.arg(u.host()).arg(u.port()) : u.host();
    return u"Replay of %1 → %2"_s.arg(source.displayName().left(120), where).left(200);
}

// A replay to a webhook that is off would only wait until it is switched on; paused, a
// pull-only webhook's feed still serves what is queued.
std::optional<ServiceError> refusedWhileOff(const Webhook &w)
{
    if (w.enabled || !w.pushes())
        return std::nullopt;
    return ServiceError {
        ServiceError::Code::Conflict, u"enabled"_s,
        u"%1 is %2: switch it on before a replay, which would only wait until"
        " then"_s.arg(w.displayName(),
                      w.disabledReason.isEmpty() ? u"paused"_s : u"disabled after errors"_s)};
}

} // namespace

ReplayService::ReplayService(StoreConnection &store, EngineThread *engine)
    : m_store(store)
    , m_engine(engine)
{
}

ServiceResult<ReplayService::Outcome> ReplayService::replay(const Request &request, qint64 nowMs)
{
    if (request.toMs <= request.fromMs)
        return ServiceError {ServiceError::Code::Invalid, u"to"_s,
                             u"to must be after from: the range is from (included) to"
                             " (excluded)"_s};
    if (request.filter) {
        if (const auto error = WebhookFilter::validate(*request.filter))
            return ServiceError {ServiceError::Code::Invalid, error->field, error->message};
    }
    try {
        // A real run queues the plan as it was read, with its activity line, or nothing; a dry
        // run only reads, and holds no write lock while it scans the range (ingest goes on).
        std::optional<Transaction> transaction;
        if (!request.dryRun)
            transaction.emplace(*m_store.database);
        const std::optional<Webhook> webhook = m_store.webhooks->webhook(request.webhookId);
        if (!webhook)
            return ServiceError::webhookNotFound(request.webhookId);
        // To another URL, the webhook only lends its format: it may be off.
        if (request.targetUrl.isEmpty()) {
            if (auto error = refusedWhileOff(*webhook))
                return *error;
        }
        std::optional<Webhook> target = webhook;
        if (!request.targetUrl.isEmpty()) {
            auto found = replayTarget(*webhook, request.targetUrl.trimmed(), request.dryRun, nowMs);
            if (!found.ok())
                return found.error();
            target = found.value();
        }
        const WebhookFilter filter = request.filter.value_or(webhook->filter);
        std::optional<WebhookFilter::Compiled> compiled;
        if (!filter.isEmpty())
            compiled.emplace(filter);
        const Outbox::ReplayPlan plan = m_store.outbox->planReplay(
            request.fromMs, request.toMs, compiled ? &*compiled : nullptr,
            webhook->aggregation != Aggregation::None,
            webhook->events.testFlag(WebhookEvent::MessageReaction), maxMessages);
        if (!plan.complete)
            return ServiceError {ServiceError::Code::Invalid, u"to"_s,
                                 u"the range holds more than %1 messages; choose a shorter range"
                                 " or a filter"_s.arg(maxMessages)};
        Outcome outcome {plan.messages,
                         int(plan.requests.size()),
                         plan.firstMs,
                         plan.lastMs,
                         0,
                         0,
                         target ? target->id : 0,
                         target ? target->displayName() : targetName(*webhook, request.targetUrl)};
        if (request.dryRun)
            return outcome;
        if (plan.messages == 0)
            return ServiceError {ServiceError::Code::Invalid, compiled ? u"filter"_s : u"from"_s,
                                 u"no message from %1 to %2%3: nothing to replay"_s.arg(
                                     utc(request.fromMs), utc(request.toMs),
                                     compiled ? u" passes the filter"_s : QString())};
        const QList<qint64> ids = m_store.outbox->queueReplay(target->id, plan, nowMs);
        outcome.firstDeliveryId = ids.constFirst();
        outcome.lastDeliveryId = ids.constLast();
        const QString line = u"replay of %1 message(s) from %2 to %3: %4 request(s) queued,"
                             " deliveries %5 to %6"_s.arg(plan.messages)
                                 .arg(utc(request.fromMs), utc(request.toMs))
                                 .arg(outcome.requests)
                                 .arg(outcome.firstDeliveryId)
                                 .arg(outcome.lastDeliveryId);
        m_store.activity->add(target->id, nowMs, ActivityKind::Resent, line,
                              outcome.firstDeliveryId);
        if (target->id != webhook->id)
            m_store.activity->add(
                webhook->id, nowMs, ActivityKind::Resent,
                line + u" for webhook %1 (\"%2\")"_s.arg(target->id).arg(target->displayName()),
                outcome.firstDeliveryId);
        transaction->commit();
        if (m_engine) {
            if (target->id != webhook->id)
                m_engine->reload(target->id);
            m_engine->poke();
        }
        return outcome;
    } catch (const StoreError &e) {
        return ServiceError::fromStore(e);
    }
}

ServiceResult<std::optional<Webhook>>
ReplayService::replayTarget(const Webhook &source, const QString &url, bool dryRun, qint64 nowMs)
{
    Webhook made;
    made.name = targetName(source, url);
    made.url = url;
    made.aggregation = source.aggregation;
    made.secret = source.secret;
    made.timeoutMs = source.timeoutMs;
    made.successRule = source.successRule;
    made.retryScheduleSeconds = source.retryScheduleSeconds;
    made.logLimit = source.logLimit;
    made.maxInFlight = source.maxInFlight;
    made.maxPerSecond = source.maxPerSecond;
    made.events = source.events;
    made.replaysOnly = true;
    if (auto error = WebhookService::check(made))
        return *error;
    for (const Webhook &w : m_store.webhooks->webhooks()) {
        if (w.url.trimmed() != made.url || w.aggregation != made.aggregation)
            continue;
        // Another webhook's replays there are signed with its secret: the receiver would refuse
        // these. Such a one is left alone and another made.
        if (w.replaysOnly && w.secret != made.secret)
            continue;
        if (!w.replaysOnly)
            return ServiceError {
                ServiceError::Code::Conflict, u"url"_s,
                w.id == source.id
                    ? u"%1 is where the webhook itself posts: replay to the webhook"_s.arg(url)
                    : u"webhook %1 (\"%2\") already posts to this URL: replay to it instead"_s
                          .arg(w.id)
                          .arg(w.displayName())};
        if (auto error = refusedWhileOff(w))
            return *error;
        return std::optional<Webhook>(w);
    }
    if (dryRun)
        return std::optional<Webhook>();
    made.id = m_store.webhooks->create(made, nowMs);
    return std::optional<Webhook>(made);
}

} // namespace hookline
