#include "apiroute.h"

#include "apijson.h"
#include "delivery/clock.h"
#include "delivery/engine.h"
#include "delivery/enginethread.h"
#include "export/logexporter.h"
#include "httpmessage.h"
#include "payload/linkbase.h"
#include "payload/payloadtimestamp.h"
#include "replayjson.h"
#include "service/replayservice.h"
#include "service/webhookservice.h"
#include "store/storeconnection.h"
#include "testwaiters.h"
#include "webhookjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace hookline {

void ApiRoutes::addWebhookRoutes(Routes &routes)
{
    const Context &context = routes.context();
    const Clock *clock = context.clock;
    auto webhookOr404 = [](StoreConnection &store, qint64 id, HttpResponse &res) {
        auto w = store.webhooks->webhook(id);
        if (!w)
            sendError(res, 404, u"id"_s, u"no webhook with id %1"_s.arg(id));
        return w;
    };

    routes.add("GET", "/api/v1/webhooks",
               [](const HttpRequest &, HttpResponse &res, StoreConnection &store) {
                   QJsonArray list;
                   for (const Webhook &w : store.webhooks->webhooks())
                       list.append(WebhookJson::toJson(w, store.outbox->pendingMessageCount(w.id)));
                   sendJson(res, 200, QJsonObject {{u"webhooks"_s, list}});
               });

    routes.add("POST", "/api/v1/webhooks",
               [engine = context.engine, clock](const HttpRequest &req, HttpResponse &res,
                                                StoreConnection &store) {
                   const auto body = objectBody(req, res);
                   if (!body)
                       return;
                   WebhookService::Changes settings;
                   if (auto error = WebhookJson::read(*body, settings)) {
                       sendError(res, 400, error->field, error->message);
                       return;
                   }
                   const auto created
                       = WebhookService(store, engine).create(settings, clock->nowMs());
                   if (!created.ok()) {
                       sendServiceError(res, created.error());
                       return;
                   }
                   sendJson(res, 201, WebhookJson::toJson(created.value(), 0));
               });

    routes.add("GET", R"(/api/v1/webhooks/(\d{1,18}))",
               [webhookOr404](const HttpRequest &req, HttpResponse &res, StoreConnection &store) {
                   if (const auto w = webhookOr404(store, pathId(req), res))
                       sendJson(res, 200,
                                WebhookJson::toJson(*w, store.outbox->pendingMessageCount(w->id)));
               });

    routes.add("PUT", R"(/api/v1/webhooks/(\d{1,18}))",
               [engine = context.engine, clock](const HttpRequest &req, HttpResponse &res,
                                                StoreConnection &store) {
                   const auto body = objectBody(req, res);
                   if (!body)
                       return;
                   WebhookService::Changes changes;
                   if (auto error = WebhookJson::read(*body, changes)) {
                       sendError(res, 400, error->field, error->message);
                       return;
                   }
                   const auto updated
                       = WebhookService(store, engine).update(pathId(req), changes, clock->nowMs());
                   if (!updated.ok()) {
                       sendServiceError(res, updated.error());
                       return;
                   }
                   const Webhook &w = updated.value();
                   sendJson(res, 200,
                            WebhookJson::toJson(w, store.outbox->pendingMessageCount(w.id)));
               });

    routes.add("DELETE", R"(/api/v1/webhooks/(\d{1,18}))",
               [engine = context.engine](const HttpRequest &req, HttpResponse &res,
                                         StoreConnection &store) {
                   const auto removed = WebhookService(store, engine).remove(pathId(req));
                   if (!removed.ok()) {
                       sendServiceError(res, removed.error());
                       return;
                   }
                   res.status = 204;
               });

    routes.add("POST", R"(/api/v1/webhooks/(\d{1,18})/test)",
               [webhookOr404, engine = context.engine](const HttpRequest &req, HttpResponse &res,
                                                       StoreConnection &store) {
                   const auto w = webhookOr404(store, pathId(req), res);
                   if (!w)
                       return;
                   const auto tested = waitForTest(
                       [engine, id = w->id](PendingTests::Done done) {
                           engine->test(id, nullptr, std::move(done));
                       },
                       std::chrono::milliseconds(w->timeoutMs + 5000));
                   if (!tested) {
                       sendError(res, 504, QString(), u"the test did not finish in time"_s);
                       return;
                   }
                   const auto &[ok, outcome] = *tested;
                   sendJson(res, 200, QJsonObject {{u"ok"_s, ok}, {u"outcome"_s, outcome}});
               });

    routes.add("POST", R"(/api/v1/webhooks/(\d{1,18})/flush)",
               [engine = context.engine, clock](const HttpRequest &req, HttpResponse &res,
                                                StoreConnection &store) {
                   const auto flushed
                       = WebhookService(store, engine).flush(pathId(req), clock->nowMs());
                   if (!flushed.ok()) {
                       sendServiceError(res, flushed.error());
                       return;
                   }
                   sendJson(res, 200, QJsonObject {{u"bundles"_s, int(flushed.value())}});
               });

    routes.add("POST", R"(/api/v1/webhooks/(\d{1,18})/replay)",
               [engine = context.engine, clock, links = context.links](
                   const HttpRequest &req, HttpResponse &res, StoreConnection &store) {
                   const auto body = objectBody(req, res);
                   if (!body)
                       return;
                   ReplayService::Request request;
                   request.webhookId = pathId(req);
                   // An Inspector name is this server's, wherever payload links point.
                   const QString server = links ? links->listening() : QString();
                   if (auto error = ReplayJson::read(*body, server, request)) {
                       sendError(res, 400, error->field, error->message);
                       return;
                   }
                   const auto replayed
                       = ReplayService(store, engine).replay(request, clock->nowMs());
                   if (!replayed.ok()) {
                       sendServiceError(res, replayed.error());
                       return;
                   }
                   sendJson(res, request.dryRun ? 200 : 202,
                            ReplayJson::toJson(replayed.value(), request.dryRun));
               });

    routes.add("GET", R"(/api/v1/webhooks/(\d{1,18})/activity)",
               [webhookOr404](const HttpRequest &req, HttpResponse &res, StoreConnection &store) {
                   const auto w = webhookOr404(store, pathId(req), res);
                   if (!w)
                       return;
                   int limit = ActivityLog::shownByDefault;
                   if (req.hasParam(u"limit")) {
                       bool ok = false;
                       limit = req.param(u"limit").toInt(&ok);
                       if (!ok || limit < 1 || limit > 1000) {
                           sendError(res, 400, u"limit"_s,
                                     u"limit must be a number from 1 to 1000"_s);
                           return;
                       }
                   }
                   QJsonArray list;
                   for (const ActivityEntry &a : store.activity->recent(w->id, limit)) {
                       list.append(QJsonObject {{u"at"_s, payloadTimestamp(a.at)},
                                                {u"kind"_s, a.kindName},
                                                {u"text"_s, a.text}});
                   }
                   sendJson(res, 200, QJsonObject {{u"activity"_s, list}});
               });

    routes.add(
        "GET", R"(/api/v1/webhooks/(\d{1,18})/log)",
        [webhookOr404, clock](const HttpRequest &req, HttpResponse &res, StoreConnection &store) {
            const auto w = webhookOr404(store, pathId(req), res);
            if (!w)
                return;
            const QString name = req.hasParam(u"format") ? req.param(u"format") : u"json"_s;
            const auto format = LogExporter::formatFromName(name);
            if (!format) {
                sendError(res, 400, u"format"_s, u"format must be json, har or csv"_s);
                return;
            }
            const QByteArray data
                = LogExporter::write(*format, {w->id, w->name, w->url},
                                     store.attempts->recent(w->id, w->logLimit), clock->now());
            res.setHeader("Content-Disposition",
                          u"attachment; filename=\"hookline-webhook-%1.%2\""_s.arg(w->id)
                              .arg(LogExporter::fileExtension(*format))
                              .toLatin1());
            res.setContent(200, data, LogExporter::mimeType(*format).toLatin1());
        });

    routes.add("POST", R"(/api/v1/deliveries/(\d{1,18})/resend)",
               [engine = context.engine, clock](const HttpRequest &req, HttpResponse &res,
                                                StoreConnection &store) {
                   const auto resent
                       = WebhookService(store, engine).resend(pathId(req), clock->nowMs());
                   if (!resent.ok()) {
                       sendServiceError(res, resent.error());
                       return;
                   }
                   sendJson(res, 201, QJsonObject {{u"delivery_id"_s, resent.value()}});
               });
}

} // namespace hookline
