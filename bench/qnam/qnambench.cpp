// QNAM webhook-POST benchmark (Qt 6.4.2). Mimics hookline's Dispatcher::send() per request.
// Usage: qnambench --url URL [--n 20000] [--inflight 6] [--qnams 0] [--warmup 500]
//   --qnams 0      : one QNAM living in the main thread (like the product)
//   --qnams K>=1   : K QNAMs, each living in its own QThread; requests sharded round-robin
//   --h2direct     : QNetworkRequest::Http2DirectAttribute=true (h2c prior knowledge)
//   --h2allowed 0|1: set QNetworkRequest::Http2AllowedAttribute explicitly
//   --no-transfer-timeout : don't call setTransferTimeout()
//   --no-deadline  : no per-request QTimer
//   --reuse-request: build the QNetworkRequest once and copy it per request
//   --autodelete   : QNAM::setAutoDeleteReplies(true) instead of deleteLater()
//   --no-readbuf   : don't call reply->setReadBufferSize() (cap the body in readyRead instead)
//   --nodelay-hack : EXPERIMENT: set TCP_NODELAY on the process's sockets to the receiver after the
//   first reply
//   --insecure     : https receivers with a self-signed cert: QSslSocket::VerifyNone (loopback test
//   only)
//   --minimal      : only the essentials (no attributes/readBufferSize/readyRead handler)
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QThread>
#include <QTimer>
#include <arpa/inet.h>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

struct Opts
{
    QUrl url;
    int n = 20000, inflight = 6, qnams = 0, warmup = 500;
    bool h2direct = false, noTransferTimeout = false, noDeadline = false, reuse = false,
         autodelete = false, minimal = false, insecure = false, noReadBuf = false,
         nodelayHack = false;
    int h2allowed = -1;
    int timeoutMs = 30000;
};
static Opts g;
static QByteArray g_body;

static double cpuSeconds()
{
    rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_utime.tv_sec + ru.ru_stime.tv_sec
        + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

// Per-thread CPU (from /proc/self/task/*/stat), keyed by thread name.
static QList<QPair<QString, double>> threadCpu()
{
    QList<QPair<QString, double>> out;
    const long hz = sysconf(_SC_CLK_TCK);
    for (const QString &tid :
         QDir("/proc/self/task").entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f("/proc/self/task/" + tid + "/stat");
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QByteArray s = f.readAll();
        int l = s.indexOf('('), r = s.lastIndexOf(')');
        QString name = QString::fromLatin1(s.mid(l + 1, r - l - 1));
        QList<QByteArray> rest = s.mid(r + 2).split(' ');
        // rest[0]=state, utime = field 14 overall -> rest[11], stime rest[12]
        double cpu = (rest.value(11).toLongLong() + rest.value(12).toLongLong()) / double(hz);
        out.append({name + "/" + tid, cpu});
        out.append({"sys:" + name + "/" + tid, rest.value(12).toLongLong() / double(hz)});
    }
    return out;
}

// Hack for the experiment only: QNAM offers no TCP_NODELAY switch in 6.4.2.
static void setNoDelayOnPeerSockets(int port)
{
    for (const QString &fdName :
         QDir("/proc/self/fd").entryList(QDir::System | QDir::NoDotAndDotDot)) {
        int fd = fdName.toInt();
        sockaddr_in peer {};
        socklen_t len = sizeof peer;
        if (getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &len) == 0
            && peer.sin_family == AF_INET && ntohs(peer.sin_port) == port) {
            int one = 1;
            setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        }
    }
}

class Worker : public QObject
{
public:
    Worker(int total, int inflight)
        : m_total(total)
        , m_inflight(inflight)
    {
    }
    std::atomic<int> done {0};
    std::function<void()> onAllDone;

