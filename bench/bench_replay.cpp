// A replay's dry run on a large workspace: how long ReplayService takes to count the messages of
// a range (the desktop's Replay… dialog asks again a quarter of a second after each edit, on the
// store thread), with the messages_by_time index of schema 13 and, in the same run, without it;
// and what the index costs an ingest (batches of 100, as the API's, each its own transaction).
//
//   bench_replay [--messages N] [--repeats R]
#include "service/replayservice.h"
#include "store/storeconnection.h"
#include "store/webhookstore.h"

#include "benchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace hookline;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"messages"_s, u"Messages stored, one a second."_s, u"N"_s, u"300000"_s});
    parser.addOption(
        {u"repeats"_s, u"Dry runs of each range (median reported)."_s, u"R"_s, u"9"_s});
    parser.addHelpOption();
    parser.process(app);
    const int total = parser.value(u"messages"_s).toInt();
    const int repeats = parser.value(u"repeats"_s).toInt();

    QTemporaryDir dir;
    QString error;
    auto store = StoreConnection::open(dir.filePath(u"hookline.sqlite"_s),
                                       dir.filePath(u"attachments"_s), &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // 2,000 chats of one account, a message a second, as the API stores them.
    constexpr qint64 firstMs = 1'700'000'000'000;
    int stored = 0;
    const auto ingest = [&](int count, int batchSize) {
        for (const int end = stored + count; stored < end;) {
            QList<IngestMessage> batch;
            for (int i = 0; i < batchSize && stored < end; ++i, ++stored) {
                IngestMessage m;
                m.account.phone = u"+14155550100"_s;
                m.chat.phone = u"+1777%1"_s.arg(stored % 2000, 5, 10, QChar(u'0'));
                m.text = u"Hello, is order %1 on its way?"_s.arg(stored);
                m.timestamp = QDateTime::fromMSecsSinceEpoch(firstMs + stored * 1000LL, Qt::UTC);
                batch << m;
            }
            store->messages->ingest(batch);
        }
    };
    const qint64 insertStart = nowNs();
    ingest(total, 1000);
    std::printf("stored %d messages in %.1f s\n", total, double(nowNs() - insertStart) / 1e9);
    Webhook w;
    w.name = u"CRM"_s;
    w.url = u"https://crm.example/hook"_s;
    const qint64 single = store->webhooks->create(w, 0);
    w.name = u"Zapier"_s;
    w.aggregation = Aggregation::Hours1;
    const qint64 bundling = store->webhooks->create(w, 0);

    const qint64 endMs = firstMs + total * 1000LL;
    // Ingests after the ranges timed, so that both see the same messages.
    const auto timeIngest = [&](const char *index) {
        QList<double> us;
        for (int i = 0; i < repeats; ++i) {
            const qint64 start = nowNs();
            ingest(2000, 100);
            us << double(nowNs() - start) / 1e3 / 2000;
        }
        std::printf("%-13s ingest, batches of 100                    median %8.2f us a message\n",
                    index, median(us));
    };
    const std::pair<const char *, qint64> ranges[] = {
        {"last 10 minutes", 600'000},
        {"last hour", 3'600'000},
        {"last 24 hours", 86'400'000},
        {"everything (refused past 100,000)", total * 1000LL},
    };
    const auto timeAll = [&](const char *index) {
        for (const auto &[what, spanMs] : ranges) {
            for (const qint64 webhookId : {single, bundling}) {
                QList<double> ms;
                int messages = 0;
                for (int i = 0; i < repeats; ++i) {
                    ReplayService::Request request;
                    request.webhookId = webhookId;
                    request.fromMs = endMs - spanMs;
                    request.toMs = endMs;
                    const qint64 start = nowNs();
                    const auto outcome = ReplayService(*store, nullptr).replay(request, endMs);
                    ms << double(nowNs() - start) / 1e6;
                    messages = outcome.ok() ? outcome.value().messages : -1;
                }
                std::printf("%-13s %-34s %-9s %7d msgs  median %8.2f ms  p90 %8.2f ms\n", index,
                            what, webhookId == single ? "single" : "bundling", messages, median(ms),
                            percentile(ms, 0.9));
            }
        }
    };
    timeAll("with index");
    timeIngest("with index");
    store->database->execDirect(u"DROP INDEX messages_by_time"_s);
    timeAll("without index");
    timeIngest("without index");
    return 0;
}
