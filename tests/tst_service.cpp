// The service layer (core/service/): each use case whole, with one vocabulary of refusals, on a
// real store.
#include "delivery/payloadassembler.h"
#include "domain/standardwebhooks.h"
#include "service/accountservice.h"
#include "service/chatimportservice.h"
#include "service/feedservice.h"
#include "service/messageservice.h"
#include "service/replayservice.h"
#include "service/webhookservice.h"
#include "service/workspaceservice.h"
#include "store/ingestwriter.h"
#include "store/storeconnection.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace hookline;
using namespace Qt::StringLiterals;

namespace hookline {
// Names both fields when a comparison fails.
char *toString(const WebhookHeader &header)
{
    return QTest::toString(u"{\"%1\", \"%2\"}"_s.arg(header.name, header.value));
}
} // namespace hookline

class TestService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void webhookWithoutANameIsNamedAfterItsHost();
    void webhookRefusalsNameTheField_data();
    void webhookRefusalsNameTheField();
    void webhookHeaderRefusalsNameTheField_data();
    void webhookHeaderRefusalsNameTheField();
    void webhookHeaderValuesAreWriteOnlyAndKeptByName();
    void webhookHeaderPresets();
    void webhookFilterRefusalsNameTheField_data();
    void webhookFilterRefusalsNameTheField();
    void catastrophicRegexIsRefusedByMeasurement_data();
    void catastrophicRegexIsRefusedByMeasurement();
    void webhookFilterIsSavedReplacedAndRemoved();
    void filterPreviewTicksTheNewestMessages();
    void secondWebhookForTheSameReceiverIsAConflict();
    void missingWebhookIsNotFound();
    void pauseAndReenableWithTheBacklogDiscarded();
    void workspaceChangesOnlyWhatIsNamed();
    void refusedWorkspaceSaveStoresNothing_data();
    void refusedWorkspaceSaveStoresNothing();
    void accountsHaveOnePhoneRule();
    void messagesAreStoredWholeOrNotAtAll();
    void resendMakesANewDelivery();
    void replayDryRunCountsAndTheRunQueuesExactlyThose();
    void replayRefusalsNameTheField();
    void replayOfABundlingWebhookSendsSplitBundlesPerChat();
    void teammatesAreRemovedOnce();
    void responsibleTeammateNeedsBothToExist();
    void importNeedsAnAccount();
    void pullFeedReadsInOrderAndAcksForward();
    void feedRefusalsNameTheParameter();
    void bothModeFeedsWhatThePushDelivers();
    void leavingPushStartsTheFeedAtWhatIsOwed();

private:
    WebhookService service() { return WebhookService(*m_store, nullptr); }
    FeedService feed() { return FeedService(*m_store, nullptr); }
    qint64 createWebhook(DeliveryMode mode, const QString &secret = {});
    QString deliveryState(qint64 deliveryId);
    static WebhookService::Changes settings(const QString &name, const QString &url)
    {
        WebhookService::Changes c;
        c.name = name;
        c.url = url;
        return c;
    }

    // A message through the ingest hook, as every source stores one.
    MessageStore::Stored ingest(const QString &text, Direction direction = Direction::Received,
                                const QString &account = u"+972500000000"_s, bool group = false,
                                bool attachment = false);

    // `count` messages of one chat, timed `stepMs` apart from `firstMs`, texts "0", "1", ...;
    // every other one sent. Stored before any webhook exists, so nothing is owed for them.
    void ingestTimed(const QString &peer, qint64 firstMs, qint64 stepMs, int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<StoreConnection> m_store;
};

void TestService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<TestDatabase>();
    QString error;
    m_store = StoreConnection::open(m_database->location(m_dir->filePath(u"hookline.sqlite"_s)),
                                    m_dir->filePath(u"attachments"_s), &error);
    QVERIFY2(m_store, qPrintable(error));
}

void TestService::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

// The API took a webhook without a name and the window refused one; now neither refuses and no
// list shows a blank.
void TestService::webhookWithoutANameIsNamedAfterItsHost()
{
    const auto created = service().create(settings(u"  "_s, u"https://hooks.zapier.com/a/1"_s), 5);
    QVERIFY(created.ok());
    QCOMPARE(created.value().name, u"hooks.zapier.com"_s);
    QCOMPARE(m_store->webhooks->webhook(created.value().id)->name, u"hooks.zapier.com"_s);
    const auto named = service().create(settings(u" CRM "_s, u"https://crm.example.com/in"_s), 5);
    QVERIFY(named.ok());
    QCOMPARE(named.value().name, u"CRM"_s);
}

void TestService::webhookRefusalsNameTheField_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("field");
    QTest::newRow("no url") << QString() << QString() << 15000 << u"url"_s;
    QTest::newRow("ftp") << u"ftp://example.com/x"_s << QString() << 15000 << u"url"_s;
    QTest::newRow("bad secret") << u"https://example.com/x"_s << u"whsec_short"_s << 15000
                                << u"secret"_s;
    QTest::newRow("timeout") << u"https://example.com/x"_s << QString() << 50 << u"timeout_ms"_s;
}

void TestService::webhookRefusalsNameTheField()
{
    QFETCH(QString, url);
    QFETCH(QString, secret);
    QFETCH(int, timeoutMs);
    QFETCH(QString, field);
    WebhookService::Changes c = settings(u"CRM"_s, url);
    c.secret = secret;
    c.timeoutMs = timeoutMs;
    const auto created = service().create(c, 5);
    QVERIFY(!created.ok());
    // A missing URL is a required field, not a wrong one: the window says so.
    QCOMPARE(created.error().code,
             url.isEmpty() ? ServiceError::Code::Required : ServiceError::Code::Invalid);
    QCOMPARE(created.error().field, field);
    QVERIFY(!created.error().message.isEmpty());
    QVERIFY(m_store->webhooks->webhooks().isEmpty());

    // The same rules on an edit; the stored settings stay.
    const auto good = service().create(settings(u"CRM"_s, u"https://example.com/ok"_s), 5);
    QVERIFY(good.ok());
    const auto edited = service().update(good.value().id, c, 6);
    QVERIFY(!edited.ok());
    QCOMPARE(edited.error().field, field);
    QCOMPARE(m_store->webhooks->webhook(good.value().id)->url, u"https://example.com/ok"_s);
}

