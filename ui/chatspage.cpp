#include "chatspage.h"

#include "composerdialog.h"
#include "desktopcontext.h"
#include "feedbacklabel.h"
#include "importdialog.h"
#include "service/serviceerror.h"
#include "service/workspaceservice.h"
#include "serviceerrortext.h"
#include "store/storeconnection.h"
#include "storeworker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

struct Overview
{
    QList<Account> accounts;
    QList<Teammate> teammates;
    qint64 focusAccountId = 0; // the account of the chat to select, if any
};

// The messages pane's text, built in the store worker: laying out megabytes of text in the
// GUI thread would freeze the window.
struct ChatMessages
{
    QString text;
    int shown = 0;
    int total = 0;
};

enum ChatColumn { NameColumn, PeerColumn, TypeColumn, ResponsibleColumn };

QString partyText(const Party &party)
{
    if (party.fullName.isEmpty() && party.phone.isEmpty())
        return ChatsPage::tr("unknown");
    if (party.phone.isEmpty())
        return party.fullName;
    if (party.fullName.isEmpty())
        return party.phone;
    return ChatsPage::tr("%1 (%2)").arg(party.fullName, party.phone);
}

// Runs in the store worker (tr() and QLocale are safe there).
QString messageText(const Message &m)
{
    const QString when = m.timestamp.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    const QString direction
        = m.direction == Direction::Received ? ChatsPage::tr("Received") : ChatsPage::tr("Sent");
    QString text = ChatsPage::tr("[%1] %2 · from %3 to %4")
                       .arg(when, direction, partyText(m.sender), partyText(m.recipient));
    if (m.text.size() > ChatsPage::shownCharacters) {
        qsizetype cut = ChatsPage::shownCharacters;
        if (m.text.at(cut - 1).isHighSurrogate())
            --cut; // never half a character
        text += u'\n';
        text += QStringView(m.text).left(cut);
        text += u'\n';
        text += ChatsPage::tr("… %n more character(s) not shown.", nullptr,
                              int(m.text.size() - cut));
    } else if (!m.text.isEmpty()) {
        text += u'\n' + m.text;
    }
    if (m.attachment) {
        text += u'\n'
            + ChatsPage::tr("Attachment: %1 (%2, %3)")
                  .arg(m.attachment->fileName, m.attachment->mimeType,
                       QLocale().formattedDataSize(m.attachment->size));
    }
    return text;
}

} // namespace

