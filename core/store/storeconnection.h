#pragma once

#include "activitylog.h"
#include "attachmentstore.h"
#include "attemptlog.h"
#include "database.h"
#include "messagestore.h"
#include "outbox.h"
#include "webhookstore.h"
#include "workspacestore.h"

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
