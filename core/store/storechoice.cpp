#include "storechoice.h"

#include "database.h"
#include "datadirectory.h"
#include "secretstore.h"
#include "storelocation.h"

#include <QDir>
#include <QFile>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

const QString passwordSecret = u"postgresql-password"_s;

QString confPath(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(u"store.conf"_s);
}

} // namespace

QString StoreChoice::configured(const QString &dataDirectory)
{
    if (!QFile::exists(confPath(dataDirectory)))
        return {};
    const QSettings conf(confPath(dataDirectory), QSettings::IniFormat);
    return conf.value(u"store/database"_s).toString().trimmed();
}

bool StoreChoice::save(const QString &dataDirectory, const QString &url, const QString &password,
                       QString *error)
{
    const QString trimmed = url.trimmed();
    if (!trimmed.isEmpty()) {
        const StoreLocation location = StoreLocation::parse(trimmed, error);
        if (!location.isValid())
            return false;
        if (location.backend() != StoreLocation::Backend::Postgres) {
            *error = u"the store is a postgresql://USER@HOST:PORT/DB URL, or empty for the "
                     "SQLite file in the data directory"_s;
            return false;
        }
    }
    if (!password.isEmpty() || trimmed.isEmpty()) {
        const QString kept = trimmed.isEmpty() ? QString() : password;
        if (SecretStore(dataDirectory).write(passwordSecret, kept, error)
                == SecretStore::Location::Nowhere
            && !kept.isEmpty())
            return false;
    }
    QSettings conf(confPath(dataDirectory), QSettings::IniFormat);
    if (trimmed.isEmpty())
        conf.remove(u"store/database"_s);
    else
        conf.setValue(u"store/database"_s, trimmed);
    conf.sync();
    if (conf.status() != QSettings::NoError) {
        *error = u"cannot write %1"_s.arg(confPath(dataDirectory));
        return false;
    }
    return true;
}

void StoreChoice::usePassword(const DataDirectory &directory)
{
    const QString location = directory.storeLocation();
    if (!StoreLocation::looksLikeUrl(location))
        return;
    const QString password = SecretStore(directory.path()).read(passwordSecret);
    if (!password.isEmpty())
        Database::usePassword(location, password);
}

} // namespace hookline
