#include "apiroutes.h"

#include "apitoken.h"
#include "delivery/clock.h"
#include "delivery/enginethread.h"
#include "export/logexporter.h"
#include "httprouter.h"
#include "notify/ownernotifier.h"
#include "payload/linkbase.h"
#include "payload/payloadtimestamp.h"
#include "runtime/ingestwriter.h"
#include "service/accountservice.h"
#include "service/cloudapiservice.h"
#include "service/messageservice.h"
#include "service/webhookservice.h"
#include "service/workspaceservice.h"
#include "sources/chatexportimporter.h"
#include "sources/cloudapiregistry.h"
#include "sources/ingestjson.h"
#include "sources/jsoninput.h"
#include "store/storeerror.h"
#include "threadstore.h"
#include "webhookjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTemporaryFile>

#include <future>
#include <map>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

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

// Parses a JSON object body; answers 415 or 400 itself and returns nullopt when it cannot.
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

QJsonObject partyJson(const Party &p)
{
    return {{u"full_name"_s, p.fullName}, {u"phone"_s, p.phone}};
}

QJsonObject messageJson(const Message &m, const QList<MessageStatus> &statuses)
{
    QJsonObject o {{u"message_uid"_s, m.uid},
                   {u"chat_id"_s, QString::number(m.chatId)},
                   {u"direction"_s, directionName(m.direction)},
                   {u"timestamp"_s, payloadTimestamp(m.timestamp)},
                   {u"sender"_s, partyJson(m.sender)},
                   {u"recipient"_s, partyJson(m.recipient)},
                   {u"text"_s, m.text},
                   {u"external_id"_s, m.externalId},
                   {u"source"_s, m.source}};
    if (m.attachment) {
        o.insert(u"attachment"_s,
                 QJsonObject {{u"filename"_s, m.attachment->fileName},
                              {u"mimetype"_s, m.attachment->mimeType},
                              {u"size"_s, m.attachment->size}});
    }
    QJsonArray history;
    for (const MessageStatus &s : statuses) {
        history.append(QJsonObject {
            {u"status"_s, s.status}, {u"at"_s, payloadTimestamp(s.at)}, {u"detail"_s, s.detail}});
    }
    o.insert(u"statuses"_s, history);
    return o;
}

// Secrets are never sent back, only whether each is set.
QJsonValue cloudApiJson(const std::optional<CloudApiAccount> &c, const QString &publicBaseUrl)
{
    if (!c)
        return QJsonValue::Null;
    return QJsonObject {{u"phone_number_id"_s, c->phoneNumberId},
                        {u"graph_base_url"_s, c->graphBaseUrl},
                        {u"has_app_secret"_s, !c->appSecret.isEmpty()},
                        {u"has_verify_token"_s, !c->verifyToken.isEmpty()},
                        {u"has_access_token"_s, !c->accessToken.isEmpty()},
                        {u"webhook_url"_s, QString(publicBaseUrl + u"/whatsapp/webhook"_s)}};
}

QJsonObject accountJson(const Account &a, const CloudApiRegistry *cloudApi,
                        const QString &publicBaseUrl)
{
    QJsonObject o {{u"id"_s, a.id},
                   {u"phone"_s, a.phone},
                   {u"full_name"_s, a.fullName},
                   {u"email"_s, a.email}};
    if (cloudApi)
        o.insert(u"cloud_api"_s, cloudApiJson(cloudApi->forAccount(a.id), publicBaseUrl));
    return o;
}

// Applies the "cloud_api" member of an account body: null disconnects, an object connects or
// changes (a secret left out keeps its value, "" removes it). Answers the error itself.
bool applyCloudApi(const QJsonObject &body, qint64 accountId, CloudApiRegistry *cloudApi,
                   StoreConnection &store, HttpResponse &res)
{
    if (!body.contains(u"cloud_api"_s))
        return true;
    CloudApiService service(store, cloudApi);
    const QJsonValue value = body.value(u"cloud_api"_s);
    if (value.isNull()) {
        const auto removed = service.disconnect(accountId);
        if (!removed.ok())
            sendServiceError(res, removed.error());
        return removed.ok();
    }
    if (!value.isObject()) {
        sendError(res, 400, u"cloud_api"_s, u"cloud_api must be an object or null"_s);
        return false;
    }
    const QJsonObject o = value.toObject();
    CloudApiService::Changes changes;
    const std::pair<QString, std::optional<QString> *> fields[]
        = {{u"phone_number_id"_s, &changes.phoneNumberId},
           {u"graph_base_url"_s, &changes.graphBaseUrl},
           {u"app_secret"_s, &changes.appSecret},
           {u"verify_token"_s, &changes.verifyToken},
           {u"access_token"_s, &changes.accessToken}};
    for (const auto &[key, target] : fields) {
        if (!o.contains(key))
            continue;
        if (!o.value(key).isString()) {
            sendError(res, 400, u"cloud_api."_s + key, u"cloud_api.%1 must be a string"_s.arg(key));
            return false;
        }
        *target = o.value(key).toString();
    }
    const auto connected = service.connect(accountId, changes);
    if (!connected.ok())
        sendServiceError(res, connected.error());
    return connected.ok();
}

