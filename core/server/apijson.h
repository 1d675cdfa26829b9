#pragma once

#include "domain/account.h"
#include "domain/cloudapiaccount.h"
#include "domain/message.h"
#include "domain/workspace.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace hookline {

class CloudApiRegistry;
class LinkBase;
struct StoreConnection;

// The local API's JSON for what it answers with, in one place.
namespace ApiRoutes {

QJsonObject partyJson(const Party &party);
QJsonObject messageJson(const Message &message, const QList<MessageStatus> &statuses);
// The webhooks whose filters turned the message away: [{"webhook_id", "webhook", "reason"}].
QJsonArray filteredOutJson(qint64 messageId, StoreConnection &store);
// An account's Cloud API block: its settings and which secrets are set, never their values.
QJsonValue cloudApiJson(const std::optional<CloudApiAccount> &cloudApi,
                        const QString &publicBaseUrl);
QJsonObject accountJson(const Account &account, const CloudApiRegistry *cloudApi,
                        const QString &publicBaseUrl);
QJsonArray teammatesJson(const QList<Teammate> &teammates);
QJsonObject workspaceJson(const WorkspaceSettings &settings, const QList<Teammate> &teammates,
                          StoreConnection &store, const LinkBase *links);

} // namespace ApiRoutes

} // namespace hookline
