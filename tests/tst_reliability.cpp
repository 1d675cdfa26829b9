// Hookline against a receiver that misbehaves on purpose (support/faultreceiver): every kind of
// fault is named in the detailed log, counted by the consecutive-error rule and survived without
// losing or duplicating a message; and a soak of 20,000 messages through a receiver that fails
// 30 % of the time at random ends with everything delivered and a log that matches what the
// receiver saw, request for request.
#include "delivery/autodisablerule.h"
#include "delivery/engine.h"
#include "store/activitylog.h"
#include "store/attemptlog.h"
#include "store/database.h"
#include "store/messagestore.h"
#include "store/outbox.h"
#include "store/webhookstore.h"
#include "support/faultreceiver.h"
#include "support/testworkspace.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <limits>
#include <numeric>

using namespace hookline;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Fault)

namespace {

// What a request carried, from its headers and JSON body.
struct Sent
{
    QString webhookId;
    QString uid;
    qint64 chatId = 0;
};

Sent sentBy(const FaultExchange &e)
{
    const QJsonObject body = QJsonDocument::fromJson(QByteArray::fromStdString(e.body)).object();
    return {QString::fromLatin1(e.header("webhook-id")),
            body[u"message"][u"message_uid"].toString(),
            body[u"chat"][u"chat_id"].toString().toLongLong()};
}

QList<AttemptRecord> loggedAttempts(Workspace &ws, qint64 webhookId)
{
    return AttemptLog(*ws.db).recent(webhookId, std::numeric_limits<int>::max());
}

// Whether Hookline's record of an attempt says what the receiver did; `why` tells otherwise.
bool recordMatches(const AttemptRecord &a, const FaultExchange &e, QString *why)
{
    bool ok = false;
    switch (e.fault.kind) {
    case Fault::Kind::Status:
    case Fault::Kind::HugeBody:
        ok = a.responseStatus == e.fault.status
            && (e.fault.status >= 200 && e.fault.status < 300
                    ? a.success
                    : !a.success && a.error.startsWith(u"HTTP %1"_s.arg(e.fault.status)));
        break;
    case Fault::Kind::Delay:
        ok = !a.success && a.error.startsWith(u"timeout"_s);
        break;
    case Fault::Kind::ResetMidResponse:
        ok = !a.success && a.error.contains(u"broke off"_s);
        break;
    case Fault::Kind::RedirectLoop:
        ok = !a.success && a.error.startsWith(u"redirect %1"_s.arg(e.fault.status));
        break;
    case Fault::Kind::TlsHandshakeFailure:
        ok = !a.success && a.error.startsWith(u"TLS handshake failed"_s);
        break;
    }
    if (!ok)
        *why = u"request %1 answered \"%2\" but logged as status %3, error \"%4\""_s.arg(
            QString::number(e.index), e.fault.name(), QString::number(a.responseStatus), a.error);
    return ok;
}

IngestMessage chatMessage(const QString &peer, const QString &text, const QDateTime &time)
{
    IngestMessage m;
    m.account = {u"+972500000000"_s, u"Sales"_s, u"sales@example.com"_s};
    m.chat.phone = peer;
    m.chat.fullName = u"Customer "_s + peer;
    m.timestamp = time;
    m.sender = {u"Customer"_s, peer};
    m.recipient = {u"Sales"_s, u"+972500000000"_s};
    m.text = text;
    return m;
}

QString peer(int chat)
{
    return u"+9198%1"_s.arg(chat, 8, 10, QChar(u'0'));
}

// Backoff of an hour (±20 % jitter) in the fault tests: time moves only when the test says.
constexpr qint64 pastBackoffMs = 4400 * 1000;

} // namespace

class TestReliability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void faultIsNamedCountedAndSurvived_data();
    void faultIsNamedCountedAndSurvived();
    void bodyCutShortIsNeverASuccess();
    void tlsHandshakeFailureIsNamed();
    void receiverDownThenBackOnTheSamePort();
    void soak();
};

