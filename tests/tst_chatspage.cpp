#include "chatmessagesmodel.h"
#include "chatspage.h"
#include "cloudapi/cloudapiregistry.h"
#include "composerdialog.h"
#include "delivery/enginethread.h"
#include "messagebubbledelegate.h"
#include "service/workspaceservice.h"
#include "support/desktopharness.h"
#include "support/fakegraphapi.h"
#include "support/testreceiver.h"
#include "translationloader.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <QUrl>

using namespace Qt::StringLiterals;
using hookline::ChatMessagesModel;
using hookline::ChatsPage;
using hookline::ComposerDialog;
using hookline::Direction;
using hookline::StoreConnection;

namespace {

// Waits until the dialog shows the accounts and the chats of the selected account.
bool waitUntilLoaded(ComposerDialog &dialog)
{
    QSignalSpy loaded(&dialog, &ComposerDialog::chatsLoaded);
    return loaded.wait(20000);
}

// Fills a new account and a new direct chat by typing, as a person would.
void typeNewDirectChat(ComposerDialog &dialog)
{
    auto *account = child<QComboBox>(&dialog, u"account"_s);
    account->setCurrentIndex(account->findData(qint64(0)));
    QTest::keyClicks(child<QLineEdit>(&dialog, u"accountPhone"_s), u"+14155550123"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"accountName"_s), u"Support"_s);
    auto *chat = child<QComboBox>(&dialog, u"chat"_s);
    chat->setCurrentIndex(chat->findData(qint64(-1)));
    QTest::keyClicks(child<QLineEdit>(&dialog, u"chatPhone"_s), u"+919811111111"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"chatName"_s), u"Meera"_s);
}

// The texts of the conversation, oldest first.
QStringList shownTexts(const ChatsPage &page)
{
    QStringList texts;
    const ChatMessagesModel *model = page.messages();
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row).data().toString();
    return texts;
}

QVariant shown(const ChatsPage &page, const QString &text, int role)
{
    const ChatMessagesModel *model = page.messages();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row).data().toString() == text)
            return model->index(row).data(role);
    }
    return {};
}

// Stores a message as the API would (deliveries for every webhook) and tells the engine.
void ingest(DesktopHarness &harness, const hookline::IngestMessage &message)
{
    harness.withStore([&](StoreConnection &store) {
        store.messages->ingest({message}, store.outbox->hook(QDateTime::currentMSecsSinceEpoch()));
    });
    harness.instance().engine()->poke();
}

hookline::IngestMessage groupMessage(const QString &sender, const QString &text,
                                     Direction direction = Direction::Received)
{
    hookline::IngestMessage m;
    m.account = {u"+14155550100"_s, u"Sales"_s, {}};
    m.chat.isGroup = true;
    m.chat.groupId = u"120363000000000009@g.us"_s;
    m.chat.fullName = u"Field team"_s;
    m.direction = direction;
    m.sender = {sender, {}};
    m.text = text;
    m.source = u"test"_s;
    return m;
}

QByteArray pngBytes(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

// Where the desktop was asked to open files (instead of starting an application).
class OpenedFiles : public QObject
{
    Q_OBJECT
public:
    OpenedFiles() { QDesktopServices::setUrlHandler(u"file"_s, this, "open"); }
    ~OpenedFiles() override { QDesktopServices::unsetUrlHandler(u"file"_s); }
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

class TestChatsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // As the application does: the English catalogue gives the plural forms.
        QVERIFY(hookline::installTranslations(*qApp, QLocale(QLocale::English)));
    }
    void showsAccountsChatsAndMessages();
    void assignsTheResponsibleTeammate();
    void composerCreatesADirectChatThatIsDelivered();
    void composerWritesIntoTheSelectedChat();
    void composerAttachesAFileInAGroup();
    void composerRefusesBadInputAndStoresNothing();
    void showsHtmlAsText();
    void capsHugeMessages();
    void reloadsWhenShown();
    void composerCannotBeCancelledWhileStoring();
    void composerSendsThroughTheCloudApi();
    void showsAConversation();
    void showsWhatEachWebhookDid();
    void showsImagesAndOpensFiles();
    void updatesLiveWithoutMovingTheReader();
    void listsFitWithoutScrollingSideways_data();
    void listsFitWithoutScrollingSideways();
    void composerWordsErrorsBesideTheirFields();
    void composerFitsAndAlignsItsFields();
};

void TestChatsPage::showsAccountsChatsAndMessages()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    harness.ingest(u"hello from one"_s, u"+919800000001"_s);
    harness.ingest(u"hello from two"_s, u"+919800000002"_s);

    ChatsPage page(harness.context());
    auto *accounts = child<QListWidget>(&page, u"accounts"_s);
    auto *chats = child<QTreeWidget>(&page, u"chats"_s);
    QTRY_COMPARE_WITH_TIMEOUT(chats->topLevelItemCount(), 2, 20000);
    QCOMPARE(accounts->count(), 1);
    QVERIFY(accounts->item(0)->text().contains(u"+14155550100"_s));
    // Newest activity first, and the first chat is shown.
    QCOMPARE(chats->topLevelItem(0)->text(1), u"+919800000002"_s);
    QCOMPARE(chats->topLevelItem(0)->text(2), u"Direct"_s);
    QTRY_COMPARE_WITH_TIMEOUT(shownTexts(page), QStringList {u"hello from two"_s}, 20000);
    QCOMPARE(shown(page, u"hello from two"_s, ChatMessagesModel::DirectionRole).toInt(),
             int(Direction::Received));
    const QString tip = shown(page, u"hello from two"_s, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"Received from Customer 02"_s), qPrintable(tip));
    QCOMPARE(child<QLabel>(&page, u"messageCount"_s)->text(), u"1 message."_s); // no "(s)"

    chats->setCurrentItem(chats->topLevelItem(1));
    QTRY_COMPARE_WITH_TIMEOUT(shownTexts(page), QStringList {u"hello from one"_s}, 20000);

    // Refresh finds what arrived meanwhile and keeps the selected chat.
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    harness.ingest(u"hello from three"_s, u"+919800000003"_s);
    QTest::keyClick(&page, Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(chats->topLevelItemCount(), 3, 20000);
    QCOMPARE(chats->currentItem()->text(1), u"+919800000001"_s);
}

