#include "inspector.h"

#include <QRegularExpression>

namespace hookline {

InspectorLimits InspectorLimits::forMemory(qint64 megabytes)
{
    InspectorLimits limits;
    limits.maxBytesTotal = megabytes * 1024 * 1024;
    limits.maxBytesPerBin = limits.maxBytesTotal / 8;
    limits.keptBodyBytes = std::min(limits.keptBodyBytes, limits.maxBytesPerBin / 8);
    return limits;
}

Inspector::Inspector(InspectorLimits limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
{
}

qint64 Inspector::footprint(const InspectedRequest &request)
{
    // The strings and lists around the bytes cost something too: counted generously.
    constexpr qint64 overhead = 512;
    qint64 bytes = overhead + request.body.size()
        + 2 * (request.target.size() + request.bin.size() + request.remoteAddress.size());
    for (const auto &[name, value] : request.headers)
        bytes += name.size() + value.size() + 64;
    return bytes;
}

void Inspector::dropOldest(Bin &bin)
{
    const qint64 bytes = footprint(bin.requests.front());
    bin.bytes -= bytes;
    m_bytes -= bytes;
    bin.requests.pop_front();
}

void Inspector::dropOldestAnywhere()
{
    Bin *oldest = nullptr;
    for (Bin &bin : m_bins) {
        if (!bin.requests.empty()
            && (!oldest || bin.requests.front().id < oldest->requests.front().id))
            oldest = &bin;
    }
    if (oldest)
        dropOldest(*oldest);
}

QString Inspector::url(const QString &serverUrl, const QString &name)
{
    return serverUrl + QStringLiteral("/inspect/") + name;
}

bool Inspector::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return pattern.match(name).hasMatch();
}

bool Inspector::isValidStatus(int status)
{
    return status >= 200 && status <= 599;
}

Inspector::AnswerProblem Inspector::answerProblem(const InspectorAnswer &answer)
{
    if (!isValidStatus(answer.status))
        return AnswerProblem::InvalidStatus;
    if (answer.delayMs < 0 || answer.delayMs > maxDelayMs)
        return AnswerProblem::InvalidDelay;
    if (answer.body.size() > maxAnswerBodyBytes)
        return AnswerProblem::BodyTooLarge;
    const QString &type = answer.contentType;
    if (type.isEmpty())
        return answer.body.isEmpty() ? AnswerProblem::None : AnswerProblem::BodyWithoutContentType;
    if (type.size() > maxContentTypeLength)
        return AnswerProblem::ContentTypeTooLong;
    // It becomes a header line: printable ASCII only, so no CR or LF can start another header.
    for (const QChar c : type) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return AnswerProblem::ContentTypeNotPrintable;
    }
    // type/subtype (RFC 6838 names), then any `; name=value` parameters (RFC 9110 tokens or
    // quoted strings), as in "text/plain; charset=utf-8".
    static const QRegularExpression mime(QStringLiteral(
        R"re(^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*)re"
        R"re((?: *; *[A-Za-z0-9!#$%&'*+.^_`|~-]+=(?:[A-Za-z0-9!#$%&'*+.^_`|~-]+|"[^"\\]*"))* *$)re"));
    if (!mime.match(type).hasMatch())
        return AnswerProblem::ContentTypeNotMime;
    return AnswerProblem::None;
}

QString Inspector::answerError(const InspectorAnswer &answer)
{
    switch (answerProblem(answer)) {
    case AnswerProblem::None:
        return {};
    case AnswerProblem::InvalidStatus:
        return QStringLiteral("the status must be from 200 to 599");
    case AnswerProblem::InvalidDelay:
        return QStringLiteral("the delay must be from 0 to %1 ms").arg(maxDelayMs);
    case AnswerProblem::BodyTooLarge:
        return QStringLiteral("the response body is %1 bytes; at most %2 bytes are allowed")
            .arg(answer.body.size())
            .arg(maxAnswerBodyBytes);
    case AnswerProblem::BodyWithoutContentType:
        return QStringLiteral("a response body needs a content type");
    case AnswerProblem::ContentTypeTooLong:
        return QStringLiteral("the content type is longer than %1 characters")
            .arg(maxContentTypeLength);
    case AnswerProblem::ContentTypeNotPrintable:
        return QStringLiteral("the content type may hold only printable ASCII characters, "
                              "no line breaks or control characters");
    case AnswerProblem::ContentTypeNotMime:
        return QStringLiteral("the content type must be a MIME type, type/subtype, such as "
                              "text/plain or application/json; charset=utf-8");
    }
    return {};
}

