#pragma once

#include "payload/linkbase.h"
#include "store/datadirectory.h"

#include <QString>

#include <memory>

namespace hookline {

class ApiToken;
class Clock;
class CloudApiReceiver;
class CloudApiRegistry;
class Inspector;
class EngineThread;
class IngestWriter;
class LocalServer;
class OwnerNotifier;

// One running Hookline on one data directory: the single-instance lock, the store (migrated
// once at start), the delivery engine in its own thread, the writer of incoming messages in
// another, the Cloud API receiver in a third and the local server. The GUI and headless mode both
// start exactly this. After start() the calling thread holds no database connection: the GUI thread
// never waits on SQL.
class Instance
{
public:
    struct Options
    {
        QString dataDirectory;
        QString listenHost = QStringLiteral("127.0.0.1");
        int listenPort = 8787; // 0: any free port, written to DATA_DIR/server.port
        QString database; // a postgresql:// URL; empty: hookline.sqlite in the folder
        qint64 inspectorMegabytes = 64; // what the Inspector may hold; 0 switches it off
    };

    explicit Instance(Options options);
    ~Instance();

    // Prepares the folder, takes the lock, migrates the store, starts the engine and the local
    // server. On failure `error` says what went wrong in words a user can act on, and nothing on
    // disk was changed.
    bool start(QString *error);

    DataDirectory &dataDirectory() { return m_dataDirectory; }
    EngineThread *engine() const { return m_engine.get(); }
    IngestWriter *ingestWriter() const { return m_ingest.get(); }
    Clock *clock() const { return m_clock.get(); }
    LocalServer *server() const { return m_server.get(); }
    OwnerNotifier *notifier() const { return m_notifier; }
    ApiToken *apiToken() const { return m_apiToken.get(); }
    Inspector *inspector() const { return m_inspector.get(); }
    CloudApiRegistry *cloudApi() const { return m_cloudApi.get(); }
    const LinkBase &links() const { return m_links; }

private:
    Options m_options;
    DataDirectory m_dataDirectory;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Inspector> m_inspector;
    LinkBase m_links; // read by the engine and the server: outlives both
    std::unique_ptr<ApiToken> m_apiToken;
    std::unique_ptr<CloudApiRegistry> m_cloudApi;
    std::unique_ptr<EngineThread> m_engine;
    std::unique_ptr<IngestWriter> m_ingest;
    std::unique_ptr<CloudApiReceiver> m_receiver;
    std::unique_ptr<LocalServer> m_server;
    OwnerNotifier *m_notifier = nullptr; // lives and dies in the engine thread
};

} // namespace hookline
