#pragma once

#include <QByteArray>
#include <QMutex>
#include <QString>

namespace hookline {

// The local API's bearer token: generated on first start into DATA_DIR/api-token (mode 0600),
// read on later starts, replaced on request (Settings → Regenerate). Any thread may check it;
// comparisons take constant time.
class ApiToken
{
public:
    explicit ApiToken(QString filePath);

    // Reads the token, creating the file if needed; false with `error` set on failure.
    bool load(QString *error);
    // Writes a new token; the old one stops working at once. False with `error` set (and the old
    // token still valid) when the file cannot be written.
    bool regenerate(QString *error);
    QByteArray value() const;
    QString filePath() const { return m_filePath; }

    bool matches(const QByteArray &authorizationHeader) const;

private:
    bool write(const QByteArray &token, QString *error);

    QString m_filePath;
    mutable QMutex m_mutex;
    QByteArray m_token;
};

} // namespace hookline
