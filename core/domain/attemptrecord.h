#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace hookline {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// The first value of a header, its name matched case-insensitively; empty when absent.
QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name);

// Where an attempt's time went, in ms from its start, as far as the HTTP client reports it;
// -1 for a step that did not happen (no TLS on http://, no new connection on a reused one, no
// response at all).
struct AttemptTimings
{
    qint64 connectStartMs = -1; // a new connection began (after the name lookup)
    qint64 tlsDoneMs = -1;
    qint64 requestSentMs = -1;
    qint64 firstByteMs = -1; // the response's status line and headers arrived

    bool isEmpty() const
    {
        return connectStartMs < 0 && tlsDoneMs < 0 && requestSentMs < 0 && firstByteMs < 0;
    }
    // "c,t,s,f" as stored; empty when nothing was measured.
    QString toText() const;
    static AttemptTimings fromText(const QString &text);
    bool operator==(const AttemptTimings &) const = default;
};

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
    int attemptNumber = 0; // 1 for a delivery's first attempt; 0 when not known (older logs)
    AttemptTimings timings;

    static constexpr qsizetype maxResponseBody = 64 * 1024;
};

} // namespace hookline
