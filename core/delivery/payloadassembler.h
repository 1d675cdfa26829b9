#pragma once

#include "domain/webhook.h"
#include "payload/payloadbuilder.h"
#include "payload/signedlinks.h"
#include "store/outbox.h"

#include <QByteArray>
#include <QTimeZone>

#include <optional>

namespace hookline {

class Database;
class LinkBase;
class WorkspaceStore;

// Turns a stored delivery into the JSON body of one attempt: reads the delivery with its
// messages, chat, account and responsible teammate in one query, and signs fresh links (an
// attachment link lives 15 minutes from this attempt). Throws StoreError.
class PayloadAssembler
{
public:
    // `links`: where links point when the workspace sets no public base URL; may be null
    // (then links are relative).
    PayloadAssembler(Database &database, WorkspaceStore &workspace, const LinkBase *links);

    // Re-reads the public base URL, time zone and link key (after a settings change, or once
    // the server listens).
    void reloadSettings();
    QTimeZone timeZone() const { return m_zone; }

    struct Assembled
    {
        DeliveryRecord delivery;
        QByteArray body;
    };
    // The delivery and the body of its next attempt; nullopt when the delivery no longer
    // exists. `bundle`: write the bundle shape whatever the number of messages; by default a
    // bundle delivery gets it and any other the single shape.
    std::optional<Assembled> assemble(qint64 deliveryId, qint64 nowMs,
                                      std::optional<bool> bundle = std::nullopt);

private:
    // The bodies' parts of an event delivery, read beside its chat.
    PayloadStatus status(const DeliveryRecord &delivery);
    PayloadReaction reaction(qint64 messageId, const PayloadMessage &message);

    Database &m_database;
    WorkspaceStore &m_workspace;
    const LinkBase *m_linkBase;
    SignedLinks m_links;
    QTimeZone m_zone;
};

} // namespace hookline
