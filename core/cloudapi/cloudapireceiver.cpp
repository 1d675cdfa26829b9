#include "cloudapireceiver.h"

#include "cloudapinotification.h"
#include "cloudapiregistry.h"
#include "delivery/clock.h"
#include "delivery/enginethread.h"
#include "graphapiclient.h"
#include "logcategories.h"
#include "store/cloudapiinbox.h"
#include "store/mediadownloadqueue.h"
#include "store/storeconnection.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QHash>
#include <QSet>
#include <QTimer>

#include <atomic>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

constexpr int inboxBatch = 50;
constexpr int storeRetryMs = 5000;
constexpr int maxFailures = 3;
// A status can arrive before the message it is about is stored (a message sent through the
// API is stored once the Graph API answered): such statuses wait this long for their message.
// Statuses of messages sent by other tools never find one, so the wait is short and the number
// waiting bounded (each is looked up again every `orphanRetryMs`).
constexpr qint64 orphanStatusLifetimeMs = 60 * 1000;
constexpr qsizetype maxOrphanStatuses = 1000;
constexpr int orphanRetryMs = 2000;

struct OrphanStatus
{
    QString wamid;
    MessageStatus status;
    qint64 firstSeenMs = 0;
};

} // namespace

class CloudApiReceiver::Worker : public QObject
{
public:
    explicit Worker(Options options)
        : m_options(std::move(options))
    {
        m_inboxTimer.setSingleShot(true);
        m_mediaTimer.setSingleShot(true);
        m_orphanTimer.setSingleShot(true);
        QObject::connect(&m_inboxTimer, &QTimer::timeout, this, &Worker::processInbox);
        QObject::connect(&m_mediaTimer, &QTimer::timeout, this, &Worker::retryMedia);
        QObject::connect(&m_orphanTimer, &QTimer::timeout, this, &Worker::retryOrphans);
    }

    void start()
    {
        QString error;
        m_store = StoreConnection::open(m_options.databasePath, m_options.attachmentsPath, &error);
        if (!m_store) {
            qCCritical(lcSources) << "Cloud API receiver cannot open the store:" << error;
            return;
        }
        try {
            m_options.registry->load(*m_store);
        } catch (const StoreError &e) {
            qCCritical(lcSources) << "Cloud API settings cannot be read:" << e.message();
        }
        processInbox();
        scheduleMedia();
    }

    void processInbox()
    {
        notified = false;
        if (!m_store)
            return;
        CloudApiInbox inbox(*m_store->database, m_options.inboxOwner);
        qint64 after = 0;
        bool retryLater = false;
        try {
            for (bool more = true; more && !retryLater;) {
                const QList<CloudApiInbox::Entry> entries = inbox.oldest(after, inboxBatch);
                more = entries.size() == inboxBatch;
                for (const CloudApiInbox::Entry &entry : entries) {
                    after = entry.id;
                    if (m_poisoned.contains(entry.id))
                        continue;
                    try {
                        process(entry);
                        m_failures.remove(entry.id);
                    } catch (const StoreError &e) {
                        retryLater = !setAside(entry.id, e);
                        if (retryLater)
                            break;
                    }
                }
            }
        } catch (const StoreError &e) {
            qCWarning(lcSources) << "Cloud API inbox unreadable:" << e.message();
            retryLater = true;
        }
        if (retryLater)
            m_inboxTimer.start(storeRetryMs);
        retryOrphans();
        scheduleMedia();
    }

private:
    struct Pending
    {
        IngestMessage message;
        std::optional<CloudApiNotification::Media> media; // download failed: retry later
        QString mediaError;
        qint64 accountId = 0;
    };

    GraphApiClient client(const CloudApiAccount &account) const
    {
        return GraphApiClient(account.graphBaseUrl, account.accessToken, m_options.graphTimeoutMs);
    }

