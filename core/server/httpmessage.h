#pragma once

#include "domain/attemptrecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace hookline {

// A request as the local server's handlers see it: the head already checked against its route's
// limits and guard, the body complete (or, where the route keeps only a prefix, that prefix).
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // path and query, as sent
    QByteArray path; // percent-decoded
    QList<QPair<QString, QString>> query; // decoded; '+' is a space, as HTML forms send it
    HttpHeaders headers;
    QStringList matches; // the route pattern's captures, 1…n
    QByteArray body;
    qint64 bodySize = 0; // as received; larger than body.size() where the route keeps a prefix
    QString remoteAddress;

    // Case-insensitive; the first one when a header is repeated.
    QByteArray header(QByteArrayView name) const;
    bool hasParam(QStringView name) const;
    QString param(QStringView name) const;
};

// What a handler answers. A file is streamed from disk instead of `body` when `filePath` is set.
struct HttpResponse
{
    int status = 200;
    HttpHeaders headers;
    QByteArray contentType;
    QByteArray body;
    QString filePath;
    int delayMs = 0; // answered after this long without holding a worker (the Inspector's delay)

    void setHeader(const QByteArray &name, const QByteArray &value);
    void setContent(int statusCode, QByteArray content, QByteArray type);
    void setJson(int statusCode, const QJsonObject &object);
    // Every error of the server and its routes: {"error": message, "field": field}.
    void setError(int statusCode, const QString &field, const QString &message);
};

} // namespace hookline
