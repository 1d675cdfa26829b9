#include "cloudapiservice.h"

#include "cloudapi/cloudapiregistry.h"
#include "store/storeerror.h"

using namespace Qt::StringLiterals;

namespace hookline {

void CloudApiService::Changes::applyTo(CloudApiAccount &a) const
{
    const std::pair<const std::optional<QString> *, QString *> fields[]
        = {{&phoneNumberId, &a.phoneNumberId},
           {&graphBaseUrl, &a.graphBaseUrl},
           {&appSecret, &a.appSecret},
           {&verifyToken, &a.verifyToken},
           {&accessToken, &a.accessToken}};
    for (const auto &[change, target] : fields) {
        if (*change)
            *target = (*change)->trimmed();
    }
}

CloudApiService::CloudApiService(StoreConnection &store, CloudApiRegistry *registry)
    : m_store(store)
    , m_registry(registry)
{
}

std::optional<ServiceError> CloudApiService::unavailable() const
{
    if (!m_registry)
        return ServiceError {ServiceError::Code::Unavailable, u"cloud_api"_s,
                             u"the Cloud API is not available here"_s};
    if (!m_registry->isLoaded())
        return ServiceError {
            ServiceError::Code::Unavailable, u"cloud_api"_s,
            u"Hookline is still reading the Cloud API settings; try again in a moment"_s};
    return std::nullopt;
}

ServiceResult<CloudApiAccount> CloudApiService::connect(qint64 accountId, const Changes &changes)
{
    if (auto error = unavailable())
        return *error;
    try {
        // From the registry's current state, so a secret set elsewhere meanwhile stays.
        CloudApiAccount account = m_registry->forAccount(accountId).value_or(CloudApiAccount {});
        account.accountId = accountId;
        changes.applyTo(account);
        if (const auto refused = m_registry->save(m_store, account)) {
            using Kind = CloudApiRegistry::Refusal::Kind;
            const ServiceError::Code code = refused->kind == Kind::Taken
                ? ServiceError::Code::Conflict
                : refused->kind == Kind::Invalid ? ServiceError::Code::Invalid
                                                 : ServiceError::Code::Unavailable;
            return ServiceError {code, refused->error.field, refused->error.message};
        }
        return m_registry->forAccount(accountId).value_or(account);
    } catch (const StoreError &e) {
        return ServiceError::fromStore(e);
    }
}

ServiceResult<bool> CloudApiService::disconnect(qint64 accountId)
{
    if (auto error = unavailable())
        return *error;
    try {
        m_registry->remove(m_store, accountId);
        return true;
    } catch (const StoreError &e) {
        return ServiceError::fromStore(e);
    }
}

} // namespace hookline
