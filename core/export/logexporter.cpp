#include "logexporter.h"

#include "delivery/dispatcher.h"
#include "domain/enumnames.h"
#include "hookline/version.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

QString isoMs(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    return !decoder.hasError();
}

QJsonArray harHeaders(const HttpHeaders &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers) {
        array.append(QJsonObject {{u"name"_s, QString::fromLatin1(name)},
                                  {u"value"_s,
                                   Dispatcher::isSecretHeader(name)
                                       ? QString::fromLatin1(Dispatcher::redacted)
                                       : QString::fromLatin1(value)}});
    }
    return array;
}

QJsonObject headerObject(const HttpHeaders &headers)
{
    QJsonObject object;
    for (const auto &[name, value] : headers) {
        object.insert(QString::fromLatin1(name).toLower(),
                      Dispatcher::isSecretHeader(name) ? QString::fromLatin1(Dispatcher::redacted)
                                                       : QString::fromLatin1(value));
    }
    return object;
}

// HAR text content: UTF-8 as is, anything else as base64.
QJsonObject harContent(const QByteArray &body, const QByteArray &mime)
{
    QJsonObject content {
        {u"size"_s, body.size()},
        {u"mimeType"_s,
         mime.isEmpty() ? u"application/octet-stream"_s : QString::fromLatin1(mime)}};
    if (isUtf8(body)) {
        content.insert(u"text"_s, QString::fromUtf8(body));
    } else {
        content.insert(u"text"_s, QString::fromLatin1(body.toBase64()));
        content.insert(u"encoding"_s, u"base64"_s);
    }
    return content;
}

QString bodyText(const QByteArray &body)
{
    return isUtf8(body) ? QString::fromUtf8(body)
                        : u"base64:"_s + QString::fromLatin1(body.toBase64());
}

// RFC 4180 quoting, plus a leading apostrophe on cells a spreadsheet would run as a formula.
QString csvCell(QString value)
{
    if (!value.isEmpty()
        && (value.front() == u'=' || value.front() == u'+' || value.front() == u'-'
            || value.front() == u'@' || value.front() == u'\t' || value.front() == u'\r'))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r'))
        return u'"' + value.replace(u"\""_s, u"\"\""_s) + u'"';
    return value;
}

} // namespace

namespace {

// The names the API and the command line take are the files' extensions.
constexpr EnumName<LogExporter::Format> formatNames[] = {
    {LogExporter::Format::Json, u"json"},
    {LogExporter::Format::Har, u"har"},
    {LogExporter::Format::Csv, u"csv"},
};

} // namespace

std::optional<LogExporter::Format> LogExporter::formatFromName(QStringView name)
{
    return fromName(formatNames, name);
}

QString LogExporter::fileExtension(Format format)
{
    return nameOf(formatNames, format);
}

QString LogExporter::mimeType(Format format)
{
    switch (format) {
    case Format::Json:
        return u"application/json"_s;
    case Format::Har:
        return u"application/json"_s;
    case Format::Csv:
        return u"text/csv; charset=utf-8"_s;
    }
    return {};
}

QByteArray LogExporter::write(Format format, const Source &source,
                              const QList<AttemptRecord> &attempts, const QDateTime &exportedAt)
{
    switch (format) {
    case Format::Json:
        return toJson(source, attempts, exportedAt);
    case Format::Har:
        return toHar(attempts);
    case Format::Csv:
        return toCsv(attempts);
    }
    return {};
}

