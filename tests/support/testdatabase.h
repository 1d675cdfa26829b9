#pragma once

#include <QStringList>

// The store a test runs on. The suites registered with POSTGRES in tests/CMakeLists.txt run a
// second time as NAME_postgresql with HOOKLINE_TEST_POSTGRES naming the folder of the throw-away
// cluster (tests/postgres/cluster.sh); each TestDatabase is then a database of its own on that
// server, created here and dropped when the object goes. Otherwise it is the SQLite file the
// caller names.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    static bool postgres();
    // The postgresql:// URL, or `sqliteFile`.
    QString location(const QString &sqliteFile) const;
    // The command-line arguments that put a `hookline` on this store: --database URL, or none.
    QStringList arguments() const;
    // The URL of a database on the test server.
    static QString serverUrl(const QString &database);
    // Runs one statement on the server's maintenance database, as its superuser.
    static void admin(const QString &sql);

private:
    QString m_name;
};

// Skips the current test function where it checks something only an SQLite file has.
#define SKIP_ON_POSTGRES(why)                                                                      \
    do {                                                                                           \
        if (TestDatabase::postgres())                                                              \
            QSKIP(why);                                                                            \
    } while (false)

// Skips the current test function unless it runs on PostgreSQL (several engines on one store).
#define REQUIRE_POSTGRES()                                                                         \
    do {                                                                                           \
        if (!TestDatabase::postgres())                                                             \
            QSKIP("several instances share a store only on PostgreSQL (the _postgresql run)");     \
    } while (false)
