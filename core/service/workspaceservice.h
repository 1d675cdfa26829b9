#pragma once

#include "domain/workspace.h"
#include "serviceerror.h"

#include <QList>

#include <optional>

namespace hookline {

class EngineThread;
class OwnerNotifier;
struct StoreConnection;

// The workspace settings use case whole, for the Settings page and PUT /api/v1/workspace: the
// rules, the SMTP password into the keyring, the settings in one write, and the engine told
// (time zone, links). Runs in the caller's thread on its connection; storing a password waits
// for the keyring, so never on the GUI thread.
class WorkspaceService
{
public:
    // `engine` and `notifier` may be null: nothing running to tell, or no way to keep secrets.
    WorkspaceService(StoreConnection &store, EngineThread *engine, OwnerNotifier *notifier);

    // What a save changes; a field left empty keeps its stored value.
    struct Changes
    {
        std::optional<QString> ownerName;
        std::optional<QString> ownerEmail;
        std::optional<QString> timeZone;
        std::optional<QString> publicBaseUrl;
        std::optional<QString> smtpHost;
        std::optional<int> smtpPort;
        std::optional<SmtpSecurity> smtpSecurity;
        std::optional<QString> smtpUsername;
        std::optional<QString> smtpFrom;
        std::optional<bool> smtpAllowInvalidCertificate;
        std::optional<QString> smtpPassword; // "" forgets the stored one
        QList<Teammate> teammates; // added, or renamed when the e-mail is known

        bool touchesSettings() const; // any field but the password and the teammates
        void applyTo(WorkspaceSettings &settings) const;
    };

    // The rules first, then the password, then the settings and teammates: a refused save
    // stores nothing. Answers the settings as stored.
    ServiceResult<WorkspaceSettings> update(const Changes &changes);

    // Removes a teammate; the chats they were responsible for have nobody. Answers who is left.
    ServiceResult<QList<Teammate>> removeTeammate(qint64 id);

    // Makes a teammate (0: nobody) responsible for a chat; both must exist.
    ServiceResult<bool> setChatResponsible(qint64 chatId, qint64 teammateId);

    // The rule for a teammate, `field` naming it as the request does ("teammates[1].email").
    static std::optional<ServiceError> checkTeammate(const Teammate &teammate,
                                                     const QString &field);

private:
    StoreConnection &m_store;
    EngineThread *m_engine;
    OwnerNotifier *m_notifier;
};

} // namespace hookline
