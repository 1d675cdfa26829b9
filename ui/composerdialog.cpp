#include "composerdialog.h"

#include "accountlabel.h"
#include "cloudapi/cloudapiregistry.h"
#include "delivery/clock.h"
#include "desktopcontext.h"
#include "domain/webhook.h"
#include "feedbacklabel.h"
#include "service/messageservice.h"
#include "serviceerrortext.h"
#include "store/ingestwriter.h"
#include "store/storeconnection.h"
#include "storeworker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStyle>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

struct Created
{
    QString uid;
    qint64 chatId = 0;
    QString wamid; // when sent through the Cloud API
    int webhooks = 0; // switched on, queued for
};

QLineEdit *lineEdit(const QString &name, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    return edit;
}

// The message text: a few lines high to start with, growing with the dialog.
class TextEdit : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;
    QSize sizeHint() const override
    {
        return {QPlainTextEdit::sizeHint().width(),
                3 * fontMetrics().lineSpacing() + 2 * frameWidth()
                    + int(2 * document()->documentMargin())};
    }
};

[[noreturn]] void refuseFile(const QString &message)
{
    throw IngestRejected(FieldError {u"attachment"_s, message, 0});
}

// Runs in the store worker: the file's bytes, name and type, or IngestRejected naming the file.
IngestMessage::File readAttachment(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        refuseFile(ComposerDialog::tr("“%1” is a folder, not a file.").arg(info.fileName()));
    if (!info.exists())
        refuseFile(ComposerDialog::tr("The file “%1” does not exist.").arg(info.fileName()));
    const auto limit = MessageStore::maxAttachmentBytes;
    auto tooLarge = [&](qint64 size) {
        refuseFile(ComposerDialog::tr("The file “%1” is %2; attachments are limited to %3.")
                       .arg(info.fileName(), QLocale().formattedDataSize(size),
                            QLocale().formattedDataSize(limit)));
    };
    if (info.size() > limit)
        tooLarge(info.size());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        refuseFile(ComposerDialog::tr("The file “%1” cannot be read: %2")
                       .arg(info.fileName(), file.errorString()));
    // Read one byte past the limit: a file that grew since the check is still refused.
    QByteArray bytes = file.read(limit + 1);
    if (file.error() != QFileDevice::NoError)
        refuseFile(ComposerDialog::tr("The file “%1” cannot be read: %2")
                       .arg(info.fileName(), file.errorString()));
    if (bytes.size() > limit)
        tooLarge(bytes.size());
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(info.fileName(), bytes).name();
    return {info.fileName(), mime, std::move(bytes)};
}

// Runs in the store worker: what the File field says about a file, "invoice.png · PNG image ·
// 7.2 KB", or why it cannot be attached.
QString fileSummary(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return ComposerDialog::tr("%1 · not found").arg(info.fileName());
    const QMimeType type = QMimeDatabase().mimeTypeForFile(info);
    return ComposerDialog::tr("%1 · %2 · %3")
        .arg(info.fileName(), type.comment(), QLocale().formattedDataSize(info.size()));
}

// The store's refusals of a composed message said as sentences about the field they are shown
// beside; the rest as the service words them.
QString sentence(const ServiceError &error)
{
    const QString &field = error.field;
    if (error.code == ServiceError::Code::Invalid) {
        if (error.message.contains(u" characters long; the limit is "_s)) {
            return field == u"text"_s ? ComposerDialog::tr("The text is longer than %1 characters.")
                                            .arg(QLocale().toString(MessageStore::maxTextLength))
                                      : ComposerDialog::tr("This is longer than %1 characters.")
                                            .arg(QLocale().toString(MessageStore::maxNameLength));
        }
        if (field == u"account.phone"_s)
            return ComposerDialog::tr("Enter the account's phone number.");
        if (field == u"chat.phone"_s)
            return ComposerDialog::tr("Enter the phone number of the person the chat is with.");
        if (field == u"chat.group_id"_s)
            return ComposerDialog::tr("Enter the group's id.");
        if (field == u"text"_s)
            return ComposerDialog::tr("Write a text or attach a file.");
    }
    return ServiceErrorText::sentence(error);
}

