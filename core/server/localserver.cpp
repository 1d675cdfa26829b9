#include "localserver.h"

#include "apiroutes.h"
#include "chatpage.h"
#include "delivery/clock.h"
#include "httpserver.h"
#include "inspector.h"
#include "logcategories.h"
#include "payload/linkbase.h"
#include "payload/signedlinks.h"
#include "store/storeerror.h"
#include "threadstore.h"
#include "whatsapproutes.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace hookline {

LocalServer::LocalServer(Options options)
    : m_options(std::move(options))
{
}

LocalServer::~LocalServer()
{
    stop();
}

bool LocalServer::parseListen(const QString &text, QString *host, int *port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    bool ok = false;
    const int p = text.mid(colon + 1).toInt(&ok);
    if (!ok || p < 0 || p > 65535)
        return false;
    QString h = text.left(colon);
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    if (h != u"localhost"_s && QHostAddress(h).isNull())
        return false;
    *host = h;
    *port = p;
    return true;
}

bool LocalServer::isExposed() const
{
    return !LinkBase::isLoopback(m_options.host);
}

bool LocalServer::start(QString *error)
{
    registerRoutes();
    HttpServer::Options options;
    options.host = m_options.host;
    options.port = m_options.port;
    options.workers = m_options.threads;
    m_server = std::make_unique<HttpServer>(m_router, options);
    if (!m_server->start(error)) {
        m_server.reset();
        return false;
    }
    m_port = m_server->port();
    if (m_options.links)
        m_options.links->setListening(m_options.host, m_port);
    const QString address = u"http://%1:%2"_s.arg(m_options.host).arg(m_port);
    qCInfo(lcServer) << "listening on" << address;
    if (isExposed()) {
        qCWarning(lcServer).noquote()
            << "listening on" << address
            << "beyond this computer: the API token and every message cross the network "
               "unencrypted. Listen on 127.0.0.1 and put a TLS reverse proxy or tunnel in front.";
    }
    return true;
}

void LocalServer::stop()
{
    if (m_server)
        m_server->stop();
}