void TestReliability::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReliability::faultIsNamedCountedAndSurvived_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QString>("expectedError"); // {url}: the receiver's URL
    QTest::addColumn<Fault>("healed");
    // Requests the receiver may see per attempt. Qt 6.4 sends a POST again by itself (up to
    // twice) when the connection closes before the response head is complete, with the same
    // headers: the receiver sees the same webhook-id again, as on any retry.
    QTest::addColumn<int>("requestsPerAttempt");
    const Fault ok = Fault::answer(200);
    QTest::newRow("HTTP 500") << Fault::answer(500) << u"HTTP 500 Internal Server Error"_s << ok
                              << 1;
    QTest::newRow("HTTP 503") << Fault::answer(503) << u"HTTP 503 Service Unavailable"_s << ok << 1;
    QTest::newRow("HTTP 429") << Fault::answer(429) << u"HTTP 429 Too Many Requests"_s << ok << 1;
    QTest::newRow("delay past the timeout")
        << Fault::delay(1500) << u"timeout: no complete response within 300 ms"_s << ok << 1;
    QTest::newRow("reset in the head")
        << Fault::resetMidResponse(true) << u"connection closed by the receiver"_s << ok << 3;
    QTest::newRow("reset in the body")
        << Fault::resetMidResponse(false) << u"HTTP 200 but the response broke off"_s << ok << 1;
    // A gigabyte costs 64 KiB: the failure is read and named, then the success is capped too.
    QTest::newRow("1 GiB body") << Fault::hugeBody(500) << u"HTTP 500 Internal Server Error"_s
                                << Fault::hugeBody(200) << 1;
    QTest::newRow("endless redirect chain")
        << Fault::redirectLoop()
        << u"redirect 302 to {url} (redirects are not followed; update the webhook URL)"_s << ok
        << 1;
}