void TestChatsPage::assignsTheResponsibleTeammate()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    qint64 ravi = 0;
    harness.withStore([&](StoreConnection &store) {
        ravi = store.workspace->upsertTeammate(u"Ravi Kumar"_s, u"ravi@example.com"_s);
    });
    harness.ingest(u"who handles this?"_s);

    ChatsPage page(harness.context());
    auto *chats = child<QTreeWidget>(&page, u"chats"_s);
    auto *responsible = child<QComboBox>(&page, u"responsible"_s);
    QTRY_COMPARE_WITH_TIMEOUT(chats->topLevelItemCount(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(responsible->isEnabled(), 20000);
    QCOMPARE(responsible->count(), 2); // Nobody and Ravi
    QCOMPARE(chats->topLevelItem(0)->text(3), u"Nobody"_s);
    const qint64 chatId = page.selectedChatId();

    auto responsibleInStore = [&] {
        qint64 id = -1;
        harness.withStore([&](StoreConnection &store) {
            id = store.messages->chat(chatId)->responsibleTeammateId;
        });
        return id;
    };
    QSignalSpy changed(&page, &ChatsPage::responsibleChanged);
    const int index = responsible->findData(ravi);
    QVERIFY(index > 0);
    responsible->setCurrentIndex(index);
    Q_EMIT responsible->activated(index); // what a choice by the user emits
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 20000);
    QCOMPARE(responsibleInStore(), ravi);
    QCOMPARE(chats->topLevelItem(0)->text(3), u"Ravi Kumar"_s);

    // It is stored, not only shown: a fresh page reads it back.
    ChatsPage again(harness.context());
    auto *againResponsible = child<QComboBox>(&again, u"responsible"_s);
    QTRY_VERIFY_WITH_TIMEOUT(againResponsible->isEnabled(), 20000);
    QCOMPARE(againResponsible->currentData().toLongLong(), ravi);

    responsible->setCurrentIndex(0);
    Q_EMIT responsible->activated(0);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 20000);
    QCOMPARE(responsibleInStore(), 0);
}

void TestChatsPage::composerCreatesADirectChatThatIsDelivered()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    TestReceiver receiver;
    hookline::Webhook w;
    w.name = u"receiver"_s;
    w.url = receiver.url();
    harness.addWebhook(w);

    ChatsPage page(harness.context());
    QSignalSpy pageLoaded(&page, &ChatsPage::loaded);
    QVERIFY(pageLoaded.wait(20000));
    QPointer<ComposerDialog> dialog = page.openComposer();
    QVERIFY(waitUntilLoaded(*dialog));
    typeNewDirectChat(*dialog);
    auto *direction = child<QComboBox>(dialog, u"direction"_s);
    direction->setCurrentIndex(direction->findData(int(hookline::Direction::Sent)));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, u"text"_s), u"Composer says hi"_s);

    // Sender and recipient follow the account, the chat and the direction.
    const hookline::IngestMessage m = dialog->ingestMessage();
    QCOMPARE(m.source, u"composer"_s);
    QCOMPARE(m.account.phone, u"+14155550123"_s);
    QVERIFY(!m.chat.isGroup);
    QCOMPARE(m.chat.phone, u"+919811111111"_s);
    QCOMPARE(m.direction, hookline::Direction::Sent);
    QCOMPARE(m.sender, (hookline::Party {u"Support"_s, u"+14155550123"_s}));
    QCOMPARE(m.recipient, (hookline::Party {u"Meera"_s, u"+919811111111"_s}));

    QSignalSpy created(dialog.data(), &ComposerDialog::created);
    QTest::mouseClick(child<QPushButton>(dialog, u"create"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 20000);
    const QString uid = created.at(0).at(0).toString();
    const qint64 chatId = created.at(0).at(1).toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 20000); // closed and deleted after success

    harness.withStore([&](StoreConnection &store) {
        const auto stored = store.messages->messageByUid(uid);
        QVERIFY(stored);
        QCOMPARE(stored->source, u"composer"_s);
        QCOMPARE(stored->text, u"Composer says hi"_s);
        QCOMPARE(stored->chatId, chatId);
        QCOMPARE(store.messages->chat(chatId)->phone, u"+919811111111"_s);
    });
    // Real delivery to the webhook, as for a message from the API.
    QTRY_VERIFY_WITH_TIMEOUT(receiver.count() >= 1, 20000);
    const QByteArray body = QByteArray::fromStdString(receiver.requests().constFirst().body);
    QVERIFY2(body.contains("Composer says hi"), body.constData());
    QVERIFY(body.contains(uid.toUtf8()));
    // The page selects the new chat and says where the message went.
    QTRY_COMPARE_WITH_TIMEOUT(page.selectedChatId(), chatId, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(shownTexts(page).contains(u"Composer says hi"_s), 20000);
    QCOMPARE(created.at(0).at(3).toInt(), 1);
    auto *feedback = child<QLabel>(&page, u"feedback"_s);
    QVERIFY(feedback->isVisibleTo(&page));
    QVERIFY2(feedback->text().startsWith(u"Message stored; queued for 1 webhook"_s),
             qPrintable(feedback->text()));
}

void TestChatsPage::composerWritesIntoTheSelectedChat()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    harness.ingest(u"first"_s, u"+919800000001"_s);
    harness.ingest(u"other"_s, u"+919800000002"_s);
    ChatsPage page(harness.context());
    auto *chats = child<QTreeWidget>(&page, u"chats"_s);
    QTRY_COMPARE_WITH_TIMEOUT(chats->topLevelItemCount(), 2, 20000);
    chats->setCurrentItem(chats->topLevelItem(1)); // the older chat, +919800000001
    const qint64 chatId = page.selectedChatId();

    QPointer<ComposerDialog> dialog = page.openComposer();
    QVERIFY(waitUntilLoaded(*dialog));
    QCOMPARE(child<QComboBox>(dialog, u"chat"_s)->currentData().toLongLong(), chatId);
    QVERIFY(!child<QLineEdit>(dialog, u"chatPhone"_s)->isEnabled());
    QTest::keyClicks(child<QPlainTextEdit>(dialog, u"text"_s), u"second"_s);
    const hookline::IngestMessage m = dialog->ingestMessage();
    QCOMPARE(m.account.phone, u"+14155550100"_s);
    QCOMPARE(m.chat.phone, u"+919800000001"_s);
    QCOMPARE(m.direction, hookline::Direction::Received);
    QCOMPARE(m.sender, (hookline::Party {u"Customer 01"_s, u"+919800000001"_s}));
    QCOMPARE(m.recipient, (hookline::Party {u"Sales"_s, u"+14155550100"_s}));

    // Choosing a new chat empties the fields that showed the stored one.
    auto *chat = child<QComboBox>(dialog, u"chat"_s);
    chat->setCurrentIndex(chat->findData(qint64(-1)));
    QVERIFY(child<QLineEdit>(dialog, u"chatPhone"_s)->isEnabled());
    QVERIFY(child<QLineEdit>(dialog, u"chatPhone"_s)->text().isEmpty());
    chat->setCurrentIndex(chat->findData(chatId));

    QSignalSpy created(dialog.data(), &ComposerDialog::created);
    dialog->submit();
    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 20000);
    QCOMPARE(created.at(0).at(1).toLongLong(), chatId);
    QTRY_COMPARE_WITH_TIMEOUT(page.selectedChatId(), chatId, 20000);
    QCOMPARE(chats->currentItem()->text(1), u"+919800000001"_s);
    QTRY_COMPARE_WITH_TIMEOUT(shownTexts(page), (QStringList {u"first"_s, u"second"_s}), 20000);
    // No webhook exists: the page says so instead of a count.
    QCOMPARE(created.at(0).at(3).toInt(), 0);
    QCOMPARE(child<QLabel>(&page, u"feedback"_s)->text(),
             u"Message stored; no webhook is switched on to receive it."_s);
}

