#include "apiroute.h"

#include "apitoken.h"
#include "httpmessage.h"
#include "httprouter.h"
#include "jsoninput.h"
#include "service/serviceerror.h"
#include "store/storeerror.h"
#include "threadstore.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace hookline {

ApiRoutes::Routes::Routes(HttpRouter &router, const Context &context, qint64 maxBodyBytes)
    : m_router(router)
    , m_context(context)
    , m_maxBodyBytes(maxBodyBytes)
{
}

void ApiRoutes::Routes::add(const char *method, const char *pattern, Handler handler)
{
    // The token is checked on the request head, before any body byte is read.
    auto authorised = [token = m_context.apiToken](const HttpRequest &head, HttpResponse &refusal) {
        if (token->matches(head.header("Authorization")))
            return true;
        refusal.setError(401, u"Authorization"_s,
                         u"missing or wrong API token: send Authorization: Bearer <token from "
                         "DATA_DIR/api-token>"_s);
        return false;
    };
    const bool takesBody = qstrcmp(method, "POST") == 0 || qstrcmp(method, "PUT") == 0;
    // Every handler gets the store of its thread; store failures become 503 (507: disk full).
    m_router.add(
        method, QString::fromLatin1(pattern),
        [context = m_context, handler = std::move(handler)](HttpRequest &req, HttpResponse &res) {
            try {
                handler(req, res,
                        ThreadStore::forThread(context.databasePath, context.attachmentsPath));
            } catch (const WebhookRejected &e) {
                sendError(res, 400, e.error().field, e.error().message);
            } catch (const StoreError &e) {
                sendError(res, e.diskFull() ? 507 : 503, QString(), e.message());
            }
        },
        {takesBody ? m_maxBodyBytes : 0, -1, authorised});
}

namespace ApiRoutes {

void sendJson(HttpResponse &res, int status, const QJsonObject &body)
{
    res.setJson(status, body);
}

void sendError(HttpResponse &res, int status, const QString &field, const QString &message)
{
    res.setError(status, field, message);
}

void sendServiceError(HttpResponse &res, const ServiceError &error)
{
    switch (error.code) {
    case ServiceError::Code::Required:
    case ServiceError::Code::Invalid:
        return sendError(res, 400, error.field, error.message);
    case ServiceError::Code::NotFound:
        return sendError(res, 404, error.field, error.message);
    case ServiceError::Code::Conflict:
        return sendError(res, 409, error.field, error.message);
    case ServiceError::Code::Unavailable:
        return sendError(res, 503, error.field, error.message);
    case ServiceError::Code::StorageFull:
        return sendError(res, 507, error.field, error.message);
    case ServiceError::Code::Upstream:
        return sendError(res, 502, error.field, error.message);
    }
}

std::optional<QJsonObject> objectBody(const HttpRequest &req, HttpResponse &res)
{
    const QByteArray type = req.header("Content-Type");
    if (!type.startsWith("application/json")) {
        sendError(res, 415, u"Content-Type"_s,
                  u"send JSON with Content-Type: application/json (got \"%1\")"_s.arg(
                      QString::fromLatin1(type.left(80))));
        return std::nullopt;
    }
    const JsonInput input = JsonInput::read(req.body);
    if (!input.ok()) {
        sendError(res, 400, u"body"_s, input.error);
        return std::nullopt;
    }
    const QJsonDocument &document = input.document;
    if (!document.isObject()) {
        sendError(res, 400, u"body"_s, u"the body must be a JSON object"_s);
        return std::nullopt;
    }
    return document.object();
}

qint64 pathId(const HttpRequest &req)
{
    return req.matches.at(0).toLongLong();
}

} // namespace ApiRoutes

} // namespace hookline
