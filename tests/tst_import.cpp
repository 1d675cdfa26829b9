// Chat export import into the store: directions, attachments, re-import, webhooks on request,
// and the `hookline import` command of the real binary.
#include "chatexport/chatexportimporter.h"
#include "store/database.h"
#include "store/datadirectory.h"
#include "store/storeconnection.h"
#include "support/testzip.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

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
    void externalIdsStayAsEarlierReleasesMadeThem();
    void webhooksOnlyWhenAsked();
    void namesWithoutNumbersNeedThePeerPhone();
    void threeAuthorsMakeAGroup();
    void junkIsRefusedWithNothingStored();
    void commandLine();
    void tenThousandMessagesWithEveryCaseInOneRun();
    void everyLanguageImportsWhole_data();
    void everyLanguageImportsWhole();
    void referenceParserAgrees();

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
    if (!makeZip(out,
                 {u"WhatsApp Chat with Priya.txt="_s + chatFile,
                  u"IMG-20240313-WA0001.jpg="_s + imageFile}))
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

namespace {

// One message line of an iOS export in the Buddhist calendar ("[3/27/2565 BE, 21:41:35]").
QByteArray iosLine(int index, const QByteArray &author, const QByteArray &body, bool media = false)
{
    const QDateTime at
        = QDateTime(QDate(2022, 1, 1), QTime(8, 0), QTimeZone::utc()).addSecs(qint64(index) * 47);
    const QByteArray lrm = "\xE2\x80\x8E";
    return (media ? lrm : QByteArray()) + "[" + QByteArray::number(at.date().month()) + "/"
        + QByteArray::number(at.date().day()) + "/" + QByteArray::number(at.date().year() + 543)
        + " BE, " + at.time().toString(u"HH:mm:ss"_s).toLatin1() + "] " + author + ": " + body
        + "\r\n";
}

} // namespace

// The acceptance run: 10,000 messages with every case the parser knows, through the
// real binary, stored in one run; what cannot be a message is skipped and named by line.
// A re-import finds what an earlier release stored: the identity of a message naming a file is
// still the whole line as written, although its text is now only the caption.
void TestImport::externalIdsStayAsEarlierReleasesMadeThem()
{
    const QString file = write(u"WhatsApp Chat with Priya.txt"_s,
                               android
                                   + "13/03/2024, 18:04 - Priya: IMG-20240313-WA0002.jpg "
                                     "(file attached)\nThe red one\n");
    ChatExportImporter::Options options;
    options.accountPhone = u"+14155550100"_s;
    options.me = u"Dana"_s;
    options.peerPhone = u"+919800000001"_s;
    options.timeZone = u"Asia/Kolkata"_s;
    const auto report = ChatExportImporter::importFile(*m_store, file, options, 0);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    auto externalId = [](const QString &time, const QString &text) -> QString {
        const QString identity
            = u"+919800000001|2024-03-13T%1:00+05:30|Priya|"_s.arg(time) + text + u"|0"_s;
        return u"import:"_s
            + QString::fromLatin1(
                   QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256)
                       .toHex()
                       .left(40));
    };
    auto stored = [this](const QString &id) {
        return m_store->database->firstRow(
            u"SELECT text FROM messages WHERE external_id = ?"_s, {id},
            [](const QSqlQuery &q) { return q.value(0).toString(); });
    };
    QCOMPARE(stored(externalId(u"18:02"_s, u"IMG-20240313-WA0001.jpg (file attached)"_s)),
             std::optional<QString>(u"IMG-20240313-WA0001.jpg (file attached)"_s));
    QCOMPARE(
        stored(externalId(u"18:04"_s, u"IMG-20240313-WA0002.jpg (file attached)\nThe red one"_s)),
        std::optional<QString>(u"The red one"_s));
}

