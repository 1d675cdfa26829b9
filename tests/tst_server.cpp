// End-to-end tests of `hookline --headless` driven only over HTTP: the real binary on a free
// port, a real receiver, signatures checked by the reference `standardwebhooks` npm package.
#include "cloudapi/cloudapisignature.h"
#include "domain/standardwebhooks.h"
#include "runtime/instance.h"
#include "server/inspector.h"
#include "server/localserver.h"
#include "store/database.h"
#include "support/cloudapifixtures.h"
#include "support/fakegraphapi.h"
#include "support/hooklineprocess.h"
#include "support/testdatabase.h"
#include "support/testreceiver.h"

#include <httplib.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <QElapsedTimer>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class TestServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void startsOnAFreePortWithAPrivateToken();
    void everyApiRouteNeedsTheToken();
    void ingestDeliversTheExactPayload();
    void signaturesVerifyWithTheReferenceLibrary();
    void badInputIsRefusedByName_data();
    void badInputIsRefusedByName();
    void rejectedBatchStoresNothing();
    void oversizedBodyIs413();
    void webhookCrud();
    void webhookHeadersAreWriteOnly();
    void webhookFiltersOverTheApi();
    void webhookThrottleOverTheApiAndAcrossARestart();
    void pullFeedGivesEveryPayloadOnceAcrossARestart();
    void pullFeedRefusalsNameTheParameter();
    void webhookEventsAreSetReadAndRefused();
    void bundlesViaFlushActivityAndLog();
    void replayOfTenThousandMessages();
    void replayRefusalsNameTheField();
    void replayToAnotherUrlOrAnInspectorName();
    void autoDisableAfterElevenErrors();
    void chatAndAttachmentLinks();
    void partiesFilledAndLinkProblemsNamed();
    void exportLogWorksBesideARunningInstance();
    void killDuringDeliveriesLosesNothing();
    void tenRandomKillsLoseNothing();
    void slowAndVanishedClientsStallNothing();
    void workspaceSettingsAndTestEmail();
    void importsAChatExport();
    void cloudApiWebhookEndToEnd();
    void sendingThroughTheCloudApi();
    void acknowledgedNotificationsSurviveAKill();
    void inspectorAnswersWithACustomResponse();
    void inspectorDefaultAnswerIsUnchanged();
    void inspectorRefusesOversizedAnswerBodies();
    void inspectorRefusesBadContentTypes();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_store;
    std::unique_ptr<Hookline> m_hookline;
    std::unique_ptr<TestReceiver> m_receiver;
};

void TestServer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_receiver = std::make_unique<TestReceiver>();
    m_store = std::make_unique<TestDatabase>();
    m_hookline = std::make_unique<Hookline>(m_dir->path(), *m_store);
    QVERIFY(m_hookline->start());
}

void TestServer::cleanup()
{
    m_hookline.reset();
    m_store.reset();
    m_receiver.reset();
    m_dir.reset();
}

void TestServer::startsOnAFreePortWithAPrivateToken()
{
    QVERIFY(m_hookline->port() > 0);
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(m_dir->filePath(u"api-token"_s)).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);
    QVERIFY(m_hookline->token().size() >= 32);
    auto health = m_hookline->client(false)->Get("/healthz");
    QVERIFY(health);
    QCOMPARE(health->status, 200);
    // The token survives a restart.
    const std::string token = m_hookline->token();
    m_hookline->stop();
    QVERIFY(m_hookline->start());
    QCOMPARE(m_hookline->token(), token);
}

void TestServer::everyApiRouteNeedsTheToken()
{
    const std::vector<std::pair<std::string, std::string>> routes = {
        {"GET", "/api/v1/webhooks"},
        {"POST", "/api/v1/webhooks"},
        {"GET", "/api/v1/webhooks/1"},
        {"PUT", "/api/v1/webhooks/1"},
        {"DELETE", "/api/v1/webhooks/1"},
        {"POST", "/api/v1/webhooks/1/test"},
        {"POST", "/api/v1/webhooks/1/flush"},
        {"POST", "/api/v1/webhooks/1/replay"},
        {"GET", "/api/v1/webhooks/1/activity"},
        {"GET", "/api/v1/webhooks/1/log"},
        {"GET", "/api/v1/webhooks/1/feed"},
        {"POST", "/api/v1/webhooks/1/feed/ack"},
        {"POST", "/api/v1/messages"},
        {"GET", "/api/v1/messages/0b6e7c0e-8d6a-4b7c-9a55-2f1d3c4b5a69"},
        {"GET", "/api/v1/accounts"},
        {"POST", "/api/v1/accounts"},
        {"GET", "/api/v1/accounts/1"},
        {"PUT", "/api/v1/accounts/1"},
        {"GET", "/api/v1/workspace"},
        {"PUT", "/api/v1/workspace"},
        {"DELETE", "/api/v1/workspace/teammates/1"},
        {"POST", "/api/v1/deliveries/1/resend"},
        {"POST", "/api/v1/imports?account=%2B1"},
    };
    for (const bool wrong : {false, true}) {
        auto c = m_hookline->client(false);
        if (wrong)
            c->set_default_headers({{"Authorization", "Bearer " + std::string(43, 'A')}});
        for (const auto &[method, path] : routes) {
            httplib::Result r = method == "GET" ? c->Get(path)
                : method == "POST"              ? c->Post(path, "{}", "application/json")
                : method == "PUT"               ? c->Put(path, "{}", "application/json")
                                                : c->Delete(path);
            QVERIFY2(r, path.c_str());
            QVERIFY2(r->status == 401,
                     (method + " " + path + " " + std::to_string(r->status)).c_str());
            QCOMPARE(object(r->body)[u"field"].toString(), u"Authorization"_s);
        }
    }
}

void TestServer::ingestDeliversTheExactPayload()
{
    m_hookline->createWebhook({{u"url"_s, m_receiver->url()}});
    QJsonObject m = message(u"<script>alert(1)</script> & नमस्ते"_s);
    m.insert(u"external_id"_s, u"crm-1"_s);
    auto r = m_hookline->post("/api/v1/messages", m);
    QVERIFY(r);
    QCOMPARE(r->status, 201);
    const QJsonObject created = object(r->body);
    const QString uid = created[u"message_uid"].toString();
    QCOMPARE(uid.size(), 36);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(), 1, 10000);
    const QJsonObject payload = object(m_receiver->requests().constFirst().body);
    QCOMPARE(payload[u"message"][u"message_uid"].toString(), uid);
    QCOMPARE(payload[u"message"][u"text"].toString(), u"<script>alert(1)</script> & नमस्ते"_s);
    QCOMPARE(payload[u"message"][u"timestamp"].toString(), u"2026-03-01T09:05:07+0000"_s);
    QCOMPARE(payload[u"chat"][u"chat_id"].toString(), created[u"chat_id"].toString());
    QCOMPARE(payload[u"chat"][u"full_name"].toString(), u"Priya <b>"_s);
    QCOMPARE(payload[u"whatsapp_account"][u"email"].toString(), u"sales@example.com"_s);

    // The same external_id again: stored once, answered with the first message.
    r = m_hookline->post("/api/v1/messages", m);
    QCOMPARE(r->status, 200);
    QCOMPARE(object(r->body)[u"message_uid"].toString(), uid);
    QCOMPARE(object(r->body)[u"duplicate"].toBool(), true);

    r = m_hookline->get("/api/v1/messages/" + uid.toStdString());
    QCOMPARE(r->status, 200);
    QCOMPARE(object(r->body)[u"text"].toString(), u"<script>alert(1)</script> & नमस्ते"_s);
    QVERIFY(object(r->body)[u"statuses"].isArray());
    QTest::qWait(300);
    QCOMPARE(m_receiver->count(), 1);
}

void TestServer::signaturesVerifyWithTheReferenceLibrary()
{
    const QString secret = u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;
    m_hookline->createWebhook({{u"url"_s, m_receiver->url()}, {u"secret"_s, secret}});
    QJsonArray batch;
    for (int i = 0; i < 5; ++i)
        batch.append(message(u"signed %1 ✓"_s.arg(i), u"+1555000%1"_s.arg(i)));
    QCOMPARE(m_hookline->post("/api/v1/messages", {{u"messages"_s, batch}})->status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(), 5, 10000);
    QJsonArray requests;
    for (const ReceivedRequest &r : m_receiver->requests()) {
        requests.append(
            QJsonObject {{u"id"_s, QString::fromLatin1(r.header("webhook-id"))},
                         {u"timestamp"_s, QString::fromLatin1(r.header("webhook-timestamp"))},
                         {u"signature"_s, QString::fromLatin1(r.header("webhook-signature"))},
                         {u"body"_s, QString::fromStdString(r.body)}});
    }
    const QString file = m_dir->filePath(u"requests.json"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(requests).toJson());
    }
    auto verify = [&](const QString &key) {
        QProcess node;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"NODE_PATH"_s, QStringLiteral(HOOKLINE_JS_TOOLS) + u"/node_modules"_s);
        node.setProcessEnvironment(env);
        node.start(QStringLiteral(HOOKLINE_NODE),
                   {QStringLiteral(HOOKLINE_JS_SOURCES) + u"/verify-signatures.js"_s, file, key});
        node.waitForFinished(60000);
        return std::make_pair(
            node.exitCode(),
            QByteArray(node.readAllStandardOutput() + node.readAllStandardError()));
    };
    const auto [code, output] = verify(secret);
    QVERIFY2(code == 0, output.constData());
    QVERIFY(output.contains("verified 5"));
    // A different secret must fail, or the check proves nothing.
    QCOMPARE(verify(u"whsec_"_s + QString::fromLatin1(QByteArray(24, 'k').toBase64())).first, 1);
}

void TestServer::badInputIsRefusedByName_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    auto with = [](const QString &key, const QJsonValue &value) {
        QJsonObject m = message(u"x"_s);
        if (value.isUndefined())
            m.remove(key);
        else
            m.insert(key, value);
        return QJsonDocument(m).toJson(QJsonDocument::Compact);
    };
    QTest::newRow("broken JSON") << QByteArray("{\"account\": ") << QByteArray("application/json")
                                 << 400 << u"body"_s;
    QTest::newRow("not an object")
        << QByteArray("[1,2]") << QByteArray("application/json") << 400 << u"body"_s;
    QTest::newRow("form body") << with(u"text"_s, u"x"_s)
                               << QByteArray("application/x-www-form-urlencoded") << 415
                               << u"Content-Type"_s;
    QTest::newRow("no account") << with(u"account"_s, QJsonValue::Undefined)
                                << QByteArray("application/json") << 400 << u"account"_s;
    QTest::newRow("no chat phone") << with(u"chat"_s, QJsonObject {{u"full_name"_s, u"x"_s}})
                                   << QByteArray("application/json") << 400 << u"chat.phone"_s;
    QTest::newRow("phone as number") << with(u"chat"_s, QJsonObject {{u"phone"_s, 972}})
                                     << QByteArray("application/json") << 400 << u"chat.phone"_s;
    QTest::newRow("unknown direction") << with(u"direction"_s, u"forwarded"_s)
                                       << QByteArray("application/json") << 400 << u"direction"_s;
    QTest::newRow("no direction") << with(u"direction"_s, QJsonValue::Undefined)
                                  << QByteArray("application/json") << 400 << u"direction"_s;
    QTest::newRow("bad timestamp") << with(u"timestamp"_s, u"yesterday"_s)
                                   << QByteArray("application/json") << 400 << u"timestamp"_s;
    QTest::newRow("timestamp without zone")
        << with(u"timestamp"_s, u"2026-03-01T10:00:00"_s) << QByteArray("application/json") << 400
        << u"timestamp"_s;
    QTest::newRow("bad base64") << with(
        u"attachment"_s,
        QJsonObject {{u"filename"_s, u"a.png"_s}, {u"data_base64"_s, u"!!!notbase64"_s}})
                                << QByteArray("application/json") << 400
                                << u"attachment.data_base64"_s;
    QTest::newRow("text as array")
        << with(u"text"_s, QJsonArray {1}) << QByteArray("application/json") << 400 << u"text"_s;
    QTest::newRow("empty message") << with(u"text"_s, QJsonValue::Undefined)
                                   << QByteArray("application/json") << 400 << u"text"_s;
    QJsonArray tooMany;
    for (int i = 0; i < 1001; ++i)
        tooMany.append(message(u"x"_s));
    QTest::newRow("batch of 1001")
        << QJsonDocument(QJsonObject {{u"messages"_s, tooMany}}).toJson(QJsonDocument::Compact)
        << QByteArray("application/json") << 400 << u"messages"_s;
}

void TestServer::badInputIsRefusedByName()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, field);
    auto r = m_hookline->client()->Post("/api/v1/messages", body.toStdString(),
                                        contentType.toStdString());
    QVERIFY(r);
    QCOMPARE(r->status, status);
    const QJsonObject error = object(r->body);
    QCOMPARE(error[u"field"].toString(), field);
    QVERIFY2(!error[u"error"].toString().isEmpty(), r->body.c_str());
}

