#include "httpserver.h"

#include "boundedworkerpool.h"
#include "httprouter.h"
#include "logcategories.h"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/file_body.hpp>
#include <boost/beast/http/message_generator.hpp>
#include <boost/beast/http/string_body.hpp>

#include <QFile>

#include <future>
#include <map>
#include <mutex>
#include <thread>
#include <unordered_set>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = boost::beast::http;
using tcp = asio::ip::tcp;

namespace hookline {

namespace {

constexpr std::size_t readChunk = 64 * 1024;
constexpr std::size_t headReadChunk = 4 * 1024;
// After a refusal the client may still be sending: read and drop for a moment, so our answer is
// not lost to a reset, but never for long.
constexpr auto lingerTime = std::chrono::seconds(2);
constexpr std::size_t lingerBytes = 64 * 1024 * 1024;

// Enough descriptors for the connection limit: the soft limit (often 1024) up to the hard one.
void raiseOpenFileLimit()
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

// Who a connection counts against: an IPv4 address, or an IPv6 /64 (one host usually has all of
// it); IPv4 written as IPv6 counts as IPv4.
std::string addressKey(const asio::ip::address &address)
{
    if (address.is_v6()) {
        const auto v6 = address.to_v6();
        if (v6.is_v4_mapped())
            return asio::ip::make_address_v4(asio::ip::v4_mapped, v6).to_string();
        auto bytes = v6.to_bytes();
        std::fill(bytes.begin() + 8, bytes.end(), 0);
        return asio::ip::address_v6(bytes).to_string() + "/64";
    }
    return address.to_string();
}

QByteArray errorBody(const QString &message)
{
    HttpResponse response;
    response.setError(503, QString(), message);
    return response.body;
}

} // namespace

class Connection;

class HttpServerState
{
public:
    HttpServerState(const HttpRouter &table, HttpServer::Options chosen)
        : router(table)
        , options(std::move(chosen))
        , budget(options.bodyBudgetBytes)
        , acceptor(io)
        , pool(options.workers, options.maxConnections)
    {
    }

    void accept();
    void onAccept(const boost::system::error_code &ec, tcp::socket socket);
    bool admit(const std::string &address);
    void release(const std::string &address, Connection *connection);

    const HttpRouter &router;
    const HttpServer::Options options;
    BodyBudget budget;

    std::mutex registryMutex; // connections end in the I/O thread, or at shutdown in another
    std::map<std::string, int> perAddress;
    std::unordered_set<Connection *> connections;
    int connectionTotal = 0; // under registryMutex

    asio::io_context io {1};
    tcp::acceptor acceptor;
    asio::steady_timer acceptPause {io};
    BoundedWorkerPool pool;
    std::thread thread;
    int port = 0;
    bool running = false;
};

class Connection : public std::enable_shared_from_this<Connection>
{
public:
    Connection(HttpServerState &server, tcp::socket socket, std::string address, std::string key)
        : m_server(server)
        , m_stream(std::move(socket))
        , m_buffer(server.options.limits.maxHeadBytes + readChunk)
        , m_delay(m_stream.get_executor())
        , m_address(std::move(address))
        , m_key(std::move(key))
    {
    }
    ~Connection() { m_server.release(m_key, this); }

    void start()
    {
        boost::system::error_code ignored;
        m_stream.socket().set_option(tcp::no_delay(true), ignored);
        beginRequest();
    }
    void close()
    {
        boost::system::error_code ignored;
        m_delay.cancel();
        m_stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
        m_stream.socket().close(ignored);
    }

private:
    void beginRequest()
    {
        m_reader.reset(); // its budget goes back first
        m_reader = std::make_unique<HttpRequestReader>(m_server.router, m_server.options.limits,
                                                       m_server.budget);
        // An idle keep-alive connection holds a few kilobytes, not the last body's read buffer.
        if (m_buffer.size() == 0 && m_buffer.capacity() > headReadChunk)
            m_buffer.shrink_to_fit();
        m_requestStarted = {};
        process();
    }

