#include "chatexport/chatexportarchive.h"
#include "chatexport/chatexportparser.h"
#include "store/messagestore.h"
#include "support/testzip.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace hookline;
using namespace Qt::StringLiterals;
namespace Parser = hookline::ChatExportParser;
namespace Archive = hookline::ChatExportArchive;

namespace {

// The invisible characters WhatsApp writes, spelled out so the exports below stay readable.
#define LRM "\u200E"
#define RLM "\u200F"
#define NNBSP "\u202F"
#define NBSP "\u00A0"

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

QTime t(int h, int m, int s = 0)
{
    return QTime(h, m, s);
}

void checkEntry(const Parser::Entry &e, int line, QDate date, QTime time, const QString &author,
                const QString &text, bool system = false)
{
    QCOMPARE(e.lineNumber, line);
    QCOMPARE(e.date, date);
    QCOMPARE(e.time, time);
    QCOMPARE(e.author, author);
    QCOMPARE(e.text, text);
    QCOMPARE(e.system, system);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Rewrites the uncompressed size that a zip's local and central headers declare for `name`, so
// the reader is lied to the way a crafted bomb lies.
bool lieAboutSize(const QString &zipPath, const QByteArray &name, quint32 declared)
{
    QFile f(zipPath);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    QByteArray z = f.readAll();
    auto put32 = [&](qsizetype at, quint32 v) {
        for (int i = 0; i < 4; ++i)
            z[at + i] = char((v >> (8 * i)) & 0xff);
    };
    auto get16 = [&](qsizetype at) {
        return int(quint8(z[at])) | (int(quint8(z[at + 1])) << 8);
    };
    int patched = 0;
    for (qsizetype i = z.indexOf("PK\x03\x04"); i >= 0; i = z.indexOf("PK\x03\x04", i + 4)) {
        if (i + 30 <= z.size() && z.mid(i + 30, get16(i + 26)) == name) {
            put32(i + 22, declared);
            ++patched;
        }
    }
    for (qsizetype i = z.indexOf("PK\x01\x02"); i >= 0; i = z.indexOf("PK\x01\x02", i + 4)) {
        if (i + 46 <= z.size() && z.mid(i + 46, get16(i + 28)) == name) {
            put32(i + 24, declared);
            ++patched;
        }
    }
    f.seek(0);
    return patched == 2 && f.write(z) == z.size();
}

const char androidExport[]
    = "31/01/2024, 14:05 - Messages and calls are end-to-end encrypted. No one outside of this "
      "chat, not even WhatsApp, can read or listen to them. Tap to learn more.\n"
      "31/01/2024, 14:05 - Alice: Hello\n"
      "31/01/2024, 14:06 - Bob Smith: Time: 10 o'clock, ok?\n"
      "01/02/2024, 09:00 - Alice: <Media omitted>\n"
      "01/02/2024, 09:01 - Alice: IMG-20240201-WA0001.jpg (file attached)\n"
      "Look at this\n"
      "01/02/2024, 09:02 - Bob Smith changed the group description\n"
      "01/02/2024, 09:03 - <b>Eve</b>: <i>not markup</i>\n";

} // namespace

class TestChatExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void android24Hour()
    {
        const auto r = Parser::parse(androidExport);
        QCOMPARE(r.linesRead, 8);
        QCOMPARE(r.notUnderstoodCount, 0);
        QCOMPARE(r.format.platform, Parser::Platform::Android);
        QCOMPARE(r.format.order, Parser::DateOrder::DayMonthYear);
        QVERIFY(r.format.dayFirst);
        QVERIFY(!r.format.orderAmbiguous);
        QCOMPARE(r.format.yearDigits, 4);
        QCOMPARE(r.format.separator, u'/');
        QCOMPARE(r.format.clockHours, 24);
        QCOMPARE(r.format.description, u"Android, DD/MM/YYYY, 24-hour"_s);
        QCOMPARE(r.entries.size(), 7);
        checkEntry(r.entries[0], 1, d(2024, 1, 31), t(14, 5), {},
                   u"Messages and calls are end-to-end encrypted. No one outside of this chat, "
                   "not even WhatsApp, can read or listen to them. Tap to learn more."_s,
                   true);
        checkEntry(r.entries[1], 2, d(2024, 1, 31), t(14, 5), u"Alice"_s, u"Hello"_s);
        // Only the first ": " ends the name.
        checkEntry(r.entries[2], 3, d(2024, 1, 31), t(14, 6), u"Bob Smith"_s,
                   u"Time: 10 o'clock, ok?"_s);
        checkEntry(r.entries[3], 4, d(2024, 2, 1), t(9, 0), u"Alice"_s, u"<Media omitted>"_s);
        QVERIFY(r.entries[3].mediaOmitted);
        QVERIFY(!r.entries[3].attachmentName);
        // The caption follows on the next line.
        checkEntry(r.entries[4], 5, d(2024, 2, 1), t(9, 1), u"Alice"_s, u"Look at this"_s);
        QCOMPARE(r.entries[4].attachmentName, u"IMG-20240201-WA0001.jpg"_s);
        QCOMPARE(r.entries[4].attachmentLine, u"IMG-20240201-WA0001.jpg (file attached)"_s);
        QVERIFY(!r.entries[4].mediaOmitted);
        checkEntry(r.entries[5], 7, d(2024, 2, 1), t(9, 2), {},
                   u"Bob Smith changed the group description"_s, true);
        checkEntry(r.entries[6], 8, d(2024, 2, 1), t(9, 3), u"<b>Eve</b>"_s,
                   u"<i>not markup</i>"_s);
        for (const auto &e : r.entries)
            QVERIFY(!e.truncated);
    }

