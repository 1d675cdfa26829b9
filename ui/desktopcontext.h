#pragma once

#include <QString>

#include <memory>

namespace hookline {

class ApiToken;
class Clock;
class CloudApiRegistry;
class EngineThread;
class IngestWriter;
class Inspector;
class Instance;
class LinkBase;
class OwnerNotifier;
class StoreWorker;

// What every desktop page works with: the store through a worker thread (never SQL in the GUI
// thread), the engine through queued calls and its signals, the inspector, the notifier and the
// local server's address. Built from a started Instance, which must outlive it.
class DesktopContext
{
public:
    explicit DesktopContext(Instance &instance);
    ~DesktopContext();

    StoreWorker *store() const { return m_store.get(); }
    // A second worker for jobs that wait on something outside the store (the keyring, WhatsApp's
    // Graph API, a PostgreSQL server being tested, a connection probe), so the pages' loads never
    // queue behind them.
    StoreWorker *slowStore() const { return m_slowStore.get(); }
    EngineThread *engine() const { return m_engine; }
    // Stores incoming messages; blocks until they are on disk: call it in a StoreWorker job.
    IngestWriter *ingest() const { return m_ingest; }
    Inspector *inspector() const { return m_inspector; }
    OwnerNotifier *notifier() const { return m_notifier; }
    ApiToken *apiToken() const { return m_apiToken; }
    Clock *clock() const { return m_clock; }
    // Cloud API accounts with their secrets; save/remove block (keyring): call them in a
    // StoreWorker job, never in the GUI thread.
    CloudApiRegistry *cloudApi() const { return m_cloudApi; }
    QString dataDirectory() const { return m_dataDirectory; }
    // The store this instance runs on: its SQLite file or PostgreSQL URL.
    QString storeLocation() const { return m_storeLocation; }
    QString listenHost() const { return m_listenHost; }
    // Where payload links point unless the workspace sets a public base URL.
    const LinkBase *links() const { return m_links; }
    int listenPort() const { return m_listenPort; }
    // http://HOST:PORT of the local server, as a browser on this machine reaches it.
    QString serverUrl() const;

private:
    std::unique_ptr<StoreWorker> m_store;
    std::unique_ptr<StoreWorker> m_slowStore;
    EngineThread *m_engine = nullptr;
    IngestWriter *m_ingest = nullptr;
    Inspector *m_inspector = nullptr;
    OwnerNotifier *m_notifier = nullptr;
    ApiToken *m_apiToken = nullptr;
    Clock *m_clock = nullptr;
    CloudApiRegistry *m_cloudApi = nullptr;
    const LinkBase *m_links = nullptr;
    QString m_dataDirectory;
    QString m_storeLocation;
    QString m_listenHost;
    int m_listenPort = 0;
};

} // namespace hookline
