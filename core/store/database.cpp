#include "database.h"

#include "dialect.h"
#include "logcategories.h"
#include "schemamigrations.h"
#include "storeerror.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QUuid>

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

// Files are checked before they are opened; a PostgreSQL database needs a server that answers.
bool canOpen(const StoreLocation &location, Database::Mode mode, QString *error)
{
    if (location.backend() == StoreLocation::Backend::Postgres)
        return true;
    if (!looksLikeSqlite(location.text(), error))
        return false;
    if (mode == Database::Mode::ReadOnly && !QFileInfo::exists(location.text())) {
        *error = u"no Hookline store at %1"_s.arg(location.text());
        return false;
    }
    return true;
}

QMutex passwordsGuard;
QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> byLocation;
    return byLocation;
}

void configure(QSqlDatabase &db, const StoreLocation &location, Database::Mode mode)
{
    if (location.backend() == StoreLocation::Backend::Sqlite) {
        db.setDatabaseName(location.text());
        QString options = u"QSQLITE_BUSY_TIMEOUT=10000"_s;
        if (mode == Database::Mode::ReadOnly)
            options += u";QSQLITE_OPEN_READONLY"_s;
        db.setConnectOptions(options);
        return;
    }
    // No password: libpq takes it from PGPASSWORD, PGPASSFILE or ~/.pgpass.
    db.setHostName(location.host());
    db.setPort(location.port());
    db.setUserName(location.user());
    db.setDatabaseName(location.databaseName());
    db.setConnectOptions(location.connectOptions());
    QMutexLocker lock(&passwordsGuard);
    db.setPassword(passwords().value(location.text()));
}

} // namespace

Database::Database(QString connectionName, StoreLocation location)
    : m_connectionName(std::move(connectionName))
    , m_location(std::move(location))
    , m_dialect(m_location.backend() == StoreLocation::Backend::Postgres ? &postgresDialect()
                                                                         : &sqliteDialect())
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

std::unique_ptr<Database> Database::connect(const QString &locationText, Mode mode,
                                            const QString &password, QString *error)
{
    const StoreLocation location = StoreLocation::parse(locationText, error);
    if (!location.isValid() || !canOpen(location, mode, error))
        return nullptr;
    std::unique_ptr<Database> database(new Database(nextConnectionName(), location));
    QSqlDatabase db
        = QSqlDatabase::addDatabase(database->dialect().driver(), database->m_connectionName);
    if (!db.isValid()) {
        *error = u"cannot open store %1: the Qt SQL driver %2 is not installed (Debian: %3)"_s.arg(
            location.text(), database->dialect().driver(),
            location.backend() == StoreLocation::Backend::Postgres ? u"libqt6sql6-psql"_s
                                                                   : u"libqt6sql6-sqlite"_s);
        return nullptr;
    }
    configure(db, location, mode);
    if (!password.isEmpty())
        db.setPassword(password);
    if (!db.open()) {
        *error
            = u"cannot open store %1: %2"_s.arg(location.text(), db.lastError().text().trimmed());
        return nullptr;
    }
    return database;
}

std::unique_ptr<Database> Database::open(const QString &locationText, Mode mode, QString *error)
{
    std::unique_ptr<Database> database = connect(locationText, mode, {}, error);
    if (!database)
        return nullptr;
    try {
        // Identify before any statement that writes, so a foreign file is never converted to
        // WAL and a foreign database never gets a table.
        SchemaMigrations::identify(*database);
        for (const QString &statement : database->dialect().sessionSetup(mode == Mode::ReadOnly))
            database->execDirect(statement);
        if (mode == Mode::ReadWrite)
            SchemaMigrations::migrate(*database);
        else
            SchemaMigrations::checkReadable(*database);
    } catch (const StoreError &e) {
        *error = e.message();
        return nullptr;
    }
    qCDebug(lcStore) << "opened" << database->location() << "as" << database->m_connectionName;
    return database;
}

