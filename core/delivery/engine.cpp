#include "engine.h"

#include "autodisablerule.h"
#include "bundlewindow.h"
#include "clock.h"
#include "dispatcher.h"
#include "domain/standardwebhooks.h"
#include "hookline/version.h"
#include "logcategories.h"
#include "payloadassembler.h"
#include "retrypolicy.h"
#include "store/activitylog.h"
#include "store/attemptlog.h"
#include "store/database.h"
#include "store/deliveryleases.h"
#include "store/dialect.h"
#include "store/outbox.h"
#include "store/storeconnection.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace hookline {

Engine::Engine(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    Q_ASSERT(m_options.clock);
}

Engine::~Engine()
{
    // What finished is recorded; what is still in flight stays pending and is sent again,
    // by this instance at its next start or by another one at once.
    if (!m_started)
        return;
    m_started = false; // nothing new starts while the last results are recorded
    commitCompleted();
    if (m_leases) {
        try {
            m_leases->release();
        } catch (const StoreError &e) {
            qCWarning(lcDelivery) << "cannot give the delivery leases back:" << e.message();
        }
    }
}

qint64 Engine::nowMs() const
{
    return m_options.clock->nowMs();
}

void Engine::assertInEngineThread() const
{
    // Other threads reach the engine only through EngineThread's queued calls.
    Q_ASSERT_X(QThread::currentThread() == thread(), "Engine",
               "called from a thread other than the engine's");
}

int Engine::inFlight() const
{
    assertInEngineThread();
    int n = 0;
    for (const WebhookState &s : m_webhooks)
        n += s.inFlight;
    return n;
}

void Engine::start()
{
    assertInEngineThread();
    QString error;
    m_store = StoreConnection::open(m_options.databasePath, m_options.attachmentsPath, &error);
    if (!m_store) {
        Q_EMIT started(false, error);
        return;
    }

    m_dispatcher = new Dispatcher(this);
    connect(m_dispatcher, &Dispatcher::finished, this, &Engine::onAttemptFinished);
    m_commitTimer = new QTimer(this);
    m_commitTimer->setSingleShot(true);
    m_commitTimer->setInterval(commitIntervalMs);
    connect(m_commitTimer, &QTimer::timeout, this, &Engine::commitCompleted);
    m_wakeTimer = new QTimer(this);
    m_wakeTimer->setSingleShot(true);
    auto wake = [this] {
        flushDueWindows();
        poke();
    };
    connect(m_wakeTimer, &QTimer::timeout, this, wake);
    connect(m_options.clock, &Clock::jumped, this, wake);
    // Another process (the command line, another instance) may add deliveries without a
    // queued poke reaching us: look for them every second. The query is an index range scan.
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, &Engine::poke);
    poll->start(1000);

    try {
        m_assembler = std::make_unique<PayloadAssembler>(*m_store->database, *m_store->workspace,
                                                         m_options.links);
        Database &database = *m_store->database;
        // What the engine commits (results, schedule, leases) may be lost to a power cut at
        // the price of a repeat under the same webhook-id; its commits never wait for the disk.
        database.relaxCommits();
        if (database.dialect().sharedDelivery()) {
            for (const QString &statement : database.dialect().engineSessionSetup())
                database.execDirect(statement);
            m_leases = std::make_unique<DeliveryLeases>(
                database, QUuid::createUuid().toString(QUuid::WithoutBraces));
            m_renewTimer = new QTimer(this);
            connect(m_renewTimer, &QTimer::timeout, this, &Engine::renewLeases);
            m_renewTimer->start(leaseMs / 4);
        }
        // One snapshot: deliveries written while we load are picked up by the first poke.
        Transaction snapshot(database);
        for (const Webhook &w : m_store->webhooks->webhooks())
            loadWebhook(w);
        snapshot.commit();
        listen();
    } catch (const StoreError &e) {
        Q_EMIT started(false, e.message());
        return;
    }
    m_started = true;
    qCInfo(lcDelivery) << "engine started:" << m_webhooks.size() << "webhook(s)"
                       << (m_leases ? "sharing deliveries with other instances by lease" : "");
    Q_EMIT started(true, {});
    flushDueWindows();
    poke();
}

