#pragma once

#include "domain/attemptrecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>

#include <deque>
#include <optional>

namespace hookline {

// One request that reached an inspector URL, as received.
struct InspectedRequest
{
    qint64 id = 0;
    QString bin;
    QDateTime at;
    QString method;
    QString target; // path and query
    QString remoteAddress;
    HttpHeaders headers;
    QByteArray body;
    qint64 bodySize = 0; // as received, before any truncation
    bool bodyTruncated = false;
    int answeredStatus = 0;
    int delayMs = 0;
};

// How an inspector URL answers: a person sets these to watch retries and an auto-disable happen,
// or gives a response of their own to see how a sender reads it. Without a content type the
// answer is {"status": N} as JSON; with one, `body` as it is, under that Content-Type.
struct InspectorAnswer
{
    int status = 200;
    int delayMs = 0;
    QByteArray body;
    QString contentType; // empty: the {"status": N} answer, and `body` must be empty too

    bool operator==(const InspectorAnswer &) const = default;
};

// How much the Inspector may hold. It takes requests from anyone who can reach the port (no
// token: outside webhooks post to it), so memory is bounded per name and in all; the oldest
// requests make room for new ones.
struct InspectorLimits
{
    int maxRequestsPerBin = 500;
    qint64 maxBytesPerBin = 8 * 1024 * 1024;
    qint64 maxBytesTotal = 64 * 1024 * 1024;
    qint64 keptBodyBytes = 1024 * 1024; // per request; the rest is counted, not kept
    int maxBins = 100;

    // The same proportions for a total of `megabytes` (hookline --inspector-memory).
    static InspectorLimits forMemory(qint64 megabytes);
};

// The built-in receiver behind /inspect/<name> on the local server: it keeps the newest requests
// of each name in memory (a testing aid, not a store) and answers as configured. Any thread may
// call it; requestReceived is emitted in the server thread that took the request.
class Inspector : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxDelayMs = 120000;
    // A custom answer's body is kept per name and sent on every request: small enough for both.
    static constexpr qsizetype maxAnswerBodyBytes = 64 * 1024;
    static constexpr qsizetype maxContentTypeLength = 255;

    // What is wrong with an answer, so the window can say it in its own words.
    enum class AnswerProblem {
        None,
        InvalidStatus,
        InvalidDelay,
        BodyTooLarge,
        BodyWithoutContentType,
        ContentTypeTooLong,
        ContentTypeNotPrintable, // control characters (CR/LF: header injection) or non-ASCII
        ContentTypeNotMime, // not type/subtype
    };

    explicit Inspector(InspectorLimits limits = {}, QObject *parent = nullptr);

    const InspectorLimits &limits() const { return m_limits; }

    // 1–64 letters, digits, '-' or '_': safe in a URL path and in a file name.
    static bool isValidName(const QString &name);
    // Where a name receives on the local server at `serverUrl` ("http://127.0.0.1:8787").
    static QString url(const QString &serverUrl, const QString &name);
    // A status an HTTP server may send (100–599, not 1xx, which would confuse the sender).
    static bool isValidStatus(int status);
    // The first thing wrong with `answer`; None when it may be set.
    static AnswerProblem answerProblem(const InspectorAnswer &answer);
    // The same in English words naming the problem; empty when the answer may be set.
    static QString answerError(const InspectorAnswer &answer);

    // Records the request and returns how to answer it; the answer's delay is the caller's.
    InspectorAnswer record(InspectedRequest request);

    // False, and the answer unchanged, when answerProblem() finds something wrong with it.
    bool setAnswer(const QString &bin, InspectorAnswer answer);
    InspectorAnswer answer(const QString &bin) const;
    // Newest last.
    QList<InspectedRequest> requests(const QString &bin) const;
    // The same without headers and bodies: cheap to list on every arrival.
    QList<InspectedRequest> summaries(const QString &bin) const;
    std::optional<InspectedRequest> request(const QString &bin, qint64 id) const;
    QStringList bins() const;
    // How many requests each name holds now.
    QHash<QString, int> counts() const;
    // Makes a name known before anything arrives, so the page can offer it.
    void addBin(const QString &bin);
    void clear(const QString &bin);
    // Forgets a name and its requests; a later request to it makes it again.
    void removeBin(const QString &bin);

Q_SIGNALS:
    void requestReceived(const QString &bin, qint64 id);

private:
    struct Bin
    {
        InspectorAnswer answer;
        std::deque<InspectedRequest> requests;
        qint64 bytes = 0;
    };
    static qint64 footprint(const InspectedRequest &request);
    void dropOldest(Bin &bin);
    void dropOldestAnywhere();

    const InspectorLimits m_limits;
    mutable QMutex m_mutex;
    QHash<QString, Bin> m_bins;
    qint64 m_bytes = 0;
    qint64 m_nextId = 1;
};

} // namespace hookline
