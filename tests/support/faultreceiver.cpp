#include "faultreceiver.h"

#include <QDateTime>

#include <algorithm>
#include <chrono>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

std::string head(int status, qint64 contentLength, const std::string &extraHeaders = {})
{
    return "HTTP/1.1 " + std::to_string(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: text/plain\r\nContent-Length: " + std::to_string(contentLength)
        + "\r\n" + extraHeaders + "\r\n";
}

// Never raises SIGPIPE: a client that went away is an expected outcome here.
bool sendAll(int fd, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= size_t(n);
    }
    return true;
}

bool sendAll(int fd, const std::string &data)
{
    return sendAll(fd, data.data(), data.size());
}

// Appends what the socket has; false at end of stream, on error, or once the receiver went
// down (down() shuts every connection, which ends a blocking recv()).
bool receiveSome(int fd, std::string &buffer)
{
    char chunk[16 * 1024];
    for (;;) {
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        buffer.append(chunk, size_t(n));
        return true;
    }
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

std::string trimmed(const std::string &s)
{
    const size_t begin = s.find_first_not_of(" \t");
    const size_t end = s.find_last_not_of(" \t");
    return begin == std::string::npos ? std::string() : s.substr(begin, end - begin + 1);
}

quint64 splitmix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

double unit(quint64 x)
{
    return double(x >> 11) * 0x1.0p-53;
}

} // namespace

QString Fault::name() const
{
    switch (kind) {
    case Kind::Status:
        return u"HTTP %1"_s.arg(status);
    case Kind::Delay:
        return u"delay %1 ms then HTTP %2"_s.arg(delayMs).arg(status);
    case Kind::ResetMidResponse:
        return inHead ? u"reset in the head"_s : u"reset in the body"_s;
    case Kind::TlsHandshakeFailure:
        return u"TLS handshake failure"_s;
    case Kind::HugeBody:
        return u"HTTP %1 with a %2 MiB body"_s.arg(status).arg(hugeBytes >> 20);
    case Kind::RedirectLoop:
        return u"redirect %1 to itself"_s.arg(status);
    }
    return {};
}

QByteArray FaultExchange::header(const std::string &name) const
{
    const auto it = headers.find(lower(name));
    return it == headers.end() ? QByteArray() : QByteArray::fromStdString(it->second);
}

FaultReceiver::FaultReceiver()
    : m_script([](const FaultExchange &) { return Fault::answer(200); })
{
    if (!listenOn(0))
        qFatal("FaultReceiver: cannot listen on 127.0.0.1");
}

FaultReceiver::~FaultReceiver()
{
    down();
}

QString FaultReceiver::url(const QString &path) const
{
    return u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path);
}

QString FaultReceiver::tlsUrl(const QString &path) const
{
    return u"https://127.0.0.1:%1%2"_s.arg(m_port).arg(path);
}

void FaultReceiver::setScript(Script script)
{
    QMutexLocker lock(&m_mutex);
    m_script = std::move(script);
}

void FaultReceiver::answerAll(const Fault &fault)
{
    setScript([fault](const FaultExchange &) { return fault; });
}

void FaultReceiver::answerFirst(int count, const Fault &first, const Fault &then)
{
    QMutexLocker lock(&m_mutex);
    const int from = m_nextIndex;
    m_script = [from, count, first, then](const FaultExchange &request) {
        return request.index - from < count ? first : then;
    };
}

FaultReceiver::Script FaultReceiver::random(double failure, quint64 seed,
                                            const QList<Weighted> &failures)
{
    double total = 0;
    for (const Weighted &w : failures)
        total += w.weight;
    return [=](const FaultExchange &request) {
        const quint64 draw = splitmix64(seed ^ splitmix64(quint64(request.index)));
        if (unit(draw) >= failure || failures.isEmpty())
            return Fault::answer(200);
        double pick = unit(splitmix64(draw)) * total;
        for (const Weighted &w : failures) {
            if (pick < w.weight)
                return w.fault;
            pick -= w.weight;
        }
        return failures.constLast().fault;
    };
}

bool FaultReceiver::listenOn(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    // Coming back on the same port right after down(): its old connections are in TIME_WAIT.
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(quint16(port));
    socklen_t length = sizeof addr;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || ::listen(fd, 128) != 0
        || ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &length) != 0) {
        ::close(fd);
        return false;
    }
    m_listenFd = fd;
    m_port = ntohs(addr.sin_port);
    m_stopping = false;
    m_acceptor = std::thread([this] { acceptLoop(); });
    return true;
}

