#pragma once

#include "store/ingestmessage.h"
#include "store/messagestore.h"

#include <optional>

namespace hookline {

class CloudApiRegistry;
class IngestWriter;
struct StoreConnection;

// Sends a message written in Hookline (Composer, `"send": true` on the API) to WhatsApp through
// the Graph API, then stores it as sent with the returned wamid as its external id, so the
// statuses Meta reports later land in its history. Nothing is stored when sending fails, and
// nothing is sent when the message would not be stored. Blocking: call it from a worker thread.
namespace CloudApiSender {

struct Result
{
    std::optional<MessageStore::Stored> stored;
    QString wamid;
    QString field; // what is wrong when `stored` is empty
    QString error;
    bool graphFailed = false; // the Graph API refused or could not be reached
};

// `store` finds the account; `writer` stores the message sent.
Result send(StoreConnection &store, IngestWriter &writer, const CloudApiRegistry &registry,
            IngestMessage message, qint64 nowMs);

} // namespace CloudApiSender

} // namespace hookline
