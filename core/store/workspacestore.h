#pragma once

#include "domain/workspace.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace hookline {

class Database;

// The workspace's owner, teammates and settings. Throws StoreError when the database fails.
class WorkspaceStore
{
public:
    explicit WorkspaceStore(Database &database);

    WorkspaceSettings settings();
    void setSettings(const WorkspaceSettings &settings);

    QList<Teammate> teammates();
    std::optional<Teammate> teammate(qint64 id);
    // Adds a teammate, or renames the one with the same e-mail; returns its id.
    qint64 upsertTeammate(const QString &fullName, const QString &email);
    void removeTeammate(qint64 id);
    void setChatResponsible(qint64 chatId, qint64 teammateId);

    // The secret that signs chat links and attachment URLs; created on first use.
    QByteArray linkKey();

private:
    QString value(const QString &key, const QString &fallback);
    void setValue(const QString &key, const QString &value);

    Database &m_database;
};

} // namespace hookline
