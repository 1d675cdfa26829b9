#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace hookline {

// The server's handler threads: a fixed number of them and a bounded queue of accepted requests.
// A handler may block (on the store, on a test delivery); the I/O thread never does, so a full
// queue refuses the request instead of waiting.
class BoundedWorkerPool
{
public:
    BoundedWorkerPool(int threads, int maxQueued);
    ~BoundedWorkerPool();

    // False when the queue is full or the pool stops.
    bool post(std::function<void()> task);
    // Drops what is queued, lets running tasks finish and joins the threads; idempotent.
    void shutdown();

private:
    void work();

    const size_t m_maxQueued;
    std::mutex m_mutex;
    std::condition_variable m_hasWork;
    std::deque<std::function<void()>> m_queue;
    std::vector<std::thread> m_threads;
    bool m_stopping = false;
};

} // namespace hookline
