#pragma once

#include "domain/cloudapiaccount.h"

#include <QByteArray>
#include <QList>
#include <QReadWriteLock>
#include <QString>

#include <atomic>
#include <optional>

namespace hookline {

struct StoreConnection;

// The Cloud API accounts of the running workspace with their secrets, held in memory so the
// server threads can check a signature or a verify token without touching the keyring or the
// database. Loading and saving go through the SecretStore and block (the keyring may take
// seconds): call them from a worker thread. Reads are thread-safe and cheap.
class CloudApiRegistry
{
public:
    explicit CloudApiRegistry(QString dataDirectory);

    // Reads every account's settings and secrets. Until the first load, isLoaded() is false and
    // the webhook answers 503 so Meta retries instead of being refused.
    void load(StoreConnection &store);
    bool isLoaded() const { return m_loaded.load(); }

    // Why a save stored nothing: the settings are still being read, a value is refused, the phone
    // number id is another account's, or the keyring did not take a secret.
    struct Refusal
    {
        enum class Kind { NotLoaded, Invalid, Taken, Keyring };
        Kind kind = Kind::Invalid;
        FieldError error;
    };

    // Stores the settings and the three secrets (an empty secret is removed), then updates the
    // snapshot; validates first. Throws StoreError when the database fails.
    std::optional<Refusal> save(StoreConnection &store, const CloudApiAccount &account);
    // Disconnects the account from the Cloud API (settings and secrets).
    void remove(StoreConnection &store, qint64 accountId);

    QList<CloudApiAccount> accounts() const;
    std::optional<CloudApiAccount> forAccount(qint64 accountId) const;
    std::optional<CloudApiAccount> byPhoneNumberId(const QString &phoneNumberId) const;

    // The phone number ids of the accounts whose app secret `header` (X-Hub-Signature-256) signs
    // `body` with; empty when none. One Meta app may serve several numbers, so several may
    // match; the body must not be parsed before this, and may then speak only for these.
    QStringList signers(const QByteArray &body, const QByteArray &header) const;
    bool matchesVerifyToken(const QString &token) const;

private:
    static QString secretName(qint64 accountId, const char *which);

    QString m_dataDirectory;
    mutable QReadWriteLock m_lock;
    QList<CloudApiAccount> m_accounts;
    std::atomic<bool> m_loaded = false;
};

} // namespace hookline
