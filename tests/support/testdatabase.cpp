#include "testdatabase.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString clusterDir()
{
    return qEnvironmentVariable("HOOKLINE_TEST_POSTGRES");
}

int clusterPort()
{
    QFile file(clusterDir() + u"/port"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("HOOKLINE_TEST_POSTGRES is set but %s/port cannot be read: is the cluster started "
               "(ctest runs postgres_start first)?",
               qPrintable(clusterDir()));
    return file.readAll().trimmed().toInt();
}

} // namespace

// Through a connection of its own, closed at once.
void TestDatabase::admin(const QString &sql)
{
    const QString name = u"hookline-test-admin"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(u"127.0.0.1"_s);
        db.setPort(clusterPort());
        db.setUserName(u"hookline"_s);
        db.setDatabaseName(u"postgres"_s);
        db.setConnectOptions(u"gssencmode=disable"_s);
        if (!db.open())
            qFatal("cannot reach the test PostgreSQL server: %s",
                   qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        if (!query.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(name);
}

TestDatabase::TestDatabase()
{
    if (!postgres())
        return;
    static QAtomicInteger<int> counter;
    m_name = u"hl_%1_%2_%3"_s.arg(QCoreApplication::applicationPid())
                 .arg(counter.fetchAndAddRelaxed(1))
                 .arg(QRandomGenerator::global()->bounded(1000000));
    admin(u"CREATE DATABASE %1"_s.arg(m_name));
}

TestDatabase::~TestDatabase()
{
    if (!m_name.isEmpty())
        admin(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_name));
}

bool TestDatabase::postgres()
{
    return !clusterDir().isEmpty();
}

QString TestDatabase::location(const QString &sqliteFile) const
{
    return m_name.isEmpty() ? sqliteFile : serverUrl(m_name);
}

QStringList TestDatabase::arguments() const
{
    if (m_name.isEmpty())
        return {};
    return {u"--database"_s, serverUrl(m_name)};
}

// gssencmode=disable: no Kerberos probing (slow, and noisy under the sanitizers).
QString TestDatabase::serverUrl(const QString &database)
{
    return u"postgresql://hookline@127.0.0.1:%1/%2?gssencmode=disable"_s.arg(clusterPort())
        .arg(database);
}
