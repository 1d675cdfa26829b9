#pragma once

#include "domain/account.h"
#include "domain/chat.h"
#include "domain/workspace.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTreeWidget;

namespace hookline {

class ComposerDialog;
class DesktopContext;
class ImportDialog;

// Accounts, their chats (newest activity first) and the newest messages of the selected chat,
// as stored, always as plain text; the responsible teammate of a chat; the Composer; the import
// of a chat export.
class ChatsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ChatsPage(DesktopContext &context, QWidget *parent = nullptr);

    // The newest messages shown for a chat; older ones stay in the store.
    static constexpr int shownMessages = 200;
    // The characters of one message's text shown; the rest is counted, not shown.
    static constexpr int shownCharacters = 8192;

    // Reloads accounts, teammates, chats and messages, keeping the selection.
    void refresh();
    // Opens the Composer for the selected account and chat; it deletes itself when closed, and
    // the chat of a created message is selected.
    ComposerDialog *openComposer();
    // Opens the chat export import for the selected account; it deletes itself when closed, and
    // the chat of a successful import is selected.
    ImportDialog *openImport();
    // Makes a teammate (0: nobody) responsible for the selected chat.
    void setResponsible(qint64 teammateId);

    qint64 selectedAccountId() const;
    qint64 selectedChatId() const;

Q_SIGNALS:
    // The three panes show the store as of the last refresh or selection.
    void loaded();
    void responsibleChanged(qint64 chatId, qint64 teammateId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadChats();
    void loadMessages();
    void showResponsible();
    void showError(const QString &message);
    QString teammateName(qint64 id) const;

    DesktopContext &m_context;
    QList<Chat> m_chats;
    QList<Teammate> m_teammates;
    qint64 m_pendingChatId = 0; // select this chat once loaded (after the Composer)
    bool m_refreshing = false;
    quint64 m_chatsRequest = 0;
    quint64 m_messagesRequest = 0;

    QListWidget *m_accounts = nullptr;
    QTreeWidget *m_chatList = nullptr;
    QComboBox *m_responsible = nullptr;
    QLabel *m_chatTitle = nullptr;
    QLabel *m_messageCount = nullptr;
    QPlainTextEdit *m_messages = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace hookline