// Runs in the store worker: the switched-on webhooks the new message was queued for.
int queuedFor(StoreConnection &store, const Message &message)
{
    QSet<qint64> enabled;
    for (const Webhook &w : store.webhooks->webhooks()) {
        if (w.enabled)
            enabled.insert(w.id);
    }
    QSet<qint64> queued;
    for (const MessageDelivery &d :
         store.outbox->chatDeliveries(message.chatId, message.timestamp.toMSecsSinceEpoch())) {
        if (d.messageId == message.id && enabled.contains(d.webhookId))
            queued.insert(d.webhookId);
    }
    return int(queued.size());
}

} // namespace

ComposerDialog::ComposerDialog(DesktopContext &context, qint64 accountId, qint64 chatId,
                               QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(u"composerDialog"_s);
    setWindowTitle(tr("Compose a message"));
    // Phones are short: their fields keep one width, so the names beside them line up.
    const int phoneWidth = fontMetrics().horizontalAdvance(u"+000 00000 000000"_s) + 16;
    const int nameWidth = 26 * fontMetrics().averageCharWidth();
    // Compact, so the whole form fits a 700 px high screen.
    auto compact = [](QFormLayout *form) {
        form->setVerticalSpacing(4);
        const QMargins m = form->contentsMargins();
        form->setContentsMargins(m.left(), m.top() / 2, m.right(), m.bottom() / 2);
    };
    QList<QLabel *> rowLabels;
    auto rowLabel = [&](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, buddy->parentWidget());
        label->setBuddy(buddy);
        rowLabels << label;
        return label;
    };
    // A field's name and phone side by side.
    auto pair = [&](QLineEdit *name, QLabel *phoneLabel, QLineEdit *phone) {
        auto *row = new QHBoxLayout;
        name->setMinimumWidth(nameWidth);
        row->addWidget(name, 1);
        row->addSpacing(row->spacing());
        row->addWidget(phoneLabel);
        row->addWidget(phone);
        phone->setFixedWidth(phoneWidth);
        return row;
    };
    // Always shown, empty while there is no error: a form drops hidden rows, and the line kept
    // for the error means nothing moves when one appears.
    auto errorLabel = [&](const QString &name, QWidget *box) {
        QLabel *label = FeedbackLabel::create(name, box);
        label->setMinimumHeight(label->fontMetrics().lineSpacing());
        label->show();
        return label;
    };

    auto *accountBox = new QGroupBox(tr("Account"), this);
    auto *accountForm = new QFormLayout(accountBox);
    compact(accountForm);
    m_account = new QComboBox(accountBox);
    m_account->setObjectName(u"account"_s);
    m_accountPhone = lineEdit(u"accountPhone"_s, tr("+14155550100"), accountBox);
    m_accountName = lineEdit(u"accountName"_s, tr("Sales"), accountBox);
    auto *accountPhoneLabel = new QLabel(tr("&Phone:"), accountBox);
    accountPhoneLabel->setBuddy(m_accountPhone);
    accountForm->addRow(rowLabel(tr("&Account:"), m_account), m_account);
    accountForm->addRow(rowLabel(tr("&Name:"), m_accountName),
                        pair(m_accountName, accountPhoneLabel, m_accountPhone));
    m_errors.insert(u"account"_s, errorLabel(u"accountError"_s, accountBox));
    accountForm->addRow(QString(), m_errors.value(u"account"_s));

    auto *chatBox = new QGroupBox(tr("Chat"), this);
    auto *chatForm = new QFormLayout(chatBox);
    compact(chatForm);
    m_chat = new QComboBox(chatBox);
    m_chat->setObjectName(u"chat"_s);
    m_chatPhone = lineEdit(u"chatPhone"_s, tr("+919800000001"), chatBox);
    m_groupId = lineEdit(u"groupId"_s, tr("120363…@g.us"), chatBox);
    m_groupId->setToolTip(tr("The group's id, like 120363021234567890@g.us"));
    m_chatName = lineEdit(u"chatName"_s, tr("Asha Rao"), chatBox);
    m_peerLabel = new QLabel(chatBox);
    auto *chatRow = pair(m_chatName, m_peerLabel, m_chatPhone);
    chatRow->addWidget(m_groupId);
    m_groupId->setFixedWidth(phoneWidth * 3 / 2);
    chatForm->addRow(rowLabel(tr("&Chat:"), m_chat), m_chat);
    chatForm->addRow(rowLabel(tr("Nam&e:"), m_chatName), chatRow);
    m_errors.insert(u"chat"_s, errorLabel(u"chatError"_s, chatBox));
    chatForm->addRow(QString(), m_errors.value(u"chat"_s));

    auto *messageBox = new QGroupBox(tr("Message"), this);
    auto *messageForm = new QFormLayout(messageBox);
    compact(messageForm);
    m_direction = new QComboBox(messageBox);
    m_direction->setObjectName(u"direction"_s);
    m_direction->addItem(tr("Received"), int(Direction::Received));
    m_direction->addItem(tr("Sent"), int(Direction::Sent));
    m_senderName = lineEdit(u"senderName"_s, QString(), messageBox);
    m_senderName->setAccessibleName(tr("Sender name"));
    m_senderPhone = lineEdit(u"senderPhone"_s, QString(), messageBox);
    m_senderPhone->setAccessibleName(tr("Sender phone"));
    m_recipientName = lineEdit(u"recipientName"_s, QString(), messageBox);
    m_recipientName->setAccessibleName(tr("Recipient name"));
    m_recipientPhone = lineEdit(u"recipientPhone"_s, QString(), messageBox);
    m_recipientPhone->setAccessibleName(tr("Recipient phone"));
    auto *senderPhoneLabel = new QLabel(tr("Ph&one:"), messageBox);
    senderPhoneLabel->setBuddy(m_senderPhone);
    auto *recipientPhoneLabel = new QLabel(tr("Phone:"), messageBox);
    recipientPhoneLabel->setBuddy(m_recipientPhone);
    m_text = new TextEdit(messageBox);
    m_text->setObjectName(u"text"_s);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("Hello! Is the order on its way?"));
    m_file = lineEdit(u"file"_s, tr("No file"), messageBox);
    m_file->setReadOnly(true);
    auto *chooseFileButton = new QPushButton(tr("Choose fi&le…"), messageBox);
    chooseFileButton->setObjectName(u"chooseFile"_s);
    m_removeFile = new QPushButton(tr("Remo&ve"), messageBox);
    m_removeFile->setObjectName(u"removeFile"_s);
    m_removeFile->setToolTip(tr("Send the message without the file"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(chooseFileButton);
    fileRow->addWidget(m_removeFile);
    messageForm->addRow(rowLabel(tr("&Direction:"), m_direction), m_direction);
    messageForm->addRow(rowLabel(tr("&Sender:"), m_senderName),
                        pair(m_senderName, senderPhoneLabel, m_senderPhone));
    messageForm->addRow(rowLabel(tr("&Recipient:"), m_recipientName),
                        pair(m_recipientName, recipientPhoneLabel, m_recipientPhone));
    QLabel *partiesError = errorLabel(u"partiesError"_s, messageBox);
    m_errors.insert(u"sender"_s, partiesError);
    m_errors.insert(u"recipient"_s, partiesError);
    messageForm->addRow(QString(), partiesError);
    messageForm->addRow(rowLabel(tr("Te&xt:"), m_text), m_text);
    messageForm->addRow(rowLabel(tr("&File:"), m_file), fileRow);
    // "Write a text or attach a file" is about both.
    QLabel *contentError = errorLabel(u"contentError"_s, messageBox);
    m_errors.insert(u"text"_s, contentError);
    m_errors.insert(u"attachment"_s, contentError);
    messageForm->addRow(QString(), contentError);
    m_sendThroughWhatsApp = new QCheckBox(tr("Send through &WhatsApp (Cloud API)"), messageBox);
    m_sendThroughWhatsApp->setObjectName(u"sendThroughWhatsApp"_s);
    messageForm->addRow(QString(), m_sendThroughWhatsApp);
    // The three boxes' fields start at one x.
    int labelWidth = 0;
    for (QLabel *label : std::as_const(rowLabels))
        labelWidth = qMax(labelWidth, label->sizeHint().width());
    for (QLabel *label : std::as_const(rowLabels))
        label->setMinimumWidth(labelWidth);

    // WhatsApp's refusal ("send", like the API's member) shows here, under its checkbox.
    m_generalError = errorLabel(u"generalError"_s, this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"cancel"_s);
    m_create = buttons->addButton(tr("Create &message"), QDialogButtonBox::ActionRole);
    m_create->setObjectName(u"create"_s);
    m_create->setDefault(true);
    m_create->setToolTip(tr("Stores the message and hands it to the webhooks (Ctrl+Return)"));
    // Icons on both buttons or on neither, as the style has it.
    if (style()->styleHint(QStyle::SH_DialogButtonBox_ButtonsHaveIcons, nullptr, this))
        m_create->setIcon(style()->standardIcon(QStyle::SP_DialogOkButton, nullptr, this));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &ComposerDialog::submit);
    auto *submitShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(submitShortcut, &QShortcut::activated, this, &ComposerDialog::submit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(accountBox);
    layout->addWidget(chatBox);
    layout->addWidget(messageBox, 1);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);

    m_account->addItem(tr("New account…"), qint64(0));
    connect(m_account, &QComboBox::currentIndexChanged, this, [this] {
        clearErrors({u"account"_s});
        updateEnabled();
        fillParties();
        loadChats(0);
    });
    connect(m_chat, &QComboBox::currentIndexChanged, this, [this] {
        clearErrors({u"chat"_s});
        updateEnabled();
        fillParties();
    });
    connect(m_direction, &QComboBox::currentIndexChanged, this, [this] {
        clearErrors({u"sender"_s, u"recipient"_s, u"send"_s});
        updateSendThroughWhatsApp();
        fillParties();
    });
    connect(m_sendThroughWhatsApp, &QCheckBox::toggled, this, [this](bool send) {
        clearErrors({u"send"_s});
        m_create->setText(send ? tr("Send and create &message") : tr("Create &message"));
        m_create->setToolTip(
            send ? tr("Sends the message through WhatsApp, then stores it and "
                      "hands it to the webhooks (Ctrl+Return)")
                 : tr("Stores the message and hands it to the webhooks (Ctrl+Return)"));
    });
    for (QLineEdit *edit : {m_accountPhone, m_accountName}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            clearErrors({u"account"_s, u"sender"_s, u"recipient"_s});
            fillParties();
        });
    }
    for (QLineEdit *edit : {m_chatPhone, m_groupId, m_chatName}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            clearErrors({u"chat"_s, u"sender"_s, u"recipient"_s});
            fillParties();
        });
    }
    for (QLineEdit *edit : {m_senderName, m_senderPhone, m_recipientName, m_recipientPhone}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            clearErrors({u"sender"_s, u"recipient"_s});
        });
    }
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] { clearErrors({u"text"_s}); });
    connect(chooseFileButton, &QPushButton::clicked, this, &ComposerDialog::chooseFile);
    connect(m_removeFile, &QPushButton::clicked, this, [this] { setFilePath(QString()); });

    updateEnabled();
    loadAccounts(accountId, chatId);
}

