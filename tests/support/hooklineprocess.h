#pragma once

// One running `hookline --headless` (the real binary) on a data directory and the test's
// store, with an HTTP client for its API.
#include "store/database.h"
#include "support/testdatabase.h"

#include <httplib.h>

#include <QJsonObject>
#include <QProcess>
#include <QString>

#include <memory>
#include <string>

QJsonObject object(const std::string &body);
std::string text(const QJsonObject &o);
// A message for POST /api/v1/messages: received on +972500000000 from `peer`.
QJsonObject message(const QString &text, const QString &peer = QStringLiteral("+919800000001"));

class Hookline
{
public:
    Hookline(const QString &dataDir, const TestDatabase &store);
    ~Hookline();

    // Before start(): more command-line arguments (a later --listen wins over the default), the
    // environment, and whether to keep what it logs for log() instead of passing it through.
    void setArguments(const QStringList &extra) { m_extra = extra; }
    void setEnvironment(const QProcessEnvironment &environment);
    void keepLog() { m_keepLog = true; }
    QByteArray log();

    // Starts it on a free port and reads the port and the API token; false if it exits first.
    bool start();
    void stop();
    void kill();

    std::unique_ptr<httplib::Client> client(bool authorised = true) const;
    httplib::Result post(const std::string &path, const QJsonObject &body) const;
    httplib::Result put(const std::string &path, const QJsonObject &body) const;
    httplib::Result get(const std::string &path) const;
    qint64 createWebhook(const QJsonObject &settings) const;

    int port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    // Resident memory of the process now, from /proc (VmRSS), in KiB.
    qint64 residentKiB() const;
    QString dataDir() const { return m_dataDir; }
    QString storeLocation() const;
    // A read-only look at the store, as `export-log` takes it.
    std::unique_ptr<hookline::Database> openStore() const;
    std::string token() const { return m_token; }

private:
    QString m_dataDir;
    const TestDatabase &m_store;
    QProcess m_process;
    QStringList m_extra;
    bool m_keepLog = false;
    QByteArray m_log;
    int m_port = 0;
    std::string m_token;
};
