#include "secretstore.h"

#include "logcategories.h"

#include <qt6keychain/keychain.h>

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QThread>

#include <future>
#include <memory>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

constexpr auto service = "Hookline";
constexpr int keyringTimeoutMs = 5000;

struct JobResult
{
    bool ok = false;
    QString text; // read jobs: the secret
    QString error;
};

// QtKeychain is not thread-safe: its job queue is a singleton QObject that lives in the thread
// that first used it and posts work to itself there. Every job therefore runs in one thread of
// its own with a running event loop, and callers wait for the result. Deliberately never
// destroyed: it must outlive every caller, up to process exit.
QObject *keyringContext()
{
    static QObject *context = [] {
        auto *thread = new QThread;
        thread->setObjectName(u"hookline-keyring"_s);
        auto *object = new QObject;
        object->moveToThread(thread);
        thread->start();
        return object;
    }();
    return context;
}

// Runs a QtKeychain job (made by `create` in the keyring thread) and waits for its outcome.
template<typename Create> JobResult runJob(Create create)
{
    auto promise = std::make_shared<std::promise<JobResult>>();
    auto future = promise->get_future();
    QMetaObject::invokeMethod(
        keyringContext(),
        [create, promise] {
            QKeychain::Job *job = create();
            job->setAutoDelete(true);
            QObject::connect(job, &QKeychain::Job::finished, job, [promise](QKeychain::Job *done) {
                JobResult result;
                result.ok = done->error() == QKeychain::NoError;
                result.error = done->errorString();
                if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                    result.text = read->textData();
                promise->set_value(result);
            });
            job->start();
        },
        Qt::QueuedConnection);
    if (future.wait_for(std::chrono::milliseconds(keyringTimeoutMs)) != std::future_status::ready) {
        qCWarning(lcStore) << "the system keyring did not answer within" << keyringTimeoutMs
                           << "ms";
        return {false, {}, u"the system keyring did not answer"_s};
    }
    return future.get();
}

} // namespace

SecretStore::SecretStore(QString dataDirectory)
    : m_dataDirectory(std::move(dataDirectory))
{
}

QString SecretStore::locationName(Location location)
{
    switch (location) {
    case Location::Keyring:
        return u"keyring"_s;
    case Location::File:
        return u"file"_s;
    case Location::Nowhere:
        break;
    }
    return u"none"_s;
}

QString SecretStore::keyringKey(const QString &name) const
{
    // One keyring holds the secrets of every workspace on the machine.
    return name + u'@' + QDir(m_dataDirectory).absolutePath();
}

QString SecretStore::filePath(const QString &name) const
{
    return m_dataDirectory + u"/secrets/"_s + name;
}

SecretStore::Location SecretStore::write(const QString &name, const QString &value, QString *error)
{
    if (value.isEmpty()) {
        runJob([key = keyringKey(name)] {
            auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(service));
            job->setKey(key);
            return job;
        });
        QFile::remove(filePath(name));
        return Location::Nowhere;
    }
    const JobResult written = runJob([key = keyringKey(name), value] {
        auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(service));
        job->setKey(key);
        job->setTextData(value);
        return job;
    });
    if (written.ok) {
        QFile::remove(filePath(name)); // no stale copy in a file once the keyring has it
        return Location::Keyring;
    }
    qCWarning(lcStore) << "no system keyring (" << written.error << "): keeping" << name
                       << "in an owner-only file";
    if (!QDir().mkpath(m_dataDirectory + u"/secrets"_s)) {
        *error = u"cannot create %1/secrets"_s.arg(m_dataDirectory);
        return Location::Nowhere;
    }
    QFile::setPermissions(m_dataDirectory + u"/secrets"_s,
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QSaveFile file(filePath(name));
    const QByteArray bytes = value.toUtf8();
    // Owner-only before the first byte is written.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = u"cannot write %1: %2"_s.arg(filePath(name), file.errorString());
        return Location::Nowhere;
    }
    return Location::File;
}

QString SecretStore::read(const QString &name, Location *location)
{
    QFile file(filePath(name));
    if (file.open(QIODevice::ReadOnly)) {
        if (location)
            *location = Location::File;
        return QString::fromUtf8(file.readAll());
    }
    const JobResult read = runJob([key = keyringKey(name)] {
        auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(service));
        job->setKey(key);
        return job;
    });
    if (read.ok) {
        if (location)
            *location = Location::Keyring;
        return read.text;
    }
    if (location)
        *location = Location::Nowhere;
    return {};
}

} // namespace hookline
