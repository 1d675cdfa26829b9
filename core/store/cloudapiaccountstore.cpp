#include "cloudapiaccountstore.h"

#include "database.h"
#include "storeerror.h"

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

const QString selectAccounts
    = u"SELECT c.account_id, a.phone, c.phone_number_id, c.graph_base_url"
      " FROM cloud_api_accounts c JOIN accounts a ON a.id = c.account_id"_s;

CloudApiAccount fromRow(const QSqlQuery &q)
{
    CloudApiAccount a;
    a.accountId = q.value(0).toLongLong();
    a.accountPhone = q.value(1).toString();
    a.phoneNumberId = q.value(2).toString();
    a.graphBaseUrl = q.value(3).toString();
    return a;
}

} // namespace

CloudApiAccountStore::CloudApiAccountStore(Database &database)
    : m_database(database)
{
}

QList<CloudApiAccount> CloudApiAccountStore::accounts()
{
    return m_database.rows(selectAccounts + u" ORDER BY c.account_id"_s, {}, fromRow);
}

std::optional<CloudApiAccount> CloudApiAccountStore::forAccount(qint64 accountId)
{
    return m_database.firstRow(selectAccounts + u" WHERE c.account_id = ?"_s, {accountId}, fromRow);
}

std::optional<CloudApiAccount> CloudApiAccountStore::byPhoneNumberId(const QString &phoneNumberId)
{
    return m_database.firstRow(selectAccounts + u" WHERE c.phone_number_id = ?"_s, {phoneNumberId},
                               fromRow);
}

void CloudApiAccountStore::save(const CloudApiAccount &account)
{
    const auto other = byPhoneNumberId(account.phoneNumberId);
    if (other && other->accountId != account.accountId) {
        throw StoreError(u"phone number id %1 belongs to the account %2 already"_s.arg(
            account.phoneNumberId, other->accountPhone));
    }
    m_database.run(u"INSERT INTO cloud_api_accounts (account_id, phone_number_id, graph_base_url)"
                   " VALUES (?, ?, ?) ON CONFLICT (account_id) DO UPDATE SET"
                   " phone_number_id = excluded.phone_number_id,"
                   " graph_base_url = excluded.graph_base_url"_s,
                   {account.accountId, account.phoneNumberId, account.graphBaseUrl});
}

void CloudApiAccountStore::remove(qint64 accountId)
{
    m_database.run(u"DELETE FROM cloud_api_accounts WHERE account_id = ?"_s, {accountId});
}

} // namespace hookline
