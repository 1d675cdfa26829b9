#pragma once

#include "domain/workspace.h"
#include "mailmessage.h"

#include <QString>

namespace hookline {

struct SmtpSettings
{
    QString host;
    int port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString username;
    QString password;
    bool allowInvalidCertificate = false; // a self-signed server the user chose to trust
    int timeoutMs = 30000;
};

// Sends one message through libcurl's SMTP client. Blocking: call it from a worker thread, never
// from the GUI or the engine thread.
namespace SmtpSender {

struct Result
{
    bool ok = false;
    QString error; // what went wrong, with the server's reply code when there was one
};

Result send(const SmtpSettings &settings, const MailMessage &message);

} // namespace SmtpSender

} // namespace hookline
