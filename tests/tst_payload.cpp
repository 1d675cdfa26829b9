#include "payload/aggregationhtml.h"
#include "payload/jsonwriter.h"
#include "payload/payloadbuilder.h"
#include "payload/payloadtimestamp.h"
#include "payload/signedlinks.h"

#include <QUrlQuery>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace hookline;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFixture(const QString &name)
{
    QFile file(QStringLiteral(HOOKLINE_SHARED_FIXTURES) + u"/payloads/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "invalid JSON:" << error.errorString() << json.left(200);
    return doc.object();
}

// The keys of a JSON text in the order they are written (strings that are values never end
// in a colon in these documents, so a key is a quoted string followed by a colon).
QStringList orderedKeys(const QByteArray &json)
{
    static const QRegularExpression key(uR"RX("((?:[^"\\]|\\.)*)"\s*:)RX"_s);
    QStringList keys;
    auto it = key.globalMatch(QString::fromUtf8(json));
    while (it.hasNext())
        keys.append(it.next().captured(1));
    return keys;
}

// The seed examples predate message_uid: Hookline writes it right after message_id.
QByteArray withMessageUidLines(QByteArray seed)
{
    static const QRegularExpression line(uR"RX(\n( *)"message_id": ("[^"]*"),)RX"_s);
    QString text = QString::fromUtf8(seed);
    text.replace(line, u"\n\\1\"message_id\": \\2,\n\\1\"message_uid\": \\2,"_s);
    return text.toUtf8();
}

PayloadAccount accountFrom(const QJsonObject &o)
{
    return {o[u"full_name"].toString(), o[u"email"].toString(), o[u"phone"].toString()};
}

PayloadChat chatFrom(const QJsonObject &o)
{
    PayloadChat c;
    c.fullName = o[u"full_name"].toString();
    c.responsibleName = o[u"responsible_name"].toString();
    c.responsibleEmail = o[u"responsible_email"].toString();
    c.chatUrl = o[u"chat_url"].toString();
    c.chatId = o[u"chat_id"].toString();
    c.isNewChat = o[u"is_new_chat"].toBool();
    c.isGroup = o[u"is_group"].toBool();
    c.phone = o[u"phone"].toString();
    return c;
}

PayloadMessage messageFrom(const QJsonObject &o)
{
    PayloadMessage m;
    m.direction = o[u"direction"].toString() == u"sent" ? Direction::Sent : Direction::Received;
    m.timestamp
        = QDateTime::fromString(o[u"timestamp"].toString(), u"yyyy-MM-dd'T'HH:mm:ss+0000"_s);
    m.timestamp.setTimeZone(QTimeZone::utc());
    m.uid = o[u"message_id"].toString();
    const QJsonObject s = o[u"sender"].toObject();
    const QJsonObject r = o[u"recipient"].toObject();
    m.sender = {s[u"full_name"].toString(), s[u"phone"].toString()};
    m.recipient = {r[u"full_name"].toString(), r[u"phone"].toString()};
    m.text = o[u"text"].toString();
    if (o.contains(u"attachment")) {
        const QJsonObject a = o[u"attachment"].toObject();
        m.attachment
            = PayloadAttachment {a[u"temporary_download_url"].toString(), a[u"filename"].toString(),
                                 a[u"size"].toInteger(), a[u"mimetype"].toString()};
    }
    return m;
}

PayloadMessage sampleMessage(const QString &text)
{
    PayloadMessage m;
    m.direction = Direction::Received;
    m.timestamp = QDateTime(QDate(2026, 3, 1), QTime(9, 5, 7), QTimeZone::utc());
    m.uid = u"0b6e7c0e-8d6a-4b7c-9a55-2f1d3c4b5a69"_s;
    m.sender = {u"Priya"_s, u"+919800000001"_s};
    m.recipient = {u"Sales"_s, u"+972500000000"_s};
    m.text = text;
    return m;
}

const PayloadAccount sampleAccount {u"Sales"_s, u"sales@example.com"_s, u"+972500000000"_s};

PayloadChat sampleChat()
{
    PayloadChat c;
    c.fullName = u"Priya"_s;
    c.chatUrl = u"http://127.0.0.1:8787/chat/17/messages/?sig=abc"_s;
    c.chatId = u"17"_s;
    c.phone = u"+919800000001"_s;
    return c;
}

} // namespace

class TestPayload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timestampFormat_data();
    void timestampFormat();
    void seedSingleRebuiltExactly();
    void seedBundleRebuiltExactly();
    void seedAggregationRebuilt();
    void groupChatHasEmptyPhones();
    void attachmentOnlyWhenPresent();
    void unknownStringsAreEmptyNotNull();
    void hostileTextIsEscaped_data();
    void hostileTextIsEscaped();
    void scriptsSurviveJsonRoundTrip_data();
    void scriptsSurviveJsonRoundTrip();
    void oneMegabyteText();
    void aggregationNewlinesAttachmentsAndZone();
    void jsonWriterEscapesControlCharacters();
    void signedLinksOpenOnlyWhatTheyName();
};

void TestPayload::timestampFormat_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("expected");
    QTest::newRow("utc") << QDateTime(QDate(2021, 2, 24), QTime(6, 25, 29), QTimeZone::utc())
                         << u"2021-02-24T06:25:29+0000"_s;
    QTest::newRow("offset converted to utc")
        << QDateTime(QDate(2021, 2, 24), QTime(11, 55, 29, 900), QTimeZone(5 * 3600 + 1800))
        << u"2021-02-24T06:25:29+0000"_s;
    QTest::newRow("date change") << QDateTime(QDate(2021, 1, 1), QTime(1, 0), QTimeZone(7200))
                                 << u"2020-12-31T23:00:00+0000"_s;
    QTest::newRow("invalid") << QDateTime() << QString();
}

void TestPayload::timestampFormat()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, expected);
    QCOMPARE(payloadTimestamp(time), expected);
}

