#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace hookline {

struct StoreConnection;

// The answer to one job: a value, or an error in words (and the field it concerns, when a
// validation rejected the input).
template<typename T> struct Outcome
{
    std::optional<T> value;
    QString error;
    QString field;

    bool ok() const { return value.has_value(); }
};

// Runs store work for the desktop in a thread of its own, with its own database connection, so
// the GUI thread never waits on SQL or the disk. Jobs run one after another in the order they
// were posted; each answer is delivered in the GUI thread, and only while its context object
// still exists.
class StoreWorker
{
public:
    // `threadName` tells the worker apart in a debugger.
    StoreWorker(QString databasePath, QString attachmentsPath,
                const QString &threadName = QStringLiteral("hookline-desktop-store"));
    ~StoreWorker(); // finishes the job under way, drops the rest, joins the thread

    template<typename T>
    void run(QObject *context, std::function<T(StoreConnection &)> job,
             std::function<void(const Outcome<T> &)> done)
    {
        post([job = std::move(job), done = std::move(done), guard = QPointer<QObject>(context)](
                 StoreConnection *store, const QString &openError) {
            auto outcome = std::make_shared<Outcome<T>>();
            if (!store)
                outcome->error = openError;
            else
                capture(outcome->error, outcome->field, [&] { outcome->value = job(*store); });
            return std::function<void()>([guard, done, outcome] {
                if (guard)
                    done(*outcome);
            });
        });
    }

    // Waits until every job posted so far has run and its answer was delivered; for tests and
    // shutdown only, never from a slot the user triggers.
    void drain();

private:
    using Job = std::function<std::function<void()>(StoreConnection *, const QString &)>;
    void post(Job job);
    // Runs `work`, turning the store's exceptions into an error message and field.
    static void capture(QString &error, QString &field, const std::function<void()> &work);

    class Runner;
    QThread m_thread;
    Runner *m_runner;
    QObject m_replies; // lives in the creating (GUI) thread; answers are queued to it
};

} // namespace hookline
