#include "inspector.h"

#include <QRegularExpression>

namespace hookline {

Inspector::Inspector(QObject *parent)
    : QObject(parent)
{
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

InspectorAnswer Inspector::record(InspectedRequest request)
{
    const QString name = request.bin;
    qint64 id = 0;
    InspectorAnswer answer;
    {
        QMutexLocker lock(&m_mutex);
        // Past the limit of names a new one is answered but not kept: a scan of random paths
        // must not grow memory without bound.
        if (!m_bins.contains(name) && m_bins.size() >= maxBins)
            return answer;
        Bin &bin = m_bins[name];
        answer = bin.answer;
        id = m_nextId++;
        request.id = id;
        request.answeredStatus = answer.status;
        request.delayMs = answer.delayMs;
        request.bodySize = request.body.size();
        if (request.body.size() > maxBodyBytes) {
            request.body.truncate(maxBodyBytes);
            request.bodyTruncated = true;
        }
        bin.requests.push_back(std::move(request));
        while (bin.requests.size() > size_t(maxRequestsPerBin))
            bin.requests.pop_front();
    }
    Q_EMIT requestReceived(name, id);
    return answer;
}

void Inspector::setAnswer(const QString &bin, InspectorAnswer answer)
{
    QMutexLocker lock(&m_mutex);
    m_bins[bin].answer = answer;
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

void Inspector::addBin(const QString &bin)
{
    QMutexLocker lock(&m_mutex);
    m_bins[bin];
}

void Inspector::clear(const QString &bin)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_bins.find(bin);
    if (it != m_bins.end())
        it->requests.clear();
}

} // namespace hookline