void TestServer::rejectedBatchStoresNothing()
{
    QJsonArray batch {message(u"fine"_s), message(u"also fine"_s), message(u"x"_s)};
    QJsonObject bad = batch.at(2).toObject();
    bad.insert(u"chat"_s, QJsonObject {{u"is_group"_s, true}});
    batch.replace(2, bad);
    auto r = m_hookline->post("/api/v1/messages", {{u"messages"_s, batch}});
    QCOMPARE(r->status, 400);
    QCOMPARE(object(r->body)[u"field"].toString(), u"messages[2].chat.group_id"_s);
    r = m_hookline->get("/api/v1/accounts");
    QCOMPARE(object(r->body)[u"accounts"].toArray().size(), 0);
    // Unknown ids are 404s.
    QCOMPARE(m_hookline->get("/api/v1/messages/0b6e7c0e-8d6a-4b7c-9a55-2f1d3c4b5a69")->status, 404);
    QCOMPARE(m_hookline->get("/api/v1/webhooks/999")->status, 404);
    QCOMPARE(m_hookline->get("/api/v1/accounts/999")->status, 404);
}

void TestServer::oversizedBodyIs413()
{
    const std::string huge(17 * 1024 * 1024, 'x');
    auto r = m_hookline->client()->Post("/api/v1/messages", huge, "application/json");
    QVERIFY(r);
    QCOMPARE(r->status, 413);
    // The server is still fine afterwards.
    QCOMPARE(m_hookline->get("/api/v1/webhooks")->status, 200);
}

void TestServer::webhookCrud()
{
    auto r = m_hookline->post("/api/v1/webhooks",
                              {{u"name"_s, u"Zapier"_s},
                               {u"url"_s, u"https://hooks.example.com/x"_s},
                               {u"aggregation"_s, u"6h"_s},
                               {u"secret"_s, u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s},
                               {u"retry_schedule"_s, QJsonArray {1, 2, 3}}});
    QCOMPARE(r->status, 201);
    const QJsonObject created = object(r->body);
    const qint64 id = created[u"id"].toInteger();
    QCOMPARE(created[u"has_secret"].toBool(), true);
    QVERIFY(!created.contains(u"secret"));
    QVERIFY(!QByteArray::fromStdString(r->body).contains("MfKQ9r8"));
    QCOMPARE(created[u"timeout_ms"].toInt(), 15000);
    QCOMPARE(created[u"success_rule"].toString(), u"2xx"_s);

    const std::string path = "/api/v1/webhooks/" + std::to_string(id);
    r = m_hookline->put(path, {{u"success_rule"_s, u"200"_s}, {u"timeout_ms"_s, 5000}});
    QCOMPARE(r->status, 200);
    QCOMPARE(object(r->body)[u"success_rule"].toString(), u"200"_s);
    QCOMPARE(object(r->body)[u"aggregation"].toString(), u"6h"_s); // untouched
    QCOMPARE(object(r->body)[u"name"].toString(), u"Zapier"_s);

    const std::vector<std::pair<QJsonObject, QString>> bad = {
        {{{u"url"_s, u"ftp://x"_s}}, u"url"_s},
        {{{u"aggregation"_s, u"2h"_s}}, u"aggregation"_s},
        {{{u"timeout_ms"_s, u"soon"_s}}, u"timeout_ms"_s},
        {{{u"secret"_s, u"hunter2"_s}}, u"secret"_s},
        {{{u"consecutive_errors"_s, 0}}, u"consecutive_errors"_s},
        {{{u"retry_schedule"_s, QJsonArray {-1}}}, u"retry_schedule"_s},
    };
    for (const auto &[patch, field] : bad) {
        r = m_hookline->put(path, patch);
        QCOMPARE(r->status, 400);
        QCOMPARE(object(r->body)[u"field"].toString(), field);
    }
    QCOMPARE(m_hookline->post("/api/v1/webhooks", {{u"name"_s, u"no url"_s}})->status, 400);

    r = m_hookline->get("/api/v1/webhooks");
    QCOMPARE(object(r->body)[u"webhooks"].toArray().size(), 1);
    QCOMPARE(m_hookline->client()->Delete(path)->status, 204);
    QCOMPARE(m_hookline->get(path)->status, 404);
}

void TestServer::webhookHeadersAreWriteOnly()
{
    const auto header = [](const QString &name, const QJsonValue &value) {
        QJsonObject h {{u"name"_s, name}};
        if (!value.isUndefined())
            h.insert(u"value"_s, value);
        return h;
    };
    const auto named = [](const QString &name) {
        return QJsonObject {
            {u"name"_s, name}, {u"value"_s, QJsonValue::Null}, {u"value_set"_s, true}};
    };
    const std::vector<std::string> values {"tok-31c5", "key-8d0b", "tenant-5a2f"};
    const auto leaks = [&](const std::string &body) {
        return std::any_of(values.begin(), values.end(),
                           [&](const std::string &v) { return body.find(v) != std::string::npos; });
    };

    // Values go in; reads name the headers only.
    auto r = m_hookline->post("/api/v1/webhooks",
                              {{u"url"_s, m_receiver->url()},
                               {u"headers"_s,
                                QJsonArray {header(u"Authorization"_s, u"Bearer tok-31c5"_s),
                                            header(u"X-API-Key"_s, u"key-8d0b"_s)}}});
    QCOMPARE(r->status, 201);
    QVERIFY(!leaks(r->body));
    const qint64 id = object(r->body)[u"id"].toInteger();
    QCOMPARE(object(r->body)[u"headers"].toArray(),
             (QJsonArray {named(u"Authorization"_s), named(u"X-API-Key"_s)}));
    const std::string path = "/api/v1/webhooks/" + std::to_string(id);
    QVERIFY(!leaks(m_hookline->get(path)->body));
    QVERIFY(!leaks(m_hookline->get("/api/v1/webhooks")->body));

    // The receiver gets the real values.
    QCOMPARE(m_hookline->post("/api/v1/messages", message(u"one"_s))->status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(), 1, 10000);
    QCOMPARE(m_receiver->requests().at(0).header("authorization"), QByteArray("Bearer tok-31c5"));
    QCOMPARE(m_receiver->requests().at(0).header("x-api-key"), QByteArray("key-8d0b"));

    // A header sent back as read keeps its value; one with a value is set; one left out goes.
    const QJsonArray read = object(m_hookline->get(path)->body)[u"headers"].toArray();
    r = m_hookline->put(
        path, {{u"headers"_s, QJsonArray {read.at(0), header(u"X-Tenant"_s, u"tenant-5a2f"_s)}}});
    QCOMPARE(r->status, 200);
    QVERIFY(!leaks(r->body));
    QCOMPARE(object(r->body)[u"headers"].toArray(),
             (QJsonArray {named(u"Authorization"_s), named(u"X-Tenant"_s)}));
    QCOMPARE(m_hookline->post("/api/v1/messages", message(u"two"_s))->status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(), 2, 10000);
    const ReceivedRequest second = m_receiver->requests().at(1);
    QCOMPARE(second.header("authorization"), QByteArray("Bearer tok-31c5"));
    QCOMPARE(second.header("x-tenant"), QByteArray("tenant-5a2f"));
    QVERIFY(second.header("x-api-key").isEmpty());

    // Refusals name the field; nothing changes.
    const std::vector<std::pair<QJsonValue, QString>> bad = {
        {u"X-Key: 1"_s, u"headers"_s},
        {QJsonArray {u"X-Key: 1"_s}, u"headers[0]"_s},
        {QJsonArray {header(u"Content-Type"_s, u"text/plain"_s)}, u"headers[0].name"_s},
        {QJsonArray {header(u"X-Key"_s, u"1"_s), header(u"Host"_s, u"evil.example"_s)},
         u"headers[1].name"_s},
        {QJsonArray {header(u"X-Key"_s, u"a\r\nX-Evil: 1"_s)}, u"headers[0].value"_s},
        {QJsonArray {header(u"X-Key\r\nX-Evil"_s, u"1"_s)}, u"headers[0].name"_s},
        {QJsonArray {header(u"X-Key"_s, u""_s)}, u"headers[0].value"_s},
        {QJsonArray {header(u"X-Key"_s, QJsonValue::Undefined)}, u"headers[0].value"_s},
        {QJsonArray {header(u"X-Key"_s, 5)}, u"headers[0].value"_s},
        {QJsonArray {QJsonObject {{u"name"_s, u"X-Key"_s}, {u"val"_s, u"1"_s}}},
         u"headers[0].val"_s},
    };
    for (const auto &[headers, field] : bad) {
        r = m_hookline->put(path, {{u"headers"_s, headers}});
        QCOMPARE(r->status, 400);
        QCOMPARE(object(r->body)[u"field"].toString(), field);
        QVERIFY(!object(r->body)[u"error"].toString().isEmpty());
    }
    QVERIFY(object(m_hookline->put(path, {{u"headers"_s, QJsonArray {header(u"Host"_s, u"x"_s)}}})
                       ->body)[u"error"]
                .toString()
                .contains(u"Host"_s));
    QCOMPARE(object(m_hookline->get(path)->body)[u"headers"].toArray(),
             (QJsonArray {named(u"Authorization"_s), named(u"X-Tenant"_s)}));

    // No value reaches the detailed log in any format, or the activity.
    QTRY_COMPARE_WITH_TIMEOUT(
        object(m_hookline->get(path + "/log?format=json")->body)[u"requests"].toArray().size(), 2,
        10000);
    for (const std::string format : {"json", "har", "csv"}) {
        r = m_hookline->get(path + "/log?format=" + format);
        QCOMPARE(r->status, 200);
        QVERIFY2(!leaks(r->body), format.c_str());
        QVERIFY2(r->body.find("REDACTED") != std::string::npos || format == "csv", format.c_str());
    }
    r = m_hookline->get(path + "/activity?limit=50");
    QVERIFY(!leaks(r->body));
    QVERIFY(r->body.find("settings changed: headers") != std::string::npos);

    // An empty list removes them all.
    r = m_hookline->put(path, {{u"headers"_s, QJsonArray()}});
    QCOMPARE(r->status, 200);
    QCOMPARE(object(r->body)[u"headers"].toArray(), QJsonArray());
}

void TestServer::webhookThrottleOverTheApiAndAcrossARestart()
{
    // A receiver that takes one request at a time, at most 20 a second.
    auto r = m_hookline->post("/api/v1/webhooks",
                              {{u"name"_s, u"Slow CRM"_s},
                               {u"url"_s, m_receiver->url()},
                               {u"max_in_flight"_s, 1},
                               {u"max_requests_per_second"_s, 20}});
    QCOMPARE(r->status, 201);
    QCOMPARE(object(r->body)[u"max_in_flight"].toInt(), 1);
    QCOMPARE(object(r->body)[u"max_requests_per_second"].toDouble(), 20.0);
    const qint64 id = object(r->body)[u"id"].toInteger();
    const std::string path = "/api/v1/webhooks/" + std::to_string(id);

    // Refusals name the field; nothing changes.
    const std::vector<std::pair<QJsonObject, QString>> bad = {
        {{{u"max_in_flight"_s, 0}}, u"max_in_flight"_s},
        {{{u"max_in_flight"_s, 65}}, u"max_in_flight"_s},
        {{{u"max_in_flight"_s, 1.5}}, u"max_in_flight"_s},
        {{{u"max_in_flight"_s, u"2"_s}}, u"max_in_flight"_s},
        {{{u"max_requests_per_second"_s, -1}}, u"max_requests_per_second"_s},
        {{{u"max_requests_per_second"_s, 0.001}}, u"max_requests_per_second"_s},
        {{{u"max_requests_per_second"_s, 5000}}, u"max_requests_per_second"_s},
        {{{u"max_requests_per_second"_s, u"fast"_s}}, u"max_requests_per_second"_s},
    };
    for (const auto &[body, field] : bad) {
        r = m_hookline->put(path, body);
        QCOMPARE(r->status, 400);
        QCOMPARE(object(r->body)[u"field"].toString(), field);
    }
    QCOMPARE(object(m_hookline->get(path)->body)[u"max_in_flight"].toInt(), 1);

    // Kept across a restart of the binary, and honoured: 12 chats' messages go one at a time.
    m_hookline->stop();
    QVERIFY(m_hookline->start());
    r = m_hookline->get(path);
    QCOMPARE(object(r->body)[u"max_in_flight"].toInt(), 1);
    QCOMPARE(object(r->body)[u"max_requests_per_second"].toDouble(), 20.0);
    // Slow answers, so that without the limit several would be open at once.
    m_receiver->setScript([](const ReceivedRequest &, int) {
        ScriptedAnswer a;
        a.delayMs = 30;
        return a;
    });
    for (int i = 0; i < 12; ++i) {
        const QString peer = u"+9198000001%1"_s.arg(i, 2, 10, QChar(u'0'));
        QCOMPARE(
            m_hookline->post("/api/v1/messages", message(u"message %1"_s.arg(i), peer))->status,
            201);
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(), 12, 20000);
    QCOMPARE(m_receiver->maxConcurrent(), 1);

    // null lifts the rate limit; the activity names the change.
    r = m_hookline->put(path, {{u"max_requests_per_second"_s, QJsonValue::Null}});
    QCOMPARE(r->status, 200);
    QCOMPARE(object(r->body)[u"max_requests_per_second"].toDouble(), 0.0);
    QVERIFY(m_hookline->get(path + "/activity?limit=50")->body.find("settings changed: throttle")
            != std::string::npos);
}

