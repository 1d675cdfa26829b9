#pragma once

#include <QByteArray>

namespace hookline {

// Meta signs every Cloud API notification with the app secret: the `X-Hub-Signature-256` header
// is "sha256=" + hex HMAC-SHA256 of the raw body. Only the raw bytes count, so the check runs
// before any JSON parsing.
class CloudApiSignature
{
public:
    // False for an empty secret (an unconfigured app must not accept everything), a missing or
    // malformed header, or a wrong digest. The digests are compared in constant time.
    static bool verify(const QByteArray &appSecret, const QByteArray &rawBody,
                       const QByteArray &headerValue);

    // The header value Meta would send ("sha256=<64 lowercase hex digits>"): for tests and the
    // fake Graph server.
    static QByteArray sign(const QByteArray &appSecret, const QByteArray &rawBody);
};

} // namespace hookline
