#pragma once

class QMutex;

namespace hookline {

class Database;

// Begins a write transaction on construction (Dialect::beginWrite: the write lock is taken up
// front, so two connections never deadlock upgrading a read lock), ROLLBACK on destruction
// unless commit() ran. Inside another Transaction on the same connection it becomes a
// savepoint, so store functions can open one whether or not their caller already has.
//
// Writers of one store in one process queue on a mutex first: SQLite's own busy handler sleeps
// in steps of up to 100 ms, which would turn a 1 ms wait for the engine's commit into a
// latency spike for an ingest. Other processes still meet the database's own lock wait.
class Transaction
{
public:
    // ToDisk: the commit waits for the disk even on a connection whose commits do not
    // (Database::relaxCommits), for a transaction whose loss after its effects were seen
    // outside would do harm (a bundle flush). Inside another transaction, that one must be too.
    enum class Commit { AsConnection, ToDisk };

    explicit Transaction(Database &database, Commit commit = Commit::AsConnection);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_database;
    QMutex *m_gate = nullptr;
    int m_depth = 0;
    bool m_open = true;
    bool m_durable = false; // this top-level transaction switched its connection to ToDisk

    void restoreCommits();
};

} // namespace hookline