void TestPayload::seedSingleRebuiltExactly()
{
    const QByteArray seed = readFixture(u"seed-single.json"_s);
    const QJsonObject o = parse(seed);
    const QByteArray built = PayloadBuilder::single(accountFrom(o[u"whatsapp_account"].toObject()),
                                                    chatFrom(o[u"chat"].toObject()),
                                                    messageFrom(o[u"message"].toObject()), true);
    QCOMPARE(QString::fromUtf8(built), QString::fromUtf8(withMessageUidLines(seed)).trimmed());

    // The compact form that goes on the wire has the same keys in the same order.
    const QByteArray compact = PayloadBuilder::single(
        accountFrom(o[u"whatsapp_account"].toObject()), chatFrom(o[u"chat"].toObject()),
        messageFrom(o[u"message"].toObject()));
    QCOMPARE(orderedKeys(compact), orderedKeys(withMessageUidLines(seed)));
    QVERIFY(!compact.contains('\n'));
    QCOMPARE(parse(compact), parse(built));
}

void TestPayload::seedBundleRebuiltExactly()
{
    const QByteArray seed = readFixture(u"seed-bundle.json"_s);
    const QJsonObject o = parse(seed);
    PayloadBundle bundle;
    for (const QJsonValue &m : o[u"messages"].toArray())
        bundle.messages.append(messageFrom(m.toObject()));
    bundle.permalink
        = u"https://app.timelines.ai/permalink/77a28d55-5345-5435-8c72-3a7bcad8ded9/"_s;
    const QByteArray built = PayloadBuilder::bundle(accountFrom(o[u"whatsapp_account"].toObject()),
                                                    chatFrom(o[u"chat"].toObject()), bundle, true);

    // The seed's aggregation text does not describe its own messages (and has typos); every
    // other byte must match. The aggregation itself is checked in seedAggregationRebuilt.
    const QJsonObject builtObject = parse(built);
    const QString ours = builtObject[u"aggregation"].toString();
    QCOMPARE(ours,
             u"from John Doe on 2021-02-24 16:25: lorem ipsum [attachment: someimage.png]<br/>"
             "from John Doe on 2021-02-24 16:30: lorem ipsum<br/>"
             "Click <a href='https://app.timelines.ai/permalink/"
             "77a28d55-5345-5435-8c72-3a7bcad8ded9/'>here</a> to open the conversation in "
             "Hookline"_s);
    QString expected = QString::fromUtf8(withMessageUidLines(seed)).trimmed();
    expected.replace(o[u"aggregation"].toString(), ours);
    QCOMPARE(QString::fromUtf8(built), expected);
    QCOMPARE(builtObject[u"first_message_timestamp"].toString(), u"2021-02-24T16:25:29+0000"_s);
    QCOMPARE(builtObject[u"last_message_timestamp"].toString(), u"2021-02-24T16:30:29+0000"_s);
}

