#pragma once

namespace hookline {

class Database;

// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() ran. IMMEDIATE takes
// the write lock up front, so two connections never deadlock upgrading a read lock. Inside
// another Transaction on the same connection it becomes a savepoint, so store functions can
// open one whether or not their caller already has.
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
    int m_depth = 0;
    bool m_open = true;
};

} // namespace hookline
