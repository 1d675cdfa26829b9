#include "workspace.h"

#include "enumnames.h"

#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

constexpr EnumName<SmtpSecurity> securityNames[] = {
    {SmtpSecurity::StartTls, u"starttls"},
    {SmtpSecurity::Tls, u"tls"},
    {SmtpSecurity::None, u"none"},
};

} // namespace

QString smtpSecurityName(SmtpSecurity security)
{
    return nameOf(securityNames, security);
}

std::optional<SmtpSecurity> smtpSecurityFromName(QStringView name)
{
    return fromName(securityNames, name);
}

std::optional<FieldError> validateWorkspaceSettings(const WorkspaceSettings &s)
{
    if (!s.ownerEmail.isEmpty() && !s.ownerEmail.contains(u'@'))
        return FieldError {u"owner.email"_s, u"owner.email is not an e-mail address"_s};
    if (!QTimeZone(s.timeZone.toUtf8()).isValid()) {
        return FieldError {
            u"timezone"_s,
            u"timezone \"%1\" is not a known IANA time zone (like Asia/Kolkata)"_s.arg(
                s.timeZone.left(60))};
    }
    const QUrl base(s.publicBaseUrl, QUrl::StrictMode);
    const bool badBase = !base.isValid()
        || (base.scheme() != u"http"_s && base.scheme() != u"https"_s) || base.host().isEmpty();
    if (!s.publicBaseUrl.isEmpty() && badBase) {
        return FieldError {
            u"public_base_url"_s,
            u"public_base_url must be an http:// or https:// URL, or empty to follow the "
            "address Hookline listens on"_s};
    }
    if (s.smtpPort < 1 || s.smtpPort > 65535)
        return FieldError {u"smtp.port"_s, u"smtp.port must be from 1 to 65535"_s};
    if (!s.smtpFrom.isEmpty() && !s.smtpFrom.contains(u'@'))
        return FieldError {u"smtp.from"_s, u"smtp.from is not an e-mail address"_s};
    return std::nullopt;
}

} // namespace hookline