void TestPayload::seedAggregationRebuilt()
{
    // The conversation the seed's aggregation describes, rebuilt from its text.
    PayloadBundle bundle;
    PayloadMessage hi = sampleMessage(u"Hi! How are you?"_s);
    hi.sender = {u"John Doe"_s, u"+972540000000"_s};
    hi.timestamp = QDateTime(QDate(2021, 2, 24), QTime(16, 25, 29), QTimeZone::utc());
    PayloadMessage fine = sampleMessage(u"I am fine, how are you?"_s);
    fine.sender = {u"Jane Smith"_s, u"+972550000000"_s};
    fine.timestamp = QDateTime(QDate(2021, 2, 24), QTime(16, 30, 29), QTimeZone::utc());
    bundle.messages = {hi, fine};
    bundle.permalink
        = u"https://app.timelines.ai/permalink/77a28d55-5345-5435-8c72-3a7bcad8ded9/"_s;

    const QJsonObject seed = parse(readFixture(u"seed-bundle.json"_s));
    QString expected = seed[u"aggregation"].toString();
    // Resolved in DESIGN §4: `</h>` is a typo for `</a>`, and the product is Hookline.
    expected.replace(u"</h>"_s, u"</a>"_s).replace(u"TimelinesAI"_s, u"Hookline"_s);
    QCOMPARE(aggregationHtml(bundle), expected);
}

void TestPayload::groupChatHasEmptyPhones()
{
    PayloadChat chat = sampleChat();
    chat.isGroup = true;
    chat.phone.clear();
    chat.fullName = u"Team <Leads>"_s;
    PayloadMessage m = sampleMessage(u"hello group"_s);
    m.sender.phone.clear();
    m.recipient = {};
    const QJsonObject o = parse(PayloadBuilder::single(sampleAccount, chat, m));
    QCOMPARE(o[u"chat"][u"is_group"].toBool(), true);
    QCOMPARE(o[u"chat"][u"phone"].type(), QJsonValue::String);
    QCOMPARE(o[u"chat"][u"phone"].toString(), QString());
    QCOMPARE(o[u"chat"][u"full_name"].toString(), u"Team <Leads>"_s);
    QCOMPARE(o[u"message"][u"sender"][u"phone"].toString(), QString());
    QCOMPARE(o[u"message"][u"recipient"][u"full_name"].toString(), QString());
    QCOMPARE(o[u"message"][u"recipient"][u"phone"].type(), QJsonValue::String);
}

