#pragma once

#include "domain/attemptrecord.h"
#include "domain/webhook.h"
#include "store/deliveryleases.h"
#include "store/webhookstore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QString>

#include <deque>
#include <map>
#include <memory>
#include <set>

class QTimer;

namespace hookline {

struct DeliveryRecord;

class Clock;
class Dispatcher;
class LinkBase;
class PayloadAssembler;
struct StoreConnection;

// The outbound webhook engine: takes what the Outbox says each webhook owes and delivers it —
// in order per chat, up to the webhook's max_in_flight requests at once (six unless set) and its
// max_requests_per_second, with backoff after failures,
// auto-disable on the 11th consecutive error, bundle windows on the clock, and a detailed log
// of every attempt. It owns its own database connection and lives in one thread (EngineThread
// gives it its own); other threads talk to it only through queued calls and its signals.
class Engine : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString databasePath;
        QString attachmentsPath;
        Clock *clock = nullptr; // not owned; must outlive the engine
        const LinkBase *links = nullptr; // not owned; where links point by default
    };

    explicit Engine(Options options, QObject *parent = nullptr);
    ~Engine() override;

    // Requests under way, for the status bar; engine thread only.
    int inFlight() const;

public Q_SLOTS:
    // Opens the store in the calling thread, loads what is owed and flushes missed windows.
    void start();
    // New deliveries may exist (after an ingest, a flush or a settings change elsewhere).
    void poke();
    // A webhook's settings changed, or it was re-enabled, discarded or deleted.
    void reload(qint64 webhookId);
    // Turns the webhook's waiting bundle members into deliveries now.
    void flush(qint64 webhookId);
    // Save and test: sends the workspace's most recent message once, outside the queue. Other
    // threads call EngineThread::test, whose tags these are.
    void test(qint64 webhookId, quint64 tag);
    // The workspace time zone or public base URL changed.
    void reloadWorkspace();

Q_SIGNALS:
    void started(bool ok, const QString &error);
    void attemptFinished(const hookline::AttemptRecord &record);
    void activityAdded(qint64 webhookId);
    // A webhook was created, changed or deleted (by any page or the API) and is reloaded.
    void webhookReloaded(qint64 webhookId);
    // Emitted once per automatic disable: the e-mail notifier listens to this.
    void autoDisabled(qint64 webhookId, const QString &reason);
    // The answer to test(tag); EngineThread hands it to the caller that asked.
    void testFinished(quint64 tag, bool ok, const QString &outcome);
    // Nothing is in flight and nothing can be attempted now.
    void idle();

private:
    struct WebhookState
    {
        Webhook settings;
        std::map<qint64, std::deque<qint64>> queues; // chat → delivery ids, oldest first
        std::set<std::pair<qint64, qint64>> ready; // (head delivery id, chat) not in flight
        QSet<qint64> chatsInFlight;
        int inFlight = 0;
        // Delivery → the number of its latest attempt, while the store (written in batches)
        // may not count that attempt yet; dropped once the delivery succeeds.
        QHash<qint64, int> attemptNumbers;
        int throttlesInARow = 0; // 429s with Retry-After since the last other outcome
        // Requests the webhook may start before its max_requests_per_second says wait: a token
        // bucket holding a second's worth (at least one), refilled by the engine's clock from
        // `tokensAtMs` (-1: not used yet, full).
        double tokens = 0;
        qint64 tokensAtMs = -1;
    };
    struct Tagged
    {
        qint64 webhookId = 0;
        qint64 deliveryId = 0;
        qint64 chatId = 0;
        bool test = false;
        quint64 testTag = 0;
        bool replay = false;
    };
    struct Completed
    {
        Tagged tagged;
        AttemptRecord record;
        std::optional<qint64> pausedMs; // the receiver asked to wait (429): no error counted
    };
    // Attempt results are written in batches: one transaction (one fsync) per batch.
    static constexpr int commitIntervalMs = 10;
    static constexpr int maxRecordsPerCommit = 500;
    // On a store shared by several instances: how long a delivery stays leased to an instance
    // that stopped renewing (died), before another takes it.
    static constexpr qint64 leaseMs = 20000;
    // Other instances' results reach this one's pages in batches, at most this late.
    static constexpr int foreignActivityDelayMs = 250;
    static constexpr int maxForeignAttempts = 500;

    // On a shared store: leases more chats (in the caller's transaction, if any), then queues
    // what was leased.
    DeliveryLeases::Claim leaseMore();
    void takeLeased(const DeliveryLeases::Claim &claimed);
    void renewLeases();
    void listen();
    void reportForeignActivity();
    void onStoreNotification(const QString &channel, QSqlDriver::NotificationSource source,
                             const QVariant &payload);
    void loadWebhook(const Webhook &webhook);
    // The webhook's state, loaded from the store when unknown; end() when it is gone.
    QHash<qint64, WebhookState>::iterator stateFor(qint64 webhookId);
    void enqueue(WebhookState &state, qint64 deliveryId, qint64 chatId);
    void markReady(WebhookState &state, qint64 chatId);
    void pump();
    // This engine's part of the webhook's max_requests_per_second: all of it, or its share on a
    // store shared by several engines (0: no limit).
    double ratePerSecond(const WebhookState &state) const;
    // Takes a token if the rate allows a request now.
    bool takeToken(WebhookState &state, qint64 now) const;
    // When the next token is there (the bucket refilled by `now` first).
    qint64 nextTokenMs(const WebhookState &state) const;
    bool startAttempt(WebhookState &state, qint64 deliveryId, qint64 chatId);
    void send(const Webhook &webhook, const DeliveryRecord &delivery, qint64 chatId,
              const QByteArray &body, const Tagged &tagged);
    void onAttemptFinished(quint64 tag, const AttemptRecord &record);
    void commitCompleted();
    void flushDueWindows();
    void scheduleWake();
    qint64 nowMs() const;
    void assertInEngineThread() const;

    Options m_options;
    std::unique_ptr<StoreConnection> m_store;
    std::unique_ptr<PayloadAssembler> m_assembler;
    Dispatcher *m_dispatcher = nullptr;
    QTimer *m_wakeTimer = nullptr;
    QTimer *m_commitTimer = nullptr;
    std::unique_ptr<DeliveryLeases> m_leases; // only on a store shared by several instances
    qint64 m_engines = 1; // engines sharing the store, as the last lease claim counted them
    QTimer *m_renewTimer = nullptr;
    // Only while listening to other instances: their activity and attempts, found by id.
    QTimer *m_foreignTimer = nullptr;
    QSet<qint64> m_foreignActivity;
    QSet<qint64> m_ownAttemptIds;
    qint64 m_foreignAttemptsAfter = 0;
    bool m_pokeQueued = false;
    bool m_claimWanted = false; // a leased chat ran out: lease more after the next commit

    QHash<qint64, WebhookState> m_webhooks;
    QHash<quint64, Tagged> m_tags;
    quint64 m_nextTag = 1;
    qint64 m_lastSeenDeliveryId = 0;
    QList<Completed> m_completed;
    bool m_started = false;
};

} // namespace hookline
