#pragma once

#include <QWidget>

class QListWidget;

namespace hookline {

class AccountsGroup;
class CloudApiGroup;
class DesktopContext;
class ServerAccessGroup;
class StoreGroup;
class TeammatesGroup;
class WorkspaceGroup;

// The workspace's settings, one section at a time chosen from a list (ui/settings/): workspace
// and e-mail, the local server and its API token, the store, teammates, and WhatsApp accounts with
// the Cloud API connection of the selected one. Each group saves itself; the page loads what they
// show in one read and keeps it current.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(DesktopContext &context, QWidget *parent = nullptr);

    // The list of sections (workspace and e-mail, server, store, teammates, accounts).
    QListWidget *sections() const { return m_sections; }
    WorkspaceGroup *workspace() const { return m_workspace; }
    ServerAccessGroup *serverAccess() const { return m_serverAccess; }
    StoreGroup *storeGroup() const { return m_store; }
    TeammatesGroup *teammates() const { return m_teammates; }
    AccountsGroup *accounts() const { return m_accounts; }
    CloudApiGroup *cloudApi() const { return m_cloudApi; }

    // Reloads everything from the store; the workspace form loses unsaved edits.
    void reload();
    // Whether the workspace form differs from what was last loaded or saved.
    bool hasUnsavedEdits() const;

Q_SIGNALS:
    void loaded();

protected:
    // Shows what changed elsewhere (the API, other pages); unsaved edits are kept.
    void showEvent(QShowEvent *event) override;

private:
    void load(bool keepEdits);

    DesktopContext &m_context;
    bool m_loaded = false;
    bool m_loading = false;
    QListWidget *m_sections = nullptr;
    WorkspaceGroup *m_workspace = nullptr;
    ServerAccessGroup *m_serverAccess = nullptr;
    StoreGroup *m_store = nullptr;
    TeammatesGroup *m_teammates = nullptr;
    AccountsGroup *m_accounts = nullptr;
    CloudApiGroup *m_cloudApi = nullptr;
};

} // namespace hookline