void TestPayload::attachmentOnlyWhenPresent()
{
    PayloadMessage m = sampleMessage(u"see file"_s);
    QByteArray json = PayloadBuilder::single(sampleAccount, sampleChat(), m);
    QVERIFY(!parse(json)[u"message"].toObject().contains(u"attachment"));
    QVERIFY(!json.contains("attachment"));

    m.attachment = PayloadAttachment {u"http://127.0.0.1:8787/a/x?sig=1"_s, u"invoice 7.pdf"_s,
                                      5'000'000'000LL, u"application/pdf"_s};
    json = PayloadBuilder::single(sampleAccount, sampleChat(), m);
    const QJsonObject a = parse(json)[u"message"][u"attachment"].toObject();
    QCOMPARE(a[u"filename"].toString(), u"invoice 7.pdf"_s);
    QCOMPARE(a[u"size"].toInteger(), 5'000'000'000LL); // beyond 32 bits, written exactly
    QCOMPARE(a[u"mimetype"].toString(), u"application/pdf"_s);
    QCOMPARE(orderedKeys(json).mid(orderedKeys(json).indexOf(u"attachment"_s)),
             (QStringList {u"attachment"_s, u"temporary_download_url"_s, u"filename"_s, u"size"_s,
                           u"mimetype"_s}));
}

void TestPayload::unknownStringsAreEmptyNotNull()
{
    const QByteArray json
        = PayloadBuilder::single(PayloadAccount {}, PayloadChat {}, PayloadMessage {});
    QVERIFY(!json.contains("null"));
    const QJsonObject o = parse(json);
    for (const QString &key : {u"full_name"_s, u"email"_s, u"phone"_s})
        QCOMPARE(o[u"whatsapp_account"][key].type(), QJsonValue::String);
    for (const QString &key : {u"full_name"_s, u"responsible_name"_s, u"responsible_email"_s,
                               u"chat_url"_s, u"chat_id"_s, u"phone"_s})
        QCOMPARE(o[u"chat"][key].type(), QJsonValue::String);
    QCOMPARE(o[u"message"][u"timestamp"].toString(), QString());
    QCOMPARE(o[u"message"][u"text"].type(), QJsonValue::String);
}

void TestPayload::hostileTextIsEscaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("html");
    QTest::newRow("script") << u"<script>alert('x')</script>"_s
                            << u"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"_s;
    QTest::newRow("ampersand and quotes")
        << u"Tom & \"Jerry\" 'n' co"_s << u"Tom &amp; &quot;Jerry&quot; &#39;n&#39; co"_s;
    QTest::newRow("already escaped") << u"&lt;b&gt;"_s << u"&amp;lt;b&amp;gt;"_s;
    QTest::newRow("attribute breakout") << u"' onmouseover='x"_s << u"&#39; onmouseover=&#39;x"_s;
}

void TestPayload::hostileTextIsEscaped()
{
    QFETCH(QString, text);
    QFETCH(QString, html);
    PayloadBundle bundle;
    PayloadMessage m = sampleMessage(text);
    m.sender.fullName = text;
    bundle.messages = {m};
    bundle.permalink = u"https://example.com/p?a=1&b='2'"_s;
    const QString agg = aggregationHtml(bundle);
    QCOMPARE(agg,
             u"from "_s + html + u" on 2026-03-01 09:05: "_s + html
                 + u"<br/>Click <a href='https://example.com/p?a=1&amp;b=&#39;2&#39;'>here</a>"
                   " to open the conversation in Hookline"_s);

    // In JSON the text itself travels unchanged.
    const QJsonObject o = parse(PayloadBuilder::bundle(sampleAccount, sampleChat(), bundle));
    QCOMPARE(o[u"messages"][0][u"text"].toString(), text);
    QCOMPARE(o[u"aggregation"].toString(), agg);
}

void TestPayload::scriptsSurviveJsonRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("emoji") << u"Deal done 🎉👍🏽 — 👨‍👩‍👧"_s;
    QTest::newRow("hebrew") << u"שלום, מה שלומך?"_s;
    QTest::newRow("arabic") << u"مرحبا، كيف حالك؟"_s;
    QTest::newRow("hindi") << u"नमस्ते, आप कैसे हैं?"_s;
    QTest::newRow("mixed bidi") << u"Order ‏#42‎ — הזמנה"_s;
    QTest::newRow("json specials") << u"quote \" backslash \\ slash / tab \t nl \n cr \r"_s;
    QTest::newRow("line separators") << u"a\u2028b\u2029c"_s;
}

void TestPayload::scriptsSurviveJsonRoundTrip()
{
    QFETCH(QString, text);
    PayloadMessage m = sampleMessage(text);
    m.sender.fullName = text;
    PayloadChat chat = sampleChat();
    chat.fullName = text;
    const QByteArray json = PayloadBuilder::single(sampleAccount, chat, m);
    const QJsonObject o = parse(json);
    QCOMPARE(o[u"message"][u"text"].toString(), text);
    QCOMPARE(o[u"message"][u"sender"][u"full_name"].toString(), text);
    QCOMPARE(o[u"chat"][u"full_name"].toString(), text);
    // Non-ASCII is written as UTF-8, not as \u escapes: smaller, and readable in logs.
    if (text.contains(u"שלום"_s))
        QVERIFY(json.contains(u"שלום"_s.toUtf8()));
}

void TestPayload::oneMegabyteText()
{
    QString text;
    text.reserve(1 << 20);
    const QString chunk = u"Line with <tags> & \"quotes\" and हिन्दी\n"_s;
    while (text.size() < (1 << 20))
        text += chunk;
    PayloadBundle bundle;
    bundle.messages = {sampleMessage(text)};
    const QByteArray json = PayloadBuilder::bundle(sampleAccount, sampleChat(), bundle);
    QVERIFY(json.size() > (2 << 20));
    const QJsonObject o = parse(json);
    QCOMPARE(o[u"messages"][0][u"text"].toString(), text);
    QVERIFY(o[u"aggregation"].toString().contains(u"&lt;tags&gt; &amp; &quot;quotes&quot;"_s));
}

