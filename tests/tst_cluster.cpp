// Three `hookline --headless` instances on one PostgreSQL database deliver 10,000 messages
// together while one of them is killed (issue 9).
#include "support/hooklineprocess.h"
#include "support/testdatabase.h"
#include "support/testreceiver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

// What a receiver path got: per message uid, the webhook-ids it came under, and per webhook-id
// the messages it carried. Requests are read once each, as they arrive.
struct Arrivals
{
    explicit Arrivals(std::string p)
        : path(std::move(p))
    {
    }

    std::string path;
    qsizetype read = 0;
    QHash<QString, QSet<QByteArray>> idsOf;
    QHash<QByteArray, QStringList> messagesOf;
    QStringList firstArrivalOrder;
    QStringList mismatches; // a webhook-id that came back with other messages

    void update(const QList<ReceivedRequest> &requests)
    {
        for (; read < requests.size(); ++read) {
            const ReceivedRequest &r = requests.at(read);
            if (r.path != path)
                continue;
            QStringList uids;
            for (const QJsonValue &m : deliveredMessages(r))
                uids << m[u"message_id"_s].toString();
            const QByteArray webhookId = r.header("webhook-id");
            auto known = messagesOf.constFind(webhookId);
            if (known == messagesOf.cend())
                messagesOf.insert(webhookId, uids);
            else if (*known != uids)
                mismatches << QString::fromLatin1(webhookId);
            for (const QString &uid : std::as_const(uids)) {
                if (!idsOf.contains(uid))
                    firstArrivalOrder << uid;
                idsOf[uid].insert(webhookId);
            }
        }
    }
};

} // namespace

class TestCluster : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void threeInstancesShareTheWorkAndSurviveAKill();
};

