#include "database.h"

#include "logcategories.h"
#include "schemamigrations.h"
#include "storeerror.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"hookline-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// SQLite would happily "open" any file and fail later; checking the header first lets us refuse
// a foreign file with a clear message and without writing a WAL or journal beside it.
bool looksLikeSqlite(const QString &filePath, QString *error)
{
    QFile file(filePath);
    if (!file.exists() || file.size() == 0)
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(filePath, file.errorString());
        return false;
    }
    static constexpr char header[] = "SQLite format 3";
    const QByteArray head = file.read(16);
    if (head.size() < 16 || !head.startsWith(header) || head.at(15) != '\0') {
        *error = u"%1 is not a Hookline store: it is not an SQLite database (corrupt or foreign "
                 "file). It was left untouched; move it away or choose another --data-dir."_s.arg(
                     filePath);
        return false;
    }
    return true;
}

} // namespace

Database::Database(QString connectionName, QString filePath)
    : m_connectionName(std::move(connectionName))
    , m_filePath(std::move(filePath))
{
}

Database::~Database()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::openSqlite(const QString &filePath, Mode mode, QString *error)
{
    if (!looksLikeSqlite(filePath, error))
        return nullptr;
    if (mode == Mode::ReadOnly && !QFileInfo::exists(filePath)) {
        *error = u"no Hookline store at %1"_s.arg(filePath);
        return nullptr;
    }

    std::unique_ptr<Database> database(new Database(nextConnectionName(), filePath));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, database->m_connectionName);
        db.setDatabaseName(filePath);
        QString options = u"QSQLITE_BUSY_TIMEOUT=10000"_s;
        if (mode == Mode::ReadOnly)
            options += u";QSQLITE_OPEN_READONLY"_s;
        db.setConnectOptions(options);
        if (!db.open()) {
            *error = u"cannot open store %1: %2"_s.arg(filePath, db.lastError().text());
            return nullptr;
        }
    }

    try {
        // Identify before any pragma that writes, so a foreign file is never converted to WAL.
        SchemaMigrations::identify(*database);
        database->execDirect(u"PRAGMA foreign_keys = ON"_s);
        // Pages through the page cache by mmap instead of a read() per page miss, and a
        // 16 MiB private cache: the engine rereads the same hot pages thousands of times a second.
        database->execDirect(u"PRAGMA mmap_size = 268435456"_s);
        database->execDirect(u"PRAGMA cache_size = -16384"_s);
        if (mode == Mode::ReadWrite) {
            // FULL: a message acknowledged to its source must survive a power cut.
            database->execDirect(u"PRAGMA journal_mode = WAL"_s);
            database->execDirect(u"PRAGMA synchronous = FULL"_s);
            SchemaMigrations::migrate(*database);
        } else {
            SchemaMigrations::checkReadable(*database);
        }
    } catch (const StoreError &e) {
        *error = e.message();
        return nullptr;
    }
    qCDebug(lcStore) << "opened" << filePath << "as" << database->m_connectionName;
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(connection());
        if (!query.prepare(sql))
            throw StoreError(u"%1: cannot prepare \"%2\": %3"_s.arg(m_filePath, sql.simplified(),
                                                                    query.lastError().text()));
        it = m_statements.insert(sql, std::move(query));
    }
    return it.value();
}

namespace {

// SQLITE_FULL: the disk (or the database's size limit) is full; SQLITE_BUSY / SQLITE_LOCKED:
// another connection held the lock past the busy timeout.
StoreError::Kind kindOf(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (code == u"13"_s)
        return StoreError::Kind::DiskFull;
    if (code == u"5"_s || code == u"6"_s)
        return StoreError::Kind::Busy;
    return StoreError::Kind::Failure;
}

} // namespace

void Database::exec(QSqlQuery &query)
{
    if (!query.exec()) {
        throw StoreError(u"%1: \"%2\" failed: %3"_s.arg(m_filePath, query.lastQuery().simplified(),
                                                        query.lastError().text()),
                         kindOf(query.lastError()));
    }
}

qint64 Database::insertedId(QSqlQuery &query)
{
    // Not "RETURNING id": through QSQLITE that makes every insert a result set, and ingest
    // measured a third slower (bench_server).
    exec(query);
    return query.numRowsAffected() > 0 ? query.lastInsertId().toLongLong() : 0;
}

QSqlQuery &Database::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery &query = prepared(sql);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    exec(query);
    return query;
}

QSqlQuery Database::execDirect(const QString &sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        const QString reason = query.lastError().text();
        // SQLITE_NOTADB and SQLITE_CORRUPT surface on the first statement, not at open.
        const bool corrupt
            = reason.contains(u"not a database"_s) || reason.contains(u"malformed"_s);
        throw StoreError(corrupt
                             ? u"%1 is corrupt (%2). It was left untouched; restore it from "
                               "a backup or choose another --data-dir."_s.arg(m_filePath, reason)
                             : u"%1: \"%2\" failed: %3"_s.arg(m_filePath, sql, reason),
                         kindOf(query.lastError()));
    }
    return query;
}

QVariant sqlText(const QString &value)
{
    return value.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(value);
}

} // namespace hookline