void TestImport::tenThousandMessagesWithEveryCaseInOneRun()
{
    const QByteArray lrm = "\xE2\x80\x8E";
    QByteArray chat = iosLine(0, "Priya",
                              lrm
                                  + "Messages and calls are end-to-end encrypted. No one "
                                    "outside of this chat, not even WhatsApp, can read or "
                                    "listen to them.");
    int messages = 0;
    int skipped = 0;
    int withoutFile = 0;
    int files = 0;
    int system = 1;
    QList<int> skippedLines;
    int line = 2;
    const QByteArray jpeg = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(500, 'j');
    for (int i = 1; messages + skipped < 10000; ++i) {
        const QByteArray author = i % 3 == 0 ? "Dana" : "Priya";
        QByteArray add;
        int lines = 1;
        switch (i % 16) {
        case 0:
            add = iosLine(i, author, "Line one of " + QByteArray::number(i) + "\r\nline two");
            lines = 2;
            ++messages;
            break;
        case 1: // placeholders in several languages, and one in a language not listed
            add = iosLine(i, author, lrm + "image omitted", true);
            ++messages, ++withoutFile;
            break;
        case 2:
            add = iosLine(i, author,
                          lrm
                              + "\xD0\xB2\xD0\xB8\xD0\xB4\xD0\xB5\xD0\xBE "
                                "\xD0\xBE\xD1\x82\xD1\x81\xD1\x83\xD1\x82\xD1\x81"
                                "\xD1\x82\xD0\xB2\xD1\x83\xD0\xB5\xD1\x82",
                          true); // "видео отсутствует"
            ++messages, ++withoutFile;
            break;
        case 3:
            add = iosLine(i, author,
                          lrm
                              + "\xC4\x91\xC3\xA3 b\xE1\xBB\x8F qua h\xC3\xACnh "
                                "\xE1\xBA\xA3nh",
                          true); // Vietnamese, not in the list
            ++messages, ++withoutFile;
            break;
        case 4: // a document with its name before the tag: the file is in the zip
            add = iosLine(i, author,
                          "Quote " + QByteArray::number(i) + ".pdf " + lrm
                              + "<attached: 00000001-PHOTO.jpg>",
                          true);
            ++messages, ++files;
            break;
        case 5: // a file the zip does not hold
            add = iosLine(i, author,
                          lrm + "<attached: 0000" + QByteArray::number(i) + "-AUDIO.opus>", true);
            ++messages, ++withoutFile;
            break;
        case 6:
            add = iosLine(i, author, lrm + "This message was deleted.");
            ++messages;
            break;
        case 7:
            add = iosLine(i, author, lrm + "Missed voice call");
            ++messages;
            break;
        case 8:
            add = iosLine(i, author, lrm + "Location: https://maps.google.com/?q=19.07,72.87");
            ++messages;
            break;
        case 9: // nothing to store: skipped and reported, the rest goes on
            add = iosLine(i, author, "");
            ++skipped;
            skippedLines << line;
            break;
        case 10:
            add = iosLine(i, "Priya",
                          lrm + lrm + "Your security code with Priya changed. " + lrm
                              + "Tap to learn more.");
            ++system;
            break;
        default:
            add = iosLine(i, author, "Message " + QByteArray::number(i) + " <b>not markup</b>");
            ++messages;
        }
        chat += add;
        line += lines;
    }
    const QString folder = m_dir->filePath(u"big"_s);
    QDir().mkpath(folder);
    const QString chatFile = write(u"big/_chat.txt"_s, chat);
    const QString image = write(u"big/photo.jpg"_s, jpeg);
    const QString file = m_dir->filePath(u"WhatsApp Chat - Priya.zip"_s);
    QVERIFY(makeZip(file, {u"_chat.txt="_s + chatFile, u"00000001-PHOTO.jpg="_s + image}));

    QProcess p;
    p.start(QStringLiteral(HOOKLINE_BINARY),
            {u"import"_s, u"--data-dir"_s, m_dir->filePath(u"big-data"_s), u"--account"_s,
             u"+14155550100"_s, u"--me"_s, u"Dana"_s, u"--peer-phone"_s, u"+919800000001"_s, file});
    QVERIFY(p.waitForFinished(600000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(out.contains(u"Buddhist calendar"_s), qPrintable(out.left(2000)));
    QVERIFY2(out.contains(u"messages stored: %1\n"_s.arg(messages)), qPrintable(out.left(2000)));
    QVERIFY2(out.contains(u"attachments stored: %1\n"_s.arg(files)), qPrintable(out.left(2000)));
    QVERIFY2(out.contains(u"media not in the export (stored as text): %1\n"_s.arg(withoutFile)),
             qPrintable(out.left(2000)));
    QVERIFY2(out.contains(u"system lines (skipped): %1\n"_s.arg(system)),
             qPrintable(out.left(2000)));
    QVERIFY2(out.contains(u"messages skipped: %1\n"_s.arg(skipped)), qPrintable(out.left(2000)));
    QVERIFY2(out.contains(u"  line %1: a message needs text or an attachment\n"_s.arg(
                 skippedLines.constFirst())),
             qPrintable(out.left(2000)));
    QVERIFY2(out.contains(u"lines not understood: 0\n"_s), qPrintable(out.left(2000)));

    // Converted to Gregorian dates; a document keeps its name as the caption beside the file.
    DataDirectory directory(m_dir->filePath(u"big-data"_s));
    QString error;
    const auto store
        = StoreConnection::open(directory.storeLocation(), directory.attachmentsPath(), &error);
    QVERIFY2(store, qPrintable(error));
    const auto first = store->database->firstRow(
        u"SELECT min(timestamp_ms), max(timestamp_ms) FROM messages"_s, {}, [](const QSqlQuery &q) {
            return std::pair(q.value(0).toLongLong(), q.value(1).toLongLong());
        });
    QVERIFY(first);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(first->first, QTimeZone::utc()).date().year(), 2022);
    const auto document = store->database->firstRow(
        u"SELECT text, attachment_filename FROM messages WHERE text = 'Quote 4.pdf'"_s, {},
        [](const QSqlQuery &q) { return q.value(1).toString(); });
    QCOMPARE(document.value_or(QString()), u"00000001-PHOTO.jpg"_s);
}

namespace {

// tests/data/chatexports/expected.tsv: what each hand-written export holds, counted by hand.
struct Expected
{
    QString file;
    bool ios = false;
    int messages = 0;
    int system = 0;
    int mediaOmitted = 0;
    int attachmentsNamed = 0;
    int skipped = 0;
    QString calendar;
};

QString exportsFolder()
{
    return QStringLiteral(HOOKLINE_TEST_DATA) + u"/chatexports"_s;
}

QList<Expected> expectedExports()
{
    QFile f(exportsFolder() + u"/expected.tsv"_s);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QList<Expected> list;
    f.readLine(); // the header
    while (!f.atEnd()) {
        const QStringList c = QString::fromUtf8(f.readLine()).trimmed().split(u'\t');
        if (c.size() != 8)
            continue;
        list.append({c[0], c[1] == u"ios"_s, c[2].toInt(), c[3].toInt(), c[4].toInt(), c[5].toInt(),
                     c[6].toInt(), c[7]});
    }
    return list;
}

} // namespace

void TestImport::everyLanguageImportsWhole_data()
{
    QTest::addColumn<Expected>("expected");
    const QList<Expected> all = expectedExports();
    QVERIFY(all.size() >= 27);
    for (const Expected &e : all)
        QTest::newRow(qPrintable(e.file)) << e;
}

// One export per language and platform: every message stored (media the export left out as
// their placeholder), notices as system lines, the empty message skipped and named.
void TestImport::everyLanguageImportsWhole()
{
    QFETCH(Expected, expected);
    ChatExportImporter::Options options;
    options.accountPhone = u"+14155550100"_s;
    options.peerPhone = u"+919800000001"_s;
    const auto report = ChatExportImporter::importFile(
        *m_store, exportsFolder() + u'/' + expected.file, options, 0);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.notUnderstoodCount, 0);
    QCOMPARE(report.messagesStored, expected.messages);
    QCOMPARE(report.systemLines, expected.system);
    // A .txt holds no files: named ones are missing too.
    QCOMPARE(report.mediaNotIncluded, expected.mediaOmitted + expected.attachmentsNamed);
    QCOMPARE(report.skippedMessages.size(), expected.skipped);
    const QString calendar = expected.calendar == u"buddhist"_s ? u"Buddhist calendar"_s
        : expected.calendar == u"japanese"_s                    ? u"Japanese calendar"_s
                                                                : QString();
    if (calendar.isEmpty())
        QVERIFY2(!report.format.contains(u"calendar"_s), qPrintable(report.format));
    else
        QVERIFY2(report.format.contains(calendar), qPrintable(report.format));
    // Every date converted to a Gregorian one this century.
    const auto years = m_store->database->firstRow(
        u"SELECT min(timestamp_ms), max(timestamp_ms) FROM messages"_s, {}, [](const QSqlQuery &q) {
            return std::pair(q.value(0).toLongLong(), q.value(1).toLongLong());
        });
    QVERIFY(years);
    QVERIFY(QDateTime::fromMSecsSinceEpoch(years->first, QTimeZone::utc()).date().year() >= 2015);
    QVERIFY(QDateTime::fromMSecsSinceEpoch(years->second, QTimeZone::utc()).date().year() <= 2026);
}

