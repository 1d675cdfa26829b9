#pragma once

#include "domain/fielderror.h"
#include "service/replayservice.h"

#include <QJsonObject>

#include <optional>

namespace hookline {

// POST /api/v1/webhooks/{id}/replay as the API reads and answers it (docs/WEBHOOK-REPLAY.md):
// {"from", "to" (ISO 8601 with a zone), "filter" (left out: the webhook's own; null or {}:
// every message), "dry_run" (required, so a forgotten flag never sends), "url" or "inspector"
// (optional: another receiver, or an Inspector name on this server, `serverUrl`)}. Types and
// unknown fields are refused by name here; the rules on values are ReplayService's.
namespace ReplayJson {

std::optional<FieldError> read(const QJsonObject &body, const QString &serverUrl,
                               ReplayService::Request &request);
QJsonObject toJson(const ReplayService::Outcome &outcome, bool dryRun);

} // namespace ReplayJson

} // namespace hookline
