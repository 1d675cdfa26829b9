#pragma once

#include "domain/direction.h"
#include "domain/message.h"
#include "domain/party.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace hookline {

// Everything a payload says, already resolved: names, links and flags. The builder only writes
// JSON, so the exact wire format lives in one place and is tested without a store.
struct PayloadAccount
{
    QString fullName;
    QString email;
    QString phone;
};

struct PayloadChat
{
    QString fullName;
    QString responsibleName;
    QString responsibleEmail;
    QString chatUrl;
    QString chatId; // digits
    bool isNewChat = false;
    bool isGroup = false;
    QString phone;
};

struct PayloadAttachment
{
    QString temporaryDownloadUrl;
    QString fileName;
    qint64 size = 0;
    QString mimeType;
};

struct PayloadMessage
{
    Direction direction = Direction::Received;
    QDateTime timestamp;
    QString uid; // written as both message_id and message_uid
    Party sender;
    Party recipient;
    QString text;
    std::optional<PayloadAttachment> attachment;
};

struct PayloadBundle
{
    QList<PayloadMessage> messages; // oldest first
    QString permalink; // opens the chat at the first message
    QTimeZone timeZone = QTimeZone::utc(); // for the times inside the aggregation note
};

// A WhatsApp status of a message the webhook got ("message.status").
struct PayloadStatus
{
    QString messageUid;
    QString status; // sent, delivered, read, played, failed, deleted
    QDateTime at;
    std::optional<StatusError> error; // failed
};

// A reaction, sent instead of its "Reacted 👍 to a message" message ("message.reaction").
struct PayloadReaction
{
    Direction direction = Direction::Received;
    QDateTime timestamp;
    QString uid; // the reaction's own message uid
    QString messageUid; // the message reacted to; empty when it is not stored
    QString messageWamid; // its WhatsApp id, always known
    QString emoji; // empty: the reaction was removed
    Party sender;
    Party recipient;
};

namespace PayloadBuilder {

// The body of one POST for aggregation "none" (DESIGN §4, "Single message").
QByteArray single(const PayloadAccount &account, const PayloadChat &chat,
                  const PayloadMessage &message, bool indented = false);
// The body of one POST for a bundle of one chat's messages (DESIGN §4, "Bundle").
QByteArray bundle(const PayloadAccount &account, const PayloadChat &chat,
                  const PayloadBundle &bundle, bool indented = false);
// The bodies of the events beyond messages (docs/WEBHOOK-EVENTS.md): "event" first, then the
// account and chat blocks of the message payloads, then the event's own object.
QByteArray status(const PayloadAccount &account, const PayloadChat &chat,
                  const PayloadStatus &status, bool indented = false);
QByteArray reaction(const PayloadAccount &account, const PayloadChat &chat,
                    const PayloadReaction &reaction, bool indented = false);

} // namespace PayloadBuilder

} // namespace hookline
