#pragma once

// What every benchmark here shares: a monotonic clock, a cpp-httplib receiver on loopback that
// answers 200 at once, the receiver-only ceiling, and order statistics.
#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>
#include <utility>

namespace httplib {
class Server;
}

qint64 nowNs();

class BenchReceiver
{
public:
    BenchReceiver();
    ~BenchReceiver();
    QString url() const;
    int port() const { return m_port; }
    int count() const { return m_count.load(); }
    // Clears the count; with `recordBodies`, keeps (arrival time, body) of each request.
    void reset(bool recordBodies);
    QList<std::pair<qint64, QByteArray>> bodies();

private:
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
    int m_port = 0;
    std::atomic<int> m_count {0};
    QMutex m_mutex;
    bool m_recordBodies = false;
    QList<std::pair<qint64, QByteArray>> m_bodies;
};

// Requests per second cpp-httplib's own client reaches against `port`, 6 threads, keep-alive.
double httplibCeiling(int port, int total);

bool waitFor(const std::function<bool()> &done, int timeoutMs);
double median(QList<double> values);
double percentile(QList<double> values, double p);
