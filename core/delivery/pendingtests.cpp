#include "pendingtests.h"

#include <QAbstractEventDispatcher>
#include <QThread>

namespace hookline {

quint64 PendingTests::add(QObject *context, Done done)
{
    QMutexLocker lock(&m_mutex);
    const quint64 tag = ++m_next;
    m_waiting.emplace(tag,
                      Waiting {context, context ? context->thread() : nullptr, std::move(done)});
    return tag;
}

void PendingTests::finish(quint64 tag, bool ok, const QString &outcome)
{
    Waiting waiting;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_waiting.find(tag);
        if (it == m_waiting.end())
            return;
        waiting = std::move(it->second);
        m_waiting.erase(it);
    }
    if (!waiting.thread) {
        waiting.done(ok, outcome);
        return;
    }
    // Posted to the context's thread through its event dispatcher, which outlives the context:
    // whether the context still exists is asked there, where it could be deleted, not here.
    if (QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance(waiting.thread))
        QMetaObject::invokeMethod(
            dispatcher,
            [context = waiting.context, done = std::move(waiting.done), ok, outcome] {
                if (context)
                    done(ok, outcome);
            },
            Qt::QueuedConnection);
}

} // namespace hookline
