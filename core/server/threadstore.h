#pragma once

#include "delivery/activitylog.h"
#include "delivery/attemptlog.h"
#include "delivery/outbox.h"
#include "delivery/webhookstore.h"
#include "store/attachmentstore.h"
#include "store/database.h"
#include "store/messagestore.h"
#include "store/workspacestore.h"

#include <memory>

namespace hookline {

// The store as seen from one server thread: Qt's SQL connections may not cross threads, so each
// worker thread opens its own on first use and keeps it for its lifetime.
struct ThreadStore
{
    std::unique_ptr<Database> database;
    std::unique_ptr<AttachmentStore> attachments;
    std::unique_ptr<MessageStore> messages;
    std::unique_ptr<WorkspaceStore> workspace;
    std::unique_ptr<WebhookStore> webhooks;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<AttemptLog> attempts;
    std::unique_ptr<ActivityLog> activity;

    // This thread's store for the database file; throws StoreError when it cannot be opened.
    static ThreadStore &forThread(const QString &databasePath, const QString &attachmentsPath);
};

} // namespace hookline
