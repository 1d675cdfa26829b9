#include "pendingtests.h"

namespace hookline {

quint64 PendingTests::add(QObject *context, Done done)
{
    QMutexLocker lock(&m_mutex);
    const quint64 tag = ++m_next;
    m_waiting.emplace(tag, Waiting {context, context != nullptr, std::move(done)});
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
    if (!waiting.queued) {
        waiting.done(ok, outcome);
        return;
    }
    if (QObject *context = waiting.context.data())
        QMetaObject::invokeMethod(
            context, [done = std::move(waiting.done), ok, outcome] { done(ok, outcome); },
            Qt::QueuedConnection);
}

} // namespace hookline
