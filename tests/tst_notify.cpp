// Owner e-mails against a real SMTP server (Debian's python3-aiosmtpd, started by the test), read
// back with Python's own e-mail parser: plain, STARTTLS with a self-signed certificate,
// authentication, a server that refuses, one that hangs.
#include "notify/mailmessage.h"
#include "notify/ownernotifier.h"
#include "notify/smtpsender.h"
#include "store/activitylog.h"
#include "store/workspacestore.h"
#include "support/testreceiver.h"
#include "support/testworkspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hookline;
using namespace Qt::StringLiterals;

namespace {

class SmtpServer
{
public:
    SmtpServer(const QString &mode, const QString &cert = {}, const QString &key = {})
    {
        QStringList args {QStringLiteral(HOOKLINE_TEST_SOURCES) + u"/smtp/smtpserver.py"_s,
                          m_dir.path(), mode};
        if (!cert.isEmpty())
            args << cert << key;
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(u"/usr/bin/python3"_s, args);
        if (!m_process.waitForReadyRead(30000))
            qFatal("the SMTP server did not start");
        const QByteArray line = m_process.readLine().trimmed();
        if (!line.startsWith("ready "))
            qFatal("unexpected SMTP server output: %s", line.constData());
        m_port = line.mid(6).toInt();
    }
    ~SmtpServer()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    int port() const { return m_port; }
    QList<QJsonObject> messages() const
    {
        QList<QJsonObject> list;
        const QDir dir(m_dir.path());
        for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                list.append(QJsonDocument::fromJson(f.readAll()).object());
        }
        return list;
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

SmtpSettings smtpAt(int port, SmtpSecurity security = SmtpSecurity::None)
{
    SmtpSettings smtp;
    smtp.host = u"127.0.0.1"_s;
    smtp.port = port;
    smtp.security = security;
    smtp.timeoutMs = 10000;
    return smtp;
}

OwnerNotifier::Options notifierOptions(Workspace &ws, QList<int> retries = {30000},
                                       int timeoutMs = 30000)
{
    OwnerNotifier::Options options;
    options.databasePath = ws.location();
    options.dataDirectory = ws.dir.path();
    options.clock = &ws.clock;
    options.retryDelaysMs = retries;
    options.timeoutMs = timeoutMs;
    return options;
}

MailMessage sample()
{
    return MailMessage {
        {u"Hookline \"alerts\""_s, u"alerts@hookline.test"_s},
        {u"अमित शर्मा 🚀"_s, u"owner@example.com"_s},
        u"Webhook “CRM” disabled — वेबहुक बंद 🚨 with a long subject line that must fold"_s,
        u"Line one\nनमस्ते 👋\n"_s + QString(200, u'x'),
        u"<p>नमस्ते <b>👋</b></p>"_s,
        QDateTime(QDate(2026, 3, 1), QTime(9, 5, 7), Qt::UTC),
        u"hookline.invalid"_s};
}

} // namespace

class TestNotify : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void messageIsReadBackIntact();
    void headerInjectionIsDefused();
    void starttlsWithASelfSignedCertificate();
    void authentication();
    void autoDisableEmailsTheOwnerOnce();
    void aWebhookOfReplaysIsNotMailed();
    void refusingServerIsRetriedThenReported();
    void hangingServerTimesOut();
    void missingSettingsAreReported();
    void testEmail();
    void passwordStaysOutOfTheDatabase();

private:
    void configure(Workspace &ws, int port, SmtpSecurity security = SmtpSecurity::None);
    QTemporaryDir m_certs;
    QString m_cert;
    QString m_key;
};

void TestNotify::initTestCase()
{
    m_cert = m_certs.filePath(u"cert.pem"_s);
    m_key = m_certs.filePath(u"key.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                   m_key, u"-out"_s, m_cert, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s});
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);
}

void TestNotify::configure(Workspace &ws, int port, SmtpSecurity security)
{
    WorkspaceStore workspace(*ws.db);
    WorkspaceSettings s = workspace.settings();
    s.ownerName = u"अमित शर्मा 🚀"_s;
    s.ownerEmail = u"owner@example.com"_s;
    s.smtpHost = u"127.0.0.1"_s;
    s.smtpPort = port;
    s.smtpSecurity = security;
    s.smtpFrom = u"alerts@hookline.test"_s;
    workspace.setSettings(s);
}

