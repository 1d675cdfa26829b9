#include "database.h"
#include "dialect.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

qint64 firstValue(QSqlQuery query)
{
    return query.next() ? query.value(0).toLongLong() : 0;
}

class SqliteDialect final : public Dialect
{
public:
    QString driver() const override { return u"QSQLITE"_s; }

    QStringList sessionSetup(bool readOnly) const override
    {
        QStringList statements = {
            u"PRAGMA foreign_keys = ON"_s,
            // Pages through the page cache by mmap instead of a read() per page miss, and a
            // 16 MiB private cache: the engine rereads the same hot pages thousands of times a
            // second.
            u"PRAGMA mmap_size = 268435456"_s,
            u"PRAGMA cache_size = -16384"_s,
        };
        if (!readOnly) {
            // FULL: a message acknowledged to its source must survive a power cut.
            statements << u"PRAGMA journal_mode = WAL"_s << u"PRAGMA synchronous = FULL"_s;
        }
        return statements;
    }

    QString ddl(const QString &sqliteDdl) const override { return sqliteDdl; }

    // IMMEDIATE takes the write lock up front, so two connections never deadlock upgrading a
    // read lock; one writer at a time also commits ids in order.
    QStringList beginWrite() const override { return {u"BEGIN IMMEDIATE"_s}; }

    QString byteLength(const QString &expr) const override
    {
        return u"length(CAST(%1 AS BLOB))"_s.arg(expr);
    }

    // instr() rather than LIKE: no wildcard characters to escape, and case is kept as typed.
    QString containsText(const QString &column) const override
    {
        return u"instr(%1, ?) > 0"_s.arg(column);
    }

    QString containsBytes(const QString &column) const override
    {
        return u"instr(CAST(%1 AS TEXT), ?) > 0"_s.arg(column);
    }

    // SQLITE_FULL: the disk (or the database's size limit) is full; SQLITE_BUSY / SQLITE_LOCKED:
    // another connection held the lock past the busy timeout.
    StoreError::Kind errorKind(const QSqlError &error) const override
    {
        const QString code = error.nativeErrorCode();
        if (code == u"13"_s)
            return StoreError::Kind::DiskFull;
        if (code == u"5"_s || code == u"6"_s)
            return StoreError::Kind::Busy;
        return StoreError::Kind::Failure;
    }

    qint64 applicationId(Database &database) const override
    {
        return firstValue(database.execDirect(u"PRAGMA application_id"_s));
    }

    void stampApplicationId(Database &database, qint64 id) const override
    {
        database.execDirect(u"PRAGMA application_id = %1"_s.arg(id));
    }

    int userTableCount(Database &database) const override
    {
        return int(firstValue(database.execDirect(
            u"SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"_s)));
    }

    bool hasTable(Database &database, const QString &table) const override
    {
        return firstValue(database.execDirect(
                   u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'"_s.arg(
                       table)))
            > 0;
    }

    bool sharedDelivery() const override { return false; }
    QStringList engineSessionSetup() const override { return {}; }
    QString countEngines() const override { return {}; }
    // In WAL mode NORMAL syncs only at checkpoints: a crash of the process loses nothing, a
    // power cut the last commits.
    QString relaxedCommits() const override { return u"PRAGMA synchronous = NORMAL"_s; }
    QString durableCommits() const override { return u"PRAGMA synchronous = FULL"_s; }

    // The engine finds other processes' writes by polling the file.
    QString notify() const override { return {}; }
};

} // namespace

const Dialect &sqliteDialect()
{
    static const SqliteDialect dialect;
    return dialect;
}

} // namespace hookline
