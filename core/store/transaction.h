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
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_database;
    QMutex *m_gate = nullptr;
    int m_depth = 0;
    bool m_open = true;
};

} // namespace hookline
