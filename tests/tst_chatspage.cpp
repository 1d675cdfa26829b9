#include "chatspage.h"
#include "cloudapi/cloudapiregistry.h"
#include "composerdialog.h"
#include "support/desktopharness.h"
#include "support/fakegraphapi.h"
#include "support/testreceiver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using hookline::ChatsPage;
using hookline::ComposerDialog;
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

} // namespace

class TestChatsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
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
    auto *messages = child<QPlainTextEdit>(&page, u"messages"_s);
    QTRY_COMPARE_WITH_TIMEOUT(chats->topLevelItemCount(), 2, 20000);
    QCOMPARE(accounts->count(), 1);
    QVERIFY(accounts->item(0)->text().contains(u"+14155550100"_s));
    // Newest activity first, and the first chat is shown.
    QCOMPARE(chats->topLevelItem(0)->text(1), u"+919800000002"_s);
    QCOMPARE(chats->topLevelItem(0)->text(2), u"Direct"_s);
    QTRY_VERIFY_WITH_TIMEOUT(messages->toPlainText().contains(u"hello from two"_s), 20000);
    QVERIFY(messages->toPlainText().contains(u"Received"_s));
    QVERIFY(messages->toPlainText().contains(u"Customer 02 (+919800000002)"_s));

    chats->setCurrentItem(chats->topLevelItem(1));
    QTRY_VERIFY_WITH_TIMEOUT(messages->toPlainText().contains(u"hello from one"_s), 20000);
    QVERIFY(!messages->toPlainText().contains(u"hello from two"_s));

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
    // The page selects the new chat.
    QTRY_COMPARE_WITH_TIMEOUT(page.selectedChatId(), chatId, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QPlainTextEdit>(&page, u"messages"_s)->toPlainText().contains(u"Composer says hi"_s),
        20000);
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
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QPlainTextEdit>(&page, u"messages"_s)->toPlainText().contains(u"second"_s), 20000);
    QVERIFY(child<QPlainTextEdit>(&page, u"messages"_s)->toPlainText().contains(u"first"_s));
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
    QCOMPARE(child<QLineEdit>(&dialog, u"file"_s)->text(), path);

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
    QSignalSpy failed(&dialog, &ComposerDialog::failed);
    auto *fileError = child<QLabel>(&dialog, u"fileError"_s);

    // No text and no file: the store's own rule, shown next to the text.
    dialog.submit();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    QCOMPARE(failed.at(0).at(0).toString(), u"text"_s);
    QVERIFY(!child<QLabel>(&dialog, u"textError"_s)->isHidden());
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, u"text"_s), u"with a bad file"_s);

    // A folder cannot be read as a file (chmod 000 would not stop root).
    dialog.setFilePath(dir.path());
    dialog.submit();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 20000);
    QCOMPARE(failed.at(1).at(0).toString(), u"attachment"_s);
    QVERIFY(failed.at(1).at(1).toString().contains(dir.path()));
    QVERIFY(!fileError->isHidden());
    QCOMPARE(fileError->text(), failed.at(1).at(1).toString());
    QVERIFY(child<QLabel>(&dialog, u"textError"_s)->isHidden()); // the old error is gone

    const QString missing = dir.filePath(u"missing.pdf"_s);
    dialog.setFilePath(missing);
    dialog.submit();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 3, 20000);
    QCOMPARE(failed.at(2).at(0).toString(), u"attachment"_s);
    QVERIFY(failed.at(2).at(1).toString().contains(missing));

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
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QPlainTextEdit>(&page, u"messages"_s)->toPlainText().contains(text), 20000);
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
    auto *messages = child<QPlainTextEdit>(&page, u"messages"_s);
    QTRY_VERIFY_WITH_TIMEOUT(messages->toPlainText().contains(u"small and whole"_s), 20000);
    const QString shown = messages->toPlainText();
    QVERIFY(shown.contains(u"start xxx"_s));
    QVERIFY(!shown.contains(u" end!!"_s));
    QVERIFY2(shown.size() < 3 * ChatsPage::shownCharacters,
             qPrintable(QString::number(shown.size())));
    QVERIFY2(shown.contains(u"%1 more character"_s.arg(size - ChatsPage::shownCharacters)),
             qPrintable(shown.right(200)));
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
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QPlainTextEdit>(&page, u"messages"_s)->toPlainText().contains(u"do not drop me"_s),
        20000);
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
    auto *sendError = child<QLabel>(&refused, u"sendError"_s);
    QVERIFY(!sendError->isHidden());
    QCOMPARE(sendError->text(), reason);
    QVERIFY(refused.isVisible()); // open for another try
    QVERIFY(child<QPushButton>(&refused, u"create"_s)->isEnabled());
    QCOMPARE(graph.sent().size(), 1);
    QCOMPARE(harness.storedMessageCount(), 2);
}

QTEST_MAIN(TestChatsPage)
#include "tst_chatspage.moc"
