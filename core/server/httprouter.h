#pragma once

#include "httpmessage.h"

#include <QRegularExpression>

#include <functional>
#include <vector>

namespace hookline {

// One route of the local server: which requests it takes and what it lets in before its handler
// runs. Everything here is decided on the request head, before any body byte is read.
struct HttpRoute
{
    using Guard = std::function<bool(const HttpRequest &head, HttpResponse &refusal)>;
    using Handler = std::function<void(HttpRequest &request, HttpResponse &response)>;

    QByteArray method;
    QRegularExpression pattern; // matched whole against the decoded path
    qint64 maxBodyBytes = 0; // larger bodies are refused with 413, chunked ones while streaming
    qint64 keptBodyBytes = -1; // -1: the whole body; otherwise a prefix, the rest only counted
    Guard guard; // may refuse on the head alone (the API token); empty: public
    Handler handler; // runs in a worker thread
};

// What a route lets in; see HttpRoute.
struct HttpRouteLimits
{
    qint64 maxBodyBytes = 0;
    qint64 keptBodyBytes = -1;
    HttpRoute::Guard guard;
};

// The table of routes, and the answers for requests that match none: 404, or 405 naming the
// methods the path takes. Built before the server starts and read-only afterwards.
class HttpRouter
{
public:
    void add(const QByteArray &method, const QString &pattern, HttpRoute::Handler handler,
             HttpRouteLimits limits = {});

    // The route for `method` and the decoded `path`, its captures in `captures`; nullptr with
    // `refusal` filled when there is none. HEAD finds the GET route.
    const HttpRoute *match(const QByteArray &method, const QByteArray &path, QStringList *captures,
                           HttpResponse *refusal) const;

private:
    std::vector<HttpRoute> m_routes;
};

} // namespace hookline
