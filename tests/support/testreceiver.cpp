#include "testreceiver.h"

#include <httplib.h>

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

QJsonArray deliveredMessages(const ReceivedRequest &request)
{
    const QJsonObject body
        = QJsonDocument::fromJson(QByteArray::fromStdString(request.body)).object();
    return body.contains(QStringLiteral("messages")) ? body[QStringLiteral("messages")].toArray()
                                                     : QJsonArray {body[QStringLiteral("message")]};
}

bool arrivedInChatOrder(const QList<ReceivedRequest> &requests)
{
    QHash<QString, int> last;
    for (const ReceivedRequest &r : requests) {
        const QJsonObject body
            = QJsonDocument::fromJson(QByteArray::fromStdString(r.body)).object();
        const QString chat = body[QStringLiteral("chat")][QStringLiteral("chat_id")].toString();
        const int seq = body[QStringLiteral("message")][QStringLiteral("text")].toString().toInt();
        if (seq != last.value(chat, -1) + 1) {
            qWarning("chat %s: message %d arrived after %d", qPrintable(chat), seq,
                     last.value(chat, -1));
            return false;
        }
        last.insert(chat, seq);
    }
    return true;
}

QByteArray ReceivedRequest::header(const std::string &name) const
{
    const auto it = headers.find(QByteArray::fromStdString(name).toLower().toStdString());
    return it == headers.end() ? QByteArray() : QByteArray::fromStdString(it->second);
}

TestReceiver::TestReceiver()
    : m_server(std::make_unique<httplib::Server>())
{
    m_script = [](const ReceivedRequest &, int) {
        return ScriptedAnswer {};
    };
    auto handler = [this](const httplib::Request &req, httplib::Response &res) {
        ReceivedRequest r {req.method, req.path, {}, req.body, QDateTime::currentMSecsSinceEpoch()};
        for (const auto &[k, v] : req.headers)
            r.headers.emplace(QByteArray::fromStdString(k).toLower().toStdString(), v);
        Script script;
        int index = 0;
        {
            QMutexLocker lock(&m_mutex);
            index = int(m_requests.size());
            m_requests.append(r);
            script = m_script;
            m_maxConcurrent = std::max(m_maxConcurrent, ++m_concurrent);
        }
        const ScriptedAnswer answer = script(r, index);
        if (answer.delayMs > 0)
            QThread::msleep(answer.delayMs);
        res.status = answer.status;
        for (const auto &[k, v] : answer.headers)
            res.set_header(k, v);
        if (answer.streamBytes > 0) {
            const qint64 total = answer.streamBytes;
            res.set_chunked_content_provider(
                answer.contentType,
                [total, sent = qint64(0)](size_t, httplib::DataSink &sink) mutable {
                    static const std::string chunk(64 * 1024, 'x');
                    if (sent >= total) {
                        sink.done();
                        return true;
                    }
                    sent += qint64(chunk.size());
                    return sink.write(chunk.data(), chunk.size());
                });
        } else {
            res.set_content(answer.body, answer.contentType);
        }
        QMutexLocker lock(&m_mutex);
        --m_concurrent;
    };
    m_server->Post(".*", handler);
    m_server->Get(".*", handler);
    m_server->set_tcp_nodelay(true);
    m_port = m_server->bind_to_any_port("127.0.0.1");
    m_thread = std::thread([this] { m_server->listen_after_bind(); });
    while (!m_server->is_running())
        QThread::msleep(1);
}

TestReceiver::~TestReceiver()
{
    m_server->stop();
    m_thread.join();
}

QString TestReceiver::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

void TestReceiver::setScript(Script script)
{
    QMutexLocker lock(&m_mutex);
    m_script = std::move(script);
}

void TestReceiver::answerAll(int status)
{
    setScript([status](const ReceivedRequest &, int) {
        ScriptedAnswer answer;
        answer.status = status;
        answer.body = "answered " + std::to_string(status);
        return answer;
    });
}

QList<ReceivedRequest> TestReceiver::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int TestReceiver::count() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_requests.size());
}

int TestReceiver::maxConcurrent() const
{
    QMutexLocker lock(&m_mutex);
    return m_maxConcurrent;
}

void TestReceiver::clear()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
    m_maxConcurrent = 0;
}

DroppingServer::DroppingServer()
{
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    ::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    ::listen(m_fd, 16);
    socklen_t len = sizeof addr;
    ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len);
    m_port = ntohs(addr.sin_port);
    m_thread = std::thread([this] {
        while (!m_stop.load()) {
            pollfd p {m_fd, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0)
                continue;
            const int client = ::accept(m_fd, nullptr, nullptr);
            if (client < 0)
                continue;
            ++m_accepted;
            // Read a little of the request so the client is mid-exchange, then hang up.
            char buffer[256];
            pollfd c {client, POLLIN, 0};
            if (::poll(&c, 1, 1000) > 0) [[maybe_unused]]
                const ssize_t n = ::read(client, buffer, sizeof buffer);
            ::close(client);
        }
    });
}

DroppingServer::~DroppingServer()
{
    m_stop = true;
    m_thread.join();
    ::close(m_fd);
}
