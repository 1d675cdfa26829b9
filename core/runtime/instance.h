#pragma once

#include "store/datadirectory.h"

#include <QString>

#include <memory>

namespace hookline {

class Database;

// One running Hookline on one data directory: the single-instance lock and the store, opened
// and migrated. The GUI and headless mode both start exactly this; the engine and the server
// join it as they arrive.
class Instance
{
public:
    explicit Instance(const QString &dataDirectory);
    ~Instance();

    // Prepares the folder, takes the lock and opens the store. On failure `error` says what
    // went wrong in words a user can act on, and nothing on disk has been changed.
    bool start(QString *error);

    DataDirectory &dataDirectory() { return m_dataDirectory; }
    Database &database() { return *m_database; }

private:
    DataDirectory m_dataDirectory;
    std::unique_ptr<Database> m_database;
};

} // namespace hookline
