#pragma once

#include <QByteArray>
#include <QString>

namespace hookline {

// The local API's bearer token: generated on first start into DATA_DIR/api-token (mode 0600),
// read on later starts. Compared in constant time.
namespace ApiToken {

// Returns the token, creating the file if needed; empty with `error` set on failure.
QByteArray loadOrCreate(const QString &filePath, QString *error);
bool matches(const QByteArray &expected, const QByteArray &authorizationHeader);

} // namespace ApiToken

} // namespace hookline
