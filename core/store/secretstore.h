#pragma once

#include <QString>

namespace hookline {

// Passwords and tokens (the SMTP password now, Cloud API tokens later) kept out of the database:
// in the system keyring through QtKeychain, or — where no keyring answers, as on a headless
// server — in a file readable by the owner only (DATA_DIR/secrets/NAME, mode 0600). Where a
// secret went is reported, so the user can be told. Blocking: it waits (at most a few seconds)
// for the keyring, so call it from a worker thread such as the engine's, never from the GUI.
class SecretStore
{
public:
    enum class Location { Nowhere, Keyring, File };

    explicit SecretStore(QString dataDirectory);

    // An empty value removes the secret.
    Location write(const QString &name, const QString &value, QString *error);
    QString read(const QString &name, Location *location = nullptr);

    static QString locationName(Location location);

private:
    QString keyringKey(const QString &name) const;
    QString filePath(const QString &name) const;

    QString m_dataDirectory;
};

} // namespace hookline
