#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace hookline {

struct Teammate
{
    qint64 id = 0;
    QString fullName;
    QString email;
};

// Workspace-wide settings: who gets alerts, where links point, which clock bundles follow.
struct WorkspaceSettings
{
    QString ownerName;
    QString ownerEmail;
    QString timeZone = QStringLiteral("UTC");
    // Empty: links follow the address the local server listens on (LinkBase).
    QString publicBaseUrl;

    // Outgoing mail for alerts. The password is not here: it lives in the SecretStore, and
    // `smtpPasswordStorage` says where ("none", "keyring" or "file").
    QString smtpHost;
    int smtpPort = 587;
    QString smtpSecurity = QStringLiteral("starttls"); // none, starttls, tls
    QString smtpUsername;
    QString smtpPasswordStorage = QStringLiteral("none");
    QString smtpFrom;
    bool smtpAllowInvalidCertificate = false; // for a self-signed server the user trusts
};

// What is wrong with workspace settings, named by the API's field path (owner.email, smtp.port).
struct WorkspaceFieldError
{
    QString field;
    QString message;
};

// The one check of workspace settings, shared by the API and the Settings page.
std::optional<WorkspaceFieldError> validateWorkspaceSettings(const WorkspaceSettings &settings);

} // namespace hookline
