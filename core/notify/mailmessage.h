#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace hookline {

struct MailAddress
{
    QString name;
    QString email;
};

// An RFC 5322 message with a plain-text and an HTML alternative, UTF-8 throughout: names and
// the subject as RFC 2047 encoded words when they are not ASCII, bodies in base64 so no line
// is too long and no byte is misread by a relay.
struct MailMessage
{
    MailAddress from;
    MailAddress to;
    QString subject;
    QString text;
    QString html;
    QDateTime date;
    QString messageIdDomain = QStringLiteral("hookline.invalid");

    QByteArray toRfc5322() const;

    static QByteArray encodedWord(const QString &text, int chunkBytes = 30);
    static QByteArray formatAddress(const MailAddress &address);
    // An address that can go into SMTP's MAIL FROM / RCPT TO: no spaces, no angle brackets,
    // no line breaks, one @.
    static bool isPlainAddress(const QString &email);
};

} // namespace hookline
