#pragma once

#include <QByteArray>
#include <QString>

namespace hookline {

// The links inside payloads, served by Hookline's local server under the public base URL.
// Each carries an HMAC so it opens exactly what it names: a chat link opens its chat and no
// other; an attachment link serves its file until it expires, 15 minutes after the attempt that
// carried it (a later attempt carries a fresh one). Generation and checking live together here.
class SignedLinks
{
public:
    static constexpr qint64 attachmentLifetimeSeconds = 15 * 60;

    SignedLinks(QByteArray key, QString publicBaseUrl);

    QString chatUrl(qint64 chatId) const;
    // The chat page, scrolled to one message.
    QString permalink(qint64 chatId, const QString &messageUid) const;
    QString attachmentUrl(const QString &messageUid, const QString &fileName,
                          qint64 nowSeconds) const;

    bool verifyChat(qint64 chatId, QStringView signature) const;
    bool verifyAttachment(const QString &messageUid, qint64 expiresSeconds, QStringView signature,
                          qint64 nowSeconds) const;

private:
    QString sign(const QByteArray &subject) const;
    bool matches(const QByteArray &subject, QStringView signature) const;

    QByteArray m_key;
    QString m_base;
};

} // namespace hookline