// The npm `whatsapp-chat-parser` as a second reader of the same files. It has no system lines
// on iOS (the notices iOS writes under a name count as messages for it) and stores an empty
// message; it cannot read dates with marks between their fields (Arabic) or era years (Japanese).
void TestImport::referenceParserAgrees()
{
    const QList<Expected> all = expectedExports();
    QStringList files;
    for (const Expected &e : all)
        files << exportsFolder() + u'/' + e.file;
    QProcess node;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"NODE_PATH"_s, QStringLiteral(HOOKLINE_JS_TOOLS) + u"/node_modules"_s);
    node.setProcessEnvironment(env);
    node.start(QStringLiteral(HOOKLINE_NODE),
               QStringList {QStringLiteral(HOOKLINE_JS_SOURCES) + u"/count-chat-messages.js"_s}
                   + files);
    QVERIFY(node.waitForFinished(60000));
    QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
    const QList<QByteArray> lines = node.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), all.size());
    const QStringList unreadable = {u"ar-ios.txt"_s, u"ar-android.txt"_s, u"ja-ios-era.txt"_s};
    int agree = 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Expected &e = all.at(i);
        const QJsonObject counted = QJsonDocument::fromJson(lines.at(i)).object();
        const int messages = counted[u"messages"].toInt();
        const int system = counted[u"system"].toInt();
        if (unreadable.contains(e.file)) {
            QCOMPARE(messages + system, 0);
            continue;
        }
        const int theirMessages = e.messages + e.skipped + (e.ios ? e.system : 0);
        const int theirSystem = e.ios ? 0 : e.system;
        QVERIFY2(messages == theirMessages && system == theirSystem,
                 qPrintable(u"%1: reference %2/%3, expected %4/%5"_s.arg(e.file)
                                .arg(messages)
                                .arg(system)
                                .arg(theirMessages)
                                .arg(theirSystem)));
        ++agree;
    }
    qInfo("whatsapp-chat-parser agrees on %d of %d exports; %d it cannot read", agree,
          int(all.size()), int(unreadable.size()));
}

QTEST_MAIN(TestImport)
#include "tst_import.moc"
