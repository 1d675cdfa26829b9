#pragma once

#include "domain/account.h"
#include "domain/chat.h"
#include "store/ingestmessage.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace hookline {

class DesktopContext;

// Creates one received or sent message by hand, in a new or existing chat of a new or existing
// account, with an optional file: an IngestMessage with source "composer" that goes through
// MessageStore::ingest and the outbox exactly like POST /api/v1/messages. The file is read in
// the store worker, so a large or slow file never freezes the window; a refused message leaves
// the dialog open with the error next to its field. A sent message in a direct chat of an account
// connected to the WhatsApp Cloud API may instead be sent through WhatsApp first (CloudApiSender,
// like `"send": true` on the API) and is stored only when WhatsApp took it.
class ComposerDialog : public QDialog
{
    Q_OBJECT
public:
    // Preselects the given account and chat (0: the first account, a new chat) once loaded.
    ComposerDialog(DesktopContext &context, qint64 accountId = 0, qint64 chatId = 0,
                   QWidget *parent = nullptr);

    // The message as the fields describe it, without the file (read when submitted).
    IngestMessage ingestMessage() const;
    QString filePath() const { return m_filePath; }
    // The file to attach; empty for none. "Choose file…" calls it after the file dialog.
    void setFilePath(const QString &path);
    // Reads the file and stores the message in the store worker (sending it through WhatsApp
    // first when "Send through WhatsApp" is ticked); emits created or failed.
    void submit();
    // Closes without creating, except while a submit runs (its answer must not be lost).
    void reject() override;

Q_SIGNALS:
    // The accounts and the chats of the selected account are in the combos.
    void chatsLoaded();
    // `wamid`: WhatsApp's id of the message when it was sent through the Cloud API, else empty;
    // `webhooks`: the switched-on webhooks it was queued for.
    void created(const QString &uid, qint64 chatId, const QString &wamid, int webhooks);
    void failed(const QString &field, const QString &message);

private:
    enum NewChat : qint64 { NewDirect = -1, NewGroup = -2 };

    void loadAccounts(qint64 selectAccountId, qint64 selectChatId);
    void loadChats(qint64 selectChatId);
    void updateEnabled();
    // Whether "Send through WhatsApp" applies: sent, direct chat, account that can send.
    void updateSendThroughWhatsApp();
    void fillParties();
    void chooseFile();
    void clearErrors();
    // Hides the errors about these fields (the first part of the store's field name).
    void clearErrors(const QStringList &fields);
    void showError(const QString &field, const QString &message);
    std::optional<Account> selectedAccount() const;
    std::optional<Chat> selectedChat() const;
    bool groupSelected() const;

    DesktopContext &m_context;
    QList<Account> m_accounts;
    QList<Chat> m_chats;
    QString m_filePath;
    quint64 m_fileRequest = 0;
    bool m_busy = false;
    bool m_groupReceivedFilled = false;
    bool m_accountShown = false; // the account fields show a stored account
    bool m_chatShown = false; // the chat fields show a stored chat
    quint64 m_chatsRequest = 0;

    QComboBox *m_account = nullptr;
    QLineEdit *m_accountPhone = nullptr;
    QLineEdit *m_accountName = nullptr;
    QComboBox *m_chat = nullptr;
    QLineEdit *m_chatPhone = nullptr;
    QLineEdit *m_groupId = nullptr;
    QLabel *m_peerLabel = nullptr; // "Phone:" or "Group id:"
    QLineEdit *m_chatName = nullptr;
    QComboBox *m_direction = nullptr;
    QLineEdit *m_senderName = nullptr;
    QLineEdit *m_senderPhone = nullptr;
    QLineEdit *m_recipientName = nullptr;
    QLineEdit *m_recipientPhone = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_removeFile = nullptr;
    QCheckBox *m_sendThroughWhatsApp = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_cancel = nullptr;
    // Error labels by the first part of the store's field name (account, chat, sender, …); their
    // line is kept while hidden, so an error shifts nothing.
    QHash<QString, QLabel *> m_errors;
    QHash<QLabel *, QString> m_errorFields; // what each shown error is about
    QLabel *m_generalError = nullptr;
};

} // namespace hookline
