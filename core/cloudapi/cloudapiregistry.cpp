#include "cloudapiregistry.h"

#include "cloudapisignature.h"
#include "constanttime.h"
#include "logcategories.h"
#include "store/cloudapiaccountstore.h"
#include "store/secretstore.h"
#include "store/storeconnection.h"

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

// The three secrets of an account, by the SecretStore name suffix they are kept under.
struct SecretField
{
    const char *which;
    QString CloudApiAccount::*member;
};
constexpr SecretField secretFields[] = {{"app-secret", &CloudApiAccount::appSecret},
                                        {"verify-token", &CloudApiAccount::verifyToken},
                                        {"access-token", &CloudApiAccount::accessToken}};

} // namespace

CloudApiRegistry::CloudApiRegistry(QString dataDirectory)
    : m_dataDirectory(std::move(dataDirectory))
{
}

QString CloudApiRegistry::secretName(qint64 accountId, const char *which)
{
    return u"cloud-api-%1-%2"_s.arg(accountId).arg(QString::fromLatin1(which));
}

void CloudApiRegistry::load(StoreConnection &store)
{
    QList<CloudApiAccount> accounts = CloudApiAccountStore(*store.database).accounts();
    SecretStore secrets(m_dataDirectory);
    for (CloudApiAccount &a : accounts) {
        for (const SecretField &field : secretFields)
            a.*field.member = secrets.read(secretName(a.accountId, field.which));
        if (!a.canReceive())
            qCWarning(lcSources) << "Cloud API account" << a.accountPhone
                                 << "has no app secret: its notifications are refused";
    }
    {
        QWriteLocker lock(&m_lock);
        m_accounts = std::move(accounts);
    }
    m_loaded = true;
}

std::optional<CloudApiRegistry::Refusal> CloudApiRegistry::save(StoreConnection &store,
                                                                const CloudApiAccount &account)
{
    // A save before the first load finished would be overwritten by it in memory.
    if (!isLoaded())
        return Refusal {
            Refusal::Kind::NotLoaded,
            {u"cloud_api"_s,
             u"Hookline is still reading the Cloud API settings; try again in a moment"_s}};
    if (const auto invalid = validateCloudApiAccount(account))
        return Refusal {Refusal::Kind::Invalid, *invalid};
    CloudApiAccountStore settings(*store.database);
    const auto other = settings.byPhoneNumberId(account.phoneNumberId);
    if (other && other->accountId != account.accountId)
        return Refusal {Refusal::Kind::Taken,
                        {u"cloud_api.phone_number_id"_s,
                         u"phone number id %1 belongs to the account %2 already"_s.arg(
                             account.phoneNumberId, other->accountPhone)}};
    // Secrets first: a settings row without its secrets would refuse every notification.
    SecretStore secrets(m_dataDirectory);
    for (const SecretField &secret : secretFields) {
        QString writeError;
        secrets.write(secretName(account.accountId, secret.which), account.*secret.member,
                      &writeError);
        if (!writeError.isEmpty())
            return Refusal {
                Refusal::Kind::Keyring,
                {u"cloud_api."_s + QString::fromLatin1(secret.which).replace(u'-', u'_'),
                 writeError}};
    }
    settings.save(account);
    CloudApiAccount saved = *settings.forAccount(account.accountId);
    for (const SecretField &secret : secretFields)
        saved.*secret.member = account.*secret.member;
    QWriteLocker lock(&m_lock);
    m_accounts.removeIf([&](const CloudApiAccount &a) { return a.accountId == saved.accountId; });
    m_accounts.append(saved);
    return std::nullopt;
}

void CloudApiRegistry::remove(StoreConnection &store, qint64 accountId)
{
    CloudApiAccountStore(*store.database).remove(accountId);
    SecretStore secrets(m_dataDirectory);
    QString ignored; // removing a secret that is not there is not an error
    for (const SecretField &secret : secretFields)
        secrets.write(secretName(accountId, secret.which), {}, &ignored);
    QWriteLocker lock(&m_lock);
    m_accounts.removeIf([&](const CloudApiAccount &a) { return a.accountId == accountId; });
}

QList<CloudApiAccount> CloudApiRegistry::accounts() const
{
    QReadLocker lock(&m_lock);
    return m_accounts;
}

std::optional<CloudApiAccount> CloudApiRegistry::forAccount(qint64 accountId) const
{
    QReadLocker lock(&m_lock);
    for (const CloudApiAccount &a : m_accounts) {
        if (a.accountId == accountId)
            return a;
    }
    return std::nullopt;
}

std::optional<CloudApiAccount> CloudApiRegistry::byPhoneNumberId(const QString &phoneNumberId) const
{
    QReadLocker lock(&m_lock);
    for (const CloudApiAccount &a : m_accounts) {
        if (a.phoneNumberId == phoneNumberId)
            return a;
    }
    return std::nullopt;
}

QStringList CloudApiRegistry::signers(const QByteArray &body, const QByteArray &header) const
{
    QReadLocker lock(&m_lock);
    QStringList ids;
    // Every secret is tried, so the time taken does not tell which one matched.
    for (const CloudApiAccount &a : m_accounts) {
        if (CloudApiSignature::verify(a.appSecret.toUtf8(), body, header))
            ids.append(a.phoneNumberId);
    }
    return ids;
}

bool CloudApiRegistry::matchesVerifyToken(const QString &token) const
{
    if (token.isEmpty())
        return false;
    QReadLocker lock(&m_lock);
    bool ok = false;
    for (const CloudApiAccount &a : m_accounts) {
        ok = (!a.verifyToken.isEmpty()
              && constantTimeEquals(a.verifyToken.toUtf8(), token.toUtf8()))
            || ok;
    }
    return ok;
}

} // namespace hookline