QJsonArray teammatesJson(const QList<Teammate> &teammates)
{
    QJsonArray team;
    for (const Teammate &t : teammates)
        team.append(
            QJsonObject {{u"id"_s, t.id}, {u"full_name"_s, t.fullName}, {u"email"_s, t.email}});
    return team;
}

QJsonObject workspaceJson(const WorkspaceSettings &s, const QList<Teammate> &teammates,
                          StoreConnection &store, const LinkBase *links)
{
    return {{u"owner"_s, QJsonObject {{u"full_name"_s, s.ownerName}, {u"email"_s, s.ownerEmail}}},
            {u"teammates"_s, teammatesJson(teammates)},
            {u"timezone"_s, s.timeZone},
            {u"public_base_url"_s, s.publicBaseUrl},
            {u"links"_s, links ? ApiRoutes::linksJson(store, *links) : QJsonObject {}},
            {u"smtp"_s,
             QJsonObject {{u"host"_s, s.smtpHost},
                          {u"port"_s, s.smtpPort},
                          {u"security"_s, s.smtpSecurity},
                          {u"username"_s, s.smtpUsername},
                          {u"has_password"_s, s.smtpPasswordStorage != u"none"_s},
                          {u"password_storage"_s, s.smtpPasswordStorage},
                          {u"allow_invalid_certificate"_s, s.smtpAllowInvalidCertificate},
                          {u"from"_s, s.smtpFrom}}}};
}

// Waits, from any server thread, for the testFinished(tag, ok, outcome) of the engine (save and
// test) or of the owner notifier (test e-mail).
class TestWaiters
{
public:
    // The sender may outlive the server (the engine stops after it): the connection holds only a
    // weak reference, so a late result finds nobody waiting instead of freed memory.
    template<typename Sender>
    static std::shared_ptr<TestWaiters>
    create(Sender *sender, void (Sender::*signal)(quint64, bool, const QString &))
    {
        auto waiters = std::make_shared<TestWaiters>();
        QObject::connect(
            sender, signal, sender,
            [weak = std::weak_ptr<TestWaiters>(waiters)](quint64 tag, bool ok,
                                                         const QString &outcome) {
                if (const auto self = weak.lock())
                    self->resolve(tag, ok, outcome);
            },
            Qt::DirectConnection);
        return waiters;
    }
    void resolve(quint64 tag, bool ok, const QString &outcome)
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_waiting.find(tag);
        if (it != m_waiting.end()) {
            it->second.set_value({ok, outcome});
            m_waiting.erase(it);
        }
    }
    std::pair<quint64, std::future<std::pair<bool, QString>>> add()
    {
        QMutexLocker lock(&m_mutex);
        const quint64 tag = ++m_next;
        return {tag, m_waiting[tag].get_future()};
    }
    void forget(quint64 tag)
    {
        QMutexLocker lock(&m_mutex);
        m_waiting.erase(tag);
    }

private:
    QMutex m_mutex;
    quint64 m_next = 0;
    std::map<quint64, std::promise<std::pair<bool, QString>>> m_waiting;
};

} // namespace

QJsonObject ApiRoutes::linksJson(StoreConnection &store, const LinkBase &links)
{
    const QString configured = store.workspace->settings().publicBaseUrl;
    QStringList urls;
    for (const Webhook &w : store.webhooks->webhooks()) {
        if (w.enabled)
            urls << w.url;
    }
    return {{u"base_url"_s, links.resolve(configured)},
            {u"follows_listen_address"_s, configured.trimmed().isEmpty()},
            {u"problems"_s, QJsonArray::fromStringList(links.problems(configured, urls))}};
}

