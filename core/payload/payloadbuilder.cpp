#include "payloadbuilder.h"

#include "aggregationhtml.h"
#include "domain/webhook.h"
#include "jsonwriter.h"
#include "payloadtimestamp.h"

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

JsonWriter::Style styleFor(bool indented)
{
    return indented ? JsonWriter::Style::Indented : JsonWriter::Style::Compact;
}

void writeParty(JsonWriter &w, QStringView key, const Party &party)
{
    w.key(key).beginObject();
    w.key(u"full_name").value(party.fullName);
    w.key(u"phone").value(party.phone);
    w.endObject();
}

void writeHeader(JsonWriter &w, const PayloadAccount &account, const PayloadChat &chat)
{
    w.key(u"whatsapp_account").beginObject();
    w.key(u"full_name").value(account.fullName);
    w.key(u"email").value(account.email);
    w.key(u"phone").value(account.phone);
    w.endObject();

    w.key(u"chat").beginObject();
    w.key(u"full_name").value(chat.fullName);
    w.key(u"responsible_name").value(chat.responsibleName);
    w.key(u"responsible_email").value(chat.responsibleEmail);
    w.key(u"chat_url").value(chat.chatUrl);
    w.key(u"chat_id").value(chat.chatId);
    w.key(u"is_new_chat").value(chat.isNewChat);
    w.key(u"is_group").value(chat.isGroup);
    w.key(u"phone").value(chat.phone);
    w.endObject();
}

void writeMessage(JsonWriter &w, const PayloadMessage &m)
{
    w.beginObject();
    w.key(u"direction").value(directionName(m.direction));
    w.key(u"timestamp").value(payloadTimestamp(m.timestamp));
    w.key(u"message_id").value(m.uid);
    w.key(u"message_uid").value(m.uid);
    writeParty(w, u"sender", m.sender);
    writeParty(w, u"recipient", m.recipient);
    w.key(u"text").value(m.text);
    if (m.attachment) {
        w.key(u"attachment").beginObject();
        w.key(u"temporary_download_url").value(m.attachment->temporaryDownloadUrl);
        w.key(u"filename").value(m.attachment->fileName);
        w.key(u"size").value(m.attachment->size);
        w.key(u"mimetype").value(m.attachment->mimeType);
        w.endObject();
    }
    w.endObject();
}

// An event body up to its own object, which the caller fills and closes with the body.
void beginEvent(JsonWriter &w, WebhookEvent event, const PayloadAccount &account,
                const PayloadChat &chat, QStringView objectKey)
{
    w.beginObject();
    w.key(u"event").value(webhookEventName(event));
    writeHeader(w, account, chat);
    w.key(objectKey).beginObject();
}

} // namespace

QByteArray PayloadBuilder::single(const PayloadAccount &account, const PayloadChat &chat,
                                  const PayloadMessage &message, bool indented)
{
    JsonWriter w(styleFor(indented));
    w.beginObject();
    writeHeader(w, account, chat);
    w.key(u"message");
    writeMessage(w, message);
    w.endObject();
    return w.data();
}

QByteArray PayloadBuilder::bundle(const PayloadAccount &account, const PayloadChat &chat,
                                  const PayloadBundle &bundle, bool indented)
{
    Q_ASSERT(!bundle.messages.isEmpty());
    JsonWriter w(styleFor(indented));
    w.beginObject();
    writeHeader(w, account, chat);
    w.key(u"messages").beginArray();
    for (const PayloadMessage &m : bundle.messages)
        writeMessage(w, m);
    w.endArray();
    w.key(u"first_message_timestamp")
        .value(payloadTimestamp(bundle.messages.constFirst().timestamp));
    w.key(u"last_message_timestamp").value(payloadTimestamp(bundle.messages.constLast().timestamp));
    w.key(u"aggregation").value(aggregationHtml(bundle));
    w.endObject();
    return w.data();
}

QByteArray PayloadBuilder::status(const PayloadAccount &account, const PayloadChat &chat,
                                  const PayloadStatus &status, bool indented)
{
    JsonWriter w(styleFor(indented));
    beginEvent(w, WebhookEvent::MessageStatus, account, chat, u"status");
    w.key(u"message_uid").value(status.messageUid);
    w.key(u"status").value(status.status);
    w.key(u"timestamp").value(payloadTimestamp(status.at));
    if (status.error) {
        w.key(u"error").beginObject();
        w.key(u"code").value(status.error->code);
        w.key(u"title").value(status.error->title);
        w.key(u"detail").value(status.error->detail);
        w.endObject();
    }
    w.endObject();
    w.endObject();
    return w.data();
}

QByteArray PayloadBuilder::reaction(const PayloadAccount &account, const PayloadChat &chat,
                                    const PayloadReaction &reaction, bool indented)
{
    JsonWriter w(styleFor(indented));
    beginEvent(w, WebhookEvent::MessageReaction, account, chat, u"reaction");
    w.key(u"direction").value(directionName(reaction.direction));
    w.key(u"timestamp").value(payloadTimestamp(reaction.timestamp));
    w.key(u"reaction_uid").value(reaction.uid);
    w.key(u"message_uid");
    if (reaction.messageUid.isEmpty())
        w.rawValue("null");
    else
        w.value(reaction.messageUid);
    w.key(u"message_wamid").value(reaction.messageWamid);
    w.key(u"emoji").value(reaction.emoji);
    writeParty(w, u"sender", reaction.sender);
    writeParty(w, u"recipient", reaction.recipient);
    w.endObject();
    w.endObject();
    return w.data();
}

} // namespace hookline