void TestServer::webhookFiltersOverTheApi()
{
    const QJsonObject filter {
        {u"direction"_s, u"received"_s}, {u"accounts"_s, QJsonArray {u"+972 50 000 0000"_s}},
        {u"chat_kind"_s, u"direct"_s},   {u"attachment"_s, u"without"_s},
        {u"text"_s, u"ORDER"_s},         {u"text_is_regex"_s, false}};
    auto r = m_hookline->post(
        "/api/v1/webhooks",
        {{u"name"_s, u"Orders"_s}, {u"url"_s, m_receiver->url()}, {u"filter"_s, filter}});
    QCOMPARE(r->status, 201);
    QCOMPARE(object(r->body)[u"filter"].toObject(), filter);
    const qint64 id = object(r->body)[u"id"].toInteger();
    const std::string path = "/api/v1/webhooks/" + std::to_string(id);
    QCOMPARE(object(m_hookline->get(path)->body)[u"filter"].toObject(), filter);

    // Only the matching message arrives; the other's history says which webhook passed it by.
    r = m_hookline->post("/api/v1/messages", message(u"hello"_s));
    QCOMPARE(r->status, 201);
    const std::string hello = object(r->body)[u"message_uid"].toString().toStdString();
    r = m_hookline->post("/api/v1/messages", message(u"an order, please"_s));
    QCOMPARE(r->status, 201);
    const std::string order = object(r->body)[u"message_uid"].toString().toStdString();
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(), 1, 10000);
    QTest::qWait(300);
    QCOMPARE(m_receiver->count(), 1);
    QCOMPARE(deliveredMessages(m_receiver->requests().at(0)).at(0)[u"text"].toString(),
             u"an order, please"_s);
    r = m_hookline->get("/api/v1/messages/" + hello);
    QCOMPARE(r->status, 200);
    QCOMPARE(object(r->body)[u"filtered_out"].toArray(),
             (QJsonArray {QJsonObject {
                 {u"webhook_id"_s, id}, {u"webhook"_s, u"Orders"_s}, {u"reason"_s, u"text"_s}}}));
    QCOMPARE(object(m_hookline->get("/api/v1/messages/" + order)->body)[u"filtered_out"].toArray(),
             QJsonArray());

    // Refusals name the field; the stored filter stays.
    auto with = [&](const QJsonObject &changes) {
        QJsonObject f = filter;
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
            f.insert(it.key(), it.value());
        return f;
    };
    const std::vector<std::pair<QJsonValue, QString>> bad = {
        {u"received"_s, u"filter"_s},
        {QJsonArray(), u"filter"_s},
        {with({{u"direction"_s, u"inbound"_s}}), u"filter.direction"_s},
        {with({{u"direction"_s, 1}}), u"filter.direction"_s},
        {with({{u"chat_kind"_s, u"channel"_s}}), u"filter.chat_kind"_s},
        {with({{u"attachment"_s, u"maybe"_s}}), u"filter.attachment"_s},
        {with({{u"accounts"_s, u"+1"_s}}), u"filter.accounts"_s},
        {with({{u"accounts"_s, QJsonArray {1}}}), u"filter.accounts[0]"_s},
        {with({{u"accounts"_s, QJsonArray {u"+1"_s, u"Sales"_s}}}), u"filter.accounts[1]"_s},
        {with({{u"text"_s, 5}}), u"filter.text"_s},
        {with({{u"text"_s, QString(501, u'x')}}), u"filter.text"_s},
        {with({{u"text"_s, u"(order"_s}, {u"text_is_regex"_s, true}}), u"filter.text"_s},
        {with({{u"text"_s, u"(a+)+$"_s}, {u"text_is_regex"_s, true}}), u"filter.text"_s},
        {with({{u"text_is_regex"_s, u"yes"_s}}), u"filter.text_is_regex"_s},
        {with({{u"colour"_s, u"red"_s}}), u"filter.colour"_s},
    };
    for (const auto &[value, field] : bad) {
        r = m_hookline->put(path, {{u"filter"_s, value}});
        QCOMPARE(r->status, 400);
        QCOMPARE(object(r->body)[u"field"].toString(), field);
        QVERIFY(!object(r->body)[u"error"].toString().isEmpty());
    }
    r = m_hookline->put(
        path, {{u"filter"_s, with({{u"text"_s, u"(x+x+)+y"_s}, {u"text_is_regex"_s, true}})}});
    QVERIFY2(object(r->body)[u"error"].toString().contains(u"backtracks catastrophically"_s),
             r->body.c_str());
    QCOMPARE(object(m_hookline->get(path)->body)[u"filter"].toObject(), filter);

    // A whole new filter replaces it (a field left out is "any"); null and {} remove it.
    const QJsonObject regex {{u"text"_s, u"#\\d+"_s}, {u"text_is_regex"_s, true}};
    r = m_hookline->put(path, {{u"filter"_s, regex}});
    QCOMPARE(r->status, 200);
    QCOMPARE(object(r->body)[u"filter"].toObject(),
             (QJsonObject {{u"direction"_s, u"both"_s},
                           {u"accounts"_s, QJsonArray()},
                           {u"chat_kind"_s, u"both"_s},
                           {u"attachment"_s, u"either"_s},
                           {u"text"_s, u"#\\d+"_s},
                           {u"text_is_regex"_s, true}}));
    QVERIFY(m_hookline->get(path + "/activity?limit=50")->body.find("settings changed: filter")
            != std::string::npos);
    for (const QJsonValue &none : {QJsonValue(QJsonValue::Null), QJsonValue(QJsonObject())}) {
        QCOMPARE(m_hookline->put(path, {{u"filter"_s, regex}})->status, 200);
        r = m_hookline->put(path, {{u"filter"_s, none}});
        QCOMPARE(r->status, 200);
        QVERIFY(object(r->body)[u"filter"].isNull());
    }
}

// The feed of a pull webhook, read in pages and acknowledged halfway, across a restart of the
// binary: every payload once, in the order the messages arrived, byte for byte what a push
// webhook got for the same message, signed as the push signs.
void TestServer::pullFeedGivesEveryPayloadOnceAcrossARestart()
{
    // Links under a base of their own: the restarted binary listens on another port.
    QCOMPARE(
        m_hookline
            ->put("/api/v1/workspace", {{u"public_base_url"_s, u"https://hookline.example.com"_s}})
            ->status,
        200);
    const QString secret = hookline::StandardWebhooks::generateSecret();
    m_hookline->createWebhook({{u"url"_s, m_receiver->url(u"/push"_s)}});
    const qint64 pull = m_hookline->createWebhook(
        {{u"url"_s, m_receiver->url(u"/pull"_s)}, {u"mode"_s, u"pull"_s}, {u"secret"_s, secret}});
    auto r = m_hookline->get("/api/v1/webhooks/" + std::to_string(pull));
    QCOMPARE(object(r->body)[u"mode"].toString(), u"pull"_s);

    constexpr int total = 250;
    QStringList uids; // in the order they were stored
    for (int first = 0; first < total; first += 50) {
        QJsonArray batch;
        for (int i = first; i < first + 50; ++i)
            batch.append(message(u"feed %1 नमस्ते"_s.arg(i), u"+1555000%1"_s.arg(i % 7)));
        r = m_hookline->post("/api/v1/messages", {{u"messages"_s, batch}});
        QCOMPARE(r->status, 201);
        for (const QJsonValue &m : object(r->body)[u"messages"].toArray())
            uids << m[u"message_uid"].toString();
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(), total, 30000);
    QHash<QString, QByteArray> pushed; // message uid → the body the push webhook got
    for (const ReceivedRequest &request : m_receiver->requests()) {
        QCOMPARE(request.path, std::string("/push"));
        const QByteArray body = QByteArray::fromStdString(request.body);
        pushed.insert(object(request.body)[u"message"][u"message_uid"].toString(), body);
    }

    const std::string feed = "/api/v1/webhooks/" + std::to_string(pull) + "/feed";
    QStringList read; // message uids, in the order the feed gave them
    QStringList cursors;
    // One page: checks each entry and moves `next` on; answers what is wrong, or nothing.
    std::string next;
    auto page = [&](const std::string &query, int expected) -> QString {
        const auto got = m_hookline->get(feed + query);
        if (!got || got->status != 200)
            return u"read failed: "_s + QString::fromStdString(got ? got->body : "no answer");
        const QJsonObject answer = object(got->body);
        const QJsonArray entries = answer[u"entries"].toArray();
        if (entries.size() != expected)
            return u"%1 entries instead of %2"_s.arg(entries.size()).arg(expected);
        for (const QJsonValue &e : entries) {
            const QByteArray payload = e[u"payload_text"].toString().toUtf8();
            const QString uid = e[u"payload"][u"message"][u"message_uid"].toString();
            // Byte for byte the push's, and verbatim in the answer, not re-serialised.
            if (payload != pushed.value(uid)
                || got->body.find(payload.toStdString()) == std::string::npos)
                return u"the entry of %1 differs from the push"_s.arg(uid);
            if (!hookline::StandardWebhooks::verify(secret, e[u"webhook_id"].toString(),
                                                    e[u"timestamp"].toInteger(), payload,
                                                    e[u"signature"].toString().toLatin1()))
                return u"the entry of %1 does not verify"_s.arg(uid);
            read << uid;
            cursors << e[u"cursor"].toString();
        }
        next = answer[u"next_cursor"].toString().toStdString();
        return QString();
    };
    QCOMPARE(page("?limit=100", 100), QString());
    QCOMPARE(page("?limit=100&after=" + next, 100), QString());
    // Half acknowledged; what was read past it comes again after the restart.
    const QString half = cursors.at(total / 2 - 1);
    r = m_hookline->post(feed + "/ack", {{u"cursor"_s, half}});
    QCOMPARE(r->status, 200);
    QCOMPARE(object(r->body)[u"acked_cursor"].toString(), half);
    read = read.mid(0, total / 2);
    cursors = cursors.mid(0, total / 2);

    m_hookline->stop();
    QVERIFY(m_hookline->start());
    QCOMPARE(page("?limit=100", 100), QString());
    QCOMPARE(page("?limit=100&after=" + next, total / 2 - 100), QString());
    QCOMPARE(page("?after=" + next, 0), QString());
    QCOMPARE(read, uids);
    for (qsizetype i = 1; i < cursors.size(); ++i)
        QVERIFY(cursors.at(i).toLongLong() > cursors.at(i - 1).toLongLong());

    // Acknowledged to the end, nothing is owed: the pull webhook shows no backlog.
    r = m_hookline->post(feed + "/ack", {{u"cursor"_s, cursors.constLast()}});
    QCOMPARE(r->status, 200);
    r = m_hookline->get("/api/v1/webhooks/" + std::to_string(pull));
    QCOMPARE(object(r->body)[u"pending"].toInt(), 0);
    QCOMPARE(m_receiver->count(), total);
}

void TestServer::pullFeedRefusalsNameTheParameter()
{
    const qint64 push = m_hookline->createWebhook({{u"url"_s, m_receiver->url(u"/push"_s)}});
    const qint64 both = m_hookline->createWebhook(
        {{u"url"_s, m_receiver->url(u"/both"_s)}, {u"mode"_s, u"both"_s}});
    const std::string feed = "/api/v1/webhooks/" + std::to_string(both) + "/feed";
    auto refused = [&](const httplib::Result &r, int status, const QString &field) {
        return r && r->status == status && object(r->body)[u"field"].toString() == field;
    };
    QVERIFY(refused(m_hookline->get(feed + "?limit=0"), 400, u"limit"_s));
    QVERIFY(refused(m_hookline->get(feed + "?limit=1001"), 400, u"limit"_s));
    QVERIFY(refused(m_hookline->get(feed + "?limit=ten"), 400, u"limit"_s));
    QVERIFY(refused(m_hookline->get(feed + "?after=abc"), 400, u"after"_s));
    QVERIFY(refused(m_hookline->post(feed + "/ack", {{u"cursor"_s, u"abc"_s}}), 400, u"cursor"_s));
    QVERIFY(refused(m_hookline->post(feed + "/ack", {{u"cursor"_s, 5}}), 400, u"cursor"_s));
    QVERIFY(
        refused(m_hookline->post(feed + "/ack", {{u"cursor"_s, u"99999"_s}}), 400, u"cursor"_s));
    QVERIFY(refused(
        m_hookline->put("/api/v1/webhooks/" + std::to_string(both), {{u"mode"_s, u"poll"_s}}), 400,
        u"mode"_s));
    QVERIFY(refused(m_hookline->get("/api/v1/webhooks/" + std::to_string(push) + "/feed"), 409,
                    u"mode"_s));
    QVERIFY(refused(m_hookline->get("/api/v1/webhooks/99999/feed"), 404, u"id"_s));

    // Both: the push goes as before and the feed lists the same payload.
    QCOMPARE(m_hookline->post("/api/v1/messages", message(u"both ways"_s))->status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(), 2, 10000);
    const auto r = m_hookline->get(feed);
    QCOMPARE(r->status, 200);
    const QJsonObject answer = object(r->body);
    QCOMPARE(answer[u"entries"].toArray().size(), 1);
    const QJsonObject entry = answer[u"entries"][0].toObject();
    QVERIFY(!entry.contains(u"signature"_s)); // no secret
    bool found = false;
    for (const ReceivedRequest &request : m_receiver->requests()) {
        if (request.path == "/both") {
            found = true;
            QCOMPARE(QString::fromLatin1(request.header("webhook-id")),
                     entry[u"webhook_id"].toString());
            QVERIFY(r->body.find(request.body) != std::string::npos);
        }
    }
    QVERIFY(found);
    // An older cursor is answered with the acknowledged one, which did not move back.
    const QString cursor = entry[u"cursor"].toString();
    QCOMPARE(object(m_hookline->post(feed + "/ack", {{u"cursor"_s, cursor}})->body)[u"acked_cursor"]
                 .toString(),
             cursor);
    const auto older = m_hookline->post(feed + "/ack", {{u"cursor"_s, u"0"_s}});
    QCOMPARE(older->status, 200);
    QCOMPARE(object(older->body)[u"acked_cursor"].toString(), cursor);
}

