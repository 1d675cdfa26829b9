#pragma once

#include "engine.h"

#include <QThread>

namespace hookline {

// Runs an Engine in a thread of its own, so neither the GUI nor the server threads ever wait on
// its SQL or its network. Calls reach the engine as queued invocations; its signals arrive
// queued in the receiver's thread.
class EngineThread
{
public:
    explicit EngineThread(Engine::Options options);
    ~EngineThread(); // stops the engine (in-flight requests are dropped, their deliveries stay
                     // pending) and joins the thread

    Engine *engine() const { return m_engine; }
    // Moves a helper that belongs with the engine (the owner notifier) into its thread; it is
    // deleted there when the thread stops.
    void adopt(QObject *object);
    // Starts the thread and asks the engine to start; watch Engine::started for the outcome.
    void start();

    template<typename Function> void invoke(Function &&function)
    {
        QMetaObject::invokeMethod(m_engine, std::forward<Function>(function), Qt::QueuedConnection);
    }

private:
    QThread m_thread;
    Engine *m_engine;
};

} // namespace hookline
