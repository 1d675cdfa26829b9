#include "graphapiclient.h"

#include "curlglobal.h"

#include <curl/curl.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

struct Sink
{
    QByteArray *bytes;
    qint64 maxBytes;
    bool overflow = false;
};

size_t collect(char *data, size_t size, size_t count, void *userdata)
{
    auto *sink = static_cast<Sink *>(userdata);
    const size_t n = size * count;
    if (sink->bytes->size() + qint64(n) > sink->maxBytes) {
        sink->overflow = true;
        return 0; // aborts the transfer
    }
    sink->bytes->append(data, qsizetype(n));
    return n;
}

QString graphId(const QString &id)
{
    // Ids go into the URL path: anything but digits and letters would change the request.
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

GraphApiClient::GraphApiClient(QString baseUrl, QString accessToken, int timeoutMs)
    : m_baseUrl(std::move(baseUrl))
    , m_authorization("Authorization: Bearer " + accessToken.toUtf8())
    , m_timeoutMs(timeoutMs)
{
    while (m_baseUrl.endsWith(u'/'))
        m_baseUrl.chop(1);
}

GraphApiClient::Response GraphApiClient::request(const QByteArray &method, const QString &url,
                                                 const QByteArray &jsonBody,
                                                 const IngestMessage::File *upload,
                                                 const QString &uploadType, qint64 maxBytes)
{
    initialiseCurl();
    Response response;
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
    if (!curl) {
        response.transportError = u"libcurl could not start"_s;
        return response;
    }
    const QByteArray target = url.toUtf8();
    char errorBuffer[CURL_ERROR_SIZE] = {};
    Sink sink {&response.body, maxBytes};
    curl_slist *headers = curl_slist_append(nullptr, m_authorization.constData());
    curl_mime *mime = nullptr;
    CURL *c = curl.get();
    curl_easy_setopt(c, CURLOPT_URL, target.constData());
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "https");
    // Media URLs may redirect to a CDN; the bearer token goes only to the host it was meant for.
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(c, CURLOPT_MAXREDIRS, 5L);
    curl_easy_setopt(c, CURLOPT_UNRESTRICTED_AUTH, 0L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, long(std::min(m_timeoutMs, 10000)));
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, long(m_timeoutMs));
    curl_easy_setopt(c, CURLOPT_USERAGENT, "Hookline");
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &sink);
    if (upload) {
        mime = curl_mime_init(c);
        curl_mimepart *part = curl_mime_addpart(mime);
        curl_mime_name(part, "messaging_product");
        curl_mime_data(part, "whatsapp", CURL_ZERO_TERMINATED);
        part = curl_mime_addpart(mime);
        curl_mime_name(part, "type");
        const QByteArray type = uploadType.toUtf8();
        curl_mime_data(part, type.constData(), CURL_ZERO_TERMINATED);
        part = curl_mime_addpart(mime);
        curl_mime_name(part, "file");
        curl_mime_data(part, upload->bytes.constData(), size_t(upload->bytes.size()));
        const QByteArray name = upload->fileName.toUtf8();
        curl_mime_filename(part, name.isEmpty() ? "file" : name.constData());
        curl_mime_type(part, type.constData());
        curl_easy_setopt(c, CURLOPT_MIMEPOST, mime);
    } else if (method == "POST") {
        headers = curl_slist_append(headers, "Content-Type: application/json");
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, long(jsonBody.size()));
        curl_easy_setopt(c, CURLOPT_COPYPOSTFIELDS, jsonBody.constData());
    }
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);

    const CURLcode code = curl_easy_perform(c);
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    char *contentType = nullptr;
    curl_easy_getinfo(c, CURLINFO_CONTENT_TYPE, &contentType);
    response.status = int(status);
    response.contentType = contentType ? QString::fromUtf8(contentType) : QString();
    if (sink.overflow) {
        response.transportError = u"larger than %1 MiB"_s.arg(maxBytes / (1024 * 1024));
    } else if (code != CURLE_OK) {
        response.transportError
            = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
    }
    curl_mime_free(mime);
    curl_slist_free_all(headers);
    return response;
}

QString GraphApiClient::describe(const Response &response)
{
    if (!response.transportError.isEmpty())
        return response.transportError;
    const QJsonObject error
        = QJsonDocument::fromJson(response.body).object().value(u"error"_s).toObject();
    if (!error.isEmpty()) {
        return u"Graph API: %1 (code %2, HTTP %3)"_s.arg(
            error.value(u"message"_s).toString().left(300),
            QString::number(error.value(u"code"_s).toInteger()), QString::number(response.status));
    }
    return u"Graph API: HTTP %1"_s.arg(response.status);
}

