#include "smtpsender.h"

#include "curlglobal.h"

#include <curl/curl.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readChunk(char *buffer, size_t size, size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const size_t room = size * count;
    const size_t left = size_t(upload->data.size() - upload->offset);
    const size_t n = std::min(room, left);
    std::memcpy(buffer, upload->data.constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}

} // namespace

SmtpSender::Result SmtpSender::send(const SmtpSettings &settings, const MailMessage &message)
{
    if (settings.host.trimmed().isEmpty())
        return {false, u"no SMTP server is set"_s};
    if (settings.host.contains(u'/') || settings.host.contains(u' '))
        return {false, u"the SMTP host \"%1\" is not a host name"_s.arg(settings.host.left(80))};
    if (!MailMessage::isPlainAddress(message.from.email))
        return {false,
                u"the sender address \"%1\" is not an e-mail address"_s.arg(
                    message.from.email.left(80))};
    if (!MailMessage::isPlainAddress(message.to.email))
        return {false,
                u"the recipient address \"%1\" is not an e-mail address"_s.arg(
                    message.to.email.left(80))};

    initialiseCurl();
    CURL *curl = curl_easy_init();
    if (!curl)
        return {false, u"libcurl could not start"_s};
    const QByteArray scheme = settings.security == SmtpSecurity::Tls ? "smtps://" : "smtp://";
    const QByteArray url
        = scheme + settings.host.trimmed().toUtf8() + ':' + QByteArray::number(settings.port);
    const QByteArray from = '<' + message.from.email.toUtf8() + '>';
    const QByteArray to = '<' + message.to.email.toUtf8() + '>';
    const QByteArray user = settings.username.toUtf8();
    const QByteArray password = settings.password.toUtf8();
    Upload upload {message.toRfc5322(), 0};
    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_slist *recipients = curl_slist_append(nullptr, to.constData());

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(std::min(settings.timeoutMs, 10000)));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(settings.timeoutMs));
    if (settings.security != SmtpSecurity::None)
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    if (settings.allowInvalidCertificate) {
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
    }
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readChunk);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);

    const CURLcode code = curl_easy_perform(curl);
    long reply = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    if (code == CURLE_OK)
        return {true, {}};
    QString error = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
    if (reply > 0)
        error += u" (SMTP reply %1)"_s.arg(reply);
    return {false, u"%1:%2: %3"_s.arg(settings.host).arg(settings.port).arg(error)};
}

} // namespace hookline