void TestNotify::messageIsReadBackIntact()
{
    SmtpServer server(u"plain"_s);
    const MailMessage m = sample();
    const auto result = SmtpSender::send(smtpAt(server.port()), m);
    QVERIFY2(result.ok, qPrintable(result.error));
    QTRY_COMPARE(server.messages().size(), 1);
    const QJsonObject got = server.messages().constFirst();
    QCOMPARE(got[u"subject"].toString(), m.subject);
    QCOMPARE(got[u"to_name"].toString(), u"अमित शर्मा 🚀"_s);
    QCOMPARE(got[u"to_address"].toString(), u"owner@example.com"_s);
    QCOMPARE(got[u"from_name"].toString(), u"Hookline \"alerts\""_s);
    QCOMPARE(got[u"from_address"].toString(), u"alerts@hookline.test"_s);
    QCOMPARE(got[u"mail_from"].toString(), u"alerts@hookline.test"_s);
    QCOMPARE(got[u"rcpt_tos"].toArray(), QJsonArray {u"owner@example.com"_s});
    QCOMPARE(got[u"content_type"].toString(), u"multipart/alternative"_s);
    QCOMPARE(got[u"text"].toString(), m.text);
    QCOMPARE(got[u"html"].toString(), m.html);
    QCOMPARE(got[u"date"].toString(), u"Sun, 01 Mar 2026 09:05:07 +0000"_s);
    QVERIFY(got[u"message_id"].toString().endsWith(u"@hookline.invalid>"_s));
    QCOMPARE(got[u"defects"].toArray().size(), 0);
    // Every line of the raw message stays within RFC 5322's 998 characters (we keep 78).
    for (const QByteArray &line : m.toRfc5322().split('\n'))
        QVERIFY2(line.size() <= 78, line.constData());
}

void TestNotify::headerInjectionIsDefused()
{
    MailMessage m = sample();
    m.subject = u"hello\r\nBcc: victim@example.com"_s;
    m.to.name = u"Eve\r\nBcc: other@example.com"_s;
    const QByteArray raw = m.toRfc5322();
    QVERIFY(!raw.contains("\r\nBcc:"));
    QVERIFY(!MailMessage::isPlainAddress(u"owner@example.com>\r\nRCPT TO:<x@y"_s));
    MailMessage bad = sample();
    bad.from.email = u"a b@c"_s;
    const auto result = SmtpSender::send(smtpAt(1), bad);
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(u"sender address"_s));
}

void TestNotify::starttlsWithASelfSignedCertificate()
{
    SmtpServer server(u"starttls"_s, m_cert, m_key);
    SmtpSettings smtp = smtpAt(server.port(), SmtpSecurity::StartTls);
    auto refused = SmtpSender::send(smtp, sample());
    QVERIFY(!refused.ok); // a self-signed certificate is refused unless the user allows it
    QVERIFY2(refused.error.contains(u"certificate"_s, Qt::CaseInsensitive),
             qPrintable(refused.error));
    QCOMPARE(server.messages().size(), 0);
    smtp.allowInvalidCertificate = true;
    auto ok = SmtpSender::send(smtp, sample());
    QVERIFY2(ok.ok, qPrintable(ok.error));
    QTRY_COMPARE(server.messages().size(), 1);
    QCOMPARE(server.messages().constFirst()[u"tls"].toBool(), true);
    // Without TLS the server (which requires STARTTLS) refuses.
    smtp.security = SmtpSecurity::None;
    QVERIFY(!SmtpSender::send(smtp, sample()).ok);
}

void TestNotify::authentication()
{
    SmtpServer server(u"auth"_s, m_cert, m_key);
    SmtpSettings smtp = smtpAt(server.port(), SmtpSecurity::StartTls);
    smtp.username = u"hookline"_s;
    smtp.password = u"wrong"_s;
    smtp.allowInvalidCertificate = true;
    auto wrong = SmtpSender::send(smtp, sample());
    QVERIFY(!wrong.ok);
    QVERIFY2(wrong.error.contains(u"535"_s)
                 || wrong.error.contains(u"Login denied"_s, Qt::CaseInsensitive),
             qPrintable(wrong.error));
    smtp.password = u"correct horse battery staple"_s;
    auto right = SmtpSender::send(smtp, sample());
    QVERIFY2(right.ok, qPrintable(right.error));
    QTRY_COMPARE(server.messages().size(), 1);
    QCOMPARE(server.messages().constFirst()[u"authenticated"].toBool(), true);
}

