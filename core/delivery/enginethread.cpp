#include "enginethread.h"

namespace hookline {

EngineThread::EngineThread(Engine::Options options)
    : m_engine(new Engine(std::move(options)))
{
    m_thread.setObjectName(QStringLiteral("hookline-engine"));
    m_engine->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
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

} // namespace hookline
