#include "enginethread.h"

namespace hookline {

EngineThread::EngineThread(Engine::Options options)
    : m_engine(new Engine(std::move(options)))
{
    m_thread.setObjectName(QStringLiteral("hookline-engine"));
    m_engine->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    // In the engine's thread; the thread stops (in the destructor) before m_tests goes.
    QObject::connect(
        m_engine, &Engine::testFinished, m_engine,
        [this](quint64 tag, bool ok, const QString &outcome) { m_tests.finish(tag, ok, outcome); },
        Qt::DirectConnection);
}

EngineThread::~EngineThread()
{
    m_thread.quit();
    m_thread.wait();
}

void EngineThread::adopt(QObject *object)
{
    object->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, object, &QObject::deleteLater);
}

void EngineThread::start()
{
    m_thread.start();
    invoke([engine = m_engine] { engine->start(); });
}

void EngineThread::poke()
{
    invoke([engine = m_engine] { engine->poke(); });
}

void EngineThread::reload(qint64 webhookId)
{
    invoke([engine = m_engine, webhookId] { engine->reload(webhookId); });
}

void EngineThread::reloadWorkspace()
{
    invoke([engine = m_engine] { engine->reloadWorkspace(); });
}

void EngineThread::flush(qint64 webhookId)
{
    invoke([engine = m_engine, webhookId] { engine->flush(webhookId); });
}

void EngineThread::test(qint64 webhookId, QObject *context, PendingTests::Done done)
{
    const quint64 tag = m_tests.add(context, std::move(done));
    invoke([engine = m_engine, webhookId, tag] { engine->test(webhookId, tag); });
}

} // namespace hookline