void TestReliability::faultIsNamedCountedAndSurvived()
{
    QFETCH(Fault, fault);
    QFETCH(QString, expectedError);
    QFETCH(Fault, healed);
    QFETCH(int, requestsPerAttempt);
#ifdef __SANITIZE_ADDRESS__
    // Under ASan the in-process receiver streams a gigabyte faster than the instrumented engine
    // thread hears of the response head, so the 64 KiB cap is not reached before the deadline
    // (docs/RELIABILITY.md). tst_delivery's 1 GiB 200 still runs here; this row runs in the
    // Debug tree.
    if (fault.kind == Fault::Kind::HugeBody)
        QSKIP("the 1 GiB error body runs without sanitizers only");
#endif
    FaultReceiver receiver;
    receiver.answerAll(fault);
    Workspace ws;
    const qint64 id = ws.addWebhook(receiver.url(), Aggregation::None, {3600});
    if (fault.kind == Fault::Kind::Delay)
        ws.db->execDirect(u"UPDATE webhooks SET timeout_ms = 300 WHERE id = %1"_s.arg(id));

    QVERIFY(ws.startEngine());
    QSignalSpy attempts(ws.engine.get(), &Engine::attemptFinished);
    const QString first = ws.ingest(u"first"_s).message.uid;
    const QString second = ws.ingest(u"second"_s).message.uid;

    // Two failed attempts, an hour apart: each named, each counted, the chat's order kept.
    for (int n = 1; n <= 2; ++n) {
        if (n > 1)
            ws.clock.advanceMs(pastBackoffMs);
        QTRY_COMPARE_WITH_TIMEOUT(attempts.size(), n, 10000);
        const auto record = attempts.last().at(0).value<AttemptRecord>();
        QVERIFY(!record.success);
        QVERIFY2(record.error.contains(QString(expectedError).replace(u"{url}"_s, receiver.url())),
                 qPrintable(record.error));
        QCOMPARE(ws.webhook(id).consecutiveErrors, n);
        QCOMPARE(ws.outbox->pendingMessageCount(id), 2);
        QCOMPARE(ws.count(u"SELECT max(attempts) FROM deliveries WHERE state = 'pending'"_s), n);
        // One request per attempt (a redirect is not followed), Qt's own re-sends aside.
        QVERIFY2(receiver.count() >= n && receiver.count() <= n * requestsPerAttempt,
                 qPrintable(QString::number(receiver.count())));
    }
    QCOMPARE(ActivityLog(*ws.db).recent(id).constFirst().text.left(17), u"failed (2 in a ro"_s);

    receiver.answerAll(healed);
    ws.clock.advanceMs(pastBackoffMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        ws.count(u"SELECT count(*) FROM deliveries WHERE state = 'delivered'"_s), 2, 10000);
    QCOMPARE(ws.outbox->pendingMessageCount(id), 0);
    QCOMPARE(ws.webhook(id).consecutiveErrors, 0);

    // The receiver saw "first" three times under one webhook-id, then "second"; the detailed
    // log has one row per request, in the same order, saying what the receiver did.
    const QList<FaultExchange> seen = receiver.exchanges();
    const QList<AttemptRecord> logged = loggedAttempts(ws, id);
    QCOMPARE(logged.size(), 4);
    if (requestsPerAttempt > 1) {
        // Qt re-sent some requests: every copy of "first" carries its one webhook-id.
        QVERIFY(seen.size() >= 4 && seen.size() <= 2 * requestsPerAttempt + 2);
        QCOMPARE(sentBy(seen.constLast()).uid, second);
        for (qsizetype i = 0; i + 1 < seen.size(); ++i) {
            QCOMPARE(sentBy(seen.at(i)).uid, first);
            QCOMPARE(sentBy(seen.at(i)).webhookId, logged.at(0).webhookMessageId);
        }
        return;
    }
    QCOMPARE(seen.size(), 4);
    const QString webhookId = sentBy(seen.at(0)).webhookId;
    for (int i = 0; i < 4; ++i) {
        const Sent sent = sentBy(seen.at(i));
        QCOMPARE(sent.uid, i < 3 ? first : second);
        QCOMPARE(sent.webhookId == webhookId, i < 3);
        QCOMPARE(logged.at(i).webhookMessageId, sent.webhookId);
        QString why;
        QVERIFY2(recordMatches(logged.at(i), seen.at(i), &why), qPrintable(why));
    }
    if (fault.kind == Fault::Kind::Delay)
        QVERIFY(seen.at(0).clientGaveUp);
    if (fault.kind == Fault::Kind::HugeBody) {
        // The engine is done with an attempt once it has read 64 KiB; the receiver learns that
        // the client went away only at its next write.
        const auto allFinished = [&receiver] {
            const auto exchanges = receiver.exchanges();
            return std::all_of(exchanges.cbegin(), exchanges.cend(),
                               [](const FaultExchange &e) { return e.finished; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allFinished(), 30000);
        const QList<FaultExchange> done = receiver.exchanges();
        qInfo("1 GiB bodies: the receiver wrote %s bytes before the client went away",
              qPrintable(std::accumulate(done.cbegin(), done.cend(), QStringList(),
                                         [](QStringList list, const FaultExchange &e) {
                                             list << QString::number(e.bodyBytesSent);
                                             return list;
                                         })
                             .join(u", "_s)));
        for (const FaultExchange &e : done) {
            QVERIFY2(
                e.clientGaveUp,
                qPrintable(u"request %1 (%2): all %3 body bytes taken; logged: %4"_s.arg(e.index)
                               .arg(e.fault.name())
                               .arg(e.bodyBytesSent)
                               .arg(logged.value(e.index).error)));
            // Qt's HTTP thread reads ahead while the engine thread waits for the CPU: a few MB
            // on a quiet machine, up to ~95 MB seen beside a build (docs/RELIABILITY.md).
            QVERIFY2(e.bodyBytesSent < fault.hugeBytes / 4,
                     qPrintable(QString::number(e.bodyBytesSent)));
        }
        for (const AttemptRecord &a : logged) {
            QVERIFY(a.responseTruncated);
            QCOMPARE(a.responseBody.size(), AttemptRecord::maxResponseBody);
        }
    }
}

void TestReliability::bodyCutShortIsNeverASuccess()
{
    // A 200 whose body breaks off (Content-Length 4096, 100 bytes, then a reset) is an error
    // every time, not only when Qt happens to report the reset before the end of the stream.
    FaultReceiver receiver;
    receiver.answerFirst(10, Fault::resetMidResponse(false));
    Workspace ws;
    const qint64 id = ws.addWebhook(receiver.url(), Aggregation::None, {0});
    QVERIFY(ws.startEngine());
    ws.ingest(u"cut short"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        ws.count(u"SELECT count(*) FROM deliveries WHERE state = 'delivered'"_s), 1, 10000);
    const QList<AttemptRecord> logged = loggedAttempts(ws, id);
    QStringList outcomes;
    for (const AttemptRecord &a : logged)
        outcomes << (a.success ? u"success (%1 of 4096 bytes)"_s.arg(a.responseBody.size())
                               : a.error);
    QVERIFY2(logged.size() == 11, qPrintable(outcomes.join(u"\n"_s)));
    for (int i = 0; i < 10; ++i)
        QVERIFY2(outcomes.at(i).startsWith(u"HTTP 200 but the response broke off"_s),
                 qPrintable(outcomes.at(i)));
    QCOMPARE(receiver.count(), 11);
}

void TestReliability::tlsHandshakeFailureIsNamed()
{
    // The receiver speaks no TLS: an https:// URL meets a fatal handshake_failure alert.
    FaultReceiver receiver;
    Workspace ws;
    const qint64 id = ws.addWebhook(receiver.tlsUrl(), Aggregation::None, {3600});
    QVERIFY(ws.startEngine());
    QSignalSpy attempts(ws.engine.get(), &Engine::attemptFinished);
    const QString uid = ws.ingest(u"over TLS"_s).message.uid;
    for (int n = 1; n <= 2; ++n) {
        if (n > 1)
            ws.clock.advanceMs(pastBackoffMs);
        QTRY_COMPARE_WITH_TIMEOUT(attempts.size(), n, 10000);
        const auto record = attempts.last().at(0).value<AttemptRecord>();
        QVERIFY(!record.success);
        QCOMPARE(record.responseStatus, 0);
        QVERIFY2(record.error.startsWith(u"TLS handshake failed: "_s), qPrintable(record.error));
        QCOMPARE(ws.webhook(id).consecutiveErrors, n);
        QCOMPARE(ws.outbox->pendingMessageCount(id), 1);
    }
    // One handshake per attempt, and no HTTP request ever left in clear text.
    QList<FaultExchange> seen = receiver.exchanges();
    QCOMPARE(seen.size(), 2);
    for (const FaultExchange &e : seen) {
        QVERIFY(e.tlsClientHello);
        QVERIFY(e.method.empty());
    }

    // The owner points the webhook at the receiver's plain URL: the same delivery goes out under
    // the webhook-id both failed attempts carried.
    Webhook w = ws.webhook(id);
    w.url = receiver.url();
    ws.webhooks->update(w, ws.clock.nowMs());
    ws.engine->reload(id);
    ws.clock.advanceMs(pastBackoffMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        ws.count(u"SELECT count(*) FROM deliveries WHERE state = 'delivered'"_s), 1, 10000);
    seen = receiver.exchanges();
    QCOMPARE(seen.size(), 3);
    const QList<AttemptRecord> logged = loggedAttempts(ws, id);
    QCOMPARE(logged.size(), 3);
    QCOMPARE(sentBy(seen.at(2)).uid, uid);
    for (const AttemptRecord &a : logged)
        QCOMPARE(a.webhookMessageId, sentBy(seen.at(2)).webhookId);
    QCOMPARE(ws.webhook(id).consecutiveErrors, 0);
}

void TestReliability::receiverDownThenBackOnTheSamePort()
{
    FaultReceiver receiver;
    Workspace ws;
    const qint64 id = ws.addWebhook(receiver.url(), Aggregation::None, {60});
    QVERIFY(ws.startEngine());
    QSignalSpy attempts(ws.engine.get(), &Engine::attemptFinished);
    QSignalSpy disabled(ws.engine.get(), &Engine::autoDisabled);
    constexpr int chats = 3;
    QHash<qint64, QStringList> sentOrder; // chat → message uids in the order ingested
    int ingested = 0;
    const auto ingestRound = [&](int perChat) {
        for (int i = 0; i < perChat; ++i) {
            for (int c = 0; c < chats; ++c) {
                const auto stored = ws.ingest(u"message %1"_s.arg(ingested++), peer(c));
                sentOrder[stored.message.chatId].append(stored.message.uid);
            }
        }
    };
    const auto delivered = [&] {
        return ws.count(u"SELECT count(*) FROM deliveries WHERE state = 'delivered'"_s);
    };
    ingestRound(2);
    QTRY_COMPARE_WITH_TIMEOUT(delivered(), 6, 10000);

    // Down for three rounds of attempts: one per waiting chat each round, nine errors in a row,
    // below the rule's limit. Messages keep arriving meanwhile.
    const int port = receiver.port();
    receiver.down();
    QVERIFY(!receiver.isUp());
    ingestRound(5);
    for (int round = 1; round <= 3; ++round) {
        if (round > 1)
            ws.clock.advanceMs(75 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(attempts.size(), 6 + round * chats, 10000);
        QTRY_COMPARE(ws.webhook(id).consecutiveErrors, round * chats);
    }
    for (const QVariantList &signal : attempts.mid(6)) {
        const auto record = signal.at(0).value<AttemptRecord>();
        QCOMPARE(record.error, u"connection refused"_s);
    }
    QCOMPARE(disabled.size(), 0);
    QCOMPARE(ws.outbox->pendingMessageCount(id), chats * 5);

    QVERIFY(receiver.up());
    QCOMPARE(receiver.port(), port);
    ws.clock.advanceMs(75 * 1000);
    QTRY_COMPARE_WITH_TIMEOUT(delivered(), chats * 7, 10000);
    QCOMPARE(ws.webhook(id).consecutiveErrors, 0);

    // Down long enough for the rule: the 11th consecutive error disables the webhook. Back up,
    // the owner re-enables it and the backlog goes out.
    const int before = int(attempts.size());
    receiver.down();
    ingestRound(3);
    for (int round = 1; disabled.isEmpty(); ++round) {
        QVERIFY(round <= 4);
        if (round > 1)
            ws.clock.advanceMs(75 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(attempts.size(), before + round * chats, 10000);
    }
    const Webhook off = ws.webhook(id);
    QVERIFY(!off.enabled);
    QVERIFY2(
        off.disabledReason.contains(u"after 11 consecutive errors; last: connection refused"_s),
        qPrintable(off.disabledReason));
    QVERIFY(receiver.up());
    QCOMPARE(receiver.port(), port);
    ws.clock.advanceMs(75 * 1000);
    QTest::qWait(100);
    QCOMPARE(delivered(), chats * 7); // disabled: nothing goes out by itself
    ws.webhooks->setEnabled(id, true, Backlog::Deliver, ws.clock.nowMs());
    ws.engine->reload(id);
    QTRY_COMPARE_WITH_TIMEOUT(delivered(), chats * 10, 10000);
    QCOMPARE(ws.outbox->pendingMessageCount(id), 0);

    // Per chat, the receiver took the messages in the order they were written, each once.
    QHash<qint64, QStringList> receivedOrder;
    for (const FaultExchange &e : receiver.exchanges()) {
        QVERIFY(e.fault.accepted());
        const Sent sent = sentBy(e);
        receivedOrder[sent.chatId].append(sent.uid);
    }
    QCOMPARE(receivedOrder, sentOrder);
    // Every attempt is in the log: 30 deliveries and the 9 + 12 refused connections.
    QCOMPARE(loggedAttempts(ws, id).size(), chats * 10 + 9 + 12);
}

void TestReliability::soak()
{
    constexpr int messages = 20000;
    constexpr int chats = 200;
    constexpr double failure = 0.3;
    constexpr int timeoutMs = 400;
    constexpr qint64 forcedFrom = 10000; // requests [forcedFrom, +16) fail: the rule must act
    constexpr int forced = 16;
    const quint64 seed = qEnvironmentVariableIsSet("HOOKLINE_SOAK_SEED")
        ? qEnvironmentVariable("HOOKLINE_SOAK_SEED").toULongLong()
        : QRandomGenerator::global()->generate64();
    qInfo("soak seed %llu (replay with HOOKLINE_SOAK_SEED=%llu)", seed, seed);

    FaultReceiver receiver;
    // The fast faults: a timeout holds a request slot for timeoutMs, so it stays rare.
    const FaultReceiver::Script random
        = FaultReceiver::random(failure, seed,
                                {{Fault::answer(500), 0.32},
                                 {Fault::answer(503), 0.32},
                                 {Fault::resetMidResponse(false), 0.32},
                                 {Fault::delay(timeoutMs * 5), 0.04}});
    receiver.setScript([random](const FaultExchange &request) {
        if (request.index >= forcedFrom && request.index < forcedFrom + forced)
            return Fault::answer(503);
        return random(request);
    });
    Workspace ws;
    const qint64 id = ws.addWebhook(receiver.url(), Aggregation::None, {0});
    // Keep every attempt in the detailed log so it can be checked against the receiver.
    ws.db->execDirect(
        u"UPDATE webhooks SET timeout_ms = %1, log_limit = 1000000 WHERE id = %2"_s.arg(timeoutMs)
            .arg(id));
    QVERIFY(ws.startEngine());

    int successes = 0;
    bool disabledPending = false;
    bool idleSinceDisabled = false;
    QList<qint64> reenabledAfter; // the last attempt id before each re-enable
    QStringList disableReasons;
    connect(ws.engine.get(), &Engine::attemptFinished, this,
            [&](const AttemptRecord &r) { successes += r.success ? 1 : 0; });
    connect(ws.engine.get(), &Engine::autoDisabled, this, [&](qint64, const QString &reason) {
        disableReasons.append(reason);
        disabledPending = true;
        idleSinceDisabled = false;
    });
    connect(ws.engine.get(), &Engine::idle, this, [&] { idleSinceDisabled = disabledPending; });

    QHash<qint64, QStringList> sentOrder; // chat → uids in the order ingested
    QSet<QString> allUids;
    int ingested = 0;
    QElapsedTimer timer;
    timer.start();
    // No speed is asked of a shared machine, only progress: a minute without one delivery is a
    // stall (CTest's timeout bounds the whole).
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    int lastSuccesses = 0;
    while (successes < messages) {
        if (successes != lastSuccesses) {
            lastSuccesses = successes;
            sinceProgress.restart();
        }
        if (sinceProgress.elapsed() > 60 * 1000)
            QFAIL(qPrintable(
                u"soak stalled: %1 of %2 delivered, none in the last minute"_s.arg(successes).arg(
                    messages)));
        // Ingest in batches of 100 while delivering, with at most ~2,000 messages waiting.
        if (ingested < messages && ingested - successes < 2000) {
            QList<IngestMessage> batch;
            for (int i = 0; i < 100; ++i, ++ingested)
                batch.append(chatMessage(peer(ingested % chats), u"message %1"_s.arg(ingested),
                                         ws.clock.now()));
            for (const auto &stored :
                 ws.messages->ingest(batch, ws.outbox->hook(ws.clock.nowMs()))) {
                sentOrder[stored.message.chatId].append(stored.message.uid);
                allUids.insert(stored.message.uid);
            }
            ws.engine->poke();
        }
        // Auto-disabled: once the last results are stored, check and re-enable, as an owner
        // would after fixing the receiver.
        if (disabledPending && idleSinceDisabled) {
            reenabledAfter.append(ws.count(u"SELECT max(id) FROM attempts"_s));
            ws.webhooks->setEnabled(id, true, Backlog::Deliver, ws.clock.nowMs());
            ws.engine->reload(id);
            disabledPending = false;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    QTRY_COMPARE_WITH_TIMEOUT(
        ws.count(u"SELECT count(*) FROM deliveries WHERE state = 'delivered'"_s), messages, 10000);
    const double seconds = timer.elapsed() / 1000.0;
    QCOMPARE(ws.count(u"SELECT count(*) FROM deliveries WHERE state <> 'delivered'"_s), 0);

    const QList<FaultExchange> seen = receiver.exchanges();
    const QList<AttemptRecord> logged = loggedAttempts(ws, id);
    QMap<QString, int> byKind;
    for (const FaultExchange &e : seen)
        ++byKind[e.fault.kind == Fault::Kind::Delay ? u"timeout"_s : e.fault.name()];
    QStringList kinds;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        kinds << u"%1: %2"_s.arg(it.key()).arg(it.value());
    qInfo("soak: %d messages in %d chats, %lld requests (%s), %d auto-disable(s), %.1f s, "
          "seed %llu",
          messages, chats, qint64(seen.size()), qPrintable(kinds.join(u", "_s)),
          int(disableReasons.size()), seconds, seed);

    // The receiver: every message arrived, each under one webhook-id of its own.
    QHash<QString, QString> webhookIdOf; // uid → webhook-id
    QHash<QString, QString> uidOf; // webhook-id → uid
    for (const FaultExchange &e : seen) {
        const Sent sent = sentBy(e);
        QVERIFY(!sent.uid.isEmpty());
        QCOMPARE(webhookIdOf.value(sent.uid, sent.webhookId), sent.webhookId);
        QCOMPARE(uidOf.value(sent.webhookId, sent.uid), sent.uid);
        webhookIdOf.insert(sent.uid, sent.webhookId);
        uidOf.insert(sent.webhookId, sent.uid);
    }
    QCOMPARE(webhookIdOf.size(), messages);
    QCOMPARE(QSet<QString>(webhookIdOf.keyBegin(), webhookIdOf.keyEnd()), allUids);

    // The consecutive-error rule, replayed over the log in the order the engine counted:
    // a disable exactly when a run of errors reaches 11, and none otherwise.
    int run = 0;
    int runsOfEleven = 0;
    int pastEleventh = 0; // attempts finishing after an 11th error: only those already in flight
    for (const AttemptRecord &a : logged) {
        run = a.success ? 0 : run + 1;
        if (pastEleventh > 0) {
            ++pastEleventh;
            QVERIFY2(pastEleventh <= 6, "an attempt started after the webhook was disabled");
        } else if (AutoDisableRule::disables(run)) {
            ++runsOfEleven;
            pastEleventh = 1;
        }
        if (reenabledAfter.contains(a.id)) {
            run = 0;
            pastEleventh = 0;
        }
    }
    QCOMPARE(runsOfEleven, int(disableReasons.size()));
    QVERIFY(runsOfEleven >= 1); // the forced run of 16 failures
    for (const QString &reason : std::as_const(disableReasons))
        QVERIFY2(reason.startsWith(u"disabled automatically after 11 consecutive errors"_s),
                 qPrintable(reason));
    const Webhook w = ws.webhook(id);
    QVERIFY(w.enabled);
    QCOMPARE(w.consecutiveErrors, 0);

    // The detailed log: one row per request, the k-th attempt of a webhook-id matching the k-th
    // request the receiver saw with it, and exactly one success per message.
    QHash<QString, QList<int>> requestsOf; // webhook-id → indexes into `seen`, in arrival order
    for (int i = 0; i < seen.size(); ++i)
        requestsOf[sentBy(seen.at(i)).webhookId].append(i);
    QHash<QString, int> matched;
    QSet<int> confirmed; // requests the receiver accepted and the engine logged as a success
    QMap<QString, int> neverSeen; // error → attempts logged without a request at the receiver
    QStringList mismatches;
    int loggedSuccesses = 0;
    // Qt 6.4 sometimes sends the next request on the connection the receiver has just reset
    // and reports "connection closed by the receiver" although no byte arrived. Such an attempt
    // is a failure like any other (retried under its webhook-id) and has no request to match.
    int staleConnection = 0;
    int late = 0;
    // A timeout may also end an attempt whose request never reached the receiver (on a loaded
    // machine the deadline can pass while the request still waits for a connection). Which
    // timeouts did reach it follows from the counts: every later attempt of the same webhook-id
    // that got an answer or a reset had its request, and the receiver's surplus over those
    // belongs to the earliest timeouts.
    auto timedOut = [](const AttemptRecord &a) {
        return !a.success && a.error.startsWith(u"timeout"_s);
    };
    auto stale = [](const AttemptRecord &a) {
        return !a.success && a.responseStatus == 0
            && a.error.startsWith(u"connection closed by the receiver"_s);
    };
    QHash<QString, int> answeredLeft; // webhook-id → attempts to come that reached the receiver
    for (const AttemptRecord &a : logged) {
        if (!timedOut(a) && !stale(a))
            ++answeredLeft[a.webhookMessageId];
    }
    int unsent = 0;
    for (const AttemptRecord &a : logged) {
        if (!timedOut(a) && !stale(a))
            --answeredLeft[a.webhookMessageId];
        const QList<int> requests = requestsOf.value(a.webhookMessageId);
        const int k = matched[a.webhookMessageId];
        loggedSuccesses += a.success ? 1 : 0;
        QString why;
        if (k < requests.size() && recordMatches(a, seen.at(requests.at(k)), &why)) {
            if (a.success)
                confirmed.insert(requests.at(k));
            ++matched[a.webhookMessageId];
            continue;
        }
        // On a loaded machine the engine's 400 ms deadline can pass before it reads an answer
        // the receiver has already written: a timeout, retried under the same webhook-id, so
        // the receiver accepts that message once more (at-least-once, DESIGN §5).
        if (timedOut(a)) {
            if (requests.size() - k > answeredLeft.value(a.webhookMessageId)) {
                ++late;
                ++matched[a.webhookMessageId];
            } else {
                ++unsent;
            }
            continue;
        }
        if (stale(a)) {
            ++staleConnection;
            continue;
        }
        ++matched[a.webhookMessageId];
        if (k >= requests.size())
            ++neverSeen[a.success ? u"success"_s : a.error];
        else
            mismatches << why;
    }
    qInfo("soak log: %lld rows, %lld requests, %d attempts on a connection the receiver had "
          "reset, %d answers read after the deadline, %d timeouts before the request was sent",
          qlonglong(logged.size()), qlonglong(seen.size()), staleConnection, late, unsent);
    QStringList unmatched;
    for (auto it = neverSeen.cbegin(); it != neverSeen.cend(); ++it)
        unmatched << u"%1 × \"%2\""_s.arg(it.value()).arg(it.key());
    QVERIFY2(unmatched.isEmpty() && mismatches.isEmpty(),
             qPrintable(u"attempts logged that the receiver never saw: %1; %2 logged unlike the "
                        "receiver's answer, first: %3"_s.arg(unmatched.join(u", "_s))
                            .arg(mismatches.size())
                            .arg(mismatches.value(0))));
    QCOMPARE(logged.size() - staleConnection - unsent, seen.size());
    QCOMPARE(loggedSuccesses, messages);

    // Per chat, the engine and the receiver agree on one accepted request (a complete 2xx) per
    // message, in the order written.
    QHash<qint64, QStringList> acceptedOrder;
    for (int i = 0; i < seen.size(); ++i) {
        if (confirmed.contains(i)) {
            const Sent sent = sentBy(seen.at(i));
            acceptedOrder[sent.chatId].append(sent.uid);
        }
    }
    for (auto it = sentOrder.cbegin(); it != sentOrder.cend(); ++it) {
        const QStringList accepted = acceptedOrder.value(it.key());
        QVERIFY2(accepted == it.value(),
                 qPrintable(u"chat %1: %2 messages written, %3 accepted, first difference at %4"_s
                                .arg(it.key())
                                .arg(it.value().size())
                                .arg(accepted.size())
                                .arg(std::mismatch(accepted.cbegin(), accepted.cend(),
                                                   it.value().cbegin(), it.value().cend())
                                         .first
                                     - accepted.cbegin())));
    }
    QCOMPARE(acceptedOrder.size(), sentOrder.size());
}

QTEST_GUILESS_MAIN(TestReliability)
#include "tst_reliability.moc"