QByteArray LogExporter::toJson(const Source &source, const QList<AttemptRecord> &attempts,
                               const QDateTime &exportedAt)
{
    QJsonArray requests;
    for (const AttemptRecord &a : attempts) {
        requests.append(QJsonObject {
            {u"time"_s, isoMs(a.started)},
            {u"duration_ms"_s, a.durationMs},
            {u"webhook_id"_s, a.webhookMessageId},
            {u"chat_id"_s, QString::number(a.chatId)},
            {u"success"_s, a.success},
            {u"error"_s, a.error},
            {u"request"_s,
             QJsonObject {{u"method"_s, a.method},
                          {u"url"_s, Dispatcher::redactedUrl(a.url)},
                          {u"headers"_s, headerObject(a.requestHeaders)},
                          {u"body"_s, bodyText(a.requestBody)}}},
            {u"response"_s,
             QJsonObject {{u"status"_s, a.responseStatus},
                          {u"headers"_s, headerObject(a.responseHeaders)},
                          {u"body"_s, bodyText(a.responseBody)},
                          {u"body_truncated"_s, a.responseTruncated}}},
        });
    }
    const QJsonObject root {
        {u"webhook"_s,
         QJsonObject {{u"id"_s, source.webhookId},
                      {u"name"_s, source.webhookName},
                      {u"url"_s, Dispatcher::redactedUrl(source.webhookUrl)}}},
        {u"exported_at"_s, isoMs(exportedAt)},
        {u"generator"_s, u"Hookline " HOOKLINE_VERSION ""_s},
        {u"requests"_s, requests},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray LogExporter::toHar(const QList<AttemptRecord> &attempts)
{
    QJsonArray entries;
    for (const AttemptRecord &a : attempts) {
        const QString url = Dispatcher::redactedUrl(a.url);
        QJsonArray query;
        for (const auto &[name, value] : QUrlQuery(QUrl(url)).queryItems(QUrl::FullyDecoded))
            query.append(QJsonObject {{u"name"_s, name}, {u"value"_s, value}});
        const QByteArray requestMime = headerValue(a.requestHeaders, "Content-Type");
        QJsonObject request {
            {u"method"_s, a.method},
            {u"url"_s, url},
            {u"httpVersion"_s, u"HTTP/1.1"_s},
            {u"cookies"_s, QJsonArray()},
            {u"headers"_s, harHeaders(a.requestHeaders)},
            {u"queryString"_s, query},
            {u"postData"_s,
             QJsonObject {{u"mimeType"_s, QString::fromLatin1(requestMime)},
                          {u"text"_s, bodyText(a.requestBody)}}},
            {u"headersSize"_s, -1},
            {u"bodySize"_s, a.requestBody.size()},
        };
        QJsonObject response {
            {u"status"_s, a.responseStatus},
            {u"statusText"_s, a.success ? u"OK"_s : a.error},
            {u"httpVersion"_s, u"HTTP/1.1"_s},
            {u"cookies"_s, QJsonArray()},
            {u"headers"_s, harHeaders(a.responseHeaders)},
            {u"content"_s,
             harContent(a.responseBody, headerValue(a.responseHeaders, "Content-Type"))},
            {u"redirectURL"_s, QString::fromLatin1(headerValue(a.responseHeaders, "Location"))},
            {u"headersSize"_s, -1},
            {u"bodySize"_s, a.responseStatus == 0 ? -1 : a.responseBody.size()},
        };
        if (a.responseTruncated)
            response.insert(u"comment"_s,
                            u"body truncated at %1 bytes"_s.arg(a.responseBody.size()));
        QJsonObject entry {
            {u"startedDateTime"_s, isoMs(a.started)},
            {u"time"_s, double(a.durationMs)},
            {u"request"_s, request},
            {u"response"_s, response},
            {u"cache"_s, QJsonObject()},
            {u"timings"_s,
             QJsonObject {{u"send"_s, 0}, {u"wait"_s, double(a.durationMs)}, {u"receive"_s, 0}}},
        };
        if (!a.error.isEmpty())
            entry.insert(u"comment"_s, a.error);
        entries.append(entry);
    }
    const QJsonObject log {
        {u"version"_s, u"1.2"_s},
        {u"creator"_s,
         QJsonObject {{u"name"_s, u"Hookline"_s}, {u"version"_s, u"" HOOKLINE_VERSION ""_s}}},
        {u"entries"_s, entries},
    };
    return QJsonDocument(QJsonObject {{u"log"_s, log}}).toJson(QJsonDocument::Indented);
}

QByteArray LogExporter::toCsv(const QList<AttemptRecord> &attempts)
{
    QString out = u"time,duration_ms,webhook_id,chat_id,url,status,success,error,request_bytes,"
                  "response_bytes,response_truncated,request_body,response_body\r\n"_s;
    for (const AttemptRecord &a : attempts) {
        const QStringList cells {
            isoMs(a.started),
            QString::number(a.durationMs),
            a.webhookMessageId,
            QString::number(a.chatId),
            Dispatcher::redactedUrl(a.url),
            QString::number(a.responseStatus),
            a.success ? u"true"_s : u"false"_s,
            a.error,
            QString::number(a.requestBody.size()),
            QString::number(a.responseBody.size()),
            a.responseTruncated ? u"true"_s : u"false"_s,
            bodyText(a.requestBody),
            bodyText(a.responseBody),
        };
        QStringList quoted;
        for (const QString &cell : cells)
            quoted.append(csvCell(cell));
        out += quoted.join(u',') + u"\r\n"_s;
    }
    // A BOM makes spreadsheet programs read the file as UTF-8 (names in Hindi, emoji...).
    return "\xEF\xBB\xBF" + out.toUtf8();
}

} // namespace hookline
