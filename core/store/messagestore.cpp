#include "messagestore.h"

#include "attachmentstore.h"
#include "database.h"
#include "domain/timeorderedid.h"
#include "storeerror.h"
#include "transaction.h"

#include <QRegularExpression>
#include <QSqlRecord>
#include <QUuid>

#include <limits>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

const QString allMessageColumns = MessageStore::messageColumns(QString());

Message messageAt0(const QSqlQuery &q)
{
    return MessageStore::messageFromRow(q, 0);
}

const QString allChatColumns = MessageStore::chatColumns(QString());

Chat chatAt0(const QSqlQuery &q)
{
    return MessageStore::chatFromRow(q, 0);
}

const QString allAccountColumns = MessageStore::accountColumns(QString());

Account accountAt0(const QSqlQuery &q)
{
    return MessageStore::accountFromRow(q, 0);
}

// `columns` names each column as %1name: the table's prefix, when given, goes there.
QString prefixed(const QString &columns, const QString &table)
{
    return columns.arg(table.isEmpty() ? QString() : table + u'.');
}

QVariant nullableText(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

std::optional<FieldError> checkLength(int index, const QString &field, const QString &value,
                                      qsizetype max)
{
    if (value.size() <= max)
        return std::nullopt;
    return FieldError {
        field, u"%1 is %2 characters long; the limit is %3"_s.arg(field).arg(value.size()).arg(max),
        index};
}

bool isMimeType(const QString &value)
{
    static const QRegularExpression pattern(
        u"^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$"_s);
    return pattern.match(value).hasMatch();
}

// What a source leaves out of the sender or recipient, the store knows (docs/PAYLOADS.md,
// "Sender and recipient"): the account is our side of every chat, the contact the other side of
// a direct chat. A group's received sender is whoever the source names; a sent message to a
// group goes to the group, by name. Only empty fields are filled: what a source says is kept.
void fillParty(Party &party, const QString &fullName, const QString &phone)
{
    if (party.fullName.isEmpty())
        party.fullName = fullName;
    if (party.phone.isEmpty())
        party.phone = phone;
}

void fillParties(Message &m, const Account &account, const Chat &chat)
{
    const bool sent = m.direction == Direction::Sent;
    Party &ours = sent ? m.sender : m.recipient;
    Party &theirs = sent ? m.recipient : m.sender;
    fillParty(ours, account.fullName, account.phone);
    if (!chat.isGroup || sent)
        fillParty(theirs, chat.fullName, chat.phone);
}

} // namespace

QString MessageStore::messageColumns(const QString &table)
{
    return prefixed(u"%1id, %1uid, %1chat_id, %1direction, %1timestamp_ms, %1sender_name,"
                    " %1sender_phone, %1recipient_name, %1recipient_phone, %1text,"
                    " %1attachment_filename, %1attachment_mimetype, %1attachment_size,"
                    " %1attachment_sha256, %1external_id, %1source"_s,
                    table);
}

QString MessageStore::chatColumns(const QString &table)
{
    return prefixed(u"%1id, %1account_id, %1is_group, %1peer_key, %1phone, %1full_name,"
                    " coalesce(%1responsible_teammate_id, 0), coalesce(%1first_message_id, 0)"_s,
                    table);
}

Chat MessageStore::chatFromRow(const QSqlQuery &q, int first)
{
    Chat c;
    c.id = q.value(first).toLongLong();
    c.accountId = q.value(first + 1).toLongLong();
    c.isGroup = q.value(first + 2).toBool();
    c.peerKey = q.value(first + 3).toString();
    c.phone = q.value(first + 4).toString();
    c.fullName = q.value(first + 5).toString();
    c.responsibleTeammateId = q.value(first + 6).toLongLong();
    c.firstMessageId = q.value(first + 7).toLongLong();
    return c;
}

QString MessageStore::accountColumns(const QString &table)
{
    return prefixed(u"%1id, %1phone, %1full_name, %1email"_s, table);
}

Account MessageStore::accountFromRow(const QSqlQuery &q, int first)
{
    return Account {q.value(first).toLongLong(), q.value(first + 1).toString(),
                    q.value(first + 2).toString(), q.value(first + 3).toString()};
}