InspectorAnswer Inspector::record(InspectedRequest request)
{
    const QString name = request.bin;
    qint64 id = 0;
    InspectorAnswer answer;
    {
        QMutexLocker lock(&m_mutex);
        // Past the limit of names a new one is answered but not kept: a scan of random paths
        // must not grow memory without bound.
        if (!m_bins.contains(name) && m_bins.size() >= m_limits.maxBins)
            return answer;
        Bin &bin = m_bins[name];
        answer = bin.answer;
        id = m_nextId++;
        request.id = id;
        request.answeredStatus = answer.status;
        request.delayMs = answer.delayMs;
        request.bodySize = std::max(request.bodySize, qint64(request.body.size()));
        if (request.body.size() > m_limits.keptBodyBytes) {
            request.body.truncate(m_limits.keptBodyBytes);
            request.body.squeeze();
        }
        request.bodyTruncated = request.bodySize > request.body.size();
        const qint64 bytes = footprint(request);
        bin.requests.push_back(std::move(request));
        bin.bytes += bytes;
        m_bytes += bytes;
        while (bin.requests.size() > 1
               && (bin.requests.size() > size_t(m_limits.maxRequestsPerBin)
                   || bin.bytes > m_limits.maxBytesPerBin))
            dropOldest(bin);
        while (m_bytes > m_limits.maxBytesTotal && m_bytes > bin.bytes)
            dropOldestAnywhere();
    }
    Q_EMIT requestReceived(name, id);
    return answer;
}

bool Inspector::setAnswer(const QString &bin, InspectorAnswer answer)
{
    if (answerProblem(answer) != AnswerProblem::None)
        return false;
    QMutexLocker lock(&m_mutex);
    m_bins[bin].answer = std::move(answer);
    return true;
}

InspectorAnswer Inspector::answer(const QString &bin) const
{
    QMutexLocker lock(&m_mutex);
    return m_bins.value(bin).answer;
}

QList<InspectedRequest> Inspector::requests(const QString &bin) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_bins.constFind(bin);
    if (it == m_bins.constEnd())
        return {};
    return QList<InspectedRequest>(it->requests.begin(), it->requests.end());
}

QList<InspectedRequest> Inspector::summaries(const QString &bin) const
{
    QMutexLocker lock(&m_mutex);
    QList<InspectedRequest> list;
    const auto it = m_bins.constFind(bin);
    if (it == m_bins.constEnd())
        return list;
    list.reserve(qsizetype(it->requests.size()));
    for (const InspectedRequest &r : it->requests) {
        InspectedRequest summary;
        summary.id = r.id;
        summary.bin = r.bin;
        summary.at = r.at;
        summary.method = r.method;
        summary.target = r.target;
        summary.remoteAddress = r.remoteAddress;
        summary.bodySize = r.bodySize;
        summary.bodyTruncated = r.bodyTruncated;
        summary.answeredStatus = r.answeredStatus;
        summary.delayMs = r.delayMs;
        list.append(std::move(summary));
    }
    return list;
}

std::optional<InspectedRequest> Inspector::request(const QString &bin, qint64 id) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_bins.constFind(bin);
    if (it == m_bins.constEnd())
        return std::nullopt;
    for (const InspectedRequest &r : it->requests) {
        if (r.id == id)
            return r;
    }
    return std::nullopt;
}

QStringList Inspector::bins() const
{
    QMutexLocker lock(&m_mutex);
    QStringList names = m_bins.keys();
    names.sort();
    return names;
}

QHash<QString, int> Inspector::counts() const
{
    QMutexLocker lock(&m_mutex);
    QHash<QString, int> counts;
    for (auto it = m_bins.cbegin(); it != m_bins.cend(); ++it)
        counts.insert(it.key(), int(it->requests.size()));
    return counts;
}

void Inspector::addBin(const QString &bin)
{
    QMutexLocker lock(&m_mutex);
    m_bins[bin];
}

void Inspector::clear(const QString &bin)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_bins.find(bin);
    if (it != m_bins.end()) {
        m_bytes -= it->bytes;
        it->bytes = 0;
        it->requests.clear();
    }
}

void Inspector::removeBin(const QString &bin)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_bins.find(bin);
    if (it != m_bins.end()) {
        m_bytes -= it->bytes;
        m_bins.erase(it);
    }
}

} // namespace hookline
