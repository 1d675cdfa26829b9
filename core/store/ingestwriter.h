#pragma once

#include "messagestore.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>

class QThread;

namespace hookline {

struct StoreConnection;

// The process's one writer of incoming messages (group commit). Every source that stores what
// arrives — the API, the Cloud API webhook, the Composer — hands its write to this thread and
// waits; the thread takes whatever writes are waiting, runs them in one transaction and commits
// once, so a hundred concurrent requests cost one fsync instead of a hundred. A caller returns
// only after its write is on disk (or with the error that kept it out), so nothing is
// acknowledged before it is durable. Thread-safe; callers must not be the GUI thread.
class IngestWriter
{
public:
    struct Options
    {
        QString databasePath;
        QString attachmentsPath;
        // Called in the writer's thread after a commit that created deliveries (the engine is
        // poked from there), before the callers are answered.
        std::function<void()> deliveriesCommitted;
        // Writes taken into one transaction at most, so one commit never grows without bound
        // and the first caller of a long queue is not kept waiting for all of it.
        int maxWritesPerCommit = 256;
    };

    // A write runs in the writer's thread, on its connection, inside the shared transaction;
    // it may throw (StoreError, IngestRejected) and then is undone alone.
    using Write = std::function<void(StoreConnection &)>;

    explicit IngestWriter(Options options);
    ~IngestWriter(); // runs what is waiting, then stops the thread

    // Opens the writer's connection; false with `error` when the store cannot be opened.
    bool start(QString *error);

    // Runs `write` in the next group commit and returns once it is committed; rethrows what
    // the write threw, or the StoreError of a commit that failed. `deliveries`: the write may
    // have created deliveries, so deliveriesCommitted runs after the commit.
    void run(Write write, bool deliveries);

    // Validates and stores messages (files first, in the calling thread), with a delivery for
    // every webhook when `deliver`. Throws IngestRejected or StoreError like MessageStore::ingest.
    QList<MessageStore::Stored> ingest(const QList<IngestMessage> &batch, qint64 nowMs,
                                       bool deliver = true);

private:
    struct Pending
    {
        Write write;
        bool deliveries = false;
        std::exception_ptr error;
        bool done = false;
    };

    void loop();
    // Runs the writes in one transaction; on any failure runs each alone so only the failing
    // one fails. Returns whether a commit created deliveries.
    bool commit(const std::vector<std::shared_ptr<Pending>> &group);
    void finish(const std::vector<std::shared_ptr<Pending>> &group);

    Options m_options;
    std::unique_ptr<StoreConnection> m_store; // the writer thread's own
    std::unique_ptr<AttachmentStore> m_files; // callers put files through this (thread-safe)
    QThread *m_thread = nullptr;
    std::mutex m_mutex;
    std::condition_variable m_wake; // the writer: work arrived or stop
    std::condition_variable m_finished; // callers: a group was committed
    std::deque<std::shared_ptr<Pending>> m_queue;
    bool m_stopping = false;
};

} // namespace hookline
