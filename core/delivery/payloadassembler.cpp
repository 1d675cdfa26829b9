#include "payloadassembler.h"

#include "payload/payloadbuilder.h"
#include "store/messagestore.h"
#include "store/storeerror.h"
#include "store/workspacestore.h"

using namespace Qt::StringLiterals;

namespace hookline {

PayloadAssembler::PayloadAssembler(MessageStore &messages, WorkspaceStore &workspace)
    : m_messages(messages)
    , m_workspace(workspace)
    , m_links({}, {})
{
    reloadSettings();
}

void PayloadAssembler::reloadSettings()
{
    const WorkspaceSettings settings = m_workspace.settings();
    m_links = SignedLinks(m_workspace.linkKey(), settings.publicBaseUrl);
    m_zone = QTimeZone(settings.timeZone.toUtf8());
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
}

QByteArray PayloadAssembler::body(const DeliveryRecord &delivery, bool bundle, qint64 nowMs)
{
    const std::optional<Chat> chat = m_messages.chat(delivery.chatId);
    if (!chat)
        throw StoreError(u"delivery %1 names chat %2, which does not exist"_s.arg(delivery.id)
                             .arg(delivery.chatId));
    const std::optional<Account> account = m_messages.account(chat->accountId);

    PayloadAccount payloadAccount;
    if (account)
        payloadAccount = {account->fullName, account->email, account->phone};

    PayloadChat payloadChat;
    payloadChat.fullName = chat->fullName;
    if (chat->responsibleTeammateId > 0) {
        if (const auto teammate = m_workspace.teammate(chat->responsibleTeammateId)) {
            payloadChat.responsibleName = teammate->fullName;
            payloadChat.responsibleEmail = teammate->email;
        }
    }
    payloadChat.chatUrl = m_links.chatUrl(chat->id);
    payloadChat.chatId = QString::number(chat->id);
    payloadChat.isGroup = chat->isGroup;
    payloadChat.phone = chat->isGroup ? QString() : chat->phone;

    const qint64 nowSeconds = nowMs / 1000;
    const QList<Message> stored = m_messages.messagesInDelivery(delivery.id);
    QList<PayloadMessage> messages;
    messages.reserve(stored.size());
    for (const Message &m : stored) {
        payloadChat.isNewChat = payloadChat.isNewChat || m.id == chat->firstMessageId;
        PayloadMessage p;
        p.direction = m.direction;
        p.timestamp = m.timestamp;
        p.uid = m.uid;
        p.sender = m.sender;
        p.recipient = m.recipient;
        p.text = m.text;
        if (m.attachment) {
            p.attachment = PayloadAttachment {
                m_links.attachmentUrl(m.uid, m.attachment->fileName, nowSeconds),
                m.attachment->fileName, m.attachment->size, m.attachment->mimeType};
        }
        messages.append(std::move(p));
    }
    if (messages.isEmpty())
        throw StoreError(u"delivery %1 has no messages"_s.arg(delivery.id));

    if (!bundle)
        return PayloadBuilder::single(payloadAccount, payloadChat, messages.constFirst());
    PayloadBundle payloadBundle;
    payloadBundle.permalink = m_links.permalink(chat->id, messages.constFirst().uid);
    payloadBundle.timeZone = m_zone;
    payloadBundle.messages = std::move(messages);
    return PayloadBuilder::bundle(payloadAccount, payloadChat, payloadBundle);
}

} // namespace hookline
