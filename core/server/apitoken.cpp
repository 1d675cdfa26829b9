#include "apitoken.h"

#include "constanttime.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

QByteArray newToken()
{
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

ApiToken::ApiToken(QString filePath)
    : m_filePath(std::move(filePath))
{
}

bool ApiToken::load(QString *error)
{
    QFile existing(m_filePath);
    if (!existing.exists())
        return regenerate(error);
    if (!existing.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the API token %1: %2"_s.arg(m_filePath, existing.errorString());
        return false;
    }
    const QByteArray token = existing.readAll().trimmed();
    if (token.size() < 32) {
        *error = u"the API token in %1 is too short; delete the file to get a new one"_s.arg(
            m_filePath);
        return false;
    }
    QMutexLocker lock(&m_mutex);
    m_token = token;
    return true;
}

bool ApiToken::regenerate(QString *error)
{
    const QByteArray token = newToken();
    if (!write(token, error))
        return false;
    QMutexLocker lock(&m_mutex);
    m_token = token;
    return true;
}

QByteArray ApiToken::value() const
{
    QMutexLocker lock(&m_mutex);
    return m_token;
}

bool ApiToken::write(const QByteArray &token, QString *error)
{
    QSaveFile file(m_filePath);
    // Owner only, from the first byte on disk.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(token + '\n') != token.size() + 1 || !file.commit()) {
        *error = u"cannot write the API token %1: %2"_s.arg(m_filePath, file.errorString());
        return false;
    }
    return true;
}

bool ApiToken::matches(const QByteArray &authorizationHeader) const
{
    static constexpr char prefix[] = "Bearer ";
    const QByteArray expected = value();
    if (expected.isEmpty() || !authorizationHeader.startsWith(prefix))
        return false;
    return constantTimeEquals(authorizationHeader.mid(int(sizeof prefix) - 1).trimmed(), expected);
}

} // namespace hookline
