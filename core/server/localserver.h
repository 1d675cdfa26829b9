#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>

namespace httplib {
class Server;
}

namespace hookline {

class ApiToken;
class Clock;
class CloudApiReceiver;
class CloudApiRegistry;
class EngineThread;
class Inspector;
class OwnerNotifier;

// Hookline's own HTTP server (cpp-httplib, in its own threads): the local API under /api/v1,
// the WhatsApp Cloud API webhook, the chat pages that payload links open, signed attachment
// downloads and /healthz. Handlers
// use the store through their thread's own connection and reach the engine only through queued
// calls; nothing here touches widgets.
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
        int threads = 32;
    };

    // Limits with clear answers: bodies over this get 413.
    static constexpr qsizetype maxBodyBytes = 16 * 1024 * 1024;

    explicit LocalServer(Options options);
    ~LocalServer();

    // Binds and starts serving; on failure `error` names the address and the reason.
    bool start(QString *error);
    void stop();
    int port() const { return m_port; }
    QString host() const { return m_options.host; }

    // "HOST:PORT" → host and port; false for anything else.
    static bool parseListen(const QString &text, QString *host, int *port);

private:
    void registerRoutes();

    Options m_options;
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
    int m_port = 0;
    std::atomic<bool> m_stopping = false; // ends inspector delays early when stopping
};

} // namespace hookline