void TestService::webhookHeaderRefusalsNameTheField_data()
{
    QTest::addColumn<QList<WebhookHeader>>("headers");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("named"); // what the sentence must name
    QTest::addColumn<bool>("required");
    const WebhookHeader good = WebhookHeader::bearer(u"t0ken"_s);
    // Each name Hookline or the HTTP connection sets, in any case.
    for (const QString &name :
         {u"Connection"_s, u"Keep-Alive"_s, u"Proxy-Authorization"_s, u"proxy-connection"_s,
          u"TE"_s, u"Trailer"_s, u"Transfer-Encoding"_s, u"Upgrade"_s, u"HOST"_s,
          u"Content-Length"_s, u"Expect"_s, u"content-type"_s, u"User-Agent"_s, u"webhook-id"_s,
          u"Webhook-Timestamp"_s, u"webhook-signature"_s}) {
        QTest::addRow("reserved %s", qPrintable(name))
            << QList<WebhookHeader> {good, {name, u"x"_s}} << u"headers[1].name"_s << name << false;
    }
    QTest::newRow("CR LF in a value")
        << QList<WebhookHeader> {good, {u"X-Key"_s, u"abc\r\nX-Evil: 1"_s}} << u"headers[1].value"_s
        << u"line breaks"_s << false;
    QTest::newRow("LF in a value") << QList<WebhookHeader> {{u"X-Key"_s, u"abc\nX-Evil: 1"_s}}
                                   << u"headers[0].value"_s << u"line breaks"_s << false;
    QTest::newRow("NUL in a value") << QList<WebhookHeader> {{u"X-Key"_s, QString(u"ab\0c"_s)}}
                                    << u"headers[0].value"_s << u"NUL"_s << false;
    QTest::newRow("CR LF in a name") << QList<WebhookHeader> {{u"X-Key\r\nX-Evil"_s, u"1"_s}}
                                     << u"headers[0].name"_s << u"letters, digits"_s << false;
    QTest::newRow("space in a name") << QList<WebhookHeader> {{u"X Key"_s, u"1"_s}}
                                     << u"headers[0].name"_s << u"letters, digits"_s << false;
    QTest::newRow("colon in a name") << QList<WebhookHeader> {{u"X-Key:"_s, u"1"_s}}
                                     << u"headers[0].name"_s << u"letters, digits"_s << false;
    QTest::newRow("no name") << QList<WebhookHeader> {{QString(), u"1"_s}} << u"headers[0].name"_s
                             << u"required"_s << true;
    QTest::newRow("65-character name") << QList<WebhookHeader> {{QString(65, u'X'), u"1"_s}}
                                       << u"headers[0].name"_s << u"64 characters"_s << false;
    QTest::newRow("twice in another case")
        << QList<WebhookHeader> {WebhookHeader::apiKey(u"k1"_s), {u"x-api-key"_s, u"k2"_s}}
        << u"headers[1].name"_s << u"x-api-key is given twice"_s << false;
    QTest::newRow("empty value") << QList<WebhookHeader> {{u"X-Key"_s, u""_s}}
                                 << u"headers[0].value"_s << u"required"_s << true;
    QTest::newRow("value to keep, none stored") << QList<WebhookHeader> {{u"X-Key"_s, QString()}}
                                                << u"headers[0].value"_s << u"required"_s << true;
    QTest::newRow("4097-byte value")
        << QList<WebhookHeader> {{u"X-Key"_s, QString(4095, u'a') + u"é"_s}}
        << u"headers[0].value"_s << u"4096 bytes"_s << false;
    QTest::newRow("21 headers") << QList<WebhookHeader>(21, good) << u"headers"_s << u"20"_s
                                << false;
}

void TestService::webhookHeaderRefusalsNameTheField()
{
    QFETCH(QList<WebhookHeader>, headers);
    QFETCH(QString, field);
    QFETCH(QString, named);
    QFETCH(bool, required);
    WebhookService::Changes c = settings(u"CRM"_s, u"https://example.com/x"_s);
    c.headers = headers;
    const auto created = service().create(c, 5);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code,
             required ? ServiceError::Code::Required : ServiceError::Code::Invalid);
    QCOMPARE(created.error().field, field);
    QVERIFY2(created.error().message.startsWith(field), qPrintable(created.error().message));
    QVERIFY2(created.error().message.contains(named), qPrintable(created.error().message));
    QVERIFY(m_store->webhooks->webhooks().isEmpty());

    // The store refuses the same list by itself.
    Webhook w;
    w.url = u"https://example.com/x"_s;
    w.headers = headers;
    QCOMPARE(WebhookStore::validate(w)->field, field);
}

void TestService::webhookHeaderValuesAreWriteOnlyAndKeptByName()
{
    // The longest value and the most headers pass.
    QList<WebhookHeader> many;
    for (int i = 0; i < WebhookHeader::maxCount; ++i)
        many.append({u"X-H%1"_s.arg(i), QString(4094, u'a') + u"é"_s});
    WebhookService::Changes c = settings(u"CRM"_s, u"https://example.com/x"_s);
    c.headers = many;
    QVERIFY(service().create(c, 5).ok());

    c = settings(u"Other"_s, u"https://example.com/y"_s);
    c.headers = QList<WebhookHeader> {WebhookHeader::bearer(u"tok-1"_s), {u"X-Tenant"_s, u"t-1"_s}};
    const auto created = service().create(c, 5);
    QVERIFY(created.ok());
    const qint64 id = created.value().id;
    QCOMPARE(m_store->webhooks->webhook(id)->headers, *c.headers);

    // The whole list replaces the stored one; a null value keeps the value stored under that
    // name, in whatever case it is given now.
    WebhookService::Changes edit;
    edit.headers = QList<WebhookHeader> {{u"authorization"_s, QString()}, {u"X-New"_s, u"n-1"_s}};
    const auto edited = service().update(id, edit, 6);
    QVERIFY(edited.ok());
    QCOMPARE(
        edited.value().headers,
        QList<WebhookHeader>({{u"authorization"_s, u"Bearer tok-1"_s}, {u"X-New"_s, u"n-1"_s}}));
    QCOMPARE(m_store->webhooks->webhook(id)->headers, edited.value().headers);
    // The activity log names the change, never a value.
    const ActivityEntry entry = m_store->activity->recent(id, 1).constFirst();
    QCOMPARE(entry.text, u"settings changed: headers"_s);

    // A name to keep that is not stored is refused, and nothing changes.
    edit.headers = QList<WebhookHeader> {{u"X-Tenant"_s, QString()}};
    const auto refused = service().update(id, edit, 7);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, u"headers[0].value"_s);
    QCOMPARE(m_store->webhooks->webhook(id)->headers, edited.value().headers);

    // Other changes leave the headers alone; an empty list removes them.
    WebhookService::Changes rename;
    rename.name = u"Renamed"_s;
    QCOMPARE(service().update(id, rename, 8).value().headers, edited.value().headers);
    edit.headers = QList<WebhookHeader>();
    QVERIFY(service().update(id, edit, 9).value().headers.isEmpty());
    QVERIFY(m_store->webhooks->webhook(id)->headers.isEmpty());
}

void TestService::webhookHeaderPresets()
{
    QCOMPARE(WebhookHeader::bearer(u"abc.def"_s),
             (WebhookHeader {u"Authorization"_s, u"Bearer abc.def"_s}));
    // RFC 7617's examples, the second with a password in UTF-8.
    QCOMPARE(*WebhookHeader::basic(u"Aladdin"_s, u"open sesame"_s),
             (WebhookHeader {u"Authorization"_s, u"Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="_s}));
    QCOMPARE(*WebhookHeader::basic(u"test"_s, u"123£"_s),
             (WebhookHeader {u"Authorization"_s, u"Basic dGVzdDoxMjPCow=="_s}));
    // A colon in the password is fine; in the user name it would end the name early.
    QVERIFY(WebhookHeader::basic(u"crm"_s, u"a:b"_s));
    QVERIFY(!WebhookHeader::basic(u"crm:1"_s, u"x"_s));
    QCOMPARE(WebhookHeader::apiKey(u"k-1"_s), (WebhookHeader {u"X-API-Key"_s, u"k-1"_s}));
    QCOMPARE(WebhookHeader::apiKey(u"X-Auth-Token"_s, u"k-2"_s),
             (WebhookHeader {u"X-Auth-Token"_s, u"k-2"_s}));
    // Each preset passes the rules as it is.
    WebhookService::Changes c = settings(u"CRM"_s, u"https://example.com/x"_s);
    c.headers = QList<WebhookHeader> {*WebhookHeader::basic(u"crm"_s, u"pw"_s),
                                      WebhookHeader::apiKey(u"k-1"_s)};
    QVERIFY(service().create(c, 5).ok());
}

