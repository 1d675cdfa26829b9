#pragma once

#include "domain/message.h"
#include "feedbacklabel.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QList>
#include <QSet>

namespace hookline {

struct StoreConnection;

// One webhook's part in a message.
struct WebhookPart
{
    // FilteredOut: the webhook's filter turned the message away; it was never owed.
    enum class State { Delivered, Waiting, Failing, Bundled, Held, Discarded, FilteredOut };
    QString webhook; // its display name
    State state = State::Waiting;
    int attempts = 0;
    QString lastError; // as the engine stored it; FilteredOut: the filter's field
    QDateTime bundleAt; // Bundled: when the webhook's next bundle goes out

    friend bool operator==(const WebhookPart &, const WebhookPart &) = default;
};

// A message as the conversation shows it.
struct ChatMessage
{
    Message message; // its text cut to ChatMessagesModel::shownCharacters
    int hiddenCharacters = 0; // cut from the end of the text
    QList<WebhookPart> webhooks; // by webhook name
    MessageStatus whatsApp; // the newest WhatsApp status (sent, delivered, read…); empty if none
    QString attachmentPath; // the stored file (named by its SHA-256, no extension)
    QString attachmentInfo; // "PNG image · 7.2 KB"
    QString attachmentIcon; // the type's icon name in the icon theme
};

// A piece of a message's status line, in its tone: "✓ 2 webhooks", "✗ CRM".
struct StatusPart
{
    QString text;
    FeedbackLabel::Tone tone = FeedbackLabel::Tone::Neutral;
};

// The newest messages of one chat, oldest first, as a list of bubbles: what each shows is a role
// (MessageBubbleDelegate draws them). Updates merge by message id, so rows that stay keep their
// place and the view its scroll position.
class ChatMessagesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        DirectionRole = Qt::UserRole + 1, // Direction as int
        SenderRole, // a group's received message: who wrote it; else empty
        TimeRole, // "HH:mm", local time
        DayRole, // the day above the first message of each day, else empty
        StatusRole, // the status line as one text: "WhatsApp: read · ✓ 2 webhooks · ✗ CRM"
        StatusPartsRole, // QList<StatusPart>: the same in pieces
        HiddenRole, // "… 12 more characters not shown." for a cut text, else empty
        AttachmentNameRole, // empty without an attachment
        AttachmentInfoRole, // "PNG image · 7.2 KB"
        AttachmentIconRole, // the type's icon name in the icon theme
        ThumbnailRole, // QImage: an image attachment, scaled down; null otherwise
        MessageIdRole,
        RevisionRole, // changes whenever what the row shows changes (size caches)
    };

    // The characters of one message's text shown; the rest is counted, not shown.
    static constexpr int shownCharacters = 8192;
    // Thumbnails fit this box (device-independent pixels).
    static constexpr int thumbnailWidth = 240;
    static constexpr int thumbnailHeight = 180;

    struct Loaded
    {
        QList<ChatMessage> rows;
        int total = 0; // the chat's messages in the store
        QHash<QString, QImage> thumbnails; // newly decoded, by attachment SHA-256
    };
    // Runs in the store worker: the newest `limit` messages of a chat with each webhook's part,
    // their WhatsApp status, and thumbnails of images whose SHA-256 is not in `known`, decoded at
    // `pixelRatio`.
    static Loaded load(StoreConnection &store, qint64 chatId, int limit, qint64 nowMs,
                       const QSet<QString> &known, qreal pixelRatio);

    explicit ChatMessagesModel(QObject *parent = nullptr);

    qint64 chatId() const { return m_chatId; }
    // Shows `loaded` for the chat. The same chat again: rows are updated in place, new ones
    // added; with `keepOlder`, rows that fell out of the newest ones stay (the reader is there).
    void show(qint64 chatId, bool group, Loaded loaded, bool keepOlder);
    void clear();
    // Attachments whose thumbnails are held.
    QSet<QString> thumbnailKeys() const;
    int rowOf(qint64 messageId) const;
    const ChatMessage &at(int row) const { return m_rows.at(row).message; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    static QList<StatusPart> statusParts(const ChatMessage &message);
    static QString toolTip(const ChatMessage &message);

private:
    struct Row
    {
        ChatMessage message;
        QString day;
        QList<StatusPart> status;
        quint64 revision = 0;
    };
    Row makeRow(ChatMessage message);
    // Recomputes the day headings; emits dataChanged where one changed.
    void updateDays(bool notify);

    QList<Row> m_rows;
    QHash<QString, QImage> m_thumbnails;
    qint64 m_chatId = 0;
    bool m_group = false;
    quint64 m_revision = 0;
};

} // namespace hookline
