#pragma once

#include <QMutex>
#include <QObject>
#include <QString>

#include <future>
#include <map>
#include <memory>
#include <utility>

namespace hookline {

// Waits, from any server thread, for the testFinished(tag, ok, outcome) of the engine (save and
// test) or of the owner notifier (test e-mail).
class TestWaiters
{
public:
    // The sender may outlive the server (the engine stops after it): the connection holds only a
    // weak reference, so a late result finds nobody waiting instead of freed memory.
    template<typename Sender>
    static std::shared_ptr<TestWaiters>
    create(Sender *sender, void (Sender::*signal)(quint64, bool, const QString &))
    {
        auto waiters = std::make_shared<TestWaiters>();
        QObject::connect(
            sender, signal, sender,
            [weak = std::weak_ptr<TestWaiters>(waiters)](quint64 tag, bool ok,
                                                         const QString &outcome) {
                if (const auto self = weak.lock())
                    self->resolve(tag, ok, outcome);
            },
            Qt::DirectConnection);
        return waiters;
    }
    void resolve(quint64 tag, bool ok, const QString &outcome)
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_waiting.find(tag);
        if (it != m_waiting.end()) {
            it->second.set_value({ok, outcome});
            m_waiting.erase(it);
        }
    }
    std::pair<quint64, std::future<std::pair<bool, QString>>> add()
    {
        QMutexLocker lock(&m_mutex);
        const quint64 tag = ++m_next;
        return {tag, m_waiting[tag].get_future()};
    }
    void forget(quint64 tag)
    {
        QMutexLocker lock(&m_mutex);
        m_waiting.erase(tag);
    }

private:
    QMutex m_mutex;
    quint64 m_next = 0;
    std::map<quint64, std::promise<std::pair<bool, QString>>> m_waiting;
};

} // namespace hookline