void TestService::secondWebhookForTheSameReceiverIsAConflict()
{
    QVERIFY(service().create(settings(u"A"_s, u"https://example.com/x"_s), 5).ok());
    const auto twice = service().create(settings(u"B"_s, u"https://example.com/x"_s), 5);
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code, ServiceError::Code::Conflict);
    QCOMPARE(twice.error().field, u"url"_s);
    QCOMPARE(m_store->webhooks->webhooks().size(), 1);
}

void TestService::missingWebhookIsNotFound()
{
    const auto updated = service().update(42, settings(u"A"_s, u"https://example.com/x"_s), 5);
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().code, ServiceError::Code::NotFound);
    const auto removed = service().remove(42);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code, ServiceError::Code::NotFound);
}

void TestService::pauseAndReenableWithTheBacklogDiscarded()
{
    const auto created = service().create(settings(u"A"_s, u"https://example.com/x"_s), 5);
    QVERIFY(created.ok());
    const qint64 id = created.value().id;
    m_store->webhooks->setFailureState(id, 4, 1000);

    WebhookService::Changes pause;
    pause.enabled = false;
    const auto paused = service().update(id, pause, 6);
    QVERIFY(paused.ok());
    QVERIFY(!paused.value().enabled);

    WebhookService::Changes reenable;
    reenable.enabled = true;
    reenable.backlog = Backlog::Discard;
    const auto again = service().update(id, reenable, 7);
    QVERIFY(again.ok());
    QVERIFY(again.value().enabled);
    QCOMPARE(again.value().consecutiveErrors, 0);
    // Settings left out of a change keep their values.
    QCOMPARE(again.value().name, u"A"_s);
    QCOMPARE(again.value().url, u"https://example.com/x"_s);

    QVERIFY(service().remove(id).ok());
    QVERIFY(!m_store->webhooks->webhook(id));
}

void TestService::workspaceChangesOnlyWhatIsNamed()
{
    WorkspaceService::Changes first;
    first.ownerName = u" Asha Rao "_s;
    first.ownerEmail = u"asha@example.com"_s;
    first.timeZone = u"Asia/Kolkata"_s;
    first.teammates = {{0, u"Ravi"_s, u"ravi@example.com"_s}};
    const auto saved = WorkspaceService(*m_store, nullptr, nullptr).update(first);
    QVERIFY(saved.ok());
    QCOMPARE(saved.value().ownerName, u"Asha Rao"_s);

    WorkspaceService::Changes second;
    second.smtpHost = u"smtp.example.com"_s;
    second.teammates = {{0, u"Ravi Kumar"_s, u"ravi@example.com"_s}};
    const auto again = WorkspaceService(*m_store, nullptr, nullptr).update(second);
    QVERIFY(again.ok());
    QCOMPARE(again.value().ownerEmail, u"asha@example.com"_s);
    QCOMPARE(again.value().timeZone, u"Asia/Kolkata"_s);
    QCOMPARE(again.value().smtpHost, u"smtp.example.com"_s);
    const auto team = m_store->workspace->teammates();
    QCOMPARE(team.size(), 1);
    QCOMPARE(team.constFirst().fullName, u"Ravi Kumar"_s);
}

void TestService::refusedWorkspaceSaveStoresNothing_data()
{
    QTest::addColumn<WorkspaceService::Changes>("changes");
    QTest::addColumn<QString>("field");
    QTest::addColumn<ServiceError::Code>("code");
    WorkspaceService::Changes email;
    email.ownerEmail = u"not an address"_s;
    email.ownerName = u"Changed"_s;
    QTest::newRow("owner e-mail") << email << u"owner.email"_s << ServiceError::Code::Invalid;
    WorkspaceService::Changes zone;
    zone.timeZone = u"Mars/Olympus"_s;
    zone.ownerName = u"Changed"_s;
    QTest::newRow("time zone") << zone << u"timezone"_s << ServiceError::Code::Invalid;
    WorkspaceService::Changes teammate;
    teammate.ownerName = u"Changed"_s;
    teammate.teammates = {{0, u"Ok"_s, u"ok@example.com"_s}, {0, u"Bad"_s, u"nobody"_s}};
    QTest::newRow("teammate") << teammate << u"teammates[1].email"_s << ServiceError::Code::Invalid;
    // Nowhere to keep secrets (no notifier): the password is refused, and so is the rest.
    WorkspaceService::Changes password;
    password.ownerName = u"Changed"_s;
    password.smtpPassword = u"hunter2"_s;
    QTest::newRow("password") << password << u"smtp.password"_s << ServiceError::Code::Unavailable;
}

void TestService::refusedWorkspaceSaveStoresNothing()
{
    QFETCH(WorkspaceService::Changes, changes);
    QFETCH(QString, field);
    QFETCH(ServiceError::Code, code);
    const auto saved = WorkspaceService(*m_store, nullptr, nullptr).update(changes);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().field, field);
    QCOMPARE(saved.error().code, code);
    QCOMPARE(m_store->workspace->settings().ownerName, QString());
    QVERIFY(m_store->workspace->teammates().isEmpty());
}

// The page and the API refused a missing or taken phone in their own words; now one rule.
void TestService::accountsHaveOnePhoneRule()
{
    AccountService service(*m_store);
    const auto blank = service.create({u"  "_s, u"Sales"_s, {}});
    QVERIFY(!blank.ok());
    QCOMPARE(blank.error().code, ServiceError::Code::Required);
    QCOMPARE(blank.error().field, u"phone"_s);

    const auto sales = service.create({u" +14155550100 "_s, u"Sales"_s, u"sales@example.com"_s});
    QVERIFY(sales.ok());
    QCOMPARE(sales.value().phone, u"+14155550100"_s);
    const auto support = service.create({u"+14155550101"_s, u"Support"_s, {}});
    QVERIFY(support.ok());

    const auto twice = service.create({u"+14155550100"_s, {}, {}});
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code, ServiceError::Code::Conflict);
    const auto taken = service.update(support.value().id, {u"+14155550100"_s, {}, {}});
    QVERIFY(!taken.ok());
    QCOMPARE(taken.error().code, ServiceError::Code::Conflict);
    QCOMPARE(m_store->messages->account(support.value().id)->phone, u"+14155550101"_s);

    // A change names only what it changes.
    const auto renamed = service.update(sales.value().id, {{}, u"Sales desk"_s, {}});
    QVERIFY(renamed.ok());
    QCOMPARE(renamed.value().fullName, u"Sales desk"_s);
    QCOMPARE(renamed.value().email, u"sales@example.com"_s);
    QCOMPARE(service.update(999, {{}, u"x"_s, {}}).error().code, ServiceError::Code::NotFound);
}

