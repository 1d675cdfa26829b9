#pragma once

namespace hookline {

class Database;

// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() ran. IMMEDIATE takes
// the write lock up front, so two connections never deadlock upgrading a read lock.
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
    bool m_open = true;
};

} // namespace hookline