void Engine::renewLeases()
{
    try {
        m_leases->renew(QDateTime::currentMSecsSinceEpoch(), leaseMs);
    } catch (const StoreError &e) {
        // The leases run out and another instance takes those chats: a repeat under the same
        // webhook-id at worst.
        qCWarning(lcDelivery) << "cannot renew delivery leases:" << e.message();
    }
}

DeliveryLeases::Claim Engine::leaseMore()
{
    DeliveryLeases::Claim claim
        = m_leases->claim(QDateTime::currentMSecsSinceEpoch(), leaseMs, nowMs());
    m_engines = claim.engines;
    return claim;
}

void Engine::takeLeased(const DeliveryLeases::Claim &claimed)
{
    // Another instance's failures set the webhook's backoff: this one waits as well.
    for (auto it = claimed.backoffMs.cbegin(); it != claimed.backoffMs.cend(); ++it) {
        const auto state = m_webhooks.find(it.key());
        if (state != m_webhooks.end())
            state->settings.nextAttemptMs = std::max(state->settings.nextAttemptMs, it.value());
    }
    for (const PendingDelivery &p : claimed.leased) {
        const auto it = stateFor(p.webhookId);
        if (it == m_webhooks.end())
            continue;
        // A lease of ours that ran out and came back is already queued.
        const auto queue = it->queues.find(p.chatId);
        if (queue == it->queues.end()
            || std::find(queue->second.begin(), queue->second.end(), p.id) == queue->second.end())
            enqueue(*it, p.id, p.chatId);
    }
}

