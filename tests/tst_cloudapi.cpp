#include "cloudapi/cloudapinotification.h"
#include "cloudapi/cloudapireceiver.h"
#include "cloudapi/cloudapiregistry.h"
#include "cloudapi/cloudapisignature.h"
#include "cloudapi/graphapiclient.h"
#include "delivery/clock.h"
#include "store/cloudapiinbox.h"
#include "store/mediadownloadqueue.h"
#include "store/messagestore.h"
#include "store/storeconnection.h"
#include "support/cloudapifixtures.h"
#include "support/fakegraphapi.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hookline;
using namespace Qt::StringLiterals;

using Event = CloudApiNotification::Event;
using Kind = CloudApiNotification::Kind;
using Media = CloudApiNotification::Media;

namespace {

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Incoming:
        return u"Incoming"_s;
    case Kind::Echo:
        return u"Echo"_s;
    case Kind::Status:
        return u"Status"_s;
    }
    return {};
}

// Field by field, so a failure names the case and the field instead of "events differ".
QStringList differences(const Event &actual, const Event &expected)
{
    QStringList out;
    auto check = [&out](const char *field, const QString &a, const QString &e) {
        if (a != e)
            out.append(u"%1: got \"%2\", expected \"%3\""_s.arg(QLatin1StringView(field), a, e));
    };
    auto flag = [](bool b) {
        return b ? u"true"_s : u"false"_s;
    };
    check("kind", kindName(actual.kind), kindName(expected.kind));
    check("phoneNumberId", actual.phoneNumberId, expected.phoneNumberId);
    check("displayPhoneNumber", actual.displayPhoneNumber, expected.displayPhoneNumber);
    check("customerWaId", actual.customerWaId, expected.customerWaId);
    check("customerName", actual.customerName, expected.customerName);
    check("groupId", actual.groupId, expected.groupId);
    check("wamid", actual.wamid, expected.wamid);
    check("timestamp", actual.timestamp, expected.timestamp);
    check("type", actual.type, expected.type);
    check("text", actual.text, expected.text);
    check("replyToWamid", actual.replyToWamid, expected.replyToWamid);
    check("targetWamid", actual.targetWamid, expected.targetWamid);
    check("forwarded", flag(actual.forwarded), flag(expected.forwarded));
    check("frequentlyForwarded", flag(actual.frequentlyForwarded),
          flag(expected.frequentlyForwarded));
    check("referralHeadline", actual.referralHeadline, expected.referralHeadline);
    check("referralSourceUrl", actual.referralSourceUrl, expected.referralSourceUrl);
    check("status", actual.status, expected.status);
    check("detail", actual.detail, expected.detail);
    check("media", flag(actual.media.has_value()), flag(expected.media.has_value()));
    if (actual.media && expected.media) {
        check("media.kind", actual.media->kind, expected.media->kind);
        check("media.id", actual.media->id, expected.media->id);
        check("media.mimeType", actual.media->mimeType, expected.media->mimeType);
        check("media.sha256", actual.media->sha256, expected.media->sha256);
        check("media.fileName", actual.media->fileName, expected.media->fileName);
        check("media.url", actual.media->url, expected.media->url);
        check("media.animated", flag(actual.media->animated), flag(expected.media->animated));
    }
    return out;
}

struct Expected
{
    Event event;
    int skipped = 0; // notes expected next to the event
};

// The common envelope of the pywa fixtures: business 972123456789, customer "Test Name".
Event incoming(const QString &timestamp, const QString &type, const QString &text)
{
    Event e;
    e.kind = Kind::Incoming;
    e.phoneNumberId = u"1122334455667"_s;
    e.displayPhoneNumber = u"972123456789"_s;
    e.customerWaId = u"972987654321"_s;
    e.customerName = u"Test Name"_s;
    e.wamid = u"wamid.xyzxyz"_s;
    e.timestamp = timestamp;
    e.type = type;
    e.text = text;
    return e;
}

Media media(const QString &kind, const QString &id, const QString &mime, const QString &sha,
            const QString &fileName = {}, const QString &url = {}, bool animated = false)
{
    Media m;
    m.kind = kind;
    m.id = id;
    m.mimeType = mime;
    m.sha256 = sha;
    m.fileName = fileName;
    m.url = url;
    m.animated = animated;
    return m;
}

Event forwarded(Event e)
{
    e.forwarded = true;
    return e;
}

Event withMedia(Event e, const Media &m)
{
    e.media = m;
    return e;
}

Event status(const QString &state, const QString &timestamp, const QString &detail = {})
{
    Event e;
    e.kind = Kind::Status;
    e.phoneNumberId = u"1122334455667"_s;
    e.displayPhoneNumber = u"972123456789"_s;
    e.customerWaId = u"972987654321"_s;
    e.customerName = u"Test Name"_s;
    e.wamid = u"wamid.xyzxyz"_s;
    e.timestamp = timestamp;
    e.status = state;
    e.detail = detail;
    return e;
}