    void android12HourWithNarrowSpaces()
    {
        const auto r = Parser::parse("1/31/24, 2:05" NNBSP "PM - Alice: Hi\n"
                                     "1/31/24, 11:59" NNBSP "PM - Bob: late\n"
                                     "2/1/24, 12:00" NNBSP "AM - Alice: midnight\n"
                                     "2/1/24, 12:30" NBSP "p.m. - Bob: noon\n"
                                     "2/1/24, 9:15 a. m. - Bob: Spanish style\n"
                                     "2/1/24, 12:00" NNBSP "pm - Bob: lower case\n");
        QCOMPARE(r.format.description, u"Android, MM/DD/YY, 12-hour"_s);
        QVERIFY(!r.format.dayFirst);
        QCOMPARE(r.format.yearDigits, 2);
        QCOMPARE(r.notUnderstoodCount, 0);
        QCOMPARE(r.entries.size(), 6);
        checkEntry(r.entries[0], 1, d(2024, 1, 31), t(14, 5), u"Alice"_s, u"Hi"_s);
        checkEntry(r.entries[1], 2, d(2024, 1, 31), t(23, 59), u"Bob"_s, u"late"_s);
        checkEntry(r.entries[2], 3, d(2024, 2, 1), t(0, 0), u"Alice"_s, u"midnight"_s);
        checkEntry(r.entries[3], 4, d(2024, 2, 1), t(12, 30), u"Bob"_s, u"noon"_s);
        checkEntry(r.entries[4], 5, d(2024, 2, 1), t(9, 15), u"Bob"_s, u"Spanish style"_s);
        checkEntry(r.entries[5], 6, d(2024, 2, 1), t(12, 0), u"Bob"_s, u"lower case"_s);
    }

