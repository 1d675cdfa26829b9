#pragma once

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <map>

class QThread;

namespace hookline {

// Tests answered in another thread (a webhook's by the engine, the test e-mail by the notifier):
// each caller leaves a callback and gets the tag the answer will carry, so no caller ever sees
// another's answer and nobody hands out tags by hand. Thread-safe.
class PendingTests
{
public:
    using Done = std::function<void(bool ok, const QString &outcome)>;

    // `done` runs once in `context`'s thread, and not at all if the object is gone by then; or at
    // once in the answering thread when `context` is null (a server thread waiting on a promise).
    quint64 add(QObject *context, Done done);
    // The answer for `tag`; an unknown tag (answered already) is ignored.
    void finish(quint64 tag, bool ok, const QString &outcome);

private:
    struct Waiting
    {
        QPointer<QObject> context;
        QThread *thread = nullptr; // the context's, where its QPointer may be read safely
        Done done;
    };

    QMutex m_mutex;
    quint64 m_next = 0;
    std::map<quint64, Waiting> m_waiting;
};

} // namespace hookline
