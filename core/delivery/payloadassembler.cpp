#include "payloadassembler.h"

#include "payload/linkbase.h"
#include "payload/payloadbuilder.h"
#include "store/database.h"
#include "store/messagestore.h"
#include "store/storeerror.h"
#include "store/workspacestore.h"

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

// One row per message: the delivery, its chat, the chat's account and responsible teammate,
// then the message, from these columns on.
constexpr int chatColumn = Outbox::deliveryColumnCount;
constexpr int accountColumn = chatColumn + 8;
constexpr int teammateColumn = accountColumn + 4;
constexpr int messageColumn = teammateColumn + 2;

const QString &assembleQuery()
{
    static const QString query = u"SELECT "_s + Outbox::deliveryColumns(u"d"_s) + u", "_s
        + MessageStore::chatColumns(u"c"_s) + u", "_s + MessageStore::accountColumns(u"a"_s)
        + u", t.full_name, t.email, "_s + MessageStore::messageColumns(u"m"_s)
        + u" FROM deliveries d LEFT JOIN chats c ON c.id = d.chat_id"
          " LEFT JOIN accounts a ON a.id = c.account_id"
          " LEFT JOIN teammates t ON t.id = c.responsible_teammate_id"
          " LEFT JOIN delivery_messages dm ON dm.delivery_id = d.id"
          " LEFT JOIN messages m ON m.id = dm.message_id"
          " WHERE d.id = ? ORDER BY m.timestamp_ms, m.id"_s;
    return query;
}

} // namespace

PayloadAssembler::PayloadAssembler(Database &database, WorkspaceStore &workspace,
                                   const LinkBase *links)
    : m_database(database)
    , m_workspace(workspace)
    , m_linkBase(links)
    , m_links({}, {})
{
    reloadSettings();
}

void PayloadAssembler::reloadSettings()
{
    const WorkspaceSettings settings = m_workspace.settings();
    m_links = SignedLinks(m_workspace.linkKey(),
                          m_linkBase ? m_linkBase->resolve(settings.publicBaseUrl)
                                     : settings.publicBaseUrl);
    m_zone = QTimeZone(settings.timeZone.toUtf8());
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
}

std::optional<PayloadAssembler::Assembled>
PayloadAssembler::assemble(qint64 deliveryId, qint64 nowMs, std::optional<bool> bundle)
{
    QSqlQuery &q = m_database.prepared(assembleQuery());
    q.bindValue(0, deliveryId);
    m_database.exec(q);
    if (!q.next()) {
        q.finish();
        return std::nullopt;
    }

    Assembled result {Outbox::deliveryFromRow(q, 0), {}};
    const DeliveryRecord &delivery = result.delivery;
    if (q.value(chatColumn).isNull()) {
        q.finish();
        throw StoreError(u"delivery %1 names chat %2, which does not exist"_s.arg(deliveryId)
                             .arg(delivery.chatId));
    }
    const Chat chatRow = MessageStore::chatFromRow(q, chatColumn);
    const Account account = MessageStore::accountFromRow(q, accountColumn); // empty when gone

    const PayloadAccount payloadAccount {account.fullName, account.email, account.phone};
    PayloadChat chat;
    chat.fullName = chatRow.fullName;
    chat.responsibleName = q.value(teammateColumn).toString();
    chat.responsibleEmail = q.value(teammateColumn + 1).toString();
    chat.chatUrl = m_links.chatUrl(chatRow.id);
    chat.chatId = QString::number(chatRow.id);
    chat.isGroup = chatRow.isGroup;
    chat.phone = chatRow.isGroup ? QString() : chatRow.phone;

    if (delivery.event == WebhookEvent::MessageStatus) {
        q.finish();
        result.body = PayloadBuilder::status(payloadAccount, chat, status(delivery));
        return result;
    }

    const qint64 nowSeconds = nowMs / 1000;
    QList<PayloadMessage> messages;
    qint64 firstMessageId = 0;
    do {
        if (q.value(messageColumn).isNull())
            break; // the delivery has no messages: the LEFT JOIN's one empty row
        const Message m = MessageStore::messageFromRow(q, messageColumn);
        if (firstMessageId == 0)
            firstMessageId = m.id;
        chat.isNewChat = chat.isNewChat || m.id == chatRow.firstMessageId;
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
    } while (q.next());
    q.finish();
    if (messages.isEmpty())
        throw StoreError(u"delivery %1 has no messages"_s.arg(deliveryId));

    if (delivery.event == WebhookEvent::MessageReaction) {
        result.body = PayloadBuilder::reaction(payloadAccount, chat,
                                               reaction(firstMessageId, messages.constFirst()));
        return result;
    }

    if (!bundle.value_or(delivery.kind == DeliveryKind::Bundle)) {
        result.body = PayloadBuilder::single(payloadAccount, chat, messages.constFirst());
        return result;
    }
    PayloadBundle payloadBundle;
    payloadBundle.permalink = m_links.permalink(chatRow.id, messages.constFirst().uid);
    payloadBundle.timeZone = m_zone;
    payloadBundle.messages = std::move(messages);
    result.body = PayloadBuilder::bundle(payloadAccount, chat, payloadBundle);
    return result;
}

PayloadStatus PayloadAssembler::status(const DeliveryRecord &delivery)
{
    const auto status = m_database.firstRow(
        u"SELECT m.uid, s.status, s.at_ms, s.error_code, s.error_title, s.error_detail"
        " FROM message_status s JOIN messages m ON m.id = s.message_id WHERE s.id = ?"_s,
        {delivery.statusId}, [](const QSqlQuery &q) {
            PayloadStatus p {q.value(0).toString(), q.value(1).toString(),
                             QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC),
                             std::nullopt};
            if (!q.value(3).isNull())
                p.error = StatusError {q.value(3).toLongLong(), q.value(4).toString(),
                                       q.value(5).toString()};
            return p;
        });
    if (!status)
        throw StoreError(u"delivery %1 names status %2, which does not exist"_s.arg(delivery.id)
                             .arg(delivery.statusId));
    return *status;
}

PayloadReaction PayloadAssembler::reaction(qint64 messageId, const PayloadMessage &message)
{
    PayloadReaction p {message.direction, message.timestamp, message.uid, {}, {}, {},
                       message.sender,    message.recipient};
    // The message reacted to may be unknown here (sent before Hookline listened): then only
    // its WhatsApp id is.
    const bool found = m_database
                           .firstRow(u"SELECT r.target_external_id, r.emoji, t.uid"
                                     " FROM message_reactions r"
                                     " LEFT JOIN messages t ON t.external_id = r.target_external_id"
                                     " WHERE r.message_id = ?"_s,
                                     {messageId},
                                     [&](const QSqlQuery &q) {
                                         p.messageWamid = q.value(0).toString();
                                         p.emoji = q.value(1).toString();
                                         p.messageUid = q.value(2).toString();
                                         return true;
                                     })
                           .value_or(false);
    if (!found)
        throw StoreError(u"message %1 is not a reaction"_s.arg(messageId));
    return p;
}

} // namespace hookline