void TestChatsPage::composerAttachesAFileInAGroup()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    harness.ingest(u"first"_s); // account +14155550100 "Sales"
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.txt"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("attached bytes");
    }

    ComposerDialog dialog(harness.context());
    QVERIFY(waitUntilLoaded(dialog));
    auto *account = child<QComboBox>(&dialog, u"account"_s);
    QVERIFY(account->currentText().contains(u"+14155550100"_s)); // the existing account
    auto *chat = child<QComboBox>(&dialog, u"chat"_s);
    chat->setCurrentIndex(chat->findData(qint64(-2)));
    QTest::keyClicks(child<QLineEdit>(&dialog, u"groupId"_s), u"120363000000000001@g.us"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"chatName"_s), u"Field team"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"senderName"_s), u"Kiran"_s);
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, u"text"_s), u"see the notes"_s);
    dialog.setFilePath(path);
    // The field names the file, its type and its size (read in the store worker).
    auto *file = child<QLineEdit>(&dialog, u"file"_s);
    QTRY_VERIFY_WITH_TIMEOUT(file->text().contains(QLocale().formattedDataSize(14)), 20000);
    QVERIFY2(file->text().startsWith(u"notes.txt · "_s), qPrintable(file->text()));
    QCOMPARE(file->toolTip(), path);
    QCOMPARE(dialog.filePath(), path);

    const hookline::IngestMessage m = dialog.ingestMessage();
    QVERIFY(m.chat.isGroup);
    QCOMPARE(m.chat.groupId, u"120363000000000001@g.us"_s);
    QCOMPARE(m.account.phone, u"+14155550100"_s);
    QCOMPARE(m.sender.fullName, u"Kiran"_s); // a participant, typed by the user
    QCOMPARE(m.recipient, (hookline::Party {u"Field team"_s, QString()}));

    QSignalSpy created(&dialog, &ComposerDialog::created);
    dialog.submit();
    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 20000);
    harness.withStore([&](StoreConnection &store) {
        const auto stored = store.messages->messageByUid(created.at(0).at(0).toString());
        QVERIFY(stored && stored->attachment);
        QCOMPARE(stored->source, u"composer"_s);
        QCOMPARE(stored->attachment->fileName, u"notes.txt"_s);
        QCOMPARE(stored->attachment->mimeType, u"text/plain"_s);
        QCOMPARE(stored->attachment->size, qint64(14));
        QCOMPARE(store.attachments->read(stored->attachment->sha256), QByteArray("attached bytes"));
        const auto group = store.messages->chat(stored->chatId);
        QVERIFY(group->isGroup);
        QCOMPARE(group->peerKey, u"120363000000000001@g.us"_s);
        QCOMPARE(group->fullName, u"Field team"_s);
    });
}

void TestChatsPage::composerRefusesBadInputAndStoresNothing()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    QTemporaryDir dir;
    ComposerDialog dialog(harness.context());
    dialog.show();
    QVERIFY(waitUntilLoaded(dialog));
    typeNewDirectChat(dialog);
    // Received in a new chat: the sender is the chat, the recipient the account.
    QCOMPARE(dialog.ingestMessage().sender, (hookline::Party {u"Meera"_s, u"+919811111111"_s}));
    QCOMPARE(dialog.ingestMessage().recipient, (hookline::Party {u"Support"_s, u"+14155550123"_s}));
    QSignalSpy failed(&dialog, &ComposerDialog::failed);
    auto *contentError = child<QLabel>(&dialog, u"contentError"_s);

    // No text and no file: the store's own rule, shown next to the text as a sentence.
    dialog.submit();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    QCOMPARE(failed.at(0).at(0).toString(), u"text"_s);
    QVERIFY(!contentError->text().isEmpty());
    QCOMPARE(contentError->text(), u"Write a text or attach a file."_s);
    // Typing fixes it, and the error goes at once.
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, u"text"_s), u"with a bad file"_s);
    QVERIFY(contentError->text().isEmpty());

    // A folder cannot be read as a file (chmod 000 would not stop root).
    dialog.setFilePath(dir.path());
    dialog.submit();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 20000);
    QCOMPARE(failed.at(1).at(0).toString(), u"attachment"_s);
    QCOMPARE(failed.at(1).at(1).toString(),
             u"“%1” is a folder, not a file."_s.arg(QFileInfo(dir.path()).fileName()));
    QVERIFY(!contentError->text().isEmpty());
    QCOMPARE(contentError->text(), failed.at(1).at(1).toString());

    const QString missing = dir.filePath(u"missing.pdf"_s);
    dialog.setFilePath(missing);
    QVERIFY(contentError->text().isEmpty()); // another file: the old error is gone
    dialog.submit();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 3, 20000);
    QCOMPARE(failed.at(2).at(0).toString(), u"attachment"_s);
    QCOMPARE(failed.at(2).at(1).toString(), u"The file “missing.pdf” does not exist."_s);

    // One byte over the limit (a sparse file: no 64 MiB written): refused by size.
    const QString huge = dir.filePath(u"huge.bin"_s);
    {
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(hookline::MessageStore::maxAttachmentBytes + 1));
    }
    dialog.setFilePath(huge);
    dialog.submit();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 4, 20000);
    QCOMPARE(failed.at(3).at(0).toString(), u"attachment"_s);
    const QString tooLarge = failed.at(3).at(1).toString();
    QVERIFY2(
        tooLarge.contains(QLocale().formattedDataSize(hookline::MessageStore::maxAttachmentBytes)),
        qPrintable(tooLarge));
    QVERIFY(tooLarge.contains(u"huge.bin"_s));

    // The dialog stays open for a correction, and nothing was stored.
    QVERIFY(dialog.isVisible());
    QVERIFY(child<QPushButton>(&dialog, u"create"_s)->isEnabled());
    QCOMPARE(harness.storedMessageCount(), 0);
    harness.withStore(
        [](StoreConnection &store) { QVERIFY(store.messages->accounts().isEmpty()); });

    // Without the file it goes through.
    QSignalSpy created(&dialog, &ComposerDialog::created);
    child<QPushButton>(&dialog, u"removeFile"_s)->click();
    QVERIFY(contentError->text().isEmpty());
    dialog.submit();
    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 20000);
    QCOMPARE(harness.storedMessageCount(), 1);
}