void TestService::messagesAreStoredWholeOrNotAtAll()
{
    IngestWriter writer({m_database->location(m_dir->filePath(u"hookline.sqlite"_s)),
                         m_dir->filePath(u"attachments"_s), nullptr});
    QString error;
    QVERIFY2(writer.start(&error), qPrintable(error));
    MessageService service(*m_store, writer, nullptr);
    IngestMessage good;
    good.account.phone = u"+14155550100"_s;
    good.chat.phone = u"+919800000001"_s;
    good.text = u"hello"_s;
    IngestMessage empty = good;
    empty.text.clear();

    const auto refused = service.create({good, empty}, 5);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ServiceError::Code::Invalid);
    QCOMPARE(refused.error().index, 1);
    QCOMPARE(refused.error().field, u"text"_s);
    QVERIFY(!m_store->messages->latestMessage());

    const auto stored = service.create({good, good}, 5);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().stored.size(), 2);
    QCOMPARE(
        m_store->messages->chatMessages(stored.value().stored.constFirst().message.chatId).size(),
        2);

    // No Cloud API here: sending through WhatsApp is refused by name, and nothing is stored.
    good.direction = Direction::Sent;
    const auto sent = service.sendThroughWhatsApp(good, 5);
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().field, u"send"_s);
}

// The Deliveries page resent with its own transaction and activity line; now the window and
// POST /api/v1/deliveries/{id}/resend share one use case.
void TestService::resendMakesANewDelivery()
{
    IngestWriter writer({m_database->location(m_dir->filePath(u"hookline.sqlite"_s)),
                         m_dir->filePath(u"attachments"_s), nullptr});
    QString error;
    QVERIFY2(writer.start(&error), qPrintable(error));
    const auto webhook = service().create(settings(u"CRM"_s, u"https://crm.example.com/in"_s), 5);
    QVERIFY(webhook.ok());
    IngestMessage m;
    m.account.phone = u"+14155550100"_s;
    m.chat.phone = u"+919800000001"_s;
    m.text = u"hello"_s;
    QVERIFY(MessageService(*m_store, writer, nullptr).create({m}, 5).ok());
    const QList<PendingDelivery> pending = m_store->outbox->pending(webhook.value().id);
    QCOMPARE(pending.size(), 1);

    const auto resent = service().resend(pending.constFirst().id, 9);
    QVERIFY(resent.ok());
    QVERIFY(resent.value() > pending.constFirst().id);
    QCOMPARE(m_store->outbox->pending(webhook.value().id).size(), 2);
    const QList<ActivityEntry> activity = m_store->activity->recent(webhook.value().id);
    QVERIFY(std::any_of(activity.cbegin(), activity.cend(), [&](const ActivityEntry &e) {
        return e.kind == ActivityKind::Resent && e.deliveryId == resent.value();
    }));

    const auto missing = service().resend(resent.value() + 1000, 9);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ServiceError::Code::NotFound);
}

void TestService::ingestTimed(const QString &peer, qint64 firstMs, qint64 stepMs, int count)
{
    QList<IngestMessage> batch;
    for (int i = 0; i < count; ++i) {
        IngestMessage m;
        m.account.phone = u"+972500000000"_s;
        m.chat.phone = peer;
        m.direction = i % 2 ? Direction::Sent : Direction::Received;
        m.timestamp = QDateTime::fromMSecsSinceEpoch(firstMs + i * stepMs, Qt::UTC);
        m.text = QString::number(i);
        batch.append(m);
    }
    m_store->messages->ingest(batch, m_store->outbox->hook(5));
}

// Replay by range: a dry run counts and writes nothing; the run queues exactly the messages
// counted, each as a new delivery marked as a replay, in time order; a filter narrows them, and
// without one the webhook's own applies.
void TestService::replayDryRunCountsAndTheRunQueuesExactlyThose()
{
    constexpr qint64 t0 = 1772355600000; // 2026-03-01T09:00:00Z
    ingestTimed(u"+919800000001"_s, t0, 2000, 10); // t0, t0 + 2 s … t0 + 18 s
    ingestTimed(u"+919800000002"_s, t0 + 1000, 2000, 5); // t0 + 1 s, t0 + 3 s … t0 + 9 s
    const auto webhook = service().create(settings(u"CRM"_s, u"https://crm.example.com/in"_s), 5);
    QVERIFY(webhook.ok());
    const qint64 id = webhook.value().id;
    ReplayService replays(*m_store, nullptr);

    ReplayService::Request request;
    request.webhookId = id;
    request.fromMs = t0 + 4000; // included
    request.toMs = t0 + 16000; // excluded
    const auto dry = replays.replay(request, 9);
    QVERIFY(dry.ok());
    QCOMPARE(dry.value().messages, 9); // 6 of the first chat, 3 of the second
    QCOMPARE(dry.value().requests, 9);
    QCOMPARE(dry.value().firstMessageMs, t0 + 4000);
    QCOMPARE(dry.value().lastMessageMs, t0 + 14000);
    QCOMPARE(dry.value().firstDeliveryId, 0);
    QCOMPARE(m_store->database->firstRow(u"SELECT count(*) FROM deliveries"_s, {},
                                         [](const QSqlQuery &q) { return q.value(0).toInt(); }),
             0);

    WebhookFilter received;
    received.direction = WebhookFilter::DirectionRule::Received;
    request.filter = received;
    const auto narrowed = replays.replay(request, 9);
    QVERIFY(narrowed.ok());
    QCOMPARE(narrowed.value().messages, 5); // even texts: 2, 4, 6 and 2, 4

    // Without a filter of its own, the request takes the webhook's.
    WebhookService::Changes sentOnly;
    WebhookFilter sent;
    sent.direction = WebhookFilter::DirectionRule::Sent;
    sentOnly.filter = sent;
    QVERIFY(service().update(id, sentOnly, 6).ok());
    request.filter.reset();
    QCOMPARE(replays.replay(request, 9).value().messages, 4);
    request.filter = WebhookFilter();
    QCOMPARE(replays.replay(request, 9).value().messages, 9);

    request.dryRun = false;
    const auto run = replays.replay(request, 9);
    QVERIFY(run.ok());
    QCOMPARE(run.value().messages, 9);
    QCOMPARE(run.value().requests, 9);
    const QList<PendingDelivery> pending = m_store->outbox->pending(id);
    QCOMPARE(pending.size(), 9);
    QCOMPARE(pending.constFirst().id, run.value().firstDeliveryId);
    QCOMPARE(pending.constLast().id, run.value().lastDeliveryId);
    struct Queued
    {
        QString text;
        qint64 timeMs;
        bool replay;
        QString kind;
        QString webhookMessageId;
    };
    const QList<Queued> queued = m_store->database->rows(
        u"SELECT m.text, m.timestamp_ms, d.replay, d.kind, d.webhook_message_id FROM deliveries d"
        " JOIN delivery_messages dm ON dm.delivery_id = d.id"
        " JOIN messages m ON m.id = dm.message_id ORDER BY d.id"_s,
        {}, [](const QSqlQuery &q) {
            return Queued {q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toBool(),
                           q.value(3).toString(), q.value(4).toString()};
        });
    QCOMPARE(queued.size(), 9);
    QSet<QString> webhookMessageIds;
    for (int i = 0; i < queued.size(); ++i) {
        QVERIFY(queued.at(i).replay);
        QCOMPARE(queued.at(i).kind, u"single"_s);
        QVERIFY(queued.at(i).webhookMessageId.startsWith(u"msg_"_s));
        webhookMessageIds.insert(queued.at(i).webhookMessageId);
        QVERIFY(i == 0 || queued.at(i - 1).timeMs < queued.at(i).timeMs);
    }
    QCOMPARE(webhookMessageIds.size(), 9);
    QCOMPARE(queued.constFirst().text, u"2"_s);
    QCOMPARE(queued.constLast().text, u"7"_s);
    QVERIFY(m_store->outbox->delivery(run.value().firstDeliveryId)->replay);
    const QList<ActivityEntry> activity = m_store->activity->recent(id);
    QVERIFY(std::any_of(activity.cbegin(), activity.cend(), [&](const ActivityEntry &e) {
        return e.kind == ActivityKind::Resent && e.deliveryId == run.value().firstDeliveryId
            && e.text.startsWith(u"replay of 9 message(s) from 2026-03-01T09:00:04.000Z to"
                                 " 2026-03-01T09:00:16.000Z: 9 request(s) queued"_s);
    }));

    // The plan reads no further than its limit, and says so.
    const Outbox::ReplayPlan capped
        = m_store->outbox->planReplay(t0, t0 + 60000, nullptr, false, false, 4);
    QVERIFY(!capped.complete);
    QCOMPARE(capped.messages, 4);
    QVERIFY(m_store->outbox->planReplay(t0, t0 + 60000, nullptr, false, false, 15).complete);
}

