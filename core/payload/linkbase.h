#pragma once

#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>
#include <QReadWriteLock>
#include <QString>
#include <QStringList>

namespace hookline {

// Where the links inside payloads (chat_url, permalinks, temporary_download_url) point. The
// workspace's public base URL when the user set one (a tunnel, a reverse proxy); until then the
// address the local server actually listens on, so links open even with `--listen host:0` or a
// port chosen in Settings. Thread-safe: the server sets it once it listens, the engine and the
// server's handlers read it.
class LinkBase
{
public:
    // The server's address: "http://HOST:PORT" (a wildcard host reads as 127.0.0.1).
    void setListening(const QString &host, int port);
    QString listening() const;

    // The base links use: `configured` (the workspace setting) when set, else the listened one.
    QString resolve(const QString &configured) const;

    // Why links under the resolved base cannot open where they are sent, in sentences; empty
    // when nothing is known to be wrong. `webhookUrls`: where payloads go. May try a connection
    // to this computer (half a second at most): never on the GUI thread.
    QStringList problems(const QString &configured, const QStringList &webhookUrls) const;

    // Whether a host ("127.0.0.1", "[::1]", "localhost") is reachable only from this machine.
    static bool isLoopback(const QString &host);

private:
    // Whether a port of this computer takes connections, from a probe of the last five seconds.
    bool acceptsNow(const QString &host, int port) const;

    struct Probe
    {
        bool accepts = false;
        QDeadlineTimer checked; // expires when the answer is too old to reuse
    };
    mutable QMutex m_probeMutex;
    mutable QHash<QString, Probe> m_probes;
    mutable QReadWriteLock m_lock;
    QString m_host;
    int m_port = 0;
};

} // namespace hookline
