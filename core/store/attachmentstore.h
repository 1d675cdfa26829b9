#pragma once

#include <QByteArray>
#include <QString>

namespace hookline {

// Attachment bytes, content-addressed by SHA-256 under `<data dir>/attachments/ab/abcdef…`.
// The same file sent twice is stored once. Files are written atomically (temporary file, then
// rename) before the message that names them is committed, so a crash leaves at worst an
// unreferenced file, never a message pointing at half a file.
class AttachmentStore
{
public:
    explicit AttachmentStore(QString rootPath);

    // Stores `bytes` and returns their hex SHA-256. Throws StoreError when the disk refuses.
    QString put(const QByteArray &bytes);
    // Throws StoreError when the file is missing or unreadable.
    QByteArray read(const QString &sha256) const;
    QString filePath(const QString &sha256) const;

    static bool isValidDigest(const QString &sha256);

private:
    QString m_rootPath;
};

} // namespace hookline