    void iosBracketsAndMarks()
    {
        const auto r = Parser::parse(
            LRM "[31.01.24, 14:05:09] Team: " LRM
                "Messages and calls are end-to-end encrypted. No one outside of this chat, not "
                "even WhatsApp, can read or listen to them.\n"
                "[31.01.24, 14:05:10] Alice: Hello\n" LRM "[31.01.24, 14:06:00] Alice: " LRM
                "<attached: 00000012-PHOTO-2024-01-31-14-06-00.jpg>\n" LRM
                "[31.01.24, 14:07:00] Bob: " LRM "image omitted\n"
                "[31.01.24, 14:08:00] " LRM "Bob: two\n"
                "lines\n"
                "[31.01.24, 14:09:00] Team: " LRM "Alice added Carol\n" LRM
                "[01.02.24, 08:00:00] Bob: " LRM "This message was deleted.\n" LRM
                "[01.02.24, 08:01:00] Alice: " LRM "report.pdf • 3 pages " LRM "document omitted\n"
                "[01.02.24, 08:02:00] " RLM "Dana" RLM ": " RLM "שלום\n");
        QCOMPARE(r.format.description, u"iOS, DD.MM.YY, 24-hour"_s);
        QVERIFY(r.format.seconds);
        QCOMPARE(r.format.separator, u'.');
        QCOMPARE(r.notUnderstoodCount, 0);
        QCOMPARE(r.linesRead, 10);
        QCOMPARE(r.entries.size(), 9);
        checkEntry(r.entries[0], 1, d(2024, 1, 31), t(14, 5, 9), {},
                   u"Messages and calls are end-to-end encrypted. No one outside of this chat, "
                   "not even WhatsApp, can read or listen to them."_s,
                   true);
        checkEntry(r.entries[1], 2, d(2024, 1, 31), t(14, 5, 10), u"Alice"_s, u"Hello"_s);
        // An attachment's text is its caption; the tag is kept for when the file is missing.
        checkEntry(r.entries[2], 3, d(2024, 1, 31), t(14, 6), u"Alice"_s, QString());
        QCOMPARE(r.entries[2].attachmentName, u"00000012-PHOTO-2024-01-31-14-06-00.jpg"_s);
        QCOMPARE(r.entries[2].attachmentLine,
                 u"<attached: 00000012-PHOTO-2024-01-31-14-06-00.jpg>"_s);
        checkEntry(r.entries[3], 4, d(2024, 1, 31), t(14, 7), u"Bob"_s, u"image omitted"_s);
        QVERIFY(r.entries[3].mediaOmitted);
        checkEntry(r.entries[4], 5, d(2024, 1, 31), t(14, 8), u"Bob"_s, u"two\nlines"_s);
        checkEntry(r.entries[5], 7, d(2024, 1, 31), t(14, 9), {}, u"Alice added Carol"_s, true);
        // A deleted message keeps its author although iOS leads it with a mark.
        checkEntry(r.entries[6], 8, d(2024, 2, 1), t(8, 0), u"Bob"_s,
                   u"This message was deleted."_s);
        QVERIFY(r.entries[7].mediaOmitted);
        QCOMPARE(r.entries[7].author, u"Alice"_s);
        checkEntry(r.entries[8], 10, d(2024, 2, 1), t(8, 2), u"Dana"_s, u"שלום"_s);
    }

    // Arabic iOS: marks inside the date, the Arabic comma, Arabic-Indic digits and م for PM.
    void arabicDigitsMarksAndComma()
    {
        const auto r
            = Parser::parse(u"[\u0662\u0667\u200F/\u0663\u200F/\u0662\u0660\u0662\u0662\u060C "
                            "\u0669:\u0664\u0661:\u0663\u0665 \u0645] Dmitry: Hello\r\n"
                            "\u200F[\u200F28\u200F/3\u200F/2022\u060C 09:00:00] Dmitry: \u200F"
                            "\u0644\u0645 \u064A\u062A\u0645 \u0625\u062F\u0631\u0627\u062C "
                            "\u0627\u0644\u0635\u0648\u0631\u0629\r\n"_s.toUtf8());
        QCOMPARE(r.notUnderstoodCount, 0);
        QCOMPARE(r.entries.size(), 2);
        checkEntry(r.entries[0], 1, d(2022, 3, 27), t(21, 41, 35), u"Dmitry"_s, u"Hello"_s);
        // "لم يتم إدراج الصورة": the image was left out.
        QVERIFY(r.entries[1].mediaOmitted);
        QVERIFY(!r.entries[1].system);
    }

    // A tag is a file only where WhatsApp marks it: a message that ends in one is text.
    void textEndingInATagIsText()
    {
        const auto r = Parser::parse("[31.01.24, 14:05:09] Alice: Let's meet <time: 10.30>\n"
                                     "31/01/2024, 14:06 - Bob: see <note: a.b>\n");
        QCOMPARE(r.entries.size(), 2);
        QCOMPARE(r.entries[0].text, u"Let's meet <time: 10.30>"_s);
        QVERIFY(!r.entries[0].attachmentName);
        QCOMPARE(r.entries[1].text, u"see <note: a.b>"_s);
        QVERIFY(!r.entries[1].attachmentName);
    }

