#pragma once

#include "domain/account.h"
#include "serviceerror.h"

#include <optional>

namespace hookline {

struct StoreConnection;

// The WhatsApp accounts of the workspace, for the Settings page and /api/v1/accounts: one rule
// for the phone (required, one account per number) and one write. Runs in the caller's thread
// on its connection.
class AccountService
{
public:
    explicit AccountService(StoreConnection &store);

    // What a save changes; a field left empty keeps its stored value.
    struct Changes
    {
        std::optional<QString> phone;
        std::optional<QString> fullName;
        std::optional<QString> email;

        void applyTo(Account &account) const;
    };

    ServiceResult<Account> create(const Changes &account);
    ServiceResult<Account> update(qint64 id, const Changes &changes);
    // What update() would refuse, without writing: for a caller that must do something slow
    // (the keyring) between the check and the write, outside any transaction.
    std::optional<ServiceError> checkUpdate(qint64 id, const Changes &changes);

private:
    std::optional<ServiceError> check(const Account &account);

    StoreConnection &m_store;
};

} // namespace hookline
