#pragma once

// A fault-injecting HTTP receiver for reliability tests: raw POSIX sockets on a loopback port,
// so it can misbehave in ways a well-mannered HTTP library will not — answer late, reset the
// connection mid-response, abort a TLS handshake, stream a gigabyte, redirect to itself, or stop
// listening for a while and come back on the same port. Each request is answered by a script;
// every request and its answer is recorded for the checks. Thread-safe: the receiver runs in
// its own threads (one accepting, one per connection) and may be scripted and read from any.
#include <QList>
#include <QMutex>
#include <QString>

#include <atomic>
#include <functional>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

struct Fault
{
    enum class Kind {
        Status, // a complete response with this status
        Delay, // waits delayMs (meant to be past the client's timeout), then answers status
        ResetMidResponse, // part of the response (see inHead), then a TCP reset
        TlsHandshakeFailure, // a TLS ClientHello met with a fatal handshake_failure alert
        HugeBody, // status with a body of hugeBytes, streamed until the client hangs up
        RedirectLoop, // 302 to the very URL that was requested
    };

    Kind kind = Kind::Status;
    int status = 200;
    int delayMs = 0;
    qint64 hugeBytes = 0;
    // ResetMidResponse: the reset cuts the head (status line and half the headers) rather than
    // the body (complete head, Content-Length 4096, 100 bytes).
    bool inHead = false;

    static Fault answer(int status) { return {Kind::Status, status, 0, 0, false}; }
    static Fault delay(int ms, int status = 200) { return {Kind::Delay, status, ms, 0, false}; }
    static Fault resetMidResponse(bool inHead)
    {
        return {Kind::ResetMidResponse, 200, 0, 0, inHead};
    }
    static Fault hugeBody(int status = 200, qint64 bytes = qint64(1) << 30)
    {
        return {Kind::HugeBody, status, 0, bytes, false};
    }
    static Fault redirectLoop() { return {Kind::RedirectLoop, 302, 0, 0, false}; }

    // A complete 2xx answer the client could read: the request was accepted.
    bool accepted() const { return kind == Kind::Status && status >= 200 && status < 300; }
    // "HTTP 503", "delay 800 ms then HTTP 200", "reset mid-response", ... for reports.
    QString name() const;
};

// One request as it arrived, and what the script made of it.
struct FaultExchange
{
    int index = 0; // arrival order, from 0
    bool tlsClientHello = false; // no HTTP request: a TLS handshake was attempted
    std::string method;
    std::string path;
    std::multimap<std::string, std::string> headers; // names in lower case
    std::string body;
    qint64 receivedMs = 0;
    Fault fault;
    qint64 bodyBytesSent = 0; // response body bytes the client took before it went away
    bool clientGaveUp = false; // the client closed before the answer was complete
    bool finished = false; // the receiver is done with it: the two fields above are final

    QByteArray header(const std::string &name) const;
};

class FaultReceiver
{
public:
    // Called once per request, in the connection's thread, with the receiver's lock released.
    using Script = std::function<Fault(const FaultExchange &request)>;

    // Starts listening on 127.0.0.1 on a free port; answers 200 until scripted otherwise.
    FaultReceiver();
    ~FaultReceiver();
    FaultReceiver(const FaultReceiver &) = delete;
    FaultReceiver &operator=(const FaultReceiver &) = delete;

    int port() const { return m_port; }
    QString url(const QString &path = QStringLiteral("/hook")) const;
    QString tlsUrl(const QString &path = QStringLiteral("/hook")) const;

    void setScript(Script script);
    // Every request answered `fault`.
    void answerAll(const Fault &fault);
    // Requests (counted from now on) answered `first` `count` times, then `then` forever.
    void answerFirst(int count, const Fault &first, const Fault &then = Fault::answer(200));

    // Fails each request with probability `failure`, with a fault drawn from `failures` by
    // weight; otherwise answers 200. The draw for the n-th request depends only on the seed and
    // n, so a seed replays the same sequence of answers.
    struct Weighted
    {
        Fault fault;
        double weight = 1.0;
    };
    static Script random(double failure, quint64 seed, const QList<Weighted> &failures);

    // Stops listening and drops every open connection: the port refuses connections until
    // up() listens on the same port again ("down for a while, then back").
    void down();
    // Returns false when the port could not be taken again.
    bool up();
    bool isUp() const;

    QList<FaultExchange> exchanges() const;
    int count() const;
    void clear();

private:
    struct Connection
    {
        int fd = -1; // under m_connectionsMutex: closed by its thread, shut down by down()
        std::thread thread;
        std::atomic<bool> finished {false};
    };

    bool listenOn(int port);
    void acceptLoop();
    void reap(bool all);
    void serve(Connection &connection);
    void serveTlsHello(int fd, std::string hello);
    // Returns whether the connection may carry another request.
    bool answer(int fd, FaultExchange &exchange);
    // False when the client hung up (or the receiver went down) before `ms` passed.
    bool clientStaysFor(int fd, int ms);
    FaultExchange numbered(FaultExchange exchange);
    void record(const FaultExchange &exchange);
    void update(const FaultExchange &exchange);

    int m_port = 0;
    int m_listenFd = -1;
    std::atomic<bool> m_stopping {false};
    std::thread m_acceptor;
    std::mutex m_connectionsMutex;
    std::list<Connection> m_connections;

    mutable QMutex m_mutex;
    Script m_script;
    QList<FaultExchange> m_exchanges;
    int m_nextIndex = 0;
};
