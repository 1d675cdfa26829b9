#pragma once

#include "domain/attemptrecord.h"
#include "domain/webhook.h"
#include "domain/webhookheader.h"

#include <QHash>
#include <QNetworkRequest>
#include <QObject>

#include <map>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace hookline {

struct OutgoingRequest
{
    quint64 tag = 0; // the caller's handle, echoed in finished()
    QString url;
    HttpHeaders headers;
    // The last this many headers are the webhook's own (API keys): sent as they are, recorded
    // as REDACTED whatever their names.
    qsizetype secretHeaders = 0;
    QByteArray body;
    int timeoutMs = 15000;
    SuccessRule successRule = SuccessRule::Any2xx;
};

// Sends webhook POSTs with one QNetworkAccessManager and reports each as a complete
// AttemptRecord. Redirects are never followed (a 3xx is an error that names the Location),
// the whole request has a deadline, and at most AttemptRecord::maxResponseBody bytes of a
// response are read, so a receiver that streams gigabytes costs nothing. Lives in the engine
// thread.
class Dispatcher : public QObject
{
    Q_OBJECT
public:
    explicit Dispatcher(QObject *parent = nullptr);
    ~Dispatcher() override;

    // `record` carries the ids and start time; the dispatcher fills in the rest.
    void send(const OutgoingRequest &request, AttemptRecord record);
    int inFlight() const { return int(m_replies.size()); }

    // What a log, an export or an e-mail shows in place of a credential.
    static constexpr char redacted[] = "REDACTED";
    // Values of these request headers never reach a log or an export (nor do those of
    // OutgoingRequest::secretHeaders).
    static bool isSecretHeader(const QByteArray &name);
    static QString redactedUrl(const QString &url);
    // Whether the record hides a credential that withCredentials could put back.
    static bool hidesCredentials(const AttemptRecord &record);
    // The record as it was sent, for a person who asks for it (Copy as cURL with credentials):
    // REDACTED values of the webhook's own headers, matched by name, and the URL's credentials,
    // where the record's URL is the webhook's URL redacted. What no longer matches stays
    // REDACTED.
    static AttemptRecord withCredentials(AttemptRecord record, const QString &webhookUrl,
                                         const QList<WebhookHeader> &headers);

Q_SIGNALS:
    void finished(quint64 tag, const hookline::AttemptRecord &record);

private:
    using Deadlines = std::multimap<qint64, QNetworkReply *>; // monotonic ns → reply
    struct InFlight
    {
        OutgoingRequest request;
        AttemptRecord record;
        qint64 startedNs = 0;
        Deadlines::iterator deadline;
        bool timedOut = false;
        bool capped = false;
    };

    void onReadyRead(QNetworkReply *reply);
    void onFinished(QNetworkReply *reply);
    void complete(InFlight &&state);
    // Aborts the replies whose deadline passed and arms the timer for the next one.
    void expire();
    void armDeadlineTimer();

    QNetworkAccessManager *m_network;
    // What every request shares, set once: copying it is cheaper than setting it each time.
    QNetworkRequest m_template;
    QHash<QNetworkReply *, InFlight> m_replies;
    // One timer for every request's deadline instead of a timer per request.
    Deadlines m_deadlines;
    QTimer *m_deadlineTimer;
};

} // namespace hookline
