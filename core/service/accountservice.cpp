#include "accountservice.h"

#include "store/messagestore.h"
#include "store/storeconnection.h"
#include "store/storeerror.h"
#include "store/transaction.h"

using namespace Qt::StringLiterals;

namespace hookline {

void AccountService::Changes::applyTo(Account &a) const
{
    if (phone)
        a.phone = phone->trimmed();
    if (fullName)
        a.fullName = fullName->trimmed();
    if (email)
        a.email = email->trimmed();
}

AccountService::AccountService(StoreConnection &store)
    : m_store(store)
{
}

std::optional<ServiceError> AccountService::check(const Account &a)
{
    if (a.phone.isEmpty())
        return ServiceError {ServiceError::Code::Required, u"phone"_s, u"phone is required"_s};
    for (const auto &[field, value] :
         {std::pair(u"phone"_s, &a.phone), std::pair(u"full_name"_s, &a.fullName),
          std::pair(u"email"_s, &a.email)}) {
        if (value->size() > MessageStore::maxNameLength)
            return ServiceError {
                ServiceError::Code::Invalid, field,
                u"%1 is longer than %2 characters"_s.arg(field).arg(MessageStore::maxNameLength)};
    }
    const auto other = m_store.messages->accountByPhone(a.phone);
    if (other && other->id != a.id)
        return ServiceError {ServiceError::Code::Conflict, u"phone"_s,
                             u"an account with phone %1 exists already"_s.arg(a.phone)};
    return std::nullopt;
}

ServiceResult<Account> AccountService::create(const Changes &settings)
{
    try {
        Account a;
        settings.applyTo(a);
        Transaction transaction(*m_store.database);
        if (auto error = check(a))
            return *error;
        a.id = m_store.messages->createAccount(a);
        transaction.commit();
        return *m_store.messages->account(a.id);
    } catch (const StoreError &e) {
        return ServiceError::fromStore(e);
    }
}

std::optional<ServiceError> AccountService::checkUpdate(qint64 id, const Changes &changes)
{
    try {
        std::optional<Account> a = m_store.messages->account(id);
        if (!a)
            return ServiceError {ServiceError::Code::NotFound, u"id"_s,
                                 u"no account with id %1; it may have been removed"_s.arg(id)};
        changes.applyTo(*a);
        return check(*a);
    } catch (const StoreError &e) {
        return ServiceError::fromStore(e);
    }
}

ServiceResult<Account> AccountService::update(qint64 id, const Changes &changes)
{
    try {
        Transaction transaction(*m_store.database);
        std::optional<Account> a = m_store.messages->account(id);
        if (!a)
            return ServiceError {ServiceError::Code::NotFound, u"id"_s,
                                 u"no account with id %1; it may have been removed"_s.arg(id)};
        changes.applyTo(*a);
        if (auto error = check(*a))
            return *error;
        m_store.messages->updateAccount(*a);
        transaction.commit();
        return *m_store.messages->account(id);
    } catch (const StoreError &e) {
        return ServiceError::fromStore(e);
    }
}

} // namespace hookline
