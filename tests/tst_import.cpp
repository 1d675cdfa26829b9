// Chat export import into the store: directions, attachments, re-import, webhooks on request,
// and the `hookline import` command of the real binary.
#include "runtime/storeconnection.h"
#include "sources/chatexportimporter.h"
#include "store/database.h"
#include "store/datadirectory.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hookline;

namespace {

const QByteArray android = "12/03/2024, 09:15 - Messages and calls are end-to-end encrypted.\n"
                           "12/03/2024, 09:16 - Priya: Hi! Is the <b>blue</b> shirt in stock?\n"
                           "12/03/2024, 09:17 - Dana: Yes, in M and L.\n"
                           "It ships today.\n"
                           "13/03/2024, 18:02 - Priya: IMG-20240313-WA0001.jpg (file attached)\n"
                           "13/03/2024, 18:03 - Priya: Thanks!\n";

int count(StoreConnection &store, const QString &sql)
{
    QSqlQuery q = store.database->execDirect(sql);
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void importsDirectionsAndAttachments();
    void reimportAddsNothing();
    void webhooksOnlyWhenAsked();
    void namesWithoutNumbersNeedThePeerPhone();
    void threeAuthorsMakeAGroup();
    void junkIsRefusedWithNothingStored();
    void commandLine();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QString zip(const QString &name, const QByteArray &chat, const QByteArray &image);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoreConnection> m_store;
};

void TestImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    DataDirectory directory(m_dir->filePath(u"data"_s));
    QString error;
    QVERIFY2(directory.prepare(&error), qPrintable(error));
    m_store = StoreConnection::open(directory.storeLocation(), directory.attachmentsPath(), &error);
    QVERIFY2(m_store, qPrintable(error));
}

void TestImport::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestImport::write(const QString &name, const QByteArray &bytes)
{
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

QString TestImport::zip(const QString &name, const QByteArray &chat, const QByteArray &image)
{
    const QString folder = m_dir->filePath(u"zip-src"_s);
    QDir().mkpath(folder);
    const QString chatFile = write(u"zip-src/WhatsApp Chat with Priya.txt"_s, chat);
    const QString imageFile = write(u"zip-src/IMG-20240313-WA0001.jpg"_s, image);
    const QString out = m_dir->filePath(name);
    QProcess python;
    python.start(u"python3"_s, {u"-m"_s, u"zipfile"_s, u"-c"_s, out, chatFile, imageFile});
    if (!python.waitForFinished(30000) || python.exitCode() != 0)
        return {};
    return out;
}

void TestImport::importsDirectionsAndAttachments()
{
    const QByteArray jpeg = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(2000, 'j');
    const QString file = zip(u"export.zip"_s, android, jpeg);
    QVERIFY(!file.isEmpty());
    ChatExportImporter::Options options;
    options.accountPhone = u"+14155550100"_s;
    options.me = u"Dana"_s;
    options.peerPhone = u"+919800000001"_s;
    options.timeZone = u"Asia/Kolkata"_s;
    const auto report = ChatExportImporter::importFile(*m_store, file, options, 0);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.messagesStored, 4);
    QCOMPARE(report.systemLines, 1);
    QCOMPARE(report.attachmentsStored, 1);
    QCOMPARE(report.linesRead, 6);
    QVERIFY2(report.format.contains(u"Android"_s), qPrintable(report.format));

    const auto chat = m_store->messages->chat(report.chatId);
    QVERIFY(chat);
    QCOMPARE(chat->phone, u"+919800000001"_s);
    QCOMPARE(chat->fullName, u"Priya"_s);
    const auto messages = m_store->messages->chatMessages(report.chatId);
    QCOMPARE(messages.size(), 4);
    QCOMPARE(messages.at(0).direction, Direction::Received);
    QCOMPARE(messages.at(0).text, u"Hi! Is the <b>blue</b> shirt in stock?"_s);
    // 09:16 in Kolkata is 03:46 UTC.
    QCOMPARE(messages.at(0).timestamp.toUTC().time(), QTime(3, 46));
    QCOMPARE(messages.at(1).direction, Direction::Sent);
    QCOMPARE(messages.at(1).text, u"Yes, in M and L.\nIt ships today."_s);
    QCOMPARE(messages.at(1).sender.phone, u"+14155550100"_s);
    QVERIFY(messages.at(2).attachment);
    QCOMPARE(messages.at(2).attachment->fileName, u"IMG-20240313-WA0001.jpg"_s);
    QCOMPARE(messages.at(2).attachment->mimeType, u"image/jpeg"_s);
    QCOMPARE(m_store->attachments->read(messages.at(2).attachment->sha256), jpeg);
    QCOMPARE(messages.at(3).source, u"import"_s);
}