Message MessageStore::messageFromRow(const QSqlQuery &q, int first)
{
    auto value = [&](int i) {
        return q.value(first + i);
    };
    Message m;
    m.id = value(0).toLongLong();
    m.uid = value(1).toString();
    m.chatId = value(2).toLongLong();
    m.direction = directionFromName(value(3).toString()).value_or(Direction::Received);
    m.timestamp = QDateTime::fromMSecsSinceEpoch(value(4).toLongLong(), Qt::UTC);
    m.sender = {value(5).toString(), value(6).toString()};
    m.recipient = {value(7).toString(), value(8).toString()};
    m.text = value(9).toString();
    if (!value(13).isNull()) {
        m.attachment = Attachment {value(10).toString(), value(11).toString(),
                                   value(12).toLongLong(), value(13).toString()};
    }
    m.externalId = value(14).toString();
    m.source = value(15).toString();
    return m;
}

MessageStore::MessageStore(Database &database, AttachmentStore &attachments)
    : m_database(database)
    , m_attachments(attachments)
{
}

QString MessageStore::safeFileName(const QString &name)
{
    QString base = name.section(u'/', -1).section(u'\\', -1);
    QString clean;
    clean.reserve(base.size());
    for (QChar c : std::as_const(base)) {
        if (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format)
            clean.append(c);
    }
    clean = clean.trimmed();
    if (clean.isEmpty() || clean == u"."_s || clean == u".."_s)
        clean = u"attachment"_s;
    return clean.left(255);
}

std::optional<FieldError> MessageStore::validate(const QList<IngestMessage> &batch)
{
    for (int i = 0; i < batch.size(); ++i) {
        const IngestMessage &m = batch.at(i);
        if (m.account.phone.trimmed().isEmpty())
            return FieldError {u"account.phone"_s, u"account.phone is required"_s, i};
        if (m.chat.isGroup && m.chat.groupId.trimmed().isEmpty())
            return FieldError {u"chat.group_id"_s, u"chat.group_id is required for a group chat"_s,
                               i};
        if (!m.chat.isGroup && m.chat.phone.trimmed().isEmpty())
            return FieldError {u"chat.phone"_s, u"chat.phone is required for a direct chat"_s, i};
        if (m.timestamp && !m.timestamp->isValid())
            return FieldError {u"timestamp"_s, u"timestamp is not a valid date and time"_s, i};
        if (m.text.isEmpty() && !m.attachment)
            return FieldError {u"text"_s, u"a message needs text or an attachment"_s, i};
        const std::pair<QString, const QString *> names[] = {
            {u"account.phone"_s, &m.account.phone},
            {u"account.full_name"_s, &m.account.fullName},
            {u"account.email"_s, &m.account.email},
            {u"chat.phone"_s, &m.chat.phone},
            {u"chat.group_id"_s, &m.chat.groupId},
            {u"chat.full_name"_s, &m.chat.fullName},
            {u"sender.full_name"_s, &m.sender.fullName},
            {u"sender.phone"_s, &m.sender.phone},
            {u"recipient.full_name"_s, &m.recipient.fullName},
            {u"recipient.phone"_s, &m.recipient.phone},
            {u"external_id"_s, &m.externalId},
        };
        for (const auto &[field, value] : names) {
            if (auto error = checkLength(i, field, *value, maxNameLength))
                return error;
        }
        if (auto error = checkLength(i, u"text"_s, m.text, maxTextLength))
            return error;
        if (m.attachment) {
            if (m.attachment->bytes.size() > maxAttachmentBytes)
                return FieldError {
                    u"attachment.data_base64"_s,
                    u"attachment is %1 bytes; the limit is %2"_s.arg(m.attachment->bytes.size())
                        .arg(maxAttachmentBytes),
                    i};
            if (!m.attachment->mimeType.isEmpty() && !isMimeType(m.attachment->mimeType))
                return FieldError {u"attachment.mimetype"_s,
                                   u"attachment.mimetype \"%1\" is not a MIME type"_s.arg(
                                       m.attachment->mimeType.left(80)),
                                   i};
            if (auto error
                = checkLength(i, u"attachment.filename"_s, m.attachment->fileName, maxNameLength))
                return error;
        }
    }
    return std::nullopt;
}

QList<MessageStore::Stored> MessageStore::ingest(const QList<IngestMessage> &batch,
                                                 const InTransaction &hook)
{
    return write(prepare(batch, m_attachments), hook);
}