void TestServer::webhookEventsAreSetReadAndRefused()
{
    const qint64 id = m_hookline->createWebhook({{u"url"_s, m_receiver->url(u"/events"_s)}});
    const std::string path = "/api/v1/webhooks/" + std::to_string(id);
    // None by default; set whole, read back, emptied.
    QCOMPARE(object(m_hookline->get(path)->body)[u"events"].toArray(), QJsonArray());
    auto r = m_hookline->put(
        path, {{u"events"_s, QJsonArray {u"message.reaction"_s, u"message.status"_s}}});
    QCOMPARE(r->status, 200);
    QCOMPARE(object(r->body)[u"events"].toArray(),
             (QJsonArray {u"message.status"_s, u"message.reaction"_s}));
    QCOMPARE(object(m_hookline->get(path)->body)[u"events"].toArray(),
             (QJsonArray {u"message.status"_s, u"message.reaction"_s}));
    // Refusals name the field; the stored set stays.
    const std::vector<std::pair<QJsonValue, QString>> bad = {
        {u"message.status"_s, u"events"_s},
        {QJsonArray {u"message.status"_s, u"message.poll"_s}, u"events[1]"_s},
        {QJsonArray {1}, u"events[0]"_s},
    };
    for (const auto &[value, field] : bad) {
        r = m_hookline->put(path, {{u"events"_s, value}});
        QCOMPARE(r->status, 400);
        QCOMPARE(object(r->body)[u"field"].toString(), field);
    }
    QCOMPARE(object(m_hookline->get(path)->body)[u"events"].toArray().size(), 2);
    r = m_hookline->put(path, {{u"events"_s, QJsonArray()}});
    QCOMPARE(r->status, 200);
    QCOMPARE(object(r->body)[u"events"].toArray(), QJsonArray());
}

void TestServer::bundlesViaFlushActivityAndLog()
{
    const qint64 id
        = m_hookline->createWebhook({{u"url"_s, m_receiver->url()}, {u"aggregation"_s, u"24h"_s}});
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_hookline->post("/api/v1/messages", message(u"m%1"_s.arg(i), u"+1001"_s))->status,
                 201);
    QCOMPARE(m_hookline->post("/api/v1/messages", message(u"other"_s, u"+1002"_s))->status, 201);
    QTest::qWait(300);
    QCOMPARE(m_receiver->count(), 0);
    const std::string path = "/api/v1/webhooks/" + std::to_string(id);
    QCOMPARE(object(m_hookline->get(path)->body)[u"pending"].toInt(), 4);
    auto r = m_hookline->post(path + "/flush", {});
    QCOMPARE(r->status, 200);
    QCOMPARE(object(r->body)[u"bundles"].toInt(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(), 2, 10000);
    int total = 0;
    for (const ReceivedRequest &req : m_receiver->requests())
        total += object(req.body)[u"messages"].toArray().size();
    QCOMPARE(total, 4);

    QTRY_VERIFY_WITH_TIMEOUT(object(m_hookline->get(path + "/activity")->body)[u"activity"]
                                     .toArray()
                                     .first()[u"kind"]
                                     .toString()
                                 == u"delivered"_s,
                             10000);
    const QJsonArray activity
        = object(m_hookline->get(path + "/activity?limit=50")->body)[u"activity"].toArray();
    QVERIFY(activity.size() >= 4); // created, flushed, 2 delivered
    QCOMPARE(m_hookline->get(path + "/activity?limit=0")->status, 400);

    r = m_hookline->get(path + "/log?format=json");
    QCOMPARE(r->status, 200);
    QCOMPARE(object(r->body)[u"requests"].toArray().size(), 2);
    r = m_hookline->get(path + "/log?format=har");
    QCOMPARE(object(r->body)[u"log"][u"version"].toString(), u"1.2"_s);
    r = m_hookline->get(path + "/log?format=csv");
    QCOMPARE(QByteArray::fromStdString(r->body).count("\r\n"), 3);
    QCOMPARE(m_hookline->get(path + "/log?format=xml")->status, 400);
}

// Replay by range, end to end: 10,000 messages of a range among others are counted by a dry
// run, then delivered exactly — each once, in each chat's order, marked as a replay.
void TestServer::replayOfTenThousandMessages()
{
    constexpr int total = 10000;
    constexpr int chats = 20;
    constexpr int outside = 100; // half before the range, half after
    const QDateTime first = QDateTime::fromString(u"2026-03-01T00:00:00Z"_s, Qt::ISODate);
    QSet<QString> inRange;
    QHash<QString, int> sequence; // chat peer → messages so far
    for (int b = 0; b * 1000 < total + outside; ++b) {
        QJsonArray batch;
        for (int i = b * 1000; i < std::min(total + outside, (b + 1) * 1000); ++i) {
            const QString peer = u"+1777%1"_s.arg(i % chats);
            QJsonObject m = message(QString::number(sequence[peer]++), peer);
            m.insert(u"timestamp"_s,
                     first.addSecs(i).toString(Qt::ISODate)); // 00:00:00 + i seconds
            batch.append(m);
        }
        auto r = m_hookline->post("/api/v1/messages", {{u"messages"_s, batch}});
        QVERIFY(r);
        QCOMPARE(r->status, 201);
        const QJsonArray stored = object(r->body)[u"messages"].toArray();
        for (int k = 0; k < stored.size(); ++k) {
            const int i = b * 1000 + k;
            if (i >= outside / 2 && i < outside / 2 + total)
                inRange.insert(stored.at(k)[u"message_uid"].toString());
        }
    }
    QCOMPARE(inRange.size(), total);
    // Created after the messages: it owes nothing but what is replayed.
    const qint64 id = m_hookline->createWebhook({{u"url"_s, m_receiver->url()}});
    const std::string path = "/api/v1/webhooks/" + std::to_string(id) + "/replay";
    QJsonObject body {
        {u"from"_s, first.addSecs(outside / 2).toString(Qt::ISODate)},
        {u"to"_s, first.addSecs(outside / 2 + total).toString(Qt::ISODate)},
        {u"dry_run"_s, true},
    };
    auto r = m_hookline->post(path, body);
    QCOMPARE(r->status, 200);
    QJsonObject counted = object(r->body);
    QCOMPARE(counted[u"dry_run"].toBool(), true);
    QCOMPARE(counted[u"messages"].toInt(), total);
    QCOMPARE(counted[u"requests"].toInt(), total);
    QCOMPARE(counted[u"first_message_at"].toString(), u"2026-03-01T00:00:50+0000"_s);
    QCOMPARE(counted[u"last_message_at"].toString(), u"2026-03-01T02:47:29+0000"_s);
    // Counted, nothing written.
    QCOMPARE(
        m_hookline->openStore()->firstRow(u"SELECT count(*) FROM deliveries"_s, {},
                                          [](const QSqlQuery &q) { return q.value(0).toInt(); }),
        0);

    QElapsedTimer timer;
    timer.start();
    body.insert(u"dry_run"_s, false);
    r = m_hookline->post(path, body);
    QCOMPARE(r->status, 202);
    const QJsonObject queued = object(r->body);
    QCOMPARE(queued[u"messages"].toInt(), total);
    QCOMPARE(queued[u"requests"].toInt(), total);
    QCOMPARE(queued[u"last_delivery_id"].toInteger() - queued[u"first_delivery_id"].toInteger(),
             total - 1);
    qInfo() << "queued in" << timer.elapsed() << "ms";
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(), total, 180000);
    qInfo() << "delivered in" << timer.elapsed() << "ms";

    QSet<QString> seen;
    QSet<QByteArray> webhookIds;
    QHash<QString, int> last; // chat → the last text seen
    for (const ReceivedRequest &req : m_receiver->requests()) {
        QCOMPARE(req.header("webhook-replay"), QByteArray("true"));
        webhookIds.insert(req.header("webhook-id"));
        const QJsonObject payload = object(req.body);
        const QString uid = payload[u"message"][u"message_uid"].toString();
        QVERIFY2(inRange.contains(uid), qPrintable(uid));
        QVERIFY2(!seen.contains(uid), qPrintable(uid));
        seen.insert(uid);
        const QString chat = payload[u"chat"][u"chat_id"].toString();
        const int text = payload[u"message"][u"text"].toString().toInt();
        QVERIFY2(!last.contains(chat) || last.value(chat) < text, qPrintable(chat));
        last.insert(chat, text);
    }
    QCOMPARE(seen, inRange);
    QCOMPARE(webhookIds.size(), total);
    // Among 10,000 "replay delivered" lines, the one that queued them.
    const QString queuedLine
        = m_hookline->openStore()
              ->firstRow(u"SELECT kind, text FROM activity WHERE webhook_id = ? AND text LIKE"
                         " 'replay of %' ORDER BY id"_s,
                         {id},
                         [](const QSqlQuery &q) {
                             return QString(q.value(0).toString() + u": "_s
                                            + q.value(1).toString());
                         })
              .value_or(QString());
    QVERIFY2(
        queuedLine.startsWith(u"resent: replay of 10000 message(s) from 2026-03-01T00:00:50.000Z"
                              " to 2026-03-01T02:47:30.000Z: 10000 request(s) queued"_s),
        qPrintable(queuedLine));
}

void TestServer::replayRefusalsNameTheField()
{
    const qint64 id = m_hookline->createWebhook({{u"url"_s, m_receiver->url()}});
    const std::string path = "/api/v1/webhooks/" + std::to_string(id) + "/replay";
    const QJsonObject good {{u"from"_s, u"2026-03-01T00:00:00Z"_s},
                            {u"to"_s, u"2026-03-02T00:00:00+05:30"_s},
                            {u"dry_run"_s, true}};
    auto r = m_hookline->post(path, good);
    QCOMPARE(r->status, 200);
    QCOMPARE(object(r->body)[u"messages"].toInt(), 0);
    QVERIFY(object(r->body)[u"first_message_at"].isNull());
    const auto refusedOn = [&](QJsonObject body, const QString &field, int status = 400) {
        const auto answer = m_hookline->post(path, body);
        if (!answer || answer->status != status
            || object(answer->body)[u"field"].toString() != field) {
            qWarning() << "expected" << status << field << "for" << body << "got"
                       << (answer ? QString::fromStdString(answer->body) : u"nothing"_s);
            return false;
        }
        return true;
    };
    QJsonObject b = good;
    b.remove(u"from"_s);
    QVERIFY(refusedOn(b, u"from"_s));
    b = good;
    b.insert(u"to"_s, u"2026-03-02T00:00:00"_s); // no zone
    QVERIFY(refusedOn(b, u"to"_s));
    b = good;
    b.insert(u"to"_s, u"2026-02-01T00:00:00Z"_s); // before from
    QVERIFY(refusedOn(b, u"to"_s));
    b = good;
    b.remove(u"dry_run"_s);
    QVERIFY(refusedOn(b, u"dry_run"_s));
    b = good;
    b.insert(u"target"_s, u"https://elsewhere.example.com/"_s);
    QVERIFY(refusedOn(b, u"target"_s));
    b = good;
    b.insert(u"filter"_s, QJsonObject {{u"direction"_s, u"sideways"_s}});
    QVERIFY(refusedOn(b, u"filter.direction"_s));
    b.insert(u"filter"_s, QJsonObject {{u"text"_s, u"(unclosed"_s}, {u"text_is_regex"_s, true}});
    QVERIFY(refusedOn(b, u"filter.text"_s));
    b = good;
    b.insert(u"dry_run"_s, false);
    QVERIFY(refusedOn(b, u"from"_s)); // nothing in the range to send
    r = m_hookline->post("/api/v1/webhooks/" + std::to_string(id + 100) + "/replay", good);
    QCOMPARE(r->status, 404);
    QCOMPARE(object(r->body)[u"field"].toString(), u"id"_s);
    QCOMPARE(
        m_hookline->put("/api/v1/webhooks/" + std::to_string(id), {{u"enabled"_s, false}})->status,
        200);
    QVERIFY(refusedOn(good, u"enabled"_s, 409));
}

