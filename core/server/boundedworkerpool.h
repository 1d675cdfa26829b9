#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace hookline {

// The server's handler threads: a fixed number of them and a bounded queue of accepted requests.
// A handler may block (on the store, on a test delivery); the I/O thread never does, so a full
// queue refuses the request instead of waiting. The thread that went idle last takes the next
// task: a handful of clients keep a handful of threads busy, and the others never open a store
// connection of their own (each holds a page cache).
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
    struct Worker
    {
        std::thread thread;
        std::condition_variable wake;
        std::function<void()> task;
    };
    void work(Worker &self);

    const size_t m_maxQueued;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<Worker>> m_workers;
    std::vector<Worker *> m_idle; // the most recently idle last
    std::deque<std::function<void()>> m_queue; // waits only while every worker is busy
    bool m_stopping = false;
};

} // namespace hookline
