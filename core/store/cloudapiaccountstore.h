#pragma once

#include "domain/cloudapiaccount.h"

#include <QList>

#include <optional>

namespace hookline {

class Database;

// Which accounts are connected to the Cloud API, without their secrets (see CloudApiRegistry).
// Throws StoreError when the database fails.
class CloudApiAccountStore
{
public:
    explicit CloudApiAccountStore(Database &database);

    QList<CloudApiAccount> accounts();
    std::optional<CloudApiAccount> forAccount(qint64 accountId);
    // The account already using this phone number id, if any.
    std::optional<CloudApiAccount> byPhoneNumberId(const QString &phoneNumberId);
    // Inserts or replaces the account's settings; throws StoreError when another account has
    // the phone number id.
    void save(const CloudApiAccount &account);
    void remove(qint64 accountId);

private:
    Database &m_database;
};

} // namespace hookline
