#pragma once

#include "domain/attemptrecord.h"

#include <optional>

namespace hookline {

class Database;

// One row of the Deliveries table: what an attempt was, without its bodies.
struct AttemptSummary
{
    qint64 id = 0;
    qint64 webhookId = 0;
    QString webhookName;
    qint64 deliveryId = 0;
    qint64 chatId = 0;
    QString chatName;
    QDateTime started;
    qint64 durationMs = 0;
    int responseStatus = 0;
    bool success = false;
    QString error;
    int attemptNumber = 0; // 0 for attempts logged before the numbers were kept
    // Its delivery, while the outbox still has it: "single", "bundle" or "test" (empty when
    // gone), whether it still waits, how many attempts it had, and how many messages it carries.
    QString deliveryKind;
    bool deliveryPending = false;
    int deliveryAttempts = 0;
    int messageCount = 0;
    qint64 nextAttemptMs = 0; // the webhook's next attempt, when it is backing off

    // The newest attempt of a delivery that still waits after a failure: a retry follows.
    bool awaitsRetry() const
    {
        return !success && deliveryPending && attemptNumber > 0
            && attemptNumber == deliveryAttempts;
    }
};

// Which attempts the Deliveries page shows.
struct AttemptFilter
{
    enum class Outcome { Any, Succeeded, Failed };
    qint64 webhookId = 0; // 0: every webhook
    Outcome outcome = Outcome::Any;
    QString search; // in the URL, the error, the webhook-id and the request body
    qint64 fromMs = 0; // started at or after; 0: no lower bound
    qint64 toMs = 0; // started before; 0: no upper bound
    qint64 messageId = 0; // only deliveries that carried this message; 0: any

    bool operator==(const AttemptFilter &) const = default;
};

// The detailed log: the most recent attempts of each webhook, request and response in full.
class AttemptLog
{
public:
    explicit AttemptLog(Database &database);

    qint64 add(const AttemptRecord &record);
    // Keeps the newest `keep` attempts of the webhook and deletes the rest.
    void trim(qint64 webhookId, int keep);
    // Oldest first, at most `limit` (the newest ones).
    QList<AttemptRecord> recent(qint64 webhookId, int limit);
    // Attempts with an id above `afterId`, oldest first, at most `limit`.
    QList<AttemptRecord> after(qint64 afterId, int limit);
    qint64 lastId();
    std::optional<AttemptRecord> attempt(qint64 id);

    // Newest first, older than `beforeId` (0: from the newest): one page of a lazily filled table.
    QList<AttemptSummary> page(const AttemptFilter &filter, qint64 beforeId, int limit);
    // Attempts the filter matches, of those with an id above `afterId`.
    int count(const AttemptFilter &filter, qint64 afterId = 0);
    // The ids the filter matches from `fromId` to `toId`, newest first: which shown rows are
    // still stored.
    QList<qint64> ids(const AttemptFilter &filter, qint64 fromId, qint64 toId);
    // Every attempt that started at or after `sinceMs`, oldest first (the dashboard's hour).
    QList<AttemptSummary> since(qint64 sinceMs);
    // The stored attempts of one delivery, oldest first: its retry history.
    QList<AttemptSummary> ofDelivery(qint64 deliveryId);

    static QByteArray headersToJson(const HttpHeaders &headers);
    static HttpHeaders headersFromJson(const QByteArray &json);

private:
    Database &m_database;
};

} // namespace hookline
