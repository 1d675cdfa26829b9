#include "feedservice.h"

#include "delivery/payloadassembler.h"
#include "domain/standardwebhooks.h"
#include "store/storeconnection.h"
#include "store/storeerror.h"
#include "store/transaction.h"
#include "store/webhookfeed.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

// A delivery id in decimal; documented as opaque, so that its form may change.
QString cursorText(qint64 deliveryId)
{
    return QString::number(deliveryId);
}

std::optional<qint64> cursorValue(const QString &text)
{
    static const QRegularExpression form(u"^[0-9]{1,18}$"_s);
    if (!form.match(text).hasMatch())
        return std::nullopt;
    return text.toLongLong();
}

ServiceError badCursor(const QString &field, const QString &text)
{
    return {ServiceError::Code::Invalid, field,
            u"%1 \"%2\" is not a cursor of this feed; use a cursor the feed returned"_s.arg(
                field, text.left(40))};
}

} // namespace

FeedService::FeedService(StoreConnection &store, const LinkBase *links)
    : m_store(store)
    , m_links(links)
{
}

ServiceResult<Webhook> FeedService::feedOf(qint64 webhookId)
{
    const std::optional<Webhook> w = m_store.webhooks->webhook(webhookId);
    if (!w)
        return ServiceError::webhookNotFound(webhookId);
    if (w->mode == DeliveryMode::Push)
        return ServiceError {
            ServiceError::Code::Conflict, u"mode"_s,
            u"webhook %1 is push only: set its mode to \"pull\" or \"both\" to read a feed"_s.arg(
                webhookId)};
    return *w;
}

ServiceResult<FeedService::Page>
FeedService::read(qint64 webhookId, const std::optional<QString> &after, int limit, qint64 nowMs)
{
    if (limit < 1 || limit > maxLimit)
        return ServiceError {ServiceError::Code::Invalid, u"limit"_s,
                             u"limit must be a number from 1 to %1"_s.arg(maxLimit)};
    std::optional<qint64> start;
    if (after) {
        start = cursorValue(*after);
        if (!start)
            return badCursor(u"after"_s, *after);
    }
    try {
        // No transaction: a write transaction would hold ingest back while up to 1000 payloads
        // are built, and an acknowledgement landing meanwhile only means an entry comes twice.
        const ServiceResult<Webhook> w = feedOf(webhookId);
        if (!w.ok())
            return w.error();
        const QString &secret = w.value().secret;
        WebhookFeed feed(*m_store.database);
        Page page;
        const qint64 acked = feed.cursor(webhookId);
        page.ackedCursor = cursorText(acked);
        qint64 last = start.value_or(acked);
        PayloadAssembler assembler(*m_store.database, *m_store.workspace, m_links);
        const qint64 timestamp = nowMs / 1000;
        for (qint64 id : feed.after(webhookId, last, limit)) {
            // As the engine builds an attempt's body (Engine::startAttempt, Engine::send).
            const auto assembled = assembler.assemble(id, nowMs);
            if (!assembled)
                continue;
            Entry entry {cursorText(id),
                         assembled->delivery.webhookMessageId,
                         timestamp,
                         assembled->body,
                         {},
                         assembled->delivery.replay};
            if (!secret.isEmpty())
                entry.signature = StandardWebhooks::signature(secret, entry.webhookMessageId,
                                                              timestamp, entry.payload);
            page.entries.append(std::move(entry));
            last = id;
        }
        page.nextCursor = cursorText(last);
        return page;
    } catch (const StoreError &e) {
        return ServiceError::fromStore(e);
    }
}

ServiceResult<QString> FeedService::ack(qint64 webhookId, const QString &cursor, qint64 nowMs)
{
    const std::optional<qint64> value = cursorValue(cursor);
    if (!value)
        return badCursor(u"cursor"_s, cursor);
    try {
        Transaction transaction(*m_store.database);
        if (const ServiceResult<Webhook> w = feedOf(webhookId); !w.ok())
            return w.error();
        WebhookFeed feed(*m_store.database);
        // One already passed is answered with where the cursor is; a newer one must be an
        // entry of this feed.
        if (*value > feed.cursor(webhookId) && !feed.holds(webhookId, *value))
            return badCursor(u"cursor"_s, cursor);
        const qint64 acked = feed.ack(webhookId, *value, nowMs);
        transaction.commit();
        return cursorText(acked);
    } catch (const StoreError &e) {
        return ServiceError::fromStore(e);
    }
}

} // namespace hookline
