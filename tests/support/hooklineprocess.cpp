#include "hooklineprocess.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

QJsonObject object(const std::string &body)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(body)).object();
}

std::string text(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

QJsonObject message(const QString &text, const QString &peer)
{
    return QJsonObject {
        {u"account"_s,
         QJsonObject {{u"phone"_s, u"+972500000000"_s},
                      {u"full_name"_s, u"Sales"_s},
                      {u"email"_s, u"sales@example.com"_s}}},
        {u"chat"_s, QJsonObject {{u"phone"_s, peer}, {u"full_name"_s, u"Priya <b>"_s}}},
        {u"direction"_s, u"received"_s},
        {u"timestamp"_s, u"2026-03-01T14:35:07+05:30"_s},
        {u"sender"_s, QJsonObject {{u"full_name"_s, u"Priya"_s}, {u"phone"_s, peer}}},
        {u"recipient"_s,
         QJsonObject {{u"full_name"_s, u"Sales"_s}, {u"phone"_s, u"+972500000000"_s}}},
        {u"text"_s, text},
    };
}

Hookline::Hookline(const QString &dataDir, const TestDatabase &store)
    : m_dataDir(dataDir)
    , m_store(store)
{
}

Hookline::~Hookline()
{
    stop();
}

void Hookline::setEnvironment(const QProcessEnvironment &environment)
{
    m_process.setProcessEnvironment(environment);
}

QByteArray Hookline::log()
{
    m_log += m_process.readAllStandardError();
    return m_log;
}

qint64 Hookline::residentKiB() const
{
    QFile status(u"/proc/%1/status"_s.arg(pid()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool Hookline::start()
{
    QFile::remove(m_dataDir + u"/server.port"_s);
    m_process.setProcessChannelMode(m_keepLog ? QProcess::SeparateChannels
                                              : QProcess::ForwardedErrorChannel);
    m_process.start(
        QStringLiteral(HOOKLINE_BINARY),
        QStringList {u"--headless"_s, u"--data-dir"_s, m_dataDir, u"--listen"_s, u"127.0.0.1:0"_s}
            + m_store.arguments() + m_extra);
    for (int i = 0; i < 600 && m_port == 0; ++i) {
        QTest::qWait(50);
        QFile file(m_dataDir + u"/server.port"_s);
        if (file.open(QIODevice::ReadOnly))
            m_port = file.readAll().trimmed().toInt();
        if (m_process.state() == QProcess::NotRunning)
            return false;
    }
    QFile token(m_dataDir + u"/api-token"_s);
    if (m_port == 0 || !token.open(QIODevice::ReadOnly))
        return false;
    m_token = token.readAll().trimmed().toStdString();
    return true;
}

void Hookline::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    m_process.waitForFinished(10000);
    m_port = 0;
}

void Hookline::kill()
{
    m_process.kill();
    m_process.waitForFinished(10000);
    m_port = 0;
}

std::unique_ptr<httplib::Client> Hookline::client(bool authorised) const
{
    auto c = std::make_unique<httplib::Client>("127.0.0.1", m_port);
    c->set_read_timeout(30, 0);
    if (authorised)
        c->set_default_headers({{"Authorization", "Bearer " + m_token}});
    return c;
}

httplib::Result Hookline::post(const std::string &path, const QJsonObject &body) const
{
    return client()->Post(path, text(body), "application/json");
}

httplib::Result Hookline::put(const std::string &path, const QJsonObject &body) const
{
    return client()->Put(path, text(body), "application/json");
}

httplib::Result Hookline::get(const std::string &path) const
{
    return client()->Get(path);
}

qint64 Hookline::createWebhook(const QJsonObject &settings) const
{
    auto r = post("/api/v1/webhooks", settings);
    if (!r || r->status != 201)
        qFatal("cannot create webhook: %s", r ? r->body.c_str() : "no response");
    return object(r->body)[u"id"].toInteger();
}

QString Hookline::storeLocation() const
{
    return m_store.location(m_dataDir + u"/hookline.sqlite"_s);
}

std::unique_ptr<hookline::Database> Hookline::openStore() const
{
    QString error;
    auto db = hookline::Database::open(storeLocation(), hookline::Database::Mode::ReadOnly, &error);
    if (!db)
        qFatal("cannot open the store: %s", qPrintable(error));
    return db;
}
