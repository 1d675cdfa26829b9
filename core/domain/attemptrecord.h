#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace hookline {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One HTTP request of a delivery with everything sent and received: a row of the detailed log.
struct AttemptRecord
{
    qint64 id = 0;
    qint64 webhookId = 0;
    qint64 deliveryId = 0;
    QString webhookMessageId;
    qint64 chatId = 0;
    QDateTime started;
    qint64 durationMs = 0;
    QString method = QStringLiteral("POST");
    QString url;
    HttpHeaders requestHeaders; // secret-bearing values already redacted
    QByteArray requestBody;
    int responseStatus = 0; // 0: no HTTP response at all
    HttpHeaders responseHeaders;
    QByteArray responseBody; // at most AttemptRecord::maxResponseBody bytes
    bool responseTruncated = false;
    QString error; // empty on success
    bool success = false;

    static constexpr qsizetype maxResponseBody = 64 * 1024;
};

} // namespace hookline
