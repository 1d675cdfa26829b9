#include "chatspage.h"

#include "chatmessagesmodel.h"
#include "composerdialog.h"
#include "delivery/clock.h"
#include "delivery/enginethread.h"
#include "desktopcontext.h"
#include "feedbacklabel.h"
#include "importdialog.h"
#include "messagebubbledelegate.h"
#include "service/serviceerror.h"
#include "service/workspaceservice.h"
#include "serviceerrortext.h"
#include "store/storeconnection.h"
#include "storeworker.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

struct Overview
{
    MessageStore::LatestIds latest; // read first: anything stored later is found by the poll
    QList<Account> accounts;
    QList<Teammate> teammates;
    qint64 focusAccountId = 0; // the account of the chat to select, if any
};

struct Opened
{
    QString path;
    QString error;
};

enum ChatColumn { NameColumn, PeerColumn, TypeColumn, ResponsibleColumn };

// Accounts listed at once; more scroll.
constexpr int shownAccounts = 3;

QString accountText(const Account &a)
{
    return a.fullName.isEmpty() ? a.phone : ChatsPage::tr("%1\n%2").arg(a.fullName, a.phone);
}

bool sameTeammates(const QList<Teammate> &a, const QList<Teammate> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const Teammate &x, const Teammate &y) {
                          return x.id == y.id && x.fullName == y.fullName && x.email == y.email;
                      });
}

// Runs in the slow store worker: the attachment copied under the name it was sent with, into a
// folder of the user's own.
Opened copyForOpening(const QString &source, const QString &sha256, const QString &name)
{
    const QString root
        = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/opened"_s;
    const QString folder = root + u'/' + sha256.left(16);
    if (!QDir().mkpath(folder)) {
        return {{}, ChatsPage::tr("The folder %1 cannot be created.").arg(folder)};
    }
    QFile::setPermissions(root,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString target = folder + u'/' + MessageStore::safeFileName(name);
    const QFileInfo copied(target);
    if (copied.exists() && copied.size() == QFileInfo(source).size())
        return {target, {}};
    QFile::remove(target);
    QFile file(source);
    if (!file.copy(target))
        return {{}, ChatsPage::tr("The stored file cannot be copied: %1").arg(file.errorString())};
    return {target, {}};
}

} // namespace

