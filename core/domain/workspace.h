#pragma once

#include "fielderror.h"

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

// How the connection to the mail server is protected: STARTTLS on the plain port, TLS from the
// first byte (smtps, usually port 465), or not at all.
enum class SmtpSecurity { StartTls, Tls, None };
QString smtpSecurityName(SmtpSecurity security); // "starttls", "tls", "none"
std::optional<SmtpSecurity> smtpSecurityFromName(QStringView name);

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
    SmtpSecurity smtpSecurity = SmtpSecurity::StartTls;
    QString smtpUsername;
    QString smtpPasswordStorage = QStringLiteral("none");
    QString smtpFrom;
    bool smtpAllowInvalidCertificate = false; // for a self-signed server the user trusts
};

// The one check of workspace settings, shared by the API and the Settings page.
std::optional<FieldError> validateWorkspaceSettings(const WorkspaceSettings &settings);

} // namespace hookline
