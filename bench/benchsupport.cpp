#include "benchsupport.h"

#include <httplib.h>

#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

qint64 nowNs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.nsecsElapsed();
}

BenchReceiver::BenchReceiver()
    : m_server(std::make_unique<httplib::Server>())
{
    m_server->Post(".*", [this](const httplib::Request &req, httplib::Response &res) {
        const qint64 at = nowNs();
        {
            QMutexLocker lock(&m_mutex);
            if (m_recordBodies)
                m_bodies.append({at, QByteArray::fromStdString(req.body)});
        }
        ++m_count;
        res.set_content("ok", "text/plain");
    });
    // Real receivers (nginx, Node) disable Nagle; without it every response waits for a
    // delayed ACK (40 ms) and the benchmark would measure the receiver.
    m_server->set_tcp_nodelay(true);
    // nginx keeps a connection for 1,000 requests; httplib's default of 5 would make the
    // benchmark measure TCP handshakes.
    m_server->set_keep_alive_max_count(1000);
    m_port = m_server->bind_to_any_port("127.0.0.1");
    m_thread = std::thread([this] { m_server->listen_after_bind(); });
    while (!m_server->is_running())
        QThread::msleep(1);
}

BenchReceiver::~BenchReceiver()
{
    m_server->stop();
    m_thread.join();
}

QString BenchReceiver::url() const
{
    return u"http://127.0.0.1:%1/hook"_s.arg(m_port);
}

void BenchReceiver::reset(bool recordBodies)
{
    QMutexLocker lock(&m_mutex);
    m_count = 0;
    m_bodies.clear();
    m_recordBodies = recordBodies;
}

QList<std::pair<qint64, QByteArray>> BenchReceiver::bodies()
{
    QMutexLocker lock(&m_mutex);
    return m_bodies;
}

double httplibCeiling(int port, int total)
{
    std::atomic<int> next {0};
    const std::string body(1000, 'x');
    const qint64 t0 = nowNs();
    std::vector<std::thread> threads;
    for (int i = 0; i < 6; ++i) {
        threads.emplace_back([&] {
            httplib::Client client("127.0.0.1", port);
            client.set_keep_alive(true);
            client.set_tcp_nodelay(true);
            while (next++ < total) {
                if (!client.Post("/hook", body, "application/json"))
                    qFatal("httplib client: request failed");
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    return total / ((nowNs() - t0) / 1e9);
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QThread::usleep(500);
    }
    return true;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}
