// The Deliveries page's queries on a large detailed log: how long one lazily fetched page of 200
// rows and the count behind the "N attempts" label take with 100,000 stored attempts. Each runs in
// the desktop's store thread, never the GUI thread; these figures are the wait between scrolling
// to the end of the table (or typing a search) and the rows appearing.
//
//   bench_deliveries [--attempts N] [--repeats R]
#include "store/attemptlog.h"
#include "store/storeconnection.h"
#include "store/transaction.h"
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
    parser.addOption({u"attempts"_s, u"Attempts stored."_s, u"N"_s, u"100000"_s});
    parser.addOption(
        {u"repeats"_s, u"Repeats of each query (median reported)."_s, u"R"_s, u"30"_s});
    parser.addHelpOption();
    parser.process(app);
    const int total = parser.value(u"attempts"_s).toInt();
    const int repeats = parser.value(u"repeats"_s).toInt();

    QTemporaryDir dir;
    QString error;
    auto store = StoreConnection::open(dir.filePath(u"hookline.sqlite"_s),
                                       dir.filePath(u"attachments"_s), &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    IngestMessage m;
    m.account.phone = u"+14155550100"_s;
    m.chat.phone = u"+919800000001"_s;
    m.chat.fullName = u"Asha"_s;
    m.text = u"hello"_s;
    const qint64 chatId = store->messages->ingest({m}).constFirst().message.chatId;
    QList<qint64> webhooks;
    for (int i = 0; i < 4; ++i) {
        Webhook w;
        w.name = u"CRM %1"_s.arg(i);
        w.url = u"https://crm.example/hook/%1"_s.arg(i);
        w.logLimit = total;
        webhooks << store->webhooks->create(w, 0);
    }

    // A realistic row: headers, a ~1 KB JSON body, one failure in ten.
    const QByteArray body = QByteArray(R"({"message":{"text":")") + QByteArray(900, 'x') + "\"}}";
    const qint64 insertStart = nowNs();
    {
        Transaction transaction(*store->database);
        for (int i = 0; i < total; ++i) {
            AttemptRecord r;
            r.webhookId = webhooks.at(i % webhooks.size());
            r.webhookMessageId = u"msg_%1"_s.arg(i);
            r.chatId = chatId;
            r.started = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + i * 1000LL, Qt::UTC);
            r.durationMs = 5 + i % 200;
            r.url = u"https://crm.example/hook/%1"_s.arg(i % webhooks.size());
            r.requestHeaders = {{"Content-Type", "application/json"}, {"webhook-id", "msg"}};
            r.requestBody = body;
            r.success = i % 10 != 0;
            r.responseStatus = r.success ? 200 : 500;
            r.error = r.success ? QString() : u"HTTP 500 Internal Server Error"_s;
            store->attempts->add(r);
        }
        transaction.commit();
    }
    std::printf("stored %d attempts in %.1f s\n", total, double(nowNs() - insertStart) / 1e9);

    const auto time = [&](const char *what, const std::function<void()> &query) {
        QList<double> ms;
        for (int i = 0; i < repeats; ++i) {
            const qint64 start = nowNs();
            query();
            ms << double(nowNs() - start) / 1e6;
        }
        std::printf("%-46s median %7.2f ms  p90 %7.2f ms\n", what, median(ms), percentile(ms, 0.9));
    };
    AttemptFilter all;
    AttemptFilter failed;
    failed.outcome = AttemptFilter::Outcome::Failed;
    AttemptFilter oneWebhook;
    oneWebhook.webhookId = webhooks.at(1);
    AttemptFilter search;
    search.search = u"msg_99999"_s;
    const qint64 middle = total / 2;

    time("first page, no filter", [&] { store->attempts->page(all, 0, 200); });
    time("page in the middle (keyset)", [&] { store->attempts->page(all, middle, 200); });
    time("first page, failed only", [&] { store->attempts->page(failed, 0, 200); });
    time("first page, one webhook", [&] { store->attempts->page(oneWebhook, 0, 200); });
    time("first page, search (full scan)", [&] { store->attempts->page(search, 0, 200); });
    time("count, no filter", [&] { store->attempts->count(all); });
    time("count, failed only", [&] { store->attempts->count(failed); });
    time("count, search (full scan)", [&] { store->attempts->count(search); });
    time("one attempt in full (detail pane)", [&] { store->attempts->attempt(middle); });
    return 0;
}
