#pragma once

#include "domain/cloudapiaccount.h"
#include "serviceerror.h"

#include <optional>

namespace hookline {

class CloudApiRegistry;
struct StoreConnection;

// An account's WhatsApp Cloud API connection, for the Settings page and the "cloud_api" member
// of /api/v1/accounts: one rule for its fields and one way into the keyring. Blocks on the keyring:
// run it in a worker thread (a StoreWorker job, a server worker), never the GUI thread, and
// never inside a transaction.
class CloudApiService
{
public:
    // `registry` may be null (this instance runs without the Cloud API).
    CloudApiService(StoreConnection &store, CloudApiRegistry *registry);

    // What a save changes; a field left empty keeps its stored value, "" clears a secret.
    struct Changes
    {
        std::optional<QString> phoneNumberId;
        std::optional<QString> graphBaseUrl;
        std::optional<QString> appSecret;
        std::optional<QString> verifyToken;
        std::optional<QString> accessToken;

        void applyTo(CloudApiAccount &account) const;
    };

    // Connects the account, or changes its connection.
    ServiceResult<CloudApiAccount> connect(qint64 accountId, const Changes &changes);
    // Removes the account's settings and secrets; its messages stay.
    ServiceResult<bool> disconnect(qint64 accountId);

private:
    std::optional<ServiceError> unavailable() const;

    StoreConnection &m_store;
    CloudApiRegistry *m_registry;
};

} // namespace hookline
