#include "schemamigrations.h"

#include "database.h"
#include "dialect.h"
#include "logcategories.h"
#include "storeerror.h"
#include "transaction.h"

#include <QDateTime>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

// "HKLN": written to the SQLite header so a Hookline store is recognisable without guessing.
constexpr qint64 applicationId = 0x484B4C4E;

struct Migration
{
    int version;
    QStringList statements;
};

// Append only: a released version's statements never change.
const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1,
         {
             u"CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
             u"CREATE TABLE teammates ("
             " id INTEGER PRIMARY KEY,"
             " full_name TEXT NOT NULL,"
             " email TEXT NOT NULL UNIQUE)"_s,
             u"CREATE TABLE accounts ("
             " id INTEGER PRIMARY KEY,"
             " phone TEXT NOT NULL UNIQUE,"
             " full_name TEXT NOT NULL DEFAULT '',"
             " email TEXT NOT NULL DEFAULT '',"
             " owner_teammate_id INTEGER REFERENCES teammates(id) ON DELETE SET NULL,"
             " created_ms INTEGER NOT NULL)"_s,
             u"CREATE TABLE chats ("
             " id INTEGER PRIMARY KEY,"
             " account_id INTEGER NOT NULL REFERENCES accounts(id),"
             " is_group INTEGER NOT NULL CHECK (is_group IN (0, 1)),"
             " peer_key TEXT NOT NULL,"
             " phone TEXT NOT NULL DEFAULT '',"
             " full_name TEXT NOT NULL DEFAULT '',"
             " responsible_teammate_id INTEGER REFERENCES teammates(id) ON DELETE SET NULL,"
             " first_message_id INTEGER,"
             " created_ms INTEGER NOT NULL,"
             " UNIQUE (account_id, is_group, peer_key))"_s,
             u"CREATE TABLE messages ("
             " id INTEGER PRIMARY KEY,"
             " uid TEXT NOT NULL UNIQUE,"
             " chat_id INTEGER NOT NULL REFERENCES chats(id),"
             " direction TEXT NOT NULL CHECK (direction IN ('received', 'sent')),"
             " timestamp_ms INTEGER NOT NULL,"
             " sender_name TEXT NOT NULL DEFAULT '',"
             " sender_phone TEXT NOT NULL DEFAULT '',"
             " recipient_name TEXT NOT NULL DEFAULT '',"
             " recipient_phone TEXT NOT NULL DEFAULT '',"
             " text TEXT NOT NULL DEFAULT '',"
             " attachment_filename TEXT,"
             " attachment_mimetype TEXT,"
             " attachment_size INTEGER,"
             " attachment_sha256 TEXT,"
             " external_id TEXT UNIQUE,"
             " source TEXT NOT NULL,"
             " created_ms INTEGER NOT NULL)"_s,
             u"CREATE INDEX messages_by_chat ON messages (chat_id, timestamp_ms, id)"_s,
             u"CREATE TABLE message_status ("
             " id INTEGER PRIMARY KEY,"
             " message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
             " status TEXT NOT NULL,"
             " at_ms INTEGER NOT NULL,"
             " detail TEXT NOT NULL DEFAULT '')"_s,
             u"CREATE INDEX message_status_by_message ON message_status (message_id, id)"_s,
         }},
        // AUTOINCREMENT: ids of deleted webhooks and deliveries are never handed out again; the
        // engine
        // finds new deliveries by id and tells completions apart by webhook id.
        {2,
         {
             u"CREATE TABLE webhooks ("
             " id INTEGER PRIMARY KEY AUTOINCREMENT,"
             " name TEXT NOT NULL,"
             " url TEXT NOT NULL,"
             " aggregation TEXT NOT NULL"
             "  CHECK (aggregation IN ('none', '1h', '6h', '12h', '24h')),"
             " enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),"
             " secret TEXT NOT NULL DEFAULT '',"
             " timeout_ms INTEGER NOT NULL,"
             " success_rule TEXT NOT NULL CHECK (success_rule IN ('2xx', '200')),"
             " retry_schedule TEXT NOT NULL,"
             " log_limit INTEGER NOT NULL,"
             " consecutive_errors INTEGER NOT NULL DEFAULT 0,"
             " disabled_reason TEXT NOT NULL DEFAULT '',"
             " next_attempt_ms INTEGER NOT NULL DEFAULT 0,"
             " last_flush_ms INTEGER NOT NULL DEFAULT 0,"
             " created_ms INTEGER NOT NULL)"_s,
             // What each webhook owes: one row per POST (a message or a bundle).
             u"CREATE TABLE deliveries ("
             " id INTEGER PRIMARY KEY AUTOINCREMENT,"
             " webhook_id INTEGER NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,"
             " chat_id INTEGER NOT NULL REFERENCES chats(id),"
             " kind TEXT NOT NULL CHECK (kind IN ('single', 'bundle', 'test')),"
             " webhook_message_id TEXT NOT NULL UNIQUE,"
             " state TEXT NOT NULL CHECK (state IN ('pending', 'delivered', 'discarded', 'test')),"
             " attempts INTEGER NOT NULL DEFAULT 0,"
             " last_error TEXT NOT NULL DEFAULT '',"
             " created_ms INTEGER NOT NULL,"
             " done_ms INTEGER)"_s,
             u"CREATE INDEX deliveries_pending ON deliveries (webhook_id, state, id)"_s,
             u"CREATE TABLE delivery_messages ("
             " delivery_id INTEGER NOT NULL REFERENCES deliveries(id) ON DELETE CASCADE,"
             " message_id INTEGER NOT NULL REFERENCES messages(id),"
             " PRIMARY KEY (delivery_id, message_id)) WITHOUT ROWID"_s,
             // Messages waiting for their chat's next bundle window.
             u"CREATE TABLE bundle_members ("
             " webhook_id INTEGER NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,"
             " chat_id INTEGER NOT NULL REFERENCES chats(id),"
             " message_id INTEGER NOT NULL REFERENCES messages(id),"
             " PRIMARY KEY (webhook_id, chat_id, message_id)) WITHOUT ROWID"_s,
             u"CREATE TABLE attempts ("
             " id INTEGER PRIMARY KEY AUTOINCREMENT,"
             " webhook_id INTEGER NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,"
             " delivery_id INTEGER REFERENCES deliveries(id) ON DELETE SET NULL,"
             " webhook_message_id TEXT NOT NULL,"
             " chat_id INTEGER NOT NULL DEFAULT 0,"
             " started_ms INTEGER NOT NULL,"
             " duration_ms INTEGER NOT NULL,"
             " url TEXT NOT NULL,"
             " request_headers TEXT NOT NULL,"
             " request_body BLOB NOT NULL,"
             " response_status INTEGER NOT NULL,"
             " response_headers TEXT NOT NULL,"
             " response_body BLOB NOT NULL,"
             " response_truncated INTEGER NOT NULL,"
             " error TEXT NOT NULL,"
             " success INTEGER NOT NULL)"_s,
             u"CREATE INDEX attempts_by_webhook ON attempts (webhook_id, id)"_s,
             u"CREATE TABLE activity ("
             " id INTEGER PRIMARY KEY AUTOINCREMENT,"
             " webhook_id INTEGER NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,"
             " at_ms INTEGER NOT NULL,"
             " kind TEXT NOT NULL,"
             " text TEXT NOT NULL,"
             " delivery_id INTEGER)"_s,
             u"CREATE INDEX activity_by_webhook ON activity (webhook_id, id)"_s,
         }},
        // WhatsApp Cloud API: which Meta phone number id belongs to which account (the app
        // secret, verify token and access token live in the SecretStore, not here), and media
        // that could not be downloaded yet.
        {3,
         {
             u"CREATE TABLE cloud_api_accounts ("
             " account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,"
             " phone_number_id TEXT NOT NULL UNIQUE,"
             " graph_base_url TEXT NOT NULL)"_s,
             // Notifications as Meta POSTed them, kept until processed: Meta does not resend
             // what was answered 200, so the body is on disk before the answer goes out.
             u"CREATE TABLE cloud_api_inbox ("
             " id INTEGER PRIMARY KEY AUTOINCREMENT,"
             " received_ms INTEGER NOT NULL,"
             " body BLOB NOT NULL)"_s,
             u"CREATE TABLE media_downloads ("
             " message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,"
             " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
             " media_id TEXT NOT NULL,"
             " kind TEXT NOT NULL,"
             " mime_type TEXT NOT NULL DEFAULT '',"
             " file_name TEXT NOT NULL,"
             " attempts INTEGER NOT NULL DEFAULT 0,"
             " next_attempt_ms INTEGER NOT NULL,"
             " last_error TEXT NOT NULL DEFAULT '')"_s,
         }},
        // Several instances on one PostgreSQL store share the deliveries by leasing the head
        // delivery of each chat (DeliveryLeases); the lease is wall-clock ms.
        {4,
         {
             u"ALTER TABLE deliveries ADD COLUMN lease_owner TEXT"_s,
             u"ALTER TABLE deliveries ADD COLUMN lease_until INTEGER"_s,
             u"CREATE INDEX deliveries_pending_by_chat ON deliveries (webhook_id, chat_id, id)"
             " WHERE state = 'pending'"_s,
             // Each instance processes the notifications it acknowledged (with its secrets).
             u"ALTER TABLE cloud_api_inbox ADD COLUMN received_by TEXT NOT NULL DEFAULT ''"_s,
         }},
        // The public base URL became optional: unset, links follow the address listened on.
        // The old default, stored whenever Settings were saved, is forgotten; a URL the user
        // typed stays.
        {5,
         {
             u"DELETE FROM settings WHERE key = 'public_base_url'"
             " AND value = 'http://127.0.0.1:8787'"_s,
         }},
        // Deliveries show each attempt's number within its delivery and where its time went.
        {6,
         {
             u"ALTER TABLE attempts ADD COLUMN attempt_number INTEGER NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE attempts ADD COLUMN timings TEXT NOT NULL DEFAULT ''"_s,
             u"CREATE INDEX attempts_by_delivery ON attempts (delivery_id)"_s,
             // The Chats page reads which webhooks got each shown message.
             u"CREATE INDEX delivery_messages_by_message ON delivery_messages (message_id)"_s,
         }},
        // Each webhook's own request headers (API keys), as JSON: [{"name": …, "value": …}].
        {7,
         {
             u"ALTER TABLE webhooks ADD COLUMN headers TEXT NOT NULL DEFAULT '[]'"_s,
         }},
        // Which messages each webhook gets (a WebhookFilter as JSON; empty: all), and the
        // messages a filter turned away, named in the message's history instead of a delivery.
        {8,
         {
             u"ALTER TABLE webhooks ADD COLUMN message_filter TEXT NOT NULL DEFAULT ''"_s,
             u"CREATE TABLE message_skips ("
             " message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
             " webhook_id INTEGER NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,"
             " reason TEXT NOT NULL,"
             " PRIMARY KEY (message_id, webhook_id)) WITHOUT ROWID"_s,
         }},
        // Deliveries queued by a replay (a time range sent again) say so in a header and in
        // the log; every other delivery is sent exactly as before.
        {9,
         {
             u"ALTER TABLE deliveries ADD COLUMN replay INTEGER NOT NULL DEFAULT 0"
             " CHECK (replay IN (0, 1))"_s,
         }},
        // A webhook is pushed (as before), pulled through its feed, or both; the feed's
        // acknowledged cursor is a delivery id (WebhookFeed).
        {10,
         {
             u"ALTER TABLE webhooks ADD COLUMN delivery_mode TEXT NOT NULL DEFAULT 'push'"
             " CHECK (delivery_mode IN ('push', 'pull', 'both'))"_s,
             u"ALTER TABLE webhooks ADD COLUMN feed_cursor INTEGER NOT NULL DEFAULT 0"_s,
         }},
        // What each receiver can take, in requests at once and per second
        // (docs/RECEIVER-THROTTLING.md); 6 at once was every webhook's limit before.
        {11,
         {
             u"ALTER TABLE webhooks ADD COLUMN max_in_flight INTEGER NOT NULL DEFAULT 6"_s,
             u"ALTER TABLE webhooks ADD COLUMN max_per_second REAL NOT NULL DEFAULT 0"_s,
         }},
        // Version 12: events beyond messages (docs/WEBHOOK-EVENTS.md). Each webhook's opt-ins
        // ("message.status message.reaction"; empty: none); an event delivery is a single
        // delivery naming its event, and a status event the status it is about; a failed
        // status's error as Meta names it; what a reaction message says; and the events of a
        // bundling webhook that wait for their message's bundle to go first.
        {12,
         {
             u"ALTER TABLE webhooks ADD COLUMN events TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE deliveries ADD COLUMN event TEXT"_s,
             // No foreign key, so that a store can be taken back a version (SQLite drops no
             // column that references another table); statuses are never deleted apart from
             // their message, and a message with deliveries stays.
             u"ALTER TABLE deliveries ADD COLUMN status_id INTEGER"_s,
             u"ALTER TABLE message_status ADD COLUMN error_code INTEGER"_s,
             u"ALTER TABLE message_status ADD COLUMN error_title TEXT"_s,
             u"ALTER TABLE message_status ADD COLUMN error_detail TEXT"_s,
             u"CREATE TABLE message_reactions ("
             " message_id INTEGER NOT NULL PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,"
             " target_external_id TEXT NOT NULL,"
             " emoji TEXT NOT NULL)"_s,
             u"CREATE TABLE bundle_events ("
             " id INTEGER PRIMARY KEY AUTOINCREMENT,"
             " webhook_id INTEGER NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,"
             " chat_id INTEGER NOT NULL REFERENCES chats(id),"
             " event TEXT NOT NULL,"
             " message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
             " status_id INTEGER REFERENCES message_status(id) ON DELETE CASCADE)"_s,
         }},
        // A webhook that gets only replays: where a replay to another URL or an Inspector name
        // goes (docs/WEBHOOK-REPLAY.md). New messages and events create no delivery for it. And
        // a replay's range read in order from an index (a day of a million messages in 0.2 s
        // instead of a scan and a sort; docs/PERFORMANCE.md).
        {13,
         {
             u"ALTER TABLE webhooks ADD COLUMN replays_only INTEGER NOT NULL DEFAULT 0"
             " CHECK (replays_only IN (0, 1))"_s,
             u"CREATE INDEX messages_by_time ON messages (timestamp_ms, id)"_s,
         }},
    };
    return list;
}

