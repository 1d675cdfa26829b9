// Detailed-log exports built from real attempts against a real receiver, read back, and (HAR)
// checked by an independent validator of the HAR 1.2 schema from the npm registry.
#include "domain/standardwebhooks.h"
#include "export/logexporter.h"
#include "store/attemptlog.h"
#include "support/testreceiver.h"
#include "support/testworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace hookline;
using namespace Qt::StringLiterals;

class TestExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void jsonHasEverySentAndReceivedByte();
    void harPassesTheHar12Schema();
    void csvIsQuotedAndFormulaSafe();
    void secretsNeverReachAnExport();

private:
    // Concurrent chats finish in any order: find attempts by what happened to them.
    template<typename Predicate> int indexOf(Predicate predicate) const
    {
        for (int i = 0; i < m_attempts.size(); ++i) {
            if (predicate(m_attempts.at(i)))
                return i;
        }
        qFatal("no such attempt");
    }

    QList<AttemptRecord> m_attempts;
    QString m_secret;
    std::unique_ptr<TestReceiver> m_receiver;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_webhookId = 0;
};

void TestExport::initTestCase()
{
    // Five attempts of every outcome: success, error status, formula-like body, binary body,
    // refused connection.
    m_receiver = std::make_unique<TestReceiver>();
    m_receiver->setScript([](const ReceivedRequest &, int index) {
        ScriptedAnswer a;
        switch (index) {
        case 0:
            a.body = R"({"ok":true,"note":"line1\nline2, \"quoted\""})";
            a.contentType = "application/json";
            break;
        case 1:
            a.status = 500;
            a.body = "=HYPERLINK(\"http://evil.example\",\"x\")";
            break;
        case 2:
            a.body = std::string("\x89PNG\r\n\x1a\n\xff\xfe", 10);
            a.contentType = "image/png";
            break;
        default:
            a.status = 200;
            break;
        }
        return a;
    });
    m_ws = std::make_unique<Workspace>();
    m_secret = StandardWebhooks::generateSecret();
    const QString url
        = u"http://crm-user:s3cret-pass@127.0.0.1:%1/hook?token=abc&x=1"_s.arg(m_receiver->port());
    m_webhookId = m_ws->addWebhook(url, Aggregation::None, {0}, m_secret);
    // Headers of its own, under names the exporter would not redact by itself.
    Webhook w = m_ws->webhook(m_webhookId);
    w.headers = {WebhookHeader::bearer(u"tok-e1a9"_s),
                 {u"X-Tenant"_s, u"tenant-c0d4"_s},
                 *WebhookHeader::basic(u"crm"_s, u"basic-77f2"_s)};
    w.headers.last().name = u"X-Forwarded-Authorization"_s;
    m_ws->webhooks->update(w, m_ws->clock.nowMs());
    QVERIFY(m_ws->startEngine());
    m_ws->ingest(u"Hello, \"world\"\n=1+1 नमस्ते"_s, u"+1001"_s);
    m_ws->ingest(u"second"_s, u"+1002"_s);
    m_ws->ingest(u"third"_s, u"+1003"_s);
    QTRY_COMPARE(m_ws->outbox->pendingMessageCount(m_webhookId), 0);
    m_attempts = AttemptLog(*m_ws->db).recent(m_webhookId, 100);
    QCOMPARE(m_attempts.size(), 4);
}

void TestExport::jsonHasEverySentAndReceivedByte()
{
    const LogExporter::Source source {m_webhookId, u"CRM"_s, m_ws->webhook(m_webhookId).url};
    const QByteArray data
        = LogExporter::write(LogExporter::Format::Json, source, m_attempts, m_ws->clock.now());
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(data, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root[u"webhook"][u"id"].toInteger(), m_webhookId);
    const QJsonArray requests = root[u"requests"].toArray();
    QCOMPARE(requests.size(), m_attempts.size());
    for (int i = 0; i < requests.size(); ++i) {
        const QJsonObject r = requests.at(i).toObject();
        const AttemptRecord &a = m_attempts.at(i);
        QCOMPARE(r[u"webhook_id"].toString(), a.webhookMessageId);
        QCOMPARE(r[u"request"][u"body"].toString().toUtf8(), a.requestBody);
        QCOMPARE(r[u"response"][u"status"].toInt(), a.responseStatus);
        QCOMPARE(r[u"success"].toBool(), a.success);
        QCOMPARE(r[u"request"][u"headers"][u"webhook-id"].toString(), a.webhookMessageId);
    }
    const int failed = indexOf([](const AttemptRecord &a) { return a.responseStatus == 500; });
    QCOMPARE(requests.at(failed)[u"response"][u"status"].toInt(), 500);
    QVERIFY(requests.at(failed)[u"error"].toString().contains(u"HTTP 500"_s));
    // Binary response bodies are kept, as base64.
    const int binary
        = indexOf([](const AttemptRecord &a) { return a.responseBody.startsWith("\x89PNG"); });
    QVERIFY(requests.at(binary)[u"response"][u"body"].toString().startsWith(u"base64:"_s));
    QCOMPARE(QByteArray::fromBase64(
                 requests.at(binary)[u"response"][u"body"].toString().mid(7).toLatin1()),
             QByteArray("\x89PNG\r\n\x1a\n\xff\xfe", 10));
}