QMap<QString, Expected> expectedMessages()
{
    const QString longId = u"1234567890987654321"_s;
    QMap<QString, Expected> x;
    x[u"text"_s] = {incoming(u"1697043223"_s, u"text"_s, u"Body Text"_s)};
    x[u"image"_s] = {withMedia(incoming(u"1697043379"_s, u"image"_s, {}),
                               media(u"image"_s, u"65463453"_s, u"image/jpeg"_s, u"4654+8g="_s))};
    x[u"media_with_url"_s] = {
        withMedia(incoming(u"1697043379"_s, u"image"_s, {}),
                  media(u"image"_s, u"65463453"_s, u"image/jpeg"_s, u"4654+8g="_s, {},
                        u"https://lookaside.fbsbx.com/whatsapp_business/attachments/"
                        "?mid=65463453&source=webhook&ext=487r9re&hash=heiwchueowbcew-dnedcw"_s))};
    x[u"video"_s] = {withMedia(forwarded(incoming(u"1697044362"_s, u"video"_s, u"caption"_s)),
                               media(u"video"_s, u"765756756"_s, u"video/mp4"_s,
                                     u"Jh+2ij6PzUv/J2y+grrtegr/ZMzRxkEPwc24Oyib4s03w9Jc="_s))};
    x[u"document"_s] = {
        withMedia(forwarded(incoming(u"1697043666"_s, u"document"_s, u"caption"_s)),
                  media(u"document"_s, longId, u"application/pdf"_s,
                        u"grwfwe/ZPx0wAbdfbdeFUNItPZ0RylL8gGUvdt3YFqc18SY="_s, u"filename.pdf"_s))};
    x[u"audio"_s] = {withMedia(forwarded(incoming(u"1697043509"_s, u"audio"_s, {})),
                               media(u"audio"_s, longId, u"audio/ogg; codecs=opus"_s,
                                     u"E3dxS/PdYZE7ppA3pQ4mpCFaXBJ8pX4SRN/dsfvds/iPGA="_s))};
    x[u"voice"_s] = {withMedia(incoming(u"1697043473"_s, u"audio"_s, {}),
                               media(u"voice"_s, longId, u"audio/ogg; codecs=opus"_s,
                                     u"m04pFf2ERdaopTyFkGPA0+bX3i+YY2dYgVFwOgDLSDI="_s))};
    x[u"static_sticker"_s] = {withMedia(incoming(u"1697043760"_s, u"sticker"_s, {}),
                                        media(u"sticker"_s, longId, u"image/webp"_s,
                                              u"OmT4nhjUhCMIPNmj7eeOZeCYjTXkLxoOv85OMCFwSuc="_s))};
    x[u"animated_sticker"_s]
        = {withMedia(incoming(u"1697043785"_s, u"sticker"_s, {}),
                     media(u"sticker"_s, longId, u"image/webp"_s,
                           u"HcwyCKrTKXHk0a00ms4HWIA76GY0Du6q4Z/iuwevw="_s, {}, {}, true))};
    Event reaction = incoming(u"1697044456"_s, u"reaction"_s, u"Reacted 😮 to a message"_s);
    reaction.targetWamid = u"wamid.yzxyzx="_s;
    x[u"reaction"_s] = {reaction};
    reaction.text = u"Removed a reaction from a message"_s;
    x[u"unreaction_empty"_s] = {reaction};
    x[u"unreaction_no_emoji"_s] = {reaction};
    x[u"current_location"_s] = {forwarded(incoming(
        u"1697044557"_s, u"location"_s,
        u"📍 Location (12.25089, 43.90539)\nhttps://maps.google.com/?q=12.25089,43.90539"_s))};
    x[u"chosen_location"_s] = {forwarded(
        incoming(u"1697044557"_s, u"location"_s,
                 u"📍 Facebook HQ, 1 Hacker Way, Menlo Park, CA 94025 (37.4611978, -122.2164385)\n"
                 "https://maps.google.com/?q=37.4611978,-122.2164385"_s))};
    x[u"contacts"_s] = {incoming(u"1697044621"_s, u"contacts"_s,
                                 u"Contact: Chandler Bing, +1 555-555-5555\n"
                                 "Contact: Monica, +1 666-666-6666\n"
                                 "Contact: Rachel Green, +1 777-777-7777"_s)};
    x[u"order"_s] = {
        incoming(u"1697044668"_s, u"order"_s,
                 u"Order: 3 × HAMBURGER (30 ILS), 2 × FRENCH_FRIES (35 ILS), 2 × SODA (10 ILS)"_s)};
    Event unsupported = incoming(u"1697044706"_s, u"unsupported"_s, u"[Unsupported message]"_s);
    unsupported.detail
        = u"131051 Message type unknown (Message type is currently not supported.)"_s;
    x[u"unsupported"_s] = {unsupported, 1};
    unsupported.text = u"[Unsupported message: pool]"_s;
    x[u"unsupported_with_type"_s] = {unsupported, 1};
    Event reply = incoming(u"1697044746"_s, u"text"_s, u"replied text"_s);
    reply.replyToWamid = u"wamid.xyzxyz=="_s;
    x[u"reply"_s] = {reply};
    x[u"forwarded"_s] = {forwarded(incoming(u"1697044815"_s, u"text"_s, u"forwarded text"_s))};
    Event many = forwarded(incoming(u"1697044968"_s, u"text"_s, u"text forwarded many times"_s));
    many.frequentlyForwarded = true;
    x[u"forwarded_many_times"_s] = {many};
    Event interactive
        = incoming(u"1700505494"_s, u"interactive"_s, u"[Unsupported message: interactive]"_s);
    interactive.wamid = u"wamid.wegrchytvwcggt="_s;
    interactive.replyToWamid = u"wamid.gvwegfretge=="_s;
    interactive.detail = u"131000 Something went wrong (Unsupported webhook payload)"_s;
    x[u"interactive_message_with_err"_s] = {interactive, 1};
    Event referral = incoming(u"1697045000"_s, u"text"_s, u"BODY"_s);
    referral.wamid = u"wamid.ID"_s;
    referral.referralHeadline = u"AD_TITLE"_s;
    referral.referralSourceUrl = u"AD_OR_POST_FB_URL"_s;
    x[u"referral"_s] = {referral};
    return x;
}