void TestChatsPage::showsHtmlAsText()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    const QString name = u"<b>Bold</b> & <img src=x>"_s;
    const QString text = u"<script>alert(1)</script><h1>big</h1>"_s;
    harness.withStore([&](StoreConnection &store) {
        hookline::IngestMessage m;
        m.account = {u"+14155550100"_s, u"<i>Sales</i>"_s, {}};
        m.chat.phone = u"+919800000009"_s;
        m.chat.fullName = name;
        m.sender = {name, m.chat.phone};
        m.text = text;
        store.messages->ingest({m});
    });

    ChatsPage page(harness.context());
    auto *chats = child<QTreeWidget>(&page, u"chats"_s);
    QTRY_COMPARE_WITH_TIMEOUT(chats->topLevelItemCount(), 1, 20000);
    QCOMPARE(chats->topLevelItem(0)->text(0), name);
    QCOMPARE(child<QListWidget>(&page, u"accounts"_s)->item(0)->text().section(u'\n', 0, 0),
             u"<i>Sales</i>"_s);
    auto *title = child<QLabel>(&page, u"chatTitle"_s);
    QTRY_COMPARE_WITH_TIMEOUT(title->text(), name, 20000);
    QCOMPARE(title->textFormat(), Qt::PlainText);
    QTRY_COMPARE_WITH_TIMEOUT(shownTexts(page), QStringList {text}, 20000);
    // The tooltip is rich text with everything from outside escaped: shown as typed.
    const QString tip = shown(page, text, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;img src=x&gt;"_s), qPrintable(tip));
    QVERIFY(!tip.contains(u"<b>"_s));

    // A group's sender name, as it came.
    ingest(harness, groupMessage(name, u"<i>hi</i>"_s));
    page.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(chats->topLevelItemCount(), 2, 20000);
    chats->setCurrentItem(chats->topLevelItem(0));
    QTRY_COMPARE_WITH_TIMEOUT(shownTexts(page), QStringList {u"<i>hi</i>"_s}, 20000);
    QCOMPARE(shown(page, u"<i>hi</i>"_s, ChatMessagesModel::SenderRole).toString(), name);
}

void TestChatsPage::capsHugeMessages()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    const qsizetype size = hookline::MessageStore::maxTextLength; // 4 MiB, the most there is
    const QString huge = u"start "_s + QString(size - 12, u'x') + u" end!!"_s;
    harness.ingest(huge);
    harness.ingest(u"small and whole"_s);

    ChatsPage page(harness.context());
    QTRY_COMPARE_WITH_TIMEOUT(page.messages()->rowCount(), 2, 20000);
    const QModelIndex cut = page.messages()->index(0);
    const QString text = cut.data().toString();
    QVERIFY(text.startsWith(u"start xxx"_s));
    QCOMPARE(text.size(), ChatMessagesModel::shownCharacters);
    const QString hidden = cut.data(ChatMessagesModel::HiddenRole).toString();
    QVERIFY2(hidden.contains(u"%1 more character"_s.arg(size - ChatMessagesModel::shownCharacters)),
             qPrintable(hidden));
    QCOMPARE(page.messages()->index(1).data().toString(), u"small and whole"_s);
    QVERIFY(page.messages()->index(1).data(ChatMessagesModel::HiddenRole).toString().isEmpty());
}

void TestChatsPage::reloadsWhenShown()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    harness.ingest(u"before"_s, u"+919800000001"_s);
    ChatsPage page(harness.context());
    auto *chats = child<QTreeWidget>(&page, u"chats"_s);
    QTRY_COMPARE_WITH_TIMEOUT(chats->topLevelItemCount(), 1, 20000);
    harness.ingest(u"while hidden"_s, u"+919800000002"_s);
    page.show();
    QTRY_COMPARE_WITH_TIMEOUT(chats->topLevelItemCount(), 2, 20000);
    page.hide();
    harness.ingest(u"hidden again"_s, u"+919800000003"_s);
    page.show();
    QTRY_COMPARE_WITH_TIMEOUT(chats->topLevelItemCount(), 3, 20000);
}

void TestChatsPage::composerCannotBeCancelledWhileStoring()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    ChatsPage page(harness.context());
    page.show();
    QPointer<ComposerDialog> dialog = page.openComposer();
    QVERIFY(waitUntilLoaded(*dialog));
    typeNewDirectChat(*dialog);
    QTest::keyClicks(child<QPlainTextEdit>(dialog, u"text"_s), u"do not drop me"_s);
    QSignalSpy created(dialog.data(), &ComposerDialog::created);
    auto *cancel = child<QPushButton>(dialog, u"cancel"_s);
    QVERIFY(cancel->isEnabled());
    dialog->submit();
    // The answer cannot arrive before the event loop runs again: the submit is under way.
    QVERIFY(!cancel->isEnabled());
    dialog->reject();
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(dialog->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 20000);
    // The page heard of it and shows the new chat.
    const qint64 chatId = created.at(0).at(1).toLongLong();
    QTRY_COMPARE_WITH_TIMEOUT(page.selectedChatId(), chatId, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(shownTexts(page), QStringList {u"do not drop me"_s}, 20000);
}

