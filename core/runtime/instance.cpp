#include "instance.h"

#include "cloudapi/cloudapireceiver.h"
#include "cloudapi/cloudapiregistry.h"
#include "delivery/clock.h"
#include "delivery/enginethread.h"
#include "logcategories.h"
#include "notify/ownernotifier.h"
#include "server/apitoken.h"
#include "server/inspector.h"
#include "server/localserver.h"
#include "store/database.h"
#include "store/ingestwriter.h"
#include "store/storechoice.h"
#include "store/storelocation.h"

#include <QSaveFile>
#include <QSemaphore>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace hookline {

Instance::Instance(Options options)
    : m_options(std::move(options))
    , m_dataDirectory(m_options.dataDirectory, m_options.database)
    , m_clock(std::make_unique<SystemClock>())
    , m_inspector(std::make_unique<Inspector>(
          InspectorLimits::forMemory(std::max<qint64>(1, m_options.inspectorMegabytes))))
{
}

Instance::~Instance()
{
    // The server first (its handlers call the writer, the engine and the receiver), then the
    // receiver and the writer (they poke the engine), then the engine, then the clock.
    m_server.reset();
    m_receiver.reset();
    m_ingest.reset();
    m_engine.reset();
}

bool Instance::start(QString *error)
{
    if (!m_dataDirectory.prepare(error) || !m_dataDirectory.lock(error))
        return false;
    StoreChoice::usePassword(m_dataDirectory);
    // Migrate here, once, so every thread that opens the store later finds it current.
    if (!Database::open(m_dataDirectory.storeLocation(), Database::Mode::ReadWrite, error))
        return false;

    // Links follow the address asked for; a port chosen by the system is known after listening.
    if (m_options.listenPort > 0)
        m_links.setListening(m_options.listenHost, m_options.listenPort);
    m_engine = std::make_unique<EngineThread>(Engine::Options {m_dataDirectory.storeLocation(),
                                                               m_dataDirectory.attachmentsPath(),
                                                               m_clock.get(), &m_links});
    QSemaphore done;
    bool ok = false;
    QString engineError;
    QObject::connect(
        m_engine->engine(), &Engine::started, m_engine->engine(),
        [&](bool started, const QString &message) {
            ok = started;
            engineError = message;
            done.release();
        },
        Qt::DirectConnection);
    // Owner e-mails on auto-disable: in the engine's thread, so the engine's signal is direct,
    // and connected before the engine starts so no early auto-disable goes unheard.
    m_notifier = new OwnerNotifier(
        {m_dataDirectory.storeLocation(), m_dataDirectory.path(), m_clock.get()});
    m_engine->adopt(m_notifier);
    QObject::connect(m_engine->engine(), &Engine::autoDisabled, m_notifier,
                     &OwnerNotifier::webhookAutoDisabled);
    m_engine->start();
    done.acquire();
    QObject::disconnect(m_engine->engine(), &Engine::started, m_engine->engine(), nullptr);
    if (!ok) {
        *error = engineError;
        m_engine.reset(); // takes the notifier with it
        m_notifier = nullptr;
        return false;
    }

    m_ingest = std::make_unique<IngestWriter>(
        IngestWriter::Options {m_dataDirectory.storeLocation(), m_dataDirectory.attachmentsPath(),
                               [engine = m_engine.get()] {
                                   engine->poke();
                               }});
    if (!m_ingest->start(error)) {
        m_ingest.reset();
        return false;
    }

    m_cloudApi = std::make_unique<CloudApiRegistry>(m_dataDirectory.path());
    CloudApiReceiver::Options receiverOptions {m_dataDirectory.storeLocation(),
                                               m_dataDirectory.attachmentsPath(), m_cloudApi.get(),
                                               m_engine.get(), m_clock.get()};
    // On a shared store each instance keeps to the notifications it acknowledged; a file has
    // one instance, and its inbox rows from before this column are everyone's ('').
    if (StoreLocation::looksLikeUrl(m_dataDirectory.storeLocation()))
        receiverOptions.inboxOwner = QSysInfo::machineHostName() + u':' + m_dataDirectory.path();
    m_receiver = std::make_unique<CloudApiReceiver>(receiverOptions);
    m_receiver->start();

    m_apiToken = std::make_unique<ApiToken>(m_dataDirectory.filePath(u"api-token"_s));
    if (!m_apiToken->load(error))
        return false;
    m_server = std::make_unique<LocalServer>(LocalServer::Options {
        m_options.listenHost, m_options.listenPort, m_dataDirectory.storeLocation(),
        m_dataDirectory.attachmentsPath(), m_apiToken.get(), m_engine.get(), m_notifier,
        m_clock.get(), m_options.inspectorMegabytes > 0 ? m_inspector.get() : nullptr,
        m_cloudApi.get(), m_receiver.get(), m_ingest.get(), &m_links, 32});
    if (!m_server->start(error)) {
        m_server.reset();
        return false;
    }
    if (m_options.listenPort == 0)
        m_engine->reloadWorkspace();
    // Scripts and tests that asked for any free port find the chosen one here.
    QSaveFile portFile(m_dataDirectory.filePath(u"server.port"_s));
    if (!portFile.open(QIODevice::WriteOnly)
        || portFile.write(QByteArray::number(m_server->port()) + '\n') < 0 || !portFile.commit()) {
        *error = u"cannot write %1: %2"_s.arg(portFile.fileName(), portFile.errorString());
        return false;
    }
    qCInfo(lcRuntime) << "workspace" << m_dataDirectory.path() << "open";
    return true;
}

} // namespace hookline
