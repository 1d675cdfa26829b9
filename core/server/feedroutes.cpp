#include "apiroute.h"

#include "delivery/clock.h"
#include "httpmessage.h"
#include "payload/jsonwriter.h"
#include "service/feedservice.h"

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

// Written by hand, not through QJsonObject: each payload goes in byte for byte as the push
// would send it (QJsonObject would sort its keys), and the payload's text beside it for a
// signature check, since few JSON parsers keep a value's bytes.
QByteArray pageJson(const FeedService::Page &page)
{
    JsonWriter out;
    out.beginObject().key(u"entries").beginArray();
    for (const FeedService::Entry &e : page.entries) {
        out.beginObject()
            .key(u"cursor")
            .value(e.cursor)
            .key(u"webhook_id")
            .value(e.webhookMessageId)
            .key(u"timestamp")
            .value(e.timestamp)
            .key(u"payload")
            .rawValue(e.payload);
        // Only when true, so that an ordinary entry keeps its documented shape.
        if (e.replay)
            out.key(u"replay").value(true);
        if (!e.signature.isEmpty()) {
            out.key(u"signature")
                .value(QString::fromLatin1(e.signature))
                .key(u"payload_text")
                .value(QString::fromUtf8(e.payload));
        }
        out.endObject();
    }
    out.endArray()
        .key(u"next_cursor")
        .value(page.nextCursor)
        .key(u"acked_cursor")
        .value(page.ackedCursor)
        .endObject();
    return out.data();
}

} // namespace

void ApiRoutes::addFeedRoutes(Routes &routes)
{
    const Context &context = routes.context();
    const Clock *clock = context.clock;

    routes.add("GET", R"(/api/v1/webhooks/(\d{1,18})/feed)",
               [clock, links = context.links](const HttpRequest &req, HttpResponse &res,
                                              StoreConnection &store) {
                   int limit = FeedService::defaultLimit;
                   if (req.hasParam(u"limit")) {
                       bool ok = false;
                       limit = req.param(u"limit").toInt(&ok);
                       if (!ok)
                           limit = 0; // refused below, as out of range
                   }
                   std::optional<QString> after;
                   if (req.hasParam(u"after"))
                       after = req.param(u"after");
                   const auto page
                       = FeedService(store, links).read(pathId(req), after, limit, clock->nowMs());
                   if (!page.ok()) {
                       sendServiceError(res, page.error());
                       return;
                   }
                   res.setContent(200, pageJson(page.value()),
                                  QByteArrayLiteral("application/json"));
               });

    routes.add("POST", R"(/api/v1/webhooks/(\d{1,18})/feed/ack)",
               [clock, links = context.links](const HttpRequest &req, HttpResponse &res,
                                              StoreConnection &store) {
                   const auto body = objectBody(req, res);
                   if (!body)
                       return;
                   if (!body->value(u"cursor"_s).isString()) {
                       sendError(res, 400, u"cursor"_s,
                                 u"cursor is required: a cursor the feed returned, as a string"_s);
                       return;
                   }
                   const auto acked
                       = FeedService(store, links)
                             .ack(pathId(req), body->value(u"cursor"_s).toString(), clock->nowMs());
                   if (!acked.ok()) {
                       sendServiceError(res, acked.error());
                       return;
                   }
                   sendJson(res, 200, QJsonObject {{u"acked_cursor"_s, acked.value()}});
               });
}

} // namespace hookline
