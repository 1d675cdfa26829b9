#pragma once

#include "store/datadirectory.h"

#include <QString>

#include <memory>

namespace hookline {

class Clock;
class EngineThread;

// One running Hookline on one data directory: the single-instance lock, the store (migrated
// once at start) and the delivery engine in its own thread. The GUI and headless mode both start
// exactly this; the server joins it with its own issue. After start() the calling thread holds
// no database connection: the GUI thread never waits on SQL.
class Instance
{
public:
    explicit Instance(const QString &dataDirectory);
    ~Instance();

    // Prepares the folder, takes the lock, migrates the store and starts the engine. On failure
    // `error` says what went wrong in words a user can act on, and nothing on disk was changed.
    bool start(QString *error);

    DataDirectory &dataDirectory() { return m_dataDirectory; }
    EngineThread *engine() const { return m_engine.get(); }
    Clock *clock() const { return m_clock.get(); }

private:
    DataDirectory m_dataDirectory;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<EngineThread> m_engine;
};

} // namespace hookline