    void ios12HourUs()
    {
        const auto r = Parser::parse("[1/31/24, 2:05:09" NNBSP "PM] Alice: Hi\n"
                                     "[2/1/24, 12:00:00" NNBSP "AM] Bob: " LRM
                                     "<attached: 00000013-AUDIO-2024-02-01-00-00-00.opus>\n");
        QCOMPARE(r.format.description, u"iOS, MM/DD/YY, 12-hour"_s);
        QCOMPARE(r.entries.size(), 2);
        checkEntry(r.entries[0], 1, d(2024, 1, 31), t(14, 5, 9), u"Alice"_s, u"Hi"_s);
        QCOMPARE(r.entries[1].time, t(0, 0));
        QCOMPARE(r.entries[1].attachmentName, u"00000013-AUDIO-2024-02-01-00-00-00.opus"_s);
    }

    void oldIosWithoutBrackets()
    {
        const auto r = Parser::parse("31/01/2024, 14:05:09: Alice: Hi\n");
        QCOMPARE(r.format.platform, Parser::Platform::Ios);
        QCOMPARE(r.entries.size(), 1);
        checkEntry(r.entries[0], 1, d(2024, 1, 31), t(14, 5, 9), u"Alice"_s, u"Hi"_s);
    }

    void dashesAndYearFirst()
    {
        auto r = Parser::parse("2024-01-31, 14:05 - Alice: hi\n2024-02-01 09:00 - Bob: hello\n");
        QCOMPARE(r.format.description, u"Android, YYYY-MM-DD, 24-hour"_s);
        QCOMPARE(r.entries.size(), 2);
        checkEntry(r.entries[0], 1, d(2024, 1, 31), t(14, 5), u"Alice"_s, u"hi"_s);
        checkEntry(r.entries[1], 2, d(2024, 2, 1), t(9, 0), u"Bob"_s, u"hello"_s);

        r = Parser::parse("31-01-2024 14:05 - Alice: hi\n");
        QCOMPARE(r.format.description, u"Android, DD-MM-YYYY, 24-hour"_s);
        checkEntry(r.entries[0], 1, d(2024, 1, 31), t(14, 5), u"Alice"_s, u"hi"_s);
    }

    void crlfBomAndMultiLine()
    {
        const auto r = Parser::parse("\xEF\xBB\xBF"
                                     "31/01/2024, 14:05 - Alice: first line\r\n"
                                     "second line\r\n"
                                     "\r\n"
                                     "fourth line\r\n"
                                     "\r\n"
                                     "31/01/2024, 14:06 - Bob: one\r\n");
        QCOMPARE(r.linesRead, 6);
        QCOMPARE(r.notUnderstoodCount, 0);
        QCOMPARE(r.entries.size(), 2);
        checkEntry(r.entries[0], 1, d(2024, 1, 31), t(14, 5), u"Alice"_s,
                   u"first line\nsecond line\n\nfourth line"_s);
        checkEntry(r.entries[1], 6, d(2024, 1, 31), t(14, 6), u"Bob"_s, u"one"_s);
    }

    void orderFromTheWholeFile_data()
    {
        QTest::addColumn<bool>("dayFirst");
        QTest::newRow("day first") << true;
        QTest::newRow("month first") << false;
    }

    // Only line 40 has a field past 12, yet it decides how line 1 is read.
    void orderFromTheWholeFile()
    {
        QFETCH(bool, dayFirst);
        QByteArray text;
        for (int i = 1; i < 40; ++i)
            text += "05/01/2024, 10:" + QByteArray::number(10 + i) + " - Alice: m\n";
        text
            += dayFirst ? "13/01/2024, 10:00 - Alice: late\n" : "01/13/2024, 10:00 - Alice: late\n";
        const auto r = Parser::parse(text);
        QCOMPARE(r.entries.size(), 40);
        QCOMPARE(r.format.dayFirst, dayFirst);
        QVERIFY(!r.format.orderAmbiguous);
        QCOMPARE(r.entries[0].date, dayFirst ? d(2024, 1, 5) : d(2024, 5, 1));
        QCOMPARE(r.entries[39].date, d(2024, 1, 13));
    }