void TestChatsPage::composerSendsThroughTheCloudApi()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    TestReceiver receiver;
    hookline::Webhook w;
    w.name = u"receiver"_s;
    w.url = receiver.url();
    harness.addWebhook(w);
    harness.ingest(u"any news?"_s); // account +14155550100 "Sales", chat +919800000001
    qint64 accountId = 0;
    qint64 chatId = 0;
    harness.withStore([&](StoreConnection &store) {
        accountId = store.messages->accountByPhone(u"+14155550100"_s)->id;
        chatId = store.messages->chats(accountId).constFirst().id;
    });
    const QString accessToken = u"EAAG-access-token"_s;
    FakeGraphApi graph(accessToken);
    hookline::CloudApiRegistry *registry = harness.context().cloudApi();
    QTRY_VERIFY_WITH_TIMEOUT(registry->isLoaded(), 20000);
    harness.withStore([&](StoreConnection &store) {
        hookline::CloudApiAccount cloud;
        cloud.accountId = accountId;
        cloud.phoneNumberId = u"106540352242922"_s;
        cloud.graphBaseUrl = graph.baseUrl();
        cloud.appSecret = u"app-secret"_s;
        cloud.accessToken = accessToken;
        const auto refused = registry->save(store, cloud);
        QVERIFY2(!refused, refused ? qPrintable(refused->error.message) : "");
    });

    ComposerDialog dialog(harness.context(), accountId, chatId);
    dialog.show();
    QVERIFY(waitUntilLoaded(dialog));
    auto *send = child<QCheckBox>(&dialog, u"sendThroughWhatsApp"_s);
    auto *direction = child<QComboBox>(&dialog, u"direction"_s);
    auto *chat = child<QComboBox>(&dialog, u"chat"_s);
    auto *account = child<QComboBox>(&dialog, u"account"_s);
    // Only a sent message, in a direct chat, of an account that can send.
    QVERIFY(!send->isEnabled()); // "Received" first
    direction->setCurrentIndex(direction->findData(int(hookline::Direction::Sent)));
    QVERIFY(send->isEnabled());
    chat->setCurrentIndex(chat->findData(qint64(-2))); // a new group
    QVERIFY(!send->isEnabled());
    account->setCurrentIndex(account->findData(qint64(0))); // a new account: not connected
    QVERIFY(!send->isEnabled());
    account->setCurrentIndex(account->findData(accountId));
    QVERIFY(waitUntilLoaded(dialog));
    chat->setCurrentIndex(chat->findData(chatId));
    QVERIFY(send->isEnabled());

    send->setChecked(true);
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, u"text"_s), u"Your order has shipped"_s);
    QSignalSpy created(&dialog, &ComposerDialog::created);
    QSignalSpy failed(&dialog, &ComposerDialog::failed);
    QTest::mouseClick(child<QPushButton>(&dialog, u"create"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(created.count() + failed.count(), 1, 20000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
    QCOMPARE(created.at(0).at(2).toString(), u"wamid.FAKE1"_s);
    QCOMPARE(created.at(0).at(1).toLongLong(), chatId);
    const QList<FakeGraphApi::Sent> sent = graph.sent();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).phoneNumberId, u"106540352242922"_s);
    QCOMPARE(sent.at(0).body.value(u"to"_s).toString(), u"919800000001"_s);
    QVERIFY(QJsonDocument(sent.at(0).body).toJson().contains("Your order has shipped"));
    harness.withStore([&](StoreConnection &store) {
        const auto stored = store.messages->messageByUid(created.at(0).at(0).toString());
        QVERIFY(stored);
        QCOMPARE(stored->externalId, u"wamid.FAKE1"_s);
        QCOMPARE(stored->direction, hookline::Direction::Sent);
        QCOMPARE(stored->text, u"Your order has shipped"_s);
        QCOMPARE(stored->chatId, chatId);
    });
    // The engine was poked: the webhook gets it like any stored message.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const auto &request : receiver.requests()) {
                if (request.body.find("Your order has shipped") != std::string::npos)
                    return true;
            }
            return false;
        }(),
        20000);

    // WhatsApp refuses: its reason is shown next to the checkbox and nothing is stored.
    graph.refuseNextSend(131047, u"Re-engagement message"_s);
    ComposerDialog refused(harness.context(), accountId, chatId);
    refused.show();
    QVERIFY(waitUntilLoaded(refused));
    auto *refusedDirection = child<QComboBox>(&refused, u"direction"_s);
    refusedDirection->setCurrentIndex(refusedDirection->findData(int(hookline::Direction::Sent)));
    child<QCheckBox>(&refused, u"sendThroughWhatsApp"_s)->setChecked(true);
    QTest::keyClicks(child<QPlainTextEdit>(&refused, u"text"_s), u"Are you still there?"_s);
    QSignalSpy refusedFailed(&refused, &ComposerDialog::failed);
    QSignalSpy refusedCreated(&refused, &ComposerDialog::created);
    refused.submit();
    QTRY_COMPARE_WITH_TIMEOUT(refusedFailed.count() + refusedCreated.count(), 1, 20000);
    QCOMPARE(refusedFailed.count(), 1);
    QCOMPARE(refusedFailed.at(0).at(0).toString(), u"send"_s);
    const QString reason = refusedFailed.at(0).at(1).toString();
    QVERIFY2(reason.contains(u"Re-engagement message"_s), qPrintable(reason));
    auto *sendError = child<QLabel>(&refused, u"generalError"_s);
    QVERIFY(!sendError->text().isEmpty());
    QCOMPARE(sendError->text(), reason);
    QVERIFY(refused.isVisible()); // open for another try
    QVERIFY(child<QPushButton>(&refused, u"create"_s)->isEnabled());
    QCOMPARE(graph.sent().size(), 1);
    QCOMPARE(harness.storedMessageCount(), 2);

    // What WhatsApp reports about the sent message shows beside it, as it arrives.
    const QString text = u"Your order has shipped"_s;
    auto addStatus = [&](const QString &status) {
        harness.withStore([&](StoreConnection &store) {
            const auto stored = store.messages->messageByUid(created.at(0).at(0).toString());
            store.messages->addStatus(stored->id, {status, QDateTime::currentDateTimeUtc(), {}});
        });
    };
    addStatus(u"delivered"_s);
    ChatsPage page(harness.context());
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(shown(page, text, ChatMessagesModel::StatusRole)
                                 .toString()
                                 .startsWith(u"WhatsApp: delivered · "_s),
                             20000);
    addStatus(u"read"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        shown(page, text, ChatMessagesModel::StatusRole).toString().startsWith(u"WhatsApp: read"_s),
        20000);
}

