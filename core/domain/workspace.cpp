#include "workspace.h"

#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace hookline {

std::optional<WorkspaceFieldError> validateWorkspaceSettings(const WorkspaceSettings &s)
{
    if (!s.ownerEmail.isEmpty() && !s.ownerEmail.contains(u'@'))
        return WorkspaceFieldError {u"owner.email"_s, u"owner.email is not an e-mail address"_s};
    if (!QTimeZone(s.timeZone.toUtf8()).isValid()) {
        return WorkspaceFieldError {
            u"timezone"_s,
            u"timezone \"%1\" is not a known IANA time zone (like Asia/Kolkata)"_s.arg(
                s.timeZone.left(60))};
    }
    const QUrl base(s.publicBaseUrl, QUrl::StrictMode);
    const bool badBase = !base.isValid()
        || (base.scheme() != u"http"_s && base.scheme() != u"https"_s) || base.host().isEmpty();
    if (!s.publicBaseUrl.isEmpty() && badBase) {
        return WorkspaceFieldError {
            u"public_base_url"_s,
            u"public_base_url must be an http:// or https:// URL, or empty to follow the "
            "address Hookline listens on"_s};
    }
    if (s.smtpSecurity != u"none"_s && s.smtpSecurity != u"starttls"_s
        && s.smtpSecurity != u"tls"_s) {
        return WorkspaceFieldError {u"smtp.security"_s,
                                    u"smtp.security must be none, starttls or tls"_s};
    }
    if (s.smtpPort < 1 || s.smtpPort > 65535)
        return WorkspaceFieldError {u"smtp.port"_s, u"smtp.port must be from 1 to 65535"_s};
    if (!s.smtpFrom.isEmpty() && !s.smtpFrom.contains(u'@'))
        return WorkspaceFieldError {u"smtp.from"_s, u"smtp.from is not an e-mail address"_s};
    return std::nullopt;
}

} // namespace hookline
