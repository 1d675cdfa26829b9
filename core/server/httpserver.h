#pragma once

#include "httprequestreader.h"

#include <QString>

#include <chrono>
#include <memory>

namespace hookline {

class HttpRouter;
class HttpServerState;

// An event-driven HTTP/1.1 server (Boost.Beast on one I/O thread) for hostile clients: every
// request passes HttpRequestReader's checks before its body is read, slow or idle clients are cut
// off by deadlines, connections are bounded in all and per client address, and only complete,
// accepted requests reach the handlers, which run in a fixed pool of worker threads (they may
// block on the store). Error answers are JSON: {"error": ..., "field": ...}.
class HttpServer
{
public:
    struct Options
    {
        QString host = QStringLiteral("127.0.0.1");
        int port = 0; // 0: any free port
        int workers = 32;
        HttpLimits limits;
        int maxConnections = 4096;
        int maxConnectionsPerAddress = 512;
        qint64 bodyBudgetBytes = 512LL * 1024 * 1024;
        std::chrono::milliseconds idleTimeout {5000}; // keep-alive, waiting for a request
        std::chrono::milliseconds headTimeout {10000}; // first byte to the end of the head
        std::chrono::milliseconds requestTimeout {60000}; // first byte to the end of the body
        std::chrono::milliseconds writeTimeout {60000}; // one answer
    };

    HttpServer(const HttpRouter &router, Options options);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    // Binds and starts serving; on failure `error` names the address and the reason.
    bool start(QString *error);
    // Closes every connection and waits for running handlers; idempotent.
    void stop();
    int port() const;

private:
    std::unique_ptr<HttpServerState> d;
};

} // namespace hookline