void TestServer::replayToAnotherUrlOrAnInspectorName()
{
    // Three messages of yesterday, then a webhook whose receiver wants an API key.
    const QDateTime first = QDateTime::fromString(u"2026-03-01T09:00:00Z"_s, Qt::ISODate);
    for (int i = 0; i < 3; ++i) {
        QJsonObject m = message(u"order %1"_s.arg(i));
        m.insert(u"timestamp"_s, first.addSecs(i).toString(Qt::ISODate));
        QCOMPARE(m_hookline->post("/api/v1/messages", m)->status, 201);
    }
    auto r = m_hookline->post(
        "/api/v1/webhooks",
        {{u"url"_s, m_receiver->url()},
         {u"secret"_s, u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s},
         {u"headers"_s,
          QJsonArray {QJsonObject {{u"name"_s, u"X-API-Key"_s}, {u"value"_s, u"key-8d0b"_s}}}}});
    QCOMPARE(r->status, 201);
    const qint64 id = object(r->body)[u"id"].toInteger();
    const std::string path = "/api/v1/webhooks/" + std::to_string(id) + "/replay";
    TestReceiver staging;
    QJsonObject body {{u"from"_s, first.toString(Qt::ISODate)},
                      {u"to"_s, first.addSecs(60).toString(Qt::ISODate)},
                      {u"url"_s, staging.url(u"/crm"_s)},
                      {u"dry_run"_s, true}};
    const auto webhookCount = [&] {
        return object(m_hookline->get("/api/v1/webhooks")->body)[u"webhooks"].toArray().size();
    };

    // A dry run counts and makes nothing, not even the webhook it would send from.
    r = m_hookline->post(path, body);
    QCOMPARE(r->status, 200);
    QCOMPARE(object(r->body)[u"messages"].toInt(), 3);
    QVERIFY(object(r->body)[u"webhook_id"].isNull());
    const QString name = u"Replay of 127.0.0.1 → 127.0.0.1:%1"_s.arg(staging.port());
    QCOMPARE(object(r->body)[u"webhook_name"].toString(), name);
    QCOMPARE(webhookCount(), 1);

    // The run: the staging receiver gets the three, signed and marked, without the API key.
    body.insert(u"dry_run"_s, false);
    r = m_hookline->post(path, body);
    QCOMPARE(r->status, 202);
    const qint64 targetId = object(r->body)[u"webhook_id"].toInteger();
    QVERIFY(targetId != id && targetId > 0);
    QTRY_COMPARE_WITH_TIMEOUT(staging.count(), 3, 20000);
    for (const ReceivedRequest &req : staging.requests()) {
        QCOMPARE(req.path, std::string("/crm"));
        QCOMPARE(req.header("webhook-replay"), QByteArray("true"));
        QVERIFY(req.header("webhook-signature").startsWith("v1,"));
        QVERIFY(req.header("x-api-key").isEmpty());
    }
    QCOMPARE(object(staging.requests().constFirst().body)[u"message"][u"text"].toString(),
             u"order 0"_s);
    const QJsonObject target
        = object(m_hookline->get("/api/v1/webhooks/" + std::to_string(targetId))->body);
    QCOMPARE(target[u"replays_only"].toBool(), true);
    QCOMPARE(target[u"name"].toString(), name);
    QCOMPARE(target[u"headers"].toArray().size(), 0);
    QCOMPARE(target[u"has_secret"].toBool(), true);

    // A new message goes to the webhook, never to where only replays go.
    QCOMPARE(m_hookline->post("/api/v1/messages", message(u"live"_s))->status, 201);
    const auto deliveriesOf = [&](qint64 webhook) {
        return m_hookline->openStore()
            ->firstRow(u"SELECT count(*) FROM deliveries WHERE webhook_id = ?"_s, {webhook},
                       [](const QSqlQuery &q) { return q.value(0).toInt(); })
            .value_or(-1);
    };
    QCOMPARE(deliveriesOf(targetId), 3);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(), 1, 20000);
    QCOMPARE(m_receiver->requests().constFirst().header("x-api-key"), QByteArray("key-8d0b"));

    // The same URL again: the same webhook. The webhook's own URL: replay to the webhook.
    r = m_hookline->post(path, body);
    QCOMPARE(r->status, 202);
    QCOMPARE(object(r->body)[u"webhook_id"].toInteger(), targetId);
    QTRY_COMPARE_WITH_TIMEOUT(staging.count(), 6, 20000);
    QCOMPARE(webhookCount(), 2);
    // Another webhook's replays there are signed with its own secret: they would get a webhook
    // of their own.
    const qint64 other = m_hookline->createWebhook(
        {{u"url"_s, m_receiver->url(u"/other"_s)},
         {u"secret"_s, u"whsec_MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA="_s}});
    QJsonObject dry = body;
    dry.insert(u"dry_run"_s, true);
    r = m_hookline->post("/api/v1/webhooks/" + std::to_string(other) + "/replay", dry);
    QCOMPARE(r->status, 200);
    QVERIFY(object(r->body)[u"webhook_id"].isNull());
    body.insert(u"url"_s, m_receiver->url());
    r = m_hookline->post(path, body);
    QCOMPARE(r->status, 409);
    QCOMPARE(object(r->body)[u"field"].toString(), u"url"_s);

    // An Inspector name on this server: its requests are answered by the Inspector.
    body.remove(u"url"_s);
    body.insert(u"inspector"_s, u"crm-staging"_s);
    r = m_hookline->post(path, body);
    QCOMPARE(r->status, 202);
    const qint64 inspectorId = object(r->body)[u"webhook_id"].toInteger();
    QVERIFY(inspectorId != targetId && inspectorId != id && inspectorId != other);
    const QJsonObject inspected
        = object(m_hookline->get("/api/v1/webhooks/" + std::to_string(inspectorId))->body);
    QCOMPARE(inspected[u"url"].toString(),
             u"http://127.0.0.1:%1/inspect/crm-staging"_s.arg(m_hookline->port()));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_hookline->openStore()
            ->firstRow(u"SELECT count(*) FROM attempts WHERE webhook_id = ? AND success = 1"_s,
                       {inspectorId}, [](const QSqlQuery &q) { return q.value(0).toInt(); })
            .value_or(-1),
        3, 20000);
    for (const auto &[field, value] :
         {std::pair(u"inspector"_s, QJsonValue(u"no spaces"_s)),
          std::pair(u"inspector"_s, QJsonValue(42)), std::pair(u"url"_s, QJsonValue(u""_s))}) {
        QJsonObject bad = body;
        bad.remove(u"inspector"_s);
        bad.insert(field, value);
        r = m_hookline->post(path, bad);
        QCOMPARE(r->status, 400);
        QCOMPARE(object(r->body)[u"field"].toString(), field);
    }
    body.insert(u"url"_s, staging.url());
    r = m_hookline->post(path, body);
    QCOMPARE(r->status, 400);
    QCOMPARE(object(r->body)[u"field"].toString(), u"inspector"_s);

    // The webhook paused (its receiver is down): to elsewhere it still lends its format. The
    // paused webhook that gets only replays there is refused, as a paused webhook is.
    const auto pause = [&](qint64 webhook) {
        return m_hookline
            ->put("/api/v1/webhooks/" + std::to_string(webhook), {{u"enabled"_s, false}})
            ->status;
    };
    QCOMPARE(pause(id), 200);
    body.remove(u"inspector"_s);
    body.insert(u"dry_run"_s, true);
    body.insert(u"url"_s, staging.url(u"/crm"_s));
    r = m_hookline->post(path, body);
    QCOMPARE(r->status, 200);
    QCOMPARE(object(r->body)[u"webhook_id"].toInteger(), targetId);
    QCOMPARE(pause(targetId), 200);
    r = m_hookline->post(path, body);
    QCOMPARE(r->status, 409);
    QCOMPARE(object(r->body)[u"field"].toString(), u"enabled"_s);
}

void TestServer::autoDisableAfterElevenErrors()
{
    m_receiver->setScript([](const ReceivedRequest &, int) {
        ScriptedAnswer a;
        a.status = 502;
        return a;
    });
    const qint64 id = m_hookline->createWebhook(
        {{u"url"_s, m_receiver->url()}, {u"retry_schedule"_s, QJsonArray {0}}});
    QCOMPARE(m_hookline->post("/api/v1/messages", message(u"x"_s))->status, 201);
    const std::string path = "/api/v1/webhooks/" + std::to_string(id);
    QTRY_VERIFY_WITH_TIMEOUT(!object(m_hookline->get(path)->body)[u"enabled"].toBool(), 20000);
    const QJsonObject w = object(m_hookline->get(path)->body);
    QCOMPARE(w[u"consecutive_errors"].toInt(), 11);
    QVERIFY(w[u"disabled_reason"].toString().contains(u"HTTP 502"_s));
    QCOMPARE(w[u"pending"].toInt(), 1);
    QTest::qWait(300);
    QCOMPARE(m_receiver->count(), 11);

    // Re-enable and deliver the backlog once the receiver is healthy.
    m_receiver->setScript([](const ReceivedRequest &, int) { return ScriptedAnswer {}; });
    auto r = m_hookline->put(path, {{u"enabled"_s, true}, {u"backlog"_s, u"deliver"_s}});
    QCOMPARE(r->status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(), 12, 10000);
    QTRY_COMPARE(object(m_hookline->get(path)->body)[u"pending"].toInt(), 0);
}

void TestServer::chatAndAttachmentLinks()
{
    // No public base URL set: links follow the port the system chose (the instance listens on
    // 127.0.0.1:0), not the default 8787.
    m_hookline->createWebhook({{u"url"_s, m_receiver->url()}});
    QJsonObject m = message(u"<img src=x onerror=alert(1)> see file"_s);
    const QByteArray pdf = "%PDF-1.4 hello";
    m.insert(u"attachment"_s,
             QJsonObject {{u"filename"_s, u"../../invoice 7.pdf"_s},
                          {u"mimetype"_s, u"application/pdf"_s},
                          {u"data_base64"_s, QString::fromLatin1(pdf.toBase64())}});
    QCOMPARE(m_hookline->post("/api/v1/messages", m)->status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(), 1, 10000);
    const QJsonObject payload = object(m_receiver->requests().constFirst().body);

    const QUrl chatUrl(payload[u"chat"][u"chat_url"].toString());
    QCOMPARE(chatUrl.host(), u"127.0.0.1"_s);
    QCOMPARE(chatUrl.port(), m_hookline->port());
    auto page = m_hookline->client(false)->Get(chatUrl.path(QUrl::FullyEncoded).toStdString() + "?"
                                               + chatUrl.query(QUrl::FullyEncoded).toStdString());
    QVERIFY(page);
    QCOMPARE(page->status, 200);
    QVERIFY(page->body.find("&lt;img src=x onerror=alert(1)&gt; see file") != std::string::npos);
    QVERIFY(page->body.find("<img") == std::string::npos);
    QVERIFY(page->get_header_value("Content-Security-Policy").find("default-src 'none'")
            != std::string::npos);
    // Another chat's id with this signature, or a changed signature: 403.
    const std::string otherChat
        = chatUrl.path(QUrl::FullyEncoded)
              .replace(QRegularExpression(u"/chat/(\\d+)/"_s), u"/chat/99/"_s)
              .toStdString();
    QCOMPARE(m_hookline->client(false)
                 ->Get(otherChat + "?" + chatUrl.query(QUrl::FullyEncoded).toStdString())
                 ->status,
             403);
    QCOMPARE(m_hookline->client(false)
                 ->Get(chatUrl.path(QUrl::FullyEncoded).toStdString() + "?sig=AAAA")
                 ->status,
             403);

    const QJsonObject attachment = payload[u"message"][u"attachment"].toObject();
    QCOMPARE(attachment[u"filename"].toString(), u"invoice 7.pdf"_s);
    const QUrl fileUrl(attachment[u"temporary_download_url"].toString());
    const std::string target = fileUrl.path(QUrl::FullyEncoded).toStdString() + "?"
        + fileUrl.query(QUrl::FullyEncoded).toStdString();
    auto file = m_hookline->client(false)->Get(target);
    QCOMPARE(file->status, 200);
    QCOMPARE(QByteArray::fromStdString(file->body), pdf);
    QCOMPARE(file->get_header_value("Content-Type"), std::string("application/pdf"));
    // (cpp-httplib's client percent-decodes header values; on the wire it is invoice%207.pdf.)
    QCOMPARE(file->get_header_value("Content-Disposition"),
             std::string("attachment; filename*=UTF-8''invoice 7.pdf"));
    QCOMPARE(file->get_header_value("X-Content-Type-Options"), std::string("nosniff"));
    // Tampered expiry or signature: 403.
    std::string extended = target;
    extended.replace(extended.find("expires=") + 8, 1, "9");
    QCOMPARE(m_hookline->client(false)->Get(extended)->status, 403);
    QCOMPARE(
        m_hookline->client(false)
            ->Get(fileUrl.path(QUrl::FullyEncoded).toStdString() + "?expires=99999999999&sig=x")
            ->status,
        403);
}

// The README's example names neither sender nor recipient: the payload has both
// (docs/PAYLOADS.md). /healthz says where links point and why they would not open.
void TestServer::partiesFilledAndLinkProblemsNamed()
{
    m_hookline->createWebhook({{u"url"_s, m_receiver->url()}});
    QJsonObject m = message(u"Hello from the README"_s);
    m.remove(u"sender"_s);
    m.remove(u"recipient"_s);
    QCOMPARE(m_hookline->post("/api/v1/messages", m)->status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(), 1, 10000);
    const QJsonObject payload = object(m_receiver->requests().constFirst().body);
    const QJsonObject sender = payload[u"message"][u"sender"].toObject();
    const QJsonObject recipient = payload[u"message"][u"recipient"].toObject();
    QCOMPARE(sender[u"full_name"].toString(), u"Priya <b>"_s);
    QCOMPARE(sender[u"phone"].toString(), u"+919800000001"_s);
    QCOMPARE(recipient[u"full_name"].toString(), u"Sales"_s);
    QCOMPARE(recipient[u"phone"].toString(), u"+972500000000"_s);

    const QString own = u"http://127.0.0.1:%1"_s.arg(m_hookline->port());
    auto health = [this] {
        auto r = m_hookline->client(false)->Get("/healthz");
        return r && r->status == 200 ? object(r->body)[u"links"].toObject() : QJsonObject {};
    };
    QJsonObject links = health();
    QCOMPARE(links[u"base_url"].toString(), own);
    QVERIFY(links[u"follows_listen_address"].toBool());
    QCOMPARE(links[u"problems"].toArray().size(), 0);

    // A port of this computer where nothing listens.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 closedPort = closed.serverPort();
    closed.close();
    const QString dead = u"http://127.0.0.1:%1"_s.arg(closedPort);
    QCOMPARE(m_hookline->put("/api/v1/workspace", {{u"public_base_url"_s, dead}})->status, 200);
    links = health();
    QCOMPARE(links[u"base_url"].toString(), dead);
    QVERIFY(!links[u"follows_listen_address"].toBool());
    QCOMPARE(links[u"problems"].toArray().size(), 1);
    QVERIFY2(links[u"problems"][0].toString().contains(u"nothing listens"_s),
             qPrintable(links[u"problems"][0].toString()));

    // Back to following; a webhook to another computer cannot open links to this one.
    QCOMPARE(m_hookline->put("/api/v1/workspace", {{u"public_base_url"_s, u""_s}})->status, 200);
    m_hookline->createWebhook({{u"url"_s, u"http://192.0.2.10/crm"_s}});
    links = health();
    QCOMPARE(links[u"base_url"].toString(), own);
    QCOMPARE(links[u"problems"].toArray().size(), 1);
    QVERIFY2(links[u"problems"][0].toString().contains(u"192.0.2.10"_s),
             qPrintable(links[u"problems"][0].toString()));
    // The workspace says the same.
    const QJsonObject workspace = object(m_hookline->get("/api/v1/workspace")->body);
    QCOMPARE(workspace[u"links"][u"problems"].toArray().size(), 1);
}

