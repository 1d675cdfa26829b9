#include "dispatcher.h"

#include "hookline/version.h"
#include "logcategories.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

qint64 monotonicNs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.nsecsElapsed();
}

QString transportError(QNetworkReply *reply)
{
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return u"connection refused"_s;
    case QNetworkReply::HostNotFoundError:
        return u"unknown host"_s;
    case QNetworkReply::RemoteHostClosedError:
        return u"connection closed by the receiver before a response"_s;
    case QNetworkReply::SslHandshakeFailedError:
        return u"TLS handshake failed: "_s + reply->errorString();
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return u"network unavailable"_s;
    default:
        return reply->errorString();
    }
}

} // namespace

Dispatcher::Dispatcher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_deadlineTimer(new QTimer(this))
{
    m_template.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                            QNetworkRequest::ManualRedirectPolicy);
    m_template.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                            QNetworkRequest::AlwaysNetwork);
    m_template.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    m_template.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    m_template.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    // Qt 6.4 writes each HTTP/2 frame on its own without TCP_NODELAY: against a receiver that
    // delays its ACKs every request stalled ~40 ms (131 instead of 2,600 requests/s over TLS,
    // docs/PERFORMANCE.md). HTTP/1.1 over keep-alive connections has no such stall.
    m_template.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    m_deadlineTimer->setSingleShot(true);
    connect(m_deadlineTimer, &QTimer::timeout, this, &Dispatcher::expire);
}

Dispatcher::~Dispatcher()
{
    for (auto it = m_replies.begin(); it != m_replies.end(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
    }
}

bool Dispatcher::isSecretHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "authorization" || lower == "proxy-authorization" || lower == "cookie"
        || lower == "x-api-key";
}

QString Dispatcher::redactedUrl(const QString &url)
{
    QUrl parsed(url);
    if (!parsed.isValid() || parsed.userInfo().isEmpty())
        return url;
    // A user name alone is often the credential itself (https://TOKEN@host/).
    parsed.setUserName(QString::fromLatin1(redacted));
    if (!parsed.password().isEmpty())
        parsed.setPassword(QString::fromLatin1(redacted));
    return parsed.toString();
}

bool Dispatcher::hidesCredentials(const AttemptRecord &record)
{
    return record.url.contains(QLatin1String(redacted))
        || std::any_of(record.requestHeaders.cbegin(), record.requestHeaders.cend(),
                       [](const auto &h) { return h.second == redacted; });
}

AttemptRecord Dispatcher::withCredentials(AttemptRecord record, const QString &webhookUrl,
                                          const QList<WebhookHeader> &headers)
{
    if (record.url != webhookUrl && record.url == redactedUrl(webhookUrl))
        record.url = webhookUrl;
    for (auto &[name, value] : record.requestHeaders) {
        if (value != redacted)
            continue;
        const QString sent = QString::fromLatin1(name);
        for (const WebhookHeader &h : headers) {
            if (h.name.compare(sent, Qt::CaseInsensitive) == 0) {
                value = h.value.toUtf8();
                break;
            }
        }
    }
    return record;
}