void TestNotify::autoDisableEmailsTheOwnerOnce()
{
    SmtpServer server(u"plain"_s);
    TestReceiver receiver;
    receiver.setScript([](const ReceivedRequest &, int) {
        ScriptedAnswer a;
        a.status = 503;
        return a;
    });
    Workspace ws;
    configure(ws, server.port());
    // A user name alone is a credential too (https://TOKEN@host/): it stays out of the mail.
    const QString url = QString(receiver.url()).replace(u"http://"_s, u"http://tok3n@"_s);
    const qint64 id = ws.addWebhook(url, Aggregation::None, {0});
    // So is the value of a header of its own.
    Webhook w = ws.webhook(id);
    w.headers = {WebhookHeader::apiKey(u"X-Crm-Key"_s, u"hdr-7e1c"_s)};
    ws.webhooks->update(w, ws.clock.nowMs());
    ws.db->execDirect(u"UPDATE webhooks SET name = 'CRM “main”' WHERE id = %1"_s.arg(id));
    QVERIFY(ws.startEngine());
    OwnerNotifier notifier(notifierOptions(ws, {50}, 10000));
    connect(ws.engine.get(), &Engine::autoDisabled, &notifier, &OwnerNotifier::webhookAutoDisabled);
    QSignalSpy sent(&notifier, &OwnerNotifier::mailSent);
    ws.ingest(u"one"_s);
    ws.ingest(u"two"_s);
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 20000);
    QTRY_COMPARE(server.messages().size(), 1);
    QTest::qWait(500);
    QCOMPARE(server.messages().size(), 1); // exactly one e-mail per auto-disable
    const QJsonObject mail = server.messages().constFirst();
    QCOMPARE(mail[u"rcpt_tos"].toArray(), QJsonArray {u"owner@example.com"_s});
    QCOMPARE(mail[u"subject"].toString(), u"Hookline: webhook \"CRM “main”\" was disabled"_s);
    const QString text = mail[u"text"].toString();
    QVERIFY2(text.startsWith(u"Hello अमित शर्मा 🚀,"_s), qPrintable(text));
    QVERIFY2(text.contains(QString(receiver.url()).replace(u"http://"_s, u"http://REDACTED@"_s)),
             qPrintable(text));
    QVERIFY(!text.contains(u"tok3n"_s));
    QVERIFY(!mail[u"html"].toString().contains(u"tok3n"_s));
    QVERIFY(!text.contains(u"hdr-7e1c"_s));
    QVERIFY(!mail[u"html"].toString().contains(u"hdr-7e1c"_s));
    QVERIFY(text.contains(u"11 consecutive errors"_s));
    QVERIFY(text.contains(u"HTTP 503"_s));
    QVERIFY(text.contains(u"2 message(s) are waiting"_s));
    QVERIFY(text.contains(u"PUT /api/v1/webhooks/%1"_s.arg(id)));
    QVERIFY(mail[u"html"].toString().contains(u"CRM “main”"_s));
    QCOMPARE(ActivityLog(*ws.db).recent(id).constFirst().text,
             u"owner e-mailed at owner@example.com"_s);
}

void TestNotify::aWebhookOfReplaysIsNotMailed()
{
    SmtpServer server(u"plain"_s);
    Workspace ws;
    configure(ws, server.port());
    const qint64 id = ws.addWebhook(u"https://staging.example.com/hook"_s);
    Webhook w = ws.webhook(id);
    w.replaysOnly = true;
    ws.webhooks->update(w, ws.clock.nowMs());
    OwnerNotifier notifier(notifierOptions(ws, {50}, 10000));
    QSignalSpy sent(&notifier, &OwnerNotifier::mailSent);
    // Nothing is sent before the note is written, so an empty server means none ever will be.
    notifier.webhookAutoDisabled(id, u"disabled automatically after 11 consecutive errors"_s);
    QCOMPARE(ActivityLog(*ws.db).recent(id).constFirst().text,
             u"owner not e-mailed: it only sends replays"_s);
    QCOMPARE(sent.size(), 0);
    QCOMPARE(server.messages().size(), 0);
}

void TestNotify::refusingServerIsRetriedThenReported()
{
    SmtpServer server(u"refuse"_s);
    Workspace ws;
    configure(ws, server.port());
    const qint64 id = ws.addWebhook(u"https://example.com/hook"_s);
    OwnerNotifier notifier(notifierOptions(ws, {50, 100}, 10000));
    QSignalSpy failed(&notifier, &OwnerNotifier::mailFailed);
    notifier.webhookAutoDisabled(id, u"disabled automatically after 11 consecutive errors"_s);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 3, 20000);
    QCOMPARE(failed.at(0).at(2).toBool(), false);
    QCOMPARE(failed.at(2).at(2).toBool(), true);
    QVERIFY2(failed.at(2).at(1).toString().contains(u"554"_s),
             qPrintable(failed.at(2).at(1).toString()));
    QTest::qWait(300);
    QCOMPARE(failed.size(), 3);
    QVERIFY(ActivityLog(*ws.db).recent(id).constFirst().text.startsWith(
        u"owner e-mail failed, giving up"_s));
    QCOMPARE(server.messages().size(), 0);
}