void ComposerDialog::loadAccounts(qint64 selectAccountId, qint64 selectChatId)
{
    m_context.store()->run<QList<Account>>(
        this, [](StoreConnection &store) { return store.messages->accounts(); },
        [this, selectAccountId, selectChatId](const Outcome<QList<Account>> &loaded) {
            if (!loaded.ok())
                showError(QString(), tr("The accounts could not be loaded: %1").arg(loaded.error));
            m_accounts = loaded.value.value_or(QList<Account>());
            {
                const QSignalBlocker blocker(m_account);
                m_account->clear();
                for (const Account &a : std::as_const(m_accounts)) {
                    m_account->addItem(accountLabel(a), a.id);
                }
                m_account->addItem(tr("New account…"), qint64(0));
                const int wanted = selectAccountId > 0 ? m_account->findData(selectAccountId) : -1;
                m_account->setCurrentIndex(wanted >= 0 ? wanted : 0);
            }
            updateEnabled();
            loadChats(selectChatId);
        });
}

void ComposerDialog::loadChats(qint64 selectChatId)
{
    const qint64 accountId = m_account->currentData().toLongLong();
    const quint64 request = ++m_chatsRequest;
    auto show = [this, selectChatId](const QList<Chat> &chats) {
        m_chats = chats;
        {
            const QSignalBlocker blocker(m_chat);
            m_chat->clear();
            for (const Chat &c : std::as_const(m_chats)) {
                const QString name = c.fullName.isEmpty() ? c.peerKey : c.fullName;
                m_chat->addItem(c.isGroup ? tr("%1 (group)").arg(name)
                                          : tr("%1 (%2)").arg(name, c.phone),
                                c.id);
            }
            m_chat->addItem(tr("New direct chat…"), qint64(NewDirect));
            m_chat->addItem(tr("New group…"), qint64(NewGroup));
            const int wanted = m_chat->findData(selectChatId);
            m_chat->setCurrentIndex(wanted >= 0 ? wanted : m_chat->findData(qint64(NewDirect)));
        }
        updateEnabled();
        fillParties();
        Q_EMIT chatsLoaded();
    };
    if (accountId <= 0) {
        show({});
        return;
    }
    m_context.store()->run<QList<Chat>>(
        this, [accountId](StoreConnection &store) { return store.messages->chats(accountId); },
        [this, request, show](const Outcome<QList<Chat>> &loaded) {
            if (request != m_chatsRequest)
                return; // another account was chosen meanwhile
            if (!loaded.ok())
                showError(QString(), tr("The chats could not be loaded: %1").arg(loaded.error));
            show(loaded.value.value_or(QList<Chat>()));
        });
}