    void process()
    {
        for (;;) {
            const auto data = m_buffer.data();
            std::size_t consumed = 0;
            const bool wasStarted = m_reader->started();
            const auto step
                = m_reader->feed(static_cast<const char *>(data.data()), data.size(), &consumed);
            if (!wasStarted && m_reader->started())
                m_requestStarted = std::chrono::steady_clock::now();
            m_buffer.consume(consumed);
            switch (step) {
            case HttpRequestReader::Step::NeedMore:
                readMore();
                return;
            case HttpRequestReader::Step::HeadAccepted:
                if (m_reader->expectsContinue()) {
                    writeContinue();
                    return;
                }
                continue;
            case HttpRequestReader::Step::Complete:
                dispatch();
                return;
            case HttpRequestReader::Step::Refused:
                respond(m_reader->refusal(), false);
                return;
            }
        }
    }

    void readMore()
    {
        const HttpServer::Options &o = m_server.options;
        if (!m_reader->started()) {
            m_stream.expires_after(o.idleTimeout);
        } else {
            m_stream.expires_at(m_requestStarted
                                + (m_reader->headDone() ? o.requestTimeout : o.headTimeout));
        }
        const std::size_t room = m_buffer.max_size() - m_buffer.size();
        if (room == 0) {
            close(); // cannot happen: the reader refuses a head or chunk header this long
            return;
        }
        m_stream.async_read_some(
            m_buffer.prepare(std::min(room, m_reader->headDone() ? readChunk : headReadChunk)),
            [self = shared_from_this()](const boost::system::error_code &ec, std::size_t n) {
                self->onRead(ec, n);
            });
    }

    void onRead(const boost::system::error_code &ec, std::size_t n)
    {
        if (ec) {
            // The client went away, or missed its deadline (the stream has closed the socket
            // then: a slow sender gets no answer, only the end of the connection).
            close();
            return;
        }
        m_buffer.commit(n);
        process();
    }

    void writeContinue()
    {
        static const char interim[] = "HTTP/1.1 100 Continue\r\n\r\n";
        m_stream.expires_after(m_server.options.writeTimeout);
        asio::async_write(
            m_stream, asio::buffer(interim, sizeof interim - 1),
            [self = shared_from_this()](const boost::system::error_code &ec, std::size_t) {
                if (ec)
                    self->close();
                else
                    self->process();
            });
    }

    void dispatch()
    {
        HttpRequest request = m_reader->takeRequest();
        request.remoteAddress = QString::fromStdString(m_address);
        const HttpRoute *route = m_reader->route();
        const bool keepAlive = m_reader->keepAlive();
        auto task = [self = shared_from_this(), executor = m_stream.get_executor(), route,
                     keepAlive, request = std::move(request)]() mutable {
            HttpResponse response;
            try {
                route->handler(request, response);
            } catch (const std::exception &e) {
                qCWarning(lcServer) << "handler of" << request.path << "failed:" << e.what();
                response = HttpResponse();
                response.setError(500, QString(), u"internal error"_s);
            }
            // The connection is handed back whole: it ends in the I/O thread, never here.
            asio::post(executor,
                       [self = std::move(self), keepAlive, response = std::move(response)] {
                           self->respond(response, keepAlive);
                       });
        };
        if (!m_server.pool.post(std::move(task))) {
            HttpResponse busy;
            busy.setHeader("Retry-After", "1");
            busy.setError(503, QString(), u"the server is busy; retry in a moment"_s);
            respond(busy, false);
        }
    }

    template<class Body>
    void fillHead(http::response<Body> &message, const HttpResponse &response, bool keepAlive)
    {
        message.version(11);
        message.result(unsigned(response.status));
        for (const auto &[name, value] : response.headers) {
            message.insert(beast::string_view(name.constData(), std::size_t(name.size())),
                           beast::string_view(value.constData(), std::size_t(value.size())));
        }
        if (!response.contentType.isEmpty()) {
            message.set(http::field::content_type,
                        beast::string_view(response.contentType.constData(),
                                           std::size_t(response.contentType.size())));
        }
        message.keep_alive(keepAlive);
    }

