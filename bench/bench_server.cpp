// Server benchmark: the real `hookline --headless` binary driven only over HTTP by a load
// generator (cpp-httplib client), delivering to a cpp-httplib receiver, all on loopback.
//
//   bench_server [--messages N] [--runs R] [--postgresql HOST:PORT [--instances K]]
//
// With --postgresql each run gets a new database on that server (role "hookline", trust
// authentication, as tests/postgres/cluster.sh starts one) and K instances share it; ingest goes
// through the first instance, and every instance delivers.
//
// 1. ingest:   N messages in batches of 100 from 2 client threads to a paused webhook: stored/s
// 2. deliver:  the webhook is switched on: delivered messages/s until all N have arrived
// 3. latency:  1,000 messages/s for 10 s, one message per request, ingest request to arrival
// 4. peak RSS of the hookline process (VmHWM), and the receiver-only ceiling
#include "benchsupport.h"

#include <httplib.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// A database of its own on the benchmark's PostgreSQL server, dropped at the end.
class BenchDatabase
{
public:
    explicit BenchDatabase(const QString &server)
    {
        if (server.isEmpty())
            return;
        static int counter = 0;
        m_name = u"hl_bench_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(counter++);
        m_server = server;
        admin(u"CREATE DATABASE %1"_s.arg(m_name));
    }
    ~BenchDatabase()
    {
        if (!m_name.isEmpty())
            admin(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_name));
    }
    QStringList arguments() const
    {
        if (m_name.isEmpty())
            return {};
        return {u"--database"_s,
                u"postgresql://hookline@%1/%2?gssencmode=disable"_s.arg(m_server, m_name)};
    }

private:
    void admin(const QString &sql) const
    {
        const QStringList hostPort = m_server.split(u':');
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"bench-admin"_s);
            db.setHostName(hostPort.value(0));
            db.setPort(hostPort.value(1).toInt());
            db.setUserName(u"hookline"_s);
            db.setDatabaseName(u"postgres"_s);
            if (!db.open())
                qFatal("cannot reach PostgreSQL at %s: %s", qPrintable(m_server),
                       qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            if (!query.exec(sql))
                qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        }
        QSqlDatabase::removeDatabase(u"bench-admin"_s);
    }

    QString m_server;
    QString m_name;
};

class Hookline
{
public:
    explicit Hookline(const QStringList &storeArguments = {})
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(HOOKLINE_BINARY),
                        QStringList {u"--headless"_s, u"--data-dir"_s, m_dir.path(), u"--listen"_s,
                                     u"127.0.0.1:0"_s}
                            + storeArguments);
        if (!waitFor(
                [this] {
                    QFile file(m_dir.filePath(u"server.port"_s));
                    if (file.open(QIODevice::ReadOnly))
                        m_port = file.readAll().trimmed().toInt();
                    return m_port > 0;
                },
                60000))
            qFatal("hookline did not start");
        QFile token(m_dir.filePath(u"api-token"_s));
        if (!token.open(QIODevice::ReadOnly))
            qFatal("no api-token");
        m_token = token.readAll().trimmed().toStdString();
    }
    ~Hookline()
    {
        m_process.terminate();
        m_process.waitForFinished(10000);
    }
    std::unique_ptr<httplib::Client> client() const
    {
        auto c = std::make_unique<httplib::Client>("127.0.0.1", m_port);
        c->set_keep_alive(true);
        c->set_tcp_nodelay(true);
        c->set_read_timeout(60, 0);
        c->set_default_headers({{"Authorization", "Bearer " + m_token}});
        return c;
    }
    qint64 peakRssKiB() const
    {
        QFile status(u"/proc/%1/status"_s.arg(m_process.processId()));
        if (!status.open(QIODevice::ReadOnly))
            return 0;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
        }
        return 0;
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    std::string m_token;
};

std::string json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

