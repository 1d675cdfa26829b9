#include "apitoken.h"

#include "constanttime.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace hookline {

QByteArray ApiToken::loadOrCreate(const QString &filePath, QString *error)
{
    QFile existing(filePath);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            *error = u"cannot read the API token %1: %2"_s.arg(filePath, existing.errorString());
            return {};
        }
        const QByteArray token = existing.readAll().trimmed();
        if (token.size() >= 32)
            return token;
        *error
            = u"the API token in %1 is too short; delete the file to get a new one"_s.arg(filePath);
        return {};
    }
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    const QByteArray token
        = raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QSaveFile file(filePath);
    // Owner only, from the first byte on disk.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(token + '\n') != token.size() + 1 || !file.commit()) {
        *error = u"cannot write the API token %1: %2"_s.arg(filePath, file.errorString());
        return {};
    }
    return token;
}

bool ApiToken::matches(const QByteArray &expected, const QByteArray &authorizationHeader)
{
    static constexpr char prefix[] = "Bearer ";
    if (expected.isEmpty() || !authorizationHeader.startsWith(prefix))
        return false;
    return constantTimeEquals(authorizationHeader.mid(int(sizeof prefix) - 1).trimmed(), expected);
}

} // namespace hookline