void TestServer::exportLogWorksBesideARunningInstance()
{
    const qint64 id = m_hookline->createWebhook({{u"url"_s, m_receiver->url()}});
    QCOMPARE(m_hookline->post("/api/v1/messages", message(u"for the log"_s))->status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(), 1, 10000);
    QTest::qWait(200); // the attempt reaches the store in the engine's next batch
    const QString out = m_dir->filePath(u"log.har"_s);
    QProcess p;
    p.start(QStringLiteral(HOOKLINE_BINARY),
            QStringList {u"export-log"_s, u"--data-dir"_s, m_dir->path(), u"--webhook"_s,
                         QString::number(id), u"--format"_s, u"har"_s, u"-o"_s, out}
                + m_store->arguments());
    QVERIFY(p.waitForFinished(30000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject har = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(har[u"log"][u"entries"].toArray().size(), 1);
    // Bad arguments are named.
    p.start(QStringLiteral(HOOKLINE_BINARY),
            {u"export-log"_s, u"--data-dir"_s, m_dir->path(), u"--webhook"_s, u"abc"_s});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("--webhook"));
}

void TestServer::killDuringDeliveriesLosesNothing()
{
    m_receiver->setScript([](const ReceivedRequest &, int) {
        ScriptedAnswer a;
        a.delayMs = 2;
        return a;
    });
    m_hookline->createWebhook({{u"url"_s, m_receiver->url()}});
    constexpr int total = 2000;
    QSet<QString> uids;
    for (int b = 0; b < total / 100; ++b) {
        QJsonArray batch;
        for (int i = 0; i < 100; ++i)
            batch.append(message(u"m%1"_s.arg(b * 100 + i), u"+1555%1"_s.arg(i % 40)));
        auto r = m_hookline->post("/api/v1/messages", {{u"messages"_s, batch}});
        QCOMPARE(r->status, 201);
        for (const QJsonValue &v : object(r->body)[u"messages"].toArray())
            uids.insert(v[u"message_uid"].toString());
        if (b == total / 200) {
            // Half ingested, deliveries under way: SIGKILL, then start again.
            QTRY_VERIFY_WITH_TIMEOUT(m_receiver->count() > 50, 10000);
            m_hookline->kill();
            QVERIFY(m_hookline->start());
        }
    }
    QCOMPARE(uids.size(), total);
    QTRY_COMPARE_WITH_TIMEOUT(
        [&] {
            QSet<QString> seen;
            for (const ReceivedRequest &r : m_receiver->requests())
                seen.insert(object(r.body)[u"message"][u"message_uid"].toString());
            return seen.size();
        }(),
        total, 60000);
    // Every message arrived; a message sent twice kept its webhook-id.
    QHash<QString, QByteArray> idOf;
    for (const ReceivedRequest &r : m_receiver->requests()) {
        const QString uid = object(r.body)[u"message"][u"message_uid"].toString();
        QVERIFY(uids.contains(uid));
        const QByteArray id = r.header("webhook-id");
        QVERIFY2(!idOf.contains(uid) || idOf.value(uid) == id, qPrintable(uid));
        idOf.insert(uid, id);
    }
    qInfo() << "requests:" << m_receiver->count() << "for" << total << "messages";
}

void TestServer::tenRandomKillsLoseNothing()
{
    // SIGKILL at ten random moments of ingest and delivery (one right after a bundle flush),
    // restarting each time; the seed is printed so a failure can be replayed.
    const quint32 seed = QRandomGenerator::system()->generate();
    qInfo() << "seed" << seed;
    QRandomGenerator random(seed);
    m_receiver->setScript([](const ReceivedRequest &, int) {
        ScriptedAnswer a;
        a.delayMs = 1;
        return a;
    });
    m_hookline->createWebhook({{u"url"_s, m_receiver->url(u"/single"_s)}});
    const qint64 bundling = m_hookline->createWebhook(
        {{u"url"_s, m_receiver->url(u"/bundle"_s)}, {u"aggregation"_s, u"24h"_s}});
    QSet<QString> uids;
    constexpr int batches = 30;
    QSet<int> killAfter;
    while (killAfter.size() < 9)
        killAfter.insert(int(random.bounded(batches)));
    const int flushAfter = int(random.bounded(batches));
    for (int b = 0; b < batches; ++b) {
        QJsonArray batch;
        for (int i = 0; i < 50; ++i)
            batch.append(message(u"k%1"_s.arg(b * 50 + i), u"+1666%1"_s.arg(i % 20)));
        auto r = m_hookline->post("/api/v1/messages", {{u"messages"_s, batch}});
        QVERIFY(r);
        QCOMPARE(r->status, 201);
        for (const QJsonValue &v : object(r->body)[u"messages"].toArray())
            uids.insert(v[u"message_uid"].toString());
        if (b == flushAfter) {
            auto flushed = m_hookline->post(
                "/api/v1/webhooks/" + std::to_string(bundling) + "/flush", QJsonObject {});
            QVERIFY(flushed);
            QCOMPARE(flushed->status, 200);
            m_hookline->kill();
            QVERIFY(m_hookline->start());
        }
        if (killAfter.contains(b)) {
            QTest::qWait(int(random.bounded(60)));
            m_hookline->kill();
            QVERIFY(m_hookline->start());
        }
    }
    // Everything that waits for a bundle is sent now.
    auto flushed = m_hookline->post("/api/v1/webhooks/" + std::to_string(bundling) + "/flush",
                                    QJsonObject {});
    QVERIFY(flushed);
    const auto arrived = [&](const std::string &path) {
        QHash<QString, QSet<QByteArray>> idsOf; // message uid → webhook-ids it came under
        for (const ReceivedRequest &r : m_receiver->requests()) {
            if (r.path != path)
                continue;
            for (const QJsonValue &m : deliveredMessages(r))
                idsOf[m[u"message_id"_s].toString()].insert(r.header("webhook-id"));
        }
        return idsOf;
    };
    QTRY_COMPARE_WITH_TIMEOUT(arrived("/single").size(), uids.size(), 90000);
    QTRY_COMPARE_WITH_TIMEOUT(arrived("/bundle").size(), uids.size(), 90000);
    for (const std::string path : {"/single", "/bundle"}) {
        const auto idsOf = arrived(path);
        for (auto it = idsOf.cbegin(); it != idsOf.cend(); ++it) {
            QVERIFY2(uids.contains(it.key()), qPrintable(it.key()));
            // A repeat after a kill reuses the webhook-id: never two deliveries of one message.
            QVERIFY2(it.value().size() == 1,
                     qPrintable(it.key() + u" in "_s + QString::fromStdString(path)));
        }
    }
    m_hookline->stop();
    qInfo() << "requests:" << m_receiver->count() << "for" << uids.size()
            << "messages on two webhooks, 10 kills";
    if (TestDatabase::postgres())
        return; // PostgreSQL keeps its own files consistent; nothing of Hookline's to check
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"integrity"_s);
    db.setDatabaseName(m_hookline->dataDir() + u"/hookline.sqlite"_s);
    QVERIFY(db.open());
    {
        QSqlQuery check(db);
        QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"integrity"_s);
}

void TestServer::slowAndVanishedClientsStallNothing()
{
    auto connectRaw = [this] {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr {};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(quint16(m_hookline->port()));
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
        return fd;
    };
    // Forty clients send half a request and go quiet; ten announce a large body and vanish.
    std::vector<int> quiet;
    for (int i = 0; i < 40; ++i) {
        const int fd = connectRaw();
        const char partial[] = "POST /api/v1/messages HTTP/1.1\r\nHost: x\r\n";
        [[maybe_unused]] auto n = ::send(fd, partial, sizeof partial - 1, MSG_NOSIGNAL);
        quiet.push_back(fd);
    }
    for (int i = 0; i < 10; ++i) {
        const int fd = connectRaw();
        const std::string head
            = "POST /api/v1/messages HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
            + m_hookline->token()
            + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"acc";
        [[maybe_unused]] auto n = ::send(fd, head.data(), head.size(), MSG_NOSIGNAL);
        ::close(fd);
    }
    QElapsedTimer timer;
    timer.start();
    auto c = m_hookline->client();
    c->set_read_timeout(30, 0);
    auto health = c->Get("/healthz");
    QVERIFY(health);
    QCOMPARE(health->status, 200);
    qInfo() << "healthz answered after" << timer.elapsed() << "ms beside 40 silent clients";
    QVERIFY(timer.elapsed() < 15000);
    for (int fd : quiet)
        ::close(fd);
    // Nothing half-received was stored, and the API works normally.
    QCOMPARE(object(m_hookline->get("/api/v1/accounts")->body)[u"accounts"].toArray().size(), 0);
    QCOMPARE(m_hookline->post("/api/v1/messages", message(u"after"_s))->status, 201);
}

void TestServer::workspaceSettingsAndTestEmail()
{
    auto r = m_hookline->post("/api/v1/workspace/test-email", {});
    QCOMPARE(r->status, 200);
    QCOMPARE(object(r->body)[u"ok"].toBool(), false);
    QVERIFY(object(r->body)[u"outcome"].toString().contains(u"no SMTP server"_s));

    int deadPort = 0;
    {
        TestReceiver closed; // a port with nothing listening once it goes
        deadPort = closed.port();
    }
    r = m_hookline->put(
        "/api/v1/workspace",
        {{u"owner"_s,
          QJsonObject {{u"full_name"_s, u"अमित"_s}, {u"email"_s, u"owner@example.com"_s}}},
         {u"timezone"_s, u"Asia/Kolkata"_s},
         {u"teammates"_s,
          QJsonArray {
              QJsonObject {{u"full_name"_s, u"Dana"_s}, {u"email"_s, u"dana@example.com"_s}}}},
         {u"smtp"_s,
          QJsonObject {{u"host"_s, u"127.0.0.1"_s},
                       {u"port"_s, deadPort},
                       {u"security"_s, u"none"_s},
                       {u"username"_s, u"u"_s},
                       {u"password"_s, u"s3cret-smtp"_s},
                       {u"from"_s, u"alerts@example.com"_s}}}});
    QCOMPARE(r->status, 200);
    QVERIFY(r->body.find("s3cret-smtp") == std::string::npos); // write-only
    const QJsonObject workspace = object(m_hookline->get("/api/v1/workspace")->body);
    QCOMPARE(workspace[u"smtp"][u"has_password"].toBool(), true);
    // Test machines run no keyring: the password went to an owner-only file, and the API says
    // so.
    QCOMPARE(workspace[u"smtp"][u"password_storage"].toString(), u"file"_s);
    struct stat secret = {};
    QCOMPARE(
        ::stat(QFile::encodeName(m_dir->filePath(u"secrets/smtp-password"_s)).constData(), &secret),
        0);
    QCOMPARE(secret.st_mode & 0777, 0600u);
    QCOMPARE(workspace[u"owner"][u"full_name"].toString(), u"अमित"_s);
    QCOMPARE(workspace[u"teammates"].toArray().size(), 1);
    QCOMPARE(workspace[u"timezone"].toString(), u"Asia/Kolkata"_s);
    // A teammate can be removed, once; a delivery that does not exist cannot be resent.
    const std::string teammate = "/api/v1/workspace/teammates/"
        + std::to_string(workspace[u"teammates"][0][u"id"].toInteger());
    const auto removed = m_hookline->client()->Delete(teammate);
    QCOMPARE(removed->status, 200);
    QCOMPARE(object(removed->body)[u"teammates"].toArray().size(), 0);
    QCOMPARE(m_hookline->client()->Delete(teammate)->status, 404);
    QCOMPARE(m_hookline->post("/api/v1/deliveries/999999/resend", {})->status, 404);
    QCOMPARE(m_hookline->put("/api/v1/workspace", {{u"timezone"_s, u"Mars/Olympus"_s}})->status,
             400);
    QCOMPARE(object(m_hookline
                        ->put("/api/v1/workspace",
                              {{u"smtp"_s, QJsonObject {{u"security"_s, u"ssl3"_s}}}})
                        ->body)[u"field"]
                 .toString(),
             u"smtp.security"_s);

    r = m_hookline->post("/api/v1/workspace/test-email", {});
    QCOMPARE(r->status, 200);
    QCOMPARE(object(r->body)[u"ok"].toBool(), false);
    QVERIFY2(object(r->body)[u"outcome"].toString().contains(u"127.0.0.1:%1"_s.arg(deadPort)),
             r->body.c_str());
}

