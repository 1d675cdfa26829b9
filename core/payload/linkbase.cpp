#include "linkbase.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

// A reverse proxy on this computer may forward another port to Hookline: only a port that
// refuses connections is known to be wrong. Blocking, bounded: never call it on the GUI thread.
bool accepts(const QString &host, int port)
{
    QTcpSocket socket;
    socket.connectToHost(host, quint16(port));
    return socket.waitForConnected(500);
}

QString urlHost(const QString &host)
{
    return host.contains(u':') ? u'[' + host + u']' : host;
}

} // namespace

bool LinkBase::acceptsNow(const QString &host, int port) const
{
    // /healthz probes and page loads ask often: a port's answer serves the next five seconds.
    const QString key = host + u':' + QString::number(port);
    QMutexLocker lock(&m_probeMutex);
    const auto known = m_probes.constFind(key);
    if (known != m_probes.cend() && !known->checked.hasExpired())
        return known->accepts;
    const bool accepted = accepts(host, port);
    m_probes.insert(key, {accepted, QDeadlineTimer(5000)});
    // Erasing moves entries in a QHash: nothing may point into it past this line.
    if (m_probes.size() > 64)
        m_probes.removeIf([](const auto &probe) { return probe.value().checked.hasExpired(); });
    return accepted;
}

void LinkBase::setListening(const QString &host, int port)
{
    const QHostAddress address(host);
    const bool wildcard = address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6
        || address == QHostAddress::Any || host.isEmpty();
    QWriteLocker lock(&m_lock);
    m_host = wildcard ? u"127.0.0.1"_s : host;
    m_port = port;
}

QString LinkBase::listening() const
{
    QReadLocker lock(&m_lock);
    if (m_port <= 0)
        return {};
    return u"http://%1:%2"_s.arg(urlHost(m_host)).arg(m_port);
}

QString LinkBase::resolve(const QString &configured) const
{
    const QString trimmed = configured.trimmed();
    return trimmed.isEmpty() ? listening() : trimmed;
}

bool LinkBase::isLoopback(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0
        || host.endsWith(u".localhost"_s, Qt::CaseInsensitive))
        return true;
    const bool bracketed = host.startsWith(u'[') && host.endsWith(u']');
    const QHostAddress address(bracketed ? host.mid(1, host.size() - 2) : host);
    return !address.isNull() && address.isLoopback();
}

QStringList LinkBase::problems(const QString &configured, const QStringList &webhookUrls) const
{
    QStringList found;
    const QString base = resolve(configured);
    const QUrl url(base);
    if (base.isEmpty() || !url.isValid())
        return found;
    const QString host = url.host();
    if (isLoopback(host)) {
        for (const QString &webhookUrl : webhookUrls) {
            const QUrl target(webhookUrl);
            if (!target.isValid() || target.host().isEmpty() || isLoopback(target.host()))
                continue;
            found << u"links point at %1, this computer, but a webhook sends them to %2, which "
                     "cannot open them: set a public base URL that %2 can reach (a tunnel or a "
                     "reverse proxy)"_s.arg(base, target.host());
            break;
        }
    }
    // Only the port of this computer's own address can be checked from here.
    QString listenHost;
    int listenPort = 0;
    {
        QReadLocker lock(&m_lock);
        listenHost = m_host;
        listenPort = m_port;
    }
    const bool ours = isLoopback(host) || host == listenHost;
    const int port = url.port(url.scheme() == u"https"_s ? 443 : 80);
    if (ours && listenPort > 0 && port != listenPort && !acceptsNow(host, port)) {
        found << u"links point at port %1 of this computer, where nothing listens (Hookline "
                 "listens on port %2): they cannot open"_s.arg(port)
                     .arg(listenPort);
    }
    return found;
}

} // namespace hookline
