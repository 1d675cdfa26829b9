// Delivery engine benchmark: the engine in its own thread, a cpp-httplib receiver answering 200
// at once on loopback, the store on local disk. Prints medians over several runs.
//
//   bench_delivery [--messages N] [--runs R]
//
// 1. drain:   N single messages already stored, time until the receiver has them all
// 2. sustain: ingest (batches of 100) and deliver at the same time, messages/s end to end
// 3. latency: 1,000 messages/s for 10 s, one per ingest; ingest-to-arrival p50/p99
// 4. flush:   100,000 messages pending in 1,000 chats (aggregation 1h), then flush: time until
//             the 1,000 bundles have arrived
// 0. ceilings: the same receiver driven by a bare QNetworkAccessManager (6 in flight, no store)
//             and by cpp-httplib's own client (6 threads): what any engine could reach here
#include "delivery/clock.h"
#include "delivery/enginethread.h"
#include "store/attachmentstore.h"
#include "store/database.h"
#include "store/messagestore.h"
#include "store/outbox.h"
#include "store/webhookstore.h"

#include "benchsupport.h"

#include <httplib.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <vector>

using namespace hookline;
using namespace Qt::StringLiterals;

namespace {

struct Bench
{
    QTemporaryDir dir;
    SystemClock clock;
    std::unique_ptr<Database> db;
    std::unique_ptr<AttachmentStore> files;
    std::unique_ptr<MessageStore> messages;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<EngineThread> engine;
    qint64 webhookId = 0;

    Bench(const QString &url, Aggregation aggregation)
    {
        QString error;
        db = Database::open(dir.filePath(u"hookline.sqlite"_s), Database::Mode::ReadWrite, &error);
        if (!db)
            qFatal("%s", qPrintable(error));
        files = std::make_unique<AttachmentStore>(dir.filePath(u"attachments"_s));
        messages = std::make_unique<MessageStore>(*db, *files);
        outbox = std::make_unique<Outbox>(*db);
        Webhook w;
        w.url = url;
        w.aggregation = aggregation;
        w.logLimit = 100;
        webhookId = WebhookStore(*db).create(w, clock.nowMs());
    }

    void ingest(int count, int chats, int batchSize, int offset = 0)
    {
        for (int done = 0; done < count; done += batchSize) {
            QList<IngestMessage> batch;
            for (int i = done; i < std::min(count, done + batchSize); ++i) {
                IngestMessage m;
                m.account = {u"+972500000000"_s, u"Sales"_s, u"sales@example.com"_s};
                m.chat.phone = u"+1555%1"_s.arg((offset + i) % chats, 6, 10, QChar(u'0'));
                m.chat.fullName = u"Customer %1"_s.arg((offset + i) % chats);
                m.sender = {u"Customer"_s, m.chat.phone};
                m.recipient = {u"Sales"_s, m.account.phone};
                m.text = u"Hello, I would like to order item %1. Is it in stock?"_s.arg(offset + i);
                batch.append(m);
            }
            messages->ingest(batch, outbox->hook(clock.nowMs()));
        }
    }

    void startEngine()
    {
        engine = std::make_unique<EngineThread>(Engine::Options {
            dir.filePath(u"hookline.sqlite"_s), dir.filePath(u"attachments"_s), &clock});
        QSemaphore started;
        QObject::connect(
            engine->engine(), &Engine::started, engine->engine(),
            [&](bool ok, const QString &error) {
                if (!ok)
                    qFatal("%s", qPrintable(error));
                started.release();
            },
            Qt::DirectConnection);
        engine->start();
        started.acquire();
    }

