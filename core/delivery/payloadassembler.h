#pragma once

#include "outbox.h"
#include "payload/signedlinks.h"
#include "webhook.h"

#include <QByteArray>
#include <QTimeZone>

namespace hookline {

class MessageStore;
class WorkspaceStore;

// Turns a stored delivery into the JSON body of one attempt: looks up the messages, chat,
// account and responsible teammate, and signs fresh links (an attachment link lives 15 minutes
// from this attempt). Throws StoreError.
class PayloadAssembler
{
public:
    PayloadAssembler(MessageStore &messages, WorkspaceStore &workspace);

    // Re-reads the public base URL, time zone and link key (after a settings change).
    void reloadSettings();
    QTimeZone timeZone() const { return m_zone; }

    // `bundle`: write the bundle shape, whatever the number of messages.
    QByteArray body(const DeliveryRecord &delivery, bool bundle, qint64 nowMs);

private:
    MessageStore &m_messages;
    WorkspaceStore &m_workspace;
    SignedLinks m_links;
    QTimeZone m_zone;
};

} // namespace hookline
