#pragma once

#include "domain/cloudapiaccount.h"
#include "service/cloudapiservice.h"

#include <QGroupBox>
#include <QHash>
#include <QList>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace hookline {

class DesktopContext;

// Settings → WhatsApp accounts → Cloud API: the selected account's connection to the WhatsApp
// Cloud API (phone number id, Graph API address, three secrets never shown), the webhook URL to
// give Meta, and what the connection can do. Saved by its own buttons: it touches the keyring,
// not the workspace form.
class CloudApiGroup : public QGroupBox
{
    Q_OBJECT
public:
    explicit CloudApiGroup(DesktopContext &context, QWidget *parent = nullptr);

    // Shows the Cloud API connection of an account (0: none selected) from the registry's
    // in-memory snapshot; the form loses unsaved edits when the account is another.
    void showAccount(qint64 accountId, const QString &title);
    // The address Meta's notifications reach, without /whatsapp/webhook.
    void setWebhookBase(const QString &base);
    // Connects the shown account to the Cloud API, or changes its connection: a secret left
    // empty keeps the stored one, a ticked "Clear" removes it (as PUT /api/v1/accounts/{id} with
    // "cloud_api"). Emits cloudApiSaved or cloudApiFailed.
    void saveCloudApi();
    // Removes the shown account's Cloud API settings and secrets (the button asks first); emits
    // cloudApiDisconnected or cloudApiFailed.
    void disconnectCloudApi();

Q_SIGNALS:
    void cloudApiSaved();
    void cloudApiDisconnected();
    // `field` is the API's name (cloud_api.phone_number_id, …); empty for other failures.
    void cloudApiFailed(const QString &field, const QString &message);

private:
    // One of the three secrets: never shown, only whether it is set.
    struct CloudSecret
    {
        QString CloudApiAccount::*value;
        std::optional<QString> CloudApiService::Changes::*change;
        QString field; // cloud_api.app_secret, …
        QLineEdit *edit = nullptr;
        QCheckBox *clear = nullptr;
    };

    void showCloudApi();
    void setBusy(bool busy);
    // `sentence` about the account a save or disconnect was for, named if no longer shown.
    QString about(qint64 accountId, const QString &title, const QString &sentence) const;
    void finished(qint64 accountId, const QString &title, const QString &field,
                  const QString &error);
    void confirmDisconnect();

    DesktopContext &m_context;
    qint64 m_accountId = 0; // the account shown
    QString m_accountTitle;
    bool m_busy = false;
    QTimer *m_retry = nullptr; // until the registry has read the keyring
    QLabel *m_account = nullptr;
    QWidget *m_fields = nullptr;
    QLineEdit *m_phoneNumberId = nullptr;
    QLineEdit *m_graphBaseUrl = nullptr;
    QList<CloudSecret> m_secrets;
    QLineEdit *m_webhookUrl = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_disconnect = nullptr;
    QLabel *m_status = nullptr;
    // Error labels by the API's field name (cloud_api.phone_number_id, …).
    QHash<QString, QLabel *> m_errors;
};

} // namespace hookline