void TestImport::reimportAddsNothing()
{
    const QString file = write(u"WhatsApp Chat with Priya.txt"_s, android);
    ChatExportImporter::Options options;
    options.accountPhone = u"+14155550100"_s;
    options.me = u"Dana"_s;
    options.peerPhone = u"+919800000001"_s;
    QCOMPARE(ChatExportImporter::importFile(*m_store, file, options, 0).messagesStored, 4);
    const auto again = ChatExportImporter::importFile(*m_store, file, options, 0);
    QVERIFY(again.error.isEmpty());
    QCOMPARE(again.messagesStored, 0);
    QCOMPARE(again.duplicates, 4);
    QCOMPARE(count(*m_store, u"SELECT count(*) FROM messages"_s), 4);
    // A later, longer export of the same chat adds only what is new.
    const QString longer
        = write(u"longer.txt"_s, android + "14/03/2024, 08:00 - Priya: One more question\n");
    const auto more = ChatExportImporter::importFile(*m_store, longer, options, 0);
    QCOMPARE(more.messagesStored, 1);
    QCOMPARE(more.duplicates, 4);
}

void TestImport::webhooksOnlyWhenAsked()
{
    Webhook w;
    w.url = u"http://127.0.0.1:9/hook"_s;
    m_store->webhooks->create(w, 0);
    const QString file = write(u"chat.txt"_s, android);
    ChatExportImporter::Options options;
    options.accountPhone = u"+14155550100"_s;
    options.peerPhone = u"+919800000001"_s;
    const auto quiet = ChatExportImporter::importFile(*m_store, file, options, 0);
    QCOMPARE(quiet.messagesStored, 4);
    QVERIFY(!quiet.deliveredToWebhooks);
    QCOMPARE(count(*m_store, u"SELECT count(*) FROM deliveries"_s), 0);

    options.deliverToWebhooks = true;
    const QString other = write(u"other.txt"_s, "15/03/2024, 10:00 - Priya: New day\n");
    const auto loud = ChatExportImporter::importFile(*m_store, other, options, 0);
    QCOMPARE(loud.messagesStored, 1);
    QVERIFY(loud.deliveredToWebhooks);
    QCOMPARE(count(*m_store, u"SELECT count(*) FROM deliveries WHERE state = 'pending'"_s), 1);
}

void TestImport::namesWithoutNumbersNeedThePeerPhone()
{
    const QString file = write(u"chat.txt"_s, android);
    ChatExportImporter::Options options;
    options.accountPhone = u"+14155550100"_s;
    options.me = u"Dana"_s;
    const auto refused = ChatExportImporter::importFile(*m_store, file, options, 0);
    QVERIFY(refused.error.contains(u"\"Priya\""_s));
    QVERIFY(refused.error.contains(u"peer-phone"_s));
    QCOMPARE(count(*m_store, u"SELECT count(*) FROM messages"_s), 0);

    // An unsaved contact appears as a number, which is enough.
    const QString numbered
        = write(u"numbered.txt"_s,
                "01/02/2024, 10:00 - +91 98000 00002: Hello\n01/02/2024, 10:01 - Dana: Hi\n");
    const auto ok = ChatExportImporter::importFile(*m_store, numbered, options, 0);
    QVERIFY2(ok.error.isEmpty(), qPrintable(ok.error));
    QCOMPARE(m_store->messages->chat(ok.chatId)->phone, u"+919800000002"_s);

    options.me = u"Nobody"_s;
    const auto wrongMe = ChatExportImporter::importFile(*m_store, numbered, options, 0);
    QVERIFY(wrongMe.error.contains(u"\"Nobody\" wrote nothing"_s));
}

