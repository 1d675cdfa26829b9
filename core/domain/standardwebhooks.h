#pragma once

#include <QByteArray>
#include <QString>

namespace hookline {

// Standard Webhooks (standardwebhooks.com) headers: `webhook-id` (stable across the attempts of
// one delivery, so receivers can drop duplicates), `webhook-timestamp` (Unix seconds of this
// attempt) and `webhook-signature` ("v1," + base64 HMAC-SHA256 of "id.timestamp.body", keyed
// with the base64 part of a "whsec_…" secret).
namespace StandardWebhooks {

QString generateSecret();
bool isValidSecret(const QString &secret);
QString newMessageId();
// Empty when `secret` is not valid.
QByteArray signature(const QString &secret, const QString &messageId, qint64 timestamp,
                     const QByteArray &body);
// True when one of the space-separated signatures in a `webhook-signature` header value is the
// one `secret` makes for the id, timestamp and body (a receiver's check; the Inspector's badge).
bool verify(const QString &secret, const QString &messageId, qint64 timestamp,
            const QByteArray &body, const QByteArray &signatureHeader);

} // namespace StandardWebhooks

} // namespace hookline