void TestService::replayRefusalsNameTheField()
{
    constexpr qint64 t0 = 1772355600000;
    ingestTimed(u"+919800000001"_s, t0, 1000, 3);
    const auto webhook = service().create(settings(u"CRM"_s, u"https://crm.example.com/in"_s), 5);
    QVERIFY(webhook.ok());
    ReplayService replays(*m_store, nullptr);
    ReplayService::Request request;
    request.webhookId = webhook.value().id;
    request.fromMs = t0;
    request.toMs = t0;
    request.dryRun = false;
    auto refused = replays.replay(request, 9);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, u"to"_s);

    request.toMs = t0 + 60000;
    WebhookFilter broken;
    broken.text = u"(unclosed"_s;
    broken.textIsRegex = true;
    request.filter = broken;
    refused = replays.replay(request, 9);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ServiceError::Code::Invalid);
    QCOMPARE(refused.error().field, u"filter.text"_s);

    // Nothing in the range: a dry run counts zero, a run is refused.
    request.filter.reset();
    request.fromMs = t0 + 3600000;
    request.toMs = t0 + 7200000;
    refused = replays.replay(request, 9);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, u"from"_s);
    request.dryRun = true;
    QCOMPARE(replays.replay(request, 9).value().messages, 0);
    WebhookFilter none;
    none.text = u"no message says this"_s;
    request.filter = none;
    request.fromMs = t0;
    request.dryRun = false;
    refused = replays.replay(request, 9);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, u"filter"_s);
    request.filter.reset();

    WebhookService::Changes pause;
    pause.enabled = false;
    QVERIFY(service().update(webhook.value().id, pause, 6).ok());
    refused = replays.replay(request, 9);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ServiceError::Code::Conflict);
    QCOMPARE(refused.error().field, u"enabled"_s);
    QVERIFY(refused.error().message.contains(u"paused"_s));

    request.webhookId = webhook.value().id + 100;
    refused = replays.replay(request, 9);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ServiceError::Code::NotFound);
    QCOMPARE(refused.error().field, u"id"_s);
    QCOMPARE(m_store->database->firstRow(u"SELECT count(*) FROM deliveries"_s, {},
                                         [](const QSqlQuery &q) { return q.value(0).toInt(); }),
             0);
}

// A bundling webhook gets a replay as its bundles: per chat, split at Outbox::maxBundleMessages
// as a flush splits, queued at once whatever its window.
void TestService::replayOfABundlingWebhookSendsSplitBundlesPerChat()
{
    constexpr qint64 t0 = 1772355600000;
    ingestTimed(u"+919800000001"_s, t0, 10, 1200);
    ingestTimed(u"+919800000002"_s, t0 + 5, 10, 2);
    auto bundling = settings(u"CRM"_s, u"https://crm.example.com/in"_s);
    bundling.aggregation = Aggregation::Hours24;
    const auto webhook = service().create(bundling, 5);
    QVERIFY(webhook.ok());
    ReplayService::Request request;
    request.webhookId = webhook.value().id;
    request.fromMs = t0;
    request.toMs = t0 + 3600000;
    request.dryRun = false;
    const auto run = ReplayService(*m_store, nullptr).replay(request, 9);
    QVERIFY(run.ok());
    QCOMPARE(run.value().messages, 1202);
    QCOMPARE(run.value().requests, 4);
    const QList<std::pair<QString, int>> sizes = m_store->database->rows(
        u"SELECT d.kind, count(*) FROM deliveries d JOIN delivery_messages dm"
        " ON dm.delivery_id = d.id WHERE d.replay = 1 GROUP BY d.id, d.kind ORDER BY d.id"_s,
        {}, [](const QSqlQuery &q) {
            return std::pair {q.value(0).toString(), q.value(1).toInt()};
        });
    QCOMPARE(sizes,
             (QList<std::pair<QString, int>> {
                 {u"bundle"_s, 500}, {u"bundle"_s, 500}, {u"bundle"_s, 200}, {u"bundle"_s, 2}}));
}

// Removing a teammate was the page's own write; the API could not remove one at all.
void TestService::teammatesAreRemovedOnce()
{
    WorkspaceService workspace(*m_store, nullptr, nullptr);
    WorkspaceService::Changes add;
    add.teammates = {{0, u"Dana"_s, u"dana@example.com"_s}, {0, u"Ravi"_s, u"ravi@example.com"_s}};
    QVERIFY(workspace.update(add).ok());
    const QList<Teammate> team = m_store->workspace->teammates();
    QCOMPARE(team.size(), 2);

    const auto left = workspace.removeTeammate(team.constFirst().id);
    QVERIFY(left.ok());
    QCOMPARE(left.value().size(), 1);
    QCOMPARE(left.value().constFirst().email, team.constLast().email);
    const auto again = workspace.removeTeammate(team.constFirst().id);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ServiceError::Code::NotFound);
    QCOMPARE(m_store->workspace->teammates().size(), 1);
}

// The Chats page wrote the responsible teammate on its own, and an unknown chat was a store error.
void TestService::responsibleTeammateNeedsBothToExist()
{
    WorkspaceService workspace(*m_store, nullptr, nullptr);
    WorkspaceService::Changes add;
    add.teammates = {{0, u"Dana"_s, u"dana@example.com"_s}};
    QVERIFY(workspace.update(add).ok());
    const qint64 dana = m_store->workspace->teammates().constFirst().id;
    IngestWriter writer({m_database->location(m_dir->filePath(u"hookline.sqlite"_s)),
                         m_dir->filePath(u"attachments"_s), nullptr});
    QString error;
    QVERIFY2(writer.start(&error), qPrintable(error));
    IngestMessage m;
    m.account.phone = u"+14155550100"_s;
    m.chat.phone = u"+919800000001"_s;
    m.text = u"hello"_s;
    const auto created = MessageService(*m_store, writer, nullptr).create({m}, 5);
    QVERIFY(created.ok());
    const qint64 chatId = created.value().stored.constFirst().message.chatId;

    const auto noChat = workspace.setChatResponsible(chatId + 100, dana);
    QVERIFY(!noChat.ok());
    QCOMPARE(noChat.error().code, ServiceError::Code::NotFound);
    QCOMPARE(noChat.error().field, u"chat_id"_s);
    const auto noTeammate = workspace.setChatResponsible(chatId, dana + 100);
    QVERIFY(!noTeammate.ok());
    QCOMPARE(noTeammate.error().field, u"teammate_id"_s);
    QCOMPARE(m_store->messages->chat(chatId)->responsibleTeammateId, 0);

    QVERIFY(workspace.setChatResponsible(chatId, dana).ok());
    QCOMPARE(m_store->messages->chat(chatId)->responsibleTeammateId, dana);
    QVERIFY(workspace.setChatResponsible(chatId, 0).ok());
    QCOMPARE(m_store->messages->chat(chatId)->responsibleTeammateId, 0);
}

