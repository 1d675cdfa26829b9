#pragma once

// A workspace on disk for engine tests: the test's own store connection, a ManualClock, and an
// Engine (in the test's thread) on the same files.
#include "delivery/clock.h"
#include "delivery/engine.h"
#include "payload/linkbase.h"
#include "store/attachmentstore.h"
#include "store/database.h"
#include "store/messagestore.h"
#include "store/outbox.h"
#include "store/webhookstore.h"
#include "support/testdatabase.h"

#include <QTemporaryDir>

#include <memory>

// 05:59 UTC, one minute before a 6-hour boundary.
extern const QDateTime startTime;

class Workspace
{
public:
    Workspace();
    ~Workspace();

    hookline::Engine::Options options();
    bool startEngine();
    qint64 addWebhook(const QString &url,
                      hookline::Aggregation aggregation = hookline::Aggregation::None,
                      QList<int> retry = {0}, const QString &secret = {});
    hookline::MessageStore::Stored ingest(const QString &text,
                                          const QString &peer = QStringLiteral("+919800000001"),
                                          bool group = false);
    hookline::Webhook webhook(qint64 id);
    int count(const QString &sql);
    // The store's file path or postgresql:// URL.
    QString location() const;

    QTemporaryDir dir;
    // Links point at the default address, as in an instance listening on 127.0.0.1:8787.
    hookline::LinkBase links;
    TestDatabase store;
    hookline::ManualClock clock;
    std::unique_ptr<hookline::Database> db;
    std::unique_ptr<hookline::AttachmentStore> files;
    std::unique_ptr<hookline::MessageStore> messages;
    std::unique_ptr<hookline::WebhookStore> webhooks;
    std::unique_ptr<hookline::Outbox> outbox;
    std::unique_ptr<hookline::Engine> engine;
};
