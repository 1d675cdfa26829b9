#include "httpmessage.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace hookline {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    return headerValue(headers, name);
}

bool HttpRequest::hasParam(QStringView name) const
{
    for (const auto &[key, value] : query) {
        if (key == name)
            return true;
    }
    return false;
}

QString HttpRequest::param(QStringView name) const
{
    for (const auto &[key, value] : query) {
        if (key == name)
            return value;
    }
    return {};
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &[key, existing] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            existing = value;
            return;
        }
    }
    headers.append({name, value});
}

void HttpResponse::setContent(int statusCode, QByteArray content, QByteArray type)
{
    status = statusCode;
    body = std::move(content);
    contentType = std::move(type);
    filePath.clear();
}

void HttpResponse::setJson(int statusCode, const QJsonObject &object)
{
    setContent(statusCode, QJsonDocument(object).toJson(QJsonDocument::Compact),
               QByteArrayLiteral("application/json"));
}

void HttpResponse::setError(int statusCode, const QString &field, const QString &message)
{
    setJson(statusCode, QJsonObject {{u"error"_s, message}, {u"field"_s, field}});
}

} // namespace hookline
