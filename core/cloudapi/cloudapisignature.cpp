#include "cloudapisignature.h"

#include "constanttime.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace hookline {

namespace {

// QT_NO_CAST_FROM_ASCII: byte literals need an explicit type.
const QByteArray prefix = QByteArrayLiteral("sha256=");
constexpr qsizetype digestHexLength = 64;

QByteArray digest(const QByteArray &secret, const QByteArray &body)
{
    return QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256);
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

} // namespace

bool CloudApiSignature::verify(const QByteArray &appSecret, const QByteArray &rawBody,
                               const QByteArray &headerValue)
{
    if (appSecret.isEmpty())
        return false;
    const QByteArray header = headerValue.trimmed();
    if (!header.startsWith(prefix))
        return false;
    const QByteArray hex = header.mid(prefix.size());
    // QByteArray::fromHex skips invalid characters silently; a header with any is refused here.
    if (hex.size() != digestHexLength)
        return false;
    for (const char c : hex) {
        if (!isHexDigit(c))
            return false;
    }
    return constantTimeEquals(QByteArray::fromHex(hex), digest(appSecret, rawBody));
}

QByteArray CloudApiSignature::sign(const QByteArray &appSecret, const QByteArray &rawBody)
{
    QByteArray header = prefix;
    header.append(digest(appSecret, rawBody).toHex());
    return header;
}

} // namespace hookline
