#pragma once

#include "delivery/webhook.h"
#include "delivery/webhookstore.h"

#include <QJsonObject>

#include <optional>

namespace hookline {

// Webhook settings as the API reads and writes them (DESIGN §6). The secret is write-only:
// reads say only `has_secret`.
namespace WebhookJson {

QJsonObject toJson(const Webhook &webhook, int pending);

// Applies the fields `patch` names onto `webhook` (PUT changes only what it names; POST starts
// from defaults). Read-only fields are refused by name.
std::optional<WebhookFieldError> apply(const QJsonObject &patch, Webhook &webhook);

} // namespace WebhookJson

} // namespace hookline
