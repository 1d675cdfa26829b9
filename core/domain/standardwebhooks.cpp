#include "standardwebhooks.h"

#include "constanttime.h"
#include "timeorderedid.h"

#include <QList>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

constexpr QLatin1StringView prefix("whsec_");

QByteArray secretKey(const QString &secret)
{
    if (!secret.startsWith(prefix))
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(secret.mid(prefix.size()).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? decoded.decoded : QByteArray();
}

} // namespace

QString StandardWebhooks::generateSecret()
{
    QByteArray key(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);
    return prefix + QString::fromLatin1(key.toBase64());
}

bool StandardWebhooks::isValidSecret(const QString &secret)
{
    const QByteArray key = secretKey(secret);
    // The specification asks for 24 to 64 bytes of key material.
    return key.size() >= 24 && key.size() <= 64;
}

QString StandardWebhooks::newMessageId()
{
    return u"msg_"_s + TimeOrderedId::create().toString(QUuid::Id128);
}

QByteArray StandardWebhooks::signature(const QString &secret, const QString &messageId,
                                       qint64 timestamp, const QByteArray &body)
{
    if (!isValidSecret(secret))
        return {};
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secretKey(secret));
    mac.addData(messageId.toUtf8());
    mac.addData(QByteArrayLiteral("."));
    mac.addData(QByteArray::number(timestamp));
    mac.addData(QByteArrayLiteral("."));
    mac.addData(body);
    return "v1," + mac.result().toBase64();
}

bool StandardWebhooks::verify(const QString &secret, const QString &messageId, qint64 timestamp,
                              const QByteArray &body, const QByteArray &signatureHeader)
{
    const QByteArray expected = signature(secret, messageId, timestamp, body);
    if (expected.isEmpty())
        return false;
    // Several signatures let a sender rotate its secret; any one of them may match.
    bool found = false;
    for (const QByteArray &candidate : signatureHeader.split(' '))
        found = constantTimeEquals(candidate.trimmed(), expected) || found;
    return found;
}

} // namespace hookline