std::optional<Account> ComposerDialog::selectedAccount() const
{
    const qint64 id = m_account->currentData().toLongLong();
    for (const Account &a : m_accounts) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}

std::optional<Chat> ComposerDialog::selectedChat() const
{
    const qint64 id = m_chat->currentData().toLongLong();
    for (const Chat &c : m_chats) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

bool ComposerDialog::groupSelected() const
{
    if (const auto chat = selectedChat())
        return chat->isGroup;
    return m_chat->currentData().toLongLong() == NewGroup;
}

void ComposerDialog::updateEnabled()
{
    const auto account = selectedAccount();
    m_accountPhone->setEnabled(!account);
    m_accountName->setEnabled(!account);
    // Fields that showed a stored account or chat are emptied for a new one.
    if (account || m_accountShown) {
        m_accountPhone->setText(account ? account->phone : QString());
        m_accountName->setText(account ? account->fullName : QString());
    }
    m_accountShown = account.has_value();
    const auto chat = selectedChat();
    const bool group = groupSelected();
    for (QLineEdit *edit : {m_chatPhone, m_groupId, m_chatName})
        edit->setEnabled(!chat);
    if (chat || m_chatShown) {
        m_chatPhone->setText(chat ? chat->phone : QString());
        m_groupId->setText(chat && chat->isGroup ? chat->peerKey : QString());
        m_chatName->setText(chat ? chat->fullName : QString());
    }
    m_chatShown = chat.has_value();
    m_chatPhone->setVisible(!group);
    m_groupId->setVisible(group);
    m_peerLabel->setText(group ? tr("&Group id:") : tr("P&hone:"));
    m_peerLabel->setBuddy(group ? m_groupId : m_chatPhone);
    m_removeFile->setEnabled(!m_filePath.isEmpty());
    m_create->setEnabled(!m_busy);
    m_cancel->setEnabled(!m_busy);
    updateSendThroughWhatsApp();
}

void ComposerDialog::updateSendThroughWhatsApp()
{
    const auto account = selectedAccount();
    // The registry's in-memory snapshot: no keyring or SQL in this thread.
    const CloudApiRegistry *registry = m_context.cloudApi();
    const auto cloud = account && registry ? registry->forAccount(account->id) : std::nullopt;
    const bool canSend = cloud && cloud->canSend();
    const bool sent = m_direction->currentData().toInt() == int(Direction::Sent);
    const bool possible = sent && !groupSelected() && canSend;
    if (!possible)
        m_sendThroughWhatsApp->setChecked(false);
    m_sendThroughWhatsApp->setEnabled(possible && !m_busy);
    m_sendThroughWhatsApp->setToolTip(
        possible ? tr("Sends the message to the chat's phone through the WhatsApp Cloud API; it "
                      "is stored only if WhatsApp takes it")
            : !canSend
            ? tr("The account is not connected to the WhatsApp Cloud API with an access token "
                 "(Settings)")
            : tr("Only a sent message in a direct chat can go through WhatsApp"));
}

// Sender and recipient follow the account, the chat and the direction; the user may still edit
// them. In a group the other side is a participant, whom only the user can name.
void ComposerDialog::fillParties()
{
    const Party account {m_accountName->text().trimmed(), m_accountPhone->text().trimmed()};
    const bool group = groupSelected();
    const bool received = m_direction->currentData().toInt() == int(Direction::Received);
    const Party peer {m_chatName->text().trimmed(),
                      group ? QString() : m_chatPhone->text().trimmed()};
    auto set = [](QLineEdit *name, QLineEdit *phone, const Party &party) {
        name->setText(party.fullName);
        phone->setText(party.phone);
    };
    if (group && received) {
        if (!m_groupReceivedFilled)
            set(m_senderName, m_senderPhone, {});
    } else {
        set(m_senderName, m_senderPhone, received ? peer : account);
    }
    set(m_recipientName, m_recipientPhone, received && !group ? account : peer);
    m_senderName->setPlaceholderText(group && received ? tr("A participant's name") : QString());
    m_senderPhone->setPlaceholderText(group && received ? tr("The participant's phone (optional)")
                                                        : QString());
    m_groupReceivedFilled = group && received;
}

IngestMessage ComposerDialog::ingestMessage() const
{
    IngestMessage m;
    if (const auto account = selectedAccount())
        m.account = {account->phone, account->fullName, account->email};
    else
        m.account = {m_accountPhone->text().trimmed(), m_accountName->text().trimmed(), {}};
    if (const auto chat = selectedChat()) {
        m.chat.isGroup = chat->isGroup;
        (chat->isGroup ? m.chat.groupId : m.chat.phone) = chat->peerKey;
        m.chat.fullName = chat->fullName;
    } else {
        m.chat.isGroup = groupSelected();
        (m.chat.isGroup ? m.chat.groupId : m.chat.phone)
            = (m.chat.isGroup ? m_groupId : m_chatPhone)->text().trimmed();
        m.chat.fullName = m_chatName->text().trimmed();
    }
    m.direction = Direction(m_direction->currentData().toInt());
    m.sender = {m_senderName->text().trimmed(), m_senderPhone->text().trimmed()};
    m.recipient = {m_recipientName->text().trimmed(), m_recipientPhone->text().trimmed()};
    m.text = m_text->toPlainText();
    m.source = u"composer"_s;
    return m;
}

void ComposerDialog::setFilePath(const QString &path)
{
    m_filePath = path;
    m_file->setText(QFileInfo(path).fileName());
    m_file->setToolTip(path);
    clearErrors({u"attachment"_s, u"text"_s});
    updateEnabled();
    const quint64 request = ++m_fileRequest;
    if (path.isEmpty())
        return;
    m_context.store()->run<QString>(
        this, [path](StoreConnection &) { return fileSummary(path); },
        [this, request](const Outcome<QString> &summary) {
            if (request == m_fileRequest && summary.ok()) {
                m_file->setText(*summary.value);
                m_file->home(false); // the name first
            }
        });
}

void ComposerDialog::chooseFile()
{
    // A non-native dialog: the native one may block in the platform's file portal.
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Attach a file"), QString(), QString(), nullptr, QFileDialog::DontUseNativeDialog);
    if (!path.isEmpty())
        setFilePath(path);
}

void ComposerDialog::submit()
{
    if (m_busy)
        return;
    clearErrors();
    IngestMessage message = ingestMessage();
    const QString path = m_filePath;
    const qint64 now = m_context.clock()->nowMs();
    const CloudApiRegistry *registry
        = m_sendThroughWhatsApp->isChecked() ? m_context.cloudApi() : nullptr;
    m_busy = true;
    updateEnabled();
    m_context.slowStore()->run<Created>(
        this,
        [message = std::move(message), path, now, registry,
         writer = m_context.ingest()](StoreConnection &store) mutable {
            if (!path.isEmpty())
                message.attachment = readAttachment(path);
            MessageService service(store, *writer, registry);
            // Sending blocks on the Graph API here in the worker and stores only what WhatsApp
            // took.
            const auto done = registry ? service.sendThroughWhatsApp(std::move(message), now)
                                       : service.create({message}, now);
            if (!done.ok())
                throw IngestRejected(FieldError {done.error().field, sentence(done.error()), 0});
            const MessageStore::Stored &stored = done.value().stored.constFirst();
            return Created {stored.message.uid, stored.message.chatId, done.value().wamid,
                            queuedFor(store, stored.message)};
        },
        [this](const Outcome<Created> &outcome) {
            m_busy = false;
            updateEnabled();
            if (!outcome.ok()) {
                showError(outcome.field, outcome.error);
                Q_EMIT failed(outcome.field, outcome.error);
                return;
            }
            Q_EMIT created(outcome.value->uid, outcome.value->chatId, outcome.value->wamid,
                           outcome.value->webhooks);
            accept();
        });
}

void ComposerDialog::reject()
{
    // Once a submit runs, the message is being stored: closing now would drop the page's
    // "created", so Esc and the close button wait for the answer.
    if (m_busy)
        return;
    QDialog::reject();
}

void ComposerDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors))
        label->clear();
    m_generalError->clear();
    m_errorFields.clear();
}

void ComposerDialog::clearErrors(const QStringList &fields)
{
    for (auto it = m_errorFields.begin(); it != m_errorFields.end();) {
        if (fields.contains(it.value())) {
            it.key()->clear();
            it = m_errorFields.erase(it);
        } else {
            ++it;
        }
    }
}

void ComposerDialog::showError(const QString &field, const QString &message)
{
    const QString part = field.section(u'.', 0, 0);
    QLabel *label = m_errors.value(part, m_generalError);
    FeedbackLabel::show(label, message, FeedbackLabel::Tone::Bad);
    label->show();
    m_errorFields.insert(label, part);
}

} // namespace hookline
