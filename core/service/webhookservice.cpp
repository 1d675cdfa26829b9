#include "webhookservice.h"

#include "delivery/enginethread.h"
#include "store/storeconnection.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

ServiceError invalid(const FieldError &e)
{
    // WebhookStore::validate words a missing value "… is required".
    const bool missing = e.message.endsWith(u" is required"_s);
    return {missing ? ServiceError::Code::Required : ServiceError::Code::Invalid, e.field,
            e.message};
}

} // namespace

bool WebhookService::Changes::touchesSettings() const
{
    return name || url || aggregation || secret || successRule || timeoutMs || retryScheduleSeconds
        || logLimit || headers || filter || maxInFlight || maxPerSecond || mode || events
        || replaysOnly;
}

void WebhookService::Changes::applyTo(Webhook &w) const
{
    if (name)
        w.name = name->trimmed();
    if (url)
        w.url = url->trimmed();
    if (aggregation)
        w.aggregation = *aggregation;
    if (secret)
        w.secret = *secret;
    if (successRule)
        w.successRule = *successRule;
    if (timeoutMs)
        w.timeoutMs = *timeoutMs;
    if (retryScheduleSeconds)
        w.retryScheduleSeconds = *retryScheduleSeconds;
    if (logLimit)
        w.logLimit = *logLimit;
    if (headers) {
        QList<WebhookHeader> next = *headers;
        for (WebhookHeader &h : next) {
            if (!h.value.isNull())
                continue;
            const auto stored
                = std::find_if(w.headers.cbegin(), w.headers.cend(), [&](const WebhookHeader &old) {
                      return old.name.compare(h.name, Qt::CaseInsensitive) == 0;
                  });
            if (stored != w.headers.cend())
                h.value = stored->value;
        }
        w.headers = std::move(next);
    }
    if (filter)
        w.filter = *filter;
    if (events)
        w.events = *events;
    if (maxInFlight)
        w.maxInFlight = *maxInFlight;
    if (maxPerSecond)
        w.maxPerSecond = *maxPerSecond;
    if (mode)
        w.mode = *mode;
    if (replaysOnly)
        w.replaysOnly = *replaysOnly;
}

WebhookService::WebhookService(StoreConnection &store, EngineThread *engine)
    : m_store(store)
    , m_engine(engine)
{
}

std::optional<ServiceError> WebhookService::check(Webhook &w)
{
    if (const auto error = WebhookStore::validate(w))
        return invalid(*error);
    if (w.name.trimmed().isEmpty())
        w.name = w.displayName();
    return std::nullopt;
}

std::optional<ServiceError> WebhookService::measure(const WebhookFilter &filter)
{
    if (const auto error = WebhookFilter::validate(filter))
        return invalid(*error);
    return std::nullopt;
}

void WebhookService::reload(qint64 id)
{
    if (m_engine)
        m_engine->reload(id);
}

ServiceResult<Webhook> WebhookService::create(const Changes &settings, qint64 nowMs)
{
    Webhook w;
    settings.applyTo(w);
    if (settings.enabled)
        w.enabled = *settings.enabled;
    if (auto error = check(w))
        return *error;
    if (auto error = measure(w.filter))
        return *error;
    try {
        w.id = m_store.webhooks->create(w, nowMs);
        reload(w.id);
        return *m_store.webhooks->webhook(w.id);
    } catch (const WebhookRejected &e) {
        // Validation passed: what the store refuses is a second webhook for the same receiver.
        return ServiceError {ServiceError::Code::Conflict, e.error().field, e.error().message};
    } catch (const StoreError &e) {
        return ServiceError::fromStore(e);
    }
}

