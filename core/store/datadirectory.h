#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace hookline {

// The folder that holds one workspace: database, attachments, API token, lock file.
// Only one engine may run on a folder at a time; readers such as `export-log` do not lock.
// The store is the folder's SQLite file unless a PostgreSQL URL names another (--database).
class DataDirectory
{
public:
    // Without `database`, the URL that Settings chose (StoreChoice), or the SQLite file.
    explicit DataDirectory(QString path, QString database = {});
    ~DataDirectory();

    // The folder given on the command line, or the per-user default.
    static QString defaultPath();

    // Creates the folder if needed, proves it is writable and makes it and its contents private
    // to their owner (0700 folders, 0600 files). On failure `error` names the folder and the
    // reason.
    bool prepare(QString *error);

    // Takes the single-instance lock. On failure `error` says who holds it.
    bool lock(QString *error);

    QString path() const { return m_path; }
    // hookline.sqlite in the folder, or the --database URL (Database::open takes either).
    QString storeLocation() const;
    QString attachmentsPath() const;
    QString filePath(const QString &name) const;

private:
    void tightenPermissions() const;

    QString m_path;
    QString m_database;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace hookline
