#pragma once

#include "storelocation.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>
#include <type_traits>

namespace hookline {

// One QSqlDatabase connection to the store, owned by exactly one thread (Qt's SQL connections
// may not cross threads). Every thread that needs the store opens its own Database.
class Dialect;

class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    // Opens the store at `location` — an SQLite file path (created in ReadWrite mode) or a
    // postgresql:// URL (StoreLocation) — and, in ReadWrite mode, migrates its schema. Refuses,
    // without touching it, anything that is not a Hookline store or that a newer Hookline
    // wrote. Returns null and sets `error` on failure.
    static std::unique_ptr<Database> open(const QString &location, Mode mode, QString *error);
    // The password for every later connection to the PostgreSQL `location` of this process
    // (from the SecretStore); without one libpq reads PGPASSWORD or ~/.pgpass. Never logged.
    static void usePassword(const QString &location, const QString &password);
    // What a store location holds: `schemaVersion` 0 is an empty database Hookline would set up.
    struct Probe
    {
        QString location; // as shown (no password)
        int schemaVersion = 0;
    };
    // Connects to `location` (with `password` when not empty) and says what is there, without
    // writing anything. Throws StoreError naming the problem.
    static Probe probe(const QString &location, const QString &password);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    // The file path or URL (never with a password): for messages and per-store state.
    QString location() const { return m_location.text(); }
    StoreLocation::Backend backend() const { return m_location.backend(); }
    const Dialect &dialect() const { return *m_dialect; }

    // From now on this connection's commits do not wait for the disk (Dialect::relaxedCommits),
    // except those of a Transaction that asks for it. The engine's connection only.
    void relaxCommits();
    bool commitsRelaxed() const { return m_commitsRelaxed; }

    // A prepared statement, cached per connection: preparing costs more than executing.
    // Throws StoreError if the SQL does not prepare.
    QSqlQuery &prepared(const QString &sql);

    // Runs a prepared query; throws StoreError naming the statement and the database's reason.
    void exec(QSqlQuery &query);
    // Runs a prepared INSERT and returns the new row's id, or 0 when nothing was inserted
    // (ON CONFLICT DO NOTHING, where lastInsertId() would still give an older row's id).
    qint64 insertedId(QSqlQuery &query);
    // Prepares and runs a one-off statement (DDL, pragmas).
    QSqlQuery execDirect(const QString &sql);

    // Binds `values` to the cached statement's placeholders, in order, and runs it.
    QSqlQuery &run(const QString &sql, const QVariantList &values = {});

    // Tells the other Hookline processes on this store (PostgreSQL LISTEN/NOTIFY) that
    // `channel` changed: at the commit of the open transaction, or now outside one. Several
    // calls with the same words in one transaction send one notification. No-op on SQLite.
    void notifyOnCommit(const QString &channel, const QString &payload = {});

    // Runs a query and maps every row with `row(const QSqlQuery &)`.
    template<typename Row> auto rows(const QString &sql, const QVariantList &values, Row row)
    {
        QSqlQuery &q = run(sql, values);
        QList<std::invoke_result_t<Row, const QSqlQuery &>> list;
        while (q.next())
            list.append(row(q));
        q.finish(); // a finished statement holds no read lock
        return list;
    }

    // Runs a query and maps its first row, if any.
    template<typename Row> auto firstRow(const QString &sql, const QVariantList &values, Row row)
    {
        QSqlQuery &q = run(sql, values);
        std::optional<std::invoke_result_t<Row, const QSqlQuery &>> result;
        if (q.next())
            result = row(q);
        q.finish();
        return result;
    }

private:
    friend class Transaction;
    void sendNotifications();
    Database(QString connectionName, StoreLocation location);
    // The open connection, nothing read or written yet; `password` overrides the stored one.
    static std::unique_ptr<Database> connect(const QString &location, Mode mode,
                                             const QString &password, QString *error);
    void bindPortably(QSqlQuery &query) const;

    // Open Transaction objects on this connection; nested ones use savepoints.
    int transactionDepth = 0;
    bool m_commitsRelaxed = false;
    bool m_durableTransaction = false; // the open transaction waits for the disk
    QString m_connectionName;
    StoreLocation m_location;
    const Dialect *m_dialect;
    QHash<QString, QSqlQuery> m_statements;
    QList<std::pair<QString, QString>> m_notifications;
};

// Notification channels between Hookline processes on one PostgreSQL store.
namespace StoreChannel {
// New pending deliveries or leases given back (payload: the writing process, processTag()).
inline constexpr char16_t work[] = u"hookline_work";
// A webhook's settings (payload: its id) or the workspace's ("workspace") changed.
inline constexpr char16_t settings[] = u"hookline_settings";
// A webhook's activity log grew (payload: its id).
inline constexpr char16_t activity[] = u"hookline_activity";
// An engine recorded attempts.
inline constexpr char16_t attempts[] = u"hookline_attempts";
} // namespace StoreChannel

// This process among the Hookline processes on a store: its engine is poked directly by its own
// writers, so it ignores the notifications they send.
QString processTag();

// Qt binds a null QString as SQL NULL; columns that hold "unknown" as '' need an empty string.
QVariant sqlText(const QString &value);

} // namespace hookline
