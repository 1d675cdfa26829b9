#include "ingestwriter.h"

#include "logcategories.h"
#include "storeconnection.h"
#include "storeerror.h"
#include "transaction.h"

#include <QThread>

#include <future>

using namespace Qt::StringLiterals;

namespace hookline {

IngestWriter::IngestWriter(Options options)
    : m_options(std::move(options))
    , m_files(std::make_unique<AttachmentStore>(m_options.attachmentsPath))
{
}

IngestWriter::~IngestWriter()
{
    if (!m_thread)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread->wait();
    delete m_thread;
}

bool IngestWriter::start(QString *error)
{
    std::promise<QString> opened;
    std::future<QString> result = opened.get_future();
    m_thread = QThread::create([this, &opened] {
        QString openError;
        m_store
            = StoreConnection::open(m_options.databasePath, m_options.attachmentsPath, &openError);
        opened.set_value(m_store ? QString() : openError);
        if (!m_store)
            return;
        loop();
        m_store.reset(); // closed in the thread that opened it
    });
    m_thread->setObjectName(u"hookline-ingest"_s);
    m_thread->start();
    const QString openError = result.get();
    if (openError.isEmpty())
        return true;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (error)
        *error = openError;
    return false;
}

void IngestWriter::run(Write write, bool deliveries)
{
    auto pending = std::make_shared<Pending>();
    pending->write = std::move(write);
    pending->deliveries = deliveries;
    {
        std::unique_lock lock(m_mutex);
        if (m_stopping || !m_thread)
            throw StoreError(u"the store is closing; nothing was written"_s);
        m_queue.push_back(pending);
        m_wake.notify_one();
        m_finished.wait(lock, [&] { return pending->done; });
    }
    if (pending->error)
        std::rethrow_exception(pending->error);
}

QList<MessageStore::Stored> IngestWriter::ingest(const QList<IngestMessage> &batch, qint64 nowMs,
                                                 bool deliver)
{
    const MessageStore::Prepared prepared = MessageStore::prepare(batch, *m_files);
    QList<MessageStore::Stored> stored;
    run(
        [&](StoreConnection &store) {
            stored = deliver ? store.messages->write(prepared, store.outbox->hook(nowMs))
                             : store.messages->write(prepared);
        },
        deliver);
    return stored;
}

void IngestWriter::loop()
{
    for (;;) {
        std::vector<std::shared_ptr<Pending>> group;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopping, and nothing is waiting
            while (!m_queue.empty() && int(group.size()) < m_options.maxWritesPerCommit) {
                group.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        const bool deliveries = commit(group);
        // The engine first, the callers after: their answers can lead to more work at once.
        if (deliveries && m_options.deliveriesCommitted)
            m_options.deliveriesCommitted();
        finish(group);
    }
}

bool IngestWriter::commit(const std::vector<std::shared_ptr<Pending>> &group)
{
    bool deliveries = false;
    try {
        Transaction transaction(*m_store->database);
        for (const auto &pending : group) {
            pending->write(*m_store);
            deliveries = deliveries || pending->deliveries;
        }
        transaction.commit();
        return deliveries;
    } catch (...) {
        if (group.size() == 1) {
            group.front()->error = std::current_exception();
            return false;
        }
    }
    // One write failed, or the commit did: each alone, so only what fails is refused.
    qCDebug(lcStore) << "group commit of" << group.size() << "writes failed; writing each alone";
    deliveries = false;
    for (const auto &pending : group) {
        try {
            Transaction transaction(*m_store->database);
            pending->write(*m_store);
            transaction.commit();
            deliveries = deliveries || pending->deliveries;
        } catch (...) {
            pending->error = std::current_exception();
        }
    }
    return deliveries;
}

void IngestWriter::finish(const std::vector<std::shared_ptr<Pending>> &group)
{
    {
        std::lock_guard lock(m_mutex);
        for (const auto &pending : group)
            pending->done = true;
    }
    m_finished.notify_all();
}

} // namespace hookline