    http::message_generator serialise(const HttpResponse &response, bool keepAlive, bool head)
    {
        if (!response.filePath.isEmpty()) {
            http::response<http::file_body> message;
            boost::system::error_code ec;
            message.body().open(QFile::encodeName(response.filePath).constData(),
                                beast::file_mode::scan, ec);
            if (!ec) {
                fillHead(message, response, keepAlive);
                if (head) {
                    http::response<http::empty_body> headOnly(message.base());
                    headOnly.content_length(message.body().size());
                    return headOnly;
                }
                message.prepare_payload();
                return message;
            }
            HttpResponse missing;
            missing.setError(
                503, QString(),
                u"the file cannot be read: %1"_s.arg(QString::fromStdString(ec.message())));
            return serialise(missing, keepAlive, head);
        }
        http::response<http::string_body> message;
        fillHead(message, response, keepAlive);
        // 1xx, 204 and 304 carry no body and no length (RFC 9110 §8.6).
        const bool bodiless
            = response.status < 200 || response.status == 204 || response.status == 304;
        if (bodiless)
            return message;
        if (head) {
            http::response<http::empty_body> headOnly(message.base());
            headOnly.content_length(std::uint64_t(response.body.size()));
            return headOnly;
        }
        message.body().assign(response.body.constData(), std::size_t(response.body.size()));
        message.prepare_payload();
        return message;
    }

    // Answers; `keepAlive` false closes the connection afterwards (every refusal does: the body
    // of a refused request was not read).
    void respond(const HttpResponse &response, bool keepAlive)
    {
        if (response.delayMs > 0) {
            m_delay.expires_after(std::chrono::milliseconds(response.delayMs));
            m_delay.async_wait([self = shared_from_this(), response,
                                keepAlive](const boost::system::error_code &ec) {
                if (ec)
                    self->close();
                else
                    self->write(response, keepAlive);
            });
            return;
        }
        write(response, keepAlive);
    }

    void write(const HttpResponse &response, bool keepAlive)
    {
        auto message = serialise(response, keepAlive, m_reader->isHead());
        m_stream.expires_after(m_server.options.writeTimeout);
        beast::async_write(m_stream, std::move(message),
                           [self = shared_from_this(),
                            keepAlive](const boost::system::error_code &ec, std::size_t) {
                               if (ec)
                                   self->close();
                               else if (keepAlive)
                                   self->beginRequest();
                               else
                                   self->lingerAndClose();
                           });
    }

    void lingerAndClose()
    {
        boost::system::error_code ignored;
        m_stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
        m_lingerUntil = std::chrono::steady_clock::now() + lingerTime;
        m_lingered = 0;
        drain();
    }

    void drain()
    {
        m_stream.expires_at(m_lingerUntil);
        m_buffer.clear();
        m_stream.async_read_some(
            m_buffer.prepare(readChunk),
            [self = shared_from_this()](const boost::system::error_code &ec, std::size_t n) {
                self->m_lingered += n;
                if (ec || self->m_lingered > lingerBytes)
                    self->close();
                else
                    self->drain();
            });
    }

