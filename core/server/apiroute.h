#pragma once

#include "apiroutes.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace hookline {

class HttpRouter;
struct HttpRequest;
struct HttpResponse;
struct ServiceError;

// What the files of the local API's resources share: how a route is added (the token checked on
// the request head, the store of the handler's thread, store failures answered 503 or 507) and
// how an answer or a refusal is written.
namespace ApiRoutes {

class Routes
{
public:
    using Handler = std::function<void(const HttpRequest &, HttpResponse &, StoreConnection &)>;

    Routes(HttpRouter &router, const Context &context, qint64 maxBodyBytes);

    void add(const char *method, const char *pattern, Handler handler);
    const Context &context() const { return m_context; }

private:
    HttpRouter &m_router;
    Context m_context;
    qint64 m_maxBodyBytes;
};

// One file each: /messages and /imports; /webhooks and /deliveries; a webhook's /feed;
// /accounts; /workspace.
void addMessageRoutes(Routes &routes);
void addWebhookRoutes(Routes &routes);
void addFeedRoutes(Routes &routes);
void addAccountRoutes(Routes &routes);
void addWorkspaceRoutes(Routes &routes);

void sendJson(HttpResponse &res, int status, const QJsonObject &body);
void sendError(HttpResponse &res, int status, const QString &field, const QString &message);
// The service's refusal with its status: 400, 404, 409, 502, 503 or 507.
void sendServiceError(HttpResponse &res, const ServiceError &error);
// Parses a JSON object body; answers 415 or 400 itself and returns nullopt when it cannot.
std::optional<QJsonObject> objectBody(const HttpRequest &req, HttpResponse &res);
// The id the route's pattern matched first.
qint64 pathId(const HttpRequest &req);

} // namespace ApiRoutes

} // namespace hookline