void Dispatcher::send(const OutgoingRequest &request, AttemptRecord record)
{
    record.url = redactedUrl(request.url);
    const qsizetype firstSecret = request.headers.size() - request.secretHeaders;
    for (qsizetype i = 0; i < request.headers.size(); ++i) {
        const auto &[name, value] = request.headers.at(i);
        const bool secret = i >= firstSecret || isSecretHeader(name);
        record.requestHeaders.append({name, secret ? QByteArray(redacted) : value});
    }
    record.requestBody = request.body;

    InFlight state {request, std::move(record), monotonicNs(), m_deadlines.end(), false, false};
    const QUrl url(request.url, QUrl::StrictMode);
    QString invalid;
    if (!url.isValid())
        invalid = u"invalid URL: "_s + url.errorString();
    else if (url.scheme() != u"http"_s && url.scheme() != u"https"_s)
        invalid = u"invalid URL: the scheme must be http or https"_s;
    else if (url.host().isEmpty())
        invalid = u"invalid URL: no host"_s;
    if (!invalid.isEmpty()) {
        state.record.error = invalid;
        // Reported from the event loop like every other outcome, never re-entrantly.
        QTimer::singleShot(
            0, this, [this, state = std::move(state)]() mutable { complete(std::move(state)); });
        return;
    }

    QNetworkRequest req = m_template;
    req.setUrl(url);
    for (const auto &[name, value] : request.headers)
        req.setRawHeader(name, value);

    QNetworkReply *reply = m_network->post(req, request.body);
    // Bounds what Qt buffers for us; we read (and drop past the cap) as data arrives.
    reply->setReadBufferSize(AttemptRecord::maxResponseBody + 1);
    // The whole exchange has one deadline, so a slow trickle ends too (not only silence).
    state.deadline
        = m_deadlines.emplace(state.startedNs + qint64(request.timeoutMs) * 1000000, reply);
    m_replies.insert(reply, std::move(state));
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    // Where the time went, as far as Qt tells: shown beside the response on the Deliveries page.
    const auto mark = [this, reply](qint64 AttemptTimings::*step) {
        const auto it = m_replies.find(reply);
        if (it != m_replies.end() && it->record.timings.*step < 0)
            it->record.timings.*step = (monotonicNs() - it->startedNs) / 1000000;
    };
    connect(reply, &QNetworkReply::socketStartedConnecting, this,
            [mark] { mark(&AttemptTimings::connectStartMs); });
    connect(reply, &QNetworkReply::encrypted, this, [mark] { mark(&AttemptTimings::tlsDoneMs); });
    connect(reply, &QNetworkReply::requestSent, this,
            [mark] { mark(&AttemptTimings::requestSentMs); });
    connect(reply, &QNetworkReply::metaDataChanged, this,
            [mark] { mark(&AttemptTimings::firstByteMs); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    if (m_deadlines.begin()->second == reply)
        armDeadlineTimer();
}

void Dispatcher::armDeadlineTimer()
{
    if (m_deadlines.empty()) {
        m_deadlineTimer->stop();
        return;
    }
    const qint64 waitNs = m_deadlines.begin()->first - monotonicNs();
    // Rounded up: a timer that fires a little early would find nothing due and spin.
    m_deadlineTimer->start(int(std::max<qint64>(0, (waitNs + 999999) / 1000000)));
}

void Dispatcher::expire()
{
    const qint64 now = monotonicNs();
    QList<QNetworkReply *> due;
    while (!m_deadlines.empty() && m_deadlines.begin()->first <= now) {
        QNetworkReply *reply = m_deadlines.begin()->second;
        m_deadlines.erase(m_deadlines.begin());
        auto it = m_replies.find(reply);
        it->timedOut = true;
        it->deadline = m_deadlines.end();
        due.append(reply);
    }
    armDeadlineTimer();
    for (QNetworkReply *reply : std::as_const(due)) {
        if (m_replies.contains(reply))
            reply->abort(); // reported through onFinished() as a timeout
    }
}

void Dispatcher::onReadyRead(QNetworkReply *reply)
{
    auto it = m_replies.find(reply);
    if (it == m_replies.end() || !reply->isOpen())
        return;
    QByteArray &body = it->record.responseBody;
    const qsizetype room = AttemptRecord::maxResponseBody - body.size();
    body += reply->read(qMax<qsizetype>(room, 0));
    if (reply->bytesAvailable() > 0 && !it->capped) {
        // The status and headers are in; the rest of a huge body is of no use to anyone.
        it->capped = true;
        it->record.responseTruncated = true;
        reply->abort();
    }
}

void Dispatcher::onFinished(QNetworkReply *reply)
{
    auto it = m_replies.find(reply);
    if (it == m_replies.end())
        return;
    onReadyRead(reply);
    InFlight state = std::move(it.value());
    m_replies.erase(it);
    if (state.deadline != m_deadlines.end()) {
        const bool wasFirst = state.deadline == m_deadlines.begin();
        m_deadlines.erase(state.deadline);
        if (wasFirst)
            armDeadlineTimer();
    }
    reply->deleteLater();

    AttemptRecord &r = state.record;
    r.durationMs = (monotonicNs() - state.startedNs) / 1000000;
    r.responseStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        r.responseHeaders.append({name, value});

    if (state.timedOut) {
        r.error = u"timeout: no complete response within %1 ms"_s.arg(state.request.timeoutMs);
    } else if (r.responseStatus == 0) {
        r.error = transportError(reply);
    } else if (r.responseStatus >= 300 && r.responseStatus < 400) {
        const QByteArray location = reply->rawHeader("Location");
        r.error = u"redirect %1 to %2 (redirects are not followed; update the webhook URL)"_s.arg(
            QString::number(r.responseStatus),
            location.isEmpty() ? u"(no Location)"_s : QString::fromLatin1(location));
    } else {
        const bool ok = state.request.successRule == SuccessRule::Exactly200
            ? r.responseStatus == 200
            : r.responseStatus >= 200 && r.responseStatus < 300;
        // Qt 6.4 sometimes finishes a reply whose connection closed mid-body without an error:
        // the declared length is the only witness. (A compressed body is measured after Qt
        // inflated it, so the check needs an identity encoding.)
        const QByteArray declared = reply->rawHeader("Content-Length");
        bool lengthOk = false;
        const qint64 expected = declared.trimmed().toLongLong(&lengthOk);
        const bool cutShort = !state.capped && lengthOk
            && reply->rawHeader("Content-Encoding").isEmpty() && r.responseBody.size() < expected;
        if (ok && cutShort) {
            r.error = u"HTTP %1 but the response broke off after %2 of %3 bytes"_s.arg(
                QString::number(r.responseStatus), QString::number(r.responseBody.size()),
                QString::number(expected));
        } else if (ok && (reply->error() == QNetworkReply::NoError || state.capped)) {
            r.success = true;
        } else if (ok) {
            r.error = u"HTTP %1 but the response broke off: %2"_s.arg(
                QString::number(r.responseStatus), transportError(reply));
        } else {
            const QString reason
                = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            r.error = u"HTTP %1%2%3"_s.arg(QString::number(r.responseStatus),
                                           reason.isEmpty() ? QString() : u" "_s, reason);
            if (state.request.successRule == SuccessRule::Exactly200 && r.responseStatus < 300)
                r.error += u" (this webhook accepts only 200)"_s;
        }
    }
    complete(std::move(state));
}

void Dispatcher::complete(InFlight &&state)
{
    qCDebug(lcDelivery) << "attempt" << state.record.webhookMessageId << "to" << state.record.url
                        << (state.record.success ? u"ok"_s : state.record.error);
    Q_EMIT finished(state.request.tag, state.record);
}

} // namespace hookline
