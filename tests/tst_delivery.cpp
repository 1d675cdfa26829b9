// The outbound webhook engine against a real HTTP receiver on loopback (cpp-httplib): no mock
// of Qt's network stack. Time that spans minutes or hours moves through a ManualClock.
#include "cloudapi/cloudapinotification.h"
#include "delivery/autodisablerule.h"
#include "delivery/bundlewindow.h"
#include "delivery/clock.h"
#include "delivery/engine.h"
#include "delivery/enginethread.h"
#include "delivery/pendingtests.h"
#include "delivery/retrypolicy.h"
#include "domain/standardwebhooks.h"
#include "hookline/version.h"
#include "store/activitylog.h"
#include "store/attachmentstore.h"
#include "store/attemptlog.h"
#include "store/database.h"
#include "store/messagestore.h"
#include "store/outbox.h"
#include "store/webhookstore.h"
#include "store/workspacestore.h"
#include "support/cloudapifixtures.h"
#include "support/testreceiver.h"
#include "support/testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <future>
#include <memory>

using namespace hookline;
using namespace Qt::StringLiterals;

namespace {

QJsonObject json(const std::string &body)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(body)).object();
}

ScriptedAnswer status(int code)
{
    ScriptedAnswer a;
    a.status = code;
    return a;
}

} // namespace

class TestDelivery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void standardWebhooksKnownVector();
    void secretsAreValidated();
    void bundleWindowsAlignToTheClock_data();
    void bundleWindowsAlignToTheClock();
    void bundleWindowsFollowTheTimeZone();
    void retryScheduleWithJitter();
    void autoDisableRule();
    void testAnswersReachOnlyTheirCaller();

    void singleMessageDeliveredWithSignedHeaders();
    void customHeadersReachTheReceiverButNeverTheLog();
    void errorKindsCount_data();
    void errorKindsCount();
    void droppedConnectionCounts();
    void hugeResponseBodyIsCapped();
    void disabledOnEleventhConsecutiveErrorNotTenth();
    void successResetsTheCount();
    void backoffFollowsTheInjectedClock();
    void attemptNumbersSurviveAReloadInFlight();
    void retryAfterIsRead_data();
    void retryAfterIsRead();
    void throttledReceiverPausesAsAsked();
    void endlessThrottlingCountsInTheEnd();
    void maxInFlightIsEachWebhooksOwn();
    void requestsPerSecondFollowTheEnginesClock();
    void reenableDeliversOrDiscardsTheBacklog();
    void pausedWebhookKeepsMessages();
    void perChatOrderUnderConcurrency();
    void bundlesAtTheWindowBoundary();
    void filtersLetOnlyMatchingMessagesThrough();
    void pullOnlyWebhookIsNeverPosted();
    void eventsFollowTheirMessage();
    void bundlingWebhooksGetEventsAfterTheBundle();
    void missedWindowIsFlushedAtStart();
    void aggregationChangeFlushesUnderTheOldSetting();
    void largeBundlesAreSplit();
    void replaysCarryTheReplayHeaderUnderNewIds();
    void restartResendsInFlightWithTheSameWebhookId();
    void detailedLogKeepsTheMostRecentN();
    void saveAndTest();
    void engineRunsInItsOwnThread();
    void deletingAWebhookStrandsNothingElse();

    void twoEnginesShareTheWorkInOrder();
    void twoEnginesShareTheRate();
    void twoEnginesDisableOnce();
    void eachEngineReportsTheOthersAttempts();
    void twoEnginesFlushAWindowOnce();
};

void TestDelivery::standardWebhooksKnownVector()
{
    // The example of the Standard Webhooks specification.
    QCOMPARE(StandardWebhooks::signature(u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s,
                                         u"msg_p5jXN8AQM9LWM0D4loKWxJek"_s, 1614265330,
                                         R"({"test": 2432232314})"),
             QByteArray("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="));
    // A receiver's check: any of several signatures may match; a changed body, id or secret not.
    const QString secret = u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;
    const QString id = u"msg_p5jXN8AQM9LWM0D4loKWxJek"_s;
    const QByteArray body = R"({"test": 2432232314})";
    const QByteArray good = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    QVERIFY(StandardWebhooks::verify(secret, id, 1614265330, body, good));
    QVERIFY(StandardWebhooks::verify(secret, id, 1614265330, body, "v1,b2xkc2lnbmF0dXJl " + good));
    QVERIFY(!StandardWebhooks::verify(secret, id, 1614265330, body + ' ', good));
    QVERIFY(!StandardWebhooks::verify(secret, id, 1614265331, body, good));
    QVERIFY(
        !StandardWebhooks::verify(StandardWebhooks::generateSecret(), id, 1614265330, body, good));
    QVERIFY(!StandardWebhooks::verify(u"not a secret"_s, id, 1614265330, body, good));
    QVERIFY(!StandardWebhooks::verify(secret, id, 1614265330, body, QByteArray()));
    QVERIFY(StandardWebhooks::newMessageId().startsWith(u"msg_"_s));
    QVERIFY(StandardWebhooks::newMessageId() != StandardWebhooks::newMessageId());
}

