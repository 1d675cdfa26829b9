#include "storeconnection.h"

namespace hookline {

std::unique_ptr<StoreConnection>
StoreConnection::open(const QString &databasePath, const QString &attachmentsPath, QString *error)
{
    auto database = Database::open(databasePath, Database::Mode::ReadWrite, error);
    if (!database)
        return nullptr;
    auto store = std::make_unique<StoreConnection>();
    store->database = std::move(database);
    store->attachments = std::make_unique<AttachmentStore>(attachmentsPath);
    store->messages = std::make_unique<MessageStore>(*store->database, *store->attachments);
    store->workspace = std::make_unique<WorkspaceStore>(*store->database);
    store->webhooks = std::make_unique<WebhookStore>(*store->database);
    store->outbox = std::make_unique<Outbox>(*store->database);
    store->attempts = std::make_unique<AttemptLog>(*store->database);
    store->activity = std::make_unique<ActivityLog>(*store->database);
    return store;
}

} // namespace hookline
