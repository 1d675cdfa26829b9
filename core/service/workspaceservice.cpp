#include "workspaceservice.h"

#include "delivery/enginethread.h"
#include "notify/ownernotifier.h"
#include "store/storeconnection.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hookline {

bool WorkspaceService::Changes::touchesSettings() const
{
    return ownerName || ownerEmail || timeZone || publicBaseUrl || smtpHost || smtpPort
        || smtpSecurity || smtpUsername || smtpFrom || smtpAllowInvalidCertificate;
}

void WorkspaceService::Changes::applyTo(WorkspaceSettings &s) const
{
    auto take = [](QString &target, const std::optional<QString> &value) {
        if (value)
            target = value->trimmed();
    };
    take(s.ownerName, ownerName);
    take(s.ownerEmail, ownerEmail);
    take(s.timeZone, timeZone);
    take(s.publicBaseUrl, publicBaseUrl);
    take(s.smtpHost, smtpHost);
    take(s.smtpUsername, smtpUsername);
    take(s.smtpFrom, smtpFrom);
    if (smtpSecurity)
        s.smtpSecurity = *smtpSecurity;
    if (smtpPort)
        s.smtpPort = *smtpPort;
    if (smtpAllowInvalidCertificate)
        s.smtpAllowInvalidCertificate = *smtpAllowInvalidCertificate;
}

WorkspaceService::WorkspaceService(StoreConnection &store, EngineThread *engine,
                                   OwnerNotifier *notifier)
    : m_store(store)
    , m_engine(engine)
    , m_notifier(notifier)
{
}

std::optional<ServiceError> WorkspaceService::checkTeammate(const Teammate &teammate,
                                                            const QString &field)
{
    if (!teammate.email.trimmed().contains(u'@'))
        return ServiceError {ServiceError::Code::Invalid, field,
                             u"%1 is not an e-mail address"_s.arg(field)};
    return std::nullopt;
}

ServiceResult<WorkspaceSettings> WorkspaceService::update(const Changes &changes)
{
    const bool settingsChange = changes.touchesSettings() || changes.smtpPassword.has_value();
    auto invalid = [&](WorkspaceSettings &settings) -> std::optional<ServiceError> {
        changes.applyTo(settings);
        if (const auto error = validateWorkspaceSettings(settings))
            return ServiceError {ServiceError::Code::Invalid, error->field, error->message};
        return std::nullopt;
    };
    try {
        // Refused before the keyring is asked anything.
        WorkspaceSettings preview = m_store.workspace->settings();
        if (settingsChange) {
            if (auto error = invalid(preview))
                return *error;
        }
        for (qsizetype i = 0; i < changes.teammates.size(); ++i) {
            if (auto error
                = checkTeammate(changes.teammates.at(i), u"teammates[%1].email"_s.arg(i)))
                return *error;
        }
        std::optional<QString> passwordStorage;
        if (changes.smtpPassword) {
            if (!m_notifier)
                return ServiceError {ServiceError::Code::Unavailable, u"smtp.password"_s,
                                     u"secrets cannot be stored right now"_s};
            QString error;
            const auto location = m_notifier->storeSmtpPassword(*changes.smtpPassword, &error);
            if (!error.isEmpty())
                return ServiceError {ServiceError::Code::Unavailable, u"smtp.password"_s, error};
            passwordStorage = SecretStore::locationName(location);
        }
        // Read again inside the write: what another writer saved while the keyring answered
        // stays, and only the named fields change.
        Transaction transaction(*m_store.database);
        if (settingsChange) {
            WorkspaceSettings settings = m_store.workspace->settings();
            if (auto error = invalid(settings))
                return *error;
            if (passwordStorage)
                settings.smtpPasswordStorage = *passwordStorage;
            m_store.workspace->setSettings(settings);
        }
        for (const Teammate &t : changes.teammates)
            m_store.workspace->upsertTeammate(t.fullName.trimmed(), t.email.trimmed());
        transaction.commit();
        if (m_engine && settingsChange)
            m_engine->reloadWorkspace();
        return m_store.workspace->settings();
    } catch (const StoreError &e) {
        return ServiceError::fromStore(e);
    }
}

ServiceResult<QList<Teammate>> WorkspaceService::removeTeammate(qint64 id)
{
    try {
        Transaction transaction(*m_store.database);
        const QList<Teammate> before = m_store.workspace->teammates();
        if (std::none_of(before.cbegin(), before.cend(),
                         [id](const Teammate &t) { return t.id == id; }))
            return ServiceError {ServiceError::Code::NotFound, u"id"_s,
                                 u"no teammate with id %1"_s.arg(id)};
        m_store.workspace->removeTeammate(id);
        transaction.commit();
        return m_store.workspace->teammates();
    } catch (const StoreError &e) {
        return ServiceError::fromStore(e);
    }
}

ServiceResult<bool> WorkspaceService::setChatResponsible(qint64 chatId, qint64 teammateId)
{
    try {
        Transaction transaction(*m_store.database);
        if (!m_store.messages->chat(chatId))
            return ServiceError {ServiceError::Code::NotFound, u"chat_id"_s,
                                 u"no chat with id %1"_s.arg(chatId)};
        if (teammateId > 0) {
            const QList<Teammate> teammates = m_store.workspace->teammates();
            if (std::none_of(teammates.cbegin(), teammates.cend(),
                             [teammateId](const Teammate &t) { return t.id == teammateId; }))
                return ServiceError {ServiceError::Code::NotFound, u"teammate_id"_s,
                                     u"no teammate with id %1"_s.arg(teammateId)};
        }
        m_store.workspace->setChatResponsible(chatId, teammateId);
        transaction.commit();
        return true;
    } catch (const StoreError &e) {
        return ServiceError::fromStore(e);
    }
}

} // namespace hookline
