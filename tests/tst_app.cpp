// End-to-end tests of the real `hookline` binary: only its command line, exit codes, output and
// files are observed (and, for delivery, what a real receiver gets).
#include "store/attachmentstore.h"
#include "store/database.h"
#include "store/messagestore.h"
#include "store/outbox.h"
#include "store/webhookstore.h"
#include "support/testreceiver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <httplib.h>
#include <unistd.h>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

const QString binary = QStringLiteral(HOOKLINE_BINARY);

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result run(const QStringList &args)
{
    QProcess p;
    p.start(binary, args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// Starts `hookline --headless` and waits until it says it is ready.
bool startHeadless(QProcess &p, const QString &dataDir)
{
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(binary, {u"--headless"_s, u"--data-dir"_s, dataDir, u"--listen"_s, u"127.0.0.1:0"_s});
    QElapsedTimer timer;
    timer.start();
    QByteArray err;
    while (timer.elapsed() < 60000) {
        p.waitForReadyRead(200);
        err += p.readAllStandardError();
        if (err.contains("headless, ready"))
            return true;
        if (p.state() == QProcess::NotRunning) {
            qWarning() << "hookline exited:" << err;
            return false;
        }
    }
    qWarning() << "hookline did not become ready:" << err;
    return false;
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
        ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
        : QByteArray();
}

} // namespace

class TestApp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version();
    void help();
    void unknownOptionIsAUsageError();
    void headlessStopsCleanlyOnSignal_data();
    void headlessStopsCleanlyOnSignal();
    void secondInstanceIsRefused();
    void portInUseIsRefused();
    void killedInstanceDoesNotBlockRestart();
    void junkDatabaseIsRefusedUntouched();
    void foreignDatabaseIsRefusedUntouched();
    void dataDirThatIsAFileIsRefused();
    void unwritableDataDirIsRefused();
    void headlessDeliversWhatWaits();
    void fullDiskAnswers507AndKeepsWhatWasAcknowledged();
};

void TestApp::version()
{
    const Result r = run({u"--version"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"hookline 0.1.0"_s), qPrintable(r.out));
}

void TestApp::help()
{
    const Result r = run({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    for (const QString &option : {u"--data-dir"_s, u"--headless"_s, u"--version"_s})
        QVERIFY2(r.out.contains(option), qPrintable(r.out));
    // --help-all adds Qt's own options and needs no display either.
    const Result all = run({u"--help-all"_s});
    QCOMPARE(all.exitCode, 0);
    QVERIFY2(all.out.contains(u"--headless"_s) && all.out.contains(u"--qmljsdebugger"_s),
             qPrintable(all.out));
}

void TestApp::unknownOptionIsAUsageError()
{
    const Result r = run({u"--headles"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"headles"_s), qPrintable(r.err));
    const Result extra = run({u"--headless"_s, u"stray"_s});
    QCOMPARE(extra.exitCode, 2);
    QVERIFY2(extra.err.contains(u"stray"_s), qPrintable(extra.err));
    const Result theme = run({u"--theme"_s, u"purple"_s});
    QCOMPARE(theme.exitCode, 2);
    QVERIFY2(theme.err.contains(u"--theme must be system, light or dark"_s), qPrintable(theme.err));
}

void TestApp::headlessStopsCleanlyOnSignal_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestApp::headlessStopsCleanlyOnSignal()
{
    QFETCH(int, signalNumber);
    QTemporaryDir dir;
    QProcess p;
    QVERIFY(startHeadless(p, dir.path()));
    QVERIFY(QFile::exists(dir.filePath(u"hookline.sqlite"_s)));
    QVERIFY(QFile::exists(dir.filePath(u"hookline.lock"_s)));
    QElapsedTimer timer;
    timer.start();
    ::kill(p.processId(), signalNumber);
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(!QFile::exists(dir.filePath(u"hookline.lock"_s)));
}

void TestApp::secondInstanceIsRefused()
{
    QTemporaryDir dir;
    QProcess first;
    QVERIFY(startHeadless(first, dir.path()));
    const Result second = run({u"--headless"_s, u"--data-dir"_s, dir.path()});
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains(u"already using"_s), qPrintable(second.err));
    QVERIFY2(second.err.contains(QString::number(first.processId())), qPrintable(second.err));
    QCOMPARE(first.state(), QProcess::Running);
    first.terminate();
    QVERIFY(first.waitForFinished(5000));
}

void TestApp::portInUseIsRefused()
{
    // Another workspace already listens on the port: no silent sharing of connections.
    QTemporaryDir first;
    QTemporaryDir second;
    QProcess running;
    QVERIFY(startHeadless(running, first.path()));
    QFile portFile(first.filePath(u"server.port"_s));
    QVERIFY(portFile.open(QIODevice::ReadOnly));
    const QString port = QString::fromLatin1(portFile.readAll().trimmed());
    const Result refused = run(
        {u"--headless"_s, u"--data-dir"_s, second.path(), u"--listen"_s, u"127.0.0.1:"_s + port});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"cannot listen on 127.0.0.1:"_s + port),
             qPrintable(refused.err));
    running.terminate();
    QVERIFY(running.waitForFinished(5000));
}

