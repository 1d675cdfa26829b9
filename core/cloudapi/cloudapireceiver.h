#pragma once

#include <QList>
#include <QString>
#include <QThread>

namespace hookline {

class Clock;
class CloudApiRegistry;
class EngineThread;

// Turns the Cloud API notifications waiting in the inbox into messages and status history, in a
// thread of its own with its own store connection: the server thread that answered Meta only
// wrote the body to the inbox. Media is downloaded through the Graph API before the message is
// stored; when that fails the message is stored anyway (text "[image]" …, the failure in its
// status history) and the download is retried later, the file attached when it comes.
class CloudApiReceiver
{
public:
    struct Options
    {
        QString databasePath;
        QString attachmentsPath;
        CloudApiRegistry *registry = nullptr;
        EngineThread *engine = nullptr; // poked when messages were stored; may be null
        Clock *clock = nullptr;
        // Waits before the 2nd, 3rd, … try of a failed media download; the last repeats until
        // `maxMediaAttempts`.
        QList<int> mediaRetrySeconds = {30, 120, 600, 1800, 3600};
        int maxMediaAttempts = 30;
        int graphTimeoutMs = 30000;
        // This instance in the shared inbox (CloudApiInbox): its host and data directory.
        QString inboxOwner = {};
    };

    explicit CloudApiReceiver(Options options);
    ~CloudApiReceiver(); // finishes the notification in hand, leaves the rest in the inbox

    // Opens the store, loads the registry and works through what the inbox holds.
    void start();
    // Thread-safe: a notification was added to the inbox.
    void notify();
    QString inboxOwner() const { return m_inboxOwner; }

private:
    class Worker;
    QString m_inboxOwner;
    QThread m_thread;
    Worker *m_worker;
};

} // namespace hookline
