#pragma once

#include "storeerror.h"
#include "storelocation.h"

#include <QString>

class QSqlError;

namespace hookline {

class Database;

// The SQL that differs between the store's backends, in one place per backend
// (sqlitedialect.cpp, postgresdialect.cpp). Everything else is written once, in SQL both accept.
class Dialect
{
public:
    virtual ~Dialect() = default;

    // The Qt SQL driver.
    virtual QString driver() const = 0;
    // Statements run once after a connection opens.
    virtual QStringList sessionSetup(bool readOnly) const = 0;
    // The schema is described once, in SQLite's words; a backend translates each statement.
    virtual QString ddl(const QString &sqliteDdl) const = 0;
    // Starts a write transaction so that two writers never deadlock and ids are committed in
    // the order they were handed out (the engine finds new deliveries by id).
    virtual QStringList beginWrite() const = 0;
    // The length in bytes of a text expression.
    virtual QString byteLength(const QString &expr) const = 0;
    // A condition: the text column contains the bound '?' (case as typed, no wildcards).
    virtual QString containsText(const QString &column) const = 0;
    // A condition: the bytes column contains the bound '?' as UTF-8.
    virtual QString containsBytes(const QString &column) const = 0;
    virtual StoreError::Kind errorKind(const QSqlError &error) const = 0;

    // Identity of a Hookline store: an application id stamped into the database, the number
    // of tables it holds, whether a named table exists.
    virtual qint64 applicationId(Database &database) const = 0;
    virtual void stampApplicationId(Database &database, qint64 id) const = 0;
    virtual int userTableCount(Database &database) const = 0;
    virtual bool hasTable(Database &database, const QString &table) const = 0;

    // Whether several instances may deliver from this store at once, sharing the deliveries by
    // lease (DeliveryLeases). A file's data-directory lock lets one instance at a time use it.
    virtual bool sharedDelivery() const = 0;
    // On a shared store: names a delivering engine's connection, and counts the engines
    // connected now, so that each leases its fair share of a webhook's slots.
    virtual QStringList engineSessionSetup() const = 0;
    virtual QString countEngines() const = 0;
    // Session statements (outside a transaction) for a connection whose commits need not wait
    // for the disk (the engine's: a lost result costs a repeat under the same webhook-id), and
    // back to commits that wait, around a transaction that must be durable (a bundle flush).
    virtual QString relaxedCommits() const = 0;
    virtual QString durableCommits() const = 0;

    // A statement with two '?' (channel, payload) that tells other connections listening on
    // the channel, at commit; empty where no other process can be listening usefully.
    virtual QString notify() const = 0;
};

const Dialect &sqliteDialect();
const Dialect &postgresDialect();

} // namespace hookline