ChatsPage::ChatsPage(DesktopContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_poll(new QTimer(this))
    , m_deliveriesSoon(new QTimer(this))
{
    setObjectName(u"chatsPage"_s);

    auto *composeButton = new QPushButton(tr("&Compose…"), this);
    composeButton->setObjectName(u"compose"_s);
    composeButton->setToolTip(tr("Create a received or sent message by hand"));
    auto *importButton = new QPushButton(tr("&Import chat…"), this);
    importButton->setObjectName(u"import"_s);
    importButton->setToolTip(tr("Store the messages of a WhatsApp chat export (.txt or .zip)"));
    m_feedback = FeedbackLabel::create(u"feedback"_s, this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(composeButton);
    bar->addWidget(importButton);
    bar->addWidget(m_feedback, 1);
    bar->addStretch(); // while the feedback is hidden
    // The page follows the store by itself; F5 stays for those used to it.
    auto *reload = new QShortcut(QKeySequence(Qt::Key_F5), this);
    reload->setContext(Qt::WidgetWithChildrenShortcut);
    connect(reload, &QShortcut::activated, this, &ChatsPage::refresh);

    auto *listsPane = new QWidget(this);
    auto *listsLayout = new QVBoxLayout(listsPane);
    listsLayout->setContentsMargins(0, 0, 0, 0);
    m_accounts = new QListWidget(listsPane);
    m_accounts->setObjectName(u"accounts"_s);
    m_accounts->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_accounts->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *accountsLabel = new QLabel(tr("&Accounts"), listsPane);
    accountsLabel->setBuddy(m_accounts);
    m_chatList = new QTreeWidget(listsPane);
    m_chatList->setObjectName(u"chats"_s);
    m_chatList->setRootIsDecorated(false);
    m_chatList->setHeaderLabels(
        {tr("Name"), tr("Phone / group id"), tr("Type"), tr("Responsible")});
    m_chatList->header()->setStretchLastSection(false);
    m_chatList->header()->setSectionResizeMode(QHeaderView::Fixed);
    m_chatList->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_chatList->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn); // its width is reserved anyway
    auto *chatsLabel = new QLabel(tr("C&hats"), listsPane);
    chatsLabel->setBuddy(m_chatList);
    m_responsible = new QComboBox(listsPane);
    m_responsible->setObjectName(u"responsible"_s);
    m_responsible->setEnabled(false);
    auto *responsibleLabel = new QLabel(tr("R&esponsible:"), listsPane);
    responsibleLabel->setBuddy(m_responsible);
    auto *responsibleRow = new QHBoxLayout;
    responsibleRow->addWidget(responsibleLabel);
    responsibleRow->addWidget(m_responsible, 1);
    listsLayout->addWidget(accountsLabel);
    listsLayout->addWidget(m_accounts);
    listsLayout->addWidget(chatsLabel);
    listsLayout->addWidget(m_chatList, 1);
    listsLayout->addLayout(responsibleRow);

    auto *messagesPane = new QWidget(this);
    auto *messagesLayout = new QVBoxLayout(messagesPane);
    messagesLayout->setContentsMargins(0, 0, 0, 0);
    m_chatTitle = new QLabel(messagesPane);
    m_chatTitle->setObjectName(u"chatTitle"_s);
    m_chatTitle->setTextFormat(Qt::PlainText); // chat names come from outside
    QFont titleFont = m_chatTitle->font();
    titleFont.setBold(true);
    m_chatTitle->setFont(titleFont);
    m_messageCount = new QLabel(messagesPane);
    m_messageCount->setObjectName(u"messageCount"_s);
    FeedbackLabel::makeHint(m_messageCount);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_chatTitle, 1);
    titleRow->addWidget(m_messageCount);

    m_conversation = new QListView(messagesPane);
    m_conversation->setObjectName(u"conversation"_s);
    m_conversation->setAccessibleName(tr("Messages"));
    m_model = new ChatMessagesModel(this);
    m_conversation->setModel(m_model);
    m_delegate = new MessageBubbleDelegate(m_conversation);
    m_conversation->setItemDelegate(m_delegate);
    m_conversation->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_conversation->verticalScrollBar()->setSingleStep(2 * fontMetrics().height());
    m_conversation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_conversation->setResizeMode(QListView::Adjust);
    m_conversation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_conversation->viewport()->setBackgroundRole(QPalette::Window);
    m_conversation->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("&Copy text"), m_conversation);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_conversation->addAction(copy);
    auto *open = new QAction(tr("&Open attachment"), m_conversation);
    m_conversation->addAction(open);
    auto *deliveries = new QAction(tr("Show &deliveries"), m_conversation);
    m_conversation->addAction(deliveries);
    m_hint = new QPlainTextEdit(messagesPane);
    m_hint->setObjectName(u"messages"_s); // the old text pane's name: tst_mainwindow reads it
    m_hint->setReadOnly(true);
    m_messagesPane = new QStackedWidget(messagesPane);
    m_messagesPane->addWidget(m_conversation);
    m_messagesPane->addWidget(m_hint);
    m_messagesPane->setCurrentWidget(m_hint);
    auto *messagesLabel = new QLabel(tr("&Messages"), messagesPane);
    messagesLabel->setBuddy(m_conversation);
    messagesLayout->addWidget(messagesLabel);
    messagesLayout->addLayout(titleRow);
    messagesLayout->addWidget(m_messagesPane, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(listsPane);
    splitter->addWidget(messagesPane);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    setTabOrder(composeButton, importButton);
    setTabOrder(importButton, m_accounts);
    setTabOrder(m_accounts, m_chatList);
    setTabOrder(m_chatList, m_responsible);
    setTabOrder(m_responsible, m_conversation);

    connect(composeButton, &QPushButton::clicked, this, &ChatsPage::openComposer);
    connect(importButton, &QPushButton::clicked, this, &ChatsPage::openImport);
    connect(m_accounts, &QListWidget::currentRowChanged, this, &ChatsPage::loadChats);
    connect(m_chatList, &QTreeWidget::currentItemChanged, this, [this] {
        showResponsible();
        loadMessages();
    });
    connect(m_responsible, &QComboBox::activated, this,
            [this](int index) { setResponsible(m_responsible->itemData(index).toLongLong()); });
    connect(m_delegate, &MessageBubbleDelegate::attachmentClicked, this,
            [this](const QModelIndex &index) { openAttachment(index.row()); });
    connect(m_delegate, &MessageBubbleDelegate::statusClicked, this,
            [this](const QModelIndex &index) { showDeliveries(index.row()); });
    connect(deliveries, &QAction::triggered, this, [this] {
        if (m_conversation->currentIndex().isValid())
            showDeliveries(m_conversation->currentIndex().row());
    });
    connect(m_conversation, &QListView::activated, this,
            [this](const QModelIndex &index) { openAttachment(index.row()); });
    connect(copy, &QAction::triggered, this, [this] {
        const QModelIndex current = m_conversation->currentIndex();
        if (current.isValid())
            QGuiApplication::clipboard()->setText(m_model->at(current.row()).message.text);
    });
    connect(open, &QAction::triggered, this, [this] {
        if (m_conversation->currentIndex().isValid())
            openAttachment(m_conversation->currentIndex().row());
    });

    // Reading the newest messages, the reader stays with them as the list grows or the view
    // changes size; scrolled up, they stay where they are.
    QScrollBar *scroll = m_conversation->verticalScrollBar();
    connect(scroll, &QScrollBar::valueChanged, this,
            [this, scroll](int value) { m_followBottom = value >= scroll->maximum() - 2; });
    connect(scroll, &QScrollBar::rangeChanged, this, [this, scroll](int, int maximum) {
        if (m_followBottom)
            scroll->setValue(maximum);
    });

    m_poll->setInterval(pollMs);
    connect(m_poll, &QTimer::timeout, this, &ChatsPage::poll);
    // Results come in bursts: one reload of the chat's delivery states for each burst.
    m_deliveriesSoon->setSingleShot(true);
    m_deliveriesSoon->setInterval(300);
    connect(m_deliveriesSoon, &QTimer::timeout, this, &ChatsPage::loadMessages);
    Engine *engine = context.engine()->engine();
    connect(engine, &Engine::attemptFinished, this, [this](const AttemptRecord &record) {
        if (isVisible() && record.chatId == selectedChatId() && !m_deliveriesSoon->isActive())
            m_deliveriesSoon->start();
    });
    // Renamed, switched off or on, its backlog dropped, deleted.
    connect(engine, &Engine::webhookReloaded, this, [this] {
        if (isVisible() && !m_deliveriesSoon->isActive())
            m_deliveriesSoon->start();
    });

    fitColumns();
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
    m_poll->start();
    // Messages may have come in while hidden; not on a window restore (that would move the
    // reader's place), nor while a refresh is on its way.
    if (!event->spontaneous() && !m_refreshing)
        refresh();
}

void ChatsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_poll->stop();
}

void ChatsPage::poll()
{
    if (m_polling || m_refreshing)
        return;
    m_polling = true;
    m_context.store()->run<MessageStore::LatestIds>(
        this, [](StoreConnection &store) { return store.messages->latestIds(); },
        [this](const Outcome<MessageStore::LatestIds> &latest) {
            m_polling = false;
            if (!latest.ok() || *latest.value == m_latest)
                return; // a store that fails says so at the next load
            const bool added = latest.value->account != m_latest.account
                || latest.value->message != m_latest.message;
            m_latest = *latest.value;
            if (added)
                refresh();
            else
                loadMessages(); // a status only
        });
}

void ChatsPage::refresh()
{
    m_refreshing = true;
    const qint64 focusChatId = m_pendingChatId;
    m_context.store()->run<Overview>(
        this,
        [focusChatId](StoreConnection &store) {
            Overview o;
            o.latest = store.messages->latestIds();
            o.accounts = store.messages->accounts();
            o.teammates = store.workspace->teammates();
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
            m_latest = loaded.value->latest;
            if (m_responsible->count() == 0
                || !sameTeammates(m_teammates, loaded.value->teammates)) {
                m_teammates = loaded.value->teammates;
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
            const QList<Account> &accounts = loaded.value->accounts;
            const bool same
                = std::equal(accounts.cbegin(), accounts.cend(), m_accountList.cbegin(),
                             m_accountList.cend(), [](const Account &a, const Account &b) {
                                 return a.id == b.id && accountText(a) == accountText(b);
                             });
            {
                const QSignalBlocker blocker(m_accounts);
                if (!same) {
                    m_accountList = accounts;
                    m_accounts->clear();
                    for (const Account &a : accounts) {
                        auto *item = new QListWidgetItem(accountText(a), m_accounts);
                        item->setData(Qt::UserRole, a.id);
                        item->setToolTip(accountText(a));
                    }
                    fitColumns();
                }
                for (int row = 0; row < m_accounts->count(); ++row) {
                    if (m_accounts->item(row)->data(Qt::UserRole).toLongLong() == keep)
                        m_accounts->setCurrentRow(row);
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
            clearError();
            showChats(*loaded.value);
            showResponsible();
            loadMessages();
        });
}

void ChatsPage::showChats(const QList<Chat> &chats)
{
    const qint64 keep = m_pendingChatId > 0 ? m_pendingChatId : selectedChatId();
    m_pendingChatId = 0;
    const bool sameOrder
        = std::equal(chats.cbegin(), chats.cend(), m_chats.cbegin(), m_chats.cend(),
                     [](const Chat &a, const Chat &b) { return a.id == b.id; });
    m_chats = chats;
    const QSignalBlocker blocker(m_chatList);
    // New activity reorders the chats; the list keeps its place and selection.
    const int scrolled = m_chatList->verticalScrollBar()->value();
    const int rowHeight = m_chatList->fontMetrics().height() + 6;
    if (!sameOrder) {
        m_chatList->clear();
        for (int i = 0; i < m_chats.size(); ++i)
            new QTreeWidgetItem(m_chatList);
    }
    for (int i = 0; i < m_chats.size(); ++i) {
        const Chat &c = m_chats.at(i);
        QTreeWidgetItem *item = m_chatList->topLevelItem(i);
        item->setText(NameColumn, c.fullName);
        item->setText(PeerColumn, c.peerKey);
        item->setText(TypeColumn, c.isGroup ? tr("Group") : tr("Direct"));
        item->setText(ResponsibleColumn, teammateName(c.responsibleTeammateId));
        for (int column = NameColumn; column <= ResponsibleColumn; ++column)
            item->setToolTip(column, item->text(column));
        item->setSizeHint(NameColumn, QSize(0, rowHeight)); // room for Devanagari's marks
        item->setData(NameColumn, Qt::UserRole, c.id);
        if (c.id == keep)
            m_chatList->setCurrentItem(item);
    }
    if (!m_chatList->currentItem() && m_chatList->topLevelItemCount() > 0)
        m_chatList->setCurrentItem(m_chatList->topLevelItem(0));
    m_chatList->verticalScrollBar()->setValue(scrolled);
    fitColumns();
}

// The chats' columns as wide as their contents (within reason) and the lists as wide as both
// need, so neither scrolls sideways; the conversation takes the rest.
void ChatsPage::fitColumns()
{
    const QFontMetrics fm = m_chatList->fontMetrics();
    const int padding = 2 * m_chatList->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 8;
    QHeaderView *header = m_chatList->header();
    auto *view = static_cast<QAbstractItemView *>(m_chatList);
    int columns = 0;
    for (int column = PeerColumn; column <= ResponsibleColumn; ++column) {
        // A group id is long: shown up to a phone's length, whole in its tooltip.
        const int width = qMax(header->sectionSizeHint(column),
                               qMin(view->sizeHintForColumn(column) + padding,
                                    (column == PeerColumn ? 15 : 20) * fm.averageCharWidth()));
        header->resizeSection(column, width);
        columns += width;
    }
    const int name = qMax(header->sectionSizeHint(NameColumn), 14 * fm.averageCharWidth());
    m_chatList->setMinimumWidth(columns + name + 2 * m_chatList->frameWidth()
                                + m_chatList->verticalScrollBar()->sizeHint().width());

    int accountsHeight = 0;
    for (int row = 0; row < qMin(m_accounts->count(), shownAccounts); ++row)
        accountsHeight += m_accounts->sizeHintForRow(row);
    if (accountsHeight == 0)
        accountsHeight = 2 * fm.lineSpacing();
    const bool scrolls = m_accounts->count() > shownAccounts;
    m_accounts->setFixedHeight(accountsHeight + 2 * m_accounts->frameWidth());
    m_accounts->setMinimumWidth(
        qMin(m_accounts->sizeHintForColumn(0) + 2 * m_accounts->frameWidth() + padding
                 + (scrolls ? m_accounts->verticalScrollBar()->sizeHint().width() : 0),
             40 * fm.averageCharWidth()));
}

void ChatsPage::loadMessages()
{
    m_deliveriesSoon->stop();
    const qint64 chatId = selectedChatId();
    bool group = false;
    for (const Chat &c : std::as_const(m_chats))
        group = group || (c.id == chatId && c.isGroup);
    const quint64 request = ++m_messagesRequest;
    const QSet<QString> known
        = m_model->chatId() == chatId ? m_model->thumbnailKeys() : QSet<QString>();
    const qreal ratio = devicePixelRatioF();
    m_context.store()->run<ChatMessagesModel::Loaded>(
        this,
        [chatId, known, ratio, clock = m_context.clock()](StoreConnection &store) {
            return chatId > 0 ? ChatMessagesModel::load(store, chatId, shownMessages,
                                                        clock->nowMs(), known, ratio)
                              : ChatMessagesModel::Loaded {};
        },
        [this, request, chatId, group](const Outcome<ChatMessagesModel::Loaded> &result) {
            if (request != m_messagesRequest)
                return; // another chat was selected, or a newer load is on its way
            if (!result.ok()) {
                showError(tr("The messages could not be loaded: %1").arg(result.error));
                return;
            }
            const QTreeWidgetItem *item = m_chatList->currentItem();
            m_chatTitle->setText(!item                                  ? QString()
                                     : item->text(NameColumn).isEmpty() ? item->text(PeerColumn)
                                                                        : item->text(NameColumn));
            const int shown = int(result.value->rows.size());
            const int total = result.value->total;
            m_messageCount->setText(
                chatId <= 0         ? tr("No chat selected.")
                    : shown < total ? tr("The newest %1 of %2 messages.")
                                          .arg(QLocale().toString(shown), QLocale().toString(total))
                                    : tr("%n message(s).", nullptr, shown));
            if (chatId <= 0) {
                // With nothing to read, the pane says where messages come from.
                m_model->clear();
                m_hint->setPlainText(
                    m_chats.isEmpty()
                        ? tr("No chats yet.\n\nMessages arrive from the WhatsApp Cloud API "
                             "(Settings), from a WhatsApp chat export (Import chat…), from the "
                             "local API (POST %1/messages), or from Compose… for testing by hand.")
                              .arg(m_context.serverUrl())
                        : tr("Select a chat to read its messages."));
                m_messagesPane->setCurrentWidget(m_hint);
                Q_EMIT loaded();
                return;
            }
            m_messagesPane->setCurrentWidget(m_conversation);
            // The reader keeps their place unless they read the newest messages.
            const bool bottom = m_model->chatId() != chatId || m_followBottom;
            m_followBottom = bottom;
            QScrollBar *bar = m_conversation->verticalScrollBar();
            const QModelIndex top = m_conversation->indexAt(QPoint(1, 1));
            const qint64 anchor = top.data(ChatMessagesModel::MessageIdRole).toLongLong();
            const int anchorY = m_conversation->visualRect(top).top();
            m_model->show(chatId, group, *result.value, !bottom);
            m_conversation->doItemsLayout();
            if (bottom) {
                m_conversation->scrollToBottom();
            } else if (const int row = m_model->rowOf(anchor); row >= 0) {
                bar->setValue(bar->value() + m_conversation->visualRect(m_model->index(row)).top()
                              - anchorY);
            }
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
            clearError();
            for (Chat &c : m_chats) {
                if (c.id == chatId)
                    c.responsibleTeammateId = teammateId;
            }
            for (int i = 0; i < m_chatList->topLevelItemCount(); ++i) {
                QTreeWidgetItem *item = m_chatList->topLevelItem(i);
                if (item->data(NameColumn, Qt::UserRole).toLongLong() == chatId) {
                    item->setText(ResponsibleColumn, teammateName(teammateId));
                    item->setToolTip(ResponsibleColumn, teammateName(teammateId));
                }
            }
            fitColumns();
            showResponsible();
            Q_EMIT responsibleChanged(chatId, teammateId);
        });
}

void ChatsPage::showDeliveries(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const Message &m = m_model->at(row).message;
    QString description = m.text.simplified();
    if (description.isEmpty() && m.attachment)
        description = m.attachment->fileName;
    const QString time = QLocale().toString(m.timestamp.toLocalTime(), u"d MMM HH:mm:ss"_s);
    const QString who
        = m_chatList->currentItem() ? m_chatList->currentItem()->text(NameColumn) : QString();
    Q_EMIT deliveriesRequested(
        m.id,
        tr("%1, %2: “%3”")
            .arg(who, time, fontMetrics().elidedText(description, Qt::ElideRight, 300)));
}

void ChatsPage::openAttachment(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const ChatMessage &c = m_model->at(row);
    if (!c.message.attachment)
        return;
    m_context.slowStore()->run<Opened>(
        this,
        [source = c.attachmentPath, sha256 = c.message.attachment->sha256,
         name = c.message.attachment->fileName](StoreConnection &) {
            return copyForOpening(source, sha256, name);
        },
        [this](const Outcome<Opened> &opened) {
            const QString error = opened.ok() ? opened.value->error : opened.error;
            if (!error.isEmpty()) {
                showError(tr("The attachment could not be opened: %1").arg(error));
                return;
            }
            QDesktopServices::openUrl(QUrl::fromLocalFile(opened.value->path));
            Q_EMIT attachmentOpened(opened.value->path);
        });
}

ComposerDialog *ChatsPage::openComposer()
{
    auto *dialog = new ComposerDialog(m_context, selectedAccountId(), selectedChatId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ComposerDialog::created, this,
            [this](const QString &, qint64 chatId, const QString &wamid, int webhooks) {
                const bool sent = !wamid.isEmpty();
                const QString stored = webhooks > 0
                    ? (sent ? tr("Message sent through WhatsApp and stored; queued for %n "
                                 "webhook(s).",
                                 nullptr, webhooks)
                            : tr("Message stored; queued for %n webhook(s).", nullptr, webhooks))
                    : (sent ? tr("Message sent through WhatsApp and stored; no webhook is "
                                 "switched on to receive it.")
                            : tr("Message stored; no webhook is switched on to receive it."));
                m_errorShown = false;
                FeedbackLabel::show(m_feedback, stored,
                                    webhooks > 0 ? FeedbackLabel::Tone::Good
                                                 : FeedbackLabel::Tone::Warn);
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
    m_errorShown = true;
    FeedbackLabel::show(m_feedback, message, FeedbackLabel::Tone::Bad);
}

void ChatsPage::clearError()
{
    if (m_errorShown)
        m_feedback->hide();
    m_errorShown = false;
}

} // namespace hookline