    void process(const CloudApiInbox::Entry &entry)
    {
        const auto parsed = CloudApiNotification::parse(entry.body);
        for (const QString &note : parsed.skipped)
            qCInfo(lcSources) << "Cloud API notification" << entry.id << "skipped:" << note;
        QList<Pending> messages;
        QList<std::pair<QString, MessageStatus>> statuses;
        for (const CloudApiNotification::Event &event : parsed.events) {
            const auto account = m_options.registry->byPhoneNumberId(event.phoneNumberId);
            if (!account) {
                qCWarning(lcSources)
                    << "Cloud API event for phone number id" << event.phoneNumberId.left(40)
                    << "which no account uses: skipped";
                continue;
            }
            if (event.kind == CloudApiNotification::Kind::Status) {
                statuses.append({event.wamid, CloudApiNotification::toMessageStatus(event)});
                continue;
            }
            // Meta repeats notifications: the file is not fetched again for a stored message.
            if (!event.wamid.isEmpty() && m_store->messages->messageByExternalId(event.wamid))
                continue;
            Pending pending;
            pending.accountId = account->accountId;
            std::optional<IngestMessage::File> file;
            if (event.media) {
                const auto download = client(*account).downloadMedia(
                    event.media->id, MessageStore::maxAttachmentBytes);
                if (download.ok) {
                    file = IngestMessage::File {event.media->suggestedFileName(), download.mimeType,
                                                download.bytes};
                } else {
                    qCWarning(lcSources) << "media download failed:" << download.error;
                    pending.mediaError = download.error;
                    if (!download.permanent)
                        pending.media = event.media;
                }
            }
            pending.message = CloudApiNotification::toIngestMessage(event, file);
            pending.message.account.phone = account->accountPhone;
            messages.append(pending);
        }

        const qint64 nowMs = m_options.clock->nowMs();
        int stored = 0;
        Transaction transaction(*m_store->database);
        for (const Pending &p : std::as_const(messages)) {
            try {
                const auto result
                    = m_store->messages->ingest({p.message}, m_store->outbox->hook(nowMs));
                const MessageStore::Stored &s = result.constFirst();
                if (s.duplicate)
                    continue;
                ++stored;
                if (!p.mediaError.isEmpty()) {
                    m_store->messages->addStatus(
                        s.message.id,
                        {p.media ? u"media_download_failed"_s : u"media_unavailable"_s,
                         QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC), p.mediaError});
                }
                if (p.media) {
                    MediaDownloadQueue(*m_store->database)
                        .add({s.message.id, p.accountId, p.media->id, p.media->kind,
                              p.media->mimeType, p.media->suggestedFileName(), 1,
                              nowMs + retryDelayMs(1), p.mediaError});
                }
            } catch (const IngestRejected &e) {
                qCWarning(lcSources) << "Cloud API message" << p.message.externalId.left(80)
                                     << "not stored:" << e.error().field << e.error().message;
            }
        }
        int events = 0;
        for (const auto &[wamid, status] : std::as_const(statuses)) {
            if (addStatus(wamid, status, nowMs, events))
                continue;
            if (m_orphans.size() >= maxOrphanStatuses) {
                qCInfo(lcSources) << "status" << m_orphans.constFirst().status.status
                                  << "of unknown message" << m_orphans.constFirst().wamid.left(80)
                                  << "dropped: too many statuses wait for their message";
                m_orphans.removeFirst();
            }
            m_orphans.append({wamid, status, nowMs});
        }
        CloudApiInbox(*m_store->database, m_options.inboxOwner).remove(entry.id);
        transaction.commit();
        if ((stored > 0 || events > 0) && m_options.engine)
            m_options.engine->poke();
    }

    // A notification the store keeps refusing (not for a full disk or a busy database, which
    // pass) must not hold up the ones behind it: after a few tries it is left in the inbox,
    // skipped until the next start. Returns whether it was set aside.
    bool setAside(qint64 id, const StoreError &e)
    {
        const int failures = ++m_failures[id];
        if (e.transient() || failures < maxFailures) {
            qCWarning(lcSources) << "Cloud API notification" << id
                                 << "kept for later:" << e.message();
            return false;
        }
        qCCritical(lcSources) << "Cloud API notification" << id << "failed" << failures
                              << "times and stays in the inbox until the next start:"
                              << e.message();
        m_poisoned.insert(id);
        m_failures.remove(id);
        return true;
    }

    // Stores a WhatsApp status of the message and the status events it makes, counted in
    // `events`. Returns whether the message was found.
    bool addStatus(const QString &wamid, const MessageStatus &status, qint64 nowMs, int &events)
    {
        const auto message = m_store->messages->messageByExternalId(wamid);
        if (!message)
            return false;
        const qint64 statusId = m_store->messages->addStatus(message->id, status);
        events += m_store->outbox->addStatusEvents(message->id, message->chatId, statusId, nowMs);
        return true;
    }

    void retryOrphans()
    {
        if (m_orphans.isEmpty() || !m_store)
            return;
        const qint64 nowMs = m_options.clock->nowMs();
        int events = 0;
        try {
            Transaction transaction(*m_store->database);
            m_orphans.removeIf([&](const OrphanStatus &o) {
                if (addStatus(o.wamid, o.status, nowMs, events))
                    return true;
                if (nowMs - o.firstSeenMs < orphanStatusLifetimeMs)
                    return false;
                qCInfo(lcSources) << "status" << o.status.status << "of unknown message"
                                  << o.wamid.left(80) << "dropped";
                return true;
            });
            transaction.commit();
        } catch (const StoreError &e) {
            qCWarning(lcSources) << "statuses kept for later:" << e.message();
            events = 0;
        }
        if (events > 0 && m_options.engine)
            m_options.engine->poke();
        if (!m_orphans.isEmpty())
            m_orphanTimer.start(orphanRetryMs);
    }

    qint64 retryDelayMs(int attempts) const
    {
        const QList<int> &schedule = m_options.mediaRetrySeconds;
        if (schedule.isEmpty())
            return 60000;
        return qint64(schedule.at(std::min<qsizetype>(attempts - 1, schedule.size() - 1))) * 1000;
    }

    void scheduleMedia()
    {
        if (!m_store)
            return;
        try {
            const qint64 next = MediaDownloadQueue(*m_store->database).nextAttemptMs();
            if (next == 0) {
                m_mediaTimer.stop();
                return;
            }
            const qint64 wait = std::clamp<qint64>(next - m_options.clock->nowMs(), 0, 3600000);
            m_mediaTimer.start(int(wait));
        } catch (const StoreError &e) {
            qCWarning(lcSources) << "media queue unreadable:" << e.message();
            m_mediaTimer.start(storeRetryMs);
        }
    }

    void retryMedia()
    {
        try {
            MediaDownloadQueue queue(*m_store->database);
            for (const MediaDownloadQueue::Entry &entry : queue.due(m_options.clock->nowMs(), 20)) {
                retryOne(queue, entry);
            }
        } catch (const StoreError &e) {
            qCWarning(lcSources) << "media retry postponed:" << e.message();
        }
        scheduleMedia();
    }

    void retryOne(MediaDownloadQueue &queue, const MediaDownloadQueue::Entry &entry)
    {
        const auto account = m_options.registry->forAccount(entry.accountId);
        const auto download = account
            ? client(*account).downloadMedia(entry.mediaId, MessageStore::maxAttachmentBytes)
            : GraphApiClient::Download {
                false, false, {}, {}, u"the account is no longer connected to the Cloud API"_s};
        const qint64 nowMs = m_options.clock->nowMs();
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
        Transaction transaction(*m_store->database);
        if (download.ok) {
            try {
                m_store->messages->attachFile(entry.messageId,
                                              {entry.fileName, download.mimeType, download.bytes});
                m_store->messages->addStatus(
                    entry.messageId,
                    {u"media_downloaded"_s, now, u"after %1 attempts"_s.arg(entry.attempts + 1)});
                qCInfo(lcSources) << "media" << entry.mediaId << "downloaded on attempt"
                                  << entry.attempts + 1;
            } catch (const IngestRejected &e) {
                m_store->messages->addStatus(entry.messageId,
                                             {u"media_unavailable"_s, now, e.error().message});
            }
            queue.remove(entry.messageId);
        } else if (download.permanent || entry.attempts + 1 >= m_options.maxMediaAttempts) {
            m_store->messages->addStatus(
                entry.messageId,
                {u"media_unavailable"_s, now,
                 u"%1 (gave up after %2 attempts)"_s.arg(download.error).arg(entry.attempts + 1)});
            queue.remove(entry.messageId);
        } else {
            const int attempts = entry.attempts + 1;
            queue.failed(entry.messageId, attempts, nowMs + retryDelayMs(attempts), download.error);
        }
        transaction.commit();
    }

public:
    // Set by notify() until the next pass over the inbox: a burst of notifications costs one.
    std::atomic<bool> notified = false;

private:
    Options m_options;
    std::unique_ptr<StoreConnection> m_store;
    // Children, so they move to the receiver's thread with it.
    QTimer m_inboxTimer {this};
    QTimer m_mediaTimer {this};
    QTimer m_orphanTimer {this};
    QList<OrphanStatus> m_orphans;
    QHash<qint64, int> m_failures;
    QSet<qint64> m_poisoned;
};

CloudApiReceiver::CloudApiReceiver(Options options)
    : m_inboxOwner(options.inboxOwner)
    , m_worker(new Worker(std::move(options)))
{
    m_thread.setObjectName(u"hookline-cloudapi"_s);
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

CloudApiReceiver::~CloudApiReceiver()
{
    m_thread.quit();
    m_thread.wait();
}

void CloudApiReceiver::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->start(); }, Qt::QueuedConnection);
}

void CloudApiReceiver::notify()
{
    if (m_worker->notified.exchange(true))
        return;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->processInbox(); }, Qt::QueuedConnection);
}

} // namespace hookline
