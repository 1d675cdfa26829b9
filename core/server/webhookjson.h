#pragma once

#include "domain/webhook.h"
#include "service/webhookservice.h"
#include "store/webhookstore.h"

#include <QJsonObject>

#include <optional>

namespace hookline {

// Webhook settings as the API reads and writes them (DESIGN §6). The secret and the header
// values are write-only: reads say only `has_secret`, and each header's name with
// `"value": null, "value_set": true`. The filter reads back as it was saved, null when there is
// none.
namespace WebhookJson {

QJsonObject toJson(const Webhook &webhook, int pending);

// The changes `patch` names (PUT changes only what it names; POST starts from defaults), with
// "backlog" for a re-enable. Values of the wrong type and read-only fields are refused by name;
// the rules on values are WebhookService's.
std::optional<FieldError> read(const QJsonObject &patch, WebhookService::Changes &changes);

// "filter": {…} in full; null or {} is the empty filter. A field left out means "any"; each is
// checked for its type and its names here (as "filter.direction"), the rest by
// WebhookFilter::validate.
std::optional<FieldError> readFilter(const QJsonValue &json, WebhookFilter &filter);

} // namespace WebhookJson

} // namespace hookline