    HttpServerState &m_server;
    beast::tcp_stream m_stream;
    beast::flat_buffer m_buffer;
    asio::steady_timer m_delay;
    const std::string m_address;
    const std::string m_key; // what the per-address limit counts
    std::unique_ptr<HttpRequestReader> m_reader;
    std::chrono::steady_clock::time_point m_requestStarted;
    std::chrono::steady_clock::time_point m_lingerUntil;
    std::size_t m_lingered = 0;
};

bool HttpServerState::admit(const std::string &address)
{
    std::lock_guard lock(registryMutex);
    if (connectionTotal >= options.maxConnections)
        return false;
    int &count = perAddress[address];
    if (count >= options.maxConnectionsPerAddress) {
        if (count == 0)
            perAddress.erase(address);
        return false;
    }
    ++count;
    ++connectionTotal;
    return true;
}

void HttpServerState::release(const std::string &address, Connection *connection)
{
    std::lock_guard lock(registryMutex);
    connections.erase(connection);
    const auto it = perAddress.find(address);
    if (it != perAddress.end() && --it->second <= 0)
        perAddress.erase(it);
    --connectionTotal;
}

void HttpServerState::accept()
{
    acceptor.async_accept(io, [this](const boost::system::error_code &ec, tcp::socket socket) {
        onAccept(ec, std::move(socket));
    });
}

void HttpServerState::onAccept(const boost::system::error_code &ec, tcp::socket socket)
{
    if (ec == asio::error::operation_aborted || !acceptor.is_open())
        return;
    if (!ec) {
        boost::system::error_code ignored;
        const auto endpoint = socket.remote_endpoint(ignored);
        const std::string address = endpoint.address().to_string(ignored);
        if (admit(addressKey(endpoint.address()))) {
            auto connection = std::make_shared<Connection>(*this, std::move(socket), address,
                                                           addressKey(endpoint.address()));
            {
                std::lock_guard lock(registryMutex);
                connections.insert(connection.get());
            }
            connection->start();
        } else {
            // Refused at once, with a reason, and nothing kept of it.
            static const QByteArray refusal = []() -> QByteArray {
                const QByteArray body
                    = errorBody(u"too many connections; close idle ones or retry in a moment"_s);
                return QByteArray("HTTP/1.1 503 Service Unavailable\r\nContent-Type: "
                                  "application/json\r\nConnection: close\r\nRetry-After: "
                                  "1\r\nContent-Length: ")
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body;
            }();
            socket.non_blocking(true, ignored);
            socket.write_some(asio::buffer(refusal.constData(), std::size_t(refusal.size())),
                              ignored);
            socket.shutdown(tcp::socket::shutdown_both, ignored);
            socket.close(ignored);
            qCDebug(lcServer) << "connection from" << address.c_str() << "refused: limit reached";
        }
    } else {
        // Out of descriptors, usually: the connection stays in the backlog, so wait a moment
        // rather than spin on the error.
        qCWarning(lcServer) << "accept failed:" << ec.message().c_str();
        acceptPause.expires_after(std::chrono::milliseconds(200));
        acceptPause.async_wait([this](const boost::system::error_code &waited) {
            if (!waited)
                accept();
        });
        return;
    }
    accept();
}

HttpServer::HttpServer(const HttpRouter &router, Options options)
    : d(std::make_unique<HttpServerState>(router, std::move(options)))
{
}

HttpServer::~HttpServer()
{
    stop();
}

int HttpServer::port() const
{
    return d->port;
}

bool HttpServer::start(QString *error)
{
    raiseOpenFileLimit();
    boost::system::error_code ec;
    const std::string host = d->options.host == u"localhost"_s ? std::string("127.0.0.1")
                                                               : d->options.host.toStdString();
    const auto address = asio::ip::make_address(host, ec);
    tcp::endpoint endpoint(address, asio::ip::port_type(d->options.port));
    if (!ec)
        d->acceptor.open(endpoint.protocol(), ec);
    if (!ec) {
        // SO_REUSEADDR alone (no SO_REUSEPORT): a quick restart works, a second Hookline on the
        // same port is refused.
        d->acceptor.set_option(asio::socket_base::reuse_address(true), ec);
    }
    if (!ec)
        d->acceptor.bind(endpoint, ec);
    if (!ec)
        d->acceptor.listen(asio::socket_base::max_listen_connections, ec);
    if (ec) {
        *error = u"cannot listen on %1:%2: %3 (choose another address with --listen HOST:PORT)"_s
                     .arg(d->options.host)
                     .arg(d->options.port)
                     .arg(QString::fromStdString(ec.message()));
        boost::system::error_code ignored;
        d->acceptor.close(ignored);
        return false;
    }
    d->port = d->acceptor.local_endpoint().port();
    d->accept();
    d->running = true;
    d->thread = std::thread([this] {
        auto guard = asio::make_work_guard(d->io);
        // A handler that throws ends its connection, never the server.
        for (;;) {
            try {
                d->io.run();
                return;
            } catch (const std::exception &e) {
                qCWarning(lcServer) << "server I/O error:" << e.what();
            }
        }
    });
    return true;
}

void HttpServer::stop()
{
    if (!d->running)
        return;
    d->running = false;
    std::promise<void> closed;
    asio::post(d->io, [this, &closed] {
        boost::system::error_code ignored;
        d->acceptor.close(ignored);
        d->acceptPause.cancel();
        std::vector<std::shared_ptr<Connection>> open;
        {
            std::lock_guard lock(d->registryMutex);
            for (Connection *c : d->connections) {
                if (auto alive = c->weak_from_this().lock())
                    open.push_back(std::move(alive));
            }
        }
        for (const auto &c : open)
            c->close();
        closed.set_value();
    });
    closed.get_future().wait();
    d->io.stop();
    d->thread.join();
    // Handlers still running finish; their answers have nowhere to go.
    d->pool.shutdown();
}

} // namespace hookline
