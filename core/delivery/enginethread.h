#pragma once

#include "engine.h"
#include "pendingtests.h"

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

    // The engine's use from other threads: each call is queued to the engine's thread and
    // returns at once. Safe from any thread.
    void poke(); // new deliveries may exist
    void reload(qint64 webhookId); // a webhook's settings or switch changed
    void reloadWorkspace(); // the time zone or where links point changed
    // Tests a webhook with its stored settings; `done` gets the outcome (PendingTests::add).
    void test(qint64 webhookId, QObject *context, PendingTests::Done done);
    void flush(qint64 webhookId); // a bundling webhook's waiting messages go out now

private:
    template<typename Function> void invoke(Function &&function)
    {
        QMetaObject::invokeMethod(m_engine, std::forward<Function>(function), Qt::QueuedConnection);
    }

    QThread m_thread;
    Engine *m_engine;
    PendingTests m_tests;
};

} // namespace hookline