// Where to choose another store: the option that named this one.
QString otherStoreHint(Database &database)
{
    return database.backend() == StoreLocation::Backend::Postgres ? u"--database"_s
                                                                  : u"--data-dir"_s;
}

void refuseForeign(Database &database)
{
    throw StoreError(
        u"%1 is not a Hookline store: it holds tables Hookline did not make. It was "
        "left untouched; choose another %2."_s.arg(database.location(), otherStoreHint(database)));
}

} // namespace

int SchemaMigrations::identify(Database &database)
{
    const Dialect &dialect = database.dialect();
    // Tables first: another connection may be stamping a new store meanwhile, and the stamp
    // commits together with the first table, so tables seen means the stamp is seen too.
    const int tables = dialect.userTableCount(database);
    const qint64 appId = dialect.applicationId(database);
    if (tables == 0 && appId == 0)
        return 0;
    if (appId != applicationId)
        refuseForeign(database);
    const int version = SchemaMigrations::currentVersion(database);
    if (version > SchemaMigrations::latestVersion()) {
        throw StoreError(u"%1 was written by a newer Hookline (schema version %2; this build "
                         "understands up to %3). It was left untouched; install a newer Hookline."_s
                             .arg(database.location())
                             .arg(version)
                             .arg(SchemaMigrations::latestVersion()));
    }
    return version;
}