    void orderFromSequenceAndFallback()
    {
        // Read day first, 12 January then 1 February stay in order; month first they would not.
        auto r = Parser::parse("12/01/24, 10:00 - A: x\n01/02/24, 10:00 - A: y\n");
        QVERIFY(r.format.orderAmbiguous);
        QVERIFY(r.format.dayFirst);
        QCOMPARE(r.entries[1].date, d(2024, 2, 1));
        QVERIFY(r.format.description.contains(u"message order"_s));

        r = Parser::parse("01/12/24, 10:00 - A: x\n02/01/24, 10:00 - A: y\n");
        QVERIFY(r.format.orderAmbiguous);
        QVERIFY(!r.format.dayFirst);
        QCOMPARE(r.entries[1].date, d(2024, 2, 1));

        // Nothing decides: day first, and the report says so.
        r = Parser::parse("05/05/24, 10:00 - A: x\n");
        QVERIFY(r.format.orderAmbiguous);
        QVERIFY(r.format.dayFirst);
        QVERIFY(r.format.description.contains(u"ambiguous"_s));
    }

    void linesNotUnderstood()
    {
        const auto r = Parser::parse("Chat header nobody asked for\n"
                                     "\n"
                                     "31/01/2024, 14:05 - Alice: Hello\n"
                                     "31/02/2024, 14:05 - Alice: no such day\n"
                                     "continuation of a line not understood\n"
                                     "31/01/2024, 25:05 - Alice: no such hour\n"
                                     "31/01/2024, 14:07 - Alice: fine again\n");
        QCOMPARE(r.linesRead, 7);
        QCOMPARE(r.entries.size(), 2);
        QCOMPARE(r.entries[0].text, u"Hello"_s);
        QCOMPARE(r.entries[1].text, u"fine again"_s);
        // After a line not understood, what follows joins no earlier message.
        QCOMPARE(r.notUnderstoodCount, 4);
        QCOMPARE(r.notUnderstood.size(), 4);
        QCOMPARE(r.notUnderstood[0].lineNumber, 1);
        QCOMPARE(r.notUnderstood[0].text, u"Chat header nobody asked for"_s);
        QCOMPARE(r.notUnderstood[1].lineNumber, 4);
        QCOMPARE(r.notUnderstood[2].lineNumber, 5);
        QCOMPARE(r.notUnderstood[3].lineNumber, 6);
    }

    void junkAndEmpty()
    {
        auto r = Parser::parse({});
        QCOMPARE(r.linesRead, 0);
        QVERIFY(r.entries.isEmpty());
        QCOMPARE(r.format.platform, Parser::Platform::Unknown);
        QCOMPARE(r.format.description, u"not a WhatsApp chat export"_s);

        QByteArray junk(1 << 20, Qt::Uninitialized);
        QRandomGenerator rng(7);
        for (char &c : junk)
            c = char(rng.bounded(256));
        r = Parser::parse(junk);
        QVERIFY(r.linesRead > 1000);
        QVERIFY(r.entries.isEmpty());
        QVERIFY(r.notUnderstoodCount > Parser::maxReportedLines);
        QCOMPARE(r.notUnderstood.size(), Parser::maxReportedLines);
        for (const auto &n : r.notUnderstood)
            QVERIFY(n.text.size() <= Parser::maxReportedLineLength);

        // One huge line with no newline.
        r = Parser::parse(QByteArray(8 << 20, 'x'));
        QCOMPARE(r.linesRead, 1);
        QCOMPARE(r.notUnderstood.size(), 1);
        QCOMPARE(r.notUnderstood[0].text.size(), Parser::maxReportedLineLength);
    }

    void longMessageIsTruncated()
    {
        QByteArray text = "31/01/2024, 14:05 - Alice: start\n";
        text += QByteArray(MessageStore::maxTextLength, 'x') + '\n';
        text += "more\n31/01/2024, 14:06 - Bob: next\n";
        const auto r = Parser::parse(text);
        QCOMPARE(r.entries.size(), 2);
        QVERIFY(r.entries[0].truncated);
        QCOMPARE(r.entries[0].text.size(), MessageStore::maxTextLength);
        QVERIFY(r.entries[0].text.startsWith(u"start\nxxx"_s));
        QVERIFY(!r.entries[1].truncated);
        QCOMPARE(r.entries[1].text, u"next"_s);
    }

