#pragma once

#include "domain/webhook.h"
#include "domain/webhookfilter.h"
#include "serviceerror.h"

#include <optional>

namespace hookline {

class EngineThread;
struct StoreConnection;

// Replay by range (docs/WEBHOOK-REPLAY.md): the workspace's messages of a time range sent to a
// webhook once more, as new deliveries under new webhook-ids, marked as replays. A dry run
// counts what a replay would send and writes nothing. Runs on the caller's store connection,
// in the caller's thread, like WebhookService.
class ReplayService
{
public:
    // `engine` may be null (nothing running to tell).
    ReplayService(StoreConnection &store, EngineThread *engine);

    // More would be a replay no receiver and no dialog should take in one go.
    static constexpr int maxMessages = 100000;

    struct Request
    {
        qint64 webhookId = 0;
        // Messages whose own timestamp (when they were sent or received, not when Hookline
        // stored them) is at or after `fromMs` and before `toMs`.
        qint64 fromMs = 0;
        qint64 toMs = 0;
        // Unset: the webhook's own filter, so a replay sends what the webhook would have got;
        // set, it replaces that filter (an empty one lets every message through).
        std::optional<WebhookFilter> filter;
        bool dryRun = true;
        // Empty: to the webhook itself. Else another receiver (a staging CRM, an Inspector
        // name's address) gets the replay as the webhook sends it, from a webhook that gets only
        // replays (Webhook::replaysOnly): made on the first replay to this URL with the
        // webhook's format, secret, timeout, success rule, retries and throttle, but none of its
        // headers, which may carry credentials meant for its own receiver; reused afterwards.
        QString targetUrl;
    };
    struct Outcome
    {
        int messages = 0;
        int requests = 0; // POSTs: one per message, or for a bundling webhook per chat
        qint64 firstMessageMs = 0; // the oldest and newest message's time; 0 when none
        qint64 lastMessageMs = 0;
        qint64 firstDeliveryId = 0; // the deliveries queued; 0 on a dry run
        qint64 lastDeliveryId = 0;
        // The webhook whose deliveries they are: the one asked for, or the one that gets only
        // replays for targetUrl (0 on a dry run that would make it).
        qint64 targetWebhookId = 0;
        QString targetName;
    };

    // Refused, each on its field: a missing webhook ("id", not found), a webhook that is off
    // ("enabled", a conflict: its replay would only wait), `to` not after `from` ("to"), an
    // invalid filter ("filter.text", ... as WebhookFilter::validate says), more than
    // maxMessages ("to"), and a real run with nothing to send ("from", or "filter" when one
    // applies). A dry run answers zero messages instead of the last refusal. With a targetUrl:
    // an invalid URL ("url", as a webhook's), another webhook that already posts there or the
    // webhook's own URL ("url", a conflict: replay to that webhook), and a paused webhook that
    // gets only replays there ("enabled", a conflict).
    ServiceResult<Outcome> replay(const Request &request, qint64 nowMs);

private:
    // The webhook that gets only replays for `url` in `source`'s format, found or (on a real
    // run) made; std::nullopt on a dry run that would make it.
    ServiceResult<std::optional<Webhook>> replayTarget(const Webhook &source, const QString &url,
                                                       bool dryRun, qint64 nowMs);

    StoreConnection &m_store;
    EngineThread *m_engine;
};

} // namespace hookline