void LocalServer::registerRoutes()
{
    const Options options = m_options;

    QJsonObject health {{u"status"_s, u"ok"_s}};
    if (isExposed()) {
        health.insert(u"exposed"_s, true);
        health.insert(u"warning"_s,
                      u"listening on %1 beyond this computer without TLS: the API token crosses "
                      "the network in cleartext"_s.arg(m_options.host));
    }
    // No token guards /healthz: where links point and which hosts webhooks reach is said only
    // to this computer (GET /api/v1/workspace says it to anyone with the token).
    const bool sayLinks = options.links && !isExposed();
    m_router.add(
        "GET", u"/healthz"_s, [health, options, sayLinks](HttpRequest &, HttpResponse &res) {
            QJsonObject answer = health;
            if (sayLinks) {
                // Links that cannot open are worth a look but are no reason to call the server
                // down.
                try {
                    answer.insert(
                        u"links"_s,
                        ApiRoutes::linksJson(
                            ThreadStore::forThread(options.databasePath, options.attachmentsPath),
                            *options.links));
                } catch (const StoreError &e) {
                    answer.insert(u"links"_s, QJsonObject {{u"error"_s, e.message()}});
                }
            }
            res.setJson(200, answer);
        });

    // The chat page of `chat_url` and bundle permalinks.
    m_router.add(
        "GET", u"/chat/(\\d{1,18})/messages/?"_s, [options](HttpRequest &req, HttpResponse &res) {
            res.setHeader("Referrer-Policy", "no-referrer");
            res.setHeader("Content-Security-Policy",
                          "default-src 'none'; style-src 'unsafe-inline'");
            try {
                StoreConnection &store
                    = ThreadStore::forThread(options.databasePath, options.attachmentsPath);
                const qint64 chatId = req.matches.at(0).toLongLong();
                const WorkspaceSettings settings = store.workspace->settings();
                const SignedLinks links(store.workspace->linkKey(),
                                        options.links
                                            ? options.links->resolve(settings.publicBaseUrl)
                                            : settings.publicBaseUrl);
                const auto chat = store.messages->chat(chatId);
                if (!chat || !links.verifyChat(chatId, req.param(u"sig"))) {
                    res.setError(403, u"sig"_s, u"this link is not valid for this chat"_s);
                    return;
                }
                const int total = store.messages->chatMessageCount(chatId);
                const auto messages
                    = store.messages->latestChatMessages(chatId, ChatPage::maxMessages);
                QTimeZone zone(settings.timeZone.toUtf8());
                res.setContent(
                    200,
                    ChatPage::render(
                        *chat, store.messages->account(chat->accountId).value_or(Account {}),
                        messages, total - int(messages.size()), links,
                        zone.isValid() ? zone : QTimeZone::utc(), options.clock->nowMs() / 1000),
                    "text/html; charset=utf-8");
            } catch (const StoreError &e) {
                res.setError(503, QString(), e.message());
            }
        });

    // Signed, expiring attachment downloads (`temporary_download_url`), streamed from the file.
    // Ranges are not served: a multi-range request must not multiply what is sent.
    m_router.add("GET", u"/attachments/([0-9a-f-]{36})/([^/]+)"_s,
                 [options](HttpRequest &req, HttpResponse &res) {
                     try {
                         StoreConnection &store = ThreadStore::forThread(options.databasePath,
                                                                         options.attachmentsPath);
                         const QString uid = req.matches.at(0);
                         const qint64 expires = req.param(u"expires").toLongLong();
                         const SignedLinks links(store.workspace->linkKey(),
                                                 store.workspace->settings().publicBaseUrl);
                         const auto message = store.messages->messageByUid(uid);
                         if (!message || !message->attachment
                             || !links.verifyAttachment(uid, expires, req.param(u"sig"),
                                                        options.clock->nowMs() / 1000)) {
                             res.setError(403, u"sig"_s,
                                          u"this download link is not valid or has expired"_s);
                             return;
                         }
                         const Attachment &a = *message->attachment;
                         if (!AttachmentStore::isValidDigest(a.sha256)) {
                             res.setError(503, QString(), u"the stored attachment is damaged"_s);
                             return;
                         }
                         res.status = 200;
                         res.filePath = store.attachments->filePath(a.sha256);
                         res.contentType = a.mimeType.toUtf8();
                         res.setHeader("Content-Disposition",
                                       "attachment; filename*=UTF-8''"
                                           + QUrl::toPercentEncoding(a.fileName));
                         res.setHeader("X-Content-Type-Options", "nosniff");
                         res.setHeader("Accept-Ranges", "none");
                         // A stored HTML or SVG file must not run in the server's origin.
                         res.setHeader("Content-Security-Policy", "sandbox");
                     } catch (const StoreError &e) {
                         res.setError(503, QString(), e.message());
                     }
                 });

    if (Inspector *inspector = options.inspector) {
        // No token here: webhooks from outside the app post to it. Any method and any sub-path
        // under a name is recorded (receivers are often configured as ".../hooks/orders"); only
        // a prefix of each body is kept, and the answer's delay holds no worker.
        auto handler = [inspector](HttpRequest &req, HttpResponse &res) {
            InspectedRequest request;
            request.bin = req.matches.at(0);
            request.at = QDateTime::currentDateTimeUtc();
            request.method = QString::fromLatin1(req.method);
            request.target = QString::fromUtf8(req.target);
            request.remoteAddress = req.remoteAddress;
            request.headers = req.headers;
            request.bodySize = req.bodySize;
            request.body = std::move(req.body);
            const InspectorAnswer answer = inspector->record(std::move(request));
            res.delayMs = answer.delayMs;
            if (answer.contentType.isEmpty()) {
                res.setJson(answer.status, QJsonObject {{u"status"_s, answer.status}});
                return;
            }
            // The person's own response (checked printable when set, so it cannot add a
            // header). Served from this server's origin: no sniffing, and an HTML answer
            // opened in a browser runs no script there.
            res.setContent(answer.status, answer.body, answer.contentType.toLatin1());
            res.setHeader("X-Content-Type-Options", "nosniff");
            res.setHeader("Content-Security-Policy", "sandbox");
        };
        const QString pattern = u"/inspect/([A-Za-z0-9_-]{1,64})(?:/.*)?"_s;
        const HttpRouteLimits limits {maxBodyBytes, inspector->limits().keptBodyBytes, {}};
        for (const QByteArray method : {"POST", "PUT", "PATCH", "GET", "DELETE"})
            m_router.add(method, pattern, handler, limits);
    }

    if (options.cloudApi && options.receiver) {
        WhatsAppRoutes::registerOn(m_router,
                                   {options.databasePath, options.attachmentsPath, options.cloudApi,
                                    options.receiver, options.clock, options.ingest},
                                   maxNotificationBytes);
    }
    ApiRoutes::registerOn(m_router,
                          {options.databasePath, options.attachmentsPath, options.apiToken,
                           options.engine, options.notifier, options.clock, options.cloudApi,
                           options.ingest, options.links},
                          maxBodyBytes);
}

} // namespace hookline
