#include "storeworker.h"

#include "logcategories.h"
#include "store/messagestore.h"
#include "store/storeconnection.h"
#include "store/storeerror.h"
#include "store/webhookstore.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace hookline {

class StoreWorker::Runner : public QObject
{
public:
    Runner(QString databasePath, QString attachmentsPath)
        : m_databasePath(std::move(databasePath))
        , m_attachmentsPath(std::move(attachmentsPath))
    {
    }
    ~Runner() override = default;

    StoreConnection *store(QString *error)
    {
        if (!m_store) {
            m_store = StoreConnection::open(m_databasePath, m_attachmentsPath, &m_openError);
            if (!m_store)
                qCWarning(lcRuntime) << "desktop store:" << m_openError;
        }
        *error = m_openError;
        return m_store.get();
    }

private:
    QString m_databasePath;
    QString m_attachmentsPath;
    QString m_openError;
    std::unique_ptr<StoreConnection> m_store;
};

StoreWorker::StoreWorker(QString databasePath, QString attachmentsPath, const QString &threadName)
    : m_runner(new Runner(std::move(databasePath), std::move(attachmentsPath)))
{
    m_thread.setObjectName(threadName);
    m_runner->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    m_thread.start();
}

StoreWorker::~StoreWorker()
{
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
}

void StoreWorker::post(Job job)
{
    QMetaObject::invokeMethod(
        m_runner,
        [runner = m_runner, replies = &m_replies, job = std::move(job), thread = &m_thread] {
            if (thread->isInterruptionRequested())
                return;
            QString openError;
            StoreConnection *store = runner->store(&openError);
            auto reply = job(store, openError);
            // `replies` lives as long as this worker; its thread processes the answer.
            QMetaObject::invokeMethod(replies, std::move(reply), Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void StoreWorker::drain()
{
    QEventLoop loop;
    bool done = false;
    post([&](StoreConnection *, const QString &) {
        return std::function<void()>([&] {
            done = true;
            loop.quit();
        });
    });
    if (!done)
        loop.exec();
}

void StoreWorker::capture(QString &error, QString &field, const std::function<void()> &work)
{
    try {
        work();
    } catch (const WebhookRejected &e) {
        error = e.error().message;
        field = e.error().field;
    } catch (const IngestRejected &e) {
        error = e.error().message;
        field = e.error().field;
    } catch (const StoreError &e) {
        error = e.message();
    } catch (const std::exception &e) {
        error = QString::fromLocal8Bit(e.what());
    }
}

} // namespace hookline