void FaultReceiver::down()
{
    if (!m_acceptor.joinable())
        return;
    m_stopping = true;
    m_acceptor.join(); // it closes the listening socket and every connection on its way out
    m_listenFd = -1;
}

bool FaultReceiver::up()
{
    return m_acceptor.joinable() || listenOn(m_port);
}

bool FaultReceiver::isUp() const
{
    return m_acceptor.joinable();
}

void FaultReceiver::acceptLoop()
{
    while (!m_stopping) {
        pollfd p {m_listenFd, POLLIN, 0};
        if (::poll(&p, 1, 20) > 0) {
            const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd >= 0) {
                const int one = 1;
                ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                std::lock_guard lock(m_connectionsMutex);
                Connection &c = m_connections.emplace_back();
                c.fd = fd;
                c.thread = std::thread([this, &c] { serve(c); });
            }
        }
        reap(false);
    }
    ::close(m_listenFd);
    reap(true);
}

void FaultReceiver::reap(bool all)
{
    std::list<Connection> done;
    {
        std::lock_guard lock(m_connectionsMutex);
        for (auto it = m_connections.begin(); it != m_connections.end();) {
            if (all && it->fd >= 0)
                ::shutdown(it->fd, SHUT_RDWR); // ends blocking reads, writes and waits
            auto next = std::next(it);
            if (all || it->finished)
                done.splice(done.end(), m_connections, it);
            it = next;
        }
    }
    for (Connection &c : done)
        c.thread.join();
}

void FaultReceiver::serve(Connection &connection)
{
    const int fd = connection.fd;
    std::string buffer;
    bool open = receiveSome(fd, buffer);
    // A TLS connection opens with a handshake record (content type 22); HTTP with a method.
    if (open && buffer.front() == '\x16') {
        serveTlsHello(fd, std::move(buffer));
        open = false;
    }
    while (open) {
        size_t headerEnd;
        while (open && (headerEnd = buffer.find("\r\n\r\n")) == std::string::npos)
            open = receiveSome(fd, buffer);
        if (!open)
            break;
        FaultExchange exchange;
        const std::string headText = buffer.substr(0, headerEnd);
        size_t lineEnd = headText.find("\r\n");
        const std::string requestLine = headText.substr(0, lineEnd);
        const size_t space = requestLine.find(' ');
        exchange.method = requestLine.substr(0, space);
        exchange.path = requestLine.substr(space + 1, requestLine.rfind(' ') - space - 1);
        while (lineEnd != std::string::npos) {
            const size_t start = lineEnd + 2;
            lineEnd = headText.find("\r\n", start);
            const std::string line = headText.substr(start, lineEnd - start);
            const size_t colon = line.find(':');
            if (colon != std::string::npos)
                exchange.headers.emplace(lower(line.substr(0, colon)),
                                         trimmed(line.substr(colon + 1)));
        }
        // Request bodies with Content-Length only: what Qt and cpp-httplib clients send.
        const size_t length = exchange.header("content-length").toULongLong();
        buffer.erase(0, headerEnd + 4);
        while (open && buffer.size() < length)
            open = receiveSome(fd, buffer);
        if (!open)
            break;
        exchange.body = buffer.substr(0, length);
        buffer.erase(0, length);

        exchange = numbered(std::move(exchange));
        Script script;
        {
            QMutexLocker lock(&m_mutex);
            script = m_script;
        }
        exchange.fault = script(exchange);
        record(exchange); // before answering: the client may act on the answer at once
        open = answer(fd, exchange);
        update(exchange);
        if (lower(exchange.header("connection").toStdString()) == "close")
            open = false;
    }
    std::lock_guard lock(m_connectionsMutex);
    // A reset was asked for with SO_LINGER 0 by answer(): close() sends the RST.
    ::close(connection.fd);
    connection.fd = -1;
    connection.finished = true;
}

void FaultReceiver::serveTlsHello(int fd, std::string hello)
{
    // Read the whole first record (5-byte header, then its length) so the client has finished
    // sending its ClientHello before it is refused.
    while (hello.size() >= 5
           && hello.size() < 5 + ((size_t(quint8(hello[3])) << 8) | quint8(hello[4])))
        if (!receiveSome(fd, hello))
            break;
    FaultExchange exchange = numbered({});
    exchange.tlsClientHello = true;
    exchange.fault.kind = Fault::Kind::TlsHandshakeFailure;
    exchange.fault.status = 0;
    exchange.body = hello;
    record(exchange);
    // A fatal alert (level 2) "handshake_failure" (40) in a TLS 1.2 record: no cipher agreed.
    static const char alert[] = {'\x15', '\x03', '\x03', '\x00', '\x02', '\x02', '\x28'};
    sendAll(fd, alert, sizeof alert);
}

