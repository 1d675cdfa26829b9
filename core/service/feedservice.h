#pragma once

#include "domain/webhook.h"
#include "serviceerror.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace hookline {

class LinkBase;
struct StoreConnection;

// A webhook's pull feed (docs/WEBHOOK-PULL-FEED.md): its deliveries in order, each with the
// exact body and Standard Webhooks id, timestamp and signature the push would send, read from
// a cursor and acknowledged up to one. Cursors are opaque to clients. Runs on the caller's store
// connection, in the caller's thread.
class FeedService
{
public:
    // `links`: where payload links point when the workspace sets no public base URL, as for
    // the engine; may be null.
    FeedService(StoreConnection &store, const LinkBase *links);

    static constexpr int defaultLimit = 100;
    static constexpr int maxLimit = 1000;

    struct Entry
    {
        QString cursor; // acknowledge this to be done with the entry and every one before it
        QString webhookMessageId; // the push's webhook-id: the same on every read
        qint64 timestamp = 0; // Unix seconds of this read, as the push's webhook-timestamp
        QByteArray payload; // byte for byte the body the push would POST
        QByteArray signature; // the push's webhook-signature over it; empty without a secret
        bool replay = false; // queued by a replay: the push would add `webhook-replay: true`
    };
    struct Page
    {
        QList<Entry> entries;
        QString nextCursor; // the last entry's, or where the read started when there is none
        QString ackedCursor;
    };
    // Up to `limit` entries after `after`; unset, after the acknowledged cursor. A push-only
    // webhook has no feed (Conflict on "mode").
    ServiceResult<Page> read(qint64 webhookId, const std::optional<QString> &after, int limit,
                             qint64 nowMs);
    // Moves the acknowledged cursor forward to `cursor` and answers where it is: an older
    // cursor changes nothing, one this feed never served is refused.
    ServiceResult<QString> ack(qint64 webhookId, const QString &cursor, qint64 nowMs);

private:
    // The webhook, if it has a feed.
    ServiceResult<Webhook> feedOf(qint64 webhookId);

    StoreConnection &m_store;
    const LinkBase *m_links;
};

} // namespace hookline