void TestServer::importsAChatExport()
{
    const std::string chat = "12/03/2024, 09:16 - Priya: Is the blue shirt in stock?\n"
                             "12/03/2024, 09:17 - Dana: Yes\n"
                             "garbage line\n"
                             "13/03/2024, 18:03 - Priya: Thanks!\n";
    const qint64 webhook = m_hookline->createWebhook({{u"url"_s, m_receiver->url()}});
    QVERIFY(webhook > 0);
    auto c = m_hookline->client();
    const std::string path = "/api/v1/imports?account=%2B14155550100&me=Dana&peer_phone="
                             "%2B919800000001&time_zone=Asia/Kolkata";
    auto r = c->Post(path, chat, "text/plain");
    QVERIFY(r);
    QCOMPARE(r->status, 201);
    const QJsonObject report = object(r->body);
    QCOMPARE(report[u"messages_stored"_s].toInt(), 3);
    QCOMPARE(report[u"not_understood_count"_s].toInt(), 0); // a continuation of the message
    QCOMPARE(report[u"delivered_to_webhooks"_s].toBool(), false);
    // Not delivered unless asked: nothing reaches the receiver.
    QTest::qWait(1500);
    QCOMPARE(m_receiver->count(), 0);

    // Again with deliver=true: nothing new to store, so nothing to send.
    r = c->Post(path + "&deliver=true", chat, "text/plain");
    QCOMPARE(r->status, 201);
    QCOMPARE(object(r->body)[u"duplicates"_s].toInt(), 3);
    // A new export with deliver=true reaches the webhook.
    r = c->Post(path + "&deliver=true", "14/03/2024, 08:00 - Priya: One more\n", "text/plain");
    QCOMPARE(r->status, 201);
    QVERIFY(object(r->body)[u"delivered_to_webhooks"_s].toBool());
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(), 1, 20000);
    QVERIFY(m_receiver->requests().constFirst().body.find("One more") != std::string::npos);

    // Bad input is refused by name and stores nothing.
    r = c->Post("/api/v1/imports?me=Dana", chat, "text/plain");
    QCOMPARE(r->status, 400);
    QCOMPARE(object(r->body)[u"field"_s].toString(), u"account"_s);
    r = c->Post("/api/v1/imports?account=%2B14155550100", "", "text/plain");
    QCOMPARE(r->status, 400);
    r = c->Post("/api/v1/imports?account=%2B14155550100&peer_phone=%2B1",
                std::string("PK\x03\x04 truncated", 15), "application/zip");
    QCOMPARE(r->status, 400);
    QVERIFY2(object(r->body)[u"error"_s].toString().contains(u"damaged"_s), r->body.c_str());
}

namespace {

const QString phoneNumberId = u"1122334455667"_s;

// Connects the samples' business number (+972123456789) to the Cloud API through the API.
qint64 connectCloudApi(const Hookline &hookline, const FakeGraphApi &graph)
{
    auto r = hookline.post("/api/v1/accounts",
                           {{u"phone"_s, u"+972123456789"_s},
                            {u"full_name"_s, u"Shop"_s},
                            {u"cloud_api"_s,
                             QJsonObject {{u"phone_number_id"_s, phoneNumberId},
                                          {u"graph_base_url"_s, graph.baseUrl()},
                                          {u"app_secret"_s, u"app-secret-1"_s},
                                          {u"verify_token"_s, u"let-me-in"_s},
                                          {u"access_token"_s, u"EAAG-token"_s}}}});
    if (!r || r->status != 201)
        qFatal("cannot connect the account: %s", r ? r->body.c_str() : "no response");
    return object(r->body)[u"id"_s].toInteger();
}

httplib::Result notify(const Hookline &hookline, const QByteArray &body,
                       const QByteArray &secret = "app-secret-1")
{
    return hookline.client(false)->Post(
        "/whatsapp/webhook",
        {{"X-Hub-Signature-256", hookline::CloudApiSignature::sign(secret, body).toStdString()}},
        body.toStdString(), "application/json");
}

// The message with this external id (wamid), as the API shows it; empty when there is none.
QJsonObject messageByWamid(const Hookline &hookline, const QString &wamid)
{
    const QString uid = hookline.openStore()
                            ->firstRow(u"SELECT uid FROM messages WHERE external_id = ?"_s, {wamid},
                                       [](const QSqlQuery &q) { return q.value(0).toString(); })
                            .value_or(QString());
    if (uid.isEmpty())
        return {};
    auto r = hookline.get("/api/v1/messages/" + uid.toStdString());
    return r && r->status == 200 ? object(r->body) : QJsonObject {};
}

QStringList statusNames(const QJsonObject &message)
{
    QStringList names;
    for (const QJsonValue &s : message[u"statuses"_s].toArray())
        names.append(s[u"status"_s].toString());
    return names;
}

} // namespace

void TestServer::cloudApiWebhookEndToEnd()
{
    FakeGraphApi graph(u"EAAG-token"_s);
    const QByteArray jpeg = QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(20000, 'j');
    graph.addMedia(u"65463453"_s, {jpeg, u"image/jpeg"_s, 0});
    m_hookline->createWebhook({{u"url"_s, m_receiver->url()}});
    const qint64 account = connectCloudApi(*m_hookline, graph);

    // The account shows whether each secret is set, never the secret.
    auto r = m_hookline->get("/api/v1/accounts/" + std::to_string(account));
    QCOMPARE(r->status, 200);
    const QJsonObject cloud = object(r->body)[u"cloud_api"_s].toObject();
    QCOMPARE(cloud[u"phone_number_id"_s].toString(), phoneNumberId);
    QVERIFY(cloud[u"has_app_secret"_s].toBool() && cloud[u"has_access_token"_s].toBool());
    QVERIFY(cloud[u"webhook_url"_s].toString().endsWith(u"/whatsapp/webhook"_s));
    QVERIFY(r->body.find("app-secret-1") == std::string::npos);
    QVERIFY(r->body.find("EAAG-token") == std::string::npos);
    QVERIFY(m_hookline->get("/api/v1/accounts")->body.find("let-me-in") == std::string::npos);
    // Bad settings are refused by name; another account cannot take the same number id.
    r = m_hookline->put("/api/v1/accounts/" + std::to_string(account),
                        {{u"cloud_api"_s, QJsonObject {{u"phone_number_id"_s, u"12ab"_s}}}});
    QCOMPARE(r->status, 400);
    QCOMPARE(object(r->body)[u"field"_s].toString(), u"cloud_api.phone_number_id"_s);
    r = m_hookline->put("/api/v1/accounts/" + std::to_string(account),
                        {{u"cloud_api"_s, QJsonObject {{u"graph_base_url"_s, u"ftp://x"_s}}}});
    QCOMPARE(object(r->body)[u"field"_s].toString(), u"cloud_api.graph_base_url"_s);
    r = m_hookline->post("/api/v1/accounts",
                         {{u"phone"_s, u"+15550001111"_s},
                          {u"cloud_api"_s, QJsonObject {{u"phone_number_id"_s, phoneNumberId}}}});
    QCOMPARE(r->status, 409);

    // The subscription handshake: the raw challenge for the right verify token, 403 otherwise.
    auto anonymous = m_hookline->client(false);
    r = anonymous->Get("/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=let-me-in"
                       "&hub.challenge=1158201444");
    QCOMPARE(r->status, 200);
    QCOMPARE(r->body, std::string("1158201444"));
    r = anonymous->Get("/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=guess"
                       "&hub.challenge=1158201444");
    QCOMPARE(r->status, 403);
    QVERIFY(r->body.find("1158201444") == std::string::npos);
    QCOMPARE(anonymous->Get("/whatsapp/webhook?hub.verify_token=let-me-in&hub.challenge=1")->status,
             403);

    // Signatures: missing, wrong secret, or a body changed after signing → 401, nothing stored.
    const QByteArray text = caseBody(fixtureCases(u"message.json"_s), u"text"_s);
    r = anonymous->Post("/whatsapp/webhook", text.toStdString(), "application/json");
    QCOMPARE(r->status, 401);
    QCOMPARE(notify(*m_hookline, text, "another-secret")->status, 401);
    QByteArray tampered = text;
    tampered.replace("972987654321", "972987654000");
    r = anonymous->Post("/whatsapp/webhook",
                        {{"X-Hub-Signature-256",
                          hookline::CloudApiSignature::sign("app-secret-1", text).toStdString()}},
                        tampered.toStdString(), "application/json");
    QCOMPARE(r->status, 401);
    // A correctly signed body that is not a notification still gets 200 (Meta would retry).
    QCOMPARE(notify(*m_hookline, "this is not JSON")->status, 200);
    QCOMPARE(
        notify(*m_hookline, R"({"object":"whatsapp_business_account","entry":[{"x":1}]})")->status,
        200);

    // Every sample kind, each under its own wamid; the text three times (Meta retries).
    int expected = 0;
    const QJsonObject samples = fixtureCases(u"message.json"_s);
    for (const QString &name : samples.keys()) {
        const QByteArray body
            = caseBody(u"message.json"_s, name, u"wamid.xyzxyz"_s, u"wamid.case-"_s + name);
        r = notify(*m_hookline, body);
        QCOMPARE(r->status, 200);
        QCOMPARE(r->body, std::string("EVENT_RECEIVED"));
        ++expected;
    }
    for (const QString &name : fixtureCases(u"outgoing_message.json"_s).keys())
        QCOMPARE(
            notify(*m_hookline, caseBody(fixtureCases(u"outgoing_message.json"_s), name))->status,
            200);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(notify(*m_hookline, text)->status, 200);

    QTRY_VERIFY_WITH_TIMEOUT(!messageByWamid(*m_hookline, u"wamid.xyzxyz"_s).isEmpty(), 20000);
    const QJsonObject first = messageByWamid(*m_hookline, u"wamid.xyzxyz"_s);
    QCOMPARE(first[u"direction"_s].toString(), u"received"_s);
    QCOMPARE(first[u"source"_s].toString(), u"cloud_api"_s);
    QCOMPARE(first[u"sender"_s][u"phone"_s].toString(), u"+972987654321"_s);
    // The image came with its file, downloaded through the Graph API with the bearer token.
    QTRY_VERIFY_WITH_TIMEOUT(
        messageByWamid(*m_hookline, u"wamid.case-image"_s)[u"attachment"_s].isObject(), 20000);
    const QJsonObject image = messageByWamid(*m_hookline, u"wamid.case-image"_s);
    QCOMPARE(image[u"attachment"_s][u"mimetype"_s].toString(), u"image/jpeg"_s);
    QCOMPARE(image[u"attachment"_s][u"size"_s].toInt(), jpeg.size());
    // Media the Graph API does not know: stored anyway, the failure in the history.
    const QJsonObject video = messageByWamid(*m_hookline, u"wamid.case-video"_s);
    QCOMPARE(video[u"text"_s].toString().isEmpty(), false);
    QVERIFY2(statusNames(video).contains(u"media_unavailable"_s),
             qPrintable(statusNames(video).join(u',')));

    // Statuses land in the history of their message (ordered by Meta's timestamps).
    for (const QString &status : {u"sent"_s, u"delivered"_s, u"read"_s})
        QCOMPARE(
            notify(*m_hookline, caseBody(fixtureCases(u"message_status.json"_s), status))->status,
            200);
    auto sortedStatuses = [this](const QString &wamid) {
        QStringList names = statusNames(messageByWamid(*m_hookline, wamid));
        names.sort();
        return names;
    };
    QTRY_COMPARE_WITH_TIMEOUT(sortedStatuses(u"wamid.xyzxyz"_s),
                              QStringList({u"delivered"_s, u"read"_s, u"sent"_s}), 20000);

    // Each stored message reached the webhook once: the repeats of the text were not stored.
    // The text was stored last; its chat's earlier messages go first.
    const std::string textUid = first[u"message_uid"_s].toString().toStdString();
    auto texts = [&] {
        int n = 0;
        for (const ReceivedRequest &req : m_receiver->requests())
            n += req.body.find(textUid) != std::string::npos;
        return n;
    };
    QTRY_VERIFY_WITH_TIMEOUT(m_receiver->count() >= expected && texts() > 0, 30000);
    QTest::qWait(300); // time for a repeat to show up, if there were one
    QSet<QString> ids;
    for (const ReceivedRequest &req : m_receiver->requests())
        ids.insert(QString::fromLatin1(req.header("webhook-id")));
    QCOMPARE(ids.size(), m_receiver->count());
    QCOMPARE(texts(), 1);
}

