#pragma once

#include "fielderror.h"

#include <QList>
#include <QString>

#include <optional>

namespace hookline {

// A request header a webhook adds to every request it sends, for receivers behind an API key.
// Its value is write-only, like the secret: the store keeps it and the engine sends it, but the
// API reads back only the name and the detailed log, exports and e-mails say "REDACTED".
struct WebhookHeader
{
    QString name;
    QString value;

    static constexpr int maxCount = 20;
    static constexpr int maxNameLength = 64;
    static constexpr int maxValueBytes = 4096; // UTF-8

    bool operator==(const WebhookHeader &) const = default;

    // Presets for the usual schemes. `Authorization: Bearer TOKEN`.
    static WebhookHeader bearer(const QString &token);
    // `Authorization: Basic base64(user:password)` (RFC 7617, UTF-8); none when `user` holds a
    // colon, which would end the user name early on the receiving side.
    static std::optional<WebhookHeader> basic(const QString &user, const QString &password);
    // `X-API-Key: KEY`, or the key under the header name the receiver asks for.
    static WebhookHeader apiKey(const QString &key);
    static WebhookHeader apiKey(const QString &name, const QString &key);

    // Why `name` may not be set, naming it ("Content-Length is set by the HTTP connection"), or
    // empty when it may: transport and hop-by-hop headers, and the ones Hookline sends itself.
    static QString reservedReason(const QString &name);

    // The one set of rules for a webhook's list, each refusal on its field ("headers",
    // "headers[2].name", "headers[2].value"): at most maxCount headers; a name that is an
    // RFC 7230 token of 1 to maxNameLength characters, not reserved, not given twice (names are
    // case-insensitive); a value of 1 to maxValueBytes bytes without control characters (tab
    // aside), so nothing can be smuggled into the request through a line break.
    static std::optional<FieldError> validate(const QList<WebhookHeader> &headers);
};

} // namespace hookline