QJsonObject message(int i, int chats)
{
    return {{u"account"_s,
             QJsonObject {{u"phone"_s, u"+972500000000"_s}, {u"full_name"_s, u"Sales"_s}}},
            {u"chat"_s,
             QJsonObject {{u"phone"_s, u"+1555%1"_s.arg(i % chats, 6, 10, QChar(u'0'))},
                          {u"full_name"_s, u"Customer %1"_s.arg(i % chats)}}},
            {u"direction"_s, u"received"_s},
            {u"sender"_s, QJsonObject {{u"full_name"_s, u"Customer"_s}}},
            {u"text"_s, u"Hello, I would like to order item %1. Is it in stock?"_s.arg(i)}};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {u"messages"_s, u"Messages for the ingest and deliver runs."_s, u"N"_s, u"20000"_s});
    parser.addOption({u"runs"_s, u"Runs (median reported)."_s, u"R"_s, u"3"_s});
    parser.addOption({u"postgresql"_s, u"Store in PostgreSQL at HOST:PORT."_s, u"HOST:PORT"_s});
    parser.addOption(
        {u"instances"_s, u"With --postgresql: instances sharing it."_s, u"K"_s, u"1"_s});
    parser.process(app);
    const QString server = parser.value(u"postgresql"_s);
    const int instances = server.isEmpty() ? 1 : std::max(1, parser.value(u"instances"_s).toInt());
    const int n = parser.value(u"messages"_s).toInt() / 200 * 200;
    const int runs = parser.value(u"runs"_s).toInt();
    BenchReceiver receiver;
    std::printf("bench_server: %d messages, %d runs, store %s, %d instance(s)\n", n, runs,
                server.isEmpty() ? "SQLite" : qPrintable(u"PostgreSQL at "_s + server), instances);
    std::printf("receiver-only ceiling (cpp-httplib client, 6 threads): %.0f requests/s\n",
                httplibCeiling(receiver.port(), 20000));

    QList<double> ingest, deliver;
    qint64 rss = 0;
    for (int r = 0; r < runs; ++r) {
        BenchDatabase store(server);
        std::vector<std::unique_ptr<Hookline>> nodes;
        for (int i = 0; i < instances; ++i)
            nodes.push_back(std::make_unique<Hookline>(store.arguments()));
        Hookline &hookline = *nodes.front();
        auto c = hookline.client();
        auto created
            = c->Post("/api/v1/webhooks", json({{u"url"_s, receiver.url()}, {u"enabled"_s, false}}),
                      "application/json");
        if (!created || created->status != 201)
            qFatal("cannot create the webhook");
        const qint64 id
            = QJsonDocument::fromJson(QByteArray::fromStdString(created->body))[u"id"].toInteger();
        receiver.reset(false);

        const qint64 t0 = nowNs();
        std::vector<std::thread> clients;
        for (int t = 0; t < 2; ++t) {
            clients.emplace_back([&, t] {
                auto client = hookline.client();
                for (int b = t; b < n / 100; b += 2) {
                    QJsonArray batch;
                    for (int i = 0; i < 100; ++i)
                        batch.append(message(b * 100 + i, 1000));
                    auto res = client->Post("/api/v1/messages", json({{u"messages"_s, batch}}),
                                            "application/json");
                    if (!res || res->status != 201)
                        qFatal("ingest failed: %s", res ? res->body.c_str() : "no response");
                }
            });
        }
        for (std::thread &t : clients)
            t.join();
        ingest.append(n / ((nowNs() - t0) / 1e9));

        const qint64 t1 = nowNs();
        c->Put("/api/v1/webhooks/" + std::to_string(id), json({{u"enabled"_s, true}}),
               "application/json");
        if (!waitFor([&] { return receiver.count() >= n; }, 600000))
            qFatal("only %d of %d delivered", receiver.count(), n);
        deliver.append(n / ((nowNs() - t1) / 1e9));
        rss = std::max(rss, hookline.peakRssKiB());
    }
    auto print = [](const char *what, const QList<double> &values) {
        std::printf("%s: median %.0f messages/s  runs:", what, median(values));
        for (double v : values)
            std::printf(" %.0f", v);
        std::printf("\n");
    };
    print("ingest, batches of 100 (stored)", ingest);
    print("delivered, aggregation none", deliver);

    {
        BenchDatabase store(server);
        Hookline hookline(store.arguments());
        auto c = hookline.client();
        c->Post("/api/v1/webhooks", json({{u"url"_s, receiver.url()}}), "application/json");
        receiver.reset(true);
        constexpr int total = 10000;
        QHash<QString, qint64> sentAt;
        const qint64 t0 = nowNs();
        for (int i = 0; i < total; ++i) {
            while (nowNs() < t0 + qint64(i) * 1000000)
                QThread::usleep(100);
            const qint64 before = nowNs();
            auto res = c->Post("/api/v1/messages", json(message(i, 50)), "application/json");
            if (!res || res->status != 201)
                qFatal("latency ingest failed");
            sentAt.insert(
                QJsonDocument::fromJson(QByteArray::fromStdString(res->body))[u"message_uid"]
                    .toString(),
                before);
        }
        const double achieved = total / ((nowNs() - t0) / 1e9);
        if (!waitFor([&] { return receiver.count() >= total; }, 120000))
            qFatal("latency: only %d of %d arrived", receiver.count(), total);
        QList<double> latencies;
        for (const auto &[at, body] : receiver.bodies()) {
            const QString uid
                = QJsonDocument::fromJson(body)[u"message"][u"message_uid"].toString();
            latencies.append((at - sentAt.value(uid)) / 1e6);
        }
        std::printf("latency at %.0f messages/s: p50 %.2f ms, p99 %.2f ms, max %.2f ms\n", achieved,
                    percentile(latencies, 0.5), percentile(latencies, 0.99),
                    percentile(latencies, 1.0));
        rss = std::max(rss, hookline.peakRssKiB());
    }
    std::printf("peak RSS of hookline: %.1f MiB\n", rss / 1024.0);
    return 0;
}
