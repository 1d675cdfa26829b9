#pragma once

#include "httpmessage.h"

#include <QtGlobal>

#include <atomic>
#include <cstddef>
#include <memory>

namespace hookline {

struct HttpRoute;
class HttpRouter;

// The bytes of request bodies being received at once, across all connections: a bound on what
// many slow uploads together can make the server hold.
class BodyBudget
{
public:
    explicit BodyBudget(qint64 totalBytes)
        : m_total(totalBytes)
    {
    }
    bool reserve(qint64 bytes);
    void release(qint64 bytes);
    qint64 used() const { return m_used.load(); }

private:
    const qint64 m_total;
    std::atomic<qint64> m_used = 0;
};

struct HttpLimits
{
    quint32 maxHeadBytes = 16 * 1024; // request line and headers together
    int maxHeaders = 100;
};

// The request path of one HTTP/1.1 request, without any I/O: bytes in, and out a decision —
// refused on the head (route, guard, encodings, declared length), refused while the body streams
// (its route's limit, the shared budget), or a complete request for the route's handler. The
// connection feeds it what it reads and writes what it says; the fuzzer feeds it anything.
class HttpRequestReader
{
public:
    enum class Step {
        NeedMore, // feed more bytes
        HeadAccepted, // the head passed every check; the body (if any) comes next
        Complete, // request() is ready for route()'s handler
        Refused, // refusal() is the answer; the connection closes after it
    };

    HttpRequestReader(const HttpRouter &router, const HttpLimits &limits, BodyBudget &budget);
    ~HttpRequestReader();
    HttpRequestReader(const HttpRequestReader &) = delete;
    HttpRequestReader &operator=(const HttpRequestReader &) = delete;

    // Consumes a prefix of the bytes (`*consumed`, possibly none: keep what was not consumed and
    // feed it again with what arrives next).
    Step feed(const char *data, std::size_t size, std::size_t *consumed);

    // Any byte of this request arrived: from here on its deadline runs.
    bool started() const { return m_started; }
    bool headDone() const { return m_headDone; }

    // After HeadAccepted: the client waits for "100 Continue" before it sends the body.
    bool expectsContinue() const;
    // After Complete.
    bool keepAlive() const;
    bool isHead() const { return m_isHead; }
    const HttpRoute *route() const { return m_route; }
    HttpRequest takeRequest();
    // After Refused.
    const HttpResponse &refusal() const { return m_refusal; }

private:
    struct Parser;

    Step refuse(int status, const QString &field, const QString &message);
    Step checkHead();

    const HttpRouter &m_router;
    const HttpLimits m_limits;
    std::unique_ptr<Parser> m_parser;
    const HttpRoute *m_route = nullptr;
    HttpRequest m_request;
    HttpResponse m_refusal;
    BodyBudget &m_budget;
    qint64 m_headBytes = 0; // of the head, consumed so far (Beast keeps whole header lines)
    bool m_started = false;
    bool m_headDone = false;
    bool m_isHead = false;
    bool m_expectsContinue = false;
};

} // namespace hookline
