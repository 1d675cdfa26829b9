#pragma once

#include "serviceerror.h"
#include "store/ingestmessage.h"
#include "store/messagestore.h"

namespace hookline {

class CloudApiRegistry;
class IngestWriter;
struct StoreConnection;

// Messages written in Hookline — the API's POST /api/v1/messages and the Composer — stored
// through the one writer (group commit, a delivery per webhook, the engine told), or first sent
// through WhatsApp when asked. Runs in the caller's thread and blocks until the messages are on
// disk (and, when sending, on the Graph API): never the GUI thread.
class MessageService
{
public:
    // `cloudApi` may be null: sending through WhatsApp is then refused by name.
    MessageService(StoreConnection &store, IngestWriter &writer, const CloudApiRegistry *cloudApi);

    struct Created
    {
        QList<MessageStore::Stored> stored; // in the batch's order
        QString wamid; // when sent through WhatsApp
    };

    // Stores the batch, or nothing of it: a refusal names the message (`index`) and its field.
    ServiceResult<Created> create(const QList<IngestMessage> &batch, qint64 nowMs);
    // Sends one sent message to a direct chat through the account's Cloud API connection, then
    // stores it with its wamid; nothing is stored when WhatsApp refuses (Code::Upstream).
    ServiceResult<Created> sendThroughWhatsApp(IngestMessage message, qint64 nowMs);

private:
    StoreConnection &m_store;
    IngestWriter &m_writer;
    const CloudApiRegistry *m_cloudApi;
};

} // namespace hookline
