#include "localserver.h"

#include "apiroutes.h"
#include "boundedworkerpool.h"
#include "chatpage.h"
#include "delivery/clock.h"
#include "inspector.h"
#include "logcategories.h"
#include "payload/signedlinks.h"
#include "store/storeerror.h"
#include "threadstore.h"
#include "whatsapproutes.h"

#include <httplib.h>

#include <QHostAddress>
#include <QThread>
#include <QUrl>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace hookline {

LocalServer::LocalServer(Options options)
    : m_options(std::move(options))
    , m_server(std::make_unique<httplib::Server>())
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

bool LocalServer::start(QString *error)
{
    httplib::Server &server = *m_server;
    server.set_payload_max_length(size_t(maxBodyBytes));
    // Slow or vanished clients must not hold a worker long: 2 s without a byte ends a read
    // (loopback clients are never that slow), and writes and idle keep-alives are bounded too.
    server.set_read_timeout(2, 0);
    server.set_write_timeout(10, 0);
    server.set_keep_alive_timeout(5);
    server.set_keep_alive_max_count(1000);
    server.set_tcp_nodelay(true);
    // cpp-httplib's default adds SO_REUSEPORT, which lets a second Hookline bind the same port and
    // take half of the connections. SO_REUSEADDR alone still allows a quick restart.
    server.set_socket_options([](socket_t sock) {
        int yes = 1;
        setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    const int threads = m_options.threads;
    server.new_task_queue = [threads] {
        return new BoundedWorkerPool(threads, 4 * threads);
    };
    registerRoutes();

    const std::string host = m_options.host.toStdString();
    if (m_options.port == 0) {
        m_port = server.bind_to_any_port(host);
    } else {
        m_port = server.bind_to_port(host, m_options.port) ? m_options.port : -1;
    }
    if (m_port <= 0) {
        *error = u"cannot listen on %1:%2 (address in use or not available here; choose "
                 "another with --listen HOST:PORT)"_s.arg(m_options.host)
                     .arg(m_options.port);
        return false;
    }
    m_thread = std::thread([this] { m_server->listen_after_bind(); });
    while (!m_server->is_running())
        QThread::msleep(1);
    qCInfo(lcServer) << "listening on"
                     << QStringLiteral("http://%1:%2").arg(m_options.host).arg(m_port);
    return true;
}

void LocalServer::stop()
{
    if (!m_thread.joinable())
        return;
    m_stopping = true;
    m_server->stop();
    m_thread.join();
}

void LocalServer::registerRoutes()
{
    httplib::Server &server = *m_server;
    const Options options = m_options;

    server.Get("/healthz", [](const httplib::Request &, httplib::Response &res) {
        res.set_content(R"({"status":"ok"})", "application/json");
    });

    // The chat page of `chat_url` and bundle permalinks.
    server.Get(
        R"(/chat/(\d{1,18})/messages/?)",
        [options](const httplib::Request &req, httplib::Response &res) {
            res.set_header("Referrer-Policy", "no-referrer");
            res.set_header("Content-Security-Policy",
                           "default-src 'none'; style-src 'unsafe-inline'");
            try {
                StoreConnection &store
                    = ThreadStore::forThread(options.databasePath, options.attachmentsPath);
                const qint64 chatId = std::stoll(req.matches[1]);
                const WorkspaceSettings settings = store.workspace->settings();
                const SignedLinks links(store.workspace->linkKey(), settings.publicBaseUrl);
                const auto chat = store.messages->chat(chatId);
                if (!chat
                    || !links.verifyChat(chatId,
                                         QString::fromStdString(req.get_param_value("sig")))) {
                    res.status = 403;
                    res.set_content("This link is not valid for this chat.\n",
                                    "text/plain; charset=utf-8");
                    return;
                }
                const int total = store.messages->chatMessageCount(chatId);
                const auto messages
                    = store.messages->latestChatMessages(chatId, ChatPage::maxMessages);
                QTimeZone zone(settings.timeZone.toUtf8());
                res.set_content(
                    ChatPage::render(
                        *chat, store.messages->account(chat->accountId).value_or(Account {}),
                        messages, total - int(messages.size()), links,
                        zone.isValid() ? zone : QTimeZone::utc(), options.clock->nowMs() / 1000)
                        .toStdString(),
                    "text/html; charset=utf-8");
            } catch (const StoreError &e) {
                res.status = 503;
                res.set_content(e.message().toStdString(), "text/plain; charset=utf-8");
            }
        });

    // Signed, expiring attachment downloads (`temporary_download_url`).
    server.Get(R"(/attachments/([0-9a-f-]{36})/([^/]+))",
               [options](const httplib::Request &req, httplib::Response &res) {
                   try {
                       StoreConnection &store
                           = ThreadStore::forThread(options.databasePath, options.attachmentsPath);
                       const QString uid = QString::fromStdString(req.matches[1]);
                       const qint64 expires
                           = QString::fromStdString(req.get_param_value("expires")).toLongLong();
                       const SignedLinks links(store.workspace->linkKey(),
                                               store.workspace->settings().publicBaseUrl);
                       const auto message = store.messages->messageByUid(uid);
                       if (!message || !message->attachment
                           || !links.verifyAttachment(
                               uid, expires, QString::fromStdString(req.get_param_value("sig")),
                               options.clock->nowMs() / 1000)) {
                           res.status = 403;
                           res.set_content("This download link is not valid or has expired.\n",
                                           "text/plain; charset=utf-8");
                           return;
                       }
                       const Attachment &a = *message->attachment;
                       const QByteArray bytes = store.attachments->read(a.sha256);
                       res.set_header("Content-Disposition",
                                      QByteArray("attachment; filename*=UTF-8''"
                                                 + QUrl::toPercentEncoding(a.fileName))
                                          .toStdString());
                       res.set_header("X-Content-Type-Options", "nosniff");
                       // A stored HTML or SVG file must not run in the server's origin.
                       res.set_header("Content-Security-Policy", "sandbox");
                       res.set_content(bytes.toStdString(), a.mimeType.toStdString());
                   } catch (const StoreError &e) {
                       res.status = 503;
                       res.set_content(e.message().toStdString(), "text/plain; charset=utf-8");
                   }
               });

    if (Inspector *inspector = options.inspector) {
        // No token here: webhooks from outside the app post to it. Any method is recorded.
        auto handler = [inspector, stopping = &m_stopping](const httplib::Request &req,
                                                           httplib::Response &res) {
            InspectedRequest request;
            request.bin = QString::fromStdString(req.matches[1]);
            request.at = QDateTime::currentDateTimeUtc();
            request.method = QString::fromStdString(req.method);
            request.target = QString::fromStdString(req.target);
            request.remoteAddress = QString::fromStdString(req.remote_addr);
            for (const auto &[name, value] : req.headers) {
                if (name == "REMOTE_ADDR" || name == "REMOTE_PORT" || name == "LOCAL_ADDR"
                    || name == "LOCAL_PORT")
                    continue;
                request.headers.append(
                    {QByteArray::fromStdString(name), QByteArray::fromStdString(value)});
            }
            request.body = QByteArray::fromStdString(req.body);
            const InspectorAnswer answer = inspector->record(std::move(request));
            for (int waited = 0; waited < answer.delayMs && !*stopping; waited += 20)
                QThread::msleep(20);
            res.status = answer.status;
            res.set_content(u"{\"status\":%1}"_s.arg(answer.status).toStdString(),
                            "application/json");
        };
        const char *pattern = R"(/inspect/([A-Za-z0-9_-]{1,64})/?)";
        server.Post(pattern, handler);
        server.Put(pattern, handler);
        server.Patch(pattern, handler);
        server.Get(pattern, handler);
        server.Delete(pattern, handler);
    }

    if (options.cloudApi && options.receiver) {
        WhatsAppRoutes::registerOn(server,
                                   {options.databasePath, options.attachmentsPath, options.cloudApi,
                                    options.receiver, options.clock});
    }
    ApiRoutes::registerOn(server,
                          {options.databasePath, options.attachmentsPath, options.apiToken,
                           options.engine, options.notifier, options.clock, options.cloudApi});

    server.set_exception_handler(
        [](const httplib::Request &, httplib::Response &res, std::exception_ptr) {
            res.status = 500;
            res.set_content(R"({"error":"internal error","field":""})", "application/json");
        });
}

} // namespace hookline
