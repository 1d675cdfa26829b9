#pragma once

#include <httplib.h>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace hookline {

// The server's workers: a fixed number of threads and a bounded queue of accepted connections.
// When the queue is full the accept loop waits, so further clients wait in the kernel's listen
// backlog instead of piling up in memory — the number of connections Hookline holds is bounded.
class BoundedWorkerPool : public httplib::TaskQueue
{
public:
    BoundedWorkerPool(int threads, int maxQueued);
    ~BoundedWorkerPool() override;

    void enqueue(std::function<void()> task) override;
    void shutdown() override;

private:
    void work();

    const size_t m_maxQueued;
    std::mutex m_mutex;
    std::condition_variable m_hasWork;
    std::condition_variable m_hasRoom;
    std::deque<std::function<void()>> m_queue;
    std::vector<std::thread> m_threads;
    bool m_stopping = false;
};

} // namespace hookline
