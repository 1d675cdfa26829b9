#pragma once

#include "httprouter.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace hookline {

class ApiToken;
class Clock;
class CloudApiReceiver;
class CloudApiRegistry;
class EngineThread;
class HttpServer;
class IngestWriter;
class LinkBase;
class Inspector;
class OwnerNotifier;

// Hookline's own HTTP server: the local API under /api/v1, the WhatsApp Cloud API webhook, the
// chat pages that payload links open, signed attachment downloads, the Inspector and /healthz,
// served by HttpServer with each route's limits. Handlers use the store through their worker
// thread's own connection and reach the engine only through queued calls; nothing here touches
// widgets.
class LocalServer
{
public:
    struct Options
    {
        QString host = QStringLiteral("127.0.0.1");
        int port = 8787; // 0: any free port
        QString databasePath;
        QString attachmentsPath;
        const ApiToken *apiToken = nullptr; // not owned
        EngineThread *engine = nullptr;
        OwnerNotifier *notifier = nullptr;
        Clock *clock = nullptr;
        Inspector *inspector = nullptr; // serves /inspect/<name> when set
        CloudApiRegistry *cloudApi = nullptr; // with `receiver`: serves /whatsapp/webhook
        CloudApiReceiver *receiver = nullptr;
        IngestWriter *ingest = nullptr; // stores what the API and the Cloud API webhook take in
        LinkBase *links = nullptr; // told the address listened on; links point there by default
        int threads = 32;
    };

    // The largest body of the API (a batch of messages, an import) and of the Inspector.
    static constexpr qint64 maxBodyBytes = 16 * 1024 * 1024;
    // The largest Cloud API notification (Meta's are a few kilobytes).
    static constexpr qint64 maxNotificationBytes = 4 * 1024 * 1024;

    explicit LocalServer(Options options);
    ~LocalServer();

    // Binds and starts serving; on failure `error` names the address and the reason.
    bool start(QString *error);
    void stop();
    int port() const { return m_port; }
    QString host() const { return m_options.host; }
    // Bound to an address other hosts can reach: the API token then crosses the network.
    bool isExposed() const;

    // "HOST:PORT" → host and port; false for anything else.
    static bool parseListen(const QString &text, QString *host, int *port);

private:
    void registerRoutes();

    Options m_options;
    HttpRouter m_router;
    std::unique_ptr<HttpServer> m_server;
    int m_port = 0;
};

} // namespace hookline