bool FaultReceiver::answer(int fd, FaultExchange &exchange)
{
    const Fault &fault = exchange.fault;
    switch (fault.kind) {
    case Fault::Kind::Status: {
        const std::string body = fault.status >= 200 && fault.status < 300
            ? std::string("ok")
            : std::string(reasonPhrase(fault.status));
        exchange.clientGaveUp = !sendAll(fd, head(fault.status, qint64(body.size())) + body);
        exchange.bodyBytesSent = exchange.clientGaveUp ? 0 : qint64(body.size());
        return !exchange.clientGaveUp;
    }
    case Fault::Kind::Delay: {
        if (!clientStaysFor(fd, fault.delayMs)) {
            exchange.clientGaveUp = true;
            return false;
        }
        exchange.clientGaveUp = !sendAll(fd, head(fault.status, 2) + "ok");
        return !exchange.clientGaveUp;
    }
    case Fault::Kind::ResetMidResponse: {
        const std::string fullHead = head(fault.status, 4096);
        const std::string part = fault.inHead ? fullHead.substr(0, fullHead.find("Content-Length"))
                                              : fullHead + std::string(100, 'x');
        exchange.clientGaveUp = !sendAll(fd, part);
        exchange.bodyBytesSent = fault.inHead ? 0 : 100;
        // Let the client read the head first, so the reset comes mid-response, not before it.
        clientStaysFor(fd, 5);
        const linger reset {1, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
        return false;
    }
    case Fault::Kind::HugeBody: {
        if (!sendAll(fd, head(fault.status, fault.hugeBytes))) {
            exchange.clientGaveUp = true;
            return false;
        }
        static const std::string chunk(64 * 1024, 'x');
        while (exchange.bodyBytesSent < fault.hugeBytes) {
            const size_t n = size_t(
                std::min<qint64>(qint64(chunk.size()), fault.hugeBytes - exchange.bodyBytesSent));
            if (!sendAll(fd, chunk.data(), n)) {
                exchange.clientGaveUp = true;
                return false;
            }
            exchange.bodyBytesSent += qint64(n);
        }
        return true;
    }
    case Fault::Kind::RedirectLoop: {
        const std::string location = url(QString::fromStdString(exchange.path)).toStdString();
        exchange.clientGaveUp
            = !sendAll(fd, head(fault.status, 0, "Location: " + location + "\r\n"));
        return !exchange.clientGaveUp;
    }
    case Fault::Kind::TlsHandshakeFailure:
        break; // a plain HTTP request cannot fail a TLS handshake: the script is wrong
    }
    qFatal("FaultReceiver: %s is not an answer to an HTTP request", qPrintable(fault.name()));
}

bool FaultReceiver::clientStaysFor(int fd, int ms)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            return true;
        pollfd p {fd, POLLIN, 0};
        if (::poll(&p, 1, int(left.count())) <= 0)
            continue;
        char byte;
        const ssize_t n = ::recv(fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR))
            return false;
        if (n > 0) {
            // The client sent more (a pipelined request): it stays, but poll() would not wait.
            std::this_thread::sleep_for(left);
            return !m_stopping;
        }
    }
}

FaultExchange FaultReceiver::numbered(FaultExchange exchange)
{
    exchange.receivedMs = QDateTime::currentMSecsSinceEpoch();
    QMutexLocker lock(&m_mutex);
    exchange.index = m_nextIndex++;
    return exchange;
}

void FaultReceiver::record(const FaultExchange &exchange)
{
    QMutexLocker lock(&m_mutex);
    m_exchanges.append(exchange);
}

void FaultReceiver::update(const FaultExchange &exchange)
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_exchanges.rbegin(); it != m_exchanges.rend(); ++it) {
        if (it->index == exchange.index) {
            *it = exchange;
            it->finished = true;
            return;
        }
    }
}

QList<FaultExchange> FaultReceiver::exchanges() const
{
    QList<FaultExchange> copy;
    {
        QMutexLocker lock(&m_mutex);
        copy = m_exchanges;
    }
    std::sort(copy.begin(), copy.end(),
              [](const FaultExchange &a, const FaultExchange &b) { return a.index < b.index; });
    return copy;
}

int FaultReceiver::count() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_exchanges.size());
}

void FaultReceiver::clear()
{
    QMutexLocker lock(&m_mutex);
    m_exchanges.clear();
}
