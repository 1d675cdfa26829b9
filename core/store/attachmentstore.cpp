#include "attachmentstore.h"

#include "storeerror.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace hookline {

AttachmentStore::AttachmentStore(QString rootPath)
    : m_rootPath(std::move(rootPath))
{
}

bool AttachmentStore::isValidDigest(const QString &sha256)
{
    if (sha256.size() != 64)
        return false;
    return std::all_of(sha256.cbegin(), sha256.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}

QString AttachmentStore::filePath(const QString &sha256) const
{
    // The digest is validated so a crafted value can never walk out of the folder.
    Q_ASSERT(isValidDigest(sha256));
    return m_rootPath + u'/' + QStringView(sha256).left(2) + u'/' + sha256;
}

QString AttachmentStore::put(const QByteArray &bytes)
{
    const QString digest
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QString path = filePath(digest);
    QFile existing(path);
    if (existing.exists() && existing.size() == bytes.size())
        return digest;

    if (!QDir().mkpath(m_rootPath + u'/' + QStringView(digest).left(2)))
        throw StoreError(u"cannot create attachment folder under %1"_s.arg(m_rootPath));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        // QFile reports ENOSPC (and EDQUOT) as a resource error.
        throw StoreError(u"cannot store attachment %1: %2"_s.arg(path, file.errorString()),
                         file.error() == QFileDevice::ResourceError ? StoreError::Kind::DiskFull
                                                                    : StoreError::Kind::Failure);
    }
    return digest;
}

QByteArray AttachmentStore::read(const QString &sha256) const
{
    if (!isValidDigest(sha256))
        throw StoreError(u"invalid attachment digest \"%1\""_s.arg(sha256.left(80)));
    QFile file(filePath(sha256));
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(
            u"cannot read attachment %1: %2"_s.arg(file.fileName(), file.errorString()));
    return file.readAll();
}

} // namespace hookline
