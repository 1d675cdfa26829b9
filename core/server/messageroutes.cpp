#include "apiroute.h"

#include "apijson.h"
#include "cloudapi/cloudapiregistry.h"
#include "delivery/clock.h"
#include "httpmessage.h"
#include "ingestjson.h"
#include "service/chatimportservice.h"
#include "service/messageservice.h"
#include "store/ingestwriter.h"
#include "store/storeconnection.h"
#include "store/storeerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace hookline {

void ApiRoutes::addMessageRoutes(Routes &routes)
{
    const Context &context = routes.context();
    const Clock *clock = context.clock;

    routes.add("POST", "/api/v1/messages",
               [clock, cloudApi = context.cloudApi, writer = context.ingest](
                   const HttpRequest &req, HttpResponse &res, StoreConnection &store) {
                   if (!req.header("Content-Type").startsWith("application/json")) {
                       sendError(res, 415, u"Content-Type"_s,
                                 u"send JSON with Content-Type: application/json"_s);
                       return;
                   }
                   auto parsed = IngestJson::parse(req.body);
                   if (const auto *error = std::get_if<FieldError>(&parsed)) {
                       sendError(res, 400, error->field, error->message);
                       return;
                   }
                   const auto &[batch, single, send] = std::get<IngestJson::Batch>(parsed);
                   if (send && !single) {
                       sendError(res, 400, u"send"_s,
                                 u"send works with one message object, not a batch"_s);
                       return;
                   }
                   MessageService service(store, *writer, cloudApi);
                   // The writer commits this with the other requests under way and pokes the
                   // engine; it returns once the messages and their deliveries are on disk.
                   const auto created = send
                       ? service.sendThroughWhatsApp(batch.constFirst(), clock->nowMs())
                       : service.create(batch, clock->nowMs());
                   if (!created.ok()) {
                       ServiceError error = created.error();
                       if (!single && error.index >= 0) {
                           const QString prefix = u"messages[%1]."_s.arg(error.index);
                           error.field.prepend(prefix);
                           error.message.prepend(prefix);
                       }
                       sendServiceError(res, error);
                       return;
                   }
                   if (send) {
                       const MessageStore::Stored &sent = created.value().stored.constFirst();
                       sendJson(res, 201,
                                QJsonObject {{u"message_uid"_s, sent.message.uid},
                                             {u"chat_id"_s, QString::number(sent.message.chatId)},
                                             {u"duplicate"_s, false},
                                             {u"wamid"_s, created.value().wamid}});
                       return;
                   }
                   const QList<MessageStore::Stored> &stored = created.value().stored;
                   auto one = [](const MessageStore::Stored &s) {
                       return QJsonObject {{u"message_uid"_s, s.message.uid},
                                           {u"chat_id"_s, QString::number(s.message.chatId)},
                                           {u"duplicate"_s, s.duplicate}};
                   };
                   if (single) {
                       sendJson(res, stored.constFirst().duplicate ? 200 : 201,
                                one(stored.constFirst()));
                       return;
                   }
                   QJsonArray list;
                   for (const auto &s : std::as_const(stored))
                       list.append(one(s));
                   sendJson(res, 201, QJsonObject {{u"messages"_s, list}});
               });

    // A WhatsApp chat export as the raw body (.txt or .zip); the options in the query string.
    routes.add(
        "POST", "/api/v1/imports",
        [engine = context.engine, clock](const HttpRequest &req, HttpResponse &res,
                                         StoreConnection &store) {
            auto param = [&](const char *name) {
                return req.param(QString::fromLatin1(name));
            };
            ChatExportImporter::Options options;
            options.accountPhone = param("account");
            options.me = param("me");
            options.peerPhone = param("peer_phone");
            options.group = param("group") == u"true"_s;
            options.chatName = param("chat_name");
            if (req.hasParam(u"time_zone"))
                options.timeZone = param("time_zone");
            options.deliverToWebhooks = param("deliver") == u"true"_s;
            if (const auto refused = ChatImportService::check(options)) {
                sendServiceError(res, *refused);
                return;
            }
            if (req.body.isEmpty()) {
                sendError(res, 400, u"body"_s,
                          u"send the exported .txt or .zip file as the request body"_s);
                return;
            }
            // The archive reader works on files: the body goes to a private temporary one.
            QTemporaryFile file;
            if (!file.open()
                || file.write(req.body.data(), qint64(req.body.size())) != qint64(req.body.size())
                || !file.flush()) {
                sendError(res, 507, u"body"_s,
                          u"cannot keep the upload for reading: %1"_s.arg(file.errorString()));
                return;
            }
            const auto imported = ChatImportService(store, engine)
                                      .importFile(file.fileName(), options, clock->nowMs());
            if (!imported.ok()) {
                sendServiceError(res, imported.error());
                return;
            }
            const ChatExportImporter::Report &report = imported.value();
            QJsonArray notUnderstood;
            for (const auto &line : report.notUnderstood)
                notUnderstood.append(
                    QJsonObject {{u"line"_s, line.lineNumber}, {u"text"_s, line.text}});
            QJsonArray skippedMessages;
            for (const auto &skipped : report.skippedMessages)
                skippedMessages.append(
                    QJsonObject {{u"line"_s, skipped.lineNumber}, {u"reason"_s, skipped.reason}});
            QJsonObject body {{u"format"_s, report.format},
                              {u"lines_read"_s, report.linesRead},
                              {u"messages_stored"_s, report.messagesStored},
                              {u"duplicates"_s, report.duplicates},
                              {u"attachments_stored"_s, report.attachmentsStored},
                              {u"media_not_included"_s, report.mediaNotIncluded},
                              {u"skipped_messages"_s, skippedMessages},
                              {u"system_lines"_s, report.systemLines},
                              {u"not_understood_count"_s, report.notUnderstoodCount},
                              {u"not_understood"_s, notUnderstood},
                              {u"skipped_files"_s, QJsonArray::fromStringList(report.skippedFiles)},
                              {u"delivered_to_webhooks"_s, report.deliveredToWebhooks}};
            if (!report.error.isEmpty()) {
                body.insert(u"error"_s, report.error);
                body.insert(u"field"_s, u"body"_s);
                sendJson(res, 400, body);
                return;
            }
            body.insert(u"chat_id"_s, QString::number(report.chatId));
            sendJson(res, 201, body);
        });

    routes.add("GET", R"(/api/v1/messages/([0-9a-fA-F-]{1,64}))",
               [](const HttpRequest &req, HttpResponse &res, StoreConnection &store) {
                   const auto m = store.messages->messageByUid(req.matches.at(0).toLower());
                   if (!m) {
                       sendError(res, 404, u"uid"_s, u"no message with that uid"_s);
                       return;
                   }
                   QJsonObject body = messageJson(*m, store.messages->statusHistory(m->id));
                   body.insert(u"filtered_out"_s, filteredOutJson(m->id, store));
                   sendJson(res, 200, body);
               });
}

} // namespace hookline
