// The service layer (core/service/): each use case whole, with one vocabulary of refusals, on a
// real store.
#include "service/accountservice.h"
#include "service/chatimportservice.h"
#include "service/messageservice.h"
#include "service/webhookservice.h"
#include "service/workspaceservice.h"
#include "store/ingestwriter.h"
#include "store/storeconnection.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace hookline;
using namespace Qt::StringLiterals;

class TestService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void webhookWithoutANameIsNamedAfterItsHost();
    void webhookRefusalsNameTheField_data();
    void webhookRefusalsNameTheField();
    void secondWebhookForTheSameReceiverIsAConflict();
    void missingWebhookIsNotFound();
    void pauseAndReenableWithTheBacklogDiscarded();
    void workspaceChangesOnlyWhatIsNamed();
    void refusedWorkspaceSaveStoresNothing_data();
    void refusedWorkspaceSaveStoresNothing();
    void accountsHaveOnePhoneRule();
    void messagesAreStoredWholeOrNotAtAll();
    void resendMakesANewDelivery();
    void teammatesAreRemovedOnce();
    void responsibleTeammateNeedsBothToExist();
    void importNeedsAnAccount();

private:
    WebhookService service() { return WebhookService(*m_store, nullptr); }
    static WebhookService::Changes settings(const QString &name, const QString &url)
    {
        WebhookService::Changes c;
        c.name = name;
        c.url = url;
        return c;
    }

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

QTEST_MAIN(TestService)
#include "tst_service.moc"