// The dialog, the route and the command line each checked the account and told the engine.
void TestService::importNeedsAnAccount()
{
    QFile file(m_dir->filePath(u"WhatsApp Chat with Priya.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("12/01/2024, 10:00 - Priya: hello\n12/01/2024, 10:01 - Priya: are you there?\n");
    file.close();
    ChatImportService service(*m_store, nullptr);
    ChatExportImporter::Options options;
    options.peerPhone = u"+919800000001"_s;

    const auto refused = service.importFile(file.fileName(), options, 5);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ServiceError::Code::Required);
    QCOMPARE(refused.error().field, u"account"_s);
    QVERIFY(!m_store->messages->latestMessage());

    options.accountPhone = u"+14155550100"_s;
    const auto imported = service.importFile(file.fileName(), options, 5);
    QVERIFY(imported.ok());
    QVERIFY2(imported.value().error.isEmpty(), qPrintable(imported.value().error));
    QCOMPARE(imported.value().messagesStored, 2);
}

MessageStore::Stored TestService::ingest(const QString &text, Direction direction,
                                         const QString &account, bool group, bool attachment)
{
    IngestMessage m;
    m.account.phone = account;
    m.chat.isGroup = group;
    if (group)
        m.chat.groupId = u"120363@g.us"_s;
    else
        m.chat.phone = u"+919800000001"_s;
    m.direction = direction;
    m.text = text;
    if (attachment)
        m.attachment = IngestMessage::File {u"a.txt"_s, u"text/plain"_s, "abc"};
    return m_store->messages->ingest({m}, m_store->outbox->hook(5)).constFirst();
}

void TestService::webhookFilterRefusalsNameTheField_data()
{
    QTest::addColumn<WebhookFilter>("filter");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("named"); // what the sentence must name
    const auto accounts = [](const QStringList &list) {
        WebhookFilter f;
        f.accounts = list;
        return f;
    };
    const auto text = [](const QString &pattern, bool regex) {
        WebhookFilter f;
        f.text = pattern;
        f.textIsRegex = regex;
        return f;
    };
    QTest::newRow("blank account")
        << accounts({u"+1 415"_s, u" "_s}) << u"filter.accounts[1]"_s << u"required"_s;
    QTest::newRow("a name, not a phone")
        << accounts({u"Sales"_s}) << u"filter.accounts[0]"_s << u"phone number"_s;
    QTest::newRow("no digit") << accounts({u"+()"_s}) << u"filter.accounts[0]"_s
                              << u"phone number"_s;
    QTest::newRow("same number twice") << accounts({u"+14155550100"_s, u"+1 (415) 555-0100"_s})
                                       << u"filter.accounts[1]"_s << u"given twice"_s;
    QTest::newRow("65 characters")
        << accounts({QString(65, u'1')}) << u"filter.accounts[0]"_s << u"64 characters"_s;
    QStringList many;
    for (int i = 0; i <= WebhookFilter::maxAccounts; ++i)
        many << u"+1%1"_s.arg(i);
    QTest::newRow("101 accounts") << accounts(many) << u"filter.accounts"_s << u"100"_s;
    QTest::newRow("501-character substring")
        << text(QString(501, u'x'), false) << u"filter.text"_s << u"500 characters"_s;
    QTest::newRow("501-character pattern")
        << text(QString(501, u'x'), true) << u"filter.text"_s << u"500 characters"_s;
    QTest::newRow("unclosed group") << text(u"(order"_s, true) << u"filter.text"_s
                                    << u"not a valid regular expression: missing closing"_s;
    QTest::newRow("nothing to repeat")
        << text(u"*order"_s, true) << u"filter.text"_s << u"not a valid regular expression"_s;
}

void TestService::webhookFilterRefusalsNameTheField()
{
    QFETCH(WebhookFilter, filter);
    QFETCH(QString, field);
    QFETCH(QString, named);
    WebhookService::Changes c = settings(u"CRM"_s, u"https://example.com/x"_s);
    c.filter = filter;
    const auto created = service().create(c, 5);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().field, field);
    QVERIFY2(created.error().message.startsWith(field), qPrintable(created.error().message));
    QVERIFY2(created.error().message.contains(named), qPrintable(created.error().message));
    QVERIFY(m_store->webhooks->webhooks().isEmpty());

    // The store refuses the same filter by itself, and so does a preview.
    Webhook w;
    w.url = u"https://example.com/x"_s;
    w.filter = filter;
    QCOMPARE(WebhookStore::validate(w)->field, field);
    QCOMPARE(service().preview(filter).error().field, field);
}

void TestService::catastrophicRegexIsRefusedByMeasurement_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("refused");
    // Nested and overlapping repetition, none of it named anywhere in the rules: each is
    // refused because PCRE2 gives up on, or spends the budget on, the adversarial texts.
    for (const QString &bad :
         {u"(a+)+$"_s, u"(x+x+)+y"_s, u"^(\\w+\\s?)*$"_s, u"(a|aa)+$"_s, u"(\\d+)*x"_s, u"(.+)+@"_s,
          u"^(([a-z])+.)+[A-Z]([a-z])+$"_s, u"(a|a)*$"_s})
        QTest::addRow("refused %s", qPrintable(bad)) << bad << true;
    // Linear patterns of the same characters pass, however long the text.
    for (const QString &good : {u"order"_s, u"a+$"_s, u"order.*paid"_s, u"\\border\\s*#?\\d+"_s,
                                u"invoice|receipt|bill|payment|refund|delivery"_s,
                                u"^(?:[^,]*,){3}x"_s, u"\\bURGENT\\b|\\basap\\b"_s, u"पैसे|भुगतान"_s})
        QTest::addRow("saved %s", qPrintable(good)) << good << false;
}

void TestService::catastrophicRegexIsRefusedByMeasurement()
{
    QFETCH(QString, pattern);
    QFETCH(bool, refused);
    WebhookService::Changes c = settings(u"CRM"_s, u"https://example.com/x"_s);
    WebhookFilter filter;
    filter.text = pattern;
    filter.textIsRegex = true;
    c.filter = filter;
    // The form's check as the user types only compiles the expression: it must stay cheap.
    Webhook typed;
    c.applyTo(typed);
    QVERIFY(!WebhookService::check(typed));
    const auto created = service().create(c, 5);
    QCOMPARE(!created.ok(), refused);
    if (!refused) {
        QCOMPARE(m_store->webhooks->webhook(created.value().id)->filter, filter);
        return;
    }
    QCOMPARE(created.error().code, ServiceError::Code::Invalid);
    QCOMPARE(created.error().field, u"filter.text"_s);
    QVERIFY2(created.error().message.contains(u"backtracks catastrophically"_s),
             qPrintable(created.error().message));
    // As a substring the same text is harmless and is saved.
    filter.textIsRegex = false;
    c.filter = filter;
    const auto saved = service().create(c, 5);
    QVERIFY(saved.ok());
    // An edit measures it as a save does.
    WebhookService::Changes edit;
    filter.textIsRegex = true;
    edit.filter = filter;
    const auto edited = service().update(saved.value().id, edit, 6);
    QVERIFY(!edited.ok());
    QCOMPARE(edited.error().field, u"filter.text"_s);
    QCOMPARE(m_store->webhooks->webhook(saved.value().id)->filter.textIsRegex, false);
}

