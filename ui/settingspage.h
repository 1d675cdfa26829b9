#pragma once

#include "domain/account.h"
#include "domain/cloudapiaccount.h"
#include "domain/workspace.h"
#include "service/cloudapiservice.h"
#include "store/secretstore.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimer;
class QTreeWidget;

namespace hookline {

struct ServiceError;

class DesktopContext;

// The workspace's settings: owner, SMTP (with a test e-mail), public base URL and time zone
// (one Save, checked by the same rule as PUT /api/v1/workspace), teammates and WhatsApp accounts
// (each saved by its own buttons) with the WhatsApp Cloud API connection of the selected account,
// the local server's address and the API token.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(DesktopContext &context, QWidget *parent = nullptr);

    // The list of sections (workspace and e-mail, server, store, teammates, accounts).
    QListWidget *sections() const { return m_sections; }

    // Reloads everything from the store; the form loses unsaved edits.
    void reload();
    // Whether the workspace form differs from what was last loaded or saved.
    bool hasUnsavedEdits() const;
    // Saves the owner, SMTP, public base URL and time zone fields the user changed over the
    // stored settings (so changes made elsewhere meanwhile survive); emits saved or saveFailed.
    void save();
    void sendTestEmail();
    // Replaces the API token (the button asks first); emits tokenRegenerated.
    void regenerateToken();
    void addTeammate();
    void removeTeammate(qint64 teammateId);
    void addAccount();
    // Saves the account fields to the account selected in the list.
    void updateAccount();
    // Connects the account selected in the list to the WhatsApp Cloud API, or changes its
    // connection, with the Cloud API fields: a secret left empty keeps the stored one, a ticked
    // "Clear" removes it (as PUT /api/v1/accounts/{id} with "cloud_api"). Emits cloudApiSaved
    // or cloudApiFailed.
    void saveCloudApi();
    // Removes the selected account's Cloud API settings and secrets (the button asks first);
    // emits cloudApiDisconnected or cloudApiFailed.
    void disconnectCloudApi();
    // Connects to the PostgreSQL URL of the Store fields (with the password typed, if any) and
    // says what is there; emits storeTested.
    void testStore();
    // Records the Store fields for the next start (DATA_DIR/store.conf, the password in the
    // keyring or an owner-only file); an empty URL goes back to the SQLite file. Emits
    // storeSaved or storeFailed.
    void saveStore();

Q_SIGNALS:
    void storeTested(bool ok, const QString &outcome);
    void storeSaved();
    void storeFailed(const QString &message);
    void loaded();
    // Where payload links point was worked out again (after loading or saving).
    void linksChecked();
    void saved();
    void saveFailed(const QString &field, const QString &message);
    void testEmailFinished(bool ok, const QString &outcome);
    void tokenRegenerated();
    void teammatesChanged();
    void accountsChanged();
    void accountFailed(const QString &field, const QString &message);
    void cloudApiSaved();
    void cloudApiDisconnected();
    // `field` is the API's name (cloud_api.phone_number_id, …); empty for other failures.
    void cloudApiFailed(const QString &field, const QString &message);

protected:
    // Shows what changed elsewhere (the API, other pages); unsaved edits are kept.
    void showEvent(QShowEvent *event) override;

private:
    struct Snapshot;

    void load(bool keepEdits);
    void setTeammatesBusy(bool busy);
    // The sentence for a refused account, in the window's language where the reason is known.
    static QString accountErrorText(const ServiceError &error, const QString &phone);
    void setAccountsBusy(bool busy);
    void showSettings(const WorkspaceSettings &settings);
    void showTeammates(const QList<Teammate> &teammates);
    void showAccounts(const QList<Account> &accounts);
    WorkspaceSettings formSettings() const;
    void clearErrors();
    void showFieldError(const QString &field, const QString &message);
    void confirmRegenerate();
    void saveAccount(const Account &account);
    // Shows the Cloud API connection of an account (0: none selected) from the registry's
    // in-memory snapshot; the form loses unsaved Cloud API edits.
    void showCloudApi(qint64 accountId);
    void showWebhookUrl();
    // Where links point and why they may not open, shown under the public base URL.
    void checkLinks();
    void setCloudApiBusy(bool busy);
    void cloudApiFinished(const QString &field, const QString &error);
    void confirmDisconnect();