void TestChatsPage::showsAConversation()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    const QDateTime yesterday
        = QDateTime(QDate::currentDate().addDays(-1), QTime(9, 15, 42)).toUTC();
    const QDateTime today = QDateTime(QDate::currentDate(), QTime(0, 0, 5)).toUTC();
    auto at = [](hookline::IngestMessage m, const QDateTime &time) {
        m.timestamp = time;
        return m;
    };
    ingest(harness, at(groupMessage(u"Kiran"_s, u"नमस्ते! ऑर्डर कहाँ है? 🙏"_s), yesterday));
    ingest(harness, at(groupMessage(u"Asha"_s, u"Mine too"_s), yesterday.addSecs(60)));
    ingest(harness, at(groupMessage(u"Sales"_s, u"On its way"_s, Direction::Sent), today));

    ChatsPage page(harness.context());
    QTRY_COMPARE_WITH_TIMEOUT(
        shownTexts(page), (QStringList {u"नमस्ते! ऑर्डर कहाँ है? 🙏"_s, u"Mine too"_s, u"On its way"_s}),
        20000);
    const ChatMessagesModel *model = page.messages();
    auto data = [&](int row, int role) {
        return model->index(row).data(role);
    };
    // Received on the left, sent on the right: the delegate reads the direction.
    QCOMPARE(data(0, ChatMessagesModel::DirectionRole).toInt(), int(Direction::Received));
    QCOMPARE(data(2, ChatMessagesModel::DirectionRole).toInt(), int(Direction::Sent));
    // In a group each received message names its sender; one's own do not.
    QCOMPARE(data(0, ChatMessagesModel::SenderRole).toString(), u"Kiran"_s);
    QCOMPARE(data(1, ChatMessagesModel::SenderRole).toString(), u"Asha"_s);
    QVERIFY(data(2, ChatMessagesModel::SenderRole).toString().isEmpty());
    // The time on the bubble, the day above the first message of each day, the second in the
    // tooltip.
    QCOMPARE(data(0, ChatMessagesModel::TimeRole).toString(), u"09:15"_s);
    QCOMPARE(data(0, ChatMessagesModel::DayRole).toString(), u"Yesterday"_s);
    QVERIFY(data(1, ChatMessagesModel::DayRole).toString().isEmpty());
    QCOMPARE(data(2, ChatMessagesModel::DayRole).toString(), u"Today"_s);
    QVERIFY2(data(0, Qt::ToolTipRole).toString().contains(u"09:15:42"_s),
             qPrintable(data(0, Qt::ToolTipRole).toString()));
    // Rows are as wide as the view, taller for a day heading.
    auto *view = page.conversation();
    QVERIFY(qobject_cast<hookline::MessageBubbleDelegate *>(view->itemDelegate()));
    page.resize(1024, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QRect first = view->visualRect(model->index(0));
    const QRect second = view->visualRect(model->index(1));
    QCOMPARE(first.width(), view->viewport()->width());
    QVERIFY(first.height() > second.height());

    // A direct chat names nobody in its bubbles.
    harness.ingest(u"just us"_s);
    page.refresh();
    auto *chats = child<QTreeWidget>(&page, u"chats"_s);
    QTRY_COMPARE_WITH_TIMEOUT(chats->topLevelItemCount(), 2, 20000);
    chats->setCurrentItem(chats->topLevelItem(0));
    QTRY_COMPARE_WITH_TIMEOUT(shownTexts(page), QStringList {u"just us"_s}, 20000);
    QVERIFY(data(0, ChatMessagesModel::SenderRole).toString().isEmpty());
}

void TestChatsPage::showsWhatEachWebhookDid()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    TestReceiver crm;
    TestReceiver failing;
    failing.answerAll(500);
    hookline::Webhook w;
    w.name = u"CRM"_s;
    w.url = crm.url();
    harness.addWebhook(w);
    w.name = u"Failing CRM"_s;
    w.url = failing.url();
    harness.addWebhook(w);
    w.name = u"Digest"_s;
    w.url = crm.url(u"/digest"_s);
    w.aggregation = hookline::Aggregation::Hours6;
    harness.addWebhook(w);
    // Its filter turns the message away: no delivery, and the line says why nothing went.
    w.name = u"Orders only"_s;
    w.url = crm.url(u"/orders"_s);
    w.aggregation = hookline::Aggregation::None;
    w.filter.text = u"order"_s;
    harness.addWebhook(w);

    ChatsPage page(harness.context());
    page.show();
    QSignalSpy loaded(&page, &ChatsPage::loaded);
    QVERIFY(loaded.wait(20000));
    const QString text = u"Where is my parcel?"_s;
    harness.ingest(text);
    // Found without a refresh, and followed as the engine delivers: the page only listens.
    QTRY_VERIFY_WITH_TIMEOUT(failing.count() >= 1 && crm.count() >= 1, 20000);
    QTRY_VERIFY2_WITH_TIMEOUT(
        shown(page, text, ChatMessagesModel::StatusRole)
            .toString()
            .startsWith(u"✓ CRM · ✗ Failing CRM · waiting for Digest (bundle at "_s),
        qPrintable(shown(page, text, ChatMessagesModel::StatusRole).toString()), 20000);
    QVERIFY(shown(page, text, ChatMessagesModel::StatusRole)
                .toString()
                .endsWith(u") · Orders only: filtered out"_s));
    const QString tip = shown(page, text, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"Orders only: not sent: its filter turns the message away (text does "
                          "not match)"_s),
             qPrintable(tip));
    QVERIFY2(tip.contains(u"Failing CRM: failing after 1 attempt"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"500"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"CRM: delivered"_s), qPrintable(tip));
    // The parts keep their tones.
    const auto parts = shown(page, text, ChatMessagesModel::StatusPartsRole)
                           .value<QList<hookline::StatusPart>>();
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts.at(0).tone, hookline::FeedbackLabel::Tone::Good);
    QCOMPARE(parts.at(1).tone, hookline::FeedbackLabel::Tone::Bad);
    QCOMPARE(parts.at(3).tone, hookline::FeedbackLabel::Tone::Neutral);
}

