#include "apijson.h"

#include "apiroutes.h"
#include "cloudapi/cloudapiregistry.h"
#include "payload/linkbase.h"
#include "payload/payloadtimestamp.h"
#include "store/storeconnection.h"

using namespace Qt::StringLiterals;

namespace hookline {

namespace ApiRoutes {

QJsonObject partyJson(const Party &p)
{
    return {{u"full_name"_s, p.fullName}, {u"phone"_s, p.phone}};
}

QJsonObject messageJson(const Message &m, const QList<MessageStatus> &statuses)
{
    QJsonObject o {{u"message_uid"_s, m.uid},
                   {u"chat_id"_s, QString::number(m.chatId)},
                   {u"direction"_s, directionName(m.direction)},
                   {u"timestamp"_s, payloadTimestamp(m.timestamp)},
                   {u"sender"_s, partyJson(m.sender)},
                   {u"recipient"_s, partyJson(m.recipient)},
                   {u"text"_s, m.text},
                   {u"external_id"_s, m.externalId},
                   {u"source"_s, m.source}};
    if (m.attachment) {
        o.insert(u"attachment"_s,
                 QJsonObject {{u"filename"_s, m.attachment->fileName},
                              {u"mimetype"_s, m.attachment->mimeType},
                              {u"size"_s, m.attachment->size}});
    }
    QJsonArray history;
    for (const MessageStatus &s : statuses) {
        history.append(QJsonObject {
            {u"status"_s, s.status}, {u"at"_s, payloadTimestamp(s.at)}, {u"detail"_s, s.detail}});
    }
    o.insert(u"statuses"_s, history);
    return o;
}

QJsonArray filteredOutJson(qint64 messageId, StoreConnection &store)
{
    QJsonArray list;
    for (const MessageSkip &skip : store.outbox->skips(messageId)) {
        const std::optional<Webhook> w = store.webhooks->webhook(skip.webhookId);
        list.append(QJsonObject {{u"webhook_id"_s, skip.webhookId},
                                 {u"webhook"_s, w ? w->displayName() : QString()},
                                 {u"reason"_s, skip.reason}});
    }
    return list;
}

// Secrets are never sent back, only whether each is set.
QJsonValue cloudApiJson(const std::optional<CloudApiAccount> &c, const QString &publicBaseUrl)
{
    if (!c)
        return QJsonValue::Null;
    return QJsonObject {{u"phone_number_id"_s, c->phoneNumberId},
                        {u"graph_base_url"_s, c->graphBaseUrl},
                        {u"has_app_secret"_s, !c->appSecret.isEmpty()},
                        {u"has_verify_token"_s, !c->verifyToken.isEmpty()},
                        {u"has_access_token"_s, !c->accessToken.isEmpty()},
                        {u"webhook_url"_s, QString(publicBaseUrl + u"/whatsapp/webhook"_s)}};
}

QJsonObject accountJson(const Account &a, const CloudApiRegistry *cloudApi,
                        const QString &publicBaseUrl)
{
    QJsonObject o {{u"id"_s, a.id},
                   {u"phone"_s, a.phone},
                   {u"full_name"_s, a.fullName},
                   {u"email"_s, a.email}};
    if (cloudApi)
        o.insert(u"cloud_api"_s, cloudApiJson(cloudApi->forAccount(a.id), publicBaseUrl));
    return o;
}

QJsonArray teammatesJson(const QList<Teammate> &teammates)
{
    QJsonArray team;
    for (const Teammate &t : teammates)
        team.append(
            QJsonObject {{u"id"_s, t.id}, {u"full_name"_s, t.fullName}, {u"email"_s, t.email}});
    return team;
}

QJsonObject workspaceJson(const WorkspaceSettings &s, const QList<Teammate> &teammates,
                          StoreConnection &store, const LinkBase *links)
{
    return {{u"owner"_s, QJsonObject {{u"full_name"_s, s.ownerName}, {u"email"_s, s.ownerEmail}}},
            {u"teammates"_s, teammatesJson(teammates)},
            {u"timezone"_s, s.timeZone},
            {u"public_base_url"_s, s.publicBaseUrl},
            {u"links"_s, links ? ApiRoutes::linksJson(store, *links) : QJsonObject {}},
            {u"smtp"_s,
             QJsonObject {{u"host"_s, s.smtpHost},
                          {u"port"_s, s.smtpPort},
                          {u"security"_s, smtpSecurityName(s.smtpSecurity)},
                          {u"username"_s, s.smtpUsername},
                          {u"has_password"_s, s.smtpPasswordStorage != u"none"_s},
                          {u"password_storage"_s, s.smtpPasswordStorage},
                          {u"allow_invalid_certificate"_s, s.smtpAllowInvalidCertificate},
                          {u"from"_s, s.smtpFrom}}}};
}

} // namespace ApiRoutes

QJsonObject ApiRoutes::linksJson(StoreConnection &store, const LinkBase &links)
{
    const QString configured = store.workspace->settings().publicBaseUrl;
    return {
        {u"base_url"_s, links.resolve(configured)},
        {u"follows_listen_address"_s, configured.trimmed().isEmpty()},
        {u"problems"_s,
         QJsonArray::fromStringList(links.problems(configured, store.webhooks->enabledUrls()))}};
}

} // namespace hookline