    void poke() { engine->poke(); }
};

// Requests per second a bare QNetworkAccessManager reaches with 6 requests in flight.
double qnamCeiling(const QString &url, int total)
{
    QNetworkAccessManager network;
    const QByteArray body(1000, 'x');
    int started = 0;
    int done = 0;
    QEventLoop loop;
    const qint64 t0 = nowNs();
    std::function<void()> launch = [&] {
        QNetworkRequest request {QUrl(url)};
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *reply = network.post(request, body);
        ++started;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            reply->readAll();
            reply->deleteLater();
            if (++done == total)
                loop.quit();
            else if (started < total)
                launch();
        });
    };
    for (int i = 0; i < 6; ++i)
        launch();
    loop.exec();
    return total / ((nowNs() - t0) / 1e9);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {u"messages"_s, u"Messages for the drain and sustain runs."_s, u"N"_s, u"20000"_s});
    parser.addOption({u"runs"_s, u"Runs of each measurement (median reported)."_s, u"R"_s, u"3"_s});
    parser.process(app);
    const int n = parser.value(u"messages"_s).toInt();
    const int runs = parser.value(u"runs"_s).toInt();
    BenchReceiver receiver;
    std::printf("bench_delivery: %d messages, %d runs, receiver %s\n", n, runs,
                qPrintable(receiver.url()));

    {
        QList<double> qnam, plain;
        for (int r = 0; r < runs; ++r) {
            qnam.append(qnamCeiling(receiver.url(), n));
            plain.append(httplibCeiling(receiver.port(), n));
        }
        std::printf("ceiling: bare QNetworkAccessManager %.0f requests/s, cpp-httplib client "
                    "%.0f requests/s (medians)\n",
                    median(qnam), median(plain));
    }

    QList<double> drain, sustain;
    for (int r = 0; r < runs; ++r) {
        {
            Bench b(receiver.url(), Aggregation::None);
            b.ingest(n, 100, 500);
            receiver.reset(false);
            const qint64 t0 = nowNs();
            b.startEngine();
            if (!waitFor([&] { return receiver.count() >= n; }, 600000))
                qFatal("drain: only %d of %d arrived", receiver.count(), n);
            drain.append(n / ((nowNs() - t0) / 1e9));
        }
        {
            Bench b(receiver.url(), Aggregation::None);
            b.startEngine();
            receiver.reset(false);
            const qint64 t0 = nowNs();
            for (int done = 0; done < n; done += 100) {
                b.ingest(100, 100, 100, done);
                b.poke();
            }
            if (!waitFor([&] { return receiver.count() >= n; }, 600000))
                qFatal("sustain: only %d of %d arrived", receiver.count(), n);
            sustain.append(n / ((nowNs() - t0) / 1e9));
        }
    }
    std::printf("drain   (stored, then delivered): median %.0f messages/s  runs:", median(drain));
    for (double v : drain)
        std::printf(" %.0f", v);
    std::printf("\nsustain (ingest + deliver):      median %.0f messages/s  runs:",
                median(sustain));
    for (double v : sustain)
        std::printf(" %.0f", v);
    std::printf("\n");

    // Latency at 1,000 messages/s: one message per millisecond for 10 s.
    {
        Bench b(receiver.url(), Aggregation::None);
        b.startEngine();
        receiver.reset(true);
        constexpr int total = 10000;
        QHash<QString, qint64> sentAt;
        const qint64 t0 = nowNs();
        for (int i = 0; i < total; ++i) {
            const qint64 due = t0 + qint64(i) * 1000000;
            while (nowNs() < due)
                QThread::usleep(100);
            IngestMessage m;
            m.account.phone = u"+972500000000"_s;
            m.chat.phone = u"+1555%1"_s.arg(i % 50);
            m.text = u"latency probe %1"_s.arg(i);
            const qint64 before = nowNs();
            const auto stored = b.messages->ingest({m}, b.outbox->hook(b.clock.nowMs()));
            sentAt.insert(stored.constFirst().message.uid, before);
            b.poke();
        }
        if (!waitFor([&] { return receiver.count() >= total; }, 120000))
            qFatal("latency: only %d of %d arrived", receiver.count(), total);
        const double achieved = total / ((nowNs() - t0) / 1e9);
        QList<double> latencies;
        for (const auto &[at, body] : receiver.bodies()) {
            const QString uid
                = QJsonDocument::fromJson(body)[u"message"][u"message_uid"].toString();
            latencies.append((at - sentAt.value(uid)) / 1e6);
        }
        std::printf(
            "latency at %.0f messages/s (%d messages): p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
            achieved, total, percentile(latencies, 0.5), percentile(latencies, 0.99),
            percentile(latencies, 1.0));
    }

    // Flush: 100,000 pending messages in 1,000 chats.
    {
        QList<double> times;
        for (int r = 0; r < runs; ++r) {
            Bench b(receiver.url(), Aggregation::Hours1);
            b.ingest(100000, 1000, 1000);
            b.startEngine();
            receiver.reset(false);
            const qint64 t0 = nowNs();
            b.engine->flush(b.webhookId);
            if (!waitFor([&] { return receiver.count() >= 1000; }, 120000))
                qFatal("flush: only %d of 1000 bundles arrived", receiver.count());
            times.append((nowNs() - t0) / 1e9);
            QThread::msleep(300);
            if (receiver.count() != 1000)
                qFatal("flush: %d requests instead of 1000", receiver.count());
        }
        std::printf(
            "flush 100,000 messages in 1,000 chats: exactly 1000 requests, median %.2f s  runs:",
            median(times));
        for (double v : times)
            std::printf(" %.2f", v);
        std::printf("\n");
    }
    return 0;
}