void TestChatsPage::showsImagesAndOpensFiles()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    hookline::IngestMessage photo;
    photo.account = {u"+14155550100"_s, u"Sales"_s, {}};
    photo.chat.phone = u"+919800000001"_s;
    photo.text = u"the damaged box"_s;
    photo.source = u"test"_s;
    photo.attachment
        = hookline::IngestMessage::File {u"box.png"_s, u"image/png"_s, pngBytes(800, 600)};
    ingest(harness, photo);
    hookline::IngestMessage invoice = photo;
    invoice.text.clear();
    const QByteArray pdf = "%PDF-1.4\n% an invoice\n";
    invoice.attachment
        = hookline::IngestMessage::File {u"invoice <March>.pdf"_s, u"application/pdf"_s, pdf};
    ingest(harness, invoice);

    ChatsPage page(harness.context());
    page.resize(1024, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const ChatMessagesModel *model = page.messages();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 20000);
    // The image as a thumbnail, decoded off the GUI thread and scaled into its box.
    const QImage thumbnail = model->index(0).data(ChatMessagesModel::ThumbnailRole).value<QImage>();
    QVERIFY(!thumbnail.isNull());
    QCOMPARE(thumbnail.deviceIndependentSize().toSize(), QSize(240, 180));
    // Another file as a chip with its name, type and size.
    const QModelIndex file = model->index(1);
    QVERIFY(file.data(ChatMessagesModel::ThumbnailRole).value<QImage>().isNull());
    QCOMPARE(file.data(ChatMessagesModel::AttachmentNameRole).toString(), u"invoice <March>.pdf"_s);
    const QString info = file.data(ChatMessagesModel::AttachmentInfoRole).toString();
    QVERIFY2(info.contains(u"PDF"_s) && info.contains(QLocale().formattedDataSize(pdf.size())),
             qPrintable(info));

    // A click on the chip opens a copy named as it was sent.
    OpenedFiles opened;
    QSignalSpy openedSpy(&page, &ChatsPage::attachmentOpened);
    auto *delegate
        = qobject_cast<hookline::MessageBubbleDelegate *>(page.conversation()->itemDelegate());
    page.conversation()->scrollToBottom();
    const QRect chip = delegate->attachmentRect(file);
    QVERIFY(!chip.isEmpty());
    QTest::mouseClick(page.conversation()->viewport(), Qt::LeftButton, {}, chip.center());
    QTRY_COMPARE_WITH_TIMEOUT(openedSpy.count(), 1, 20000);
    const QString path = openedSpy.at(0).at(0).toString();
    QVERIFY2(path.endsWith(u"/invoice <March>.pdf"_s), qPrintable(path));
    QCOMPARE(opened.urls, QList<QUrl> {QUrl::fromLocalFile(path)});
    QFile copy(path);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), pdf);
    // The image opens too (here through the page, as Enter or a double-click does).
    page.openAttachment(0);
    QTRY_COMPARE_WITH_TIMEOUT(openedSpy.count(), 2, 20000);
    QVERIFY(openedSpy.at(1).at(0).toString().endsWith(u"/box.png"_s));
}

void TestChatsPage::updatesLiveWithoutMovingTheReader()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    for (int i = 0; i < 40; ++i)
        harness.ingest(u"message %1"_s.arg(i));
    ChatsPage page(harness.context());
    page.resize(1024, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE_WITH_TIMEOUT(page.messages()->rowCount(), 40, 20000);
    QScrollBar *bar = page.conversation()->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum()); // opens at the newest

    // Read at the bottom: a new message is added below and followed, without F5.
    harness.ingest(u"message 40"_s);
    QTRY_COMPARE_WITH_TIMEOUT(page.messages()->rowCount(), 41, 20000);
    QTRY_COMPARE(bar->value(), bar->maximum());

    // Scrolled up: the rows read stay where they are.
    bar->setValue(bar->maximum() / 3);
    const QModelIndex top = page.conversation()->indexAt(QPoint(1, 1));
    const QString reading = top.data().toString();
    const int y = page.conversation()->visualRect(top).top();
    harness.ingest(u"message 41"_s);
    QTRY_COMPARE_WITH_TIMEOUT(page.messages()->rowCount(), 42, 20000);
    const QModelIndex still = page.conversation()->indexAt(QPoint(1, 1));
    QCOMPARE(still.data().toString(), reading);
    QCOMPARE(page.conversation()->visualRect(still).top(), y);
    QVERIFY(bar->value() < bar->maximum());
}

void TestChatsPage::listsFitWithoutScrollingSideways_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("width");
    // 1024 px wide windows: the page alone, and beside the main window's navigation.
    QTest::newRow("english") << u"en"_s << 1024;
    QTest::newRow("english, beside the navigation") << u"en"_s << 860;
    QTest::newRow("hindi, beside the navigation") << u"hi"_s << 860;
}

