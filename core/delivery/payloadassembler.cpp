#include "payloadassembler.h"

#include "payload/payloadbuilder.h"
#include "store/database.h"
#include "store/messagestore.h"
#include "store/storeerror.h"
#include "store/workspacestore.h"

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

// Delivery, chat, account and teammate repeat on each message's row; the message columns
// follow them, from column `messageColumn`.
constexpr int messageColumn = 16;

const QString &assembleQuery()
{
    static const QString query
        = u"SELECT d.webhook_id, d.chat_id, d.kind, d.webhook_message_id, d.state, d.attempts,"
          " c.id, c.is_group, c.phone, c.full_name, coalesce(c.first_message_id, 0),"
          " a.phone, a.full_name, a.email, t.full_name, t.email, "_s
        + MessageStore::messageColumns(u"m"_s)
        + u" FROM deliveries d LEFT JOIN chats c ON c.id = d.chat_id"
          " LEFT JOIN accounts a ON a.id = c.account_id"
          " LEFT JOIN teammates t ON t.id = c.responsible_teammate_id"
          " LEFT JOIN delivery_messages dm ON dm.delivery_id = d.id"
          " LEFT JOIN messages m ON m.id = dm.message_id"
          " WHERE d.id = ? ORDER BY m.timestamp_ms, m.id"_s;
    return query;
}

} // namespace

PayloadAssembler::PayloadAssembler(Database &database, WorkspaceStore &workspace)
    : m_database(database)
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

    Assembled result;
    DeliveryRecord &delivery = result.delivery;
    delivery.id = deliveryId;
    delivery.webhookId = q.value(0).toLongLong();
    delivery.chatId = q.value(1).toLongLong();
    delivery.kind = q.value(2).toString();
    delivery.webhookMessageId = q.value(3).toString();
    delivery.state = q.value(4).toString();
    delivery.attempts = q.value(5).toInt();
    if (q.value(6).isNull()) {
        q.finish();
        throw StoreError(u"delivery %1 names chat %2, which does not exist"_s.arg(deliveryId)
                             .arg(delivery.chatId));
    }

    const PayloadAccount account {q.value(12).toString(), q.value(13).toString(),
                                  q.value(11).toString()};
    PayloadChat chat;
    chat.fullName = q.value(9).toString();
    chat.responsibleName = q.value(14).toString();
    chat.responsibleEmail = q.value(15).toString();
    chat.chatUrl = m_links.chatUrl(delivery.chatId);
    chat.chatId = QString::number(delivery.chatId);
    chat.isGroup = q.value(7).toBool();
    chat.phone = chat.isGroup ? QString() : q.value(8).toString();
    const qint64 firstMessageId = q.value(10).toLongLong();

    const qint64 nowSeconds = nowMs / 1000;
    QList<PayloadMessage> messages;
    do {
        if (q.value(messageColumn).isNull())
            break; // the delivery has no messages: the LEFT JOIN's one empty row
        const Message m = MessageStore::messageFromRow(q, messageColumn);
        chat.isNewChat = chat.isNewChat || m.id == firstMessageId;
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

    if (!bundle.value_or(delivery.kind == u"bundle"_s)) {
        result.body = PayloadBuilder::single(account, chat, messages.constFirst());
        return result;
    }
    PayloadBundle payloadBundle;
    payloadBundle.permalink = m_links.permalink(delivery.chatId, messages.constFirst().uid);
    payloadBundle.timeZone = m_zone;
    payloadBundle.messages = std::move(messages);
    result.body = PayloadBuilder::bundle(account, chat, payloadBundle);
    return result;
}

} // namespace hookline
