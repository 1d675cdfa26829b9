#include "mailmessage.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

QByteArray base64Lines(const QByteArray &bytes)
{
    const QByteArray encoded = bytes.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}

// RFC 5322 dates are in English whatever the user's locale.
QByteArray rfc5322Date(const QDateTime &date)
{
    const QDateTime utc = date.toUTC();
    return QLocale::c().toString(utc, u"ddd, dd MMM yyyy HH:mm:ss"_s).toLatin1() + " +0000";
}

// Headers never carry a line break from outside: that would let a name inject headers.
QString singleLine(QString text)
{
    text.replace(u'\r', u' ').replace(u'\n', u' ');
    return text;
}

} // namespace

QByteArray MailMessage::encodedWord(const QString &text, int chunkBytes)
{
    const QString clean = singleLine(text);
    if (isAscii(clean))
        return clean.toLatin1();
    // Chunks of at most `chunkBytes` UTF-8 bytes (30 → encoded words of 52 characters, 45 → 72)
    // keep header lines under 78 characters (RFC 5322 §2.1.1); chunks end on whole characters,
    // surrogate pairs included, as RFC 2047 §5 requires.
    QByteArray out;
    QByteArray chunk;
    auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < clean.size(); ++i) {
        const qsizetype length = clean.at(i).isHighSurrogate() && i + 1 < clean.size() ? 2 : 1;
        const QByteArray character = clean.mid(i, length).toUtf8();
        if (chunk.size() + character.size() > chunkBytes)
            flush();
        chunk += character;
        i += length - 1;
    }
    flush();
    return out;
}

QByteArray MailMessage::formatAddress(const MailAddress &address)
{
    const QByteArray email = singleLine(address.email).toLatin1();
    if (address.name.isEmpty())
        return email;
    QString name = singleLine(address.name);
    QByteArray phrase;
    if (isAscii(name)) {
        name.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
        phrase = '"' + name.toLatin1() + '"';
    } else {
        // A name is one encoded word when it fits ("To: " + 72 characters), so readers that keep
        // the space between two encoded words still show it right; the address folds onto the
        // next line.
        return encodedWord(name, 45) + "\r\n <" + email + '>';
    }
    return phrase + " <" + email + '>';
}

bool MailMessage::isPlainAddress(const QString &email)
{
    static const QRegularExpression pattern(u"^[^\\s<>@,;:\"]+@[^\\s<>@,;:\"]+$"_s);
    return pattern.match(email).hasMatch();
}

QByteArray MailMessage::toRfc5322() const
{
    const QByteArray boundary = "hookline-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    QByteArray m;
    m += "Date: " + rfc5322Date(date.isValid() ? date : QDateTime::currentDateTimeUtc()) + "\r\n";
    m += "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + '@'
        + messageIdDomain.toLatin1() + ">\r\n";
    m += "From: " + formatAddress(from) + "\r\n";
    m += "To: " + formatAddress(to) + "\r\n";
    m += "Subject: " + encodedWord(subject) + "\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Auto-Submitted: auto-generated\r\n";
    m += "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n\r\n";
    m += "--" + boundary + "\r\n";
    m += "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    m += base64Lines(text.toUtf8());
    m += "--" + boundary + "\r\n";
    m += "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    m += base64Lines(html.toUtf8());
    m += "--" + boundary + "--\r\n";
    return m;
}

} // namespace hookline
