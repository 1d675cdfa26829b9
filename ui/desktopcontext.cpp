#include "desktopcontext.h"

#include "runtime/instance.h"
#include "server/localserver.h"
#include "storeworker.h"

namespace hookline {

DesktopContext::DesktopContext(Instance &instance)
    : m_store(std::make_unique<StoreWorker>(instance.dataDirectory().storeLocation(),
                                            instance.dataDirectory().attachmentsPath()))
    , m_slowStore(std::make_unique<StoreWorker>(instance.dataDirectory().storeLocation(),
                                                instance.dataDirectory().attachmentsPath(),
                                                QStringLiteral("hookline-desktop-slow")))
    , m_engine(instance.engine())
    , m_ingest(instance.ingestWriter())
    , m_inspector(instance.inspector())
    , m_notifier(instance.notifier())
    , m_apiToken(instance.apiToken())
    , m_clock(instance.clock())
    , m_cloudApi(instance.cloudApi())
    , m_links(&instance.links())
    , m_dataDirectory(instance.dataDirectory().path())
    , m_storeLocation(instance.dataDirectory().storeLocation())
    , m_listenHost(instance.server() ? instance.server()->host() : QString())
    , m_listenPort(instance.server() ? instance.server()->port() : 0)
{
}

DesktopContext::~DesktopContext() = default;

QString DesktopContext::serverUrl() const
{
    QString host = m_listenHost;
    if (host == QLatin1String("0.0.0.0") || host.isEmpty())
        host = QStringLiteral("127.0.0.1");
    else if (host == QLatin1String("::"))
        host = QStringLiteral("[::1]");
    else if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("http://%1:%2").arg(host).arg(m_listenPort);
}

} // namespace hookline