void Database::usePassword(const QString &location, const QString &password)
{
    QString error;
    const StoreLocation parsed = StoreLocation::parse(location, &error);
    QMutexLocker lock(&passwordsGuard);
    passwords().insert(parsed.isValid() ? parsed.text() : location, password);
}

Database::Probe Database::probe(const QString &locationText, const QString &password)
{
    QString error;
    const std::unique_ptr<Database> database
        = connect(locationText, Mode::ReadOnly, password, &error);
    if (!database)
        throw StoreError(error);
    return {database->location(), SchemaMigrations::identify(*database)};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        // Never setForwardOnly: QPSQL then reads rows one by one and loses them when another
        // statement runs on the connection before they are all read.
        QSqlQuery query(connection());
        if (!query.prepare(sql))
            throw StoreError(u"%1: cannot prepare \"%2\": %3"_s.arg(location(), sql.simplified(),
                                                                    query.lastError().text()));
        it = m_statements.insert(sql, std::move(query));
    }
    return it.value();
}

// QPSQL sends bound values as literals inside the statement text: a U+0000 would cut the
// statement short (and PostgreSQL's text cannot hold it anyway), and a bool is TRUE/FALSE,
// which PostgreSQL will not put into the integer 0/1 columns SQLite uses for flags.
void Database::bindPortably(QSqlQuery &query) const
{
    if (m_location.backend() != StoreLocation::Backend::Postgres)
        return;
    const QVariantList values = query.boundValues();
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        if (value.typeId() == QMetaType::Bool) {
            query.bindValue(int(i), value.toBool() ? 1 : 0);
        } else if (value.typeId() == QMetaType::QString) {
            const QString text = value.toString();
            if (text.contains(QChar(0)))
                query.bindValue(int(i),
                                QString(text).replace(QChar(0), QChar::ReplacementCharacter));
        }
    }
}

void Database::exec(QSqlQuery &query)
{
    bindPortably(query);
    if (!query.exec()) {
        throw StoreError(u"%1: \"%2\" failed: %3"_s.arg(location(), query.lastQuery().simplified(),
                                                        query.lastError().text()),
                         m_dialect->errorKind(query.lastError()));
    }
}

qint64 Database::insertedId(QSqlQuery &query)
{
    // Not "RETURNING id": through QSQLITE that makes every insert a result set, and ingest
    // measured a third slower (bench_server). The row count matters on both backends: after
    // ON CONFLICT DO NOTHING lastInsertId() gives an older row's id, or a sequence value that
    // was burnt.
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

void Database::relaxCommits()
{
    execDirect(m_dialect->relaxedCommits());
    m_commitsRelaxed = true;
}

void Database::notifyOnCommit(const QString &channel, const QString &payload)
{
    if (m_dialect->notify().isEmpty())
        return;
    const std::pair<QString, QString> notification(channel, payload);
    if (!m_notifications.contains(notification))
        m_notifications.append(notification);
    if (transactionDepth == 0)
        sendNotifications();
}

void Database::sendNotifications()
{
    const auto notifications = std::exchange(m_notifications, {});
    for (const auto &[channel, payload] : notifications)
        run(m_dialect->notify(), {channel, sqlText(payload)});
}

QSqlQuery Database::execDirect(const QString &sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        const QString reason = query.lastError().text();
        // SQLITE_NOTADB and SQLITE_CORRUPT surface on the first statement, not at open.
        const bool corrupt = m_location.backend() == StoreLocation::Backend::Sqlite
            && (reason.contains(u"not a database"_s) || reason.contains(u"malformed"_s));
        throw StoreError(corrupt
                             ? u"%1 is corrupt (%2). It was left untouched; restore it from "
                               "a backup or choose another --data-dir."_s.arg(location(), reason)
                             : u"%1: \"%2\" failed: %3"_s.arg(location(), sql, reason),
                         m_dialect->errorKind(query.lastError()));
    }
    return query;
}

QString processTag()
{
    static const QString tag = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return tag;
}

QVariant sqlText(const QString &value)
{
    return value.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(value);
}

} // namespace hookline