void TestNotify::hangingServerTimesOut()
{
    SmtpServer server(u"hang"_s);
    Workspace ws;
    configure(ws, server.port());
    const qint64 id = ws.addWebhook(u"https://example.com/hook"_s);
    OwnerNotifier notifier(notifierOptions(ws, {}, 1500));
    QSignalSpy failed(&notifier, &OwnerNotifier::mailFailed);
    QElapsedTimer timer;
    timer.start();
    notifier.webhookAutoDisabled(id, u"reason"_s);
    // The caller was not held up: the send runs on a worker thread.
    QVERIFY(timer.elapsed() < 1000);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    QVERIFY2(failed.first().at(1).toString().contains(u"timed out"_s, Qt::CaseInsensitive)
                 || failed.first().at(1).toString().contains(u"Timeout"_s),
             qPrintable(failed.first().at(1).toString()));
    QVERIFY(timer.elapsed() < 10000);
}

void TestNotify::missingSettingsAreReported()
{
    Workspace ws;
    const qint64 id = ws.addWebhook(u"https://example.com/hook"_s);
    OwnerNotifier notifier(notifierOptions(ws));
    QSignalSpy notNotified(&notifier, &OwnerNotifier::ownerNotNotified);
    notifier.webhookAutoDisabled(id, u"reason"_s);
    QCOMPARE(notNotified.size(), 1);
    QVERIFY(notNotified.first().at(1).toString().contains(u"no SMTP server"_s));
    QVERIFY(ActivityLog(*ws.db).recent(id).constFirst().text.startsWith(u"owner not e-mailed"_s));
}

void TestNotify::testEmail()
{
    SmtpServer server(u"plain"_s);
    Workspace ws;
    OwnerNotifier notifier(notifierOptions(ws));
    QList<std::pair<bool, QString>> done;
    auto collect = [&done](bool ok, const QString &outcome) {
        done.append({ok, outcome});
    };
    notifier.test(this, collect);
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(done.at(0).first, false);
    configure(ws, server.port());
    notifier.test(this, collect);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 10000);
    QVERIFY2(done.at(1).first, qPrintable(done.at(1).second));
    QTRY_COMPARE(server.messages().size(), 1);
    QCOMPARE(server.messages().constFirst()[u"subject"].toString(), u"Hookline test e-mail"_s);
}

void TestNotify::passwordStaysOutOfTheDatabase()
{
    SmtpServer server(u"auth"_s, m_cert, m_key);
    Workspace ws;
    configure(ws, server.port(), SmtpSecurity::StartTls);
    {
        WorkspaceStore workspace(*ws.db);
        WorkspaceSettings s = workspace.settings();
        s.smtpUsername = u"hookline"_s;
        s.smtpAllowInvalidCertificate = true;
        workspace.setSettings(s);
    }
    OwnerNotifier notifier(notifierOptions(ws));
    QString error;
    const auto location = notifier.storeSmtpPassword(u"correct horse battery staple"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // No keyring runs on a test machine: the owner-only file is the fallback, and it says so.
    QVERIFY(location == SecretStore::Location::File || location == SecretStore::Location::Keyring);
    if (location == SecretStore::Location::File) {
        const QString path = ws.dir.filePath(u"secrets/smtp-password"_s);
        QCOMPARE(
            QFile::permissions(path)
                & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFile::Permissions());
    }
    QList<std::pair<bool, QString>> done;
    notifier.test(this, [&done](bool ok, const QString &outcome) { done.append({ok, outcome}); });
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 15000);
    QVERIFY2(done.at(0).first, qPrintable(done.at(0).second));
    QTRY_COMPARE(server.messages().size(), 1);
    QCOMPARE(server.messages().constFirst()[u"authenticated"].toBool(), true);
    // The database never saw it: not the settings, not the file's bytes.
    QCOMPARE(ws.count(u"SELECT count(*) FROM settings WHERE value LIKE '%correct horse%'"_s), 0);
    if (!TestDatabase::postgres()) {
        ws.db->execDirect(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        QFile db(ws.dir.filePath(u"hookline.sqlite"_s));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains("correct horse"));
    }
    // Removing it works too.
    QCOMPARE(notifier.storeSmtpPassword(QString(), &error), SecretStore::Location::Nowhere);
    QVERIFY(!QFile::exists(ws.dir.filePath(u"secrets/smtp-password"_s)));
}

QTEST_GUILESS_MAIN(TestNotify)
#include "tst_notify.moc"
