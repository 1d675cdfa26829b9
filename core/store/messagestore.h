#pragma once

#include "domain/account.h"
#include "domain/chat.h"
#include "domain/fielderror.h"
#include "domain/message.h"
#include "domain/webhookfilter.h"
#include "ingestmessage.h"

#include <QList>

class QSqlQuery;

#include <functional>
#include <optional>
#include <utility>

namespace hookline {

class AttachmentStore;
class Database;

// Accounts, chats, messages and status history. Every method throws StoreError when the
// database or the disk fails; a failed ingest leaves the store exactly as it was.
class MessageStore
{
public:
    MessageStore(Database &database, AttachmentStore &attachments);

    struct Stored
    {
        Message message;
        qint64 accountId = 0;
        // What a webhook's filter reads beyond the message (WebhookFilter::Origin).
        QString accountPhone;
        bool groupChat = false;
        bool duplicate = false; // external_id seen before: `message` is the earlier one
        bool newChat = false; // this message created its chat
        std::optional<Reaction> reaction; // as ingested; empty for a duplicate
    };
    // Called inside the ingest transaction for each newly stored message, so what depends on a
    // message (the outbox) commits or rolls back together with it.
    using InTransaction = std::function<void(const Stored &)>;

    // Limits that keep one message from exhausting memory or the disk.
    static constexpr qsizetype maxTextLength = 4 * 1024 * 1024;
    static constexpr qsizetype maxNameLength = 1024;
    static constexpr qsizetype maxAttachmentBytes = 64 * 1024 * 1024;

    // Checks every message of a batch before anything is written; empty when all are valid.
    static std::optional<FieldError> validate(const QList<IngestMessage> &batch);

    // Validates, then stores the whole batch in one transaction: accounts and chats are found or
    // created, `external_id` duplicates return the earlier message. Throws StoreError, or
    // IngestRejected when validation fails (nothing is stored).
    QList<Stored> ingest(const QList<IngestMessage> &batch, const InTransaction &hook = {});

    // ingest() in two steps, for a writer that commits several callers' batches together:
    // prepare() validates and stores the files (no database; any thread), write() stores the
    // messages inside the caller's transaction, or in one of its own.
    struct Prepared
    {
        QList<IngestMessage> batch;
        QList<std::optional<Attachment>> attachments;
    };
    static Prepared prepare(const QList<IngestMessage> &batch, AttachmentStore &files);
    QList<Stored> write(const Prepared &prepared, const InTransaction &hook = {});

    std::optional<Message> messageByUid(const QString &uid);
    std::optional<Message> messageByExternalId(const QString &externalId);
    std::optional<Message> latestMessage();
    // The workspace's newest `limit` messages, newest first, each with what a webhook's filter
    // reads beyond it: for a preview of a filter.
    QList<std::pair<Message, WebhookFilter::Origin>> latestMessages(int limit);
    // Oldest first; `limit` <= 0 means all.
    QList<Message> chatMessages(qint64 chatId, int limit = 0);
    std::optional<Chat> chat(qint64 id);
    // The account's chats, the one with the newest message first.
    QList<Chat> chats(qint64 accountId);
    std::optional<Account> account(qint64 id);
    std::optional<Account> accountByPhone(const QString &phone);
    QList<Account> accounts();
    // Returns the new account's id; throws StoreError when the phone is taken.
    qint64 createAccount(const Account &account);
    void updateAccount(const Account &account);

    int chatMessageCount(qint64 chatId);
    // The newest `limit` messages of a chat, oldest first.
    QList<Message> latestChatMessages(qint64 chatId, int limit);

    // Returns the status's id.
    qint64 addStatus(qint64 messageId, const MessageStatus &status);
    // Gives a stored message the file that was not at hand when it arrived (Cloud API media
    // downloaded later). Throws IngestRejected when the file breaks a limit.
    void attachFile(qint64 messageId, const IngestMessage::File &file);
    QList<MessageStatus> statusHistory(qint64 messageId);
    // The statuses of a chat's messages timed at or after `fromMs`, oldest first per message
    // (a conversation view shows the newest beside each message).
    QList<std::pair<qint64, MessageStatus>> chatStatuses(qint64 chatId, qint64 fromMs);

    // The highest account, message and status ids: they grow whenever one is stored, so a view
    // notices what other threads and processes stored by comparing them (each a max of a key).
    struct LatestIds
    {
        qint64 account = 0;
        qint64 message = 0;
        qint64 status = 0;

        friend bool operator==(const LatestIds &, const LatestIds &) = default;
    };
    LatestIds latestIds();

    // The columns of a message, chat or account, prefixed by `table` when given, and the value
    // read from them starting at column `first`: for queries that join these with other tables.
    static QString messageColumns(const QString &table);
    static Message messageFromRow(const QSqlQuery &query, int first);
    static QString chatColumns(const QString &table);
    static Chat chatFromRow(const QSqlQuery &query, int first);
    static QString accountColumns(const QString &table);
    static Account accountFromRow(const QSqlQuery &query, int first);

    // Normalises a file name from outside: no folders, no control characters, bounded length.
    static QString safeFileName(const QString &name);

private:
    // The account or chat as stored after the upsert: names the reference left empty are the
    // stored ones.
    Account upsertAccount(const IngestMessage::AccountRef &ref, qint64 nowMs);
    Chat upsertChat(qint64 accountId, const IngestMessage::ChatRef &ref, qint64 nowMs);
    // `tail` follows FROM messages; `value` binds its one placeholder, if any.
    std::optional<Message> selectOne(const QString &tail, const QVariant &value);

    Database &m_database;
    AttachmentStore &m_attachments;
};

// Thrown by MessageStore::ingest when the batch fails validation.
class IngestRejected : public std::runtime_error
{
public:
    explicit IngestRejected(FieldError error)
        : std::runtime_error(error.message.toStdString())
        , m_error(std::move(error))
    {
    }
    const FieldError &error() const { return m_error; }

private:
    FieldError m_error;
};

} // namespace hookline