    void halfAMillionLines()
    {
        QByteArray text;
        text.reserve(500000 * 40);
        for (int i = 0; i < 500000; ++i) {
            if (i % 5 == 4)
                text += "and a second line\n";
            else
                text += "1/" + QByteArray::number(1 + (i / 20000) % 28)
                    + "/24, 9:15" NNBSP "PM - Alice: message " + QByteArray::number(i) + '\n';
        }
        const auto r = Parser::parse(text);
        QCOMPARE(r.linesRead, 500000);
        QCOMPARE(r.entries.size(), 400000);
        QCOMPARE(r.notUnderstoodCount, 0);
        QCOMPARE(r.entries.last().text, u"message 499998\nand a second line"_s);
        QCOMPARE(r.entries.last().lineNumber, 499999);
        QCOMPARE(r.format.description, u"Android, MM/DD/YY, 12-hour"_s);
    }

    // --- archives ---

    void plainTextFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"WhatsApp Chat with Alice.txt"_s);
        QVERIFY(writeFile(path, androidExport));
        const auto r = Archive::read(path);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.chatText, QByteArray(androidExport));
        QCOMPARE(r.chatFileName, u"WhatsApp Chat with Alice.txt"_s);
        QVERIFY(r.attachments.isEmpty());
    }

    void goodZip()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"chat.txt"_s), androidExport));
        QVERIFY(writeFile(dir.filePath(u"img.jpg"_s), QByteArray("\xFF\xD8\xFF jpeg bytes")));
        QVERIFY(writeFile(dir.filePath(u"notes.txt"_s), QByteArray("a text document")));
        const QString zip = dir.filePath(u"export.zip"_s);
        QVERIFY(makeZip(zip,
                        {u"WhatsApp Chat with Alice.txt="_s + dir.filePath(u"chat.txt"_s),
                         u"IMG-20240201-WA0001.jpg="_s + dir.filePath(u"img.jpg"_s),
                         u"docs/notes.txt="_s + dir.filePath(u"notes.txt"_s)}));
        const auto r = Archive::read(zip);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.chatFileName, u"WhatsApp Chat with Alice.txt"_s);
        QCOMPARE(r.chatText, QByteArray(androidExport));
        QCOMPARE(r.attachments.size(), 2);
        QCOMPARE(r.attachments.value(u"IMG-20240201-WA0001.jpg"_s),
                 QByteArray("\xFF\xD8\xFF jpeg bytes"));
        QCOMPARE(r.attachments.value(u"notes.txt"_s), QByteArray("a text document"));
        QVERIFY(r.skipped.isEmpty());

        // Sniffed by content: the same zip under another name is still a zip.
        QVERIFY(QFile::copy(zip, dir.filePath(u"export.bin"_s)));
        QCOMPARE(Archive::read(dir.filePath(u"export.bin"_s)).chatText, QByteArray(androidExport));
    }

    void iosZipPrefersChatTxt()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"a.txt"_s), "[31.01.24, 14:05:10] Alice: Hello\n"));
        QVERIFY(writeFile(dir.filePath(u"b.txt"_s), "other"));
        const QString zip = dir.filePath(u"WhatsApp Chat - Alice.zip"_s);
        QVERIFY(makeZip(zip,
                        {u"aaa.txt="_s + dir.filePath(u"b.txt"_s),
                         u"_chat.txt="_s + dir.filePath(u"a.txt"_s),
                         u"__MACOSX/._chat.txt="_s + dir.filePath(u"b.txt"_s)}));
        const auto r = Archive::read(zip);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.chatFileName, u"_chat.txt"_s);
        QCOMPARE(r.attachments.keys(), QStringList {u"aaa.txt"_s});
        QCOMPARE(r.skipped.size(), 1);

        // Two .txt files and neither named like a chat: refused rather than guessed.
        const QString two = dir.filePath(u"two.zip"_s);
        QVERIFY(makeZip(
            two, {u"x.txt="_s + dir.filePath(u"a.txt"_s), u"y.txt="_s + dir.filePath(u"b.txt"_s)}));
        QVERIFY(Archive::read(two).error.contains(u"two.zip"_s));
        // No .txt at all.
        const QString none = dir.filePath(u"none.zip"_s);
        QVERIFY(makeZip(none, {u"x.jpg="_s + dir.filePath(u"b.txt"_s)}));
        QVERIFY(Archive::read(none).error.contains(u"no .txt"_s));
    }

    void brokenFiles()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"chat.txt"_s), androidExport));
        QByteArray big(200000, Qt::Uninitialized);
        QRandomGenerator rng(3);
        for (char &c : big)
            c = char(rng.bounded(256)); // incompressible, so the zip is large enough to cut
        QVERIFY(writeFile(dir.filePath(u"big.bin"_s), big));
        const QString zip = dir.filePath(u"good.zip"_s);
        QVERIFY(makeZip(zip,
                        {u"_chat.txt="_s + dir.filePath(u"chat.txt"_s),
                         u"big.bin="_s + dir.filePath(u"big.bin"_s)}));
        QFile f(zip);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray whole = f.readAll();

        const QString truncated = dir.filePath(u"truncated.zip"_s);
        QVERIFY(writeFile(truncated, whole.first(whole.size() / 2)));
        auto r = Archive::read(truncated);
        QVERIFY(r.error.contains(u"truncated.zip"_s));
        QVERIFY(r.error.contains(u"damaged or incomplete"_s));
        QVERIFY(r.chatText.isEmpty() && r.attachments.isEmpty());

        const QString random = dir.filePath(u"random.zip"_s);
        QVERIFY(writeFile(random, big.first(5000)));
        r = Archive::read(random);
        QVERIFY(r.error.contains(u"random.zip is not a zip archive"_s));

        // Zip magic followed by junk.
        const QString fake = dir.filePath(u"fake.zip"_s);
        QVERIFY(writeFile(fake, "PK\x03\x04" + big.first(5000)));
        r = Archive::read(fake);
        QVERIFY2(r.error.contains(u"fake.zip"_s), qPrintable(r.error));

        const QString empty = dir.filePath(u"empty.txt"_s);
        QVERIFY(writeFile(empty, {}));
        QCOMPARE(Archive::read(empty).error, u"empty.txt is empty"_s);

        QVERIFY(!Archive::read(dir.filePath(u"missing.zip"_s)).error.isEmpty());
        QVERIFY(Archive::read(dir.path()).error.contains(u"folder"_s));
    }

    // 300 MiB of zeros shrink to about 300 KB. Refused from its header without inflating it, and
    // — when the header lies — after counting the bytes actually inflated, never all of them.
    void zipBomb()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"chat.txt"_s), androidExport));
        const QString zip = dir.filePath(u"bomb.zip"_s);
        QVERIFY(makeZip(
            zip, {u"_chat.txt="_s + dir.filePath(u"chat.txt"_s), u"zeros.bin=zeros:314572800"_s}));
        QVERIFY(QFileInfo(zip).size() < 2 * 1024 * 1024);

        auto r = Archive::read(zip);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.chatText, QByteArray(androidExport));
        QVERIFY(r.attachments.isEmpty());
        QCOMPARE(r.skipped, QStringList {u"zeros.bin: larger than 64 MiB, refused"_s});

        QVERIFY(lieAboutSize(zip, "zeros.bin", 1000));
        r = Archive::read(zip);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.attachments.isEmpty());
        QCOMPARE(r.skipped, QStringList {u"zeros.bin: larger than 64 MiB, refused"_s});

        // The chat itself too large: the whole file is refused.
        Archive::Limits small;
        small.maxChatBytes = 100;
        r = Archive::read(zip, small);
        QVERIFY(r.error.contains(u"_chat.txt"_s));
        QVERIFY(r.error.contains(u"bomb.zip"_s));

        // Past the total, reading stops.
        Archive::Limits total;
        total.maxTotalBytes = 10 * 1024 * 1024;
        r = Archive::read(zip, total);
        QCOMPARE(r.error, u"bomb.zip expands to more than 10 MiB; refused"_s);
    }

    void textFileLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"chat.txt"_s);
        QVERIFY(writeFile(path, androidExport));
        Archive::Limits limits;
        limits.maxChatBytes = 10;
        QVERIFY(Archive::read(path, limits).error.contains(u"larger than"_s));
    }
};

QTEST_MAIN(TestChatExport)
#include "tst_chatexport.moc"
