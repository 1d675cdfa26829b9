#pragma once

#include "domain/message.h"
#include "store/ingestmessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hookline {

// Reads one WhatsApp Business Cloud API webhook notification (the body Meta POSTs) into events.
// Meta must always get a 200, so nothing here throws or fails: whatever cannot be used is named
// in `skipped` for the log, and the rest still comes out.
//
// Mapping choices (DESIGN §2 item 3):
// - `field: "messages"`: value.messages[] become Incoming events, value.statuses[] Status events.
// - `field: "smb_message_echoes"`: value.message_echoes[] (sent from the WhatsApp Business app)
//   become Echo events, with the same content mapping as incoming messages.
// - Content becomes readable text: text bodies, media captions, "📍 …" locations with a maps
//   link, "Contact: …" cards, orders, button and list replies by their title, and reactions as
//   "Reacted 👍 to a message" (an empty emoji: "Removed a reaction from a message").
// - An edit is a new message "Edited: <new text>" under its own wamid, with `targetWamid` the
//   original: the store is append-only and receivers see the change as the next message.
// - A delete ("revoke") is a Status event "deleted" of the original wamid: the message was
//   forwarded already, and its status history is where a later change belongs.
// - `unsupported` messages (Meta's own marker: the customer sent something the API cannot show,
//   such as a poll) and messages of a known type without their content become events with the
//   placeholder text "[Unsupported message: <type>]" and a skipped note, so the conversation
//   shows that something arrived. Types this parser does not know give a skipped note and no
//   event: their content is unknown, and an empty message would only mislead.
// - A message or status with a `group_id` (statuses: `recipient_type: "group"`) belongs to the
//   group chat; `customerWaId` is then the participant.
class CloudApiNotification
{
public:
    enum class Kind {
        Incoming, // the customer wrote to the business
        Echo, // the business wrote from the WhatsApp Business app
        Status, // sent / delivered / read / played / failed / deleted of an earlier message
    };

    struct Media
    {
        QString kind; // image, video, audio, voice, sticker, document
        QString id; // Graph media id: GET /{id} gives the download URL
        QString mimeType;
        QString sha256; // base64, as Meta sends it
        QString fileName; // documents only
        QString url; // sent in some notifications; still needs the bearer token
        bool animated = false; // stickers

        // fileName, or "<kind>-<id>.<suffix>" from the MIME type for media Meta sends unnamed.
        QString suggestedFileName() const;
    };

    struct Event
    {
        Kind kind = Kind::Incoming;
        // The business number the notification is for (metadata).
        QString phoneNumberId;
        QString displayPhoneNumber;
        // The customer: sender of an Incoming message, recipient of an Echo or a Status; in a
        // group, the participant.
        QString customerWaId;
        QString customerName; // value.contacts[].profile.name matched by wa_id
        QString groupId; // non-empty: the message or status belongs to this group chat
        QString wamid; // the message's id; for a Status, the message the status is about
        QString timestamp; // Unix seconds, as Meta writes them

        // Incoming and Echo
        QString type; // Meta's message type: text, image, reaction, edit, ...
        QString text;
        std::optional<Media> media; // the bytes are fetched later through the Graph API
        QString replyToWamid; // context.id: the quoted message ("Reply to …")
        QString targetWamid; // the message a reaction or an edit refers to
        QString reactionEmoji; // reactions; empty: removed
        bool forwarded = false;
        bool frequentlyForwarded = false;
        QString referralHeadline; // click-to-WhatsApp ads: where the conversation started
        QString referralSourceUrl;

        // Status
        QString status; // sent, delivered, read, played, failed, deleted
        // Status: errors[] as "code title — message (details)"; placeholders: why.
        QString detail;
        std::optional<StatusError> error; // the first of errors[]

        // UTC; invalid when `timestamp` is not a plausible number of seconds.
        QDateTime dateTime() const;
    };

    struct Result
    {
        // The body parsed as a JSON document (an object or an array; Qt reads no bare values). It
        // may still not be a notification.
        bool validJson = false;
        QList<Event> events; // in notification order
        QStringList skipped; // what was ignored, and why, for the log
    };

    static Result parse(const QByteArray &body);

    // An Incoming or Echo event as the store takes it: account = the business number, chat =
    // the customer (or the group), direction received or sent, externalId = wamid so a
    // notification Meta repeats is stored once, source "cloud_api". `file` is the media once
    // downloaded; without it a message with no text gets a placeholder ("[image]") so it still
    // validates.
    static IngestMessage toIngestMessage(const Event &event,
                                         std::optional<IngestMessage::File> file = std::nullopt);

    // A Status event as MessageStore::addStatus takes it (for the message whose externalId is
    // event.wamid).
    static MessageStatus toMessageStatus(const Event &event);

    // "972123456789" → "+972123456789"; spaces, dashes and brackets dropped. Anything that is
    // not a phone number comes back trimmed but otherwise as it was.
    static QString phoneFromWaId(const QString &waId);

    // What a media message without a caption says: "[image]", "[voice message]",
    // "[document: report.pdf]".
    static QString mediaPlaceholder(const Media &media);
};

} // namespace hookline