void TestImport::threeAuthorsMakeAGroup()
{
    const QString file = write(u"WhatsApp Chat with Shop team.txt"_s,
                               "01/02/2024, 10:00 - Asha: Stock arrived\n"
                               "01/02/2024, 10:01 - Ravi: Great\n"
                               "01/02/2024, 10:02 - Dana: Thanks both\n");
    ChatExportImporter::Options options;
    options.accountPhone = u"+14155550100"_s;
    options.me = u"Dana"_s;
    const auto report = ChatExportImporter::importFile(*m_store, file, options, 0);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    const auto chat = m_store->messages->chat(report.chatId);
    QVERIFY(chat->isGroup);
    QCOMPARE(chat->fullName, u"Shop team"_s);
    QCOMPARE(report.authors, (QStringList {u"Asha"_s, u"Ravi"_s, u"Dana"_s}));
}

void TestImport::junkIsRefusedWithNothingStored()
{
    ChatExportImporter::Options options;
    options.accountPhone = u"+14155550100"_s;
    QByteArray junk(100000, Qt::Uninitialized);
    for (int i = 0; i < junk.size(); ++i)
        junk[i] = char((i * 7919) % 251);
    const auto report
        = ChatExportImporter::importFile(*m_store, write(u"junk.txt"_s, junk), options, 0);
    QVERIFY(!report.error.isEmpty());
    QVERIFY(report.error.contains(u"no WhatsApp messages"_s));
    const auto empty
        = ChatExportImporter::importFile(*m_store, write(u"empty.txt"_s, {}), options, 0);
    QVERIFY(!empty.error.isEmpty());
    options.timeZone = u"Mars/Olympus"_s;
    QVERIFY(ChatExportImporter::importFile(*m_store, write(u"a.txt"_s, android), options, 0)
                .error.contains(u"Mars/Olympus"_s));
    QCOMPARE(count(*m_store, u"SELECT count(*) FROM messages"_s), 0);
}

void TestImport::commandLine()
{
    const QString file = write(u"WhatsApp Chat with Priya.txt"_s, android);
    const QString data = m_dir->filePath(u"cli"_s);
    auto run = [&](const QStringList &args, QString *out) {
        QProcess p;
        p.start(QStringLiteral(HOOKLINE_BINARY), args);
        p.waitForFinished(60000);
        *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode();
    };
    QString out;
    const QStringList args = {u"import"_s,      u"--data-dir"_s,   data,
                              u"--account"_s,   u"+14155550100"_s, u"--me"_s,
                              u"Dana"_s,        u"--peer-phone"_s, u"+919800000001"_s,
                              u"--time-zone"_s, u"Asia/Kolkata"_s, file};
    QCOMPARE(run(args, &out), 0);
    QVERIFY2(out.contains(u"messages stored: 4"_s), qPrintable(out));
    QVERIFY2(out.contains(u"Android"_s), qPrintable(out));
    QCOMPARE(run(args, &out), 0);
    QVERIFY2(out.contains(u"messages stored: 0"_s)
                 && out.contains(u"already stored (skipped): 4"_s),
             qPrintable(out));
    QCOMPARE(run({u"import"_s, u"--data-dir"_s, data, file}, &out), 2);
    QVERIFY2(out.contains(u"--account"_s), qPrintable(out));
    QCOMPARE(run({u"import"_s, u"--data-dir"_s, data, u"--account"_s, u"+1"_s,
                  m_dir->filePath(u"missing.zip"_s)},
                 &out),
             1);
    QVERIFY2(out.contains(u"missing.zip"_s), qPrintable(out));
}

QTEST_MAIN(TestImport)
#include "tst_import.moc"