void TestServer::sendingThroughTheCloudApi()
{
    FakeGraphApi graph(u"EAAG-token"_s);
    connectCloudApi(*m_hookline, graph);
    // A CRM that wants WhatsApp's statuses of what it was sent.
    m_hookline->createWebhook(
        {{u"url"_s, m_receiver->url()}, {u"events"_s, QJsonArray {u"message.status"_s}}});
    QJsonObject m = message(u"Your order has shipped"_s, u"+972987654321"_s);
    m[u"account"_s] = QJsonObject {{u"phone"_s, u"+972123456789"_s}};
    m[u"direction"_s] = u"sent"_s;
    m.remove(u"timestamp"_s);
    m[u"send"_s] = true;
    auto r = m_hookline->post("/api/v1/messages", m);
    QCOMPARE(r->status, 201);
    const QJsonObject answer = object(r->body);
    QCOMPARE(answer[u"wamid"_s].toString(), u"wamid.FAKE1"_s);
    QCOMPARE(graph.sent().size(), 1);
    QCOMPARE(graph.sent().constFirst().phoneNumberId, phoneNumberId);
    QCOMPARE(graph.sent().constFirst().body[u"to"_s].toString(), u"972987654321"_s);
    QCOMPARE(graph.sent().constFirst().body[u"text"_s][u"body"_s].toString(),
             u"Your order has shipped"_s);
    // The stored message carries the wamid, so Meta's statuses for it find it.
    QByteArray status
        = caseBody(u"message_status.json"_s, u"delivered"_s, u"wamid.xyzxyz"_s, u"wamid.FAKE1"_s);
    QCOMPARE(notify(*m_hookline, status)->status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(statusNames(messageByWamid(*m_hookline, u"wamid.FAKE1"_s)),
                              QStringList({u"delivered"_s}), 20000);
    QCOMPARE(messageByWamid(*m_hookline, u"wamid.FAKE1"_s)[u"message_uid"_s].toString(),
             answer[u"message_uid"_s].toString());
    // Meta's status reached the webhook as its own event, after the message it is about.
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(), 2, 20000);
    const QJsonObject sentBody = object(m_receiver->requests().at(0).body);
    QCOMPARE(sentBody[u"message"_s][u"message_uid"_s].toString(),
             answer[u"message_uid"_s].toString());
    const QJsonObject event = object(m_receiver->requests().at(1).body);
    QCOMPARE(event[u"event"_s].toString(), u"message.status"_s);
    QCOMPARE(event[u"status"_s][u"status"_s].toString(), u"delivered"_s);
    QCOMPARE(event[u"status"_s][u"message_uid"_s].toString(), answer[u"message_uid"_s].toString());

    // A file: uploaded, then sent with the text as its caption.
    m[u"text"_s] = u"the invoice"_s;
    m[u"attachment"_s]
        = QJsonObject {{u"filename"_s, u"invoice.pdf"_s},
                       {u"mimetype"_s, u"application/pdf"_s},
                       {u"data_base64"_s, QString::fromLatin1(QByteArray("%PDF-1.4").toBase64())}};
    r = m_hookline->post("/api/v1/messages", m);
    QCOMPARE(r->status, 201);
    QCOMPARE(graph.sent().constLast().body[u"document"_s][u"caption"_s].toString(),
             u"the invoice"_s);
    QCOMPARE(graph.uploads().size(), 1);

    // WhatsApp refuses: 502 with Meta's reason, and nothing is stored.
    graph.refuseNextSend(131047, u"Re-engagement message"_s);
    m.remove(u"attachment"_s);
    m[u"text"_s] = u"too late"_s;
    r = m_hookline->post("/api/v1/messages", m);
    QCOMPARE(r->status, 502);
    QVERIFY2(object(r->body)[u"error"_s].toString().contains(u"Re-engagement message"_s),
             r->body.c_str());
    QVERIFY(messageByWamid(*m_hookline, u"wamid.FAKE4"_s).isEmpty());
    // What cannot be sent is refused before anything goes to WhatsApp.
    const auto sentBefore = graph.sent().size();
    QJsonObject received = m;
    received[u"direction"_s] = u"received"_s;
    r = m_hookline->post("/api/v1/messages", received);
    QCOMPARE(r->status, 400);
    QCOMPARE(object(r->body)[u"field"_s].toString(), u"direction"_s);
    QJsonObject other = m;
    other[u"account"_s] = QJsonObject {{u"phone"_s, u"+15550009999"_s}};
    r = m_hookline->post("/api/v1/messages", other);
    QCOMPARE(r->status, 400);
    QCOMPARE(object(r->body)[u"field"_s].toString(), u"account.phone"_s);
    QJsonObject batch {{u"messages"_s, QJsonArray {m}}, {u"send"_s, true}};
    QCOMPARE(m_hookline->post("/api/v1/messages", batch)->status, 400);
    QCOMPARE(graph.sent().size(), sentBefore);
}

void TestServer::acknowledgedNotificationsSurviveAKill()
{
    // Meta never resends a notification that got 200: each one answered 200 must be stored even
    // when Hookline is killed the moment after answering.
    FakeGraphApi graph(u"EAAG-token"_s);
    connectCloudApi(*m_hookline, graph);
    constexpr int count = 300;
    for (int i = 0; i < count; ++i) {
        const QByteArray body
            = caseBody(u"message.json"_s, u"text"_s, u"wamid.xyzxyz"_s, u"wamid.kill-%1"_s.arg(i));
        QCOMPARE(notify(*m_hookline, body)->status, 200);
    }
    m_hookline->kill();
    {
        QSqlQuery q
            = m_hookline->openStore()->execDirect(u"SELECT count(*) FROM cloud_api_inbox"_s);
        QVERIFY(q.next());
        qInfo("%d of %d acknowledged notifications were still in the inbox at the kill",
              q.value(0).toInt(), count);
    }
    QVERIFY(m_hookline->start());
    QTRY_VERIFY_WITH_TIMEOUT(
        !messageByWamid(*m_hookline, u"wamid.kill-%1"_s.arg(count - 1)).isEmpty(), 30000);
    for (int i = 0; i < count; ++i)
        QVERIFY2(!messageByWamid(*m_hookline, u"wamid.kill-%1"_s.arg(i)).isEmpty(),
                 qPrintable(QString::number(i)));
}

// The Inspector's answer is set in the process that serves it (the window does it there), so
// this test runs Hookline in-process on a free loopback port and asks it over real HTTP.
void TestServer::inspectorAnswersWithACustomResponse()
{
    QTemporaryDir dir;
    hookline::Instance instance({dir.path(), u"127.0.0.1"_s, 0, {}, 64});
    QString error;
    QVERIFY2(instance.start(&error), qPrintable(error));
    hookline::Inspector *inspector = instance.inspector();
    const QByteArray body = R"(<?xml version="1.0"?><ok id="42">दुकान</ok>)";
    const QString type = u"application/xml; charset=utf-8"_s;
    const hookline::InspectorAnswer custom {201, 0, body, type};
    QVERIFY(inspector->setAnswer(u"crm"_s, custom));
    QCOMPARE(inspector->answer(u"crm"_s), custom);

    httplib::Client client("127.0.0.1", instance.server()->port());
    for (const std::string path : {"/inspect/crm", "/inspect/crm/orders/42?x=1"}) {
        auto r = client.Post(path, R"({"order": 42})", "application/json");
        QVERIFY2(r, path.c_str());
        QCOMPARE(r->status, 201);
        QCOMPARE(QByteArray::fromStdString(r->body), body);
        QCOMPARE(QString::fromStdString(r->get_header_value("Content-Type")), type);
        QCOMPARE(r->get_header_value("Content-Length"), std::to_string(body.size()));
    }
    const QList<hookline::InspectedRequest> got = inspector->requests(u"crm"_s);
    QCOMPARE(got.size(), 2);
    QCOMPARE(got.constFirst().answeredStatus, 201);
    QCOMPARE(got.constFirst().body, QByteArray(R"({"order": 42})"));

    // Another name keeps the JSON answer; an empty body under a type is sent as such.
    auto other = client.Post("/inspect/other", "x", "text/plain");
    QVERIFY(other);
    QCOMPARE(other->status, 200);
    QCOMPARE(other->body, std::string(R"({"status":200})"));
    QVERIFY(inspector->setAnswer(u"crm"_s, {202, 0, {}, u"text/plain"_s}));
    auto empty = client.Post("/inspect/crm", "x", "text/plain");
    QVERIFY(empty);
    QCOMPARE(empty->status, 202);
    QCOMPARE(empty->body, std::string());
    QCOMPARE(empty->get_header_value("Content-Type"), std::string("text/plain"));
    // Back to no content type: the JSON answer again, exactly.
    QVERIFY(inspector->setAnswer(u"crm"_s, {503, 0, {}, {}}));
    auto reset = client.Post("/inspect/crm", "x", "text/plain");
    QVERIFY(reset);
    QCOMPARE(reset->status, 503);
    QCOMPARE(reset->body, std::string(R"({"status":503})"));
    QCOMPARE(reset->get_header_value("Content-Type"), std::string("application/json"));
}

// The real headless binary, where nobody set an answer: {"status":200} as JSON, as always.
void TestServer::inspectorDefaultAnswerIsUnchanged()
{
    auto c = m_hookline->client(false);
    for (const std::string path : {"/inspect/fresh", "/inspect/fresh/a/b?c=d"}) {
        auto r = c->Post(path, R"({"hello": "world"})", "application/json");
        QVERIFY2(r, path.c_str());
        QCOMPARE(r->status, 200);
        QCOMPARE(r->body, std::string(R"({"status":200})"));
        QCOMPARE(r->get_header_value("Content-Type"), std::string("application/json"));
        QVERIFY(!r->has_header("Content-Security-Policy"));
    }
    QCOMPARE(hookline::InspectorAnswer(), (hookline::InspectorAnswer {200, 0, {}, {}}));
    QCOMPARE(hookline::Inspector::answerError({}), QString());
}

void TestServer::inspectorRefusesOversizedAnswerBodies()
{
    using hookline::Inspector;
    hookline::Inspector inspector;
    const QByteArray largest(Inspector::maxAnswerBodyBytes, 'a');
    const hookline::InspectorAnswer fits {200, 0, largest, u"text/plain"_s};
    QCOMPARE(Inspector::answerProblem(fits), Inspector::AnswerProblem::None);
    QVERIFY(inspector.setAnswer(u"big"_s, fits));

    const hookline::InspectorAnswer over {200, 0, largest + 'a', u"text/plain"_s};
    QCOMPARE(Inspector::answerProblem(over), Inspector::AnswerProblem::BodyTooLarge);
    const QString error = Inspector::answerError(over);
    QVERIFY2(error.contains(u"body"_s) && error.contains(QString::number(65537)),
             qPrintable(error));
    QVERIFY(!inspector.setAnswer(u"big"_s, over));
    QCOMPARE(inspector.answer(u"big"_s), fits); // unchanged

    // A body needs a content type: without one the answer would be {"status": N}.
    const hookline::InspectorAnswer untyped {200, 0, "hello", {}};
    QCOMPARE(Inspector::answerProblem(untyped), Inspector::AnswerProblem::BodyWithoutContentType);
    QVERIFY(Inspector::answerError(untyped).contains(u"content type"_s));
    QVERIFY(!inspector.setAnswer(u"big"_s, untyped));
    // The status and delay are checked in the same place.
    QVERIFY(!inspector.setAnswer(u"big"_s, {99, 0, {}, {}}));
    QVERIFY(!inspector.setAnswer(u"big"_s, {200, Inspector::maxDelayMs + 1, {}, {}}));
    QCOMPARE(inspector.answer(u"big"_s), fits);
}

void TestServer::inspectorRefusesBadContentTypes()
{
    using hookline::Inspector;
    const auto problem = [](const QString &type) {
        return Inspector::answerProblem({200, 0, "x", type});
    };
    for (const QString &good :
         {u"application/json"_s, u"text/plain"_s, u"application/xml"_s, u"text/html"_s,
          u"application/vnd.api+json"_s, u"text/plain; charset=utf-8"_s,
          u"multipart/form-data; boundary=\"a b\""_s})
        QVERIFY2(problem(good) == Inspector::AnswerProblem::None, qPrintable(good));

    // Header injection: CR/LF (or any control character) would start a header of its own.
    const QString injected = u"text/plain\r\nSet-Cookie: session=stolen"_s;
    QCOMPARE(problem(injected), Inspector::AnswerProblem::ContentTypeNotPrintable);
    const QString error = Inspector::answerError({200, 0, "x", injected});
    QVERIFY2(error.contains(u"content type"_s) && error.contains(u"line breaks"_s),
             qPrintable(error));
    QCOMPARE(problem(u"text/plain\n"_s), Inspector::AnswerProblem::ContentTypeNotPrintable);
    QCOMPARE(problem(u"text/plain\tx"_s), Inspector::AnswerProblem::ContentTypeNotPrintable);
    QCOMPARE(problem(u"text/plaîn"_s), Inspector::AnswerProblem::ContentTypeNotPrintable);
    for (const QString &bad :
         {u"json"_s, u"text/"_s, u"/plain"_s, u"text/plain/x"_s, u" text/plain"_s, u"text /plain"_s,
          u"text/plain;"_s, u"text/plain; charset"_s, u"<b>text/html</b>"_s}) {
        QVERIFY2(problem(bad) == Inspector::AnswerProblem::ContentTypeNotMime, qPrintable(bad));
        QVERIFY(Inspector::answerError({200, 0, "x", bad}).contains(u"type/subtype"_s));
    }
    QCOMPARE(problem(u"text/"_s + QString(Inspector::maxContentTypeLength, u'a')),
             Inspector::AnswerProblem::ContentTypeTooLong);

    // Refused at the source: the served answer stays what it was.
    hookline::Inspector inspector;
    QVERIFY(!inspector.setAnswer(u"x"_s, {201, 0, "x", injected}));
    QCOMPARE(inspector.answer(u"x"_s), hookline::InspectorAnswer());
}

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
