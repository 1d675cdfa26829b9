#include "attemptrecord.h"

#include <QStringList>

namespace hookline {

QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString AttemptTimings::toText() const
{
    if (isEmpty())
        return {};
    return QStringList {QString::number(connectStartMs), QString::number(tlsDoneMs),
                        QString::number(requestSentMs), QString::number(firstByteMs)}
        .join(u',');
}

AttemptTimings AttemptTimings::fromText(const QString &text)
{
    AttemptTimings t;
    const QStringList parts = text.split(u',');
    if (parts.size() != 4)
        return t;
    // A damaged value reads as "not measured", never as a wrong time.
    const auto read = [](const QString &part) {
        bool ok = false;
        const qint64 v = part.toLongLong(&ok);
        return ok && v >= 0 ? v : qint64(-1);
    };
    t.connectStartMs = read(parts.at(0));
    t.tlsDoneMs = read(parts.at(1));
    t.requestSentMs = read(parts.at(2));
    t.firstByteMs = read(parts.at(3));
    return t;
}

} // namespace hookline
