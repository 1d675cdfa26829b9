#pragma once

#include <QString>

namespace hookline {

// Where a workspace's store lives: an SQLite file (the default, in the data directory) or a
// PostgreSQL database named by a `postgresql://user@host:port/db?param=value` URL. The URL never
// carries a password: libpq reads PGPASSWORD, PGPASSFILE or ~/.pgpass itself.
class StoreLocation
{
public:
    enum class Backend { Sqlite, Postgres };

    // A file path (anything not starting with "postgresql://" or "postgres://") or a URL.
    // Returns an invalid location and sets `error` when the URL is malformed, names a password
    // or an option Hookline does not pass on.
    static StoreLocation parse(const QString &text, QString *error);
    static StoreLocation sqliteFile(const QString &filePath);

    bool isValid() const { return !m_text.isEmpty(); }
    Backend backend() const { return m_backend; }
    // What the user typed (file path or URL, never a password): the key of per-store state
    // and the name in messages.
    QString text() const { return m_text; }

    // PostgreSQL only: the parts of the URL, as the QPSQL driver takes them.
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString databaseName() const { return m_database; }
    // libpq keywords from the URL's query, "key=value;..." for QSqlDatabase::setConnectOptions.
    QString connectOptions() const { return m_options; }

    static bool looksLikeUrl(const QString &text);

private:
    Backend m_backend = Backend::Sqlite;
    QString m_text;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_database;
    QString m_options;
};

} // namespace hookline
