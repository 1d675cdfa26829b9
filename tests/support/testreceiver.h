#pragma once

// A real HTTP receiver for tests: cpp-httplib on a loopback port, in its own threads, answering
// every request by a script (status, delay, headers, body, a streamed body of any size).
#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QMutex>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <thread>

namespace httplib {
class Server;
}

struct ReceivedRequest
{
    std::string method;
    std::string path;
    std::multimap<std::string, std::string> headers;
    std::string body;
    qint64 receivedMs = 0;

    QByteArray header(const std::string &name) const;
};

// The messages a webhook request carried: its "message", or a bundle's "messages".
QJsonArray deliveredMessages(const ReceivedRequest &request);
// Whether each chat's messages (texts "0", "1", ...) arrived in order; names the first that
// did not.
bool arrivedInChatOrder(const QList<ReceivedRequest> &requests);

struct ScriptedAnswer
{
    int status = 200;
    int delayMs = 0;
    std::string body = "ok";
    std::string contentType = "text/plain";
    std::map<std::string, std::string> headers;
    qint64 streamBytes = 0; // > 0: stream this many bytes as the body, chunk by chunk
};

class TestReceiver
{
public:
    using Script = std::function<ScriptedAnswer(const ReceivedRequest &request, int index)>;

    TestReceiver();
    ~TestReceiver();

    int port() const { return m_port; }
    QString url(const QString &path = QStringLiteral("/hook")) const;

    void setScript(Script script);
    // Every request is answered with `status` (and a short body naming it).
    void answerAll(int status);
    QList<ReceivedRequest> requests() const;
    int count() const;
    int maxConcurrent() const;
    void clear();

private:
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
    int m_port = 0;
    mutable QMutex m_mutex;
    Script m_script;
    QList<ReceivedRequest> m_requests;
    int m_concurrent = 0;
    int m_maxConcurrent = 0;
};

// A TCP server that accepts connections and closes them at once, before any HTTP response.
class DroppingServer
{
public:
    DroppingServer();
    ~DroppingServer();
    int port() const { return m_port; }
    int accepted() const { return m_accepted.load(); }

private:
    int m_fd = -1;
    int m_port = 0;
    std::atomic<int> m_accepted {0};
    std::atomic<bool> m_stop {false};
    std::thread m_thread;
};