void TestService::webhookFilterIsSavedReplacedAndRemoved()
{
    WebhookFilter filter;
    filter.direction = WebhookFilter::DirectionRule::Received;
    filter.accounts = {u"+14155550100"_s, u"+91 98000 00001"_s};
    filter.chatKind = WebhookFilter::ChatKind::Group;
    filter.attachment = WebhookFilter::AttachmentRule::With;
    filter.text = u"order #\\d+"_s;
    filter.textIsRegex = true;
    WebhookService::Changes c = settings(u"CRM"_s, u"https://example.com/x"_s);
    c.filter = filter;
    const auto created = service().create(c, 5);
    QVERIFY(created.ok());
    const qint64 id = created.value().id;
    QCOMPARE(m_store->webhooks->webhook(id)->filter, filter);

    // Other changes leave it alone.
    WebhookService::Changes rename;
    rename.name = u"Renamed"_s;
    QCOMPARE(service().update(id, rename, 6).value().filter, filter);

    // A new filter replaces the whole one; the activity names the change.
    WebhookFilter other;
    other.direction = WebhookFilter::DirectionRule::Sent;
    WebhookService::Changes edit;
    edit.filter = other;
    QCOMPARE(service().update(id, edit, 7).value().filter, other);
    QCOMPARE(m_store->activity->recent(id, 1).constFirst().text, u"settings changed: filter"_s);

    // A refused filter changes nothing.
    WebhookFilter bad;
    bad.text = u"(a+)+$"_s;
    bad.textIsRegex = true;
    edit.filter = bad;
    QCOMPARE(service().update(id, edit, 8).error().field, u"filter.text"_s);
    QCOMPARE(m_store->webhooks->webhook(id)->filter, other);

    // The empty filter removes it: the column is empty again, as for a webhook that never had
    // one, so the ingest hook passes it by.
    edit.filter = WebhookFilter();
    QVERIFY(service().update(id, edit, 9).value().filter.isEmpty());
    QSqlQuery q = m_store->database->execDirect(
        u"SELECT message_filter FROM webhooks WHERE id = %1"_s.arg(id));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QString());
}

void TestService::filterPreviewTicksTheNewestMessages()
{
    const QString other = u"+14155550100"_s;
    ingest(u"New ORDER #12"_s);
    ingest(u"thanks"_s, Direction::Sent);
    ingest(u"order for the group"_s, Direction::Received, other, true, true);
    ingest(u"hello"_s, Direction::Received, u"+972500000000"_s, true, true);

    struct Case
    {
        WebhookFilter filter;
        QList<bool> ticks; // newest first: hello, group order, thanks, New ORDER
        QString rejection; // of "thanks"
    };
    QList<Case> cases;
    cases.append({WebhookFilter(), {true, true, true, true}, QString()});
    WebhookFilter f;
    f.direction = WebhookFilter::DirectionRule::Received;
    cases.append({f, {true, true, false, true}, u"direction"_s});
    f = WebhookFilter();
    f.accounts = {u"+1 (415) 555-0100"_s};
    cases.append({f, {false, true, false, false}, u"accounts"_s});
    f = WebhookFilter();
    f.chatKind = WebhookFilter::ChatKind::Direct;
    cases.append({f, {false, false, true, true}, QString()});
    f = WebhookFilter();
    f.attachment = WebhookFilter::AttachmentRule::With;
    cases.append({f, {true, true, false, false}, u"attachment"_s});
    f = WebhookFilter();
    f.text = u"order"_s;
    cases.append({f, {false, true, false, true}, u"text"_s});
    f.text = u"#\\d+$"_s;
    f.textIsRegex = true;
    cases.append({f, {false, false, false, true}, u"text"_s});
    for (const Case &c : std::as_const(cases)) {
        const auto preview = service().preview(c.filter);
        QVERIFY(preview.ok());
        QCOMPARE(preview.value().size(), 4);
        QCOMPARE(preview.value().at(0).message.text, u"hello"_s);
        QList<bool> ticks;
        for (const WebhookService::Preview &p : preview.value())
            ticks << p.matches;
        QCOMPARE(ticks, c.ticks);
        QCOMPARE(preview.value().at(2).rejection, c.rejection);
    }

    // At most the newest 50; the rest are not read.
    for (int i = 0; i < 60; ++i)
        ingest(u"m%1"_s.arg(i));
    const auto preview = service().preview(WebhookFilter());
    QCOMPARE(preview.value().size(), WebhookService::previewCount);
    QCOMPARE(preview.value().constFirst().message.text, u"m59"_s);
    QCOMPARE(service().preview(WebhookFilter(), 3).value().size(), 3);
}

qint64 TestService::createWebhook(DeliveryMode mode, const QString &secret)
{
    WebhookService::Changes c
        = settings(u"Feed"_s, u"https://feed.example.com/%1"_s.arg(int(mode)));
    c.mode = mode;
    c.secret = secret;
    const auto created = service().create(c, 5);
    return created.ok() ? created.value().id : 0;
}

QString TestService::deliveryState(qint64 deliveryId)
{
    return m_store->database
        ->firstRow(u"SELECT state FROM deliveries WHERE id = ?"_s, {deliveryId},
                   [](const QSqlQuery &q) { return q.value(0).toString(); })
        .value_or(QString());
}

