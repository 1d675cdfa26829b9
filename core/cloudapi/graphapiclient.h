#pragma once

#include "store/ingestmessage.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace hookline {

// Meta's Graph API for one business number: media downloads and sending. Blocking (libcurl):
// call it from a worker thread, never from the GUI thread or while holding a lock.
class GraphApiClient
{
public:
    GraphApiClient(QString baseUrl, QString accessToken, int timeoutMs = 30000);

    struct Download
    {
        bool ok = false;
        // A retry cannot help (the media id is unknown to Meta, the file is too large); other
        // failures (network, 5xx, an expired token) are worth another try later.
        bool permanent = false;
        QByteArray bytes;
        QString mimeType;
        QString error;
    };
    // GET /{media-id} for the short-lived URL, then that URL with the bearer token. The bytes
    // are checked against the sha256 Meta announces and capped at `maxBytes`.
    Download downloadMedia(const QString &mediaId, qint64 maxBytes);

    struct Sent
    {
        bool ok = false;
        QString wamid; // the sent message's id; its statuses arrive through the webhook
        QString error;
    };
    // POST /{phone-number-id}/messages: a text, or a file (uploaded first through
    // POST /{phone-number-id}/media) with the text as its caption.
    Sent send(const QString &phoneNumberId, const QString &toWaId, const QString &text,
              const std::optional<IngestMessage::File> &file = std::nullopt);

    // "image", "video", "audio" or "document": what the Cloud API calls a file of this type.
    static QString mediaType(const QString &mimeType);

private:
    struct Response
    {
        int status = 0;
        QByteArray body;
        QString contentType;
        QString transportError; // non-empty: no HTTP answer
    };
    Response request(const QByteArray &method, const QString &url, const QByteArray &jsonBody,
                     const IngestMessage::File *upload, const QString &uploadType, qint64 maxBytes);
    // "Graph API: (#100) Invalid parameter (code 100)" from Meta's error object, or the status.
    static QString describe(const Response &response);

    QString m_baseUrl;
    QByteArray m_authorization;
    int m_timeoutMs;
};

} // namespace hookline
