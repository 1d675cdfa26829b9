#include "store/activitylog.h"
#include "store/attachmentstore.h"
#include "store/database.h"
#include "store/datadirectory.h"
#include "store/dialect.h"
#include "store/ingestwriter.h"
#include "store/messagestore.h"
#include "store/outbox.h"
#include "store/schemamigrations.h"
#include "store/storechoice.h"
#include "store/storeconnection.h"
#include "store/storeerror.h"
#include "store/storelocation.h"
#include "store/transaction.h"
#include "store/webhookfeed.h"
#include "store/webhookstore.h"
#include "store/workspacestore.h"
#include "support/testdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <tuple>

using namespace hookline;
using namespace Qt::StringLiterals;

namespace hookline {
// Names both fields when a comparison fails.
char *toString(const Party &party)
{
    return QTest::toString(u"{\"%1\", \"%2\"}"_s.arg(party.fullName, party.phone));
}
} // namespace hookline

namespace {

IngestMessage directMessage(const QString &text, const QString &peer = u"+919800000001"_s)
{
    IngestMessage m;
    m.account = {u"+972500000000"_s, u"Sales"_s, u"sales@example.com"_s};
    m.chat.phone = peer;
    m.chat.fullName = u"Priya"_s;
    m.direction = Direction::Received;
    m.timestamp = QDateTime(QDate(2026, 3, 1), QTime(9, 5, 7, 250), Qt::UTC);
    m.sender = {u"Priya"_s, peer};
    m.recipient = {u"Sales"_s, u"+972500000000"_s};
    m.text = text;
    return m;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

int count(Database &db, const QString &table)
{
    QSqlQuery q = db.execDirect(u"SELECT count(*) FROM "_s + table);
    return q.next() ? q.value(0).toInt() : -1;
}

// The statements that take a store back to what schema version `version` left: what each later
// version added, undone newest first. A new version adds its line here, and every migration test
// starts from the store it expects.
QStringList downgradeTo(int version)
{
    const std::map<int, QStringList> added = {
        {7, {u"ALTER TABLE webhooks DROP COLUMN headers"_s}},
        {8, {u"DROP TABLE message_skips"_s, u"ALTER TABLE webhooks DROP COLUMN message_filter"_s}},
        {9, {u"ALTER TABLE deliveries DROP COLUMN replay"_s}},
        {10,
         {u"ALTER TABLE webhooks DROP COLUMN delivery_mode"_s,
          u"ALTER TABLE webhooks DROP COLUMN feed_cursor"_s}},
        {11,
         {u"ALTER TABLE webhooks DROP COLUMN max_in_flight"_s,
          u"ALTER TABLE webhooks DROP COLUMN max_per_second"_s}},
        {12,
         {u"DROP TABLE bundle_events"_s, u"DROP TABLE message_reactions"_s,
          u"ALTER TABLE message_status DROP COLUMN error_code"_s,
          u"ALTER TABLE message_status DROP COLUMN error_title"_s,
          u"ALTER TABLE message_status DROP COLUMN error_detail"_s,
          u"ALTER TABLE deliveries DROP COLUMN event"_s,
          u"ALTER TABLE deliveries DROP COLUMN status_id"_s,
          u"ALTER TABLE webhooks DROP COLUMN events"_s}},
        {13,
         {u"DROP INDEX messages_by_time"_s, u"ALTER TABLE webhooks DROP COLUMN replays_only"_s}},
    };
    QStringList statements;
    for (auto it = added.crbegin(); it != added.crend() && it->first > version; ++it)
        statements << it->second;
    statements << u"DELETE FROM schema_version WHERE version > %1"_s.arg(version);
    return statements;
}

const QString oldWebhook = u"INSERT INTO webhooks (name, url, aggregation, enabled, secret,"
                           " timeout_ms, success_rule, retry_schedule, log_limit, created_ms)"
                           " VALUES ('CRM', 'https://example.com/hook', 'none', 1, '', 15000,"
                           " '2xx', '[5]', 100, 5)"_s;

// Runs statements on the store behind Hookline's back, as another program would.
bool rawExec(const QString &location, const QStringList &statements)
{
    QString error;
    const StoreLocation where = StoreLocation::parse(location, &error);
    bool ok = true;
    {
        const bool postgres = where.backend() == StoreLocation::Backend::Postgres;
        QSqlDatabase raw
            = QSqlDatabase::addDatabase(postgres ? u"QPSQL"_s : u"QSQLITE"_s, u"raw"_s);
        if (postgres) {
            raw.setHostName(where.host());
            raw.setPort(where.port());
            raw.setUserName(where.user());
            raw.setDatabaseName(where.databaseName());
            raw.setConnectOptions(where.connectOptions());
        } else {
            raw.setDatabaseName(location);
        }
        ok = raw.open();
        QSqlQuery q(raw);
        for (const QString &statement : statements) {
            if (ok && !q.exec(statement)) {
                qWarning() << statement << q.lastError().text();
                ok = false;
            }
        }
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return ok;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void freshStoreIsMigratedAndWal();
    void reopenKeepsData();
    void olderFileIsUpgraded();
    void schemaVersion1FileIsUpgradedKeepingData();
    void webhooksGainHeadersInSchemaVersion7();
    void webhooksGainFiltersAndSkipsInSchemaVersion8();
    void deliveriesGainTheReplayMarkInSchemaVersion9();
    void webhooksGainADeliveryModeAndAFeedInSchemaVersion10();
    void webhooksGainThrottlesInSchemaVersion11();
    void webhooksGainEventsInSchemaVersion12();
    void webhooksGainReplaysOnlyInSchemaVersion13();
    void newerFileIsRefusedUntouched();
    void foreignSqliteIsRefusedUntouched();
    void junkFileIsRefusedUntouched_data();
    void junkFileIsRefusedUntouched();
    void readOnlyOpenNeedsExistingStore();
    void postgresSchemaIsPinned();
    void locationsAreParsed_data();
    void locationsAreParsed();
    void unreachableServerIsNamed();
    void connectionsMigrateAtOnce();
    void passwordFromTheEnvironmentOrTheSecretStore();

    void dataDirectoryCreatesAndLocks();
    void dataDirectoryRefusesFileAndUnwritable();

    void ingestCreatesAccountAndChat();
    void groupChatsAreKeyedByGroupId();
    void missingSenderAndRecipientAreFilledIn_data();
    void missingSenderAndRecipientAreFilledIn();
    void externalIdDeduplicates();
    void rejectedBatchStoresNothing_data();
    void rejectedBatchStoresNothing();
    void failingHookRollsBackTheBatch();
    void attachmentsAreContentAddressed();
    void fileNamesAreSanitised_data();
    void fileNamesAreSanitised();
    void statusHistory();
    void workspaceSettingsAndTeammates();
    void connectionsPerThreadIngestConcurrently();
    void ingestWriterAnswersAfterTheCommitAndIsolatesFailures();
    void relaxedConnectionWaitsForTheDiskWhenAsked();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_store;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AttachmentStore> m_attachments;
    std::unique_ptr<MessageStore> m_messages;

    QString dbPath() const { return m_dir->filePath(u"hookline.sqlite"_s); }
    // dbPath(), or this test's database on the PostgreSQL server.
    QString location() const { return m_store->location(dbPath()); }
    bool openStore();
    // A store as the version before `version` left it, with a webhook in it (and what `more`
    // adds), opened again: migrated to the latest version.
    bool openStoreFromBefore(int version, const QStringList &more = {});
};

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<TestDatabase>();
}

void TestStore::cleanup()
{
    m_messages.reset();
    m_attachments.reset();
    m_db.reset();
    m_store.reset();
    m_dir.reset();
}

bool TestStore::openStoreFromBefore(int version, const QStringList &more)
{
    if (!openStore())
        return false;
    m_messages.reset();
    m_db.reset();
    return rawExec(location(), downgradeTo(version - 1) << oldWebhook << more) && openStore();
}

bool TestStore::openStore()
{
    QString error;
    m_db = Database::open(location(), Database::Mode::ReadWrite, &error);
    if (!m_db) {
        qWarning() << error;
        return false;
    }
    m_attachments = std::make_unique<AttachmentStore>(m_dir->filePath(u"attachments"_s));
    m_messages = std::make_unique<MessageStore>(*m_db, *m_attachments);
    return true;
}

void TestStore::freshStoreIsMigratedAndWal()
{
    QVERIFY(openStore());
    QCOMPARE(SchemaMigrations::currentVersion(*m_db), SchemaMigrations::latestVersion());
    QCOMPARE(m_db->dialect().applicationId(*m_db), 0x484B4C4E);
    if (TestDatabase::postgres()) {
        // Foreign keys are always on; every id column hands out ids by itself.
        QSqlQuery identity = m_db->execDirect(
            u"SELECT count(*) FROM information_schema.columns WHERE table_schema ="
            " current_schema() AND column_name = 'id' AND is_identity = 'YES'"_s);
        QVERIFY(identity.next());
        QCOMPARE(identity.value(0).toInt(), 11);
        return;
    }
    QSqlQuery mode = m_db->execDirect(u"PRAGMA journal_mode"_s);
    QVERIFY(mode.next());
    QCOMPARE(mode.value(0).toString(), u"wal"_s);
    QSqlQuery fk = m_db->execDirect(u"PRAGMA foreign_keys"_s);
    QVERIFY(fk.next());
    QCOMPARE(fk.value(0).toInt(), 1);
    QSqlQuery appId = m_db->execDirect(u"PRAGMA application_id"_s);
    QVERIFY(appId.next());
    QCOMPARE(appId.value(0).toLongLong(), 0x484B4C4E);
}

void TestStore::reopenKeepsData()
{
    QVERIFY(openStore());
    const auto stored = m_messages->ingest({directMessage(u"hello"_s)});
    const QString uid = stored.constFirst().message.uid;
    cleanup();
    init();
    // A new temporary dir is empty: reopen in the same folder instead.
    QTemporaryDir dir;
    TestDatabase store;
    const QString path = store.location(dir.filePath(u"h.sqlite"_s));
    QString error;
    {
        auto db = Database::open(path, Database::Mode::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error));
        AttachmentStore files(dir.filePath(u"a"_s));
        MessageStore(*db, files).ingest({directMessage(u"kept"_s)});
    }
    auto db = Database::open(path, Database::Mode::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    AttachmentStore files(dir.filePath(u"a"_s));
    MessageStore messages(*db, files);
    QCOMPARE(messages.latestMessage()->text, u"kept"_s);
    QVERIFY(!uid.isEmpty());
}

void TestStore::olderFileIsUpgraded()
{
    SKIP_ON_POSTGRES("an SQLite file's application id lives in its header");
    // A store stamped by Hookline but at schema version 0: every migration must run.
    {
        QString error;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(dbPath());
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"PRAGMA application_id = 1212894286"_s));
            QVERIFY(q.exec(u"CREATE TABLE schema_version (version INTEGER PRIMARY KEY,"
                           " applied_ms INTEGER NOT NULL)"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
    }
    QVERIFY(openStore());
    QCOMPARE(SchemaMigrations::currentVersion(*m_db), SchemaMigrations::latestVersion());
    QCOMPARE(count(*m_db, u"messages"_s), 0);
}

void TestStore::schemaVersion1FileIsUpgradedKeepingData()
{
    SKIP_ON_POSTGRES("a file written by the first release is an SQLite file");
    // Written by the first release of the store (schema version 1), with one message in it.
    QVERIFY(
        QFile::copy(QStringLiteral(HOOKLINE_TEST_DATA) + u"/store-schema-v1.sqlite"_s, dbPath()));
    QFile::setPermissions(dbPath(), QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(openStore());
    QCOMPARE(SchemaMigrations::currentVersion(*m_db), SchemaMigrations::latestVersion());
    const auto old = m_messages->messageByUid(u"6f1c1f3e-0000-4000-8000-000000000001"_s);
    QVERIFY(old);
    QCOMPARE(old->text, u"written by schema v1"_s);
    QCOMPARE(count(*m_db, u"webhooks"_s), 0);
    // The old chat keeps working: a new message joins it.
    IngestMessage m = directMessage(u"after the upgrade"_s, u"+15550001"_s);
    const auto stored = m_messages->ingest({m}).constFirst();
    QCOMPARE(stored.message.chatId, old->chatId);
    QVERIFY(!stored.newChat);
}

void TestStore::webhooksGainHeadersInSchemaVersion7()
{
    // A store as schema version 6 left it, with a webhook in it.
    QVERIFY(openStoreFromBefore(7));
    QCOMPARE(SchemaMigrations::currentVersion(*m_db), SchemaMigrations::latestVersion());
    WebhookStore webhooks(*m_db);
    Webhook w = webhooks.webhooks().constFirst();
    QCOMPARE(w.url, u"https://example.com/hook"_s);
    QVERIFY(w.headers.isEmpty());

    // They are kept as compact JSON, in order, and read back whole.
    w.headers = {{u"X-API-Key"_s, u"k-1"_s}, {u"X-Tenant"_s, u"नमस्ते \"quoted\""_s}};
    webhooks.update(w, 6);
    QCOMPARE(webhooks.webhook(w.id)->headers, w.headers);
    QSqlQuery q = m_db->execDirect(u"SELECT headers FROM webhooks"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(),
             u"[{\"name\":\"X-API-Key\",\"value\":\"k-1\"},"
             "{\"name\":\"X-Tenant\",\"value\":\"नमस्ते \\\"quoted\\\"\"}]"_s);
}

void TestStore::webhooksGainThrottlesInSchemaVersion11()
{
    // A store from before throttles, with a webhook in it: it keeps the six requests at once
    // every webhook had, and no rate limit.
    QVERIFY(openStoreFromBefore(11));
    QCOMPARE(SchemaMigrations::currentVersion(*m_db), SchemaMigrations::latestVersion());
    WebhookStore webhooks(*m_db);
    Webhook w = webhooks.webhooks().constFirst();
    QCOMPARE(w.maxInFlight, 6);
    QCOMPARE(w.maxPerSecond, 0.0);
    // A fraction of a request per second is kept exactly (a double on both backends).
    w.maxInFlight = 2;
    w.maxPerSecond = 0.35;
    webhooks.update(w, 6);
    QCOMPARE(webhooks.webhook(w.id)->maxInFlight, 2);
    QCOMPARE(webhooks.webhook(w.id)->maxPerSecond, 0.35);
    QCOMPARE(ActivityLog(*m_db).recent(w.id).constFirst().text, u"settings changed: throttle"_s);
    // Out of range is refused before anything is written.
    for (const auto &[inFlight, perSecond, field] :
         {std::tuple {0, 0.0, u"max_in_flight"_s}, std::tuple {65, 0.0, u"max_in_flight"_s},
          std::tuple {6, 0.001, u"max_requests_per_second"_s},
          std::tuple {6, 1000.5, u"max_requests_per_second"_s},
          std::tuple {6, -1.0, u"max_requests_per_second"_s},
          std::tuple {6, std::nan(""), u"max_requests_per_second"_s}}) {
        Webhook bad = w;
        bad.maxInFlight = inFlight;
        bad.maxPerSecond = perSecond;
        QCOMPARE(WebhookStore::validate(bad)->field, field);
    }
}

void TestStore::webhooksGainFiltersAndSkipsInSchemaVersion8()
{
    // A store as schema version 7 left it, with a webhook in it.
    QVERIFY(openStoreFromBefore(8));
    QCOMPARE(SchemaMigrations::currentVersion(*m_db), SchemaMigrations::latestVersion());
    WebhookStore webhooks(*m_db);
    Webhook w = webhooks.webhooks().constFirst();
    QCOMPARE(w.url, u"https://example.com/hook"_s);
    QVERIFY(w.filter.isEmpty());

    // Kept as compact JSON in the API's shape, read back whole.
    w.filter.direction = WebhookFilter::DirectionRule::Sent;
    w.filter.accounts = {u"+91 98000 00009"_s};
    w.filter.text = u"नमस्ते \"order\""_s;
    webhooks.update(w, 6);
    QCOMPARE(webhooks.webhook(w.id)->filter, w.filter);
    QSqlQuery q = m_db->execDirect(u"SELECT message_filter FROM webhooks"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(),
             u"{\"accounts\":[\"+91 98000 00009\"],\"attachment\":\"either\","
             "\"chat_kind\":\"both\",\"direction\":\"sent\","
             "\"text\":\"नमस्ते \\\"order\\\"\",\"text_is_regex\":false}"_s);
    q.finish();

    // The ingest hook records a message the filter turns away, instead of a delivery.
    Outbox outbox(*m_db);
    IngestMessage m = directMessage(u"received, so turned away"_s);
    const auto skipped = m_messages->ingest({m}, outbox.hook(7)).constFirst();
    const QList<MessageSkip> skips = outbox.skips(skipped.message.id);
    QCOMPARE(skips.size(), 1);
    QCOMPARE(skips.constFirst().webhookId, w.id);
    QCOMPARE(skips.constFirst().reason, u"direction"_s);
    QCOMPARE(count(*m_db, u"deliveries"_s), 0);
    m.direction = Direction::Sent;
    m.account.phone = u"+919800000009"_s;
    m.text = u"an ORDER: नमस्ते \"order\" "_s;
    const auto passed = m_messages->ingest({m}, outbox.hook(8)).constFirst();
    QVERIFY(outbox.skips(passed.message.id).isEmpty());
    QCOMPARE(count(*m_db, u"deliveries"_s), 1);
    QCOMPARE(count(*m_db, u"message_skips"_s), 1);

    // Deleting the webhook deletes its skips.
    webhooks.remove(w.id);
    QCOMPARE(count(*m_db, u"message_skips"_s), 0);
}

void TestStore::deliveriesGainTheReplayMarkInSchemaVersion9()
{
    // A store as schema version 8 left it, with a delivery in it.
    QVERIFY(openStore());
    const auto stored = m_messages->ingest({directMessage(u"before"_s)}).constFirst();
    QVERIFY(openStoreFromBefore(
        9,
        {u"INSERT INTO deliveries (webhook_id, chat_id, kind, webhook_message_id, state,"
         " created_ms) SELECT id, %1, 'single', 'msg_before', 'pending', 5 FROM webhooks"_s.arg(
             stored.message.chatId)}));
    QCOMPARE(SchemaMigrations::currentVersion(*m_db), SchemaMigrations::latestVersion());
    Outbox outbox(*m_db);
    const QList<PendingDelivery> pending = outbox.pendingAfter(0);
    QCOMPARE(pending.size(), 1);
    // What was owed before is an ordinary delivery.
    QVERIFY(!outbox.delivery(pending.constFirst().id)->replay);

    // A replay's deliveries are marked, and so is a resend of one.
    const Outbox::ReplayPlan plan
        = outbox.planReplay(0, std::numeric_limits<qint64>::max(), nullptr, false, false, 10);
    QCOMPARE(plan.messages, 1);
    const QList<qint64> ids = outbox.queueReplay(pending.constFirst().webhookId, plan, 6);
    QCOMPARE(ids.size(), 1);
    QVERIFY(outbox.delivery(ids.constFirst())->replay);
    QVERIFY(outbox.delivery(outbox.resend(ids.constFirst(), 7))->replay);
    QVERIFY(!outbox.delivery(outbox.resend(pending.constFirst().id, 7))->replay);
    QSqlQuery q = m_db->execDirect(u"SELECT count(*) FROM deliveries WHERE replay = 1"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

void TestStore::webhooksGainADeliveryModeAndAFeedInSchemaVersion10()
{
    // A store as the version before 10 left it, with a webhook and what it owes.
    QVERIFY(openStoreFromBefore(10));
    QCOMPARE(SchemaMigrations::currentVersion(*m_db), SchemaMigrations::latestVersion());
    WebhookStore webhooks(*m_db);
    Webhook w = webhooks.webhooks().constFirst();
    // Pushed, as every webhook was before.
    QCOMPARE(w.mode, DeliveryMode::Push);
    Outbox outbox(*m_db);
    for (int i = 0; i < 3; ++i)
        m_messages->ingest({directMessage(u"owed %1"_s.arg(i))}, outbox.hook(6));
    const QList<PendingDelivery> pending = outbox.pending(w.id);
    QCOMPARE(pending.size(), 3);
    outbox.markDelivered(pending.at(0).id, 7);

    // Leaving push starts the feed at the oldest delivery owed; the mode is kept by name.
    w.mode = DeliveryMode::Pull;
    webhooks.update(w, 8);
    QCOMPARE(webhooks.webhook(w.id)->mode, DeliveryMode::Pull);
    QSqlQuery q = m_db->execDirect(u"SELECT delivery_mode, feed_cursor FROM webhooks"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"pull"_s);
    QCOMPARE(q.value(1).toLongLong(), pending.at(0).id);
    q.finish();
    WebhookFeed feed(*m_db);
    QCOMPARE(feed.after(w.id, feed.cursor(w.id), 10),
             QList<qint64>({pending.at(1).id, pending.at(2).id}));
    // Acknowledged, they are delivered; the cursor never moves back.
    QCOMPARE(feed.ack(w.id, pending.at(2).id, 9), pending.at(2).id);
    QCOMPARE(feed.ack(w.id, pending.at(1).id, 9), pending.at(2).id);
    QVERIFY(outbox.pending(w.id).isEmpty());
    QVERIFY(feed.after(w.id, feed.cursor(w.id), 10).isEmpty());
    QVERIFY(feed.holds(w.id, pending.at(1).id));
    QVERIFY(!feed.holds(w.id, pending.at(2).id + 1));
    // The schema refuses a mode it does not know.
    QVERIFY_THROWS_EXCEPTION(StoreError,
                             m_db->execDirect(u"UPDATE webhooks SET delivery_mode = 'poll'"_s));
}

void TestStore::webhooksGainEventsInSchemaVersion12()
{
    // A store from before events, with a webhook in it: it gets none, so its payloads stay.
    QVERIFY(openStoreFromBefore(12));
    QCOMPARE(SchemaMigrations::currentVersion(*m_db), SchemaMigrations::latestVersion());
    WebhookStore webhooks(*m_db);
    Webhook w = webhooks.webhooks().constFirst();
    QCOMPARE(w.events, WebhookEvents());
    w.events = WebhookEvent::MessageStatus | WebhookEvent::MessageReaction;
    webhooks.update(w, 6);
    QCOMPARE(webhooks.webhook(w.id)->events, w.events);
    QSqlQuery q = m_db->execDirect(u"SELECT events FROM webhooks"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"message.status message.reaction"_s);
    q.finish();
    // A name a newer version wrote is left out, not an error.
    m_db->execDirect(u"UPDATE webhooks SET events = 'message.status message.poll'"_s);
    QCOMPARE(webhooks.webhook(w.id)->events, WebhookEvents(WebhookEvent::MessageStatus));

    // A failed status keeps its error beside the text, and a reaction what it says.
    IngestMessage m;
    m.account.phone = u"+972500000000"_s;
    m.chat.phone = u"+919800000001"_s;
    m.text = u"Reacted 👍 to a message"_s;
    m.reaction = Reaction {u"wamid.target"_s, u"👍"_s};
    const auto stored = m_messages->ingest({m}).constFirst();
    QVERIFY(stored.reaction);
    const qint64 statusId = m_messages->addStatus(
        stored.message.id,
        {u"failed"_s, QDateTime::currentDateTimeUtc(), u"131026 Undeliverable"_s,
         StatusError {131026, u"Message undeliverable"_s, u"unknown"_s}});
    QSqlQuery s = m_db->execDirect(
        u"SELECT error_code, error_title, error_detail FROM message_status WHERE id = %1"_s.arg(
            statusId));
    QVERIFY(s.next());
    QCOMPARE(s.value(0).toLongLong(), 131026);
    QCOMPARE(s.value(1).toString(), u"Message undeliverable"_s);
    s.finish();
    QSqlQuery r = m_db->execDirect(u"SELECT target_external_id, emoji FROM message_reactions"_s);
    QVERIFY(r.next());
    QCOMPARE(r.value(0).toString(), u"wamid.target"_s);
    QCOMPARE(r.value(1).toString(), u"👍"_s);
}

void TestStore::webhooksGainReplaysOnlyInSchemaVersion13()
{
    // A store from before: its webhook gets new messages, as it did.
    QVERIFY(openStoreFromBefore(13));
    QCOMPARE(SchemaMigrations::currentVersion(*m_db), SchemaMigrations::latestVersion());
    WebhookStore webhooks(*m_db);
    const Webhook old = webhooks.webhooks().constFirst();
    QVERIFY(!old.replaysOnly);
    // One more to the same URL that gets only replays: no duplicate, and no new message.
    Webhook replays = old;
    replays.id = 0;
    replays.name = u"Replay of CRM"_s;
    replays.replaysOnly = true;
    replays.id = webhooks.create(replays, 6);
    QVERIFY(webhooks.webhook(replays.id)->replaysOnly);
    Outbox outbox(*m_db);
    m_messages->ingest({directMessage(u"new"_s)}, outbox.hook(7));
    QSqlQuery q = m_db->execDirect(u"SELECT webhook_id FROM deliveries"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), old.id);
    QVERIFY(!q.next());
    q.finish();
    // Switched back, it is a duplicate of the first.
    replays.replaysOnly = false;
    QVERIFY_THROWS_EXCEPTION(WebhookRejected, webhooks.update(replays, 8));
    QVERIFY_THROWS_EXCEPTION(StoreError,
                             m_db->execDirect(u"UPDATE webhooks SET replays_only = 2"_s));
}

void TestStore::newerFileIsRefusedUntouched()
{
    QVERIFY(openStore());
    m_db->execDirect(u"INSERT INTO schema_version VALUES (999, 0)"_s);
    m_messages.reset();
    m_db.reset();
    if (TestDatabase::postgres()) {
        for (const auto mode : {Database::Mode::ReadOnly, Database::Mode::ReadWrite}) {
            QString error;
            QVERIFY(!Database::open(location(), mode, &error));
            QVERIFY2(error.contains(u"schema version 999"_s), qPrintable(error));
            QVERIFY2(error.contains(location()), qPrintable(error));
        }
        // Nothing was written: no session setting, no migration, no new version row.
        QVERIFY(rawExec(location(), {u"DELETE FROM schema_version WHERE version = 999"_s}));
        QVERIFY(openStore());
        QCOMPARE(SchemaMigrations::currentVersion(*m_db), SchemaMigrations::latestVersion());
        return;
    }
    // Fold the WAL into the main file so the hash covers everything.
    {
        QString error;
        auto db = Database::open(dbPath(), Database::Mode::ReadOnly, &error);
        QVERIFY(!db);
        QVERIFY2(error.contains(u"newer Hookline"_s), qPrintable(error));
    }
    const QByteArray before = fileHash(dbPath());
    QString error;
    auto db = Database::open(dbPath(), Database::Mode::ReadWrite, &error);
    QVERIFY(!db);
    QVERIFY2(error.contains(u"schema version 999"_s), qPrintable(error));
    QVERIFY2(error.contains(dbPath()), qPrintable(error));
    QCOMPARE(fileHash(dbPath()), before);
}

void TestStore::foreignSqliteIsRefusedUntouched()
{
    if (TestDatabase::postgres()) {
        QVERIFY(rawExec(location(),
                        {u"CREATE TABLE photos (id BIGINT PRIMARY KEY, path TEXT)"_s,
                         u"INSERT INTO photos VALUES (1, 'a.jpg')"_s}));
        QString error;
        QVERIFY(!Database::open(location(), Database::Mode::ReadWrite, &error));
        QVERIFY2(error.contains(u"not a Hookline store"_s), qPrintable(error));
        QVERIFY2(error.contains(u"--database"_s), qPrintable(error));
        // Still only the foreign table: Hookline created nothing beside it.
        QVERIFY(rawExec(location(), {u"DROP TABLE photos"_s}));
        QVERIFY(openStore());
        return;
    }
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
        raw.setDatabaseName(dbPath());
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)"_s));
        QVERIFY(q.exec(u"INSERT INTO photos (path) VALUES ('a.jpg')"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"foreign"_s);
    const QByteArray before = fileHash(dbPath());
    QString error;
    auto db = Database::open(dbPath(), Database::Mode::ReadWrite, &error);
    QVERIFY(!db);
    QVERIFY2(error.contains(u"not a Hookline store"_s), qPrintable(error));
    QCOMPARE(fileHash(dbPath()), before);
    QVERIFY(!QFile::exists(dbPath() + u"-wal"_s));
}

void TestStore::junkFileIsRefusedUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text") << QByteArray("this is my shopping list\nmilk\n");
    QTest::newRow("short") << QByteArray("SQLite");
    QTest::newRow("header then junk")
        << QByteArray("SQLite format 3\0", 16) + QByteArray(4096, '\xAB');
    QByteArray random(8192, Qt::Uninitialized);
    for (int i = 0; i < random.size(); ++i)
        random[i] = char((i * 7919 + 13) % 251);
    QTest::newRow("binary") << random;
}

void TestStore::junkFileIsRefusedUntouched()
{
    SKIP_ON_POSTGRES("junk in a file");
    QFETCH(QByteArray, content);
    {
        QFile f(dbPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    QString error;
    auto db = Database::open(dbPath(), Database::Mode::ReadWrite, &error);
    QVERIFY(!db);
    QVERIFY2(error.contains(dbPath()), qPrintable(error));
    QVERIFY2(error.contains(u"corrupt"_s) || error.contains(u"not an SQLite"_s), qPrintable(error));
    QFile f(dbPath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
}

void TestStore::readOnlyOpenNeedsExistingStore()
{
    QString error;
    QVERIFY(!Database::open(location(), Database::Mode::ReadOnly, &error));
    QVERIFY2(error.contains(u"no Hookline store"_s) || error.contains(u"no Hookline data"_s),
             qPrintable(error));
    QVERIFY(!QFile::exists(dbPath()));
    // Settings' "Test connection": says what is there and writes nothing.
    if (TestDatabase::postgres())
        QCOMPARE(Database::probe(location(), {}).schemaVersion, 0);
    else
        QVERIFY_THROWS_EXCEPTION(StoreError, Database::probe(location(), {}));
    QVERIFY(!QFile::exists(dbPath()));
    QVERIFY(openStore());
    m_messages->ingest({directMessage(u"x"_s)});
    QCOMPARE(Database::probe(location(), {}).schemaVersion, SchemaMigrations::latestVersion());
    auto reader = Database::open(location(), Database::Mode::ReadOnly, &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(count(*reader, u"messages"_s), 1);
    // A reader cannot write, whatever it runs.
    QVERIFY_THROWS_EXCEPTION(StoreError, reader->execDirect(u"DELETE FROM messages"_s));
    QCOMPARE(count(*m_db, u"messages"_s), 1);
}

void TestStore::postgresSchemaIsPinned()
{
    // The PostgreSQL schema is translated from the one description in SQLite's words; a
    // change of the translation shows here before it reaches anybody's database.
    QFile pinned(QStringLiteral(HOOKLINE_TEST_DATA) + u"/schema-postgresql.sql"_s);
    QVERIFY(pinned.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString expected = QString::fromUtf8(pinned.readAll()).trimmed();
    const QString actual = SchemaMigrations::statements(postgresDialect()).join(u'\n');
    if (actual != expected)
        qWarning().noquote() << "translated schema:\n" << actual;
    QCOMPARE(actual, expected);
    // SQLite runs the released text unchanged.
    QVERIFY(SchemaMigrations::statements(sqliteDialect())
                .join(u'\n')
                .contains(u"id INTEGER PRIMARY KEY AUTOINCREMENT"_s));
}

void TestStore::locationsAreParsed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("refusal"); // empty: accepted
    QTest::addColumn<QString>("options");
    QTest::newRow("file") << u"/var/lib/h/hookline.sqlite"_s << QString() << QString();
    QTest::newRow("url") << u"postgresql://crm@db.example:6543/hookline"_s << QString()
                         << u"connect_timeout=10;application_name=hookline"_s;
    QTest::newRow("short scheme, options")
        << u"postgres://crm@db/h?sslmode=verify-full&connect_timeout=3"_s << QString()
        << u"sslmode=verify-full;connect_timeout=3;application_name=hookline"_s;
    QTest::newRow("password") << u"postgresql://crm:secret@db/h"_s << u"PGPASSWORD"_s << QString();
    QTest::newRow("password option")
        << u"postgresql://crm@db/h?password=secret"_s << u"PGPASSWORD"_s << QString();
    QTest::newRow("unknown option")
        << u"postgresql://crm@db/h?service=x"_s << u"unknown parameter \"service\""_s << QString();
    QTest::newRow("injected option")
        << u"postgresql://crm@db/h?sslmode=require%20host%3Devil"_s << u"sslmode"_s << QString();
    QTest::newRow("no database") << u"postgresql://crm@db:5432/"_s << u"name one database"_s
                                 << QString();
    QTest::newRow("bad port") << u"postgresql://crm@db:99999/h"_s << u"(the URL)"_s << QString();
    QTest::newRow("empty") << u" "_s << u"empty"_s << QString();
}

void TestStore::locationsAreParsed()
{
    QFETCH(QString, text);
    QFETCH(QString, refusal);
    QFETCH(QString, options);
    QString error;
    const StoreLocation location = StoreLocation::parse(text, &error);
    QCOMPARE(location.isValid(), refusal.isEmpty());
    if (!refusal.isEmpty()) {
        QVERIFY2(error.contains(refusal), qPrintable(error));
        QVERIFY2(!error.contains(u"secret"_s), qPrintable(error));
        return;
    }
    QCOMPARE(location.connectOptions(), options);
    if (location.backend() == StoreLocation::Backend::Postgres) {
        QCOMPARE(location.user(), u"crm"_s);
        QVERIFY(location.port() == 6543 || location.port() == 5432);
    }
}

void TestStore::unreachableServerIsNamed()
{
    // A port nothing listens on (bound, never listened): the connection is refused at once.
    QTcpServer placeholder;
    QVERIFY(placeholder.listen(QHostAddress::LocalHost));
    const quint16 port = placeholder.serverPort();
    placeholder.close();
    const QString url
        = u"postgresql://hookline@127.0.0.1:%1/hookline?gssencmode=disable"_s.arg(port);
    QString error;
    QVERIFY(!Database::open(url, Database::Mode::ReadWrite, &error));
    QVERIFY2(error.startsWith(u"cannot open store "_s + url), qPrintable(error));
    QVERIFY2(error.contains(u"refused"_s), qPrintable(error));
}

void TestStore::connectionsMigrateAtOnce()
{
    // Several instances may start together on one fresh database: each migrates, and the
    // schema comes out once, at the latest version.
    constexpr int threads = 3;
    QList<QThread *> workers;
    QAtomicInt failures;
    for (int t = 0; t < threads; ++t) {
        workers.append(QThread::create([this, &failures] {
            QString error;
            if (!Database::open(location(), Database::Mode::ReadWrite, &error)) {
                qWarning() << error;
                failures.ref();
            }
        }));
    }
    for (QThread *w : std::as_const(workers))
        w->start();
    for (QThread *w : std::as_const(workers)) {
        QVERIFY(w->wait(60000));
        delete w;
    }
    QCOMPARE(failures.loadRelaxed(), 0);
    QVERIFY(openStore());
    // Each version once.
    QCOMPARE(count(*m_db, u"schema_version"_s),
             SchemaMigrations::statements(sqliteDialect()).filter(u"-- version "_s).size());
}

void TestStore::dataDirectoryCreatesAndLocks()
{
    const QString path = m_dir->filePath(u"nested/workspace"_s);
    DataDirectory first(path);
    QString error;
    QVERIFY2(first.prepare(&error), qPrintable(error));
    QVERIFY(QFileInfo(path).isDir());
    QVERIFY2(first.lock(&error), qPrintable(error));
    DataDirectory second(path);
    QVERIFY(second.prepare(&error));
    QVERIFY(!second.lock(&error));
    QVERIFY2(error.contains(u"already using"_s), qPrintable(error));
    QVERIFY2(error.contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(error));
    QCOMPARE(first.storeLocation(), path + u"/hookline.sqlite"_s);
}

void TestStore::dataDirectoryRefusesFileAndUnwritable()
{
    const QString file = m_dir->filePath(u"plain-file"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QString error;
    QVERIFY(!DataDirectory(file).prepare(&error));
    QVERIFY2(error.contains(u"not a folder"_s), qPrintable(error));
    QVERIFY(!DataDirectory(file + u"/below"_s).prepare(&error));
    QVERIFY2(error.contains(u"cannot create"_s), qPrintable(error));
    // /proc refuses new files even to root, unlike permission bits.
    QVERIFY(!DataDirectory(u"/proc/self"_s).prepare(&error));
    QVERIFY2(error.contains(u"not writable"_s), qPrintable(error));
}

void TestStore::ingestCreatesAccountAndChat()
{
    QVERIFY(openStore());
    const auto first = m_messages->ingest({directMessage(u"hello"_s)});
    QCOMPARE(first.size(), 1);
    const MessageStore::Stored &a = first.constFirst();
    QVERIFY(a.newChat);
    QVERIFY(!a.duplicate);
    QCOMPARE(a.message.uid.size(), 36);
    QVERIFY(!QUuid::fromString(a.message.uid).isNull());
    // Whole seconds, UTC.
    QCOMPARE(a.message.timestamp, QDateTime(QDate(2026, 3, 1), QTime(9, 5, 7), Qt::UTC));

    const auto second = m_messages->ingest({directMessage(u"again"_s)});
    QVERIFY(!second.constFirst().newChat);
    QCOMPARE(second.constFirst().message.chatId, a.message.chatId);
    QCOMPARE(second.constFirst().accountId, a.accountId);

    const auto chat = m_messages->chat(a.message.chatId);
    QVERIFY(chat);
    QCOMPARE(chat->firstMessageId, a.message.id);
    QCOMPARE(chat->phone, u"+919800000001"_s);
    QVERIFY(!chat->isGroup);
    const auto account = m_messages->account(a.accountId);
    QCOMPARE(account->email, u"sales@example.com"_s);

    // A later message with a new chat name renames; an empty name keeps the old one.
    IngestMessage renamed = directMessage(u"x"_s);
    renamed.chat.fullName = u"Priya Sharma"_s;
    renamed.account.fullName.clear();
    m_messages->ingest({renamed});
    QCOMPARE(m_messages->chat(a.message.chatId)->fullName, u"Priya Sharma"_s);
    QCOMPARE(m_messages->account(a.accountId)->fullName, u"Sales"_s);

    const auto back = m_messages->messageByUid(a.message.uid);
    QVERIFY(back);
    QCOMPARE(back->text, u"hello"_s);
    QCOMPARE(back->sender, (Party {u"Priya"_s, u"+919800000001"_s}));
    QCOMPARE(m_messages->chatMessages(a.message.chatId).size(), 3);
    QCOMPARE(m_messages->latestMessage()->text, u"x"_s);
    QVERIFY(!m_messages->messageByUid(u"nope"_s));
}

void TestStore::groupChatsAreKeyedByGroupId()
{
    QVERIFY(openStore());
    IngestMessage g = directMessage(u"hi team"_s);
    g.chat = {true, u"ignored-phone"_s, u"120363000000000001@g.us"_s, u"Leads"_s};
    g.sender.phone.clear();
    const auto a = m_messages->ingest({g}).constFirst();
    // A direct chat whose phone equals the group id is another chat.
    IngestMessage d = directMessage(u"direct"_s, u"120363000000000001@g.us"_s);
    const auto b = m_messages->ingest({d}).constFirst();
    QVERIFY(a.message.chatId != b.message.chatId);
    const auto chat = m_messages->chat(a.message.chatId);
    QVERIFY(chat->isGroup);
    QCOMPARE(chat->phone, QString());
    QCOMPARE(chat->peerKey, u"120363000000000001@g.us"_s);
}

void TestStore::missingSenderAndRecipientAreFilledIn_data()
{
    QTest::addColumn<bool>("group");
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<Party>("sender"); // as the source gives it
    QTest::addColumn<Party>("recipient");
    QTest::addColumn<Party>("storedSender");
    QTest::addColumn<Party>("storedRecipient");

    const Party account {u"Sales"_s, u"+972500000000"_s};
    const Party contact {u"Priya Sharma"_s, u"+919800000001"_s};
    const Party group {u"Leads"_s, QString()};
    const Party teammate {u"Ravi (sales)"_s, QString()};
    const Party member {u"Amit"_s, u"+919800000002"_s};
    const Direction in = Direction::Received;
    const Direction out = Direction::Sent;
    QTest::newRow("direct received, nothing given")
        << false << in << Party {} << Party {} << contact << account;
    QTest::newRow("direct sent, nothing given")
        << false << out << Party {} << Party {} << account << contact;
    QTest::newRow("direct sent by a teammate")
        << false << out << teammate << Party {} << Party {teammate.fullName, account.phone}
        << contact;
    QTest::newRow("direct received, only a name given")
        << false << in << Party {u"Priya S."_s, QString()} << Party {}
        << Party {u"Priya S."_s, contact.phone} << account;
    QTest::newRow("direct, all given, kept")
        << false << in << member << Party {u"Desk"_s, u"+10000000000"_s} << member
        << Party {u"Desk"_s, u"+10000000000"_s};
    QTest::newRow("group received, sender named")
        << true << in << member << Party {} << member << account;
    QTest::newRow("group received, sender unknown")
        << true << in << Party {} << Party {} << Party {} << account;
    QTest::newRow("group sent, nothing given")
        << true << out << Party {} << Party {} << account << group;
    QTest::newRow("group sent by a teammate")
        << true << out << teammate << Party {} << Party {teammate.fullName, account.phone} << group;
}

// docs/PAYLOADS.md, "Sender and recipient": what a source leaves out is filled from the account
// and the chat at ingest, and stored, so every payload and export agrees.
void TestStore::missingSenderAndRecipientAreFilledIn()
{
    QFETCH(bool, group);
    QFETCH(Direction, direction);
    QFETCH(Party, sender);
    QFETCH(Party, recipient);
    QFETCH(Party, storedSender);
    QFETCH(Party, storedRecipient);
    QVERIFY(openStore());
    // The names were given once, earlier; the message itself names neither side.
    IngestMessage earlier = directMessage(u"earlier"_s);
    earlier.chat.fullName = u"Priya Sharma"_s;
    if (group)
        earlier.chat = {true, QString(), u"120363000000000001@g.us"_s, u"Leads"_s};
    m_messages->ingest({earlier});

    IngestMessage m = directMessage(u"hello"_s);
    m.account = {u"+972500000000"_s, QString(), QString()};
    m.chat.fullName.clear();
    if (group)
        m.chat = {true, QString(), u"120363000000000001@g.us"_s, QString()};
    m.direction = direction;
    m.sender = sender;
    m.recipient = recipient;
    const auto stored = m_messages->ingest({m}).constFirst();
    QCOMPARE(stored.message.sender, storedSender);
    QCOMPARE(stored.message.recipient, storedRecipient);
    const auto back = m_messages->messageByUid(stored.message.uid);
    QCOMPARE(back->sender, storedSender);
    QCOMPARE(back->recipient, storedRecipient);
}

void TestStore::externalIdDeduplicates()
{
    QVERIFY(openStore());
    IngestMessage m = directMessage(u"once"_s);
    m.externalId = u"wamid.HBgM123"_s;
    // Twice in one batch and once more later: stored once.
    const auto batch = m_messages->ingest({m, m});
    QVERIFY(!batch.at(0).duplicate);
    QVERIFY(batch.at(1).duplicate);
    QCOMPARE(batch.at(1).message.uid, batch.at(0).message.uid);
    m.text = u"changed"_s;
    const auto later = m_messages->ingest({m});
    QVERIFY(later.constFirst().duplicate);
    QCOMPARE(later.constFirst().message.text, u"once"_s);
    QCOMPARE(count(*m_db, u"messages"_s), 1);
}

void TestStore::rejectedBatchStoresNothing_data()
{
    QTest::addColumn<int>("badField");
    QTest::addColumn<QString>("field");
    QTest::newRow("no account phone") << 0 << u"account.phone"_s;
    QTest::newRow("no chat phone") << 1 << u"chat.phone"_s;
    QTest::newRow("group without id") << 2 << u"chat.group_id"_s;
    QTest::newRow("empty message") << 3 << u"text"_s;
    QTest::newRow("bad mime") << 4 << u"attachment.mimetype"_s;
    QTest::newRow("huge name") << 5 << u"sender.full_name"_s;
    QTest::newRow("invalid time") << 6 << u"timestamp"_s;
}

void TestStore::rejectedBatchStoresNothing()
{
    QFETCH(int, badField);
    QFETCH(QString, field);
    QVERIFY(openStore());
    IngestMessage bad = directMessage(u"bad"_s);
    switch (badField) {
    case 0:
        bad.account.phone = u"  "_s;
        break;
    case 1:
        bad.chat.phone.clear();
        break;
    case 2:
        bad.chat.isGroup = true;
        break;
    case 3:
        bad.text.clear();
        break;
    case 4:
        bad.attachment = IngestMessage::File {u"a"_s, u"text/html; <script>"_s, "x"};
        break;
    case 5:
        bad.sender.fullName = QString(5000, u'x');
        break;
    case 6:
        bad.timestamp = QDateTime();
        break;
    }
    const QList<IngestMessage> batch
        = {directMessage(u"good one"_s), bad, directMessage(u"good two"_s)};
    try {
        m_messages->ingest(batch);
        QFAIL("a batch with an invalid message was accepted");
    } catch (const IngestRejected &e) {
        QCOMPARE(e.error().index, 1);
        QCOMPARE(e.error().field, field);
        QVERIFY(!e.error().message.isEmpty());
    }
    QCOMPARE(count(*m_db, u"messages"_s), 0);
    QCOMPARE(count(*m_db, u"accounts"_s), 0);
    QCOMPARE(count(*m_db, u"chats"_s), 0);
}

void TestStore::failingHookRollsBackTheBatch()
{
    QVERIFY(openStore());
    int calls = 0;
    QVERIFY_THROWS_EXCEPTION(StoreError,
                             m_messages->ingest({directMessage(u"a"_s), directMessage(u"b"_s)},
                                                [&](const MessageStore::Stored &) {
                                                    if (++calls == 2)
                                                        throw StoreError(u"outbox full"_s);
                                                }));
    QCOMPARE(calls, 2);
    QCOMPARE(count(*m_db, u"messages"_s), 0);
    QCOMPARE(count(*m_db, u"chats"_s), 0);
    // The connection is usable again after the rollback.
    QCOMPARE(m_messages->ingest({directMessage(u"c"_s)}).size(), 1);
}

void TestStore::attachmentsAreContentAddressed()
{
    QVERIFY(openStore());
    IngestMessage m = directMessage(QString());
    const QByteArray bytes = QByteArray("%PDF-1.4 fake\n") + QByteArray(100000, 'z');
    m.attachment = IngestMessage::File {u"invoice.pdf"_s, u"application/pdf"_s, bytes};
    IngestMessage again = m;
    again.attachment->fileName = u"copy.pdf"_s;
    again.attachment->mimeType.clear();
    const auto stored = m_messages->ingest({m, again});
    const Attachment a = *stored.at(0).message.attachment;
    const Attachment b = *stored.at(1).message.attachment;
    QCOMPARE(
        a.sha256,
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(a.sha256, b.sha256);
    QCOMPARE(a.size, bytes.size());
    QCOMPARE(b.fileName, u"copy.pdf"_s);
    QCOMPARE(b.mimeType, u"application/octet-stream"_s);
    QCOMPARE(m_attachments->read(a.sha256), bytes);
    QDir shard(m_dir->filePath(u"attachments/"_s) + a.sha256.left(2));
    QCOMPARE(shard.entryList(QDir::Files).size(), 1);
    QVERIFY_THROWS_EXCEPTION(StoreError, m_attachments->read(u"../../etc/passwd"_s));
    QCOMPARE(*m_messages->messageByUid(stored.at(0).message.uid)->attachment, a);
}

void TestStore::fileNamesAreSanitised_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"photo.jpg"_s << u"photo.jpg"_s;
    QTest::newRow("traversal") << u"../../etc/passwd"_s << u"passwd"_s;
    QTest::newRow("windows") << u"C:\\Users\\x\\evil.exe"_s << u"evil.exe"_s;
    QTest::newRow("control") << u"a\nb\u202Egpj.exe"_s << u"abgpj.exe"_s;
    QTest::newRow("dots") << u".."_s << u"attachment"_s;
    QTest::newRow("empty") << QString() << u"attachment"_s;
    QTest::newRow("hindi") << u"चालान.pdf"_s << u"चालान.pdf"_s;
    QTest::newRow("long") << QString(400, u'a') << QString(255, u'a');
}

void TestStore::fileNamesAreSanitised()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(MessageStore::safeFileName(input), expected);
}

void TestStore::statusHistory()
{
    QVERIFY(openStore());
    const auto m = m_messages->ingest({directMessage(u"x"_s)}).constFirst().message;
    const QDateTime t(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    m_messages->addStatus(m.id, {u"delivered"_s, t.addSecs(5), QString()});
    m_messages->addStatus(m.id, {u"sent"_s, t, u"wamid.1"_s});
    const auto history = m_messages->statusHistory(m.id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).status, u"sent"_s);
    QCOMPARE(history.at(0).detail, u"wamid.1"_s);
    QCOMPARE(history.at(1).at, t.addSecs(5));
}

void TestStore::workspaceSettingsAndTeammates()
{
    QVERIFY(openStore());
    WorkspaceStore workspace(*m_db);
    QCOMPARE(workspace.settings().timeZone, u"UTC"_s);
    WorkspaceSettings s;
    s.ownerName = u"अमित"_s;
    s.ownerEmail = u"owner@example.com"_s;
    s.timeZone = u"Asia/Kolkata"_s;
    s.publicBaseUrl = u"https://hooks.example.com"_s;
    workspace.setSettings(s);
    QCOMPARE(workspace.settings().ownerName, u"अमित"_s);
    QCOMPARE(workspace.settings().publicBaseUrl, u"https://hooks.example.com"_s);

    const qint64 id = workspace.upsertTeammate(u"Amnon"_s, u"amnon@example.com"_s);
    QCOMPARE(workspace.upsertTeammate(u"Amnon H."_s, u"amnon@example.com"_s), id);
    QCOMPARE(workspace.teammates().size(), 1);
    QCOMPARE(workspace.teammate(id)->fullName, u"Amnon H."_s);

    const auto m = m_messages->ingest({directMessage(u"x"_s)}).constFirst().message;
    workspace.setChatResponsible(m.chatId, id);
    QCOMPARE(m_messages->chat(m.chatId)->responsibleTeammateId, id);
    QVERIFY_THROWS_EXCEPTION(StoreError, workspace.setChatResponsible(9999, id));
    workspace.removeTeammate(id);
    QCOMPARE(m_messages->chat(m.chatId)->responsibleTeammateId, 0);

    const QByteArray key = workspace.linkKey();
    QCOMPARE(key.size(), 32);
    QCOMPARE(workspace.linkKey(), key);
}

void TestStore::connectionsPerThreadIngestConcurrently()
{
    QVERIFY(openStore());
    constexpr int threads = 4;
    constexpr int perThread = 50;
    QList<QThread *> workers;
    QAtomicInt failures;
    for (int t = 0; t < threads; ++t) {
        workers.append(QThread::create([this, t, &failures] {
            QString error;
            auto db = Database::open(location(), Database::Mode::ReadWrite, &error);
            if (!db) {
                failures.ref();
                return;
            }
            AttachmentStore files(m_dir->filePath(u"attachments"_s));
            MessageStore store(*db, files);
            for (int i = 0; i < perThread; ++i) {
                try {
                    store.ingest(
                        {directMessage(u"t%1 m%2"_s.arg(t).arg(i), u"+1555000%1"_s.arg(t))});
                } catch (const StoreError &) {
                    failures.ref();
                }
            }
        }));
        workers.last()->start();
    }
    for (QThread *w : std::as_const(workers)) {
        QVERIFY(w->wait(60000));
        delete w;
    }
    QCOMPARE(failures.loadRelaxed(), 0);
    QCOMPARE(count(*m_db, u"messages"_s), threads * perThread);
    QCOMPARE(count(*m_db, u"chats"_s), threads);
    QCOMPARE(count(*m_db, u"accounts"_s), 1);
}

void TestStore::ingestWriterAnswersAfterTheCommitAndIsolatesFailures()
{
    QVERIFY(openStore());
    m_db->execDirect(
        u"INSERT INTO webhooks (name, url, aggregation, enabled, timeout_ms,"
        " success_rule, retry_schedule, log_limit, created_ms)"
        " VALUES ('crm', 'http://127.0.0.1:9/', 'none', 1, 5000, '2xx', '[0]', 100, 0)"_s);
    IngestWriter writer({location(), m_dir->filePath(u"attachments"_s), nullptr});
    QString error;
    QVERIFY2(writer.start(&error), qPrintable(error));

    // The writer is held inside a transaction while the others queue behind it, so they are
    // committed together, a failing write among them.
    QSemaphore entered;
    QSemaphore gate;
    QThread *holder = QThread::create([&] {
        writer.run(
            [&](StoreConnection &) {
                entered.release();
                gate.acquire();
            },
            false);
    });
    holder->start();
    QVERIFY(entered.tryAcquire(1, 30000));

    constexpr int threads = 6;
    constexpr int perThread = 20;
    QAtomicInt unseen; // answered, but not yet visible to another connection
    QAtomicInt failures;
    QList<QThread *> workers;
    for (int t = 0; t < threads; ++t) {
        workers.append(QThread::create([&, t] {
            QString openError;
            auto reader = Database::open(location(), Database::Mode::ReadWrite, &openError);
            if (!reader) {
                failures.ref();
                return;
            }
            for (int i = 0; i < perThread; ++i) {
                try {
                    const auto stored = writer.ingest(
                        {directMessage(u"t%1 m%2"_s.arg(t).arg(i), u"+1555000%1"_s.arg(t))}, 0);
                    QSqlQuery q = reader->execDirect(
                        u"SELECT count(*) FROM messages m JOIN delivery_messages dm"
                        " ON dm.message_id = m.id WHERE m.uid = '%1'"_s.arg(
                            stored.constFirst().message.uid));
                    if (!q.next() || q.value(0).toInt() != 1)
                        unseen.ref();
                } catch (const StoreError &) {
                    failures.ref();
                }
            }
        }));
        workers.last()->start();
    }
    QString refusal;
    QThread *failing = QThread::create([&] {
        try {
            writer.run(
                [](StoreConnection &store) {
                    store.database->execDirect(u"INSERT INTO no_such_table VALUES (1)"_s);
                },
                false);
        } catch (const StoreError &e) {
            refusal = e.message();
        }
    });
    failing->start();
    // A rejected batch is refused in its caller's thread, before it reaches the writer.
    IngestMessage empty = directMessage(QString());
    QVERIFY_THROWS_EXCEPTION(IngestRejected, writer.ingest({empty}, 0));
    gate.release();

    QVERIFY(holder->wait(60000));
    QVERIFY(failing->wait(60000));
    for (QThread *w : std::as_const(workers)) {
        QVERIFY(w->wait(60000));
        delete w;
    }
    delete holder;
    delete failing;
    QCOMPARE(failures.loadRelaxed(), 0);
    QCOMPARE(unseen.loadRelaxed(), 0);
    QVERIFY2(refusal.contains(u"no_such_table"_s), qPrintable(refusal));
    QCOMPARE(count(*m_db, u"messages"_s), threads * perThread);
    QCOMPARE(count(*m_db, u"deliveries"_s), threads * perThread);
    QCOMPARE(count(*m_db, u"chats"_s), threads);
}

void TestStore::relaxedConnectionWaitsForTheDiskWhenAsked()
{
    QVERIFY(openStore());
    const bool postgres = m_db->backend() == StoreLocation::Backend::Postgres;
    auto waitsForDisk = [&] {
        QSqlQuery q
            = m_db->execDirect(postgres ? u"SHOW synchronous_commit"_s : u"PRAGMA synchronous"_s);
        q.next();
        return postgres ? q.value(0).toString() == u"on"_s : q.value(0).toInt() == 2; // FULL
    };
    // Every SQLite connection waits, unless told otherwise (the test PostgreSQL server's own
    // default is off: tests/postgres/cluster.sh).
    if (!postgres)
        QVERIFY(waitsForDisk());
    m_db->relaxCommits();
    QVERIFY(m_db->commitsRelaxed());
    QVERIFY(!waitsForDisk());
    {
        Transaction relaxed(*m_db);
        QVERIFY(!waitsForDisk());
        relaxed.commit();
    }
    {
        Transaction durable(*m_db, Transaction::Commit::ToDisk);
        QVERIFY(waitsForDisk());
        Transaction nested(*m_db, Transaction::Commit::ToDisk); // a savepoint inside it
        nested.commit();
        durable.commit();
    }
    QVERIFY(!waitsForDisk());
    try {
        Transaction failing(*m_db, Transaction::Commit::ToDisk);
        m_db->execDirect(u"INSERT INTO no_such_table VALUES (1)"_s);
        QFAIL("the insert should have failed");
    } catch (const StoreError &) {
    }
    QVERIFY(!waitsForDisk()); // a rollback relaxes the connection again too
}

void TestStore::passwordFromTheEnvironmentOrTheSecretStore()
{
    REQUIRE_POSTGRES();
    // cluster.sh makes this role authenticate by password; the others are trusted.
    const QString password = u"correct horse <battery>"_s;
    const QString name = u"hl_password_%1"_s.arg(QCoreApplication::applicationPid());
    TestDatabase::admin(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name));
    TestDatabase::admin(u"DROP ROLE IF EXISTS hookline_password"_s);
    TestDatabase::admin(u"CREATE ROLE hookline_password LOGIN PASSWORD '%1'"_s.arg(password));
    TestDatabase::admin(u"CREATE DATABASE %1 OWNER hookline_password"_s.arg(name));
    const QString url
        = TestDatabase::serverUrl(name).replace(u"//hookline@"_s, u"//hookline_password@"_s);
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", QFile::encodeName(m_dir->filePath(u"no-pgpass"_s)));
    QString error;
    QVERIFY(!Database::open(url, Database::Mode::ReadWrite, &error));
    QVERIFY2(error.contains(u"password"_s), qPrintable(error));

    // Settings: the URL in DATA_DIR/store.conf, the password in the SecretStore (an owner-only
    // file here, where no keyring runs), neither in the other's place.
    const QString dataDir = m_dir->filePath(u"workspace"_s);
    QVERIFY(QDir().mkpath(dataDir));
    QVERIFY2(StoreChoice::save(dataDir, url, password, &error), qPrintable(error));
    QCOMPARE(StoreChoice::configured(dataDir), url);
    DataDirectory directory(dataDir);
    QCOMPARE(directory.storeLocation(), url);
    QFile conf(dataDir + u"/store.conf"_s);
    QVERIFY(conf.open(QIODevice::ReadOnly));
    QVERIFY(!conf.readAll().contains("horse"));
    StoreChoice::usePassword(directory);
    {
        auto db = Database::open(url, Database::Mode::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(SchemaMigrations::currentVersion(*db), SchemaMigrations::latestVersion());
    }
    // A password in the URL is refused before anything connects.
    QVERIFY(!StoreChoice::save(
        dataDir, QString(url).replace(u"hookline_password@"_s, u"hookline_password:x@"_s), {},
        &error));
    QVERIFY2(error.contains(u"PGPASSWORD"_s), qPrintable(error));

    // libpq's own PGPASSWORD, for a URL Hookline knows no password for.
    const QString other = url + u"&connect_timeout=5"_s;
    QVERIFY(!Database::open(other, Database::Mode::ReadWrite, &error));
    qputenv("PGPASSWORD", password.toUtf8());
    auto viaEnvironment = Database::open(other, Database::Mode::ReadWrite, &error);
    qunsetenv("PGPASSWORD");
    qunsetenv("PGPASSFILE");
    QVERIFY2(viaEnvironment, qPrintable(error));
    viaEnvironment.reset();
    TestDatabase::admin(u"DROP DATABASE %1 WITH (FORCE)"_s.arg(name));
    TestDatabase::admin(u"DROP ROLE hookline_password"_s);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
