#include "signedlinks.h"

#include "constanttime.h"

#include <QMessageAuthenticationCode>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace hookline {

SignedLinks::SignedLinks(QByteArray key, QString publicBaseUrl)
    : m_key(std::move(key))
    , m_base(std::move(publicBaseUrl))
{
    while (m_base.endsWith(u'/'))
        m_base.chop(1);
}

QString SignedLinks::sign(const QByteArray &subject) const
{
    const QByteArray mac
        = QMessageAuthenticationCode::hash(subject, m_key, QCryptographicHash::Sha256);
    return QString::fromLatin1(
        mac.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool SignedLinks::matches(const QByteArray &subject, QStringView signature) const
{
    return constantTimeEquals(sign(subject).toLatin1(), signature.toLatin1());
}

QString SignedLinks::chatUrl(qint64 chatId) const
{
    return m_base + u"/chat/%1/messages/?sig="_s.arg(chatId)
        + sign("chat:" + QByteArray::number(chatId));
}

QString SignedLinks::permalink(qint64 chatId, const QString &messageUid) const
{
    return chatUrl(chatId) + u"#m-"_s + messageUid;
}

QString SignedLinks::attachmentUrl(const QString &messageUid, const QString &fileName,
                                   qint64 nowSeconds) const
{
    const qint64 expires = nowSeconds + attachmentLifetimeSeconds;
    const QString sig
        = sign("attachment:" + messageUid.toLatin1() + ':' + QByteArray::number(expires));
    return m_base + u"/attachments/"_s + messageUid + u'/'
        + QString::fromLatin1(QUrl::toPercentEncoding(fileName)) + u"?expires="_s
        + QString::number(expires) + u"&sig="_s + sig;
}

bool SignedLinks::verifyChat(qint64 chatId, QStringView signature) const
{
    return matches("chat:" + QByteArray::number(chatId), signature);
}

bool SignedLinks::verifyAttachment(const QString &messageUid, qint64 expiresSeconds,
                                   QStringView signature, qint64 nowSeconds) const
{
    if (nowSeconds > expiresSeconds)
        return false;
    return matches("attachment:" + messageUid.toLatin1() + ':' + QByteArray::number(expiresSeconds),
                   signature);
}

} // namespace hookline