    DesktopContext &m_context;
    QListWidget *m_sections = nullptr;
    // The settings as last loaded or saved: the form's fields that still equal these are not
    // the user's edits, and a Save leaves the stored value of those alone.
    WorkspaceSettings m_settings;
    bool m_loaded = false;
    bool m_loading = false;
    quint64 m_saves = 0; // saves started: a load that overlapped one keeps the form as it is
    quint64 m_testTag = 0;
    QTimer *m_testTimeout = nullptr;

    QLineEdit *m_ownerName = nullptr;
    QLineEdit *m_ownerEmail = nullptr;
    QLineEdit *m_publicBaseUrl = nullptr;
    QComboBox *m_timeZone = nullptr;
    QLineEdit *m_smtpHost = nullptr;
    QSpinBox *m_smtpPort = nullptr;
    QComboBox *m_smtpSecurity = nullptr;
    QLineEdit *m_smtpUsername = nullptr;
    QLineEdit *m_smtpPassword = nullptr;
    QCheckBox *m_forgetPassword = nullptr;
    QLabel *m_passwordStorage = nullptr;
    QLineEdit *m_smtpFrom = nullptr;
    QCheckBox *m_allowInvalidCertificate = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_saveStatus = nullptr;
    QLabel *m_linkProblems = nullptr;
    QString m_linkBase; // where links point when no public base URL is set
    QPushButton *m_sendTest = nullptr;
    QLabel *m_testStatus = nullptr;
    // Error labels by the API's field name (owner.email, timezone, smtp.port, …).
    QHash<QString, QLabel *> m_errors;

    QLabel *m_listenWarning = nullptr;
    QLineEdit *m_storeUrl = nullptr;
    QLineEdit *m_storePassword = nullptr;
    QPushButton *m_storeTest = nullptr;
    QPushButton *m_storeSave = nullptr;
    QLabel *m_storeStatus = nullptr;
    QLineEdit *m_token = nullptr;
    QPushButton *m_regenerate = nullptr;
    QLabel *m_tokenStatus = nullptr;

    QTreeWidget *m_teammates = nullptr;
    QLineEdit *m_teammateName = nullptr;
    QLineEdit *m_teammateEmail = nullptr;
    QLabel *m_teammateStatus = nullptr;
    QPushButton *m_addTeammate = nullptr;
    QPushButton *m_removeTeammate = nullptr;

    QTreeWidget *m_accounts = nullptr;
    QLineEdit *m_accountPhone = nullptr;
    QLineEdit *m_accountName = nullptr;
    QLineEdit *m_accountEmail = nullptr;
    QLabel *m_accountStatus = nullptr;
    QPushButton *m_addAccount = nullptr;
    QPushButton *m_updateAccount = nullptr;

    // One of the three Cloud API secrets: never shown, only whether it is set.
    struct CloudSecret
    {
        QString CloudApiAccount::*value;
        std::optional<QString> CloudApiService::Changes::*change;
        QString field; // cloud_api.app_secret, …
        QLineEdit *edit = nullptr;
        QCheckBox *clear = nullptr;
    };
    qint64 m_cloudAccountId = 0; // the account the Cloud API group shows
    bool m_cloudBusy = false;
    QTimer *m_cloudRetry = nullptr; // until the registry has read the keyring
    QLabel *m_cloudAccount = nullptr;
    QWidget *m_cloudFields = nullptr;
    QLineEdit *m_phoneNumberId = nullptr;
    QLineEdit *m_graphBaseUrl = nullptr;
    QList<CloudSecret> m_cloudSecrets;
    QLineEdit *m_webhookUrl = nullptr;
    QPushButton *m_copyWebhookUrl = nullptr;
    QLabel *m_cloudState = nullptr;
    QPushButton *m_connectCloudApi = nullptr;
    QPushButton *m_disconnectCloudApi = nullptr;
    QLabel *m_cloudStatus = nullptr;
    // Error labels by the API's field name (cloud_api.phone_number_id, …).
    QHash<QString, QLabel *> m_cloudErrors;
};

} // namespace hookline
