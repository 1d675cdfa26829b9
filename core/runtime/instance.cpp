#include "instance.h"

#include "delivery/clock.h"
#include "delivery/enginethread.h"
#include "logcategories.h"
#include "store/database.h"

#include <QSemaphore>

namespace hookline {

Instance::Instance(const QString &dataDirectory)
    : m_dataDirectory(dataDirectory)
    , m_clock(std::make_unique<SystemClock>())
{
}

Instance::~Instance()
{
    m_engine.reset(); // joins the engine thread before the clock goes
}

bool Instance::start(QString *error)
{
    if (!m_dataDirectory.prepare(error) || !m_dataDirectory.lock(error))
        return false;
    // Migrate here, once, so every thread that opens the store later finds it current.
    if (!Database::openSqlite(m_dataDirectory.databasePath(), Database::Mode::ReadWrite, error))
        return false;

    m_engine = std::make_unique<EngineThread>(Engine::Options {
        m_dataDirectory.databasePath(), m_dataDirectory.attachmentsPath(), m_clock.get(), 6});
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
    m_engine->start();
    done.acquire();
    QObject::disconnect(m_engine->engine(), &Engine::started, m_engine->engine(), nullptr);
    if (!ok) {
        *error = engineError;
        m_engine.reset();
        return false;
    }
    qCInfo(lcRuntime) << "workspace" << m_dataDirectory.path() << "open";
    return true;
}

} // namespace hookline