void TestChatsPage::listsFitWithoutScrollingSideways()
{
    QFETCH(QString, language);
    QFETCH(int, width);
    const QList<QTranslator *> before = qApp->findChildren<QTranslator *>();
    if (language != u"en"_s)
        QVERIFY(hookline::installTranslations(*qApp, QLocale(language)));
    auto cleanup = qScopeGuard([&] {
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            if (!before.contains(t)) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
        }
    });
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    qint64 ravi = 0;
    harness.withStore([&](StoreConnection &store) {
        ravi = store.workspace->upsertTeammate(u"Ravi Kumar"_s, u"ravi@example.com"_s);
    });
    hookline::IngestMessage m;
    m.account = {u"+919812345678"_s, u"Mehta Traders Support"_s, {}};
    m.chat.phone = u"+919800000011"_s;
    m.chat.fullName = u"प्रिया शर्मा"_s;
    m.text = u"नमस्ते"_s;
    m.source = u"test"_s;
    ingest(harness, m);
    m.account = {u"+14155550100"_s, u"Demo account"_s, {}};
    ingest(harness, m);
    ingest(harness, groupMessage(u"Kiran"_s, u"hello"_s));
    harness.withStore([&](StoreConnection &store) {
        const auto account = store.messages->accountByPhone(u"+14155550100"_s);
        const qint64 chat = store.messages->chats(account->id).constFirst().id;
        hookline::WorkspaceService(store, harness.context().engine(), harness.context().notifier())
            .setChatResponsible(chat, ravi);
    });

    ChatsPage page(harness.context());
    page.resize(width, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *chats = child<QTreeWidget>(&page, u"chats"_s);
    auto *accounts = child<QListWidget>(&page, u"accounts"_s);
    QTRY_COMPARE_WITH_TIMEOUT(accounts->count(), 2, 20000);
    accounts->setCurrentRow(1); // +14155550100: a direct chat and a group
    QTRY_COMPARE_WITH_TIMEOUT(chats->topLevelItemCount(), 2, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(page.messages()->rowCount() > 0, 20000);
    // The chats: no sideways scrolling, every heading whole.
    QVERIFY(!chats->horizontalScrollBar()->isVisible());
    const QFontMetrics header = chats->header()->fontMetrics();
    for (int column = 1; column < chats->columnCount(); ++column) {
        const QString heading = chats->headerItem()->text(column);
        QVERIFY2(chats->header()->sectionSize(column) >= header.horizontalAdvance(heading),
                 qPrintable(heading));
        // Cells whole too; only a group's long id is cut, and whole in its tooltip.
        for (int row = 0; row < chats->topLevelItemCount(); ++row) {
            const QTreeWidgetItem *item = chats->topLevelItem(row);
            const QString cell = item->text(column);
            const bool fits = chats->header()->sectionSize(column)
                >= chats->fontMetrics().horizontalAdvance(cell);
            QVERIFY2(fits || (cell.endsWith(u"@g.us"_s) && item->toolTip(column) == cell),
                     qPrintable(cell));
        }
    }
    // The accounts: names and phones whole.
    QVERIFY(!accounts->horizontalScrollBar()->isVisible());
    for (int row = 0; row < accounts->count(); ++row) {
        const QRect rect = accounts->visualItemRect(accounts->item(row));
        for (const QString &line : accounts->item(row)->text().split(u'\n')) {
            QVERIFY2(rect.width() >= accounts->fontMetrics().horizontalAdvance(line),
                     qPrintable(line));
        }
        QVERIFY(accounts->viewport()->rect().contains(rect));
    }
    // The conversation keeps the room left.
    QVERIFY(page.conversation()->width() >= width / 3);
}

void TestChatsPage::composerWordsErrorsBesideTheirFields()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    ComposerDialog dialog(harness.context());
    dialog.show();
    QVERIFY(waitUntilLoaded(dialog));
    QSignalSpy failed(&dialog, &ComposerDialog::failed);
    auto *accountError = child<QLabel>(&dialog, u"accountError"_s);
    auto *create = child<QPushButton>(&dialog, u"create"_s);
    const QPoint createAt = create->mapTo(&dialog, QPoint());
    const int height = dialog.height();

    // A new account without a phone: a sentence next to the account, not "account.phone".
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, u"text"_s), u"hello"_s);
    dialog.submit();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    QCOMPARE(failed.at(0).at(0).toString(), u"account.phone"_s);
    QVERIFY(accountError->isVisible());
    QCOMPARE(accountError->text(), u"Enter the account's phone number."_s);
    // Its line was kept for it: nothing moved.
    QCOMPARE(create->mapTo(&dialog, QPoint()), createAt);
    QCOMPARE(dialog.height(), height);
    // Fixed: the error goes.
    QTest::keyClicks(child<QLineEdit>(&dialog, u"accountPhone"_s), u"+14155550123"_s);
    QVERIFY(accountError->text().isEmpty());

    // The chat's phone next.
    dialog.submit();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 20000);
    QCOMPARE(failed.at(1).at(0).toString(), u"chat.phone"_s);
    auto *chatError = child<QLabel>(&dialog, u"chatError"_s);
    QCOMPARE(chatError->text(), u"Enter the phone number of the person the chat is with."_s);
    QCOMPARE(create->mapTo(&dialog, QPoint()), createAt);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"chatPhone"_s), u"+919811111111"_s);
    QVERIFY(chatError->text().isEmpty());
    // The new chat gives the sender, the new account the recipient.
    QCOMPARE(child<QLineEdit>(&dialog, u"senderPhone"_s)->text(), u"+919811111111"_s);
    QCOMPARE(child<QLineEdit>(&dialog, u"recipientPhone"_s)->text(), u"+14155550123"_s);

    // A name beyond the limit, said without the API's field path.
    auto *sender = child<QLineEdit>(&dialog, u"senderName"_s);
    sender->setText(QString(hookline::MessageStore::maxNameLength + 1, u'x'));
    dialog.submit();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 3, 20000);
    QCOMPARE(failed.at(2).at(0).toString(), u"sender.full_name"_s);
    auto *partiesError = child<QLabel>(&dialog, u"partiesError"_s);
    QCOMPARE(partiesError->text(), u"This is longer than 1,024 characters."_s);
    for (const QList<QVariant> &refusal : std::as_const(failed))
        QVERIFY(!refusal.at(1).toString().contains(u".full_name"_s));
    QTest::keyClick(sender, Qt::Key_Backspace);
    QVERIFY(partiesError->text().isEmpty());
    QCOMPARE(harness.storedMessageCount(), 0);
}

void TestChatsPage::composerFitsAndAlignsItsFields()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    harness.ingest(u"first"_s);
    ComposerDialog dialog(harness.context());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(waitUntilLoaded(dialog));
    // Sized to its content, within a 700 px high screen.
    QVERIFY2(dialog.height() <= 600, qPrintable(QString::number(dialog.height())));
    // The three boxes' fields start at one x.
    const int x = child<QComboBox>(&dialog, u"account"_s)->mapTo(&dialog, QPoint()).x();
    QCOMPARE(child<QComboBox>(&dialog, u"chat"_s)->mapTo(&dialog, QPoint()).x(), x);
    QCOMPARE(child<QComboBox>(&dialog, u"direction"_s)->mapTo(&dialog, QPoint()).x(), x);
    QCOMPARE(child<QPlainTextEdit>(&dialog, u"text"_s)->mapTo(&dialog, QPoint()).x(), x);
    // Phones line up too.
    const int phone = child<QLineEdit>(&dialog, u"senderPhone"_s)->mapTo(&dialog, QPoint()).x();
    QCOMPARE(child<QLineEdit>(&dialog, u"recipientPhone"_s)->mapTo(&dialog, QPoint()).x(), phone);
    QCOMPARE(child<QLineEdit>(&dialog, u"accountPhone"_s)->mapTo(&dialog, QPoint()).x(), phone);
    auto *create = child<QPushButton>(&dialog, u"create"_s);
    QCOMPARE(create->text(), u"Create &message"_s);
    QVERIFY(create->isDefault());
    QCOMPARE(create->icon().isNull(), child<QPushButton>(&dialog, u"cancel"_s)->icon().isNull());
}

QTEST_MAIN(TestChatsPage)
#include "tst_chatspage.moc"