QMap<QString, Expected> expectedStatuses()
{
    QMap<QString, Expected> x;
    x[u"sent"_s] = {status(u"sent"_s, u"1698266945"_s)};
    x[u"delivered"_s] = {status(u"delivered"_s, u"1698266945"_s)};
    x[u"read"_s] = {status(u"read"_s, u"1689380458"_s)};
    x[u"played"_s] = {status(u"played"_s, u"1689380458"_s)};
    x[u"failed"_s]
        = {status(u"failed"_s, u"1689380458"_s,
                  u"130472 User's number is part of an experiment (Failed to send "
                  "message because this user's phone number is part of an experiment)"_s)};
    x[u"with_tracker"_s] = {status(u"sent"_s, u"1698266945"_s)};
    Event group = status(u"read"_s, u"1698266945"_s);
    group.phoneNumberId = u"<BUSINESS_PHONE_NUMBER_ID>"_s;
    group.displayPhoneNumber = u"<BUSINESS_DISPLAY_PHONE_NUMBER>"_s;
    group.wamid = u"<WHATSAPP_MESSAGE_ID>"_s;
    group.groupId = u"fowefinoewcnw"_s;
    group.customerWaId = u"<GROUP_PARTICIPANT_USER_PHONE_NUMBER>"_s;
    group.customerName.clear(); // the contact listed is another user
    x[u"group"_s] = {group};
    return x;
}

QMap<QString, Expected> expectedEchoes()
{
    QMap<QString, Expected> x;
    Event text = incoming(u"1697043223"_s, u"text"_s, u"Test message"_s);
    text.kind = Kind::Echo;
    text.wamid = u"<WHATSAPP_MESSAGE_ID>"_s;
    text.customerWaId = u"<WHATSAPP_USER_PHONE_NUMBER>"_s;
    text.customerName.clear();
    x[u"text"_s] = {text};
    // from/to are the other way round in these two; the customer is still found.
    Event deleted = status(u"deleted"_s, u"1697044968"_s,
                           u"deleted in the WhatsApp Business app (wamid.yyyyyy)"_s);
    deleted.wamid = u"wamid.zzzzzz"_s;
    deleted.type = u"revoke"_s;
    x[u"delete"_s] = {deleted};
    Event edit = incoming(u"1697044968"_s, u"edit"_s, u"Edited: Text was edited"_s);
    edit.kind = Kind::Echo;
    edit.wamid = u"wamid.yyyyyy"_s;
    edit.targetWamid = u"wamid.zzzzzz"_s;
    x[u"edit"_s] = {edit};
    return x;
}

void checkFixtureFile(const QString &file, const QMap<QString, Expected> &expected)
{
    const QJsonObject cases = fixtureCases(file);
    QVERIFY(!cases.isEmpty());
    // A case added to the fixtures needs an expectation here.
    QStringList caseNames = cases.keys();
    caseNames.sort();
    QStringList expectedNames = expected.keys();
    expectedNames.sort();
    QCOMPARE(caseNames, expectedNames);
    for (const QString &name : caseNames) {
        const auto result = CloudApiNotification::parse(caseBody(cases, name));
        const QString where = file + u" / "_s + name;
        QVERIFY2(result.validJson, qPrintable(where));
        QVERIFY2(result.events.size() == 1,
                 qPrintable(where + u": %1 events, skipped: "_s.arg(result.events.size())
                            + result.skipped.join(u" | "_s)));
        const QStringList diff = differences(result.events.first(), expected[name].event);
        QVERIFY2(diff.isEmpty(), qPrintable(where + u": "_s + diff.join(u"; "_s)));
        QVERIFY2(result.skipped.size() == expected[name].skipped,
                 qPrintable(where + u": skipped "_s + result.skipped.join(u" | "_s)));
    }
}

