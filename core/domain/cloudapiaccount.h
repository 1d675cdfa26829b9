#pragma once

#include "fielderror.h"

#include <QString>

#include <optional>

namespace hookline {

// How one account of the workspace is connected to the WhatsApp Business Cloud API. The three
// secrets are kept in the SecretStore; the database has only the ids and the Graph address.
struct CloudApiAccount
{
    static constexpr auto defaultGraphBaseUrl = "https://graph.facebook.com/v21.0";

    qint64 accountId = 0;
    QString accountPhone; // the account's own number, "+972…"
    QString phoneNumberId; // Meta's id of the business number
    QString graphBaseUrl = QString::fromLatin1(defaultGraphBaseUrl);
    QString appSecret; // signs the notifications Meta POSTs (X-Hub-Signature-256)
    QString verifyToken; // the word Meta repeats in the subscription handshake
    QString accessToken; // bearer token for media downloads and sending

    bool canReceive() const { return !appSecret.isEmpty(); }
    bool canSend() const { return !accessToken.isEmpty(); }
};

// The one check, shared by the API and the Settings page.
std::optional<FieldError> validateCloudApiAccount(const CloudApiAccount &account);

} // namespace hookline
