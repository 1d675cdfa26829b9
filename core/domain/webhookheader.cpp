#include "webhookheader.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

// RFC 7230 §3.2.6 tchar.
bool isTokenChar(QChar c)
{
    if (c.unicode() > 0x7E)
        return false;
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
        || u"!#$%&'*+-.^_`|~"_s.contains(c);
}

} // namespace

WebhookHeader WebhookHeader::bearer(const QString &token)
{
    return {u"Authorization"_s, u"Bearer "_s + token};
}

std::optional<WebhookHeader> WebhookHeader::basic(const QString &user, const QString &password)
{
    if (user.contains(u':'))
        return std::nullopt;
    const QByteArray credentials = (user + u':' + password).toUtf8();
    return WebhookHeader {u"Authorization"_s,
                          u"Basic "_s + QString::fromLatin1(credentials.toBase64())};
}

WebhookHeader WebhookHeader::apiKey(const QString &key)
{
    return apiKey(u"X-API-Key"_s, key);
}

WebhookHeader WebhookHeader::apiKey(const QString &name, const QString &key)
{
    return {name, key};
}

QString WebhookHeader::reservedReason(const QString &name)
{
    const QString lower = name.toLower();
    // Framing and the connection belong to the HTTP client; a second value would make the
    // request ambiguous (request smuggling) or break it.
    static const QSet<QString> transport {
        u"connection"_s, u"keep-alive"_s, u"te"_s,     u"trailer"_s,        u"transfer-encoding"_s,
        u"upgrade"_s,    u"host"_s,       u"expect"_s, u"content-length"_s,
    };
    if (transport.contains(lower) || lower.startsWith(u"proxy-"_s))
        return u"%1 is set by the HTTP connection and cannot be replaced"_s.arg(name);
    // Receivers rely on these to read and verify the body.
    static const QSet<QString> own {
        u"content-type"_s,      u"user-agent"_s,        u"webhook-id"_s,
        u"webhook-timestamp"_s, u"webhook-signature"_s, u"webhook-replay"_s,
    };
    if (own.contains(lower))
        return u"%1 is sent by Hookline itself and cannot be replaced"_s.arg(name);
    return {};
}

std::optional<FieldError> WebhookHeader::validate(const QList<WebhookHeader> &headers)
{
    if (headers.size() > maxCount)
        return FieldError {u"headers"_s, u"headers holds at most %1 headers"_s.arg(maxCount)};
    QSet<QString> seen;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const WebhookHeader &h = headers.at(i);
        const QString field = u"headers[%1]."_s.arg(i);
        if (h.name.isEmpty())
            return FieldError {field + u"name"_s, field + u"name is required"_s};
        if (h.name.size() > maxNameLength)
            return FieldError {field + u"name"_s,
                               field + u"name is longer than %1 characters"_s.arg(maxNameLength)};
        // Not quoted back: a name with a line break in it has no place in a sentence.
        if (!std::all_of(h.name.cbegin(), h.name.cend(), isTokenChar))
            return FieldError {field + u"name"_s,
                               field + u"name may hold only letters, digits and !#$%&'*+-.^_`|~"_s};
        if (const QString reason = reservedReason(h.name); !reason.isEmpty())
            return FieldError {field + u"name"_s, field + u"name: "_s + reason};
        if (seen.contains(h.name.toLower()))
            return FieldError {
                field + u"name"_s,
                field + u"name: %1 is given twice (header names ignore case)"_s.arg(h.name)};
        seen.insert(h.name.toLower());
        if (h.value.isEmpty())
            return FieldError {field + u"value"_s, field + u"value is required"_s};
        const bool control = std::any_of(h.value.cbegin(), h.value.cend(), [](QChar c) {
            return c.category() == QChar::Other_Control && c != u'\t';
        });
        if (control)
            return FieldError {field + u"value"_s,
                               field
                                   + u"value must not hold line breaks, NUL or other control "
                                     "characters"_s};
        if (h.value.toUtf8().size() > maxValueBytes)
            return FieldError {
                field + u"value"_s,
                field + u"value is longer than %1 bytes in UTF-8"_s.arg(maxValueBytes)};
    }
    return std::nullopt;
}

} // namespace hookline
