#pragma once

#include "domain/fielderror.h"
#include "domain/webhook.h"

#include <QList>

#include <optional>
#include <stdexcept>

namespace hookline {

class Database;

// Thrown when settings fail validation; nothing was written.
class WebhookRejected : public std::runtime_error
{
public:
    explicit WebhookRejected(FieldError error)
        : std::runtime_error(error.message.toStdString())
        , m_error(std::move(error))
    {
    }
    const FieldError &error() const { return m_error; }

private:
    FieldError m_error;
};

// What re-enabling does with the messages that waited while the webhook was off.
enum class Backlog { Deliver, Discard };

// Webhook settings and failure state. Any thread may use it with its own Database; the engine
// must be told (Engine::reload) after a change made elsewhere. Throws StoreError or
// WebhookRejected.
class WebhookStore
{
public:
    explicit WebhookStore(Database &database);

    // Every rule of a webhook's settings that is cheap to check. A regular-expression filter
    // is only compiled here: measuring it for catastrophic backtracking is WebhookService's
    // job, once per save and outside the write transaction that create and update hold.
    static std::optional<FieldError> validate(const Webhook &webhook);

    // A filter as its column keeps it: compact JSON (WebhookFilter::toJson), or empty for the
    // empty filter, so that the ingest hook skips a webhook without one by its text alone.
    static QString filterToText(const WebhookFilter &filter);
    static WebhookFilter filterFromText(const QString &text);
    // The events column: names separated by spaces, empty for none. Names of a newer version
    // are left out when read, since this one cannot send them.
    static WebhookEvents eventsFromText(const QString &text);

    // Both refuse (WebhookRejected on "url") a second webhook with the same URL and aggregation:
    // every message would reach the receiver twice.
    qint64 create(const Webhook &webhook, qint64 nowMs);
    // Replaces the settings (not the failure state). A change of aggregation first turns what is
    // pending under the old setting into bundles, so nothing is delivered under the wrong rule;
    // a change of mode places the feed's cursor (WebhookFeed::modeChanged).
    void update(const Webhook &webhook, qint64 nowMs);
    void remove(qint64 id);

    std::optional<Webhook> webhook(qint64 id);
    QList<Webhook> webhooks();
    // Where the enabled webhooks post: what payload links must be reachable from.
    QStringList enabledUrls();

    // Switches a webhook on or off by hand. Switching on clears the error count and, with
    // Backlog::Discard, drops everything that waited.
    void setEnabled(qint64 id, bool enabled, Backlog backlog, qint64 nowMs);

    // The engine's bookkeeping after attempts, inside its transaction: it reads the stored
    // count (a user may have reset it from another thread) and writes the new one.
    int consecutiveErrors(qint64 id);
    void setFailureState(qint64 id, int consecutiveErrors, qint64 nextAttemptMs);
    // Disables the webhook if it is still enabled; true only for the call that disabled it.
    bool autoDisable(qint64 id, const QString &reason);
    // Records that the bundle window ending at `boundaryMs` is being flushed; false when it
    // already was (by another instance on the same store), so each window is flushed once.
    bool claimFlush(qint64 id, qint64 boundaryMs);

private:
    void refuseDuplicate(const Webhook &webhook);

    Database &m_database;
};

} // namespace hookline
