#include "boundedworkerpool.h"

#include <algorithm>

namespace hookline {

BoundedWorkerPool::BoundedWorkerPool(int threads, int maxQueued)
    : m_maxQueued(size_t(maxQueued))
{
    m_workers.reserve(size_t(threads));
    for (int i = 0; i < threads; ++i) {
        auto worker = std::make_unique<Worker>();
        Worker &self = *worker;
        m_workers.push_back(std::move(worker));
        self.thread = std::thread([this, &self] { work(self); });
    }
}

BoundedWorkerPool::~BoundedWorkerPool()
{
    shutdown();
}

bool BoundedWorkerPool::post(std::function<void()> task)
{
    std::lock_guard lock(m_mutex);
    if (m_stopping)
        return false;
    if (!m_idle.empty()) {
        Worker *worker = m_idle.back();
        m_idle.pop_back();
        worker->task = std::move(task);
        worker->wake.notify_one();
        return true;
    }
    if (m_queue.size() >= m_maxQueued)
        return false;
    m_queue.push_back(std::move(task));
    return true;
}

void BoundedWorkerPool::shutdown()
{
    std::deque<std::function<void()>> dropped;
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping && m_workers.empty())
            return;
        m_stopping = true;
        // Requests not started yet have nobody to answer to any more.
        dropped.swap(m_queue);
        for (const auto &worker : m_workers)
            worker->wake.notify_one();
    }
    dropped.clear();
    for (const auto &worker : m_workers)
        worker->thread.join();
    std::lock_guard lock(m_mutex);
    m_workers.clear();
    m_idle.clear();
}

void BoundedWorkerPool::work(Worker &self)
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (!self.task && !m_queue.empty()) {
            self.task = std::move(m_queue.front());
            m_queue.pop_front();
        }
        if (!self.task) {
            if (m_stopping)
                return;
            m_idle.push_back(&self);
            self.wake.wait(lock, [&] { return self.task || m_stopping; });
            if (!self.task) {
                m_idle.erase(std::find(m_idle.begin(), m_idle.end(), &self));
                return;
            }
            continue; // post() took this worker off the idle list when it gave the task
        }
        std::function<void()> task = std::move(self.task);
        self.task = nullptr;
        lock.unlock();
        task();
        task = nullptr; // what it holds goes before the next task starts
        lock.lock();
    }
}

} // namespace hookline