void TestPayload::aggregationNewlinesAttachmentsAndZone()
{
    PayloadBundle bundle;
    PayloadMessage first = sampleMessage(u"line one\nline two\r\nline three"_s);
    PayloadMessage file = sampleMessage(QString());
    file.sender = {QString(), u"+15550001"_s};
    file.attachment = PayloadAttachment {u"u"_s, u"<evil>.png"_s, 10, u"image/png"_s};
    PayloadMessage captioned = sampleMessage(u"caption"_s);
    captioned.sender = {};
    captioned.attachment = PayloadAttachment {u"u"_s, u"a.pdf"_s, 10, u"application/pdf"_s};
    bundle.messages = {first, file, captioned};
    bundle.permalink = u"http://h/p"_s;
    bundle.timeZone = QTimeZone(QByteArrayLiteral("Asia/Kolkata"));
    QVERIFY(bundle.timeZone.isValid());
    QCOMPARE(aggregationHtml(bundle),
             u"from Priya on 2026-03-01 14:35: line one<br/>line two<br/>line three<br/>"
             "from +15550001 on 2026-03-01 14:35: [attachment: &lt;evil&gt;.png]<br/>"
             "from unknown on 2026-03-01 14:35: caption [attachment: a.pdf]<br/>"
             "Click <a href='http://h/p'>here</a> to open the conversation in Hookline"_s);
}

void TestPayload::jsonWriterEscapesControlCharacters()
{
    JsonWriter w;
    w.beginObject().key(u"k\"").value(u"\x01\x1f\b\f"_s).key(u"n").value(qint64(-5));
    w.key(u"a").beginArray().endArray().key(u"o").beginObject().endObject().endObject();
    QCOMPARE(w.data(), QByteArray(R"({"k\"":"\u0001\u001f\b\f","n":-5,"a":[],"o":{}})"));
    QCOMPARE(parse(w.data())[u"k\""].toString(), u"\x01\x1f\b\f"_s);
}

void TestPayload::signedLinksOpenOnlyWhatTheyName()
{
    const SignedLinks links(QByteArray(32, 'k'), u"https://hooks.example.com/"_s);
    const QString chat = links.chatUrl(17);
    QVERIFY(chat.startsWith(u"https://hooks.example.com/chat/17/messages/?sig="_s));
    const QString sig = QUrlQuery(QUrl(chat)).queryItemValue(u"sig"_s);
    QVERIFY(links.verifyChat(17, sig));
    QVERIFY(!links.verifyChat(18, sig));
    QVERIFY(!links.verifyChat(17, QString(sig.left(sig.size() - 1) + u'A')));
    QVERIFY(!links.verifyChat(17, QString()));
    QVERIFY(!SignedLinks(QByteArray(32, 'x'), u"https://hooks.example.com"_s).verifyChat(17, sig));
    QCOMPARE(links.permalink(17, u"abc"_s), chat + u"#m-abc"_s);

    const qint64 now = 1'800'000'000;
    const QUrl file(links.attachmentUrl(u"uid-1"_s, u"a b/../c.pdf"_s, now));
    QCOMPARE(file.path(QUrl::FullyEncoded), u"/attachments/uid-1/a%20b%2F..%2Fc.pdf"_s);
    const QUrlQuery query(file);
    const qint64 expires = query.queryItemValue(u"expires"_s).toLongLong();
    const QString fileSig = query.queryItemValue(u"sig"_s);
    QCOMPARE(expires, now + 15 * 60);
    QVERIFY(links.verifyAttachment(u"uid-1"_s, expires, fileSig, now));
    QVERIFY(links.verifyAttachment(u"uid-1"_s, expires, fileSig, now + 15 * 60));
    QVERIFY(!links.verifyAttachment(u"uid-1"_s, expires, fileSig, now + 15 * 60 + 1)); // expired
    QVERIFY(!links.verifyAttachment(u"uid-1"_s, expires + 3600, fileSig, now)); // extended
    QVERIFY(!links.verifyAttachment(u"uid-2"_s, expires, fileSig, now)); // other file
}

QTEST_GUILESS_MAIN(TestPayload)
#include "tst_payload.moc"
