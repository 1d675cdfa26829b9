#include "secretstore.h"

#include "logcategories.h"

#include <qt6keychain/keychain.h>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSaveFile>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

constexpr auto service = "Hookline";
constexpr int keyringTimeoutMs = 5000;

// Runs a QtKeychain job to completion in a local event loop; false when it failed or hung.
bool runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(keyringTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!done)
        loop.exec();
    if (!done)
        qCWarning(lcStore) << "the system keyring did not answer within" << keyringTimeoutMs
                           << "ms";
    return done && job.error() == QKeychain::NoError;
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
        QKeychain::DeletePasswordJob remove(QString::fromLatin1(service));
        remove.setKey(keyringKey(name));
        runJob(remove);
        QFile::remove(filePath(name));
        return Location::Nowhere;
    }
    QKeychain::WritePasswordJob job(QString::fromLatin1(service));
    job.setKey(keyringKey(name));
    job.setTextData(value);
    if (runJob(job)) {
        QFile::remove(filePath(name)); // no stale copy in a file once the keyring has it
        return Location::Keyring;
    }
    qCWarning(lcStore) << "no system keyring (" << job.errorString() << "): keeping" << name
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
    QKeychain::ReadPasswordJob job(QString::fromLatin1(service));
    job.setKey(keyringKey(name));
    if (runJob(job)) {
        if (location)
            *location = Location::Keyring;
        return job.textData();
    }
    if (location)
        *location = Location::Nowhere;
    return {};
}

} // namespace hookline
