#include "chatspage.h"
#include "importdialog.h"
#include "support/desktopharness.h"
#include "support/testreceiver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using hookline::ChatsPage;
using hookline::ImportDialog;
using hookline::StoreConnection;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QStringList comboItems(const QComboBox *combo)
{
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    return items;
}

// Chooses the file, waits for its authors and fills the fields as a person would.
void prepare(ImportDialog &dialog, const QString &path)
{
    dialog.setFilePath(path);
    auto *me = child<QComboBox>(&dialog, u"me"_s);
    QTRY_VERIFY_WITH_TIMEOUT(comboItems(me).contains(u"Dana"_s), 20000);
    me->setCurrentIndex(me->findText(u"Dana"_s));
    child<QComboBox>(&dialog, u"account"_s)->setCurrentText(u"+14155550100"_s);
    auto *peer = child<QLineEdit>(&dialog, u"peerPhone"_s);
    peer->clear();
    QTest::keyClicks(peer, u"+919800000001"_s);
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void importsOnceAndRefusesJunk();
    void deliversOnlyWhenAsked();
    void showsAccountsByNameAndFitsItsFields();
};

void TestImportDialog::importsOnceAndRefusesJunk()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, u"WhatsApp Chat with Priya.txt"_s,
                                   "12/03/2024, 09:16 - Priya: Hi\n"
                                   "12/03/2024, 09:17 - Dana: Hello\n");

    ChatsPage page(harness.context());
    QSignalSpy pageLoaded(&page, &ChatsPage::loaded);
    QVERIFY(pageLoaded.wait(20000));
    QPointer<ImportDialog> dialog = page.openImport();
    QVERIFY(dialog);
    QSignalSpy setUp(dialog.data(), &ImportDialog::loaded);
    QVERIFY(setUp.wait(20000));
    // The workspace's zone is the default; the list holds the IANA zones.
    auto *zone = child<QComboBox>(dialog, u"timeZone"_s);
    QCOMPARE(zone->currentText(), u"UTC"_s);
    QVERIFY(zone->findText(u"Asia/Kolkata"_s) >= 0);
    QVERIFY(!child<QCheckBox>(dialog, u"deliverToWebhooks"_s)->isChecked());

    prepare(*dialog, path);
    QCOMPARE(comboItems(child<QComboBox>(dialog, u"me"_s)), (QStringList {u"Priya"_s, u"Dana"_s}));
    const QString preview = child<QLabel>(dialog, u"preview"_s)->text();
    QVERIFY2(preview.contains(u"Android"_s), qPrintable(preview));
    QVERIFY2(preview.contains(u"2 line"_s), qPrintable(preview));

    QSignalSpy imported(dialog.data(), &ImportDialog::imported);
    QSignalSpy failed(dialog.data(), &ImportDialog::failed);
    dialog->submit();
    // While the import runs, the dialog neither imports twice nor closes.
    QVERIFY(!child<QPushButton>(dialog, u"import"_s)->isEnabled());
    dialog->reject();
    QVERIFY(dialog->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 20000);
    QCOMPARE(failed.count(), 0);
    const qint64 chatId = imported.at(0).at(0).toLongLong();
    QCOMPARE(imported.at(0).at(1).toInt(), 2);
    QVERIFY(child<QPushButton>(dialog, u"import"_s)->isEnabled());
    QVERIFY(child<QPlainTextEdit>(dialog, u"report"_s)->toPlainText().contains(u"2"_s));
    harness.withStore([&](StoreConnection &store) {
        const auto chat = store.messages->chat(chatId);
        QVERIFY(chat);
        QCOMPARE(chat->phone, u"+919800000001"_s);
        QCOMPARE(chat->fullName, u"Priya"_s);
        const auto messages = store.messages->latestChatMessages(chatId, 10);
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).text, u"Hi"_s);
        QCOMPARE(messages.at(0).direction, hookline::Direction::Received);
        QCOMPARE(messages.at(1).text, u"Hello"_s);
        QCOMPARE(messages.at(1).direction, hookline::Direction::Sent);
    });
    // The page selects the imported chat.
    QTRY_COMPARE_WITH_TIMEOUT(page.selectedChatId(), chatId, 20000);

    // The same file again adds nothing.
    dialog->submit();
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 2, 20000);
    QCOMPARE(imported.at(1).at(1).toInt(), 0);
    QCOMPARE(dialog->lastReport().messagesStored, 0);
    QCOMPARE(dialog->lastReport().duplicates, 2);
    QCOMPARE(harness.storedMessageCount(), 2);

    // Junk: an error next to the button, nothing stored; the names in it are never markup.
    const QString junk = writeFile(dir, u"junk.txt"_s, "<b>not</b> a chat\nat all\n");
    dialog->setFilePath(junk);
    QTRY_VERIFY_WITH_TIMEOUT(child<QComboBox>(dialog, u"me"_s)->count() == 0, 20000);
    dialog->submit();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    auto *error = child<QLabel>(dialog, u"error"_s);
    QVERIFY(error->isVisibleTo(dialog));
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(error->textFormat(), Qt::PlainText);
    // Said in the window's words (a sentence of its own), not the importer's English as stored.
    QVERIFY2(error->text().contains(u"junk.txt holds no WhatsApp messages ("_s),
             qPrintable(error->text()));
    QVERIFY2(error->text().endsWith(u"not understood)."_s), qPrintable(error->text()));
    QCOMPARE(imported.count(), 2);
    QCOMPARE(harness.storedMessageCount(), 2);
    dialog->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 20000); // deleted on close
}