void ApiRoutes::registerOn(HttpRouter &router, const Context &context, qint64 maxBodyBytes)
{
    auto waiters = TestWaiters::create(context.engine->engine(), &Engine::testFinished);

    // The token is checked on the request head, before any body byte is read.
    const ApiToken *token = context.apiToken;
    auto authorised = [token](const HttpRequest &head, HttpResponse &refusal) {
        if (token->matches(head.header("Authorization")))
            return true;
        refusal.setError(401, u"Authorization"_s,
                         u"missing or wrong API token: send Authorization: Bearer <token from "
                         "DATA_DIR/api-token>"_s);
        return false;
    };
    // Every handler gets the store of its thread; store failures become 503 (507: disk full).
    auto add = [&router, context, authorised, maxBodyBytes](const char *method, const char *pattern,
                                                            auto handler) {
        const bool takesBody = qstrcmp(method, "POST") == 0 || qstrcmp(method, "PUT") == 0;
        router.add(
            method, QString::fromLatin1(pattern),
            [context, handler](HttpRequest &req, HttpResponse &res) {
                try {
                    handler(req, res,
                            ThreadStore::forThread(context.databasePath, context.attachmentsPath));
                } catch (const WebhookRejected &e) {
                    sendError(res, 400, e.error().field, e.error().message);
                } catch (const StoreError &e) {
                    sendError(res, e.diskFull() ? 507 : 503, QString(), e.message());
                }
            },
            {takesBody ? maxBodyBytes : 0, -1, authorised});
    };
    auto poke = [engine = context.engine] {
        engine->poke();
    };
    const Clock *clock = context.clock;
    auto idFrom = [](const HttpRequest &req) {
        return req.matches.at(0).toLongLong();
    };
    auto webhookOr404 = [](StoreConnection &store, qint64 id, HttpResponse &res) {
        auto w = store.webhooks->webhook(id);
        if (!w)
            sendError(res, 404, u"id"_s, u"no webhook with id %1"_s.arg(id));
        return w;
    };

    add("POST", "/api/v1/messages",
        [clock, cloudApi = context.cloudApi, writer = context.ingest](
            const HttpRequest &req, HttpResponse &res, StoreConnection &store) {
            if (!req.header("Content-Type").startsWith("application/json")) {
                sendError(res, 415, u"Content-Type"_s,
                          u"send JSON with Content-Type: application/json"_s);
                return;
            }
            auto parsed = IngestJson::parse(req.body);
            if (const auto *error = std::get_if<IngestJson::Error>(&parsed)) {
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
            // The writer commits this with the other requests under way and pokes the engine;
            // it returns once the messages and their deliveries are on disk.
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
                sendJson(res, stored.constFirst().duplicate ? 200 : 201, one(stored.constFirst()));
                return;
            }
            QJsonArray list;
            for (const auto &s : std::as_const(stored))
                list.append(one(s));
            sendJson(res, 201, QJsonObject {{u"messages"_s, list}});
        });

    // A WhatsApp chat export as the raw body (.txt or .zip); the options in the query string.
    add("POST", "/api/v1/imports",
        [poke, clock](const HttpRequest &req, HttpResponse &res, StoreConnection &store) {
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
            if (options.accountPhone.trimmed().isEmpty()) {
                sendError(res, 400, u"account"_s,
                          u"account (the WhatsApp number the chat belongs to) is required"_s);
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
            const auto report
                = ChatExportImporter::importFile(store, file.fileName(), options, clock->nowMs());
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
            if (report.deliveredToWebhooks)
                poke();
            sendJson(res, 201, body);
        });

    add("GET", R"(/api/v1/messages/([0-9a-fA-F-]{1,64}))",
        [](const HttpRequest &req, HttpResponse &res, StoreConnection &store) {
            const auto m = store.messages->messageByUid(req.matches.at(0).toLower());
            if (!m) {
                sendError(res, 404, u"uid"_s, u"no message with that uid"_s);
                return;
            }
            sendJson(res, 200, messageJson(*m, store.messages->statusHistory(m->id)));
        });

    add("GET", "/api/v1/webhooks",
        [](const HttpRequest &, HttpResponse &res, StoreConnection &store) {
            QJsonArray list;
            for (const Webhook &w : store.webhooks->webhooks())
                list.append(WebhookJson::toJson(w, store.outbox->pendingMessageCount(w.id)));
            sendJson(res, 200, QJsonObject {{u"webhooks"_s, list}});
        });

    add("POST", "/api/v1/webhooks",
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
            const auto created = WebhookService(store, engine).create(settings, clock->nowMs());
            if (!created.ok()) {
                sendServiceError(res, created.error());
                return;
            }
            sendJson(res, 201, WebhookJson::toJson(created.value(), 0));
        });

    add("GET", R"(/api/v1/webhooks/(\d{1,18}))",
        [idFrom, webhookOr404](const HttpRequest &req, HttpResponse &res, StoreConnection &store) {
            if (const auto w = webhookOr404(store, idFrom(req), res))
                sendJson(res, 200,
                         WebhookJson::toJson(*w, store.outbox->pendingMessageCount(w->id)));
        });

    add("PUT", R"(/api/v1/webhooks/(\d{1,18}))",
        [idFrom, engine = context.engine, clock](const HttpRequest &req, HttpResponse &res,
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
                = WebhookService(store, engine).update(idFrom(req), changes, clock->nowMs());
            if (!updated.ok()) {
                sendServiceError(res, updated.error());
                return;
            }
            const Webhook &w = updated.value();
            sendJson(res, 200, WebhookJson::toJson(w, store.outbox->pendingMessageCount(w.id)));
        });

    add("DELETE", R"(/api/v1/webhooks/(\d{1,18}))",
        [idFrom, engine = context.engine](const HttpRequest &req, HttpResponse &res,
                                          StoreConnection &store) {
            const auto removed = WebhookService(store, engine).remove(idFrom(req));
            if (!removed.ok()) {
                sendServiceError(res, removed.error());
                return;
            }
            res.status = 204;
        });

    add("POST", R"(/api/v1/webhooks/(\d{1,18})/test)",
        [idFrom, webhookOr404, waiters, engine = context.engine](
            const HttpRequest &req, HttpResponse &res, StoreConnection &store) {
            const auto w = webhookOr404(store, idFrom(req), res);
            if (!w)
                return;
            auto [tag, result] = waiters->add();
            engine->test(w->id, tag);
            if (result.wait_for(std::chrono::milliseconds(w->timeoutMs + 5000))
                != std::future_status::ready) {
                waiters->forget(tag);
                sendError(res, 504, QString(), u"the test did not finish in time"_s);
                return;
            }
            const auto [ok, outcome] = result.get();
            sendJson(res, 200, QJsonObject {{u"ok"_s, ok}, {u"outcome"_s, outcome}});
        });

    add("POST", R"(/api/v1/webhooks/(\d{1,18})/flush)",
        [idFrom, engine = context.engine, clock](const HttpRequest &req, HttpResponse &res,
                                                 StoreConnection &store) {
            const auto flushed = WebhookService(store, engine).flush(idFrom(req), clock->nowMs());
            if (!flushed.ok()) {
                sendServiceError(res, flushed.error());
                return;
            }
            sendJson(res, 200, QJsonObject {{u"bundles"_s, int(flushed.value())}});
        });

    add("GET", R"(/api/v1/webhooks/(\d{1,18})/activity)",
        [idFrom, webhookOr404](const HttpRequest &req, HttpResponse &res, StoreConnection &store) {
            const auto w = webhookOr404(store, idFrom(req), res);
            if (!w)
                return;
            int limit = ActivityLog::shownByDefault;
            if (req.hasParam(u"limit")) {
                bool ok = false;
                limit = req.param(u"limit").toInt(&ok);
                if (!ok || limit < 1 || limit > 1000) {
                    sendError(res, 400, u"limit"_s, u"limit must be a number from 1 to 1000"_s);
                    return;
                }
            }
            QJsonArray list;
            for (const ActivityEntry &a : store.activity->recent(w->id, limit)) {
                list.append(QJsonObject {
                    {u"at"_s, payloadTimestamp(a.at)}, {u"kind"_s, a.kind}, {u"text"_s, a.text}});
            }
            sendJson(res, 200, QJsonObject {{u"activity"_s, list}});
        });

    add("GET", R"(/api/v1/webhooks/(\d{1,18})/log)",
        [idFrom, webhookOr404, clock](const HttpRequest &req, HttpResponse &res,
                                      StoreConnection &store) {
            const auto w = webhookOr404(store, idFrom(req), res);
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

    CloudApiRegistry *cloudApi = context.cloudApi;
    const LinkBase *links = context.links;
    auto publicBase = [links](StoreConnection &store) {
        const QString configured = store.workspace->settings().publicBaseUrl;
        return links ? links->resolve(configured) : configured;
    };
    auto accountOut = [cloudApi, publicBase](StoreConnection &store, qint64 id) {
        return accountJson(*store.messages->account(id), cloudApi, publicBase(store));
    };

    add("GET", "/api/v1/accounts",
        [cloudApi, publicBase](const HttpRequest &, HttpResponse &res, StoreConnection &store) {
            const QString base = publicBase(store);
            QJsonArray list;
            for (const Account &a : store.messages->accounts())
                list.append(accountJson(a, cloudApi, base));
            sendJson(res, 200, QJsonObject {{u"accounts"_s, list}});
        });

    auto readAccount
        = [](const QJsonObject &body, AccountService::Changes &changes, HttpResponse &res) {
              const std::pair<QString, std::optional<QString> *> fields[]
                  = {{u"phone"_s, &changes.phone},
                     {u"full_name"_s, &changes.fullName},
                     {u"email"_s, &changes.email}};
              for (const auto &[key, target] : fields) {
                  if (!body.contains(key))
                      continue;
                  if (!body.value(key).isString()) {
                      sendError(res, 400, key, u"%1 must be a string"_s.arg(key));
                      return false;
                  }
                  *target = body.value(key).toString();
              }
              return true;
          };

    add("POST", "/api/v1/accounts",
        [readAccount, accountOut, cloudApi](const HttpRequest &req, HttpResponse &res,
                                            StoreConnection &store) {
            const auto body = objectBody(req, res);
            AccountService::Changes settings;
            if (!body || !readAccount(*body, settings, res))
                return;
            if (body->contains(u"cloud_api"_s) && !body->value(u"cloud_api"_s).isObject()
                && !body->value(u"cloud_api"_s).isNull()) {
                sendError(res, 400, u"cloud_api"_s, u"cloud_api must be an object or null"_s);
                return;
            }
            const auto created = AccountService(store).create(settings);
            if (!created.ok()) {
                sendServiceError(res, created.error());
                return;
            }
            if (!applyCloudApi(*body, created.value().id, cloudApi, store, res))
                return; // the account stays, without a Cloud API connection
            sendJson(res, 201, accountOut(store, created.value().id));
        });

    add("GET", R"(/api/v1/accounts/(\d{1,18}))",
        [idFrom, accountOut](const HttpRequest &req, HttpResponse &res, StoreConnection &store) {
            const auto a = store.messages->account(idFrom(req));
            if (!a)
                sendError(res, 404, u"id"_s, u"no account with that id"_s);
            else
                sendJson(res, 200, accountOut(store, a->id));
        });

    add("PUT", R"(/api/v1/accounts/(\d{1,18}))",
        [idFrom, readAccount, accountOut, cloudApi](const HttpRequest &req, HttpResponse &res,
                                                    StoreConnection &store) {
            const qint64 id = idFrom(req);
            if (!store.messages->account(id)) {
                sendError(res, 404, u"id"_s, u"no account with that id"_s);
                return;
            }
            const auto body = objectBody(req, res);
            AccountService::Changes changes;
            if (!body || !readAccount(*body, changes, res))
                return;
            // Checked, then the connection (the keyring may take seconds: no transaction is
            // held meanwhile), then the account: a refused request changes nothing.
            AccountService accounts(store);
            if (const auto refused = accounts.checkUpdate(id, changes)) {
                sendServiceError(res, *refused);
                return;
            }
            if (!applyCloudApi(*body, id, cloudApi, store, res))
                return;
            const auto updated = accounts.update(id, changes);
            if (!updated.ok()) {
                sendServiceError(res, updated.error());
                return;
            }
            sendJson(res, 200, accountOut(store, id));
        });

    add("GET", "/api/v1/workspace",
        [links = context.links](const HttpRequest &, HttpResponse &res, StoreConnection &store) {
            sendJson(res, 200,
                     workspaceJson(store.workspace->settings(), store.workspace->teammates(), store,
                                   links));
        });

    add("PUT", "/api/v1/workspace",
        [engine = context.engine, notifier = context.notifier,
         links = context.links](const HttpRequest &req, HttpResponse &res, StoreConnection &store) {
            const auto body = objectBody(req, res);
            if (!body)
                return;
            WorkspaceService::Changes changes;
            auto text = [&](const QJsonObject &o, const QString &key, const QString &field,
                            std::optional<QString> &target) {
                if (!o.contains(key))
                    return true;
                if (!o.value(key).isString()) {
                    sendError(res, 400, field, u"%1 must be a string"_s.arg(field));
                    return false;
                }
                target = o.value(key).toString();
                return true;
            };
            const QJsonObject owner = body->value(u"owner"_s).toObject();
            if (!text(owner, u"full_name"_s, u"owner.full_name"_s, changes.ownerName)
                || !text(owner, u"email"_s, u"owner.email"_s, changes.ownerEmail)
                || !text(*body, u"timezone"_s, u"timezone"_s, changes.timeZone)
                || !text(*body, u"public_base_url"_s, u"public_base_url"_s, changes.publicBaseUrl))
                return;
            if (body->contains(u"smtp"_s)) {
                const QJsonObject smtp = body->value(u"smtp"_s).toObject();
                if (!text(smtp, u"host"_s, u"smtp.host"_s, changes.smtpHost)
                    || !text(smtp, u"username"_s, u"smtp.username"_s, changes.smtpUsername)
                    || !text(smtp, u"from"_s, u"smtp.from"_s, changes.smtpFrom)
                    || !text(smtp, u"security"_s, u"smtp.security"_s, changes.smtpSecurity))
                    return;
                if (smtp.contains(u"allow_invalid_certificate"_s)) {
                    if (!smtp.value(u"allow_invalid_certificate"_s).isBool()) {
                        sendError(res, 400, u"smtp.allow_invalid_certificate"_s,
                                  u"smtp.allow_invalid_certificate must be true or false"_s);
                        return;
                    }
                    changes.smtpAllowInvalidCertificate
                        = smtp.value(u"allow_invalid_certificate"_s).toBool();
                }
                if (smtp.contains(u"port"_s))
                    changes.smtpPort = smtp.value(u"port"_s).toInt(-1);
                const QJsonValue password = smtp.value(u"password"_s);
                if (!password.isUndefined()) {
                    if (!password.isString() && !password.isNull()) {
                        sendError(res, 400, u"smtp.password"_s,
                                  u"smtp.password must be a string"_s);
                        return;
                    }
                    changes.smtpPassword = password.toString();
                }
            }
            if (body->contains(u"teammates"_s)) {
                if (!body->value(u"teammates"_s).isArray()) {
                    sendError(res, 400, u"teammates"_s, u"teammates must be an array"_s);
                    return;
                }
                for (const QJsonValue &t : body->value(u"teammates"_s).toArray())
                    changes.teammates.append(
                        {0, t[u"full_name"_s].toString(), t[u"email"_s].toString()});
            }
            const auto updated = WorkspaceService(store, engine, notifier).update(changes);
            if (!updated.ok()) {
                sendServiceError(res, updated.error());
                return;
            }
            sendJson(res, 200,
                     workspaceJson(updated.value(), store.workspace->teammates(), store, links));
        });

    add("DELETE", R"(/api/v1/workspace/teammates/(\d{1,18}))",
        [idFrom, engine = context.engine, notifier = context.notifier](
            const HttpRequest &req, HttpResponse &res, StoreConnection &store) {
            const auto left = WorkspaceService(store, engine, notifier).removeTeammate(idFrom(req));
            if (!left.ok()) {
                sendServiceError(res, left.error());
                return;
            }
            sendJson(res, 200, QJsonObject {{u"teammates"_s, teammatesJson(left.value())}});
        });

    add("POST", R"(/api/v1/deliveries/(\d{1,18})/resend)",
        [idFrom, engine = context.engine, clock](const HttpRequest &req, HttpResponse &res,
                                                 StoreConnection &store) {
            const auto resent = WebhookService(store, engine).resend(idFrom(req), clock->nowMs());
            if (!resent.ok()) {
                sendServiceError(res, resent.error());
                return;
            }
            sendJson(res, 201, QJsonObject {{u"delivery_id"_s, resent.value()}});
        });

    if (context.notifier) {
        auto mailWaiters = TestWaiters::create(context.notifier, &OwnerNotifier::testFinished);
        add("POST", "/api/v1/workspace/test-email",
            [mailWaiters, notifier = context.notifier](const HttpRequest &, HttpResponse &res,
                                                       StoreConnection &) {
                auto [tag, result] = mailWaiters->add();
                QMetaObject::invokeMethod(
                    notifier, [notifier, tag = tag] { notifier->sendTest(tag); },
                    Qt::QueuedConnection);
                if (result.wait_for(std::chrono::seconds(45)) != std::future_status::ready) {
                    mailWaiters->forget(tag);
                    sendError(res, 504, QString(), u"the mail server did not answer in time"_s);
                    return;
                }
                const auto [ok, outcome] = result.get();
                sendJson(res, 200, QJsonObject {{u"ok"_s, ok}, {u"outcome"_s, outcome}});
            });
    }
}

} // namespace hookline