void TestCluster::threeInstancesShareTheWorkAndSurviveAKill()
{
    if (!TestDatabase::postgres())
        QSKIP("needs the PostgreSQL test server (ctest runs this as tst_cluster_postgresql)");
    TestDatabase store;
    TestReceiver receiver;
    receiver.setScript([](const ReceivedRequest &, int) {
        ScriptedAnswer a;
        a.delayMs = 1;
        return a;
    });
    std::array<QTemporaryDir, 3> dirs;
    std::vector<std::unique_ptr<Hookline>> nodes;
    for (const QTemporaryDir &dir : dirs) {
        nodes.push_back(std::make_unique<Hookline>(dir.path(), store));
        QVERIFY(nodes.back()->start());
    }
    Hookline &a = *nodes[0];
    Hookline &c = *nodes[2];
    a.createWebhook({{u"url"_s, receiver.url(u"/single"_s)}});
    const qint64 bundling
        = a.createWebhook({{u"url"_s, receiver.url(u"/bundle"_s)}, {u"aggregation"_s, u"1h"_s}});
    const std::string flushPath = "/api/v1/webhooks/" + std::to_string(bundling) + "/flush";
    // Two instances flush the same webhook at the same instant: each message is bundled once.
    auto flushTogether = [&] {
        std::thread other([&] { c.post(flushPath, QJsonObject {}); });
        auto r = a.post(flushPath, QJsonObject {});
        other.join();
        QVERIFY(r);
        QCOMPARE(r->status, 200);
    };

    Arrivals single("/single");
    Arrivals bundle("/bundle");
    QHash<QString, int> sequence; // uid → position in the order it was written
    QHash<QString, QString> chatOf;
    constexpr int batches = 100;
    constexpr int perBatch = 100;
    constexpr int chats = 200;
    constexpr int total = batches * perBatch;
    bool killed = false;
    auto killB = [&] {
        nodes[1]->kill();
        killed = true;
        qInfo() << "instance B killed with" << single.idsOf.size() << "of" << total
                << "messages delivered";
    };
    QElapsedTimer timer;
    timer.start();
    for (int b = 0; b < batches; ++b) {
        QJsonArray batch;
        for (int i = 0; i < perBatch; ++i) {
            const int n = b * perBatch + i;
            batch.append(message(u"m%1"_s.arg(n), u"+1777%1"_s.arg(n % chats, 4, 10, QChar(u'0'))));
        }
        // Round robin over the instances still running.
        Hookline &node = *nodes[killed && b % 3 == 1 ? 0 : b % 3];
        auto r = node.post("/api/v1/messages", {{u"messages"_s, batch}});
        QVERIFY(r);
        QCOMPARE(r->status, 201);
        const QJsonArray stored = object(r->body)[u"messages"].toArray();
        for (int i = 0; i < stored.size(); ++i) {
            const QString uid = stored.at(i)[u"message_uid"].toString();
            sequence.insert(uid, b * perBatch + i);
            chatOf.insert(uid, batch.at(i)[u"chat"_s][u"phone"_s].toString());
        }
        if (b == 20 || b == 50 || b == 80)
            flushTogether();
        single.update(receiver.requests());
        if (!killed && single.idsOf.size() >= total * 3 / 10)
            killB();
    }
    qInfo() << "ingested" << total << "messages through three instances in" << timer.elapsed()
            << "ms";
    if (!killed) {
        QTRY_VERIFY_WITH_TIMEOUT(
            (single.update(receiver.requests()), single.idsOf.size() >= total * 3 / 10), 300000);
        killB();
    }
    // B's leases run out and A or C takes its chats over.
    QTRY_COMPARE_WITH_TIMEOUT((single.update(receiver.requests()), single.idsOf.size()), total,
                              600000);
    qInfo() << "all" << total << "single deliveries arrived after" << timer.elapsed() << "ms,"
            << receiver.count() << "requests so far";
    flushTogether();
    QTRY_COMPARE_WITH_TIMEOUT((bundle.update(receiver.requests()), bundle.idsOf.size()), total,
                              120000);

    // Every message came under exactly one webhook-id per webhook (a repeat after the kill
    // reuses it), and a bundle's webhook-id always carried the same messages.
    for (const Arrivals *arrivals : {&single, &bundle}) {
        QCOMPARE(arrivals->idsOf.size(), total);
        for (auto it = arrivals->idsOf.cbegin(); it != arrivals->idsOf.cend(); ++it) {
            QVERIFY2(sequence.contains(it.key()), qPrintable(it.key()));
            QVERIFY2(it.value().size() == 1,
                     qPrintable(it.key() + u" came under several webhook-ids at "_s
                                + QString::fromStdString(arrivals->path)));
        }
        QVERIFY2(arrivals->mismatches.isEmpty(), qPrintable(arrivals->mismatches.join(u',')));
    }
    // Each chat's messages arrived first in the order they were written.
    QHash<QString, int> lastOfChat;
    for (const QString &uid : std::as_const(single.firstArrivalOrder)) {
        const int n = sequence.value(uid);
        const QString chat = chatOf.value(uid);
        QVERIFY2(n > lastOfChat.value(chat, -1), qPrintable(chat + u": "_s + uid));
        lastOfChat.insert(chat, n);
    }
    // No bundle twice: as many bundle ids arrived as bundles were made.
    auto db = a.openStore();
    auto count = [&](const QString &sql) {
        QSqlQuery q = db->execDirect(sql);
        return q.next() ? q.value(0).toInt() : -1;
    };
    QCOMPARE(bundle.messagesOf.size(),
             count(u"SELECT count(*) FROM deliveries WHERE kind = 'bundle'"_s));
    QTRY_COMPARE_WITH_TIMEOUT(count(u"SELECT count(*) FROM deliveries WHERE state = 'pending'"_s),
                              0, 30000);
    // All three sent their share (a delivered row keeps the lease owner that sent it).
    QCOMPARE(count(u"SELECT count(DISTINCT lease_owner) FROM deliveries WHERE kind = 'single'"_s),
             3);
    qInfo() << receiver.count() << "requests for" << total << "messages on two webhooks;"
            << bundle.messagesOf.size() << "bundles";
}

QTEST_GUILESS_MAIN(TestCluster)
#include "tst_cluster.moc"