void TestImportDialog::deliversOnlyWhenAsked()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    TestReceiver receiver;
    hookline::Webhook w;
    w.name = u"receiver"_s;
    w.url = receiver.url();
    harness.addWebhook(w);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ImportDialog dialog(harness.context());
    QSignalSpy setUp(&dialog, &ImportDialog::loaded);
    QVERIFY(setUp.wait(20000));
    QSignalSpy imported(&dialog, &ImportDialog::imported);

    // Old history: stored, not delivered.
    prepare(dialog,
            writeFile(dir, u"old.txt"_s,
                      "12/03/2024, 09:16 - Priya: Old news\n"
                      "12/03/2024, 09:17 - Dana: Noted\n"));
    dialog.submit();
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 20000);
    QCOMPARE(imported.at(0).at(1).toInt(), 2);

    // A new export with "send to the webhooks": its message reaches the receiver.
    prepare(dialog,
            writeFile(dir, u"new.txt"_s,
                      "13/03/2024, 10:00 - Priya: Fresh news\n"
                      "13/03/2024, 10:01 - Dana: Thanks\n"));
    child<QCheckBox>(&dialog, u"deliverToWebhooks"_s)->setChecked(true);
    dialog.submit();
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 2, 20000);
    QCOMPARE(imported.at(1).at(1).toInt(), 2);
    QVERIFY(dialog.lastReport().deliveredToWebhooks);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.count(), 2, 20000);
    bool fresh = false;
    for (const ReceivedRequest &request : receiver.requests()) {
        const QString body = QString::fromStdString(request.body);
        QVERIFY2(!body.contains(u"Old news"_s), qPrintable(body)); // never delivered
        fresh = fresh || body.contains(u"Fresh news"_s);
    }
    QVERIFY(fresh);
}

void TestImportDialog::showsAccountsByNameAndFitsItsFields()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    harness.ingest(u"hello"_s); // account +14155550100 "Sales"
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ImportDialog dialog(harness.context());
    QSignalSpy setUp(&dialog, &ImportDialog::loaded);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The accounts may have loaded while the window was being exposed.
    QTRY_VERIFY_WITH_TIMEOUT(!setUp.isEmpty(), 20000);

    // The account by name and phone; the import gets the phone.
    auto *account = child<QComboBox>(&dialog, u"account"_s);
    QCOMPARE(comboItems(account), QStringList {u"Sales (+14155550100)"_s});
    account->setCurrentIndex(0);
    QCOMPARE(account->currentText(), u"Sales (+14155550100)"_s);
    QCOMPARE(dialog.options().accountPhone, u"+14155550100"_s);
    account->setCurrentText(u"+14155550199"_s); // a number typed
    QCOMPARE(dialog.options().accountPhone, u"+14155550199"_s);

    // Every placeholder whole.
    for (auto *edit : dialog.findChildren<QLineEdit *>()) {
        if (!edit->isVisible() || edit->placeholderText().isEmpty())
            continue;
        const QRect room = edit->rect().marginsRemoved(edit->textMargins());
        QVERIFY2(edit->fontMetrics().horizontalAdvance(edit->placeholderText()) < room.width() - 4,
                 qPrintable(edit->placeholderText()));
    }

    // Nothing between the file and the account until there is something to say.
    auto *file = child<QLineEdit>(&dialog, u"file"_s);
    const int gap = account->mapTo(&dialog, QPoint()).y()
        - (file->mapTo(&dialog, QPoint()).y() + file->height());
    QVERIFY2(gap < 2 * file->height(), qPrintable(QString::number(gap)));

    // Errors are sentences next to their field, and go once it is corrected.
    account->setCurrentText(QString());
    dialog.submit();
    auto *fileError = child<QLabel>(&dialog, u"fileError"_s);
    QVERIFY(fileError->isVisible());
    QCOMPARE(fileError->text(), u"Choose the exported chat file."_s);
    QTest::keyClicks(file, u"x"_s);
    QVERIFY(!fileError->isVisible());
    const QString path = writeFile(dir, u"chat.txt"_s, "12/03/2024, 09:16 - Priya: Hi\n");
    dialog.setFilePath(path);
    dialog.submit();
    auto *accountError = child<QLabel>(&dialog, u"accountError"_s);
    QVERIFY(accountError->isVisible());
    QCOMPARE(accountError->text(), u"Give the phone number of the account the chat belongs to."_s);
    QTest::keyClicks(account, u"+1"_s);
    QVERIFY(!accountError->isVisible());
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
