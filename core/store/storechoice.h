#pragma once

#include <QString>

namespace hookline {

class DataDirectory;

// Which store a workspace uses when --database does not say: the PostgreSQL URL that Settings
// wrote to DATA_DIR/store.conf (applies at the next start), or the SQLite file. The password for
// that URL, when libpq's PGPASSWORD and ~/.pgpass do not give it, is kept by the SecretStore
// (the keyring, or an owner-only file), never in the URL.
namespace StoreChoice {

// The URL in DATA_DIR/store.conf; empty when there is none.
QString configured(const QString &dataDirectory);
// Writes the choice, the URL checked first; a password given is stored. An empty URL goes back
// to the SQLite file and forgets the stored password.
bool save(const QString &dataDirectory, const QString &url, const QString &password,
          QString *error);
// Hands a stored password for the directory's PostgreSQL store to Database. Blocks on the
// keyring for at most a few seconds: call it before windows exist or off the GUI thread.
void usePassword(const DataDirectory &directory);

} // namespace StoreChoice

} // namespace hookline