ServiceResult<Webhook> WebhookService::update(qint64 id, const Changes &changes, qint64 nowMs)
{
    try {
        // A filter that changes is measured before the transaction, which holds the write
        // lock (on PostgreSQL, every instance's). One saved meanwhile by someone else was
        // measured by its own save.
        if (changes.filter) {
            const std::optional<Webhook> stored = m_store.webhooks->webhook(id);
            if (stored && stored->filter != *changes.filter) {
                if (auto error = measure(*changes.filter))
                    return *error;
            }
        }
        // One transaction: the settings and the switch are saved together or not at all.
        Transaction transaction(*m_store.database);
        std::optional<Webhook> w = m_store.webhooks->webhook(id);
        if (!w)
            return ServiceError::webhookNotFound(id);
        const bool wasEnabled = w->enabled;
        // A switch alone (pause, re-enable) leaves the settings as stored, even ones that
        // today's rules would refuse.
        if (changes.touchesSettings()) {
            changes.applyTo(*w);
            if (auto error = check(*w))
                return *error;
            // The settings first (update keeps the stored switch), then the switch, which
            // records a pause or a re-enable in the activity log.
            m_store.webhooks->update(*w, nowMs);
        }
        // A backlog on a webhook that is on re-enables it too: its error count starts again.
        const bool enable = changes.enabled.value_or(wasEnabled);
        if (enable != wasEnabled || (enable && changes.backlog))
            m_store.webhooks->setEnabled(id, enable, changes.backlog.value_or(Backlog::Deliver),
                                         nowMs);
        transaction.commit();
        reload(id);
        return *m_store.webhooks->webhook(id);
    } catch (const WebhookRejected &e) {
        return ServiceError {ServiceError::Code::Conflict, e.error().field, e.error().message};
    } catch (const StoreError &e) {
        return ServiceError::fromStore(e);
    }
}

ServiceResult<bool> WebhookService::remove(qint64 id)
{
    try {
        if (!m_store.webhooks->webhook(id))
            return ServiceError::webhookNotFound(id);
        m_store.webhooks->remove(id);
        reload(id);
        return true;
    } catch (const StoreError &e) {
        return ServiceError::fromStore(e);
    }
}

ServiceResult<QList<WebhookService::Preview>> WebhookService::preview(const WebhookFilter &filter,
                                                                      int count)
{
    if (const auto error = WebhookFilter::validate(filter))
        return invalid(*error);
    try {
        const WebhookFilter::Compiled compiled(filter);
        QList<Preview> list;
        for (const auto &[message, origin] : m_store.messages->latestMessages(count)) {
            Preview p {message, origin, false, WebhookFilter::rejection(compiled, message, origin)};
            p.matches = p.rejection.isEmpty();
            list.append(std::move(p));
        }
        return list;
    } catch (const StoreError &e) {
        return ServiceError::fromStore(e);
    }
}

ServiceResult<int> WebhookService::flush(qint64 id, qint64 nowMs)
{
    try {
        // On disk before the engine is told, as the engine's own flush does.
        Transaction transaction(*m_store.database, Transaction::Commit::ToDisk);
        if (!m_store.webhooks->webhook(id))
            return ServiceError::webhookNotFound(id);
        const int bundles = m_store.outbox->flushBundles(id, nowMs);
        if (bundles > 0)
            m_store.activity->add(id, nowMs, ActivityKind::Flushed,
                                  u"%1 bundle(s) sent on request"_s.arg(bundles));
        transaction.commit();
        if (m_engine)
            m_engine->poke();
        return bundles;
    } catch (const StoreError &e) {
        return ServiceError::fromStore(e);
    }
}

ServiceResult<qint64> WebhookService::resend(qint64 deliveryId, qint64 nowMs)
{
    try {
        Transaction transaction(*m_store.database);
        const std::optional<DeliveryRecord> delivery = m_store.outbox->delivery(deliveryId);
        const qint64 id = delivery ? m_store.outbox->resend(deliveryId, nowMs) : 0;
        if (id == 0)
            return ServiceError {
                ServiceError::Code::NotFound, u"id"_s,
                u"no delivery with id %1; it may have been pruned"_s.arg(deliveryId)};
        m_store.activity->add(delivery->webhookId, nowMs, ActivityKind::Resent,
                              u"delivery %1 resent as delivery %2"_s.arg(deliveryId).arg(id), id);
        transaction.commit();
        if (m_engine)
            m_engine->poke();
        return id;
    } catch (const StoreError &e) {
        return ServiceError::fromStore(e);
    }
}

} // namespace hookline