    void start()
    {
        m_nam = new QNetworkAccessManager(this);
        m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        if (g.autodelete)
            m_nam->setAutoDeleteReplies(true);
        if (g.reuse)
            m_proto = makeRequest();
        for (int i = 0; i < m_inflight && m_started < m_total; ++i)
            sendOne();
    }

private:
    QNetworkRequest makeRequest()
    {
        QNetworkRequest req(g.url);
        req.setRawHeader("Content-Type", "application/json");
        req.setRawHeader("User-Agent", "Hookline/0.1");
        req.setRawHeader("X-Hookline-Event", "order.created");
        req.setRawHeader("X-Hookline-Signature",
                         "sha256=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
        req.setRawHeader("Authorization", "Bearer abcdefghijklmnopqrstuvwxyz");
        if (!g.minimal) {
            req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
            req.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                             QNetworkRequest::AlwaysNetwork);
            req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
            req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
            req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        }
        if (!g.noTransferTimeout)
            req.setTransferTimeout(g.timeoutMs);
        if (g.insecure) {
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
            req.setSslConfiguration(ssl);
        }
        if (g.h2direct)
            req.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
        if (g.h2allowed >= 0)
            req.setAttribute(QNetworkRequest::Http2AllowedAttribute, bool(g.h2allowed));
        return req;
    }

    void sendOne()
    {
        ++m_started;
        QNetworkReply *reply = m_nam->post(g.reuse ? m_proto : makeRequest(), g_body);
        auto *body = new QByteArray; // owned by the lambdas below, freed in finished
        if (!g.minimal) {
            if (!g.noReadBuf)
                reply->setReadBufferSize(64 * 1024 + 1);
            connect(reply, &QNetworkReply::readyRead, this,
                    [reply, body] { *body += reply->read(64 * 1024 - body->size()); });
        }
        QTimer *deadline = nullptr;
        if (!g.noDeadline) {
            deadline = new QTimer(reply);
            deadline->setSingleShot(true);
            connect(deadline, &QTimer::timeout, reply, [reply] { reply->abort(); });
            deadline->start(g.timeoutMs);
        }
        connect(reply, &QNetworkReply::finished, this, [this, reply, body] {
            *body += reply->readAll();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (!g.minimal) {
                int nh = 0;
                for (const auto &p : reply->rawHeaderPairs())
                    nh += p.first.size() > 0;
                (void)reply->rawHeader("Content-Length");
                (void)nh;
            }
            if (status != 200 || *body != "ok") {
                if (++m_errors <= 5)
                    fprintf(stderr, "bad reply: status %d err %d '%s' body '%s' h2=%d\n", status,
                            int(reply->error()), qPrintable(reply->errorString()),
                            body->constData(),
                            reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool());
            }
            if (m_done == 0 && g.nodelayHack)
                setNoDelayOnPeerSockets(g.url.port());
            if (m_done == 0)
                m_h2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
            delete body;
            if (!g.autodelete)
                reply->deleteLater();
            ++m_done;
            done.store(m_done, std::memory_order_relaxed);
            if (m_started < m_total)
                sendOne();
            else if (m_done == m_total && onAllDone)
                onAllDone();
        });
    }

    QNetworkAccessManager *m_nam = nullptr;
    QNetworkRequest m_proto;
    int m_total, m_inflight, m_started = 0, m_done = 0;

public:
    int m_errors = 0;
    bool m_h2 = false;
};