MessageStore::Prepared MessageStore::prepare(const QList<IngestMessage> &batch,
                                             AttachmentStore &files)
{
    if (auto error = validate(batch))
        throw IngestRejected(*error);

    // Files first and outside the write lock: a crash after this leaves only unreferenced blobs.
    Prepared prepared {batch, {}};
    prepared.attachments.reserve(batch.size());
    for (const IngestMessage &m : batch) {
        if (!m.attachment) {
            prepared.attachments.append(std::nullopt);
            continue;
        }
        const QString mime = m.attachment->mimeType.isEmpty() ? u"application/octet-stream"_s
                                                              : m.attachment->mimeType;
        prepared.attachments.append(Attachment {safeFileName(m.attachment->fileName), mime,
                                                m.attachment->bytes.size(),
                                                files.put(m.attachment->bytes)});
    }
    return prepared;
}

QList<MessageStore::Stored> MessageStore::write(const Prepared &prepared, const InTransaction &hook)
{
    const QList<IngestMessage> &batch = prepared.batch;
    const QList<std::optional<Attachment>> &attachments = prepared.attachments;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    QList<Stored> results;
    results.reserve(batch.size());
    Transaction transaction(m_database);
    // A batch usually repeats a few accounts and chats: look each up once.
    QHash<QString, Account> accounts;
    QHash<QString, Chat> chats;
    for (int i = 0; i < batch.size(); ++i) {
        const IngestMessage &in = batch.at(i);
        Stored stored;
        const QString accountKey
            = in.account.phone.trimmed() + u'\n' + in.account.fullName + u'\n' + in.account.email;
        auto account = accounts.constFind(accountKey);
        if (account == accounts.cend())
            account = accounts.insert(accountKey, upsertAccount(in.account, nowMs));
        stored.accountId = account->id;
        stored.accountPhone = account->phone;
        if (!in.externalId.isEmpty()) {
            if (auto earlier = messageByExternalId(in.externalId)) {
                stored.message = *earlier;
                stored.duplicate = true;
                results.append(stored);
                continue;
            }
        }

        Message &m = stored.message;
        m.uid = TimeOrderedId::create().toString(QUuid::WithoutBraces);
        const QString chatKey = QString::number(stored.accountId)
            + (in.chat.isGroup ? u"\ng\n"_s + in.chat.groupId : u"\nd\n"_s + in.chat.phone) + u'\n'
            + in.chat.fullName;
        auto chat = chats.constFind(chatKey);
        if (chat == chats.cend())
            chat = chats.insert(chatKey, upsertChat(stored.accountId, in.chat, nowMs));
        m.chatId = chat->id;
        stored.groupChat = chat->isGroup;
        m.direction = in.direction;
        // Payloads carry whole seconds; storing the same keeps every view consistent.
        const qint64 tsMs = in.timestamp ? in.timestamp->toMSecsSinceEpoch() : nowMs;
        m.timestamp = QDateTime::fromMSecsSinceEpoch(tsMs - tsMs % 1000, Qt::UTC);
        m.sender = {in.sender.fullName.trimmed(), in.sender.phone.trimmed()};
        m.recipient = {in.recipient.fullName.trimmed(), in.recipient.phone.trimmed()};
        fillParties(m, *account, *chat);
        m.text = in.text;
        m.attachment = attachments.at(i);
        m.externalId = in.externalId;
        m.source = in.source;

        QSqlQuery &insert = m_database.prepared(
            u"INSERT INTO messages (uid, chat_id, direction, timestamp_ms, sender_name, "
            "sender_phone, recipient_name, recipient_phone, text, attachment_filename, "
            "attachment_mimetype, attachment_size, attachment_sha256, external_id, source, "
            "created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        insert.bindValue(0, m.uid);
        insert.bindValue(1, m.chatId);
        insert.bindValue(2, directionName(m.direction));
        insert.bindValue(3, m.timestamp.toMSecsSinceEpoch());
        insert.bindValue(4, sqlText(m.sender.fullName));
        insert.bindValue(5, sqlText(m.sender.phone));
        insert.bindValue(6, sqlText(m.recipient.fullName));
        insert.bindValue(7, sqlText(m.recipient.phone));
        insert.bindValue(8, sqlText(m.text));
        insert.bindValue(9, m.attachment ? QVariant(m.attachment->fileName) : QVariant());
        insert.bindValue(10, m.attachment ? QVariant(m.attachment->mimeType) : QVariant());
        insert.bindValue(11, m.attachment ? QVariant(m.attachment->size) : QVariant());
        insert.bindValue(12, m.attachment ? QVariant(m.attachment->sha256) : QVariant());
        insert.bindValue(13, nullableText(m.externalId));
        insert.bindValue(14, m.source);
        insert.bindValue(15, nowMs);
        m.id = m_database.insertedId(insert);

        QSqlQuery &first = m_database.prepared(
            u"UPDATE chats SET first_message_id = ? WHERE id = ? AND first_message_id IS NULL"_s);
        first.bindValue(0, m.id);
        first.bindValue(1, m.chatId);
        m_database.exec(first);
        stored.newChat = first.numRowsAffected() == 1;

        if (in.reaction) {
            QSqlQuery &reaction = m_database.prepared(
                u"INSERT INTO message_reactions (message_id, target_external_id, emoji)"
                " VALUES (?, ?, ?)"_s);
            reaction.bindValue(0, m.id);
            reaction.bindValue(1, sqlText(in.reaction->targetExternalId));
            reaction.bindValue(2, sqlText(in.reaction->emoji));
            m_database.exec(reaction);
            stored.reaction = in.reaction;
        }

        if (hook)
            hook(stored);
        results.append(stored);
    }
    transaction.commit();
    return results;
}

Account MessageStore::upsertAccount(const IngestMessage::AccountRef &ref, qint64 nowMs)
{
    Account account {0, ref.phone.trimmed(), ref.fullName.trimmed(), ref.email.trimmed()};
    // Find, else insert; an insert that meets another writer's row finds that one next round.
    for (int round = 0; round < 2; ++round) {
        QSqlQuery &find
            = m_database.prepared(u"SELECT id, full_name, email FROM accounts WHERE phone = ?"_s);
        find.bindValue(0, account.phone);
        m_database.exec(find);
        if (find.next()) {
            account.id = find.value(0).toLongLong();
            const QString oldName = find.value(1).toString();
            const QString oldEmail = find.value(2).toString();
            find.finish();
            const bool rename = !account.fullName.isEmpty() && account.fullName != oldName;
            const bool newEmail = !account.email.isEmpty() && account.email != oldEmail;
            if (!rename)
                account.fullName = oldName;
            if (!newEmail)
                account.email = oldEmail;
            if (rename || newEmail) {
                QSqlQuery &update = m_database.prepared(
                    u"UPDATE accounts SET full_name = ?, email = ? WHERE id = ?"_s);
                update.bindValue(0, sqlText(account.fullName));
                update.bindValue(1, sqlText(account.email));
                update.bindValue(2, account.id);
                m_database.exec(update);
            }
            return account;
        }
        find.finish();
        QSqlQuery &insert = m_database.prepared(
            u"INSERT INTO accounts (phone, full_name, email, created_ms) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (phone) DO NOTHING"_s);
        insert.bindValue(0, account.phone);
        insert.bindValue(1, sqlText(account.fullName));
        insert.bindValue(2, sqlText(account.email));
        insert.bindValue(3, nowMs);
        account.id = m_database.insertedId(insert);
        if (account.id)
            return account;
    }
    throw StoreError(u"the account %1 could be neither found nor created"_s.arg(account.phone));
}

Chat MessageStore::upsertChat(qint64 accountId, const IngestMessage::ChatRef &ref, qint64 nowMs)
{
    Chat chat;
    chat.accountId = accountId;
    chat.isGroup = ref.isGroup;
    chat.peerKey = (ref.isGroup ? ref.groupId : ref.phone).trimmed();
    chat.phone = ref.isGroup ? QString() : chat.peerKey;
    chat.fullName = ref.fullName.trimmed();
    for (int round = 0; round < 2; ++round) {
        QSqlQuery &find
            = m_database.prepared(u"SELECT id, full_name FROM chats"
                                  " WHERE account_id = ? AND is_group = ? AND peer_key = ?"_s);
        find.bindValue(0, accountId);
        find.bindValue(1, ref.isGroup ? 1 : 0);
        find.bindValue(2, chat.peerKey);
        m_database.exec(find);
        if (find.next()) {
            chat.id = find.value(0).toLongLong();
            const QString oldName = find.value(1).toString();
            find.finish();
            if (chat.fullName.isEmpty()) {
                chat.fullName = oldName;
            } else if (chat.fullName != oldName) {
                QSqlQuery &update
                    = m_database.prepared(u"UPDATE chats SET full_name = ? WHERE id = ?"_s);
                update.bindValue(0, chat.fullName);
                update.bindValue(1, chat.id);
                m_database.exec(update);
            }
            return chat;
        }
        find.finish();
        QSqlQuery &insert = m_database.prepared(
            u"INSERT INTO chats (account_id, is_group, peer_key, phone, full_name, created_ms)"
            " VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (account_id, is_group, peer_key) DO NOTHING"_s);
        insert.bindValue(0, accountId);
        insert.bindValue(1, ref.isGroup ? 1 : 0);
        insert.bindValue(2, chat.peerKey);
        insert.bindValue(3, sqlText(chat.phone));
        insert.bindValue(4, sqlText(chat.fullName));
        insert.bindValue(5, nowMs);
        chat.id = m_database.insertedId(insert);
        if (chat.id)
            return chat;
    }
    throw StoreError(u"the chat with %1 could be neither found nor created"_s.arg(chat.peerKey));
}

std::optional<Message> MessageStore::selectOne(const QString &tail, const QVariant &value)
{
    return m_database.firstRow(u"SELECT "_s + allMessageColumns + u" FROM messages "_s + tail,
                               value.isValid() ? QVariantList {value} : QVariantList {},
                               messageAt0);
}

std::optional<Message> MessageStore::messageByExternalId(const QString &externalId)
{
    return selectOne(u"WHERE external_id = ?"_s, externalId);
}

std::optional<Message> MessageStore::messageByUid(const QString &uid)
{
    return selectOne(u"WHERE uid = ?"_s, uid);
}

std::optional<Message> MessageStore::latestMessage()
{
    return selectOne(u"ORDER BY id DESC LIMIT 1"_s, {});
}

QList<std::pair<Message, WebhookFilter::Origin>> MessageStore::latestMessages(int limit)
{
    const int phone = int(allMessageColumns.count(u',')) + 1; // after the message's columns
    return m_database.rows(
        u"SELECT "_s + messageColumns(u"m"_s)
            + u", a.phone, c.is_group FROM messages m JOIN chats c ON c.id = m.chat_id"
              " JOIN accounts a ON a.id = c.account_id ORDER BY m.id DESC LIMIT ?"_s,
        {limit}, [phone](const QSqlQuery &q) {
            return std::pair {
                messageFromRow(q, 0),
                WebhookFilter::Origin {q.value(phone).toString(), q.value(phone + 1).toBool()}};
        });
}

QList<Message> MessageStore::chatMessages(qint64 chatId, int limit)
{
    return m_database.rows(u"SELECT "_s + allMessageColumns
                               + u" FROM messages WHERE chat_id = ?"
                                 " ORDER BY timestamp_ms, id LIMIT ?"_s,
                           {chatId, limit > 0 ? qint64(limit) : std::numeric_limits<qint64>::max()},
                           messageAt0);
}

std::optional<Chat> MessageStore::chat(qint64 id)
{
    return m_database.firstRow(u"SELECT "_s + allChatColumns + u" FROM chats WHERE id = ?"_s, {id},
                               chatAt0);
}

QList<Chat> MessageStore::chats(qint64 accountId)
{
    return m_database.rows(u"SELECT "_s + chatColumns(u"c"_s)
                               + u" FROM chats c WHERE c.account_id = ?"
                                 " ORDER BY (SELECT max(m.timestamp_ms) FROM messages m"
                                 " WHERE m.chat_id = c.id) DESC NULLS LAST, c.id DESC"_s,
                           {accountId}, chatAt0);
}

std::optional<Account> MessageStore::account(qint64 id)
{
    return m_database.firstRow(u"SELECT "_s + allAccountColumns + u" FROM accounts WHERE id = ?"_s,
                               {id}, accountAt0);
}

std::optional<Account> MessageStore::accountByPhone(const QString &phone)
{
    return m_database.firstRow(u"SELECT "_s + allAccountColumns
                                   + u" FROM accounts WHERE phone = ?"_s,
                               {phone.trimmed()}, accountAt0);
}

qint64 MessageStore::createAccount(const Account &account)
{
    if (accountByPhone(account.phone))
        throw StoreError(u"an account with phone %1 exists already"_s.arg(account.phone));
    IngestMessage::AccountRef ref {account.phone, account.fullName, account.email};
    Transaction transaction(m_database);
    const qint64 id = upsertAccount(ref, QDateTime::currentMSecsSinceEpoch()).id;
    transaction.commit();
    return id;
}

void MessageStore::updateAccount(const Account &account)
{
    QSqlQuery &q = m_database.prepared(
        u"UPDATE accounts SET phone = ?, full_name = ?, email = ? WHERE id = ?"_s);
    q.bindValue(0, sqlText(account.phone.trimmed()));
    q.bindValue(1, sqlText(account.fullName.trimmed()));
    q.bindValue(2, sqlText(account.email.trimmed()));
    q.bindValue(3, account.id);
    m_database.exec(q);
    if (q.numRowsAffected() != 1)
        throw StoreError(u"no account with id %1"_s.arg(account.id));
}

int MessageStore::chatMessageCount(qint64 chatId)
{
    return m_database
        .firstRow(u"SELECT count(*) FROM messages WHERE chat_id = ?"_s, {chatId},
                  [](const QSqlQuery &q) { return q.value(0).toInt(); })
        .value_or(0);
}

QList<Message> MessageStore::latestChatMessages(qint64 chatId, int limit)
{
    QList<Message> newestFirst = m_database.rows(u"SELECT "_s + allMessageColumns
                                                     + u" FROM messages WHERE chat_id = ?"
                                                       " ORDER BY timestamp_ms DESC, id DESC"
                                                       " LIMIT ?"_s,
                                                 {chatId, limit}, messageAt0);
    std::reverse(newestFirst.begin(), newestFirst.end());
    return newestFirst;
}

QList<Account> MessageStore::accounts()
{
    return m_database.rows(u"SELECT "_s + allAccountColumns + u" FROM accounts ORDER BY id"_s, {},
                           accountAt0);
}

qint64 MessageStore::addStatus(qint64 messageId, const MessageStatus &status)
{
    QSqlQuery &q = m_database.prepared(
        u"INSERT INTO message_status (message_id, status, at_ms, detail, error_code, error_title,"
        " error_detail) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.bindValue(0, messageId);
    q.bindValue(1, status.status);
    q.bindValue(2, status.at.toMSecsSinceEpoch());
    q.bindValue(3, sqlText(status.detail));
    q.bindValue(4, status.error ? QVariant(status.error->code) : QVariant());
    q.bindValue(5, status.error ? status.error->title : QString());
    q.bindValue(6, status.error ? status.error->detail : QString());
    return m_database.insertedId(q);
}

void MessageStore::attachFile(qint64 messageId, const IngestMessage::File &file)
{
    if (file.bytes.size() > maxAttachmentBytes) {
        throw IngestRejected(
            FieldError {u"attachment"_s,
                        u"attachment is %1 bytes; the limit is %2"_s.arg(file.bytes.size())
                            .arg(maxAttachmentBytes),
                        0});
    }
    const QString mime = isMimeType(file.mimeType) ? file.mimeType : u"application/octet-stream"_s;
    const QString sha256 = m_attachments.put(file.bytes);
    m_database.run(u"UPDATE messages SET attachment_filename = ?, attachment_mimetype = ?,"
                   " attachment_size = ?, attachment_sha256 = ? WHERE id = ?"_s,
                   {safeFileName(file.fileName), mime, file.bytes.size(), sha256, messageId});
}

QList<MessageStatus> MessageStore::statusHistory(qint64 messageId)
{
    return m_database.rows(u"SELECT status, at_ms, detail FROM message_status"
                           " WHERE message_id = ? ORDER BY at_ms, id"_s,
                           {messageId}, [](const QSqlQuery &q) {
                               return MessageStatus {
                                   q.value(0).toString(),
                                   QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC),
                                   q.value(2).toString()};
                           });
}

QList<std::pair<qint64, MessageStatus>> MessageStore::chatStatuses(qint64 chatId, qint64 fromMs)
{
    return m_database.rows(
        u"SELECT s.message_id, s.status, s.at_ms, s.detail FROM messages m"
        " JOIN message_status s ON s.message_id = m.id"
        " WHERE m.chat_id = ? AND m.timestamp_ms >= ? ORDER BY s.message_id, s.at_ms, s.id"_s,
        {chatId, fromMs}, [](const QSqlQuery &q) {
            return std::pair {
                q.value(0).toLongLong(),
                MessageStatus {q.value(1).toString(),
                               QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC),
                               q.value(3).toString()}};
        });
}

MessageStore::LatestIds MessageStore::latestIds()
{
    return m_database
        .firstRow(u"SELECT (SELECT max(id) FROM accounts), (SELECT max(id) FROM messages),"
                  " (SELECT max(id) FROM message_status)"_s,
                  {},
                  [](const QSqlQuery &q) {
                      return LatestIds {q.value(0).toLongLong(), q.value(1).toLongLong(),
                                        q.value(2).toLongLong()};
                  })
        .value_or(LatestIds {});
}

} // namespace hookline
