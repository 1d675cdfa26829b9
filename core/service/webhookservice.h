#pragma once

#include "domain/webhook.h"
#include "serviceerror.h"
#include "store/webhookstore.h"

#include <optional>

namespace hookline {

class EngineThread;
struct StoreConnection;

// What the window and the API do to webhooks, each use case whole: the rules, one transaction,
// and telling the engine afterwards. Pages and routes only turn their input into these calls and
// the answers into theirs. Runs on the caller's store connection, in the caller's thread (a
// StoreWorker job, a server worker): never the GUI thread.
class WebhookService
{
public:
    // `engine` may be null (nothing running to tell).
    WebhookService(StoreConnection &store, EngineThread *engine);

    // What an edit changes; a field left empty keeps its stored value.
    struct Changes
    {
        std::optional<QString> name;
        std::optional<QString> url;
        std::optional<Aggregation> aggregation;
        std::optional<QString> secret; // "" removes it
        std::optional<SuccessRule> successRule;
        std::optional<int> timeoutMs;
        std::optional<QList<int>> retryScheduleSeconds;
        std::optional<int> logLimit;
        // The whole list, replacing the stored one ({} removes them all). Values are write-only,
        // so an editor never has them to send back: a header whose value is null (QString())
        // keeps the value stored under its name (names ignore case, so "authorization" keeps
        // the value of "Authorization" and sends the new spelling). A null value with no stored
        // header of that name is refused as required, and so is an empty non-null value: only
        // null means "keep".
        std::optional<QList<WebhookHeader>> headers;
        // The whole filter, replacing the stored one (an empty filter removes it). It applies
        // to messages that arrive after the change.
        std::optional<WebhookFilter> filter;
        std::optional<int> maxInFlight;
        std::optional<double> maxPerSecond; // 0: no limit
        // Push, pull (its feed only) or both; leaving push starts the feed at what is owed.
        std::optional<DeliveryMode> mode;
        // The whole set, replacing the stored one (none: messages only). Like a filter, it
        // applies to what is stored after the change.
        std::optional<WebhookEvents> events;
        // Only what replays queue for it (Webhook::replaysOnly); switched off, new messages
        // from then on too.
        std::optional<bool> replaysOnly;
        // Switching off pauses; switching on re-enables (clearing the error count), and
        // `backlog` decides what becomes of what waited (given, it re-enables a webhook that
        // is on but failing too). Unset: the switch stays as it is.
        std::optional<bool> enabled;
        std::optional<Backlog> backlog;

        bool touchesSettings() const;
        // Applies the settings (not the switch) to `webhook`.
        void applyTo(Webhook &webhook) const;
    };

    // A webhook without a name is named after its URL's host, so no list shows a blank.
    ServiceResult<Webhook> create(const Changes &settings, qint64 nowMs);
    ServiceResult<Webhook> update(qint64 id, const Changes &changes, qint64 nowMs);
    ServiceResult<bool> remove(qint64 id);
    // A bundling webhook's waiting messages go out now, as bundles; the answer is how many.
    ServiceResult<int> flush(qint64 id, qint64 nowMs);
    // The messages of a delivery go once more, as a new delivery under a new webhook-id; the
    // answer is its id.
    ServiceResult<qint64> resend(qint64 deliveryId, qint64 nowMs);

    // The rules both create and update apply (a name or its default, the URL, the secret, the
    // limits, the headers: WebhookHeader::validate, the filter: WebhookFilter::validate),
    // without writing: for a form that checks as the user types. Apply Changes first, so a kept
    // header value is there to check. Cheap enough for any thread: a regular expression is
    // compiled but not measured, which create and update (and preview) do once per call.
    static std::optional<ServiceError> check(Webhook &webhook);

    // Whether `filter` would let each of the workspace's newest messages through, newest
    // first: for an editor that shows a tick or a cross as the user types. An invalid filter
    // is refused as check() refuses it.
    struct Preview
    {
        Message message;
        WebhookFilter::Origin origin;
        bool matches = false;
        QString rejection; // the field that turns it away (WebhookFilter::rejection)
    };
    static constexpr int previewCount = 50;
    ServiceResult<QList<Preview>> preview(const WebhookFilter &filter, int count = previewCount);

private:
    void reload(qint64 id);
    // A new filter's regular expression measured for catastrophic backtracking (up to
    // 2 × WebhookFilter::regexBudgetMs): before a write transaction, never inside one.
    static std::optional<ServiceError> measure(const WebhookFilter &filter);

    StoreConnection &m_store;
    EngineThread *m_engine;
};

} // namespace hookline