int SchemaMigrations::latestVersion()
{
    return migrations().constLast().version;
}

int SchemaMigrations::currentVersion(Database &database)
{
    if (!database.dialect().hasTable(database, u"schema_version"_s))
        return 0;
    QSqlQuery query = database.execDirect(u"SELECT max(version) FROM schema_version"_s);
    return query.next() ? query.value(0).toInt() : 0;
}

void SchemaMigrations::checkReadable(Database &database)
{
    const int version = identify(database);
    if (version == 0)
        throw StoreError(u"%1 holds no Hookline data yet"_s.arg(database.location()));
}

void SchemaMigrations::migrate(Database &database)
{
    const Dialect &dialect = database.dialect();
    const int found = identify(database);
    if (found == 0) {
        Transaction transaction(database);
        dialect.stampApplicationId(database, applicationId);
        database.execDirect(dialect.ddl(u"CREATE TABLE IF NOT EXISTS schema_version ("
                                        " version INTEGER PRIMARY KEY,"
                                        " applied_ms INTEGER NOT NULL)"_s));
        transaction.commit();
    }
    for (const Migration &migration : migrations()) {
        if (migration.version <= found)
            continue;
        Transaction transaction(database);
        // Read under the write lock: another instance may have migrated while we waited.
        if (migration.version <= currentVersion(database))
            continue;
        for (const QString &statement : migration.statements)
            database.execDirect(dialect.ddl(statement));
        database.execDirect(u"INSERT INTO schema_version (version, applied_ms) VALUES (%1, %2)"_s
                                .arg(migration.version)
                                .arg(QDateTime::currentMSecsSinceEpoch()));
        transaction.commit();
        qCInfo(lcStore) << "store" << database.location() << "migrated to schema version"
                        << migration.version;
    }
}

QStringList SchemaMigrations::statements(const Dialect &dialect)
{
    QStringList list;
    for (const Migration &migration : migrations()) {
        list << u"-- version %1"_s.arg(migration.version);
        for (const QString &statement : migration.statements)
            list << dialect.ddl(statement) + u';';
    }
    return list;
}

} // namespace hookline
