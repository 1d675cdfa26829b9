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

// Every store object on one database connection. Qt's SQL connections may not cross threads, so
// each thread that needs the store (the engine, each server worker, the notifier) opens its own.
struct StoreConnection
{
    std::unique_ptr<Database> database;
    std::unique_ptr<AttachmentStore> attachments;
    std::unique_ptr<MessageStore> messages;
    std::unique_ptr<WorkspaceStore> workspace;
    std::unique_ptr<WebhookStore> webhooks;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<AttemptLog> attempts;
    std::unique_ptr<ActivityLog> activity;

    // Null, with `error` set, when the database cannot be opened.
    static std::unique_ptr<StoreConnection> open(const QString &databasePath,
                                                 const QString &attachmentsPath, QString *error);
};

} // namespace hookline