// Runs `count` requests using the configured topology; returns when all done.
struct RunResult
{
    double wall, cpu;
    int errors;
    bool h2;
};
static QList<QPair<QString, double>> g_t0, g_t1;
static RunResult runPhase(int count, bool measure = false)
{
    const int shards = g.qnams == 0 ? 1 : g.qnams;
    QList<Worker *> workers;
    QList<QThread *> threads;
    std::atomic<int> remaining {shards};
    QEventLoop loop;
    for (int i = 0; i < shards; ++i) {
        int share = count / shards + (i < count % shards ? 1 : 0);
        int inf = g.inflight / shards + (i < g.inflight % shards ? 1 : 0);
        auto *w = new Worker(share, qMax(1, inf));
        w->onAllDone = [&] {
            if (--remaining == 0)
                QMetaObject::invokeMethod(&loop, "quit", Qt::QueuedConnection);
        };
        workers << w;
        if (g.qnams > 0) {
            auto *t = new QThread;
            t->setObjectName(QString("qnam-worker-%1").arg(i));
            w->moveToThread(t);
            t->start();
            threads << t;
        }
    }
    if (measure)
        g_t0 = threadCpu();
    QElapsedTimer et;
    et.start();
    const double c0 = cpuSeconds();
    for (Worker *w : workers)
        QMetaObject::invokeMethod(
            w, [w] { w->start(); }, Qt::QueuedConnection);
    loop.exec();
    RunResult r {et.nsecsElapsed() / 1e9, cpuSeconds() - c0, 0, workers[0]->m_h2};
    for (Worker *w : workers)
        r.errors += w->m_errors;
    if (measure)
        g_t1 = threadCpu();
    for (int i = 0; i < workers.size(); ++i) {
        Worker *w = workers[i];
        if (g.qnams > 0) {
            QMetaObject::invokeMethod(
                w, [w] { delete w; }, Qt::BlockingQueuedConnection);
            threads[i]->quit();
            threads[i]->wait();
            delete threads[i];
        } else
            delete w;
    }
    return r;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList a = app.arguments();
    for (int i = 1; i < a.size(); ++i) {
        const QString k = a[i];
        auto next = [&] {
            return a.value(++i);
        };
        if (k == "--url")
            g.url = QUrl(next());
        else if (k == "--n")
            g.n = next().toInt();
        else if (k == "--inflight")
            g.inflight = next().toInt();
        else if (k == "--qnams")
            g.qnams = next().toInt();
        else if (k == "--warmup")
            g.warmup = next().toInt();
        else if (k == "--h2direct")
            g.h2direct = true;
        else if (k == "--h2allowed")
            g.h2allowed = next().toInt();
        else if (k == "--no-transfer-timeout")
            g.noTransferTimeout = true;
        else if (k == "--no-deadline")
            g.noDeadline = true;
        else if (k == "--reuse-request")
            g.reuse = true;
        else if (k == "--autodelete")
            g.autodelete = true;
        else if (k == "--no-readbuf")
            g.noReadBuf = true;
        else if (k == "--insecure")
            g.insecure = true;
        else if (k == "--nodelay-hack")
            g.nodelayHack = true;
        else if (k == "--minimal") {
            g.minimal = g.noDeadline = g.noTransferTimeout = true;
        } else {
            fprintf(stderr, "unknown arg %s\n", qPrintable(k));
            return 2;
        }
    }
    // ~1.2 KB JSON body
    QByteArray b = "{\"event\":\"order.created\",\"id\":\"evt_0001\",\"data\":{\"items\":[";
    int i = 0;
    while (b.size() < 1150)
        b += (i++ ? "," : "") + QByteArray("{\"sku\":\"SKU-") + QByteArray::number(100000 + i)
            + "\",\"qty\":" + QByteArray::number(i % 7 + 1) + "}";
    b += "]}}";
    g_body = b;

    if (g.warmup > 0)
        runPhase(g.warmup);
    RunResult r = runPhase(g.n, true);
    const auto t0 = g_t0, t1 = g_t1;
    printf("RESULT n=%d inflight=%d qnams=%d h2used=%d body=%lld wall=%.3fs req/s=%.0f "
           "cpu_us/req=%.1f errors=%d\n",
           g.n, g.inflight, g.qnams, int(r.h2), (long long)g_body.size(), r.wall, g.n / r.wall,
           r.cpu * 1e6 / g.n, r.errors);
    // per-thread CPU breakdown (µs/request), threads alive during the measurement
    QString br;
    for (const auto &p : t1) {
        double before = 0;
        for (const auto &q : t0)
            if (q.first == p.first)
                before = q.second;
        double us = (p.second - before) * 1e6 / g.n;
        if (us >= 1)
            br += QString(" [%1 %2]").arg(p.first).arg(us, 0, 'f', 0);
    }
    printf("THREADS%s\n", qPrintable(br));
    return r.errors ? 1 : 0;
}