ChatsPage::ChatsPage(DesktopContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"chatsPage"_s);

    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setObjectName(u"refresh"_s);
    refreshButton->setShortcut(QKeySequence(Qt::Key_F5));
    refreshButton->setToolTip(tr("Reload accounts, chats and messages (F5)"));
    auto *composeButton = new QPushButton(tr("&Compose…"), this);
    composeButton->setObjectName(u"compose"_s);
    composeButton->setToolTip(tr("Create a received or sent message by hand"));
    auto *importButton = new QPushButton(tr("&Import chat…"), this);
    importButton->setObjectName(u"import"_s);
    importButton->setToolTip(tr("Store the messages of a WhatsApp chat export (.txt or .zip)"));
    m_error = FeedbackLabel::create(u"error"_s, this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(refreshButton);
    bar->addWidget(composeButton);
    bar->addWidget(importButton);
    bar->addStretch(1);

    auto *accountsPane = new QWidget(this);
    auto *accountsLayout = new QVBoxLayout(accountsPane);
    accountsLayout->setContentsMargins(0, 0, 0, 0);
    m_accounts = new QListWidget(accountsPane);
    m_accounts->setObjectName(u"accounts"_s);
    auto *accountsLabel = new QLabel(tr("&Accounts"), accountsPane);
    accountsLabel->setBuddy(m_accounts);
    accountsLayout->addWidget(accountsLabel);
    accountsLayout->addWidget(m_accounts, 1);

    auto *chatsPane = new QWidget(this);
    auto *chatsLayout = new QVBoxLayout(chatsPane);
    chatsLayout->setContentsMargins(0, 0, 0, 0);
    m_chatList = new QTreeWidget(chatsPane);
    m_chatList->setObjectName(u"chats"_s);
    m_chatList->setRootIsDecorated(false);
    m_chatList->setHeaderLabels(
        {tr("Name"), tr("Phone / group id"), tr("Type"), tr("Responsible")});
    m_chatList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *chatsLabel = new QLabel(tr("C&hats"), chatsPane);
    chatsLabel->setBuddy(m_chatList);
    m_responsible = new QComboBox(chatsPane);
    m_responsible->setObjectName(u"responsible"_s);
    m_responsible->setEnabled(false);
    auto *responsibleLabel = new QLabel(tr("R&esponsible:"), chatsPane);
    responsibleLabel->setBuddy(m_responsible);
    auto *responsibleRow = new QHBoxLayout;
    responsibleRow->addWidget(responsibleLabel);
    responsibleRow->addWidget(m_responsible, 1);
    chatsLayout->addWidget(chatsLabel);
    chatsLayout->addWidget(m_chatList, 1);
    chatsLayout->addLayout(responsibleRow);

    auto *messagesPane = new QWidget(this);
    auto *messagesLayout = new QVBoxLayout(messagesPane);
    messagesLayout->setContentsMargins(0, 0, 0, 0);
    m_chatTitle = new QLabel(messagesPane);
    m_chatTitle->setObjectName(u"chatTitle"_s);
    m_chatTitle->setTextFormat(Qt::PlainText); // chat names come from outside
    m_messageCount = new QLabel(messagesPane);
    m_messageCount->setObjectName(u"messageCount"_s);
    m_messages = new QPlainTextEdit(messagesPane);
    m_messages->setObjectName(u"messages"_s);
    m_messages->setReadOnly(true);
    m_messages->setAccessibleName(tr("Messages"));
    auto *messagesLabel = new QLabel(tr("&Messages"), messagesPane);
    messagesLabel->setBuddy(m_messages);
    messagesLayout->addWidget(messagesLabel);
    messagesLayout->addWidget(m_chatTitle);
    messagesLayout->addWidget(m_messageCount);
    messagesLayout->addWidget(m_messages, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(accountsPane);
    splitter->addWidget(chatsPane);
    splitter->addWidget(messagesPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);
    setTabOrder(refreshButton, composeButton);
    setTabOrder(composeButton, importButton);
    setTabOrder(importButton, m_accounts);
    setTabOrder(m_accounts, m_chatList);
    setTabOrder(m_chatList, m_responsible);
    setTabOrder(m_responsible, m_messages);

    connect(refreshButton, &QPushButton::clicked, this, &ChatsPage::refresh);
    connect(composeButton, &QPushButton::clicked, this, &ChatsPage::openComposer);
    connect(importButton, &QPushButton::clicked, this, &ChatsPage::openImport);
    connect(m_accounts, &QListWidget::currentRowChanged, this, &ChatsPage::loadChats);
    connect(m_chatList, &QTreeWidget::currentItemChanged, this, [this] {
        showResponsible();
        loadMessages();
    });
    connect(m_responsible, &QComboBox::activated, this,
            [this](int index) { setResponsible(m_responsible->itemData(index).toLongLong()); });

    refresh();
}

qint64 ChatsPage::selectedAccountId() const
{
    const QListWidgetItem *item = m_accounts->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

qint64 ChatsPage::selectedChatId() const
{
    const QTreeWidgetItem *item = m_chatList->currentItem();
    return item ? item->data(NameColumn, Qt::UserRole).toLongLong() : 0;
}

void ChatsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Messages may have come in through the API or the Composer since; not on a window restore
    // (that would move the reader's place), nor while a refresh is on its way.
    if (!event->spontaneous() && !m_refreshing)
        refresh();
}

void ChatsPage::refresh()
{
    m_refreshing = true;
    const qint64 focusChatId = m_pendingChatId;
    m_context.store()->run<Overview>(
        this,
        [focusChatId](StoreConnection &store) {
            Overview o {store.messages->accounts(), store.workspace->teammates(), 0};
            if (focusChatId > 0) {
                if (const auto chat = store.messages->chat(focusChatId))
                    o.focusAccountId = chat->accountId;
            }
            return o;
        },
        [this](const Outcome<Overview> &loaded) {
            m_refreshing = false;
            if (!loaded.ok()) {
                showError(tr("The chats could not be loaded: %1").arg(loaded.error));
                return;
            }
            m_error->hide();
            m_teammates = loaded.value->teammates;
            {
                const QSignalBlocker blocker(m_responsible);
                m_responsible->clear();
                m_responsible->addItem(tr("Nobody"), qint64(0));
                for (const Teammate &t : std::as_const(m_teammates)) {
                    m_responsible->addItem(
                        t.email.isEmpty() ? t.fullName : tr("%1 <%2>").arg(t.fullName, t.email),
                        t.id);
                }
            }
            const qint64 keep = loaded.value->focusAccountId > 0 ? loaded.value->focusAccountId
                                                                 : selectedAccountId();
            {
                const QSignalBlocker blocker(m_accounts);
                m_accounts->clear();
                for (const Account &a : std::as_const(loaded.value->accounts)) {
                    auto *item = new QListWidgetItem(
                        a.fullName.isEmpty() ? a.phone : tr("%1\n%2").arg(a.fullName, a.phone),
                        m_accounts);
                    item->setData(Qt::UserRole, a.id);
                    if (a.id == keep)
                        m_accounts->setCurrentItem(item);
                }
                if (!m_accounts->currentItem() && m_accounts->count() > 0)
                    m_accounts->setCurrentRow(0);
            }
            loadChats();
        });
}

void ChatsPage::loadChats()
{
    const qint64 accountId = selectedAccountId();
    const quint64 request = ++m_chatsRequest;
    m_context.store()->run<QList<Chat>>(
        this,
        [accountId](StoreConnection &store) {
            return accountId > 0 ? store.messages->chats(accountId) : QList<Chat>();
        },
        [this, request](const Outcome<QList<Chat>> &loaded) {
            if (request != m_chatsRequest)
                return; // another account was selected meanwhile
            if (!loaded.ok()) {
                showError(tr("The chats could not be loaded: %1").arg(loaded.error));
                return;
            }
            const qint64 keep = m_pendingChatId > 0 ? m_pendingChatId : selectedChatId();
            m_pendingChatId = 0;
            m_chats = *loaded.value;
            {
                const QSignalBlocker blocker(m_chatList);
                m_chatList->clear();
                for (const Chat &c : std::as_const(m_chats)) {
                    auto *item = new QTreeWidgetItem(m_chatList);
                    item->setText(NameColumn, c.fullName);
                    item->setText(PeerColumn, c.peerKey);
                    item->setText(TypeColumn, c.isGroup ? tr("Group") : tr("Direct"));
                    item->setText(ResponsibleColumn, teammateName(c.responsibleTeammateId));
                    item->setData(NameColumn, Qt::UserRole, c.id);
                    if (c.id == keep)
                        m_chatList->setCurrentItem(item);
                }
                if (!m_chatList->currentItem() && m_chatList->topLevelItemCount() > 0)
                    m_chatList->setCurrentItem(m_chatList->topLevelItem(0));
            }
            showResponsible();
            loadMessages();
        });
}

void ChatsPage::loadMessages()
{
    const qint64 chatId = selectedChatId();
    const quint64 request = ++m_messagesRequest;
    m_context.store()->run<ChatMessages>(
        this,
        [chatId](StoreConnection &store) {
            if (chatId <= 0)
                return ChatMessages {};
            const QList<Message> messages
                = store.messages->latestChatMessages(chatId, shownMessages);
            QStringList blocks;
            blocks.reserve(messages.size());
            for (const Message &m : messages)
                blocks.append(messageText(m));
            return ChatMessages {blocks.join(u"\n\n"_s), int(messages.size()),
                                 store.messages->chatMessageCount(chatId)};
        },
        [this, request, chatId](const Outcome<ChatMessages> &result) {
            if (request != m_messagesRequest)
                return; // another chat was selected meanwhile
            if (!result.ok()) {
                showError(tr("The messages could not be loaded: %1").arg(result.error));
                return;
            }
            const QTreeWidgetItem *item = m_chatList->currentItem();
            m_chatTitle->setText(!item                                  ? QString()
                                     : item->text(NameColumn).isEmpty() ? item->text(PeerColumn)
                                                                        : item->text(NameColumn));
            const int shown = result.value->shown;
            m_messageCount->setText(
                chatId <= 0 ? tr("No chat selected.")
                    : shown < result.value->total
                    ? tr("The newest %1 of %2 messages.").arg(shown).arg(result.value->total)
                    : tr("%n message(s).", nullptr, shown));
            // With nothing to read, the pane says where messages come from.
            m_messages->setPlainText(
                chatId > 0 ? result.value->text
                    : m_chats.isEmpty()
                    ? tr("No chats yet.\n\nMessages arrive from the WhatsApp Cloud API (Settings), "
                         "from a WhatsApp chat export (Import chat…), from the local API (POST "
                         "%1/messages), or from Compose… for testing by hand.")
                          .arg(m_context.serverUrl())
                    : tr("Select a chat to read its messages."));
            m_messages->moveCursor(QTextCursor::End);
            Q_EMIT loaded();
        });
}

void ChatsPage::showResponsible()
{
    const qint64 chatId = selectedChatId();
    m_responsible->setEnabled(chatId > 0);
    for (const Chat &c : std::as_const(m_chats)) {
        if (c.id == chatId) {
            const int index = m_responsible->findData(c.responsibleTeammateId);
            m_responsible->setCurrentIndex(index >= 0 ? index : 0);
        }
    }
}

void ChatsPage::setResponsible(qint64 teammateId)
{
    const qint64 chatId = selectedChatId();
    if (chatId <= 0)
        return;
    m_context.store()->run<ServiceResult<bool>>(
        this,
        [chatId, teammateId, engine = m_context.engine(),
         notifier = m_context.notifier()](StoreConnection &store) {
            return WorkspaceService(store, engine, notifier).setChatResponsible(chatId, teammateId);
        },
        [this, chatId, teammateId](const Outcome<ServiceResult<bool>> &saved) {
            if (!saved.ok() || !saved.value->ok()) {
                const QString error
                    = saved.ok() ? ServiceErrorText::sentence(saved.value->error()) : saved.error;
                showError(tr("The responsible teammate could not be saved: %1").arg(error));
                showResponsible();
                return;
            }
            m_error->hide();
            for (Chat &c : m_chats) {
                if (c.id == chatId)
                    c.responsibleTeammateId = teammateId;
            }
            for (int i = 0; i < m_chatList->topLevelItemCount(); ++i) {
                QTreeWidgetItem *item = m_chatList->topLevelItem(i);
                if (item->data(NameColumn, Qt::UserRole).toLongLong() == chatId)
                    item->setText(ResponsibleColumn, teammateName(teammateId));
            }
            showResponsible();
            Q_EMIT responsibleChanged(chatId, teammateId);
        });
}

ComposerDialog *ChatsPage::openComposer()
{
    auto *dialog = new ComposerDialog(m_context, selectedAccountId(), selectedChatId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ComposerDialog::created, this, [this](const QString &, qint64 chatId) {
        m_pendingChatId = chatId;
        refresh();
    });
    dialog->open();
    return dialog;
}

ImportDialog *ChatsPage::openImport()
{
    auto *dialog = new ImportDialog(m_context, selectedAccountId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](qint64 chatId, int) {
        m_pendingChatId = chatId;
        refresh();
    });
    dialog->open();
    return dialog;
}

QString ChatsPage::teammateName(qint64 id) const
{
    for (const Teammate &t : m_teammates) {
        if (t.id == id)
            return t.fullName.isEmpty() ? t.email : t.fullName;
    }
    return id > 0 ? tr("Teammate %1").arg(id) : tr("Nobody");
}

void ChatsPage::showError(const QString &message)
{
    FeedbackLabel::show(m_error, message, FeedbackLabel::Tone::Bad);
}

} // namespace hookline