void TestExport::harPassesTheHar12Schema()
{
    const QByteArray har = LogExporter::toHar(m_attempts);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"log.har"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(har);
    }
    QProcess node;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"NODE_PATH"_s, QStringLiteral(HOOKLINE_JS_TOOLS) + u"/node_modules"_s);
    node.setProcessEnvironment(env);
    node.start(QStringLiteral(HOOKLINE_NODE),
               {QStringLiteral(HOOKLINE_JS_SOURCES) + u"/validate-har.js"_s, path});
    QVERIFY(node.waitForFinished(60000));
    QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
    QVERIFY(node.readAllStandardOutput().contains("valid HAR 1.2"));

    // And the validator is not a rubber stamp: a HAR without its version is refused.
    QJsonObject broken = QJsonDocument::fromJson(har).object();
    QJsonObject log = broken[u"log"].toObject();
    log.remove(u"version"_s);
    broken[u"log"_s] = log;
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(broken).toJson());
    }
    node.start(QStringLiteral(HOOKLINE_NODE),
               {QStringLiteral(HOOKLINE_JS_SOURCES) + u"/validate-har.js"_s, path});
    QVERIFY(node.waitForFinished(60000));
    QCOMPARE(node.exitCode(), 1);

    const QJsonArray entries = QJsonDocument::fromJson(har)[u"log"][u"entries"].toArray();
    QCOMPARE(entries.size(), m_attempts.size());
    QCOMPARE(entries.at(0)[u"request"][u"postData"][u"text"].toString().toUtf8(),
             m_attempts.at(0).requestBody);
    const int binary
        = indexOf([](const AttemptRecord &a) { return a.responseBody.startsWith("\x89PNG"); });
    QCOMPARE(entries.at(binary)[u"response"][u"content"][u"encoding"].toString(), u"base64"_s);
}

void TestExport::csvIsQuotedAndFormulaSafe()
{
    const QByteArray csv = LogExporter::toCsv(m_attempts);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    // Minimal RFC 4180 reader: enough to prove every row has every column.
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(std::exchange(cell, {}));
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(std::exchange(cell, {}));
            rows.append(std::exchange(row, {}));
            ++i;
        } else {
            cell += c;
        }
    }
    QCOMPARE(rows.size(), m_attempts.size() + 1);
    for (const QStringList &r : std::as_const(rows))
        QCOMPARE(r.size(), 13);
    QCOMPARE(rows.at(1).at(11).toUtf8(), m_attempts.at(0).requestBody);
    const int failed = 1 + indexOf([](const AttemptRecord &a) { return a.responseStatus == 500; });
    QCOMPARE(rows.at(failed).at(5), u"500"_s);
    // A response that a spreadsheet would run as a formula is defused.
    QVERIFY2(rows.at(failed).at(12).startsWith(u"'=HYPERLINK"_s),
             qPrintable(rows.at(failed).at(12)));
}

void TestExport::secretsNeverReachAnExport()
{
    const LogExporter::Source source {m_webhookId, u"CRM"_s, m_ws->webhook(m_webhookId).url};
    for (auto format :
         {LogExporter::Format::Json, LogExporter::Format::Har, LogExporter::Format::Csv}) {
        const QByteArray data = LogExporter::write(format, source, m_attempts, m_ws->clock.now());
        QVERIFY(!data.contains(m_secret.toLatin1()));
        QVERIFY(!data.contains(m_secret.mid(6).toLatin1())); // the key without its prefix
        QVERIFY2(!data.contains("s3cret-pass"), qPrintable(LogExporter::fileExtension(format)));
        QVERIFY(data.contains("REDACTED"));
        for (const WebhookHeader &h : m_ws->webhook(m_webhookId).headers) {
            QVERIFY2(!data.contains(h.value.toUtf8()), qPrintable(h.name));
            // Named (JSON in lower case); CSV has no header columns.
            QVERIFY(data.toLower().contains(h.name.toLower().toLatin1())
                    || format == LogExporter::Format::Csv);
        }
        QVERIFY(!data.contains("tenant-c0d4"));
        QVERIFY(!data.contains(QByteArray("crm:basic-77f2").toBase64()));
    }
    // The detailed log itself never stored them either.
    QCOMPARE(m_ws->count(u"SELECT count(*) FROM attempts WHERE url LIKE '%s3cret-pass%'"
                         " OR request_headers LIKE '%s3cret-pass%'"_s),
             0);
    QCOMPARE(m_ws->count(u"SELECT count(*) FROM attempts WHERE request_headers LIKE '%tok-e1a9%'"
                         " OR request_headers LIKE '%tenant-c0d4%'"_s),
             0);
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