void Engine::listen()
{
    Database &database = *m_store->database;
    QSqlDriver *driver = database.connection().driver();
    if (database.dialect().notify().isEmpty()
        || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    m_foreignAttemptsAfter = m_store->attempts->lastId();
    m_foreignTimer = new QTimer(this);
    m_foreignTimer->setSingleShot(true);
    m_foreignTimer->setInterval(foreignActivityDelayMs);
    connect(m_foreignTimer, &QTimer::timeout, this, &Engine::reportForeignActivity);
    for (const char16_t *channel : {StoreChannel::work, StoreChannel::settings,
                                    StoreChannel::activity, StoreChannel::attempts}) {
        if (!driver->subscribeToNotification(QString::fromUtf16(channel)))
            qCWarning(lcDelivery) << "cannot listen on" << QString::fromUtf16(channel)
                                  << "- other instances' writes are seen by polling";
    }
    connect(driver, &QSqlDriver::notification, this, &Engine::onStoreNotification);
}

void Engine::onStoreNotification(const QString &channel, QSqlDriver::NotificationSource source,
                                 const QVariant &payload)
{
    if (source == QSqlDriver::SelfSource)
        return;
    if (channel == QString::fromUtf16(StoreChannel::work)) {
        // This process's writers poke this engine themselves (a claim per notification of
        // theirs would only queue behind their writes). An ingest of 100 messages is one
        // notification; a burst of them is one poke.
        if (payload.toString() == processTag())
            return;
        if (!m_pokeQueued) {
            m_pokeQueued = true;
            QTimer::singleShot(0, this, [this] {
                m_pokeQueued = false;
                poke();
            });
        }
    } else if (channel == QString::fromUtf16(StoreChannel::settings)) {
        if (payload.toString() == u"workspace"_s)
            reloadWorkspace();
        else
            reload(payload.toLongLong());
    } else if (channel == QString::fromUtf16(StoreChannel::activity)) {
        m_foreignActivity.insert(payload.toLongLong());
        m_foreignTimer->start();
    } else if (channel == QString::fromUtf16(StoreChannel::attempts)) {
        m_foreignTimer->start();
    }
}

void Engine::reportForeignActivity()
{
    // Another instance's results, for this instance's pages, as if this engine had them.
    for (qint64 webhookId : std::exchange(m_foreignActivity, {}))
        Q_EMIT activityAdded(webhookId);
    try {
        const QList<AttemptRecord> records
            = m_store->attempts->after(m_foreignAttemptsAfter, maxForeignAttempts);
        for (const AttemptRecord &record : records) {
            m_foreignAttemptsAfter = record.id;
            if (!m_ownAttemptIds.remove(record.id))
                Q_EMIT attemptFinished(record);
        }
        if (records.size() == maxForeignAttempts)
            m_foreignTimer->start(); // more to read
    } catch (const StoreError &e) {
        qCWarning(lcDelivery) << "cannot read other instances' attempts:" << e.message();
    }
    m_ownAttemptIds.removeIf([this](qint64 id) { return id <= m_foreignAttemptsAfter; });
}

QHash<qint64, Engine::WebhookState>::iterator Engine::stateFor(qint64 webhookId)
{
    auto it = m_webhooks.find(webhookId);
    if (it != m_webhooks.end())
        return it;
    // Created since we loaded (elsewhere, or by another instance): its settings come first.
    const std::optional<Webhook> w = m_store->webhooks->webhook(webhookId);
    if (!w)
        return m_webhooks.end();
    it = m_webhooks.insert(webhookId, WebhookState {});
    it->settings = *w;
    return it;
}

void Engine::loadWebhook(const Webhook &webhook)
{
    WebhookState &state = m_webhooks[webhook.id];
    state.settings = webhook;
    state.queues.clear();
    state.ready.clear();
    // The store counts every finished attempt (reload() committed first); an attempt still in
    // flight is not in it yet, so its number stays, or its retry would be numbered again.
    QSet<qint64> inFlight;
    for (const Tagged &tagged : std::as_const(m_tags))
        if (tagged.webhookId == webhook.id && !tagged.test)
            inFlight.insert(tagged.deliveryId);
    state.attemptNumbers.removeIf([&inFlight](QHash<qint64, int>::iterator entry) {
        return !inFlight.contains(entry.key());
    });
    if (m_leases) {
        // Only what this instance holds; poke() leases more.
        for (const PendingDelivery &p : m_leases->held(webhook.id))
            enqueue(state, p.id, p.chatId);
        return;
    }
    for (const PendingDelivery &p : m_store->outbox->pending(webhook.id)) {
        if (m_started && p.id > m_lastSeenDeliveryId)
            continue; // poke() brings these in order
        enqueue(state, p.id, p.chatId);
        m_lastSeenDeliveryId = std::max(m_lastSeenDeliveryId, p.id);
    }
}

void Engine::enqueue(WebhookState &state, qint64 deliveryId, qint64 chatId)
{
    // A pull-only webhook's deliveries wait for its feed: never POSTed, retried or counted
    // against it, so nothing here waits on them either.
    if (!state.settings.pushes())
        return;
    std::deque<qint64> &queue = state.queues[chatId];
    queue.push_back(deliveryId);
    if (queue.size() == 1)
        markReady(state, chatId);
}

void Engine::markReady(WebhookState &state, qint64 chatId)
{
    if (state.chatsInFlight.contains(chatId))
        return;
    auto it = state.queues.find(chatId);
    if (it == state.queues.end() || it->second.empty())
        return;
    state.ready.insert({it->second.front(), chatId});
}

void Engine::poke()
{
    assertInEngineThread();
    if (!m_started)
        return;
    try {
        if (m_leases) {
            takeLeased(leaseMore());
            pump();
            return;
        }
        const QList<PendingDelivery> fresh = m_store->outbox->pendingAfter(m_lastSeenDeliveryId);
        for (const PendingDelivery &p : fresh) {
            m_lastSeenDeliveryId = std::max(m_lastSeenDeliveryId, p.id);
            const auto it = stateFor(p.webhookId);
            if (it != m_webhooks.end())
                enqueue(*it, p.id, p.chatId);
        }
    } catch (const StoreError &e) {
        qCCritical(lcDelivery) << "cannot read the outbox:" << e.message();
    }
    pump();
}

void Engine::reload(qint64 webhookId)
{
    assertInEngineThread();
    if (!m_started)
        return;
    // The queues are rebuilt from the store: results still in memory must be in it first, or
    // finished deliveries would be queued (and sent) again.
    commitCompleted();
    try {
        const std::optional<Webhook> w = m_store->webhooks->webhook(webhookId);
        if (!w) {
            m_webhooks.remove(webhookId);
        } else {
            loadWebhook(*w);
        }
    } catch (const StoreError &e) {
        qCCritical(lcDelivery) << "cannot reload webhook" << webhookId << e.message();
    }
    flushDueWindows();
    poke();
    Q_EMIT webhookReloaded(webhookId);
}

void Engine::reloadWorkspace()
{
    assertInEngineThread();
    if (!m_started)
        return;
    try {
        m_assembler->reloadSettings();
    } catch (const StoreError &e) {
        qCCritical(lcDelivery) << "cannot reload workspace settings:" << e.message();
    }
    flushDueWindows();
    poke();
}

void Engine::flush(qint64 webhookId)
{
    assertInEngineThread();
    if (!m_started)
        return;
    try {
        Transaction transaction(*m_store->database, Transaction::Commit::ToDisk);
        const int bundles = m_store->outbox->flushBundles(webhookId, nowMs());
        if (bundles > 0) {
            m_store->activity->add(webhookId, nowMs(), ActivityKind::Flushed,
                                   u"%1 bundle(s) sent on request"_s.arg(bundles));
        }
        transaction.commit();
        if (bundles > 0)
            Q_EMIT activityAdded(webhookId);
    } catch (const StoreError &e) {
        qCCritical(lcDelivery) << "cannot flush webhook" << webhookId << e.message();
    }
    poke();
}

void Engine::flushDueWindows()
{
    if (!m_started)
        return;
    const QDateTime now = m_options.clock->now();
    for (auto it = m_webhooks.begin(); it != m_webhooks.end(); ++it) {
        Webhook &w = it->settings;
        const int hours = aggregationHours(w.aggregation);
        if (hours == 0)
            continue;
        const qint64 boundary
            = BundleWindow::lastBoundary(now, hours, m_assembler->timeZone()).toMSecsSinceEpoch();
        if (boundary <= w.lastFlushMs)
            continue;
        try {
            Transaction transaction(*m_store->database, Transaction::Commit::ToDisk);
            // Another instance on the same store may have flushed this window already.
            if (!m_store->webhooks->claimFlush(w.id, boundary)) {
                transaction.commit();
                w.lastFlushMs = boundary;
                continue;
            }
            const int bundles = m_store->outbox->flushBundles(w.id, now.toMSecsSinceEpoch());
            if (bundles > 0) {
                m_store->activity->add(w.id, now.toMSecsSinceEpoch(), ActivityKind::Flushed,
                                       u"window ending %1: %2 bundle(s)"_s
                                           .arg(QDateTime::fromMSecsSinceEpoch(boundary, Qt::UTC)
                                                    .toTimeZone(m_assembler->timeZone())
                                                    .toString(u"yyyy-MM-dd HH:mm"_s))
                                           .arg(bundles));
            }
            transaction.commit();
            w.lastFlushMs = boundary;
            if (bundles > 0)
                Q_EMIT activityAdded(w.id);
        } catch (const StoreError &e) {
            qCCritical(lcDelivery) << "cannot flush bundles of webhook" << w.id << e.message();
        }
    }
}

void Engine::pump()
{
    if (!m_started)
        return;
    const qint64 now = nowMs();
    bool attemptable = false;
    for (auto it = m_webhooks.begin(); it != m_webhooks.end(); ++it) {
        WebhookState &state = *it;
        if (!state.settings.enabled || now < state.settings.nextAttemptMs)
            continue;
        while (state.inFlight < state.settings.maxInFlight && !state.ready.empty()
               && takeToken(state, now)) {
            const auto [deliveryId, chatId] = *state.ready.begin();
            state.ready.erase(state.ready.begin());
            startAttempt(state, deliveryId, chatId);
        }
        attemptable = attemptable || !state.ready.empty();
    }
    scheduleWake();
    if (!attemptable && inFlight() == 0 && m_completed.isEmpty())
        Q_EMIT idle();
}

double Engine::ratePerSecond(const WebhookState &state) const
{
    return state.settings.maxPerSecond / double(m_engines);
}

bool Engine::takeToken(WebhookState &state, qint64 now) const
{
    const double rate = ratePerSecond(state);
    if (rate <= 0)
        return true;
    const double capacity = std::max(1.0, rate);
    state.tokens = state.tokensAtMs < 0
        ? capacity
        : std::min(capacity, state.tokens + double(now - state.tokensAtMs) * rate / 1000.0);
    state.tokensAtMs = now;
    if (state.tokens < 1.0)
        return false;
    state.tokens -= 1.0;
    return true;
}

qint64 Engine::nextTokenMs(const WebhookState &state) const
{
    const double rate = ratePerSecond(state);
    if (rate <= 0 || state.tokensAtMs < 0 || state.tokens >= 1.0)
        return nowMs();
    return state.tokensAtMs + qint64(std::ceil((1.0 - state.tokens) * 1000.0 / rate));
}

bool Engine::startAttempt(WebhookState &state, qint64 deliveryId, qint64 chatId)
{
    const Webhook &w = state.settings;
    std::optional<PayloadAssembler::Assembled> assembled;
    QString buildError;
    try {
        assembled = m_assembler->assemble(deliveryId, nowMs());
        if (!assembled || assembled->delivery.state != DeliveryState::Pending) {
            // Discarded or removed since it was queued: forget it and move on.
            std::deque<qint64> &queue = state.queues[chatId];
            if (!queue.empty() && queue.front() == deliveryId)
                queue.pop_front();
            if (queue.empty())
                state.queues.erase(chatId);
            markReady(state, chatId);
            return false;
        }
    } catch (const StoreError &e) {
        buildError = u"cannot build the payload: "_s + e.message();
        qCCritical(lcDelivery) << buildError;
    }
    state.chatsInFlight.insert(chatId);
    ++state.inFlight;
    Tagged tagged {w.id, deliveryId, chatId, false, 0, assembled && assembled->delivery.replay};
    if (!buildError.isEmpty()) {
        // Recorded like any failed attempt, so backoff applies instead of a hot loop.
        const quint64 tag = m_nextTag++;
        m_tags.insert(tag, tagged);
        AttemptRecord record;
        record.webhookId = w.id;
        record.deliveryId = deliveryId;
        record.chatId = chatId;
        record.webhookMessageId = assembled ? assembled->delivery.webhookMessageId : QString();
        record.attemptNumber = assembled ? assembled->delivery.attempts + 1 : 0;
        record.started = m_options.clock->now();
        record.url = Dispatcher::redactedUrl(w.url);
        record.error = buildError;
        QTimer::singleShot(0, this, [this, tag, record] { onAttemptFinished(tag, record); });
        return true;
    }
    send(w, assembled->delivery, chatId, assembled->body, tagged);
    return true;
}

void Engine::send(const Webhook &webhook, const DeliveryRecord &delivery, qint64 chatId,
                  const QByteArray &body, const Tagged &tagged)
{
    const QString &webhookMessageId = delivery.webhookMessageId;
    const quint64 tag = m_nextTag++;
    m_tags.insert(tag, tagged);
    const qint64 timestamp = nowMs() / 1000;
    OutgoingRequest request;
    request.tag = tag;
    request.url = webhook.url;
    request.body = body;
    request.timeoutMs = webhook.timeoutMs;
    request.successRule = webhook.successRule;
    request.headers = {
        {"Content-Type", "application/json; charset=utf-8"},
        {"User-Agent", "Hookline/" HOOKLINE_VERSION},
        {"webhook-id", webhookMessageId.toLatin1()},
        {"webhook-timestamp", QByteArray::number(timestamp)},
    };
    if (!webhook.secret.isEmpty()) {
        request.headers.append(
            {"webhook-signature",
             StandardWebhooks::signature(webhook.secret, webhookMessageId, timestamp, body)});
    }
    // Only on a replay's deliveries, so every other request stays exactly as it was.
    if (delivery.replay)
        request.headers.append({QByteArray("webhook-replay"), QByteArray("true")});
    // After Hookline's own, which validation keeps them from replacing.
    for (const WebhookHeader &h : webhook.headers)
        request.headers.append({h.name.toLatin1(), h.value.toUtf8()});
    request.secretHeaders = webhook.headers.size();
    AttemptRecord record;
    record.webhookId = webhook.id;
    record.deliveryId = delivery.id;
    record.chatId = chatId;
    record.webhookMessageId = webhookMessageId;
    record.attemptNumber = delivery.attempts + 1;
    if (auto state = m_webhooks.find(webhook.id); state != m_webhooks.end() && !tagged.test) {
        record.attemptNumber
            = std::max(record.attemptNumber, state->attemptNumbers.value(delivery.id) + 1);
        state->attemptNumbers.insert(delivery.id, record.attemptNumber);
    }
    record.started = m_options.clock->now();
    m_dispatcher->send(request, std::move(record));
}

void Engine::test(qint64 webhookId, quint64 tag)
{
    assertInEngineThread();
    if (!m_started) {
        Q_EMIT testFinished(tag, false, u"the engine is not running"_s);
        return;
    }
    auto it = m_webhooks.find(webhookId);
    if (it == m_webhooks.end()) {
        Q_EMIT testFinished(tag, false, u"no webhook with id %1"_s.arg(webhookId));
        return;
    }
    try {
        const std::optional<Message> latest = m_store->messages->latestMessage();
        if (!latest) {
            Q_EMIT testFinished(tag, false, u"nothing to send yet: the workspace has no message"_s);
            return;
        }
        const qint64 deliveryId = m_store->outbox->createTest(webhookId, *latest, nowMs());
        const bool bundle = it->settings.aggregation != Aggregation::None;
        const auto assembled = m_assembler->assemble(deliveryId, nowMs(), bundle);
        if (!assembled)
            throw StoreError(u"the test delivery %1 vanished"_s.arg(deliveryId));
        send(it->settings, assembled->delivery, latest->chatId, assembled->body,
             Tagged {webhookId, deliveryId, latest->chatId, true, tag});
    } catch (const StoreError &e) {
        Q_EMIT testFinished(tag, false, e.message());
    }
}

void Engine::onAttemptFinished(quint64 tag, const AttemptRecord &record)
{
    const Tagged tagged = m_tags.take(tag);
    // Scheduling moves on at once; the store catches up in batches (commitCompleted). A crash
    // in between only means a delivery is sent again, under the same webhook-id.
    auto it = m_webhooks.find(tagged.webhookId);
    std::optional<qint64> pausedMs;
    if (it != m_webhooks.end() && !tagged.test) {
        WebhookState &state = *it;
        Webhook &w = state.settings;
        --state.inFlight;
        state.chatsInFlight.remove(tagged.chatId);
        if (record.success) {
            state.throttlesInARow = 0;
            state.attemptNumbers.remove(tagged.deliveryId);
            w.consecutiveErrors = 0;
            w.nextAttemptMs = 0;
            auto queue = state.queues.find(tagged.chatId);
            if (queue != state.queues.end()) {
                std::deque<qint64> &ids = queue->second;
                ids.erase(std::remove(ids.begin(), ids.end(), tagged.deliveryId), ids.end());
                if (ids.empty()) {
                    state.queues.erase(queue);
                    m_claimWanted = true;
                }
            }
        } else {
            const qint64 now = nowMs();
            const std::optional<qint64> asked = RetryPolicy::retryAfterMs(record, now);
            const bool throttled = asked && record.responseStatus == 429;
            state.throttlesInARow = throttled ? state.throttlesInARow + 1 : 0;
            if (throttled && state.throttlesInARow <= RetryPolicy::maxUncountedThrottles) {
                pausedMs = *asked;
                w.nextAttemptMs = now + *asked;
            } else {
                ++w.consecutiveErrors;
                // A 503's Retry-After is honoured too, as the least wait; it still counts.
                w.nextAttemptMs = now
                    + std::max(RetryPolicy::backoffMs(w.retryScheduleSeconds, w.consecutiveErrors),
                               asked.value_or(0));
                if (AutoDisableRule::disables(w.consecutiveErrors))
                    w.enabled = false;
            }
        }
        markReady(state, tagged.chatId);
    }
    m_completed.append({tagged, record, pausedMs});
    if (m_completed.size() >= maxRecordsPerCommit)
        commitCompleted();
    else if (m_claimWanted)
        m_commitTimer->start(0); // a leased chat ran out: its next run waits for this commit
    else if (!m_commitTimer->isActive())
        m_commitTimer->start(commitIntervalMs);
    pump();
}

void Engine::commitCompleted()
{
    m_commitTimer->stop();
    if (m_completed.isEmpty())
        return;
    const QList<Completed> batch = std::exchange(m_completed, {});
    const qint64 now = nowMs();
    QList<AttemptRecord> records;
    QSet<qint64> touched;
    QHash<qint64, int> errors; // webhook → consecutive errors, from the store, then this batch
    QList<std::pair<qint64, QString>> disabled;
    QList<std::tuple<quint64, bool, QString>> tests;
    QHash<qint64, bool> stillStored; // a webhook deleted by another thread has no rows to write
    QSet<qint64> switchedOff;
    // The next runs are leased in the same transaction: every transaction on a shared store
    // queues for one lock, so one instead of two per run.
    const bool claimNow = m_leases && m_started && std::exchange(m_claimWanted, false);
    DeliveryLeases::Claim claimed;
    try {
        Transaction transaction(*m_store->database);
        for (const Completed &c : batch) {
            const Tagged &tagged = c.tagged;
            auto it = m_webhooks.find(tagged.webhookId);
            auto stored = stillStored.constFind(tagged.webhookId);
            if (stored == stillStored.cend())
                stored = stillStored.insert(
                    tagged.webhookId, m_store->webhooks->webhook(tagged.webhookId).has_value());
            if (it == m_webhooks.end() || !*stored) {
                if (tagged.test)
                    tests.append({tagged.testTag, false, u"the webhook was deleted"_s});
                continue;
            }
            const Webhook &w = it->settings;
            AttemptRecord record = c.record;
            record.id = m_store->attempts->add(record);
            if (m_foreignTimer)
                m_ownAttemptIds.insert(record.id);
            records.append(record);
            touched.insert(w.id);
            const QString outcome = record.success
                ? u"HTTP %1 in %2 ms"_s.arg(record.responseStatus).arg(record.durationMs)
                : record.error;

            if (tagged.test) {
                if (record.success)
                    m_store->outbox->markDelivered(tagged.deliveryId, now);
                else
                    m_store->outbox->markFailed(tagged.deliveryId, record.error);
                m_store->activity->add(w.id, now, ActivityKind::Test,
                                       (record.success ? u"test delivered: "_s : u"test failed: "_s)
                                           + outcome,
                                       tagged.deliveryId);
                tests.append({tagged.testTag, record.success, outcome});
                continue;
            }

            // The count in the store is the truth (a user may have reset it from another
            // thread); this batch's outcomes apply on top, in order.
            auto count = errors.find(w.id);
            if (count == errors.end())
                count = errors.insert(w.id, m_store->webhooks->consecutiveErrors(w.id));
            const QString replay = tagged.replay ? u"replay "_s : QString();
            if (record.success) {
                *count = 0;
                m_store->outbox->markDelivered(tagged.deliveryId, now);
                m_store->activity->add(w.id, now, ActivityKind::Delivered,
                                       replay + u"delivered: "_s + outcome, tagged.deliveryId);
                continue;
            }
            if (c.pausedMs) {
                m_store->outbox->markFailed(tagged.deliveryId, record.error);
                m_store->activity->add(
                    w.id, now, ActivityKind::Failed,
                    replay
                        + u"throttled, paused %1 s as the receiver asked: %2"_s.arg(
                            QString::number(double(*c.pausedMs) / 1000.0, 'f', 1), outcome),
                    tagged.deliveryId);
                continue;
            }
            ++*count;
            m_store->outbox->markFailed(tagged.deliveryId, record.error);
            m_store->activity->add(w.id, now, ActivityKind::Failed,
                                   replay + u"failed (%1 in a row): %2"_s.arg(*count).arg(outcome),
                                   tagged.deliveryId);
            if (AutoDisableRule::disables(*count)) {
                // The store's count includes other instances' failures: stop here too, even
                // when this engine's own count has not reached the limit.
                switchedOff.insert(w.id);
                const QString reason
                    = u"disabled automatically after %1 consecutive errors; last: %2"_s.arg(*count)
                          .arg(record.error);
                if (m_store->webhooks->autoDisable(w.id, reason)) {
                    m_store->activity->add(w.id, now, ActivityKind::Disabled, reason);
                    disabled.append({w.id, reason});
                }
            }
        }
        for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
            Webhook &w = m_webhooks[it.key()].settings;
            w.consecutiveErrors = it.value();
            m_store->webhooks->setFailureState(w.id, it.value(), w.nextAttemptMs);
        }
        for (qint64 id : std::as_const(touched))
            m_store->attempts->trim(id, m_webhooks.constFind(id)->settings.logLimit);
        if (!records.isEmpty())
            m_store->database->notifyOnCommit(QString::fromUtf16(StoreChannel::attempts));
        if (claimNow)
            claimed = leaseMore();
        transaction.commit();
        for (qint64 id : std::as_const(switchedOff))
            m_webhooks[id].settings.enabled = false;
    } catch (const StoreError &e) {
        // Nothing of the batch reached the store: report nothing as done, and rebuild the
        // affected queues from the store, where those deliveries are still pending.
        qCCritical(lcDelivery) << "cannot record attempt results:" << e.message();
        claimed = {};
        m_claimWanted = m_claimWanted || claimNow;
        records.clear();
        disabled.clear();
        for (auto &test : tests)
            test = {std::get<0>(test), false, u"the result could not be stored: "_s + e.message()};
        for (qint64 id : std::as_const(touched)) {
            try {
                if (const auto w = m_store->webhooks->webhook(id))
                    loadWebhook(*w);
            } catch (const StoreError &reloadError) {
                qCCritical(lcDelivery) << "cannot reload webhook" << id << reloadError.message();
            }
        }
        touched.clear();
    }
    for (const AttemptRecord &record : std::as_const(records))
        Q_EMIT attemptFinished(record);
    for (qint64 id : std::as_const(touched))
        Q_EMIT activityAdded(id);
    for (const auto &[id, reason] : std::as_const(disabled)) {
        qCWarning(lcDelivery) << "webhook" << id << reason;
        Q_EMIT autoDisabled(id, reason);
    }
    for (const auto &[tag, ok, outcome] : std::as_const(tests))
        Q_EMIT testFinished(tag, ok, outcome);
    if (claimNow) {
        takeLeased(claimed);
        pump();
    } else if (m_completed.isEmpty() && inFlight() == 0)
        pump(); // lets idle() report once the store has caught up
}

void Engine::scheduleWake()
{
    const qint64 now = nowMs();
    qint64 next = std::numeric_limits<qint64>::max();
    for (const WebhookState &state : std::as_const(m_webhooks)) {
        const Webhook &w = state.settings;
        if (w.enabled && !state.ready.empty() && w.nextAttemptMs > now)
            next = std::min(next, w.nextAttemptMs);
        // Held back by the rate alone: wake when the next request may start.
        else if (w.enabled && !state.ready.empty() && state.inFlight < w.maxInFlight)
            next = std::min(next, nextTokenMs(state));
        if (const int hours = aggregationHours(w.aggregation)) {
            next = std::min(
                next,
                BundleWindow::nextBoundary(m_options.clock->now(), hours, m_assembler->timeZone())
                    .toMSecsSinceEpoch());
        }
    }
    if (next == std::numeric_limits<qint64>::max()) {
        m_wakeTimer->stop();
        return;
    }
    // Re-checked at least hourly, so a suspended laptop catches up soon after it wakes.
    const qint64 delay = std::clamp<qint64>(next - now, 0, 3600 * 1000);
    m_wakeTimer->start(int(delay));
}

} // namespace hookline
