#pragma once

#include "domain/account.h"
#include "domain/chat.h"
#include "domain/workspace.h"
#include "store/messagestore.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;
class QTimer;
class QTreeWidget;

namespace hookline {

class ChatMessagesModel;
class ComposerDialog;
class DesktopContext;
class ImportDialog;
class MessageBubbleDelegate;

// Accounts, their chats (newest activity first) and the newest messages of the selected chat as
// a conversation: bubbles by direction, each with what the webhooks and WhatsApp did with it,
// images as thumbnails and files that open on a click. Kept current while shown: new messages
// and statuses (polled cheaply) and delivery results (the engine's signals) update it without
// moving the reader, unless they read at the bottom. Also the responsible teammate of a chat,
// the Composer and the import of a chat export.
class ChatsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ChatsPage(DesktopContext &context, QWidget *parent = nullptr);

    // The newest messages shown for a chat; older ones stay in the store.
    static constexpr int shownMessages = 200;
    // How often, while shown, the page asks the store whether anything was added.
    static constexpr int pollMs = 1000;

    // Reloads accounts, teammates, chats and messages, keeping the selection (F5).
    void refresh();
    // Opens the Composer for the selected account and chat; it deletes itself when closed, and
    // the chat of a created message is selected.
    ComposerDialog *openComposer();
    // Opens the chat export import for the selected account; it deletes itself when closed, and
    // the chat of a successful import is selected.
    ImportDialog *openImport();
    // Makes a teammate (0: nobody) responsible for the selected chat.
    void setResponsible(qint64 teammateId);
    // Opens the attachment of the message at `row` with the desktop's application for its type:
    // a copy named as it was sent, since the store names files by their SHA-256.
    void openAttachment(int row);
    // Asks for the deliveries of the message at `row` (its status line was clicked).
    void showDeliveries(int row);

    qint64 selectedAccountId() const;
    qint64 selectedChatId() const;
    ChatMessagesModel *messages() const { return m_model; }
    QListView *conversation() const { return m_conversation; }

Q_SIGNALS:
    // The three panes show the store as of the last refresh, update or selection.
    void loaded();
    void responsibleChanged(qint64 chatId, qint64 teammateId);
    // The copy given to the desktop to open, or why there is none.
    void attachmentOpened(const QString &path);
    // The deliveries that carried a message, with a short description of it, are wanted.
    void deliveriesRequested(qint64 messageId, const QString &description);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void loadChats();
    void loadMessages();
    void poll();
    void showChats(const QList<Chat> &chats);
    void fitColumns();
    void showError(const QString &message);
    void clearError(); // an error, not a success the user has yet to read
    QString teammateName(qint64 id) const;
    void showResponsible();

    DesktopContext &m_context;
    QList<Chat> m_chats;
    QList<Teammate> m_teammates;
    QList<Account> m_accountList;
    MessageStore::LatestIds m_latest;
    qint64 m_pendingChatId = 0; // select this chat once loaded (after the Composer)
    bool m_refreshing = false;
    bool m_polling = false;
    bool m_followBottom = true; // the conversation shows its newest message
    bool m_errorShown = false;
    quint64 m_chatsRequest = 0;
    quint64 m_messagesRequest = 0;

    QListWidget *m_accounts = nullptr;
    QTreeWidget *m_chatList = nullptr;
    QComboBox *m_responsible = nullptr;
    QLabel *m_chatTitle = nullptr;
    QLabel *m_messageCount = nullptr;
    QStackedWidget *m_messagesPane = nullptr;
    QListView *m_conversation = nullptr;
    QPlainTextEdit *m_hint = nullptr; // instead of the conversation when there is none
    ChatMessagesModel *m_model = nullptr;
    MessageBubbleDelegate *m_delegate = nullptr;
    QLabel *m_feedback = nullptr;
    QTimer *m_poll = nullptr;
    QTimer *m_deliveriesSoon = nullptr;
};

} // namespace hookline