QByteArray notification(const QString &field, const QJsonObject &value)
{
    const QJsonObject change {{u"field"_s, field}, {u"value"_s, value}};
    const QJsonObject entry {{u"id"_s, u"1"_s}, {u"changes"_s, QJsonArray {change}}};
    const QJsonObject root {{u"object"_s, u"whatsapp_business_account"_s},
                            {u"entry"_s, QJsonArray {entry}}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QJsonObject metadata()
{
    return {{u"display_phone_number"_s, u"972123456789"_s},
            {u"phone_number_id"_s, u"1122334455667"_s}};
}

QByteArray oneMessage(const QJsonObject &message)
{
    return notification(u"messages"_s,
                        {{u"messaging_product"_s, u"whatsapp"_s},
                         {u"metadata"_s, metadata()},
                         {u"messages"_s, QJsonArray {message}}});
}

// Secret, body and signature computed with OpenSSL, independently of Qt:
//   printf '%s' '{"object":"whatsapp_business_account","entry":[]}' |
//     openssl dgst -sha256 -hmac 'hookline-test-secret'
const QByteArray knownSecret = QByteArrayLiteral("hookline-test-secret");
const QByteArray knownBody
    = QByteArrayLiteral(R"({"object":"whatsapp_business_account","entry":[]})");
const QByteArray knownHeader
    = QByteArrayLiteral("sha256=44e888975a282e6d43621b1efa279e13d8a9785e7e78471791eb41a81e2dcd2e");

} // namespace

class TestCloudApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void signatureKnownTriple()
    {
        QCOMPARE(CloudApiSignature::sign(knownSecret, knownBody), knownHeader);
        QVERIFY(CloudApiSignature::verify(knownSecret, knownBody, knownHeader));
        QVERIFY(CloudApiSignature::verify(knownSecret, knownBody,
                                          knownHeader.toUpper().replace("SHA256=", "sha256=")));
    }

    void signatureRefusals_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("header");
        const QByteArray hex = knownHeader.mid(7);
        QTest::newRow("empty secret") << QByteArray() << knownBody << knownHeader;
        QTest::newRow("other secret") << QByteArray("other") << knownBody << knownHeader;
        QTest::newRow("other body") << knownSecret << QByteArray(knownBody + ' ') << knownHeader;
        QTest::newRow("missing header") << knownSecret << knownBody << QByteArray();
        QTest::newRow("prefix only") << knownSecret << knownBody << QByteArray("sha256=");
        QTest::newRow("no prefix") << knownSecret << knownBody << hex;
        QTest::newRow("sha1 prefix") << knownSecret << knownBody << QByteArray("sha1=" + hex);
        QTest::newRow("short") << knownSecret << knownBody << knownHeader.chopped(1);
        QTest::newRow("long") << knownSecret << knownBody << QByteArray(knownHeader + "0");
        QTest::newRow("not hex") << knownSecret << knownBody
                                 << QByteArray("sha256=" + hex.chopped(2) + "zz");
        // fromHex would skip the space and read 63 digits plus one: must not pass.
        QTest::newRow("space inside")
            << knownSecret << knownBody << QByteArray("sha256=" + hex.left(10) + ' ' + hex.mid(11));
        QTest::newRow("base64") << knownSecret << knownBody
                                << QByteArray("sha256=" + QByteArray::fromHex(hex).toBase64());
    }

    void signatureRefusals()
    {
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, header);
        QVERIFY(!CloudApiSignature::verify(secret, body, header));
    }

    void signatureRoundTrip()
    {
        const QByteArray body = caseBody(fixtureCases(u"message.json"_s), u"text"_s);
        const QByteArray header = CloudApiSignature::sign("app-secret", body);
        QVERIFY(CloudApiSignature::verify("app-secret", body, header));
        QVERIFY(!CloudApiSignature::verify("app-secret", body + '\n', header));
    }

    void messageFixtures() { checkFixtureFile(u"message.json"_s, expectedMessages()); }
    void statusFixtures() { checkFixtureFile(u"message_status.json"_s, expectedStatuses()); }
    void echoFixtures() { checkFixtureFile(u"outgoing_message.json"_s, expectedEchoes()); }

    // Every message of every fixture becomes something the store accepts as it is.
    void fixturesValidateForTheStore()
    {
        for (const QString &file : {u"message.json"_s, u"outgoing_message.json"_s}) {
            const QJsonObject cases = fixtureCases(file);
            for (auto it = cases.begin(); it != cases.end(); ++it) {
                const auto result = CloudApiNotification::parse(caseBody(cases, it.key()));
                for (const Event &event : result.events) {
                    if (event.kind == Kind::Status)
                        continue;
                    const IngestMessage m = CloudApiNotification::toIngestMessage(event);
                    const auto error = MessageStore::validate({m});
                    QVERIFY2(!error,
                             qPrintable(file + u" / "_s + it.key() + u": "_s
                                        + (error ? error->message : QString())));
                    QCOMPARE(m.source, u"cloud_api"_s);
                    QCOMPARE(m.externalId, event.wamid);
                }
            }
        }
    }

    void incomingToIngestMessage()
    {
        const auto result
            = CloudApiNotification::parse(caseBody(fixtureCases(u"message.json"_s), u"text"_s));
        QCOMPARE(result.events.size(), 1);
        const IngestMessage m = CloudApiNotification::toIngestMessage(result.events.first());
        QCOMPARE(m.account.phone, u"+972123456789"_s);
        QVERIFY(m.account.fullName.isEmpty());
        QVERIFY(!m.chat.isGroup);
        QCOMPARE(m.chat.phone, u"+972987654321"_s);
        QCOMPARE(m.chat.fullName, u"Test Name"_s);
        QCOMPARE(m.direction, Direction::Received);
        QCOMPARE(m.sender, (Party {u"Test Name"_s, u"+972987654321"_s}));
        QCOMPARE(m.recipient, (Party {{}, u"+972123456789"_s}));
        QVERIFY(m.timestamp);
        QCOMPARE(*m.timestamp, QDateTime::fromString(u"2023-10-11T16:53:43Z"_s, Qt::ISODate));
        QCOMPARE(m.text, u"Body Text"_s);
        QVERIFY(!m.attachment);
        QCOMPARE(m.externalId, u"wamid.xyzxyz"_s);
        QCOMPARE(m.source, u"cloud_api"_s);
    }

    void echoToIngestMessage()
    {
        const auto result = CloudApiNotification::parse(
            caseBody(fixtureCases(u"outgoing_message.json"_s), u"edit"_s));
        QCOMPARE(result.events.size(), 1);
        const IngestMessage m = CloudApiNotification::toIngestMessage(result.events.first());
        QCOMPARE(m.account.phone, u"+972123456789"_s);
        QCOMPARE(m.chat.phone, u"+972987654321"_s);
        QCOMPARE(m.direction, Direction::Sent);
        QCOMPARE(m.sender, (Party {{}, u"+972123456789"_s}));
        QCOMPARE(m.recipient, (Party {u"Test Name"_s, u"+972987654321"_s}));
        QCOMPARE(m.text, u"Edited: Text was edited"_s);
        QCOMPARE(m.externalId, u"wamid.yyyyyy"_s);
    }

    void deleteIsAStatusOfTheOriginal()
    {
        const auto result = CloudApiNotification::parse(
            caseBody(fixtureCases(u"outgoing_message.json"_s), u"delete"_s));
        QCOMPARE(result.events.size(), 1);
        const MessageStatus s = CloudApiNotification::toMessageStatus(result.events.first());
        QCOMPARE(s.status, u"deleted"_s);
        QCOMPARE(s.at, QDateTime::fromSecsSinceEpoch(1697044968, Qt::UTC));
        QCOMPARE(s.detail, u"deleted in the WhatsApp Business app (wamid.yyyyyy)"_s);
    }

    void failedStatusToMessageStatus()
    {
        const auto result = CloudApiNotification::parse(
            caseBody(fixtureCases(u"message_status.json"_s), u"failed"_s));
        QCOMPARE(result.events.size(), 1);
        const MessageStatus s = CloudApiNotification::toMessageStatus(result.events.first());
        QCOMPARE(s.status, u"failed"_s);
        QCOMPARE(s.at, QDateTime::fromSecsSinceEpoch(1689380458, Qt::UTC));
        QVERIFY(s.detail.startsWith(u"130472 "_s));
    }

    void mediaWithoutAndWithFile()
    {
        const QJsonObject cases = fixtureCases(u"message.json"_s);
        const auto image = CloudApiNotification::parse(caseBody(cases, u"image"_s)).events.first();
        QCOMPARE(CloudApiNotification::toIngestMessage(image).text, u"[image]"_s);
        const IngestMessage withFile = CloudApiNotification::toIngestMessage(
            image, IngestMessage::File {{}, {}, QByteArrayLiteral("jpeg bytes")});
        QVERIFY(withFile.text.isEmpty());
        QVERIFY(withFile.attachment);
        QCOMPARE(withFile.attachment->fileName, u"image-65463453.jpg"_s);
        QCOMPARE(withFile.attachment->mimeType, u"image/jpeg"_s);
        QVERIFY(!MessageStore::validate({withFile}));

        const auto document
            = CloudApiNotification::parse(caseBody(cases, u"document"_s)).events.first();
        QCOMPARE(document.media->suggestedFileName(), u"filename.pdf"_s);
        QCOMPARE(CloudApiNotification::toIngestMessage(document).text, u"caption"_s);

        const auto voice = CloudApiNotification::parse(caseBody(cases, u"voice"_s)).events.first();
        QCOMPARE(CloudApiNotification::toIngestMessage(voice).text, u"[voice message]"_s);
        QCOMPARE(voice.media->suggestedFileName(), u"voice-1234567890987654321.ogg"_s);
        const IngestMessage voiceFile = CloudApiNotification::toIngestMessage(
            voice, IngestMessage::File {{}, {}, QByteArrayLiteral("ogg")});
        QCOMPARE(voiceFile.attachment->mimeType, u"audio/ogg"_s);
    }

    void repeatedNotificationHasTheSameExternalId()
    {
        const QByteArray body = caseBody(fixtureCases(u"message.json"_s), u"reply"_s);
        const auto first = CloudApiNotification::parse(body);
        const auto again = CloudApiNotification::parse(body);
        QCOMPARE(first.events.size(), 1);
        QCOMPARE(again.events.size(), 1);
        const IngestMessage a = CloudApiNotification::toIngestMessage(first.events.first());
        const IngestMessage b = CloudApiNotification::toIngestMessage(again.events.first());
        QVERIFY(!a.externalId.isEmpty());
        QCOMPARE(a.externalId, b.externalId);
    }

    void groupMessage()
    {
        QJsonObject message {{u"from"_s, u"972987654321"_s},
                             {u"group_id"_s, u"group-42"_s},
                             {u"id"_s, u"wamid.group"_s},
                             {u"timestamp"_s, u"1697043223"_s},
                             {u"type"_s, u"text"_s},
                             {u"text"_s, QJsonObject {{u"body"_s, u"hello group"_s}}}};
        const QJsonObject contact {{u"wa_id"_s, u"972987654321"_s},
                                   {u"profile"_s, QJsonObject {{u"name"_s, u"Member"_s}}}};
        const auto result
            = CloudApiNotification::parse(notification(u"messages"_s,
                                                       {{u"metadata"_s, metadata()},
                                                        {u"contacts"_s, QJsonArray {contact}},
                                                        {u"messages"_s, QJsonArray {message}}}));
        QCOMPARE(result.events.size(), 1);
        const Event &e = result.events.first();
        QCOMPARE(e.groupId, u"group-42"_s);
        QCOMPARE(e.customerWaId, u"972987654321"_s);
        QCOMPARE(e.customerName, u"Member"_s);
        const IngestMessage m = CloudApiNotification::toIngestMessage(e);
        QVERIFY(m.chat.isGroup);
        QCOMPARE(m.chat.groupId, u"group-42"_s);
        QVERIFY(m.chat.phone.isEmpty());
        // DESIGN §1: phones are empty in groups.
        QCOMPARE(m.sender, (Party {u"Member"_s, {}}));
        QVERIFY(!MessageStore::validate({m}));
    }

    void interactiveReplies()
    {
        const QJsonObject button {
            {u"from"_s, u"1"_s},
            {u"id"_s, u"wamid.b"_s},
            {u"type"_s, u"interactive"_s},
            {u"interactive"_s,
             QJsonObject {{u"type"_s, u"button_reply"_s},
                          {u"button_reply"_s,
                           QJsonObject {{u"id"_s, u"yes"_s}, {u"title"_s, u"Yes please"_s}}}}}};
        auto result = CloudApiNotification::parse(oneMessage(button));
        QCOMPARE(result.events.size(), 1);
        QCOMPARE(result.events.first().text, u"Yes please"_s);

        const QJsonObject list {
            {u"from"_s, u"1"_s},
            {u"id"_s, u"wamid.l"_s},
            {u"type"_s, u"interactive"_s},
            {u"interactive"_s,
             QJsonObject {{u"type"_s, u"list_reply"_s},
                          {u"list_reply"_s, QJsonObject {{u"title"_s, u"Option B"_s}}}}}};
        result = CloudApiNotification::parse(oneMessage(list));
        QCOMPARE(result.events.first().text, u"Option B"_s);

        const QJsonObject templateButton {{u"from"_s, u"1"_s},
                                          {u"id"_s, u"wamid.t"_s},
                                          {u"type"_s, u"button"_s},
                                          {u"button"_s, QJsonObject {{u"text"_s, u"Stop"_s}}}};
        result = CloudApiNotification::parse(oneMessage(templateButton));
        QCOMPARE(result.events.first().text, u"Stop"_s);
        QVERIFY(result.skipped.isEmpty());
    }

    void phoneFromWaId()
    {
        QCOMPARE(CloudApiNotification::phoneFromWaId(u"972123456789"_s), u"+972123456789"_s);
        QCOMPARE(CloudApiNotification::phoneFromWaId(u"+1 555-078 (3881)"_s), u"+15550783881"_s);
        QCOMPARE(CloudApiNotification::phoneFromWaId(u" <PLACEHOLDER> "_s), u"<PLACEHOLDER>"_s);
        QCOMPARE(CloudApiNotification::phoneFromWaId({}), QString());
    }

    void nothingToUse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("validJson");
        const QJsonObject text {{u"from"_s, u"1"_s},
                                {u"id"_s, u"wamid.a"_s},
                                {u"type"_s, u"text"_s},
                                {u"text"_s, QJsonObject {{u"body"_s, u"hi"_s}}}};
        QTest::newRow("unknown field")
            << notification(u"account_update"_s, {{u"metadata"_s, metadata()}}) << true;
        QJsonObject unknownType = text;
        unknownType[u"type"_s] = u"hologram"_s;
        QTest::newRow("unknown type") << oneMessage(unknownType) << true;
        QJsonObject noId = text;
        noId.remove(u"id"_s);
        QTest::newRow("missing wamid") << oneMessage(noId) << true;
        QJsonObject noFrom = text;
        noFrom.remove(u"from"_s);
        QTest::newRow("missing sender") << oneMessage(noFrom) << true;
        QTest::newRow("missing metadata")
            << notification(u"messages"_s, {{u"messages"_s, QJsonArray {text}}}) << true;
        QTest::newRow("status without id")
            << notification(u"messages"_s,
                            {{u"metadata"_s, metadata()},
                             {u"statuses"_s, QJsonArray {QJsonObject {{u"status"_s, u"read"_s}}}}})
            << true;
        QTest::newRow("revoke without original")
            << oneMessage({{u"from"_s, u"1"_s}, {u"id"_s, u"wamid.r"_s}, {u"type"_s, u"revoke"_s}})
            << true;
        QTest::newRow("messages not objects") << notification(
            u"messages"_s, {{u"metadata"_s, metadata()}, {u"messages"_s, QJsonArray {1, u"x"_s}}})
                                              << true;
        QTest::newRow("value not an object")
            << QByteArray(R"({"object":"whatsapp_business_account","entry":[{"changes":[)"
                          R"({"field":"messages","value":[1,2]}]}]})")
            << true;
        QTest::newRow("empty body") << QByteArray() << false;
        QTest::newRow("whitespace") << QByteArray(" \n") << false;
        QTest::newRow("empty object") << QByteArray("{}") << true;
        QTest::newRow("array") << QByteArray("[1,2,3]") << true;
        // QJsonDocument reads only objects and arrays at the top: a bare value is not a document.
        QTest::newRow("string") << QByteArray(R"("entry")") << false;
        QTest::newRow("null") << QByteArray("null") << false;
        QTest::newRow("missing entry")
            << QByteArray(R"({"object":"whatsapp_business_account"})") << true;
        QTest::newRow("entry not an array")
            << QByteArray(R"({"object":"whatsapp_business_account","entry":{"changes":[]}})")
            << true;
        QTest::newRow("entry without changes")
            << QByteArray(R"({"object":"whatsapp_business_account","entry":[{"id":"1"}]})") << true;
        QTest::newRow("other object")
            << QByteArray(R"({"object":"page","entry":[{"changes":[{"field":"messages"}]}]})")
            << true;
        QTest::newRow("truncated")
            << caseBody(fixtureCases(u"message.json"_s), u"text"_s).chopped(5) << false;
        QTest::newRow("deep nesting") << QByteArray(100000, '[') << false;
        QByteArray garbage(5 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(7); // fixed seed: the same bytes on every run
        for (char &c : garbage)
            c = char(generator.bounded(256));
        QTest::newRow("5 MB garbage") << garbage << false;
        QTest::newRow("5 MB entry string")
            << QByteArray(R"({"object":"whatsapp_business_account","entry":")"
                          + QByteArray(5 * 1024 * 1024, 'a') + R"("})")
            << true;
    }

    void nothingToUse()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, validJson);
        const auto result = CloudApiNotification::parse(body);
        QCOMPARE(result.validJson, validJson);
        QVERIFY(result.events.isEmpty());
        QVERIFY(!result.skipped.isEmpty());
        for (const QString &note : result.skipped)
            QVERIFY2(note.size() < 400, qPrintable(note.left(400)));
    }

    // One bad message does not cost the good one next to it.
    void goodMessageSurvivesBadNeighbour()
    {
        const QJsonObject good {{u"from"_s, u"1"_s},
                                {u"id"_s, u"wamid.good"_s},
                                {u"type"_s, u"text"_s},
                                {u"text"_s, QJsonObject {{u"body"_s, u"kept"_s}}}};
        const QJsonObject bad {{u"from"_s, u"1"_s}, {u"id"_s, u"wamid.bad"_s}, {u"type"_s, 5}};
        const auto result = CloudApiNotification::parse(notification(
            u"messages"_s, {{u"metadata"_s, metadata()}, {u"messages"_s, QJsonArray {bad, good}}}));
        QCOMPARE(result.events.size(), 1);
        QCOMPARE(result.events.first().wamid, u"wamid.good"_s);
        QCOMPARE(result.skipped.size(), 1);
        QVERIFY2(result.skipped.first().contains(u"messages[0]"_s),
                 qPrintable(result.skipped.first()));
    }

    void timestamps()
    {
        Event e;
        e.timestamp = u"1697043223"_s;
        QCOMPARE(e.dateTime(), QDateTime::fromSecsSinceEpoch(1697043223, Qt::UTC));
        for (const QString &bad : {u""_s, u"soon"_s, u"-5"_s, u"99999999999999999999"_s}) {
            e.timestamp = bad;
            QVERIFY2(!e.dateTime().isValid(), qPrintable(bad));
        }
        e.timestamp = u"nonsense"_s;
        e.kind = Kind::Incoming;
        e.displayPhoneNumber = u"1"_s;
        e.customerWaId = u"2"_s;
        e.text = u"x"_s;
        QVERIFY(!CloudApiNotification::toIngestMessage(e).timestamp); // "now" in the store
    }

    // On a shared store each instance's receiver sees only what its own server acknowledged.
    void inboxKeepsEachInstancesNotifications()
    {
        QTemporaryDir dir;
        QString error;
        auto store = StoreConnection::open(dir.filePath(u"hookline.sqlite"_s),
                                           dir.filePath(u"attachments"_s), &error);
        QVERIFY2(store, qPrintable(error));
        CloudApiInbox a(*store->database, u"host-a:/srv/a"_s);
        CloudApiInbox b(*store->database, u"host-b:/srv/b"_s);
        const qint64 first = a.add("{\"for\":\"a\"}", 1);
        b.add("{\"for\":\"b\"}", 2);
        a.add("{\"for\":\"a again\"}", 3);
        QCOMPARE(a.count(), 2);
        QCOMPARE(b.count(), 1);
        const auto entries = a.oldest(0, 10);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.constFirst().id, first);
        QCOMPARE(b.oldest(0, 10).constFirst().body, QByteArray("{\"for\":\"b\"}"));
        a.remove(first);
        QCOMPARE(a.count(), 1);
        QCOMPARE(b.count(), 1);
    }

    // The receiver, in-process on a real store, against the fake Graph API: what arrives in the
    // inbox becomes messages, media is downloaded (and retried), statuses find their message.
    void receiverStoresMessagesMediaAndStatuses()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        FakeGraphApi graph(u"EAAG-token"_s);
        const QByteArray jpeg = QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(5000, 'j');
        graph.addMedia(u"65463453"_s, {jpeg, u"image/jpeg"_s, 1}); // fails once, then works
        graph.addMedia(u"777"_s, {"pdf", u"application/pdf"_s, 100}); // never works
        QString error;
        const QString dbPath = dir.filePath(u"hookline.sqlite"_s);
        const QString files = dir.filePath(u"attachments"_s);
        auto store = StoreConnection::open(dbPath, files, &error);
        QVERIFY2(store, qPrintable(error));
        CloudApiRegistry registry(dir.path());
        registry.load(*store);
        CloudApiAccount account;
        account.accountId = store->messages->createAccount({0, u"+972123456789"_s, u"Shop"_s, {}});
        account.phoneNumberId = u"1122334455667"_s;
        account.graphBaseUrl = graph.baseUrl();
        account.appSecret = u"app-secret"_s;
        account.accessToken = u"EAAG-token"_s;
        const auto refused = registry.save(*store, account);
        QVERIFY2(!refused, refused ? qPrintable(refused->error.message) : "");

        // Waiting in the inbox before the receiver starts (as after a crash): processed at start.
        CloudApiInbox inbox(*store->database, {});
        const QString fileName = u"message.json"_s;
        inbox.add(caseBody(fixtureCases(u"message_status.json"_s), u"delivered"_s), 0);
        inbox.add(caseBody(fixtureCases(fileName), u"text"_s), 0);
        inbox.add(caseBody(fixtureCases(fileName), u"text"_s), 0); // Meta repeats: stored once
        inbox.add(caseBody(fileName, u"image"_s, u"wamid.xyzxyz"_s, u"wamid.image"_s), 0);
        SystemClock clock;
        CloudApiReceiver receiver({dbPath, files, &registry, nullptr, &clock, {1}, 3, 5000});
        receiver.start();
        QTRY_COMPARE_WITH_TIMEOUT(inbox.count(), 0, 20000);
        const auto text = store->messages->messageByExternalId(u"wamid.xyzxyz"_s);
        QVERIFY(text);
        QCOMPARE(text->direction, Direction::Received);
        QCOMPARE(text->source, u"cloud_api"_s);
        QCOMPARE(store->messages->chat(text->chatId)->accountId, account.accountId);
        // The status came before its message and still found it.
        QTRY_COMPARE_WITH_TIMEOUT(store->messages->statusHistory(text->id).size(), 1, 10000);
        QCOMPARE(store->messages->statusHistory(text->id).constFirst().status, u"delivered"_s);

        // The image: first lookup failed, so stored with a placeholder and the failure noted...
        const auto image = store->messages->messageByExternalId(u"wamid.image"_s);
        QVERIFY(image);
        QCOMPARE(image->text, u"[image]"_s);
        QCOMPARE(store->messages->statusHistory(image->id).constFirst().status,
                 u"media_download_failed"_s);
        // ... and the retry a second later attaches the file.
        QTRY_VERIFY_WITH_TIMEOUT(store->messages->messageByExternalId(u"wamid.image"_s)->attachment,
                                 15000);
        const Attachment a = *store->messages->messageByExternalId(u"wamid.image"_s)->attachment;
        QCOMPARE(a.mimeType, u"image/jpeg"_s);
        QCOMPARE(store->attachments->read(a.sha256), jpeg);
        QCOMPARE(store->messages->statusHistory(image->id).constLast().status,
                 u"media_downloaded"_s);
        QCOMPARE(graph.lookups(u"65463453"_s), 2);

        // A media id that keeps failing: tried three times in all, then given up, noted.
        QByteArray stuck = caseBody(fileName, u"image"_s, u"wamid.xyzxyz"_s, u"wamid.stuck"_s);
        stuck.replace("65463453", "777");
        inbox.add(stuck, 0);
        receiver.notify();
        QTRY_VERIFY_WITH_TIMEOUT(
            store->messages
                    ->statusHistory(store->messages->messageByExternalId(u"wamid.stuck"_s)
                                        .value_or(Message {})
                                        .id)
                    .size()
                == 2,
            20000);
        const auto stuckMessage = *store->messages->messageByExternalId(u"wamid.stuck"_s);
        const auto history = store->messages->statusHistory(stuckMessage.id);
        QCOMPARE(history.constLast().status, u"media_unavailable"_s);
        QVERIFY2(history.constLast().detail.contains(u"gave up after 3 attempts"_s),
                 qPrintable(history.constLast().detail));
        QCOMPARE(graph.lookups(u"777"_s), 3);
        QCOMPARE(MediaDownloadQueue(*store->database).count(), 0);
        QVERIFY(!stuckMessage.attachment);

        // An id Meta does not know is not retried at all.
        QByteArray unknown = caseBody(fileName, u"image"_s, u"wamid.xyzxyz"_s, u"wamid.gone"_s);
        unknown.replace("65463453", "404404");
        inbox.add(unknown, 0);
        receiver.notify();
        QTRY_VERIFY_WITH_TIMEOUT(store->messages->messageByExternalId(u"wamid.gone"_s), 10000);
        const auto gone = *store->messages->messageByExternalId(u"wamid.gone"_s);
        QCOMPARE(store->messages->statusHistory(gone.id).constFirst().status,
                 u"media_unavailable"_s);
        QCOMPARE(MediaDownloadQueue(*store->database).count(), 0);
        QCOMPARE(graph.lookups(u"404404"_s), 1);
        // Events of a number no account uses are skipped; the inbox still empties.
        QByteArray stranger = caseBody(fileName, u"text"_s, u"wamid.xyzxyz"_s, u"wamid.other"_s);
        stranger.replace("1122334455667", "9999999999");
        inbox.add(stranger, 0);
        receiver.notify();
        QTRY_COMPARE_WITH_TIMEOUT(inbox.count(), 0, 10000);
        QVERIFY(!store->messages->messageByExternalId(u"wamid.other"_s));

        // A notification the store keeps refusing does not hold up the ones behind it: after
        // three tries it stays in the inbox (for the next start) and the next one is stored.
        store->database->execDirect(
            u"CREATE TRIGGER refuse BEFORE INSERT ON messages WHEN NEW.external_id = "
            "'wamid.poison' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s);
        inbox.add(caseBody(fileName, u"text"_s, u"wamid.xyzxyz"_s, u"wamid.poison"_s), 0);
        inbox.add(caseBody(fileName, u"text"_s, u"wamid.xyzxyz"_s, u"wamid.after"_s), 0);
        receiver.notify();
        QTRY_VERIFY_WITH_TIMEOUT(store->messages->messageByExternalId(u"wamid.after"_s), 30000);
        QCOMPARE(inbox.count(), 1);
        QVERIFY(!store->messages->messageByExternalId(u"wamid.poison"_s));
    }

    void graphClientSendsTextsAndFiles()
    {
        FakeGraphApi graph(u"EAAG-token"_s);
        GraphApiClient client(graph.baseUrl(), u"EAAG-token"_s, 5000);
        auto sent = client.send(u"1122334455667"_s, u"972987654321"_s, u"Your order shipped"_s);
        QVERIFY2(sent.ok, qPrintable(sent.error));
        QCOMPARE(sent.wamid, u"wamid.FAKE1"_s);
        QCOMPARE(graph.sent().constFirst().body[u"text"_s][u"body"_s].toString(),
                 u"Your order shipped"_s);
        QCOMPARE(graph.sent().constFirst().body[u"to"_s].toString(), u"972987654321"_s);

        sent
            = client.send(u"1122334455667"_s, u"972987654321"_s, u"the invoice"_s,
                          IngestMessage::File {u"invoice.pdf"_s, u"application/pdf"_s, "%PDF-1.4"});
        QVERIFY2(sent.ok, qPrintable(sent.error));
        const QJsonObject body = graph.sent().constLast().body;
        QCOMPARE(body[u"type"_s].toString(), u"document"_s);
        QCOMPARE(body[u"document"_s][u"filename"_s].toString(), u"invoice.pdf"_s);
        QCOMPARE(body[u"document"_s][u"caption"_s].toString(), u"the invoice"_s);
        QCOMPARE(graph.uploads().value(body[u"document"_s][u"id"_s].toString()),
                 QByteArray("%PDF-1.4"));

        graph.refuseNextSend(131047, u"Re-engagement message"_s);
        sent = client.send(u"1122334455667"_s, u"972987654321"_s, u"late"_s);
        QVERIFY(!sent.ok);
        QVERIFY2(sent.error.contains(u"Re-engagement message"_s)
                     && sent.error.contains(u"131047"_s),
                 qPrintable(sent.error));
        // A wrong token is Meta's error 190, named.
        sent = GraphApiClient(graph.baseUrl(), u"wrong"_s, 5000)
                   .send(u"1122334455667"_s, u"972987654321"_s, u"x"_s);
        QVERIFY2(!sent.ok && sent.error.contains(u"code 190"_s), qPrintable(sent.error));
        // Nothing listening: a transport error that names it.
        sent = GraphApiClient(u"http://127.0.0.1:1/v21.0"_s, u"t"_s, 2000)
                   .send(u"1"_s, u"2"_s, u"x"_s);
        QVERIFY2(!sent.ok && sent.error.contains(u"onnect"_s), qPrintable(sent.error));
    }
};

QTEST_MAIN(TestCloudApi)
#include "tst_cloudapi.moc"