GraphApiClient::Download GraphApiClient::downloadMedia(const QString &mediaId, qint64 maxBytes)
{
    Download result;
    if (mediaId.isEmpty()) {
        result.permanent = true;
        result.error = u"the notification named no media id"_s;
        return result;
    }
    const Response info
        = request("GET", m_baseUrl + u'/' + graphId(mediaId), {}, nullptr, {}, 64 * 1024);
    if (!info.transportError.isEmpty() || info.status != 200) {
        result.error = u"media %1: %2"_s.arg(mediaId.left(64), describe(info));
        // 4xx other than an expired token or throttling: Meta does not know this media.
        result.permanent = info.transportError.isEmpty() && info.status >= 400 && info.status < 500
            && info.status != 401 && info.status != 429;
        return result;
    }
    const QJsonObject object = QJsonDocument::fromJson(info.body).object();
    const QString url = object.value(u"url"_s).toString();
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != u"https"_s && parsed.scheme() != u"http"_s)) {
        result.error = u"media %1: Graph API gave no usable download URL"_s.arg(mediaId.left(64));
        return result;
    }
    if (object.value(u"file_size"_s).toDouble() > double(maxBytes)) {
        result.permanent = true;
        result.error = u"media %1: %2 bytes is more than Hookline keeps (%3 MiB)"_s.arg(
            mediaId.left(64), QString::number(object.value(u"file_size"_s).toInteger()),
            QString::number(maxBytes / (1024 * 1024)));
        return result;
    }
    const Response file = request("GET", url, {}, nullptr, {}, maxBytes);
    if (!file.transportError.isEmpty() || file.status != 200) {
        result.error = u"media %1 download: %2"_s.arg(mediaId.left(64), describe(file));
        result.permanent = file.transportError.startsWith(u"larger than"_s);
        return result;
    }
    const QString announced = object.value(u"sha256"_s).toString();
    if (!announced.isEmpty()) {
        const QByteArray digest = QCryptographicHash::hash(file.body, QCryptographicHash::Sha256);
        if (announced.toLatin1() != digest.toHex() && announced.toLatin1() != digest.toBase64()) {
            result.error = u"media %1: the downloaded bytes do not match the sha256 Meta "
                           "announced"_s.arg(mediaId.left(64));
            return result;
        }
    }
    result.ok = true;
    result.bytes = file.body;
    result.mimeType = object.value(u"mime_type"_s).toString();
    if (result.mimeType.isEmpty())
        result.mimeType = file.contentType.section(u';', 0, 0).trimmed();
    return result;
}

QString GraphApiClient::mediaType(const QString &mimeType)
{
    const QString type = mimeType.section(u';', 0, 0).trimmed().toLower();
    // What WhatsApp shows inline; anything else travels as a document with its name.
    if (type == u"image/jpeg"_s || type == u"image/png"_s)
        return u"image"_s;
    if (type == u"video/mp4"_s || type == u"video/3gpp"_s)
        return u"video"_s;
    if (type.startsWith(u"audio/"_s))
        return u"audio"_s;
    return u"document"_s;
}

GraphApiClient::Sent GraphApiClient::send(const QString &phoneNumberId, const QString &toWaId,
                                          const QString &text,
                                          const std::optional<IngestMessage::File> &file)
{
    Sent sent;
    QJsonObject message {{u"messaging_product"_s, u"whatsapp"_s},
                         {u"recipient_type"_s, u"individual"_s},
                         {u"to"_s, toWaId}};
    if (file) {
        const QString mime
            = file->mimeType.isEmpty() ? u"application/octet-stream"_s : file->mimeType;
        const Response uploaded
            = request("POST", m_baseUrl + u'/' + graphId(phoneNumberId) + u"/media"_s, {}, &*file,
                      mime, 64 * 1024);
        const QString mediaId
            = QJsonDocument::fromJson(uploaded.body).object().value(u"id"_s).toString();
        if (!uploaded.transportError.isEmpty() || uploaded.status != 200 || mediaId.isEmpty()) {
            sent.error = u"uploading %1: %2"_s.arg(file->fileName.left(100), describe(uploaded));
            return sent;
        }
        const QString type = mediaType(mime);
        QJsonObject media {{u"id"_s, mediaId}};
        // WhatsApp shows no caption under audio.
        if (!text.isEmpty() && type != u"audio"_s)
            media.insert(u"caption"_s, text);
        if (type == u"document"_s && !file->fileName.isEmpty())
            media.insert(u"filename"_s, file->fileName);
        message.insert(u"type"_s, type);
        message.insert(type, media);
    } else {
        message.insert(u"type"_s, u"text"_s);
        message.insert(u"text"_s, QJsonObject {{u"preview_url"_s, false}, {u"body"_s, text}});
    }
    const Response response
        = request("POST", m_baseUrl + u'/' + graphId(phoneNumberId) + u"/messages"_s,
                  QJsonDocument(message).toJson(QJsonDocument::Compact), nullptr, {}, 64 * 1024);
    const QJsonArray messages
        = QJsonDocument::fromJson(response.body).object().value(u"messages"_s).toArray();
    sent.wamid = messages.isEmpty() ? QString() : messages.first()[u"id"_s].toString();
    if (!response.transportError.isEmpty() || response.status != 200 || sent.wamid.isEmpty()) {
        sent.wamid.clear();
        sent.error = describe(response);
        return sent;
    }
    sent.ok = true;
    return sent;
}

} // namespace hookline