void TestApp::killedInstanceDoesNotBlockRestart()
{
    QTemporaryDir dir;
    QProcess first;
    QVERIFY(startHeadless(first, dir.path()));
    first.kill();
    QVERIFY(first.waitForFinished(5000));
    QVERIFY(QFile::exists(dir.filePath(u"hookline.lock"_s)));
    QProcess second;
    QVERIFY(startHeadless(second, dir.path()));
    second.terminate();
    QVERIFY(second.waitForFinished(5000));
    QCOMPARE(second.exitCode(), 0);
}

void TestApp::junkDatabaseIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"hookline.sqlite"_s);
    {
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PK\x03\x04 definitely a zip file, not a database");
    }
    const QByteArray before = hashOf(db);
    const Result r = run({u"--headless"_s, u"--data-dir"_s, dir.path()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"not an SQLite database"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(db), qPrintable(r.err));
    QCOMPARE(hashOf(db), before);
    QVERIFY(!QFile::exists(db + u"-wal"_s));
}

void TestApp::foreignDatabaseIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"hookline.sqlite"_s);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"CREATE TABLE invoices (id INTEGER PRIMARY KEY)"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"foreign"_s);
    const QByteArray before = hashOf(db);
    const Result r = run({u"--headless"_s, u"--data-dir"_s, dir.path()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"not a Hookline store"_s), qPrintable(r.err));
    QCOMPARE(hashOf(db), before);
}

void TestApp::dataDirThatIsAFileIsRefused()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"notes.txt"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    const Result r = run({u"--headless"_s, u"--data-dir"_s, file});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"not a folder"_s), qPrintable(r.err));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
}

void TestApp::unwritableDataDirIsRefused()
{
    // Permission bits do not stop root; /proc refuses new files to everyone.
    const Result r = run({u"--headless"_s, u"--data-dir"_s, u"/proc/self"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"not writable"_s), qPrintable(r.err));
}

void TestApp::headlessDeliversWhatWaits()
{
    using namespace hookline;
    TestReceiver receiver;
    QTemporaryDir dir;
    {
        // A message that was stored while no Hookline ran: the binary must deliver it at start.
        QString error;
        auto db
            = Database::open(dir.filePath(u"hookline.sqlite"_s), Database::Mode::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error));
        Webhook w;
        w.url = receiver.url();
        WebhookStore(*db).create(w, QDateTime::currentMSecsSinceEpoch());
        AttachmentStore files(dir.filePath(u"attachments"_s));
        Outbox outbox(*db);
        IngestMessage m;
        m.account.phone = u"+972500000000"_s;
        m.chat.phone = u"+15550001"_s;
        m.text = u"waiting since yesterday"_s;
        MessageStore(*db, files).ingest({m}, outbox.hook(QDateTime::currentMSecsSinceEpoch()));
    }
    QProcess p;
    QVERIFY(startHeadless(p, dir.path()));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.count(), 1, 10000);
    const QJsonObject body
        = QJsonDocument::fromJson(QByteArray::fromStdString(receiver.requests().constFirst().body))
              .object();
    QCOMPARE(body[u"message"][u"text"].toString(), u"waiting since yesterday"_s);
    p.terminate();
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.exitCode(), 0);
}