// A pull webhook's deliveries are made as for a push; the feed lists them in order with the
// push's body and signature, and an acknowledgement takes them, never moving back.
void TestService::pullFeedReadsInOrderAndAcksForward()
{
    const QString secret = StandardWebhooks::generateSecret();
    const qint64 id = createWebhook(DeliveryMode::Pull, secret);
    QVERIFY(id > 0);
    QCOMPARE(m_store->webhooks->webhook(id)->mode, DeliveryMode::Pull);
    for (int i = 0; i < 5; ++i)
        ingest(u"pulled %1 नमस्ते"_s.arg(i));
    const QList<PendingDelivery> pending = m_store->outbox->pending(id);
    QCOMPARE(pending.size(), 5);

    const qint64 nowMs = 1'772'345'678'000;
    const auto all = feed().read(id, std::nullopt, FeedService::defaultLimit, nowMs);
    QVERIFY(all.ok());
    QCOMPARE(all.value().entries.size(), 5);
    QCOMPARE(all.value().ackedCursor, u"0"_s);
    QCOMPARE(all.value().nextCursor, all.value().entries.constLast().cursor);
    PayloadAssembler assembler(*m_store->database, *m_store->workspace, nullptr);
    for (int i = 0; i < 5; ++i) {
        const FeedService::Entry &e = all.value().entries.at(i);
        const auto push = assembler.assemble(pending.at(i).id, nowMs);
        QVERIFY(push);
        QCOMPARE(e.payload, push->body);
        QCOMPARE(e.webhookMessageId, push->delivery.webhookMessageId);
        QCOMPARE(e.timestamp, nowMs / 1000);
        QVERIFY(StandardWebhooks::verify(secret, e.webhookMessageId, e.timestamp, e.payload,
                                         e.signature));
    }

    // Pages of two, each after the last one's cursor, end on an empty page that stays put.
    const auto first = feed().read(id, std::nullopt, 2, nowMs);
    QCOMPARE(first.value().entries.size(), 2);
    QCOMPARE(first.value().nextCursor, all.value().entries.at(1).cursor);
    const auto second = feed().read(id, first.value().nextCursor, 2, nowMs);
    QCOMPARE(second.value().entries.constFirst().cursor, all.value().entries.at(2).cursor);
    const auto third = feed().read(id, second.value().nextCursor, 2, nowMs);
    QCOMPARE(third.value().entries.size(), 1);
    const auto empty = feed().read(id, third.value().nextCursor, 2, nowMs);
    QVERIFY(empty.value().entries.isEmpty());
    QCOMPARE(empty.value().nextCursor, third.value().nextCursor);

    // The acknowledgement takes the first two: delivered, logged, no longer owed or listed.
    const auto acked = feed().ack(id, first.value().nextCursor, 9);
    QVERIFY(acked.ok());
    QCOMPARE(acked.value(), first.value().nextCursor);
    QCOMPARE(deliveryState(pending.at(1).id), u"delivered"_s);
    QCOMPARE(deliveryState(pending.at(2).id), u"pending"_s);
    QCOMPARE(m_store->outbox->pendingMessageCount(id), 3);
    QCOMPARE(m_store->activity->recent(id).constFirst().text,
             u"taken by the feed: 2 delivery(ies) up to cursor %1"_s.arg(pending.at(1).id));
    const auto rest = feed().read(id, std::nullopt, FeedService::defaultLimit, nowMs);
    QCOMPARE(rest.value().entries.size(), 3);
    QCOMPARE(rest.value().entries.constFirst().cursor, all.value().entries.at(2).cursor);
    QCOMPARE(rest.value().ackedCursor, acked.value());

    // An older cursor changes nothing and answers with where the cursor is.
    const auto older = feed().ack(id, all.value().entries.constFirst().cursor, 10);
    QVERIFY(older.ok());
    QCOMPARE(older.value(), acked.value());
    QCOMPARE(feed().ack(id, u"0"_s, 10).value(), acked.value());

    QVERIFY(feed().ack(id, all.value().nextCursor, 11).ok());
    QCOMPARE(m_store->outbox->pendingMessageCount(id), 0);
    QVERIFY(feed().read(id, std::nullopt, 10, nowMs).value().entries.isEmpty());
}

void TestService::feedRefusalsNameTheParameter()
{
    const qint64 pull = createWebhook(DeliveryMode::Pull);
    const qint64 other = createWebhook(DeliveryMode::Both);
    const qint64 push = createWebhook(DeliveryMode::Push);
    ingest(u"one"_s);
    const qint64 othersDelivery = m_store->outbox->pending(other).constFirst().id;
    for (int limit : {0, -1, FeedService::maxLimit + 1}) {
        const auto r = feed().read(pull, std::nullopt, limit, 5000);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ServiceError::Code::Invalid);
        QCOMPARE(r.error().field, u"limit"_s);
    }
    QVERIFY(feed().read(pull, std::nullopt, FeedService::maxLimit, 5000).ok());
    for (const QString &after : {u"abc"_s, u"-1"_s, u""_s, u"1e3"_s, u"1234567890123456789"_s}) {
        const auto r = feed().read(pull, after, 10, 5000);
        QVERIFY2(!r.ok(), qPrintable(after));
        QCOMPARE(r.error().field, u"after"_s);
    }
    // An acknowledgement names one of this feed's entries: not garbage, not another webhook's
    // delivery, not one that does not exist yet.
    for (const QString &cursor : {u"abc"_s, u" 1"_s, QString::number(othersDelivery),
                                  QString::number(othersDelivery + 1000)}) {
        const auto r = feed().ack(pull, cursor, 5000);
        QVERIFY2(!r.ok(), qPrintable(cursor));
        QCOMPARE(r.error().code, ServiceError::Code::Invalid);
        QCOMPARE(r.error().field, u"cursor"_s);
    }
    QCOMPARE(feed().ack(pull, u"0"_s, 5000).value(), u"0"_s);
    // A push-only webhook has no feed; a missing one is not found.
    const auto pushOnly = feed().read(push, std::nullopt, 10, 5000);
    QCOMPARE(pushOnly.error().code, ServiceError::Code::Conflict);
    QCOMPARE(pushOnly.error().field, u"mode"_s);
    QCOMPARE(feed().ack(push, u"0"_s, 5000).error().field, u"mode"_s);
    QCOMPARE(feed().read(push + 100, std::nullopt, 10, 5000).error().code,
             ServiceError::Code::NotFound);
}

// In both mode the push keeps its own account: the feed lists what the push delivered and what
// it still owes, and an acknowledgement moves only the feed's cursor.
void TestService::bothModeFeedsWhatThePushDelivers()
{
    const qint64 id = createWebhook(DeliveryMode::Both);
    for (int i = 0; i < 3; ++i)
        ingest(u"both %1"_s.arg(i));
    const QList<PendingDelivery> pending = m_store->outbox->pending(id);
    QCOMPARE(pending.size(), 3);
    m_store->outbox->markDelivered(pending.at(0).id, 6); // as the engine does after a POST
    const auto page = feed().read(id, std::nullopt, 10, 7000);
    QCOMPARE(page.value().entries.size(), 3);
    QVERIFY(page.value().entries.constFirst().signature.isEmpty()); // no secret, no signature
    QCOMPARE(feed().ack(id, page.value().entries.at(1).cursor, 8).value(),
             page.value().entries.at(1).cursor);
    QCOMPARE(deliveryState(pending.at(1).id), u"pending"_s);
    QCOMPARE(m_store->outbox->pendingMessageCount(id), 2);
    QCOMPARE(feed().read(id, std::nullopt, 10, 7000).value().entries.size(), 1);
}

// A push webhook's history is not dumped into a new feed: it starts at the oldest delivery still
// owed. Pull from both takes what the feed's receiver already acknowledged.
void TestService::leavingPushStartsTheFeedAtWhatIsOwed()
{
    const qint64 id = createWebhook(DeliveryMode::Push);
    for (int i = 0; i < 4; ++i)
        ingest(u"owed %1"_s.arg(i));
    const QList<PendingDelivery> pending = m_store->outbox->pending(id);
    m_store->outbox->markDelivered(pending.at(0).id, 6);
    WebhookService::Changes both;
    both.mode = DeliveryMode::Both;
    QVERIFY(service().update(id, both, 7).ok());
    auto page = feed().read(id, std::nullopt, 10, 7000);
    QCOMPARE(page.value().entries.size(), 3);
    QCOMPARE(page.value().entries.constFirst().cursor, QString::number(pending.at(1).id));
    QVERIFY(feed().ack(id, page.value().entries.constFirst().cursor, 8).ok());
    QCOMPARE(deliveryState(pending.at(1).id), u"pending"_s);

    WebhookService::Changes pull;
    pull.mode = DeliveryMode::Pull;
    QVERIFY(service().update(id, pull, 9).ok());
    QCOMPARE(deliveryState(pending.at(1).id), u"delivered"_s);
    QCOMPARE(m_store->outbox->pendingMessageCount(id), 2);
    page = feed().read(id, std::nullopt, 10, 7000);
    QCOMPARE(page.value().entries.size(), 2);
    QVERIFY(m_store->activity->recent(id).constFirst().text.startsWith(u"taken by the feed"_s));
}

QTEST_MAIN(TestService)
#include "tst_service.moc"
