#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace hookline {

// The folder that holds one workspace: database, attachments, API token, lock file.
// Only one engine may run on a folder at a time; readers such as `export-log` do not lock.
class DataDirectory
{
public:
    explicit DataDirectory(QString path);
    ~DataDirectory();

    // The folder given on the command line, or the per-user default.
    static QString defaultPath();

    // Creates the folder if needed and proves it is writable. On failure `error` names the
    // folder and the reason.
    bool prepare(QString *error);

    // Takes the single-instance lock. On failure `error` says who holds it.
    bool lock(QString *error);

    QString path() const { return m_path; }
    QString databasePath() const;
    QString attachmentsPath() const;
    QString filePath(const QString &name) const;

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace hookline