void TestDelivery::secretsAreValidated()
{
    QVERIFY(StandardWebhooks::isValidSecret(StandardWebhooks::generateSecret()));
    QVERIFY(!StandardWebhooks::isValidSecret(u"MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s));
    QVERIFY(!StandardWebhooks::isValidSecret(u"whsec_short"_s));
    QVERIFY(!StandardWebhooks::isValidSecret(u"whsec_!!!notbase64!!!notbase64!!!notbase64"_s));
    Webhook w;
    w.url = u"https://example.com/hook"_s;
    w.secret = u"hunter2"_s;
    QCOMPARE(WebhookStore::validate(w)->field, u"secret"_s);
    w.secret.clear();
    QVERIFY(!WebhookStore::validate(w));
    for (const QString &bad : {u"ftp://example.com"_s, u"example.com/hook"_s, u"http://"_s, u""_s,
                               u"http://exa mple.com/"_s}) {
        w.url = bad;
        const auto error = WebhookStore::validate(w);
        QVERIFY2(error && error->field == u"url"_s, qPrintable(bad));
    }
}

void TestDelivery::bundleWindowsAlignToTheClock_data()
{
    QTest::addColumn<int>("hours");
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QDateTime>("last");
    QTest::addColumn<QDateTime>("next");
    const auto at = [](int day, int h, int m) {
        return QDateTime(QDate(2026, 3, day), QTime(h, m), Qt::UTC);
    };
    QTest::newRow("1h") << 1 << at(1, 5, 59) << at(1, 5, 0) << at(1, 6, 0);
    QTest::newRow("6h before") << 6 << at(1, 5, 59) << at(1, 0, 0) << at(1, 6, 0);
    QTest::newRow("6h on boundary") << 6 << at(1, 6, 0) << at(1, 6, 0) << at(1, 12, 0);
    QTest::newRow("6h evening") << 6 << at(1, 23, 30) << at(1, 18, 0) << at(2, 0, 0);
    QTest::newRow("12h") << 12 << at(1, 13, 0) << at(1, 12, 0) << at(2, 0, 0);
    QTest::newRow("24h") << 24 << at(1, 13, 0) << at(1, 0, 0) << at(2, 0, 0);
}

void TestDelivery::bundleWindowsAlignToTheClock()
{
    QFETCH(int, hours);
    QFETCH(QDateTime, time);
    QFETCH(QDateTime, last);
    QFETCH(QDateTime, next);
    QCOMPARE(BundleWindow::lastBoundary(time, hours, QTimeZone::utc()), last);
    QCOMPARE(BundleWindow::nextBoundary(time, hours, QTimeZone::utc()), next);
}

void TestDelivery::bundleWindowsFollowTheTimeZone()
{
    const QTimeZone kolkata("Asia/Kolkata");
    QVERIFY(kolkata.isValid());
    // 05:59 UTC is 11:29 in Kolkata: the next 6-hour boundary is 12:00 local, 06:30 UTC.
    QCOMPARE(BundleWindow::nextBoundary(startTime, 6, kolkata),
             QDateTime(QDate(2026, 3, 1), QTime(6, 30), Qt::UTC));
    QCOMPARE(BundleWindow::lastBoundary(startTime, 6, kolkata),
             QDateTime(QDate(2026, 3, 1), QTime(0, 30), Qt::UTC));
    // Across a DST change (Berlin, 29 March 2026 02:00 → 03:00) boundaries stay on local hours.
    const QTimeZone berlin("Europe/Berlin");
    const QDateTime beforeChange(QDate(2026, 3, 28), QTime(23, 30), Qt::UTC); // 00:30 local
    QCOMPARE(BundleWindow::nextBoundary(beforeChange, 6, berlin).toTimeZone(berlin).time(),
             QTime(6, 0));
}

void TestDelivery::retryScheduleWithJitter()
{
    const QList<int> schedule = Webhook::defaultRetrySchedule();
    QCOMPARE(RetryPolicy::backoffMs(schedule, 1, 0.5), 5000);
    QCOMPARE(RetryPolicy::backoffMs(schedule, 2, 0.5), 30000);
    QCOMPARE(RetryPolicy::backoffMs(schedule, 10, 0.5), 8 * 3600 * 1000);
    QCOMPARE(RetryPolicy::backoffMs(schedule, 25, 0.5), 8 * 3600 * 1000); // last one repeats
    QCOMPARE(RetryPolicy::backoffMs(schedule, 1, 0.0), 4000);
    QCOMPARE(RetryPolicy::backoffMs(schedule, 1, 0.999999), 5999);
    QCOMPARE(RetryPolicy::backoffMs(schedule, 0, 0.5), 0);
}

void TestDelivery::autoDisableRule()
{
    QVERIFY(!AutoDisableRule::disables(10));
    QVERIFY(AutoDisableRule::disables(11));
}

// Answers come from the engine's thread; each goes to the caller that asked, in its own thread,
// and to nobody once that caller is gone.
void TestDelivery::testAnswersReachOnlyTheirCaller()
{
    PendingTests tests;
    QObject first;
    auto second = std::make_unique<QObject>();
    QStringList answers;
    const quint64 a = tests.add(&first, [&](bool ok, const QString &outcome) {
        QCOMPARE(QThread::currentThread(), first.thread());
        answers << u"first %1 %2"_s.arg(ok).arg(outcome);
    });
    const quint64 b
        = tests.add(second.get(), [&](bool, const QString &) { answers << u"second"_s; });
    QString direct;
    const quint64 c = tests.add(nullptr, [&](bool, const QString &outcome) { direct = outcome; });
    QCOMPARE(QSet<quint64>({a, b, c}).size(), 3);

    QThread answering;
    answering.start();
    QObject inThere;
    inThere.moveToThread(&answering);
    QMetaObject::invokeMethod(
        &inThere,
        [&] {
            tests.finish(b, true, u"too late"_s);
            tests.finish(a, true, u"HTTP 200"_s);
            tests.finish(a, false, u"twice"_s); // answered already: ignored
            tests.finish(c, true, u"at once"_s);
        },
        Qt::BlockingQueuedConnection);
    answering.quit();
    answering.wait();
    QCOMPARE(direct, u"at once"_s); // no context: in the answering thread, before it returned
    second.reset(); // its answer is queued, but it is gone before the queue runs
    QTRY_COMPARE(answers, QStringList {u"first 1 HTTP 200"_s});
    QCoreApplication::processEvents();
    QCOMPARE(answers, QStringList {u"first 1 HTTP 200"_s});
}

void TestDelivery::singleMessageDeliveredWithSignedHeaders()
{
    TestReceiver receiver;
    Workspace ws;
    const QString secret = StandardWebhooks::generateSecret();
    const qint64 id = ws.addWebhook(receiver.url(), Aggregation::None, {0}, secret);
    QVERIFY(ws.startEngine());
    QSignalSpy attempts(ws.engine.get(), &Engine::attemptFinished);
    const auto stored = ws.ingest(u"<b>hello</b> & नमस्ते 🎉"_s);
    QTRY_COMPARE(receiver.count(), 1);
    QTRY_COMPARE(attempts.size(), 1);

    const ReceivedRequest r = receiver.requests().constFirst();
    QCOMPARE(r.method, std::string("POST"));
    QCOMPARE(r.header("content-type"), QByteArray("application/json; charset=utf-8"));
    QVERIFY(r.header("user-agent").startsWith("Hookline/"));
    const QByteArray webhookId = r.header("webhook-id");
    const QByteArray timestamp = r.header("webhook-timestamp");
    QVERIFY(webhookId.startsWith("msg_"));
    QCOMPARE(timestamp.toLongLong(), startTime.toSecsSinceEpoch());
    QCOMPARE(r.header("webhook-signature"),
             StandardWebhooks::signature(secret, QString::fromLatin1(webhookId),
                                         timestamp.toLongLong(),
                                         QByteArray::fromStdString(r.body)));
    // A webhook without headers of its own sends these and nothing else (Qt adds the
    // connection's; cpp-httplib adds the REMOTE_ and LOCAL_ entries itself).
    QStringList received;
    for (const auto &[name, value] : r.headers) {
        if (!name.starts_with("remote_") && !name.starts_with("local_"))
            received << QString::fromStdString(name);
    }
    QCOMPARE(received,
             QStringList({u"accept-encoding"_s, u"accept-language"_s, u"connection"_s,
                          u"content-length"_s, u"content-type"_s, u"host"_s, u"user-agent"_s,
                          u"webhook-id"_s, u"webhook-signature"_s, u"webhook-timestamp"_s}));

    const QJsonObject body = json(r.body);
    QCOMPARE(body[u"message"][u"text"].toString(), u"<b>hello</b> & नमस्ते 🎉"_s);
    QCOMPARE(body[u"message"][u"message_uid"].toString(), stored.message.uid);
    QCOMPARE(body[u"message"][u"direction"].toString(), u"received"_s);
    QCOMPARE(body[u"message"][u"timestamp"].toString(), u"2026-03-01T05:59:00+0000"_s);
    QCOMPARE(body[u"chat"][u"is_new_chat"].toBool(), true);
    QCOMPARE(body[u"chat"][u"chat_id"].toString(), QString::number(stored.message.chatId));
    QVERIFY(body[u"chat"][u"chat_url"].toString().startsWith(
        u"http://127.0.0.1:8787/chat/%1/messages/?sig="_s.arg(stored.message.chatId)));
    QCOMPARE(body[u"whatsapp_account"][u"phone"].toString(), u"+972500000000"_s);

    // A second message of the same chat is no longer "new".
    ws.ingest(u"second"_s);
    QTRY_COMPARE(receiver.count(), 2);
    QCOMPARE(json(receiver.requests().at(1).body)[u"chat"][u"is_new_chat"].toBool(), false);
    QTRY_COMPARE(ws.count(u"SELECT count(*) FROM deliveries WHERE state = 'delivered'"_s), 2);

    // The detailed log has both attempts, the activity log says "delivered".
    QTRY_COMPARE(AttemptLog(*ws.db).recent(id, 100).size(), 2);
    const AttemptRecord logged = AttemptLog(*ws.db).recent(id, 100).constFirst();
    QCOMPARE(logged.responseStatus, 200);
    QVERIFY(logged.success);
    QCOMPARE(logged.responseBody, QByteArray("ok"));
    QCOMPARE(logged.webhookMessageId, QString::fromLatin1(webhookId));
    QCOMPARE(logged.requestHeaders,
             HttpHeaders({{"Content-Type", "application/json; charset=utf-8"},
                          {"User-Agent", "Hookline/" HOOKLINE_VERSION},
                          {"webhook-id", webhookId},
                          {"webhook-timestamp", timestamp},
                          {"webhook-signature", r.header("webhook-signature")}}));
    const auto activity = ActivityLog(*ws.db).recent(id);
    QCOMPARE(activity.constFirst().kind, ActivityKind::Delivered);
    QCOMPARE(ws.webhook(id).consecutiveErrors, 0);
}

void TestDelivery::customHeadersReachTheReceiverButNeverTheLog()
{
    TestReceiver receiver;
    Workspace ws;
    const qint64 id
        = ws.addWebhook(receiver.url(), Aggregation::None, {0}, StandardWebhooks::generateSecret());
    Webhook w = ws.webhook(id);
    w.headers = {WebhookHeader::bearer(u"tok-4f7a"_s),
                 WebhookHeader::apiKey(u"key-9c2e"_s),
                 {u"X-Tenant"_s, u"tenant-b51d नमस्ते"_s}};
    ws.webhooks->update(w, ws.clock.nowMs());
    QVERIFY(ws.startEngine());
    ws.ingest(u"hello"_s);
    QTRY_COMPARE(receiver.count(), 1);

    const ReceivedRequest r = receiver.requests().constFirst();
    QCOMPARE(r.header("authorization"), QByteArray("Bearer tok-4f7a"));
    QCOMPARE(r.header("x-api-key"), QByteArray("key-9c2e"));
    QCOMPARE(r.header("x-tenant"), u"tenant-b51d नमस्ते"_s.toUtf8());
    QCOMPARE(r.header("content-type"), QByteArray("application/json; charset=utf-8"));
    QVERIFY(r.header("webhook-signature").startsWith("v1,"));

    // Recorded after Hookline's own, every value redacted, whatever the name.
    QTRY_COMPARE(AttemptLog(*ws.db).recent(id, 10).size(), 1);
    const HttpHeaders logged = AttemptLog(*ws.db).recent(id, 10).constFirst().requestHeaders;
    QCOMPARE(logged.size(), 8);
    QCOMPARE(logged.at(4).first, QByteArray("webhook-signature"));
    QCOMPARE(
        logged.mid(5),
        HttpHeaders(
            {{"Authorization", "REDACTED"}, {"X-API-Key", "REDACTED"}, {"X-Tenant", "REDACTED"}}));
    for (const QString &value : {u"tok-4f7a"_s, u"key-9c2e"_s, u"tenant-b51d"_s}) {
        QCOMPARE(ws.count(u"SELECT count(*) FROM attempts WHERE request_headers LIKE '%%1%'"
                          " OR url LIKE '%%1%'"_s.arg(value)),
                 0);
        QCOMPARE(ws.count(u"SELECT count(*) FROM activity WHERE text LIKE '%%1%'"_s.arg(value)), 0);
    }
    // The change is in the activity log by name only.
    QCOMPARE(ws.count(u"SELECT count(*) FROM activity WHERE text = 'settings changed: headers'"_s),
             1);
}

void TestDelivery::errorKindsCount_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expectedError");
    QTest::newRow("HTTP 500") << u"500"_s << u"HTTP 500"_s;
    QTest::newRow("HTTP 404") << u"404"_s << u"HTTP 404"_s;
    QTest::newRow("redirect") << u"302"_s << u"redirect 302 to https://elsewhere.example/"_s;
    QTest::newRow("204 under exactly-200") << u"204-strict"_s << u"accepts only 200"_s;
    QTest::newRow("timeout") << u"slow"_s << u"timeout"_s;
    QTest::newRow("refused") << u"refused"_s << u"connection refused"_s;
    QTest::newRow("unknown host") << u"dns"_s << u"unknown host"_s;
    QTest::newRow("invalid URL") << u"invalid"_s << u"invalid URL"_s;
    QTest::newRow("TLS handshake") << u"tls"_s << u"TLS handshake failed"_s;
}

void TestDelivery::errorKindsCount()
{
    QFETCH(QString, kind);
    QFETCH(QString, expectedError);
    TestReceiver receiver;
    receiver.setScript([kind](const ReceivedRequest &, int) {
        if (kind == u"302"_s) {
            ScriptedAnswer a = status(302);
            a.headers["Location"] = "https://elsewhere.example/";
            return a;
        }
        if (kind == u"slow"_s) {
            ScriptedAnswer a;
            a.delayMs = 1500;
            return a;
        }
        if (kind == u"204-strict"_s)
            return status(204);
        return status(kind.toInt() > 0 ? kind.toInt() : 200);
    });
    Workspace ws;
    QString url = receiver.url();
    if (kind == u"refused"_s) {
        TestReceiver closed; // bind a port, then let it go: nothing listens there any more
        url = closed.url();
    } else if (kind == u"dns"_s) {
        url = u"http://hookline-test.invalid/hook"_s;
    } else if (kind == u"tls"_s) {
        url.replace(u"http://"_s, u"https://"_s); // a plain HTTP server cannot speak TLS
    }
    const qint64 id = ws.addWebhook(url, Aggregation::None, {3600});
    if (kind == u"invalid"_s) // no longer accepted by validation, but a store may hold one
        ws.db->execDirect(
            u"UPDATE webhooks SET url = 'http//missing-colon' WHERE id = %1"_s.arg(id));
    if (kind == u"slow"_s)
        ws.db->execDirect(u"UPDATE webhooks SET timeout_ms = 300 WHERE id = %1"_s.arg(id));
    if (kind == u"204-strict"_s)
        ws.db->execDirect(u"UPDATE webhooks SET success_rule = '200' WHERE id = %1"_s.arg(id));
    QVERIFY(ws.startEngine());
    QSignalSpy attempts(ws.engine.get(), &Engine::attemptFinished);
    ws.ingest(u"x"_s);
    QTRY_COMPARE_WITH_TIMEOUT(attempts.size(), 1, 10000);
    const auto record = attempts.first().at(0).value<AttemptRecord>();
    QVERIFY(!record.success);
    QVERIFY2(record.error.contains(expectedError), qPrintable(record.error));
    const Webhook w = ws.webhook(id);
    QCOMPARE(w.consecutiveErrors, 1);
    QVERIFY(w.nextAttemptMs >= ws.clock.nowMs() + 3600 * 800);
    QCOMPARE(
        ws.count(u"SELECT count(*) FROM deliveries WHERE state = 'pending' AND attempts = 1"_s), 1);
    QTest::qWait(50);
    QCOMPARE(attempts.size(), 1); // backing off: no second attempt
}

void TestDelivery::droppedConnectionCounts()
{
    DroppingServer server;
    Workspace ws;
    const qint64 id = ws.addWebhook(u"http://127.0.0.1:%1/hook"_s.arg(server.port()),
                                    Aggregation::None, {3600});
    QVERIFY(ws.startEngine());
    QSignalSpy attempts(ws.engine.get(), &Engine::attemptFinished);
    ws.ingest(u"x"_s);
    QTRY_COMPARE_WITH_TIMEOUT(attempts.size(), 1, 10000);
    const auto record = attempts.first().at(0).value<AttemptRecord>();
    QVERIFY(!record.success);
    QCOMPARE(record.responseStatus, 0);
    QVERIFY2(record.error.contains(u"closed"_s), qPrintable(record.error));
    QCOMPARE(ws.webhook(id).consecutiveErrors, 1);
    QVERIFY(server.accepted() >= 1);
}

void TestDelivery::hugeResponseBodyIsCapped()
{
    TestReceiver receiver;
    receiver.setScript([](const ReceivedRequest &, int) {
        ScriptedAnswer a;
        a.streamBytes = qint64(1) << 30; // 1 GiB
        return a;
    });
    Workspace ws;
    ws.addWebhook(receiver.url());
    QVERIFY(ws.startEngine());
    QSignalSpy attempts(ws.engine.get(), &Engine::attemptFinished);
    ws.ingest(u"x"_s);
    QTRY_COMPARE_WITH_TIMEOUT(attempts.size(), 1, 10000);
    const auto record = attempts.first().at(0).value<AttemptRecord>();
    QVERIFY2(record.success, qPrintable(record.error));
    QVERIFY(record.responseTruncated);
    QCOMPARE(record.responseBody.size(), AttemptRecord::maxResponseBody);
    QVERIFY2(record.durationMs < 3000, qPrintable(QString::number(record.durationMs)));
}

void TestDelivery::disabledOnEleventhConsecutiveErrorNotTenth()
{
    TestReceiver receiver;
    receiver.setScript([](const ReceivedRequest &, int) { return status(503); });
    Workspace ws;
    const qint64 id = ws.addWebhook(receiver.url(), Aggregation::None, {0});
    QVERIFY(ws.startEngine());
    QSignalSpy disabled(ws.engine.get(), &Engine::autoDisabled);
    ws.ingest(u"one"_s);
    ws.ingest(u"two"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!disabled.isEmpty(), 15000);
    QTest::qWait(200);
    // Exactly eleven attempts, all of the chat's first message (order holds while failing).
    QCOMPARE(receiver.count(), 11);
    QCOMPARE(disabled.size(), 1);
    QCOMPARE(disabled.first().at(0).toLongLong(), id);
    const Webhook w = ws.webhook(id);
    QVERIFY(!w.enabled);
    QCOMPARE(w.consecutiveErrors, 11);
    QVERIFY2(w.disabledReason.contains(u"11 consecutive errors"_s), qPrintable(w.disabledReason));
    QVERIFY(w.disabledReason.contains(u"HTTP 503"_s));
    QCOMPARE(ActivityLog(*ws.db).recent(id).constFirst().kind, ActivityKind::Disabled);
    for (const ReceivedRequest &r : receiver.requests())
        QCOMPARE(json(r.body)[u"message"][u"text"].toString(), u"one"_s);
    // Nothing is lost: both messages still wait.
    QCOMPARE(ws.outbox->pendingMessageCount(id), 2);
    // New messages keep arriving in the store and wait too.
    ws.ingest(u"three"_s);
    QTest::qWait(100);
    QCOMPARE(receiver.count(), 11);
    QCOMPARE(ws.outbox->pendingMessageCount(id), 3);
}

void TestDelivery::successResetsTheCount()
{
    // Ten failures, one success, ten failures, then success: never disabled.
    TestReceiver receiver;
    receiver.setScript([](const ReceivedRequest &, int index) {
        return status(index == 10 || index >= 21 ? 200 : 500);
    });
    Workspace ws;
    const qint64 id = ws.addWebhook(receiver.url(), Aggregation::None, {0});
    QVERIFY(ws.startEngine());
    QSignalSpy disabled(ws.engine.get(), &Engine::autoDisabled);
    ws.ingest(u"a"_s);
    ws.ingest(u"b"_s);
    ws.ingest(u"c"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        ws.count(u"SELECT count(*) FROM deliveries WHERE state = 'delivered'"_s), 3, 15000);
    QCOMPARE(receiver.count(), 23);
    QCOMPARE(disabled.size(), 0);
    const Webhook w = ws.webhook(id);
    QVERIFY(w.enabled);
    QCOMPARE(w.consecutiveErrors, 0);
}

void TestDelivery::attemptNumbersSurviveAReloadInFlight()
{
    // The first answer waits until the webhook has been reloaded (as an edit in the window does)
    // while its request is in flight; the retry must still be attempt 2.
    std::promise<void> reloaded;
    const std::shared_future<void> released = reloaded.get_future().share();
    auto release = qScopeGuard([&reloaded] { reloaded.set_value(); });
    TestReceiver receiver;
    receiver.setScript([released](const ReceivedRequest &, int index) {
        if (index == 0)
            released.wait();
        return status(index == 0 ? 500 : 200);
    });
    Workspace ws;
    const qint64 id = ws.addWebhook(receiver.url(), Aggregation::None, {0});
    QVERIFY(ws.startEngine());
    ws.ingest(u"x"_s);
    QTRY_COMPARE(receiver.count(), 1);
    ws.engine->reload(id);
    release.dismiss();
    reloaded.set_value();
    QTRY_COMPARE(ws.count(u"SELECT count(*) FROM deliveries WHERE state = 'delivered'"_s), 1);
    QTRY_COMPARE(AttemptLog(*ws.db).recent(id, 100).size(), 2);
    const QList<AttemptRecord> log = AttemptLog(*ws.db).recent(id, 100);
    QCOMPARE(log.constFirst().attemptNumber, 1);
    QCOMPARE(log.constLast().attemptNumber, 2);
    QCOMPARE(receiver.count(), 2);
}

void TestDelivery::backoffFollowsTheInjectedClock()
{
    TestReceiver receiver;
    receiver.setScript(
        [](const ReceivedRequest &, int index) { return status(index == 0 ? 500 : 200); });
    Workspace ws;
    ws.addWebhook(receiver.url(), Aggregation::None, {60, 300});
    QVERIFY(ws.startEngine());
    ws.ingest(u"x"_s);
    QTRY_COMPARE(receiver.count(), 1);
    // The first retry waits 60 s ± 20 %: not at 47 s, surely by 73 s.
    ws.clock.advanceMs(47000);
    QTest::qWait(100);
    QCOMPARE(receiver.count(), 1);
    ws.clock.advanceMs(26000);
    QTRY_COMPARE(receiver.count(), 2);
    QCOMPARE(receiver.requests().at(0).header("webhook-id"),
             receiver.requests().at(1).header("webhook-id"));
    QTRY_COMPARE(ws.count(u"SELECT count(*) FROM deliveries WHERE state = 'delivered'"_s), 1);
    // The log numbers the attempts of the delivery and says where their time went.
    QTRY_COMPARE(AttemptLog(*ws.db).recent(1, 100).size(), 2);
    const QList<AttemptRecord> log = AttemptLog(*ws.db).recent(1, 100);
    const AttemptRecord &first = log.constFirst(); // oldest first
    const AttemptRecord &second = log.constLast();
    QCOMPARE(first.attemptNumber, 1);
    QCOMPARE(second.attemptNumber, 2);
    QCOMPARE(first.deliveryId, second.deliveryId);
    for (const AttemptRecord &r : log) {
        QVERIFY(r.timings.requestSentMs >= 0);
        QVERIFY(r.timings.firstByteMs >= r.timings.requestSentMs);
        QVERIFY(r.timings.firstByteMs <= r.durationMs);
        QCOMPARE(r.timings.tlsDoneMs, -1); // plain http://
    }
    QVERIFY(first.timings.connectStartMs >= 0); // the first one opened the connection
    const AttemptTimings text = AttemptTimings::fromText(first.timings.toText());
    QCOMPARE(text, first.timings);
    QVERIFY(AttemptTimings::fromText(u"1,x,3"_s).isEmpty());
}

void TestDelivery::retryAfterIsRead_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected"); // -1: none
    QTest::newRow("seconds") << 429 << QByteArray("2") << qint64(2000);
    QTest::newRow("spaces") << 429 << QByteArray(" 7 ") << qint64(7000);
    QTest::newRow("zero") << 429 << QByteArray("0") << qint64(0);
    QTest::newRow("503 too") << 503 << QByteArray("30") << qint64(30000);
    QTest::newRow("capped") << 429 << QByteArray("86400")
                            << qint64(RetryPolicy::maxRetryAfterSeconds) * 1000;
    QTest::newRow("huge") << 429 << QByteArray("99999999999999999999")
                          << qint64(-1); // not a number we read, not a wait
    // startTime is 05:59:00 UTC; the date is 90 s later.
    QTest::newRow("date")
        << 429
        << startTime.addSecs(90).toUTC().toString(u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1()
        << qint64(90000);
    QTest::newRow("date past")
        << 429
        << startTime.addSecs(-90).toUTC().toString(u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1()
        << qint64(0);
    QTest::newRow("negative") << 429 << QByteArray("-5") << qint64(-1);
    QTest::newRow("junk") << 429 << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << 429 << QByteArray("") << qint64(-1);
    QTest::newRow("other status") << 500 << QByteArray("2") << qint64(-1);
}

void TestDelivery::retryAfterIsRead()
{
    QFETCH(int, status);
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    AttemptRecord record;
    record.responseStatus = status;
    record.responseHeaders = {{"Content-Type", "text/plain"}, {"retry-after", value}};
    const auto ms = RetryPolicy::retryAfterMs(record, startTime.toMSecsSinceEpoch());
    QCOMPARE(ms.value_or(-1), expected);
}

void TestDelivery::throttledReceiverPausesAsAsked()
{
    // 429 with Retry-After: 2, then fine. The webhook's own schedule would retry at once.
    TestReceiver receiver;
    receiver.setScript([](const ReceivedRequest &, int index) {
        ScriptedAnswer answer = status(index == 0 ? 429 : 200);
        if (index == 0)
            answer.headers = {{"Retry-After", "2"}};
        return answer;
    });
    Workspace ws;
    const qint64 id = ws.addWebhook(receiver.url(), Aggregation::None, {0});
    QVERIFY(ws.startEngine());
    ws.ingest(u"x"_s);
    QTRY_COMPARE(receiver.count(), 1);
    // Paused for the 2 s asked, by the engine's clock: not at 1.9 s, at 2 s.
    QTRY_VERIFY(ws.webhook(id).nextAttemptMs > 0);
    QCOMPARE(ws.webhook(id).nextAttemptMs, ws.clock.nowMs() + 2000);
    // The pause is in the store (a restart or another instance keeps it), and no error counted.
    QCOMPARE(ws.webhook(id).consecutiveErrors, 0);
    ws.clock.advanceMs(1900);
    QTest::qWait(200);
    QCOMPARE(receiver.count(), 1);
    ws.clock.advanceMs(100);
    QTRY_COMPARE(receiver.count(), 2);
    QTRY_COMPARE(ws.count(u"SELECT count(*) FROM deliveries WHERE state = 'delivered'"_s), 1);
    QCOMPARE(ws.webhook(id).consecutiveErrors, 0);
    // The history says why it waited.
    const auto activity = ActivityLog(*ws.db).recent(id);
    QVERIFY(std::any_of(activity.cbegin(), activity.cend(), [](const auto &a) {
        return a.text.startsWith(u"throttled, paused 2.0 s as the receiver asked: "_s);
    }));
}

void TestDelivery::maxInFlightIsEachWebhooksOwn()
{
    // Slow answers keep requests open; one webhook may have 2 at once, the other the default 6.
    TestReceiver receiver;
    receiver.setScript([](const ReceivedRequest &, int) {
        ScriptedAnswer a;
        a.delayMs = 40;
        return a;
    });
    TestReceiver roomy;
    roomy.setScript([](const ReceivedRequest &, int) {
        ScriptedAnswer a;
        a.delayMs = 40;
        return a;
    });
    Workspace ws;
    const qint64 narrow = ws.addWebhook(receiver.url());
    ws.addWebhook(roomy.url());
    ws.db->execDirect(u"UPDATE webhooks SET max_in_flight = 2 WHERE id = %1"_s.arg(narrow));
    QVERIFY(ws.startEngine());
    constexpr int chats = 8;
    constexpr int perChat = 5;
    for (int i = 0; i < perChat; ++i) {
        for (int c = 0; c < chats; ++c)
            ws.ingest(u"%1"_s.arg(i), u"+1555%1"_s.arg(c));
    }
    QTRY_COMPARE_WITH_TIMEOUT(receiver.count(), chats * perChat, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(roomy.count(), chats * perChat, 30000);
    QVERIFY(arrivedInChatOrder(receiver.requests()));
    QCOMPARE(receiver.maxConcurrent(), 2);
    QVERIFY2(roomy.maxConcurrent() > 2 && roomy.maxConcurrent() <= 6,
             qPrintable(QString::number(roomy.maxConcurrent())));
}

void TestDelivery::requestsPerSecondFollowTheEnginesClock()
{
    // 2 requests per second: a burst of 2, then one every 500 ms on the engine's clock, however
    // much is waiting (six chats, so per-chat order holds nothing back).
    TestReceiver receiver;
    Workspace ws;
    const qint64 id = ws.addWebhook(receiver.url());
    ws.db->execDirect(u"UPDATE webhooks SET max_per_second = 2 WHERE id = %1"_s.arg(id));
    QVERIFY(ws.startEngine());
    for (int c = 0; c < 6; ++c)
        ws.ingest(u"m%1"_s.arg(c), u"+1555%1"_s.arg(c));
    QTRY_COMPARE(receiver.count(), 2);
    QTest::qWait(300);
    QCOMPARE(receiver.count(), 2);
    ws.clock.advanceMs(499);
    QTest::qWait(300);
    QCOMPARE(receiver.count(), 2);
    ws.clock.advanceMs(1);
    QTRY_COMPARE(receiver.count(), 3);
    QTest::qWait(300);
    QCOMPARE(receiver.count(), 3);
    // A second's worth at most: two more after a long quiet, not everything at once.
    ws.clock.advanceMs(10000);
    QTRY_COMPARE(receiver.count(), 5);
    QTest::qWait(300);
    QCOMPARE(receiver.count(), 5);
    ws.clock.advanceMs(500);
    QTRY_COMPARE(receiver.count(), 6);
    QTRY_COMPARE(ws.count(u"SELECT count(*) FROM deliveries WHERE state = 'delivered'"_s), 6);
    // No limit again: the rest goes at once.
    ws.db->execDirect(u"UPDATE webhooks SET max_per_second = 0 WHERE id = %1"_s.arg(id));
    ws.engine->reload(id);
    for (int c = 0; c < 6; ++c)
        ws.ingest(u"n%1"_s.arg(c), u"+1555%1"_s.arg(c));
    QTRY_COMPARE(receiver.count(), 12);
}

void TestDelivery::endlessThrottlingCountsInTheEnd()
{
    // A receiver that never stops answering 429 (Retry-After: 0): the first 20 are pacing and
    // not counted; then each counts, and the 11th counted one switches the webhook off.
    TestReceiver receiver;
    receiver.setScript([](const ReceivedRequest &, int) {
        ScriptedAnswer answer = status(429);
        answer.headers = {{"Retry-After", "0"}};
        return answer;
    });
    Workspace ws;
    const qint64 id = ws.addWebhook(receiver.url(), Aggregation::None, {0});
    QVERIFY(ws.startEngine());
    QSignalSpy disabled(ws.engine.get(), &Engine::autoDisabled);
    ws.ingest(u"x"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!disabled.isEmpty(), 20000);
    QTest::qWait(200);
    QCOMPARE(receiver.count(), RetryPolicy::maxUncountedThrottles + 11);
    QCOMPARE(ws.webhook(id).consecutiveErrors, 11);
}

void TestDelivery::reenableDeliversOrDiscardsTheBacklog()
{
    for (const Backlog backlog : {Backlog::Deliver, Backlog::Discard}) {
        TestReceiver receiver;
        bool healthy = false;
        QMutex mutex;
        receiver.setScript([&](const ReceivedRequest &, int) {
            QMutexLocker lock(&mutex);
            return status(healthy ? 200 : 500);
        });
        Workspace ws;
        const qint64 id = ws.addWebhook(receiver.url(), Aggregation::None, {0});
        QVERIFY(ws.startEngine());
        QSignalSpy disabled(ws.engine.get(), &Engine::autoDisabled);
        ws.ingest(u"a"_s, u"+1001"_s);
        QTRY_COMPARE_WITH_TIMEOUT(disabled.size(), 1, 15000);
        ws.ingest(u"b"_s, u"+1002"_s);
        ws.ingest(u"c"_s, u"+1001"_s);
        {
            QMutexLocker lock(&mutex);
            healthy = true;
        }
        receiver.clear();
        ws.webhooks->setEnabled(id, true, backlog, ws.clock.nowMs());
        ws.engine->reload(id);
        const Webhook w = ws.webhook(id);
        QVERIFY(w.enabled);
        QCOMPARE(w.consecutiveErrors, 0);
        QVERIFY(w.disabledReason.isEmpty());
        if (backlog == Backlog::Deliver) {
            QTRY_COMPARE(receiver.count(), 3);
            QTRY_COMPARE(ws.outbox->pendingMessageCount(id), 0);
            QVERIFY(ActivityLog(*ws.db).recent(id, 50).size() > 3);
        } else {
            QTest::qWait(200);
            QCOMPARE(receiver.count(), 0);
            QCOMPARE(ws.count(u"SELECT count(*) FROM deliveries WHERE state = 'discarded'"_s), 3);
            // New messages after re-enabling flow again.
            ws.ingest(u"d"_s);
            QTRY_COMPARE(receiver.count(), 1);
        }
    }
}

void TestDelivery::pausedWebhookKeepsMessages()
{
    TestReceiver receiver;
    Workspace ws;
    const qint64 id = ws.addWebhook(receiver.url());
    QVERIFY(ws.startEngine());
    ws.webhooks->setEnabled(id, false, Backlog::Deliver, ws.clock.nowMs());
    ws.engine->reload(id);
    ws.ingest(u"while paused 1"_s);
    ws.ingest(u"while paused 2"_s);
    QTest::qWait(200);
    QCOMPARE(receiver.count(), 0);
    QCOMPARE(ws.outbox->pendingMessageCount(id), 2);
    QCOMPARE(ActivityLog(*ws.db).recent(id).constFirst().kind, ActivityKind::Paused);
    ws.webhooks->setEnabled(id, true, Backlog::Deliver, ws.clock.nowMs());
    ws.engine->reload(id);
    QTRY_COMPARE(receiver.count(), 2);
}

void TestDelivery::perChatOrderUnderConcurrency()
{
    TestReceiver receiver;
    receiver.setScript([](const ReceivedRequest &, int index) {
        ScriptedAnswer a;
        a.delayMs = (index * 7919) % 23; // uneven answers reorder completions across chats
        return a;
    });
    Workspace ws;
    const qint64 id = ws.addWebhook(receiver.url());
    QVERIFY(ws.startEngine());
    constexpr int chats = 8;
    constexpr int perChat = 30;
    for (int i = 0; i < perChat; ++i) {
        for (int c = 0; c < chats; ++c)
            ws.ingest(u"%1"_s.arg(i), u"+1555%1"_s.arg(c));
    }
    QTRY_COMPARE_WITH_TIMEOUT(receiver.count(), chats * perChat, 30000);
    QVERIFY(arrivedInChatOrder(receiver.requests()));
    QVERIFY2(receiver.maxConcurrent() >= 2, "deliveries of different chats should overlap");
    QVERIFY2(receiver.maxConcurrent() <= 6, qPrintable(QString::number(receiver.maxConcurrent())));
    QTRY_COMPARE(ws.outbox->pendingMessageCount(id), 0);
}

void TestDelivery::bundlesAtTheWindowBoundary()
{
    TestReceiver receiver;
    Workspace ws;
    const qint64 id = ws.addWebhook(receiver.url(), Aggregation::Hours6);
    QVERIFY(ws.startEngine());
    const auto first = ws.ingest(u"a1"_s, u"+1001"_s);
    ws.clock.advanceMs(10000);
    ws.ingest(u"b1"_s, u"120363@g.us"_s, true);
    ws.clock.advanceMs(10000);
    ws.ingest(u"a2 <script>"_s, u"+1001"_s);
    ws.ingest(u"a3"_s, u"+1001"_s);
    QTest::qWait(100);
    QCOMPARE(receiver.count(), 0);
    QCOMPARE(ws.outbox->pendingMessageCount(id), 4);

    ws.clock.setNow(QDateTime(QDate(2026, 3, 1), QTime(6, 0, 0), Qt::UTC));
    QTRY_COMPARE(receiver.count(), 2);
    QTest::qWait(100);
    QCOMPARE(receiver.count(), 2);
    const QJsonObject a = json(receiver.requests().at(0).body);
    const QJsonObject b = json(receiver.requests().at(1).body);
    const QJsonObject direct = a[u"chat"][u"is_group"].toBool() ? b : a;
    const QJsonObject group = a[u"chat"][u"is_group"].toBool() ? a : b;
    QCOMPARE(direct[u"messages"].toArray().size(), 3);
    QCOMPARE(direct[u"messages"][0][u"text"].toString(), u"a1"_s);
    QCOMPARE(direct[u"messages"][2][u"text"].toString(), u"a3"_s);
    QCOMPARE(direct[u"chat"][u"is_new_chat"].toBool(), true);
    QCOMPARE(direct[u"first_message_timestamp"].toString(), u"2026-03-01T05:59:00+0000"_s);
    QCOMPARE(direct[u"last_message_timestamp"].toString(), u"2026-03-01T05:59:20+0000"_s);
    const QString html = direct[u"aggregation"].toString();
    QVERIFY2(html.contains(u"from Priya on 2026-03-01 05:59: a2 &lt;script&gt;<br/>"_s),
             qPrintable(html));
    QVERIFY(html.contains(u"#m-"_s + first.message.uid));
    QCOMPARE(group[u"messages"].toArray().size(), 1);
    QCOMPARE(group[u"chat"][u"phone"].toString(), QString());
    QCOMPARE(ws.outbox->pendingMessageCount(id), 0);

    // The next window collects only what came after.
    ws.ingest(u"a4"_s, u"+1001"_s);
    ws.clock.setNow(QDateTime(QDate(2026, 3, 1), QTime(11, 59, 0), Qt::UTC));
    QTest::qWait(100);
    QCOMPARE(receiver.count(), 2);
    ws.clock.setNow(QDateTime(QDate(2026, 3, 1), QTime(12, 0, 1), Qt::UTC));
    QTRY_COMPARE(receiver.count(), 3);
    const QJsonObject later = json(receiver.requests().at(2).body);
    QCOMPARE(later[u"messages"].toArray().size(), 1);
    QCOMPARE(later[u"chat"][u"is_new_chat"].toBool(), false);
}

void TestDelivery::filtersLetOnlyMatchingMessagesThrough()
{
    TestReceiver receiver;
    Workspace ws;
    // One webhook per field, each at its own path, beside one without a filter.
    QHash<QString, qint64> ids;
    auto add = [&](const QString &path, const WebhookFilter &filter,
                   Aggregation aggregation = Aggregation::None) {
        const qint64 id = ws.addWebhook(receiver.url(path), aggregation);
        Webhook w = ws.webhook(id);
        w.filter = filter;
        ws.webhooks->update(w, ws.clock.nowMs());
        ids.insert(path, id);
    };
    add(u"/all"_s, {});
    WebhookFilter f;
    f.direction = WebhookFilter::DirectionRule::Received;
    add(u"/received"_s, f);
    f = {};
    f.accounts = {u"+1 415 555 0100"_s};
    add(u"/account"_s, f);
    f = {};
    f.chatKind = WebhookFilter::ChatKind::Group;
    add(u"/group"_s, f);
    f = {};
    f.attachment = WebhookFilter::AttachmentRule::Without;
    add(u"/without"_s, f);
    f = {};
    f.text = u"ORDER"_s;
    add(u"/substring"_s, f);
    f.text = u"#\\d+"_s;
    f.textIsRegex = true;
    add(u"/regex"_s, f);
    // Bundles skip what the filter turns away too.
    f = {};
    f.chatKind = WebhookFilter::ChatKind::Direct;
    add(u"/bundle"_s, f, Aggregation::Hours6);
    QVERIFY(ws.startEngine());

    auto ingest = [&](const QString &text, Direction direction, const QString &account, bool group,
                      bool attachment) {
        IngestMessage m;
        m.account.phone = account;
        m.chat.isGroup = group;
        if (group)
            m.chat.groupId = u"120363@g.us"_s;
        else
            m.chat.phone = u"+919800000001"_s;
        m.direction = direction;
        m.timestamp = ws.clock.now();
        m.text = text;
        if (attachment)
            m.attachment = IngestMessage::File {u"a.txt"_s, u"text/plain"_s, "abc"};
        const auto stored = ws.messages->ingest({m}, ws.outbox->hook(ws.clock.nowMs()));
        ws.engine->poke();
        return stored.constFirst().message;
    };
    const QString ours = u"+972500000000"_s;
    const Message order = ingest(u"New order #12"_s, Direction::Received, ours, false, false);
    const Message thanks = ingest(u"thanks"_s, Direction::Sent, ours, false, false);
    const Message groupOrder
        = ingest(u"an ORDER for the group"_s, Direction::Received, u"+14155550100"_s, true, true);
    const Message hello = ingest(u"hello"_s, Direction::Received, ours, true, true);

    const QHash<QString, QStringList> expected {
        {u"/all"_s, {u"New order #12"_s, u"thanks"_s, u"an ORDER for the group"_s, u"hello"_s}},
        {u"/received"_s, {u"New order #12"_s, u"an ORDER for the group"_s, u"hello"_s}},
        {u"/account"_s, {u"an ORDER for the group"_s}},
        {u"/group"_s, {u"an ORDER for the group"_s, u"hello"_s}},
        {u"/without"_s, {u"New order #12"_s, u"thanks"_s}},
        {u"/substring"_s, {u"New order #12"_s, u"an ORDER for the group"_s}},
        {u"/regex"_s, {u"New order #12"_s}},
    };
    auto arrived = [&] {
        QHash<QString, QStringList> texts;
        for (const ReceivedRequest &r : receiver.requests()) {
            for (const QJsonValue &m : deliveredMessages(r))
                texts[QString::fromStdString(r.path)].append(m[u"text"].toString());
        }
        for (QStringList &list : texts)
            list.sort();
        return texts;
    };
    auto sorted = [](QHash<QString, QStringList> texts) {
        for (QStringList &list : texts)
            list.sort();
        return texts;
    };
    QTRY_COMPARE(receiver.count(), 15);
    QTest::qWait(100); // nothing more comes
    QCOMPARE(receiver.count(), 15);
    QCOMPARE(arrived(), sorted(expected));

    // A filtered-out message has no delivery for that webhook, and its skip says why.
    const qint64 regex = ids.value(u"/regex"_s);
    QCOMPARE(ws.count(u"SELECT count(*) FROM deliveries WHERE webhook_id = %1"_s.arg(regex)), 1);
    const auto skipsOf = [&](const Message &m) {
        QStringList list;
        for (const MessageSkip &s : ws.outbox->skips(m.id))
            list << u"%1:%2"_s.arg(ids.key(s.webhookId), s.reason);
        list.sort();
        return list;
    };
    QCOMPARE(skipsOf(order), QStringList({u"/account:accounts"_s, u"/group:chat_kind"_s}));
    QCOMPARE(skipsOf(thanks),
             QStringList({u"/account:accounts"_s, u"/group:chat_kind"_s, u"/received:direction"_s,
                          u"/regex:text"_s, u"/substring:text"_s}));
    QCOMPARE(skipsOf(groupOrder),
             QStringList({u"/bundle:chat_kind"_s, u"/regex:text"_s, u"/without:attachment"_s}));
    QCOMPARE(skipsOf(hello),
             QStringList({u"/account:accounts"_s, u"/bundle:chat_kind"_s, u"/regex:text"_s,
                          u"/substring:text"_s, u"/without:attachment"_s}));
    // The chat's skips, as the Chats page reads them beside chatDeliveries.
    const QList<MessageSkip> direct = ws.outbox->chatSkips(order.chatId, 0);
    QCOMPARE(direct.size(), 7);
    QVERIFY(std::all_of(direct.cbegin(), direct.cend(), [&](const MessageSkip &s) {
        return s.messageId == order.id || s.messageId == thanks.id;
    }));
    QCOMPARE(ws.count(u"SELECT count(*) FROM message_skips"_s), 15);

    // The bundle holds only the direct chat's messages.
    const qint64 bundle = ids.value(u"/bundle"_s);
    QCOMPARE(ws.outbox->pendingMessageCount(bundle), 2);
    ws.clock.setNow(QDateTime(QDate(2026, 3, 1), QTime(6, 0, 0), Qt::UTC));
    QTRY_COMPARE(receiver.count(), 16);
    const ReceivedRequest sent = receiver.requests().constLast();
    QCOMPARE(sent.path, "/bundle");
    QCOMPARE(deliveredMessages(sent).size(), 2);

    // A changed filter applies to what arrives after it; what was skipped stays skipped.
    Webhook w = ws.webhook(regex);
    w.filter = {};
    ws.webhooks->update(w, ws.clock.nowMs());
    ingest(u"thanks again"_s, Direction::Sent, ours, false, false);
    QTRY_VERIFY(arrived().value(u"/regex"_s).contains(u"thanks again"_s));
    QCOMPARE(skipsOf(thanks).filter(u"/regex"_s).size(), 1);
}

// A pull-only webhook's deliveries wait for its feed: the engine POSTs the push webhook's and
// none of these, counts nothing against it, still forms its bundles when the window ends, and
// has nothing to wait for (it goes idle), before and after a restart.
void TestDelivery::pullOnlyWebhookIsNeverPosted()
{
    TestReceiver receiver;
    Workspace ws;
    const qint64 push = ws.addWebhook(receiver.url(u"/push"_s));
    auto pullOnly = [&](const QString &path, Aggregation aggregation) {
        const qint64 id = ws.addWebhook(receiver.url(path), aggregation);
        Webhook w = ws.webhook(id);
        w.mode = DeliveryMode::Pull;
        ws.webhooks->update(w, ws.clock.nowMs());
        return id;
    };
    const qint64 pull = pullOnly(u"/pull"_s, Aggregation::None);
    const qint64 bundling = pullOnly(u"/bundles"_s, Aggregation::Hours6);
    auto settled = [&] {
        // Called in the engine's thread (the test's): idle at once unless something is in
        // flight or could be attempted now.
        QSignalSpy idle(ws.engine.get(), &Engine::idle);
        ws.engine->poke();
        return idle.size() > 0 || idle.wait(10000);
    };
    auto delivered = [&](qint64 id) {
        return ws.count(u"SELECT count(*) FROM deliveries WHERE webhook_id = %1"
                        " AND state = 'delivered'"_s.arg(id));
    };
    QVERIFY(ws.startEngine());
    for (int i = 0; i < 3; ++i)
        ws.ingest(u"m%1"_s.arg(i));
    QTRY_COMPARE(delivered(push), 3);
    QVERIFY(settled());
    QCOMPARE(receiver.count(), 3);
    for (const ReceivedRequest &r : receiver.requests())
        QCOMPARE(r.path, std::string("/push"));
    QCOMPARE(ws.outbox->pending(pull).size(), 3);
    QCOMPARE(ws.outbox->pendingMessageCount(bundling), 3);

    // The window ends: the bundle forms, and waits for the feed too.
    ws.clock.setNow(QDateTime(QDate(2026, 3, 1), QTime(6, 0, 0), Qt::UTC));
    QTRY_COMPARE(ws.count(u"SELECT count(*) FROM deliveries WHERE webhook_id = %1"
                          " AND kind = 'bundle' AND state = 'pending'"_s.arg(bundling)),
                 1);
    QVERIFY(settled());

    ws.engine.reset();
    QVERIFY(ws.startEngine());
    QVERIFY(settled());
    QCOMPARE(receiver.count(), 3);
    QCOMPARE(ws.count(u"SELECT count(*) FROM attempts WHERE webhook_id IN (%1, %2)"_s.arg(pull).arg(
                 bundling)),
             0);
    QCOMPARE(ws.webhook(pull).consecutiveErrors, 0);
    QVERIFY(ws.webhook(pull).enabled);
}

namespace {

// A message as the Cloud API stores it: sent by the business, under its WhatsApp id.
MessageStore::Stored ingestCloudApi(Workspace &ws, const QString &text, const QString &wamid,
                                    std::optional<Reaction> reaction = std::nullopt)
{
    IngestMessage m;
    m.account = {u"+972500000000"_s, u"Sales"_s, u"sales@example.com"_s};
    m.chat.phone = u"+919800000001"_s;
    m.chat.fullName = u"Priya"_s;
    m.timestamp = ws.clock.now();
    m.direction = reaction ? Direction::Received : Direction::Sent;
    m.sender = reaction ? Party {u"Priya"_s, u"+919800000001"_s}
                        : Party {u"Sales"_s, u"+972500000000"_s};
    m.recipient = reaction ? Party {u"Sales"_s, u"+972500000000"_s}
                           : Party {u"Priya"_s, u"+919800000001"_s};
    m.text = text;
    m.externalId = wamid;
    m.source = u"cloud_api"_s;
    m.reaction = std::move(reaction);
    const auto stored = ws.messages->ingest({m}, ws.outbox->hook(ws.clock.nowMs())).constFirst();
    ws.engine->poke();
    return stored;
}

// What CloudApiReceiver does with a status of a stored message.
void addStatus(Workspace &ws, const Message &message, const MessageStatus &status)
{
    const qint64 id = ws.messages->addStatus(message.id, status);
    ws.outbox->addStatusEvents(message.id, message.chatId, id, ws.clock.nowMs());
    ws.engine->poke();
}

QList<ReceivedRequest> requestsTo(const TestReceiver &receiver, const std::string &path)
{
    QList<ReceivedRequest> list;
    for (const ReceivedRequest &r : receiver.requests()) {
        if (r.path == path)
            list.append(r);
    }
    return list;
}

void setEvents(Workspace &ws, qint64 id, WebhookEvents events)
{
    Webhook w = ws.webhook(id);
    w.events = events;
    ws.webhooks->update(w, ws.clock.nowMs());
    ws.engine->reload(id);
}

} // namespace

void TestDelivery::eventsFollowTheirMessage()
{
    TestReceiver receiver;
    Workspace ws;
    const QString secret = StandardWebhooks::generateSecret();
    const qint64 opted = ws.addWebhook(receiver.url(u"/events"_s), Aggregation::None, {0}, secret);
    ws.addWebhook(receiver.url(u"/plain"_s), Aggregation::None, {0}, secret);
    const qint64 filtered
        = ws.addWebhook(receiver.url(u"/filtered"_s), Aggregation::None, {0}, secret);
    QVERIFY(ws.startEngine());
    const WebhookEvents both = WebhookEvent::MessageStatus | WebhookEvent::MessageReaction;
    setEvents(ws, opted, both);
    Webhook f = ws.webhook(filtered);
    f.filter.text = u"invoice"_s;
    f.events = both;
    ws.webhooks->update(f, ws.clock.nowMs());
    ws.engine->reload(filtered);

    const auto sent = ingestCloudApi(ws, u"Your order shipped"_s, u"wamid.out"_s);
    for (const QString &status : {u"sent"_s, u"delivered"_s, u"read"_s})
        addStatus(ws, sent.message, {status, ws.clock.now(), {}});
    // The failed status of the fixture, as the Cloud API reports it.
    const auto failedSample = CloudApiNotification::parse(
        caseBody(fixtureCases(u"message_status.json"_s), u"failed"_s));
    QCOMPARE(failedSample.events.size(), 1);
    const auto invoice = ingestCloudApi(ws, u"Your invoice"_s, u"wamid.invoice"_s);
    addStatus(ws, invoice.message,
              CloudApiNotification::toMessageStatus(failedSample.events.constFirst()));

    QTRY_COMPARE(requestsTo(receiver, "/events").size(), 6);
    QTRY_COMPARE(requestsTo(receiver, "/plain").size(), 2);
    QTRY_COMPARE(requestsTo(receiver, "/filtered").size(), 2);
    const auto events = requestsTo(receiver, "/events");
    for (const ReceivedRequest &r : events) {
        QVERIFY(StandardWebhooks::verify(secret, QString::fromLatin1(r.header("webhook-id")),
                                         r.header("webhook-timestamp").toLongLong(),
                                         QByteArray::fromStdString(r.body),
                                         r.header("webhook-signature")));
    }
    // The message first, then its statuses in the order they were reported; the second
    // message's failure after the second message.
    QCOMPARE(json(events.at(0).body)[u"message"][u"message_uid"].toString(), sent.message.uid);
    QStringList order;
    for (int i : {1, 2, 3}) {
        const QJsonObject body = json(events.at(i).body);
        QCOMPARE(body[u"event"].toString(), u"message.status"_s);
        QCOMPARE(body[u"status"][u"message_uid"].toString(), sent.message.uid);
        QCOMPARE(body[u"status"][u"timestamp"].toString(), u"2026-03-01T05:59:00+0000"_s);
        QVERIFY(!body[u"status"].toObject().contains(u"error"_s));
        QCOMPARE(body[u"chat"][u"chat_id"].toString(), QString::number(sent.message.chatId));
        QCOMPARE(body[u"whatsapp_account"][u"phone"].toString(), u"+972500000000"_s);
        order << body[u"status"][u"status"].toString();
    }
    QCOMPARE(order, QStringList({u"sent"_s, u"delivered"_s, u"read"_s}));
    QCOMPARE(json(events.at(4).body)[u"message"][u"message_uid"].toString(), invoice.message.uid);
    const QJsonObject failed = json(events.at(5).body);
    QCOMPARE(failed[u"status"][u"status"].toString(), u"failed"_s);
    QCOMPARE(failed[u"status"][u"timestamp"].toString(), u"2023-07-15T00:20:58+0000"_s);
    QCOMPARE(failed[u"status"][u"error"][u"code"].toInteger(), 130472);
    QCOMPARE(failed[u"status"][u"error"][u"title"].toString(),
             u"User's number is part of an experiment"_s);
    QCOMPARE(failed[u"status"][u"error"][u"detail"].toString(),
             u"Failed to send message because this user's phone number is part of an experiment"_s);
    // Without the opt-in: the same message bodies, and no events.
    const auto plain = requestsTo(receiver, "/plain");
    QCOMPARE(plain.at(0).body, events.at(0).body);
    QCOMPARE(plain.at(1).body, events.at(4).body);
    // The filter turned the first message away, so none of its statuses go either.
    const auto onlyInvoice = requestsTo(receiver, "/filtered");
    QCOMPARE(json(onlyInvoice.at(0).body)[u"message"][u"message_uid"].toString(),
             invoice.message.uid);
    QCOMPARE(json(onlyInvoice.at(1).body)[u"status"][u"status"].toString(), u"failed"_s);

    // A reaction: an event naming the message for the opted-in webhook, the plain "Reacted"
    // message for the other; a reaction to a message Hookline never saw names only its wamid.
    const auto reaction = ingestCloudApi(ws, u"Reacted 👍 to a message"_s, u"wamid.reaction"_s,
                                         Reaction {u"wamid.out"_s, u"👍"_s});
    ingestCloudApi(ws, u"Removed a reaction from a message"_s, u"wamid.unreaction"_s,
                   Reaction {u"wamid.elsewhere"_s, QString()});
    QTRY_COMPARE(requestsTo(receiver, "/events").size(), 8);
    QTRY_COMPARE(requestsTo(receiver, "/plain").size(), 4);
    const QJsonObject reacted = json(requestsTo(receiver, "/events").at(6).body);
    QCOMPARE(reacted[u"event"].toString(), u"message.reaction"_s);
    QCOMPARE(reacted[u"reaction"][u"reaction_uid"].toString(), reaction.message.uid);
    QCOMPARE(reacted[u"reaction"][u"message_uid"].toString(), sent.message.uid);
    QCOMPARE(reacted[u"reaction"][u"message_wamid"].toString(), u"wamid.out"_s);
    QCOMPARE(reacted[u"reaction"][u"emoji"].toString(), u"👍"_s);
    QCOMPARE(reacted[u"reaction"][u"sender"][u"phone"].toString(), u"+919800000001"_s);
    const QJsonObject unreacted = json(requestsTo(receiver, "/events").at(7).body);
    QVERIFY(unreacted[u"reaction"][u"message_uid"].isNull());
    QCOMPARE(unreacted[u"reaction"][u"message_wamid"].toString(), u"wamid.elsewhere"_s);
    QCOMPARE(unreacted[u"reaction"][u"emoji"].toString(), QString());
    QCOMPARE(json(requestsTo(receiver, "/plain").at(2).body)[u"message"][u"text"].toString(),
             u"Reacted 👍 to a message"_s);
    // The filtered webhook's filter reads the reaction's text, which has no "invoice".
    QCOMPARE(requestsTo(receiver, "/filtered").size(), 2);
    QTRY_COMPARE(ws.count(u"SELECT count(*) FROM deliveries WHERE state = 'pending'"_s), 0);

    // A replay of the range sends what the webhook got: the two messages, and the reactions as
    // their events again (statuses are not replayed: they are WhatsApp's, not messages).
    const qint64 from = sent.message.timestamp.toMSecsSinceEpoch();
    const Outbox::ReplayPlan plan
        = ws.outbox->planReplay(from, from + 1000, nullptr, false, true, 100);
    QCOMPARE(plan.messages, 4);
    ws.outbox->queueReplay(opted, plan, ws.clock.nowMs());
    ws.engine->poke();
    QTRY_COMPARE(requestsTo(receiver, "/events").size(), 12);
    QStringList replayed;
    for (const ReceivedRequest &r : requestsTo(receiver, "/events").mid(8)) {
        QCOMPARE(r.header("webhook-replay"), QByteArray("true"));
        const QJsonObject body = json(r.body);
        replayed << (body.contains(u"event"_s) ? body[u"event"].toString()
                                               : body[u"message"][u"text"].toString());
    }
    QCOMPARE(replayed,
             QStringList({u"Your order shipped"_s, u"Your invoice"_s, u"message.reaction"_s,
                          u"message.reaction"_s}));
}

void TestDelivery::bundlingWebhooksGetEventsAfterTheBundle()
{
    TestReceiver receiver;
    Workspace ws;
    const qint64 bundling = ws.addWebhook(receiver.url(), Aggregation::Hours6);
    const qint64 plainBundling = ws.addWebhook(receiver.url(u"/plain"_s), Aggregation::Hours6);
    QVERIFY(ws.startEngine());
    setEvents(ws, bundling, WebhookEvent::MessageStatus | WebhookEvent::MessageReaction);
    Q_UNUSED(plainBundling);

    const auto sent = ingestCloudApi(ws, u"Your order shipped"_s, u"wamid.out"_s);
    addStatus(ws, sent.message, {u"delivered"_s, ws.clock.now(), {}});
    ingestCloudApi(ws, u"Reacted 👍 to a message"_s, u"wamid.reaction"_s,
                   Reaction {u"wamid.out"_s, u"👍"_s});
    // Nothing overtakes the bundle the message waits in.
    QCOMPARE(ws.count(u"SELECT count(*) FROM deliveries"_s), 0);
    ws.clock.setNow(QDateTime(QDate(2026, 3, 1), QTime(6, 0, 0), Qt::UTC));
    QTRY_COMPARE(requestsTo(receiver, "/hook").size(), 3);
    QTRY_COMPARE(requestsTo(receiver, "/plain").size(), 1);
    const auto hook = requestsTo(receiver, "/hook");
    // The bundle holds the message alone (the reaction became an event), exactly as a bundle
    // without events; then the status, then the reaction, in the order they arrived.
    const QJsonObject bundle = json(hook.at(0).body);
    QCOMPARE(bundle[u"messages"].toArray().size(), 1);
    QVERIFY(!bundle.contains(u"event"_s));
    QCOMPARE(json(hook.at(1).body)[u"event"].toString(), u"message.status"_s);
    QCOMPARE(json(hook.at(1).body)[u"status"][u"message_uid"].toString(), sent.message.uid);
    QCOMPARE(json(hook.at(2).body)[u"event"].toString(), u"message.reaction"_s);
    // Without the opt-in: one bundle with both messages, as before.
    QCOMPARE(json(requestsTo(receiver, "/plain").at(0).body)[u"messages"].toArray().size(), 2);

    // Once the bundle went, a later status goes at once.
    addStatus(ws, sent.message, {u"read"_s, ws.clock.now(), {}});
    QTRY_COMPARE(requestsTo(receiver, "/hook").size(), 4);
    QCOMPARE(json(requestsTo(receiver, "/hook").at(3).body)[u"status"][u"status"].toString(),
             u"read"_s);
}

void TestDelivery::missedWindowIsFlushedAtStart()
{
    TestReceiver receiver;
    Workspace ws;
    ws.addWebhook(receiver.url(), Aggregation::Hours1);
    // Messages arrive while no engine runs; the 06:00 boundary passes while it is closed.
    ws.ingest(u"m1"_s, u"+1001"_s);
    ws.ingest(u"m2"_s, u"+1002"_s);
    ws.clock.setNow(QDateTime(QDate(2026, 3, 1), QTime(8, 30), Qt::UTC));
    QVERIFY(ws.startEngine());
    QTRY_COMPARE(receiver.count(), 2);
    QTest::qWait(100);
    QCOMPARE(receiver.count(), 2); // one flush for all the missed windows, not one per window
}

void TestDelivery::aggregationChangeFlushesUnderTheOldSetting()
{
    TestReceiver receiver;
    Workspace ws;
    const qint64 id = ws.addWebhook(receiver.url(), Aggregation::Hours24);
    QVERIFY(ws.startEngine());
    ws.ingest(u"p1"_s);
    ws.ingest(u"p2"_s);
    Webhook w = ws.webhook(id);
    w.aggregation = Aggregation::None;
    ws.webhooks->update(w, ws.clock.nowMs());
    ws.engine->reload(id);
    QTRY_COMPARE(receiver.count(), 1);
    QCOMPARE(json(receiver.requests().at(0).body)[u"messages"].toArray().size(), 2);
    ws.ingest(u"after"_s);
    QTRY_COMPARE(receiver.count(), 2);
    QVERIFY(json(receiver.requests().at(1).body).contains(u"message"));
    QVERIFY(ActivityLog(*ws.db).recent(id, 20).size() >= 2);
}

void TestDelivery::largeBundlesAreSplit()
{
    Workspace ws;
    const qint64 id = ws.addWebhook(u"http://127.0.0.1:9/never"_s, Aggregation::Hours1);
    // 1,200 small messages: 500 + 500 + 200.
    QList<IngestMessage> batch;
    for (int i = 0; i < 1200; ++i) {
        IngestMessage m;
        m.account.phone = u"+1"_s;
        m.chat.phone = u"+2"_s;
        m.text = u"m%1"_s.arg(i);
        m.timestamp = ws.clock.now().addSecs(i);
        batch.append(m);
    }
    ws.messages->ingest(batch, ws.outbox->hook(ws.clock.nowMs()));
    // Nine 1 MB texts in another chat: each travels twice (message and aggregation note), so
    // two fit under 5 MB and the count limit is never reached.
    QList<IngestMessage> big;
    for (int i = 0; i < 9; ++i) {
        IngestMessage m = batch.first();
        m.chat.phone = u"+3"_s;
        m.text = QString(1024 * 1024, QChar(u'a' + i));
        big.append(m);
    }
    ws.messages->ingest(big, ws.outbox->hook(ws.clock.nowMs()));
    QCOMPARE(ws.outbox->flushBundles(id, ws.clock.nowMs()), 8);
    QSqlQuery q = ws.db->execDirect(u"SELECT count(dm.message_id) FROM deliveries d"
                                    " JOIN delivery_messages dm ON dm.delivery_id = d.id"
                                    " GROUP BY d.id ORDER BY d.id"_s);
    QList<int> sizes;
    while (q.next())
        sizes.append(q.value(0).toInt());
    QCOMPARE(sizes, (QList<int> {500, 500, 200, 2, 2, 2, 2, 1}));
}

// Replay by range: the same bodies once more, under new webhook-ids, with `webhook-replay:
// true` and "replay" in the activity log; the first deliveries and their headers stay as they
// were.
void TestDelivery::replaysCarryTheReplayHeaderUnderNewIds()
{
    TestReceiver receiver;
    Workspace ws;
    const QString secret = StandardWebhooks::generateSecret();
    const qint64 id = ws.addWebhook(receiver.url(), Aggregation::None, {0}, secret);
    QVERIFY(ws.startEngine());
    const qint64 from = ws.clock.nowMs();
    for (const QString &text : {u"0"_s, u"1"_s, u"2"_s}) {
        ws.ingest(text);
        ws.clock.advanceMs(1000);
    }
    QTRY_COMPARE(receiver.count(), 3);
    QTRY_COMPARE(ws.count(u"SELECT count(*) FROM deliveries WHERE state = 'delivered'"_s), 3);

    // The range leaves the last message out.
    const Outbox::ReplayPlan plan
        = ws.outbox->planReplay(from, from + 2000, nullptr, false, false, 100);
    QCOMPARE(plan.messages, 2);
    const QList<qint64> ids = ws.outbox->queueReplay(id, plan, ws.clock.nowMs());
    QCOMPARE(ids.size(), 2);
    QVERIFY(ws.outbox->delivery(ids.constFirst())->replay);
    ws.engine->poke();
    QTRY_COMPARE(receiver.count(), 5);
    QTRY_COMPARE(ws.count(u"SELECT count(*) FROM deliveries WHERE state = 'delivered'"_s), 5);

    const QList<ReceivedRequest> requests = receiver.requests();
    QSet<QByteArray> webhookIds;
    for (int i = 0; i < requests.size(); ++i) {
        const ReceivedRequest &r = requests.at(i);
        const bool replay = i >= 3;
        QCOMPARE(r.header("webhook-replay"), replay ? QByteArray("true") : QByteArray());
        QCOMPARE(json(r.body)[u"message"][u"text"].toString(), QString::number(replay ? i - 3 : i));
        // Signed as any delivery: the header is not part of what is signed.
        QCOMPARE(r.header("webhook-signature"),
                 StandardWebhooks::signature(secret, QString::fromLatin1(r.header("webhook-id")),
                                             r.header("webhook-timestamp").toLongLong(),
                                             QByteArray::fromStdString(r.body)));
        webhookIds.insert(r.header("webhook-id"));
    }
    QCOMPARE(webhookIds.size(), 5);
    for (qint64 original = 1; original <= 3; ++original)
        QVERIFY(!ws.outbox->delivery(original)->replay);

    QTRY_COMPARE(AttemptLog(*ws.db).recent(id, 100).size(), 5);
    const QList<AttemptRecord> logged = AttemptLog(*ws.db).recent(id, 100); // oldest first
    QCOMPARE(headerValue(logged.constFirst().requestHeaders, "webhook-replay"), QByteArray());
    QCOMPARE(headerValue(logged.constLast().requestHeaders, "webhook-replay"), QByteArray("true"));
    QTRY_VERIFY([&] {
        int replays = 0;
        for (const ActivityEntry &e : ActivityLog(*ws.db).recent(id, 100))
            replays
                += e.kind == ActivityKind::Delivered && e.text.startsWith(u"replay delivered: "_s);
        return replays == 2;
    }());
}

void TestDelivery::restartResendsInFlightWithTheSameWebhookId()
{
    TestReceiver receiver;
    QAtomicInt hang(1);
    receiver.setScript([&hang](const ReceivedRequest &, int) {
        ScriptedAnswer a;
        a.delayMs = hang.loadRelaxed() ? 2000 : 0;
        return a;
    });
    Workspace ws;
    const qint64 id = ws.addWebhook(receiver.url());
    QVERIFY(ws.startEngine());
    for (int i = 0; i < 3; ++i)
        ws.ingest(u"m%1"_s.arg(i), u"+100%1"_s.arg(i));
    QTRY_COMPARE(receiver.count(), 3);
    // The engine goes away with three requests in flight (a crash, as far as it knows).
    ws.engine.reset();
    hang.storeRelaxed(0);
    QCOMPARE(ws.outbox->pendingMessageCount(id), 3);
    QVERIFY(ws.startEngine());
    QTRY_COMPARE(ws.outbox->pendingMessageCount(id), 0);
    const auto requests = receiver.requests();
    QCOMPARE(requests.size(), 6);
    QSet<QByteArray> firstIds;
    QSet<QByteArray> secondIds;
    for (int i = 0; i < 3; ++i)
        firstIds.insert(requests.at(i).header("webhook-id"));
    for (int i = 3; i < 6; ++i)
        secondIds.insert(requests.at(i).header("webhook-id"));
    QCOMPARE(firstIds.size(), 3);
    QCOMPARE(secondIds, firstIds);
}

void TestDelivery::detailedLogKeepsTheMostRecentN()
{
    TestReceiver receiver;
    Workspace ws;
    const qint64 id = ws.addWebhook(receiver.url());
    ws.db->execDirect(u"UPDATE webhooks SET log_limit = 5 WHERE id = %1"_s.arg(id));
    QVERIFY(ws.startEngine());
    for (int i = 0; i < 8; ++i)
        ws.ingest(u"m%1"_s.arg(i));
    QTRY_COMPARE(ws.outbox->pendingMessageCount(id), 0);
    QTRY_COMPARE(ws.count(u"SELECT count(*) FROM attempts"_s), 5);
    const auto log = AttemptLog(*ws.db).recent(id, 100);
    QCOMPARE(log.size(), 5);
    QCOMPARE(json(log.constFirst().requestBody.toStdString())[u"message"][u"text"].toString(),
             u"m3"_s);
    QCOMPARE(json(log.constLast().requestBody.toStdString())[u"message"][u"text"].toString(),
             u"m7"_s);
    // The full activity history stays.
    QCOMPARE(ws.count(u"SELECT count(*) FROM activity WHERE kind = 'delivered'"_s), 8);
}

void TestDelivery::saveAndTest()
{
    TestReceiver receiver;
    Workspace ws;
    const qint64 id = ws.addWebhook(receiver.url(), Aggregation::Hours6);
    QVERIFY(ws.startEngine());
    QSignalSpy tests(ws.engine.get(), &Engine::testFinished);
    ws.engine->test(id, 7);
    QTRY_COMPARE(tests.size(), 1);
    QCOMPARE(tests.at(0).at(0).toULongLong(), 7u);
    QCOMPARE(tests.at(0).at(1).toBool(), false);
    QVERIFY(tests.at(0).at(2).toString().contains(u"no message"_s));

    ws.ingest(u"older"_s);
    ws.ingest(u"most recent"_s);
    ws.engine->test(id, 8);
    QTRY_COMPARE(tests.size(), 2);
    QCOMPARE(tests.at(1).at(1).toBool(), true);
    QVERIFY(tests.at(1).at(2).toString().contains(u"HTTP 200"_s));
    // An aggregating webhook gets a one-message bundle.
    const QJsonObject body = json(receiver.requests().constLast().body);
    QCOMPARE(body[u"messages"].toArray().size(), 1);
    QCOMPARE(body[u"messages"][0][u"text"].toString(), u"most recent"_s);
    // The real bundle still waits for its window; the test changed nothing there.
    QCOMPARE(ws.outbox->pendingMessageCount(id), 2);
    QCOMPARE(ActivityLog(*ws.db).recent(id).constFirst().kind, ActivityKind::Test);
}

void TestDelivery::engineRunsInItsOwnThread()
{
    TestReceiver receiver;
    Workspace ws;
    const qint64 id = ws.addWebhook(receiver.url());
    EngineThread thread(ws.options());
    QSignalSpy started(thread.engine(), &Engine::started);
    QSignalSpy attempts(thread.engine(), &Engine::attemptFinished);
    thread.start();
    QTRY_COMPARE(started.size(), 1);
    QVERIFY(started.first().at(0).toBool());
    for (int i = 0; i < 20; ++i) {
        ws.ingest(u"m%1"_s.arg(i));
        thread.poke();
    }
    QTRY_COMPARE(receiver.count(), 20);
    QTRY_COMPARE(attempts.size(), 20);
    QTRY_COMPARE(ws.outbox->pendingMessageCount(id), 0);
}

void TestDelivery::deletingAWebhookStrandsNothingElse()
{
    // B sends at once and so owns the newest delivery ids; A waits for its bundle window. After
    // B is deleted, A's bundle deliveries must still be found and sent (ids are never reused).
    TestReceiver receiver;
    Workspace ws;
    const qint64 a = ws.addWebhook(receiver.url(u"/a"_s), Aggregation::Hours6);
    QVERIFY(ws.startEngine());
    const qint64 b = ws.addWebhook(receiver.url(u"/b"_s));
    for (int i = 0; i < 5; ++i)
        ws.ingest(u"m%1"_s.arg(i), u"+100%1"_s.arg(i));
    QTRY_COMPARE(receiver.count(), 5);
    ws.webhooks->remove(b);
    ws.engine->reload(b);
    const qint64 c = ws.addWebhook(receiver.url(u"/c"_s));
    QVERIFY(c > b); // a new webhook never takes a deleted one's id
    ws.clock.setNow(QDateTime(QDate(2026, 3, 1), QTime(6, 0), Qt::UTC));
    QTRY_COMPARE(ws.outbox->pendingMessageCount(a), 0);
    int bundles = 0;
    for (const ReceivedRequest &r : receiver.requests())
        bundles += r.path == "/a" ? 1 : 0;
    QCOMPARE(bundles, 5);
}

QTEST_GUILESS_MAIN(TestDelivery)
namespace {

// A second engine on the workspace's store, as another instance would run it.
std::unique_ptr<Engine> startSecondEngine(Workspace &ws)
{
    auto engine = std::make_unique<Engine>(ws.options());
    QSignalSpy started(engine.get(), &Engine::started);
    engine->start();
    if (started.isEmpty() || !started.first().at(0).toBool())
        return nullptr;
    return engine;
}

} // namespace

void TestDelivery::twoEnginesShareTheWorkInOrder()
{
    REQUIRE_POSTGRES();
    TestReceiver receiver;
    receiver.setScript([](const ReceivedRequest &, int index) {
        ScriptedAnswer a;
        a.delayMs = (index * 7919) % 23;
        return a;
    });
    Workspace ws;
    const qint64 id = ws.addWebhook(receiver.url());
    // Every attempt stays in the log, so each engine can report the other's (a trimmed one
    // is gone before it could be shown). The engines share the test's thread, which is busy
    // ingesting for seconds at first (ASan, PostgreSQL): a short timeout would expire on
    // answers that came in meanwhile and send those messages again.
    ws.db->execDirect(u"UPDATE webhooks SET log_limit = 1000, timeout_ms = 60000,"
                      " max_in_flight = 3 WHERE id = %1"_s.arg(id));
    QVERIFY(ws.startEngine());
    auto other = startSecondEngine(ws);
    QVERIFY(other);
    QSignalSpy mine(ws.engine.get(), &Engine::attemptFinished);
    QSignalSpy theirs(other.get(), &Engine::attemptFinished);
    constexpr int chats = 20;
    constexpr int perChat = 30;
    for (int i = 0; i < perChat; ++i) {
        for (int c = 0; c < chats; ++c)
            ws.ingest(u"%1"_s.arg(i), u"+1555%1"_s.arg(c));
    }
    QTRY_COMPARE_WITH_TIMEOUT(ws.outbox->pendingMessageCount(id), 0, 60000);
    // Each delivery was leased to one engine: no repeats, each chat in order, never more than
    // the webhook's max_in_flight (3) requests at once although two engines send.
    QCOMPARE(receiver.count(), chats * perChat);
    QVERIFY(arrivedInChatOrder(receiver.requests()));
    QVERIFY2(receiver.maxConcurrent() <= 3, qPrintable(QString::number(receiver.maxConcurrent())));
    QTRY_COMPARE(ws.count(u"SELECT count(*) FROM deliveries WHERE state = 'delivered'"_s),
                 chats * perChat);
    // Both engines took part (a delivered row keeps the lease owner that sent it).
    QCOMPARE(ws.count(u"SELECT count(DISTINCT lease_owner) FROM deliveries"_s), 2);
    QTRY_COMPARE(mine.size(),
                 chats * perChat); // each engine reports every attempt, its own or not
    QTRY_COMPARE(theirs.size(), chats * perChat);
}

void TestDelivery::twoEnginesShareTheRate()
{
    // 2 requests per second for the webhook, not per engine: each of the two sends its half, on
    // the clock both share, whatever is waiting (eight chats, so per-chat order holds nothing
    // back).
    REQUIRE_POSTGRES();
    TestReceiver receiver;
    Workspace ws;
    const qint64 id = ws.addWebhook(receiver.url());
    ws.db->execDirect(u"UPDATE webhooks SET max_per_second = 2 WHERE id = %1"_s.arg(id));
    QVERIFY(ws.startEngine());
    auto other = startSecondEngine(ws);
    QVERIFY(other);
    for (int c = 0; c < 8; ++c)
        ws.ingest(u"m%1"_s.arg(c), u"+1555%1"_s.arg(c));
    // One from each at once; the next a second later, not a millisecond sooner.
    QTRY_COMPARE(receiver.count(), 2);
    QTest::qWait(300);
    QCOMPARE(receiver.count(), 2);
    ws.clock.advanceMs(999);
    QTest::qWait(300);
    QCOMPARE(receiver.count(), 2);
    ws.clock.advanceMs(1);
    QTRY_COMPARE(receiver.count(), 4);
    QTest::qWait(300);
    QCOMPARE(receiver.count(), 4);
    // After a long quiet, a second's worth between them, not the rest at once.
    ws.clock.advanceMs(10000);
    QTRY_COMPARE(receiver.count(), 6);
    QTest::qWait(300);
    QCOMPARE(receiver.count(), 6);
    ws.clock.advanceMs(1000);
    QTRY_COMPARE(receiver.count(), 8);
    QTRY_COMPARE(ws.count(u"SELECT count(*) FROM deliveries WHERE state = 'delivered'"_s), 8);
    QCOMPARE(ws.count(u"SELECT count(DISTINCT lease_owner) FROM deliveries"_s), 2);
}

void TestDelivery::twoEnginesDisableOnce()
{
    REQUIRE_POSTGRES();
    TestReceiver receiver;
    receiver.setScript([](const ReceivedRequest &, int) {
        ScriptedAnswer a;
        a.status = 500;
        return a;
    });
    Workspace ws;
    constexpr int chats = 4;
    const qint64 id = ws.addWebhook(receiver.url(), Aggregation::None, {60});
    QVERIFY(ws.startEngine());
    auto other = startSecondEngine(ws);
    QVERIFY(other);
    QSignalSpy disabledHere(ws.engine.get(), &Engine::autoDisabled);
    QSignalSpy disabledThere(other.get(), &Engine::autoDisabled);
    for (int c = 0; c < chats; ++c)
        ws.ingest(u"x"_s, u"+1666%1"_s.arg(c));
    // A round: every chat's head once, then the webhook's backoff (a minute) passes.
    for (int round = 0; round < 10 && ws.webhook(id).enabled; ++round) {
        QTest::qWait(300);
        ws.clock.advanceMs(61000);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!ws.webhook(id).enabled, 10000);
    QTest::qWait(300); // whatever was in flight lands
    // The count is shared: the store's eleventh consecutive error disables, once, whichever
    // engine commits it; at most the round under way completes.
    QCOMPARE(disabledHere.size() + disabledThere.size(), 1);
    QVERIFY(ws.webhook(id).consecutiveErrors >= 11);
    const int requests = receiver.count();
    qInfo() << requests << "requests until the shared count disabled the webhook";
    QVERIFY2(requests >= 11 && requests < 11 + chats, qPrintable(QString::number(requests)));
    ws.clock.advanceMs(61000);
    QTest::qWait(300);
    QCOMPARE(receiver.count(), requests); // nothing more while disabled
}

void TestDelivery::eachEngineReportsTheOthersAttempts()
{
    REQUIRE_POSTGRES();
    TestReceiver receiver;
    Workspace ws;
    const qint64 id = ws.addWebhook(receiver.url());
    QVERIFY(ws.startEngine());
    auto other = startSecondEngine(ws);
    QVERIFY(other);
    QSignalSpy here(ws.engine.get(), &Engine::attemptFinished);
    QSignalSpy there(other.get(), &Engine::attemptFinished);
    QSignalSpy activityThere(other.get(), &Engine::activityAdded);
    for (int c = 0; c < 5; ++c)
        ws.ingest(u"hello"_s, u"+1777%1"_s.arg(c));
    QTRY_COMPARE(receiver.count(), 5);
    // A desktop on either instance sees every attempt once, whoever made it.
    QTRY_COMPARE(here.size(), 5);
    QTRY_COMPARE(there.size(), 5);
    QTest::qWait(500);
    QCOMPARE(here.size(), 5);
    QCOMPARE(there.size(), 5);
    QVERIFY(!activityThere.isEmpty());
    QCOMPARE(activityThere.constLast().at(0).toLongLong(), id);
}

void TestDelivery::twoEnginesFlushAWindowOnce()
{
    REQUIRE_POSTGRES();
    TestReceiver receiver;
    Workspace ws;
    const qint64 id = ws.addWebhook(receiver.url(), Aggregation::Hours6);
    QVERIFY(ws.startEngine());
    auto other = startSecondEngine(ws); // on the same clock: both reach 06:00 together
    QVERIFY(other);
    constexpr int chats = 5;
    for (int c = 0; c < chats; ++c) {
        ws.ingest(u"first"_s, u"+1888%1"_s.arg(c));
        ws.ingest(u"second"_s, u"+1888%1"_s.arg(c));
    }
    QTest::qWait(200);
    QCOMPARE(receiver.count(), 0);
    ws.clock.advanceMs(2 * 60 * 1000); // past 06:00
    QTRY_COMPARE(receiver.count(), chats);
    QTest::qWait(500);
    // One bundle per chat: the window was flushed by one engine only.
    QCOMPARE(receiver.count(), chats);
    QCOMPARE(ws.count(u"SELECT count(*) FROM deliveries WHERE kind = 'bundle'"_s), chats);
    for (const ReceivedRequest &r : receiver.requests())
        QCOMPARE(deliveredMessages(r).size(), 2);
    QCOMPARE(ws.outbox->pendingMessageCount(id), 0);
}

#include "tst_delivery.moc"