void TestApp::fullDiskAnswers507AndKeepsWhatWasAcknowledged()
{
    // The data directory is a 3 MiB tmpfs in a mount namespace of the process's own, so the test
    // needs neither a real full disk nor anything mounted outside it.
    QTemporaryDir dir;
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const int port = probe.serverPort();
    probe.close();
    const QByteArray token(43, 't');
    QFile tokenFile(dir.filePath(u"token"_s));
    QVERIFY(tokenFile.open(QIODevice::WriteOnly) && tokenFile.write(token) == token.size());
    tokenFile.close();
    QDir().mkpath(dir.filePath(u"disk"_s));
    QStringList args {u"--mount"_s};
    if (::getuid() != 0)
        args << u"--map-root-user"_s;
    args << u"sh"_s << u"-c"_s
         << u"mount -t tmpfs -o size=3m tmpfs \"$1\" && mkdir \"$1/data\" && cp \"$2\" "
            "\"$1/data/api-token\" && chmod 600 \"$1/data/api-token\" && exec \"$3\" --headless "
            "--data-dir \"$1/data\" --listen 127.0.0.1:$4"_s
         << u"sh"_s << dir.filePath(u"disk"_s) << tokenFile.fileName() << binary
         << QString::number(port);
    QProcess hookline;
    hookline.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    hookline.start(u"unshare"_s, args);
    httplib::Client client("127.0.0.1", port);
    client.set_default_headers({{"Authorization", "Bearer " + token.toStdString()}});
    client.set_read_timeout(30, 0);
    QTRY_VERIFY_WITH_TIMEOUT(client.Get("/healthz") || hookline.state() == QProcess::NotRunning,
                             30000);
    if (hookline.state() == QProcess::NotRunning)
        QSKIP("this machine does not allow a private tmpfs (unshare/mount refused)");

    const std::string text(256 * 1024, 'x');
    QStringList acknowledged;
    int status = 0;
    for (int i = 0; i < 40; ++i) {
        const QJsonObject message {
            {u"account"_s, QJsonObject {{u"phone"_s, u"+14155550100"_s}}},
            {u"chat"_s, QJsonObject {{u"phone"_s, u"+919800000001"_s}}},
            {u"direction"_s, u"received"_s},
            {u"text"_s, QString(QString::number(i) + QString::fromStdString(text))}};
        const auto r = client.Post(
            "/api/v1/messages", QJsonDocument(message).toJson(QJsonDocument::Compact).toStdString(),
            "application/json");
        QVERIFY(r);
        status = r->status;
        if (status != 201)
            break;
        acknowledged << QJsonDocument::fromJson(QByteArray::fromStdString(r->body))
                            .object()[u"message_uid"_s]
                            .toString();
    }
    QCOMPARE(status, 507);
    QVERIFY(acknowledged.size() >= 2);
    // Everything acknowledged before the disk filled is still there, and the server still answers.
    for (const QString &uid : std::as_const(acknowledged)) {
        const auto r = client.Get("/api/v1/messages/" + uid.toStdString());
        QVERIFY(r);
        QCOMPARE(r->status, 200);
    }
    QVERIFY(client.Get("/healthz"));
    hookline.terminate();
    QVERIFY(hookline.waitForFinished(10000));
}

QTEST_MAIN(TestApp)
#include "tst_app.moc"
