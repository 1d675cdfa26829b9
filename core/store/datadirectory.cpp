#include "datadirectory.h"

#include "logcategories.h"
#include "storechoice.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

// Removes group and other access from `path` (never following a link); true if it had any.
bool makePrivate(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st
    {
    };
    if (lstat(native.constData(), &st) != 0 || S_ISLNK(st.st_mode) || (st.st_mode & 077) == 0)
        return false;
    return chmod(native.constData(), st.st_mode & 0700) == 0;
}

} // namespace

DataDirectory::DataDirectory(QString path, QString database)
    : m_path(QDir::cleanPath(QDir(path).absolutePath()))
    , m_database(database.isEmpty() ? StoreChoice::configured(m_path) : std::move(database))
{
}

DataDirectory::~DataDirectory() = default;

QString DataDirectory::defaultPath()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + u"/hookline"_s;
}

bool DataDirectory::prepare(QString *error)
{
    QFileInfo info(m_path);
    if (info.exists() && !info.isDir()) {
        *error = u"data directory %1 exists but is not a folder"_s.arg(m_path);
        return false;
    }
    if (!info.exists() && !QDir().mkpath(m_path)) {
        *error = u"cannot create data directory %1 (check the parent folder's permissions)"_s.arg(
            m_path);
        return false;
    }
    // isWritable() trusts permission bits; a probe file also catches read-only mounts and quotas.
    QTemporaryFile probe(m_path + u"/.write-probe-XXXXXX"_s);
    if (!probe.open() || probe.write("ok", 2) != 2 || !probe.flush()) {
        *error = u"data directory %1 is not writable: %2"_s.arg(m_path, probe.errorString());
        return false;
    }
    tightenPermissions();
    return true;
}

void DataDirectory::tightenPermissions() const
{
    // Messages, signing secrets and the link key are in here: the folder and everything in it
    // belong to its user alone, also when an older Hookline or a copy made them readable.
    int tightened = makePrivate(m_path) ? 1 : 0;
    QDirIterator it(m_path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (makePrivate(it.next()))
            ++tightened;
    }
    if (tightened > 0) {
        qCInfo(lcStore) << "made" << tightened << "files and folders in" << m_path
                        << "private to their owner (others could read them)";
    }
}

bool DataDirectory::lock(QString *error)
{
    m_lock = std::make_unique<QLockFile>(filePath(u"hookline.lock"_s));
    // An engine holds the lock for days: never expire it by age. A lock whose pid is gone is
    // still detected as stale, so a killed instance does not block the next start.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0))
        return true;
    if (m_lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        m_lock->getLockInfo(&pid, &host, &app);
        *error = u"another Hookline instance (pid %1 on %2) is already using data directory %3"_s
                     .arg(pid)
                     .arg(host.isEmpty() ? u"this host"_s : host, m_path);
    } else {
        *error = u"cannot create lock file in data directory %1"_s.arg(m_path);
    }
    m_lock.reset();
    return false;
}

QString DataDirectory::storeLocation() const
{
    if (!m_database.isEmpty())
        return m_database;
    return filePath(u"hookline.sqlite"_s);
}

QString DataDirectory::attachmentsPath() const
{
    return filePath(u"attachments"_s);
}

QString DataDirectory::filePath(const QString &name) const
{
    return m_path + u'/' + name;
}

} // namespace hookline
