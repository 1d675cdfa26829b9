#include "threadstore.h"

#include "store/storeerror.h"

#include <map>

namespace hookline {

ThreadStore &ThreadStore::forThread(const QString &databasePath, const QString &attachmentsPath)
{
    thread_local std::map<QString, std::unique_ptr<ThreadStore>> stores;
    std::unique_ptr<ThreadStore> &slot = stores[databasePath];
    if (!slot) {
        QString error;
        auto database = Database::openSqlite(databasePath, Database::Mode::ReadWrite, &error);
        if (!database)
            throw StoreError(error);
        auto store = std::make_unique<ThreadStore>();
        store->database = std::move(database);
        store->attachments = std::make_unique<AttachmentStore>(attachmentsPath);
        store->messages = std::make_unique<MessageStore>(*store->database, *store->attachments);
        store->workspace = std::make_unique<WorkspaceStore>(*store->database);
        store->webhooks = std::make_unique<WebhookStore>(*store->database);
        store->outbox = std::make_unique<Outbox>(*store->database);
        store->attempts = std::make_unique<AttemptLog>(*store->database);
        store->activity = std::make_unique<ActivityLog>(*store->database);
        slot = std::move(store);
    }
    return *slot;
}

} // namespace hookline
