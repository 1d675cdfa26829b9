#include "boundedworkerpool.h"

namespace hookline {

BoundedWorkerPool::BoundedWorkerPool(int threads, int maxQueued)
    : m_maxQueued(size_t(maxQueued))
{
    m_threads.reserve(size_t(threads));
    for (int i = 0; i < threads; ++i)
        m_threads.emplace_back([this] { work(); });
}

BoundedWorkerPool::~BoundedWorkerPool()
{
    shutdown();
}

bool BoundedWorkerPool::post(std::function<void()> task)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || m_queue.size() >= m_maxQueued)
            return false;
        m_queue.push_back(std::move(task));
    }
    m_hasWork.notify_one();
    return true;
}

void BoundedWorkerPool::shutdown()
{
    std::deque<std::function<void()>> dropped;
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping && m_threads.empty())
            return;
        m_stopping = true;
        // Requests not started yet have nobody to answer to any more.
        dropped.swap(m_queue);
    }
    dropped.clear();
    m_hasWork.notify_all();
    for (std::thread &t : m_threads)
        t.join();
    m_threads.clear();
}

void BoundedWorkerPool::work()
{
    for (;;) {
        std::function<void()> task;
        {
            std::unique_lock lock(m_mutex);
            m_hasWork.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return;
            task = std::move(m_queue.front());
            m_queue.pop_front();
        }
        task();
    }
}

} // namespace hookline
