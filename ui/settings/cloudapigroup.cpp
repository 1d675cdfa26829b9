#include "cloudapigroup.h"

#include "cloudapi/cloudapiregistry.h"
#include "desktopcontext.h"
#include "feedbacklabel.h"
#include "service/serviceerror.h"
#include "serviceerrortext.h"
#include "settingsform.h"
#include "storeworker.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hookline {

using FeedbackLabel::Tone;
using namespace SettingsForm;

CloudApiGroup::CloudApiGroup(DesktopContext &context, QWidget *parent)
    : QGroupBox(tr("WhatsApp Cloud API (selected account)"), parent)
    , m_context(context)
    , m_retry(new QTimer(this))
{
    setObjectName(u"cloudApiBox"_s);
    m_account = new QLabel(this);
    m_account->setObjectName(u"cloudApiAccount"_s);
    m_account->setTextFormat(Qt::PlainText); // names come from the store
    m_account->setWordWrap(true);
    m_fields = new QWidget(this);
    auto *cloudForm = new QFormLayout(m_fields);
    cloudForm->setContentsMargins(0, 0, 0, 0);
    m_phoneNumberId = lineEdit(u"phoneNumberId"_s, m_fields, tr("e.g. 106540352242922"));
    m_phoneNumberId->setToolTip(tr("Meta shows it under WhatsApp → API Setup"));
    m_graphBaseUrl = lineEdit(u"graphBaseUrl"_s, m_fields,
                              QString::fromLatin1(CloudApiAccount::defaultGraphBaseUrl));
    m_graphBaseUrl->setToolTip(
        tr("Leave it empty for %1").arg(QString::fromLatin1(CloudApiAccount::defaultGraphBaseUrl)));
    addField(cloudForm, tr("Phone num&ber id:"), m_phoneNumberId, u"cloud_api.phone_number_id"_s,
             m_errors);
    addField(cloudForm, tr("Graph API addr&ess:"), m_graphBaseUrl, u"cloud_api.graph_base_url"_s,
             m_errors);
    const struct
    {
        QString CloudApiAccount::*value;
        std::optional<QString> CloudApiService::Changes::*change;
        QString field;
        QString name;
        QString label;
        QString clearName;
    } secrets[] = {
        {&CloudApiAccount::appSecret, &CloudApiService::Changes::appSecret,
         u"cloud_api.app_secret"_s, u"appSecret"_s, tr("App secre&t:"), tr("Clear the app secret")},
        {&CloudApiAccount::verifyToken, &CloudApiService::Changes::verifyToken,
         u"cloud_api.verify_token"_s, u"verifyToken"_s, tr("&Verify token:"),
         tr("Clear the verify token")},
        {&CloudApiAccount::accessToken, &CloudApiService::Changes::accessToken,
         u"cloud_api.access_token"_s, u"accessToken"_s, tr("A&ccess token:"),
         tr("Clear the access token")},
    };
    for (const auto &secret : secrets) {
        auto *edit = lineEdit(secret.name, m_fields);
        edit->setEchoMode(QLineEdit::Password);
        auto *clear = new QCheckBox(tr("Clear"), m_fields);
        clear->setObjectName(u"%1Clear"_s.arg(secret.name));
        clear->setAccessibleName(secret.clearName);
        clear->setToolTip(secret.clearName);
        // A secret to be removed cannot be typed at the same time.
        connect(clear, &QCheckBox::toggled, edit, [edit](bool cleared) {
            if (cleared)
                edit->clear();
            edit->setEnabled(!cleared);
        });
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(clear);
        cloudForm->addRow(buddyLabel(secret.label, edit), row);
        auto *error = FeedbackLabel::create(u"%1Error"_s.arg(secret.name), m_fields);
        m_errors.insert(secret.field, error);
        cloudForm->addRow(QString(), error);
        m_secrets.append({secret.value, secret.change, secret.field, edit, clear});
    }
    m_webhookUrl = lineEdit(u"webhookUrl"_s, m_fields);
    m_webhookUrl->setReadOnly(true);
    auto *copyWebhookUrl = button(u"copyWebhookUrl"_s, tr("Cop&y"), m_fields);
    copyWebhookUrl->setAccessibleName(tr("Copy the webhook URL"));
    auto *webhookRow = new QHBoxLayout;
    webhookRow->addWidget(m_webhookUrl, 1);
    webhookRow->addWidget(copyWebhookUrl);
    cloudForm->addRow(buddyLabel(tr("&Webhook URL for Meta:"), m_webhookUrl), webhookRow);
    cloudForm->addRow(
        QString(),
        wrapped(tr("Paste it with the verify token into the Meta app's WhatsApp → Configuration. "
                   "It is made of the public base URL (Workspace), which Meta must be able to "
                   "reach."),
                m_fields));
    m_state = FeedbackLabel::create(u"cloudApiState"_s, this, Tone::Neutral);
    m_connect = button(u"connectCloudApi"_s, tr("Co&nnect / save"), this);
    m_connect->setToolTip(
        tr("Saves the Cloud API settings of the selected account; empty secrets stay as stored"));
    m_disconnect = button(u"disconnectCloudApi"_s, tr("&Disconnect…"), this);
    m_status = FeedbackLabel::create(u"cloudApiStatus"_s, this, Tone::Neutral);
    auto *cloudButtons = new QHBoxLayout;
    cloudButtons->addWidget(m_connect);
    cloudButtons->addWidget(m_disconnect);
    cloudButtons->addWidget(m_status, 1);
    auto *cloudLayout = new QVBoxLayout(this);
    cloudLayout->addWidget(m_account);
    cloudLayout->addWidget(m_fields);
    cloudLayout->addWidget(m_state);
    cloudLayout->addLayout(cloudButtons);

    connect(m_connect, &QPushButton::clicked, this, &CloudApiGroup::saveCloudApi);
    connect(m_disconnect, &QPushButton::clicked, this, &CloudApiGroup::confirmDisconnect);
    connect(copyWebhookUrl, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_webhookUrl->text());
        FeedbackLabel::show(m_status, tr("The webhook URL is on the clipboard."), Tone::Neutral);
    });
    m_retry->setSingleShot(true);
    m_retry->setInterval(200);
    connect(m_retry, &QTimer::timeout, this, &CloudApiGroup::showCloudApi);
    showCloudApi();
}

void CloudApiGroup::showAccount(qint64 accountId, const QString &title)
{
    m_accountTitle = title;
    if (accountId == m_accountId && m_fields->isEnabled()) {
        m_account->setText(title); // its name may have changed; the form keeps its edits
        return;
    }
    m_accountId = accountId;
    showCloudApi();
}

void CloudApiGroup::showCloudApi()
{
    m_retry->stop();
    for (QLabel *label : std::as_const(m_errors))
        label->hide();
    CloudApiRegistry *registry = m_context.cloudApi();
    const bool ready = m_accountId > 0 && registry && registry->isLoaded();
    m_fields->setEnabled(ready);
    m_state->setVisible(ready);
    if (!ready) {
        m_account->setText(
            !registry ? tr("The Cloud API is not available here.")
                : m_accountId <= 0
                ? tr("Select an account in the list above to connect it to the WhatsApp Cloud "
                     "API.")
                : tr("Reading the Cloud API settings…"));
        if (registry && m_accountId > 0)
            m_retry->start(); // the keyring answers soon after the start
        m_connect->setEnabled(false);
        m_disconnect->setEnabled(false);
        return;
    }
    m_account->setText(m_accountTitle);
    // An in-memory snapshot under a read lock: no keyring, no SQL in this thread.
    const std::optional<CloudApiAccount> cloud = registry->forAccount(m_accountId);
    m_phoneNumberId->setText(cloud ? cloud->phoneNumberId : QString());
    m_graphBaseUrl->setText(cloud ? cloud->graphBaseUrl
                                  : QString::fromLatin1(CloudApiAccount::defaultGraphBaseUrl));
    for (const CloudSecret &secret : std::as_const(m_secrets)) {
        const bool set = cloud && !((*cloud).*secret.value).isEmpty();
        secret.clear->setChecked(false);
        secret.clear->setEnabled(set);
        secret.edit->clear();
        secret.edit->setPlaceholderText(set ? tr("set — leave empty to keep") : tr("not set"));
    }
    QStringList state;
    if (!cloud) {
        state << tr("Not connected.");
    } else {
        state << tr("Connected as phone number id %1.").arg(cloud->phoneNumberId);
        state << (cloud->canReceive()
                      ? tr("Receives Meta's notifications.")
                      : tr("Meta's notifications are refused until an app secret is set."));
        state << (cloud->canSend() ? tr("Can send from the Composer.")
                                   : tr("Sending needs an access token."));
    }
    m_state->setText(state.join(u' '));
    setBusy(m_busy);
}

void CloudApiGroup::setWebhookBase(const QString &base)
{
    // The same address GET /api/v1/accounts reports; Meta needs the saved base URL.
    m_webhookUrl->setText(base + u"/whatsapp/webhook"_s);
}

void CloudApiGroup::setBusy(bool busy)
{
    m_busy = busy;
    const bool ready = m_fields->isEnabled();
    m_connect->setEnabled(ready && !busy);
    m_disconnect->setEnabled(ready && !busy && m_context.cloudApi()->forAccount(m_accountId));
}

void CloudApiGroup::saveCloudApi()
{
    if (m_busy || !m_fields->isEnabled())
        return; // a change is under way, or no account is shown
    for (QLabel *label : std::as_const(m_errors))
        label->hide();
    const qint64 accountId = m_accountId;
    QString graphBaseUrl = m_graphBaseUrl->text().trimmed();
    if (graphBaseUrl.isEmpty())
        graphBaseUrl = QString::fromLatin1(CloudApiAccount::defaultGraphBaseUrl);
    CloudApiService::Changes changes;
    changes.phoneNumberId = m_phoneNumberId->text().trimmed();
    changes.graphBaseUrl = graphBaseUrl;
    // Only the secrets the user typed or cleared change; the others keep their stored value.
    for (const CloudSecret &secret : std::as_const(m_secrets)) {
        if (secret.clear->isChecked())
            changes.*secret.change = QString();
        else if (const QString typed = secret.edit->text().trimmed(); !typed.isEmpty())
            changes.*secret.change = typed;
    }
    setBusy(true);
    FeedbackLabel::show(m_status, tr("Saving…"), Tone::Neutral);
    m_context.slowStore()->run<ServiceResult<CloudApiAccount>>(
        this,
        [registry = m_context.cloudApi(), accountId, changes](StoreConnection &store) {
            return CloudApiService(store, registry).connect(accountId, changes);
        },
        [this, accountId,
         title = m_accountTitle](const Outcome<ServiceResult<CloudApiAccount>> &outcome) {
            if (!outcome.ok()) {
                finished(accountId, title, QString(), tr("Not saved: %1").arg(outcome.error));
                return;
            }
            if (!outcome.value->ok()) {
                const ServiceError &error = outcome.value->error();
                finished(accountId, title, error.field, ServiceErrorText::sentence(error));
                return;
            }
            if (accountId == m_accountId)
                showCloudApi(); // the secrets' fields empty again, their state shown
            finished(accountId, title, QString(), QString());
            FeedbackLabel::show(m_status, about(accountId, title, tr("Cloud API settings saved.")),
                                Tone::Neutral);
            Q_EMIT cloudApiSaved();
        });
}

void CloudApiGroup::confirmDisconnect()
{
    const auto answer = QMessageBox::question(
        this, tr("Disconnect from the Cloud API?"),
        tr("The account's Cloud API settings and secrets are removed, and Meta's notifications "
           "for it are refused until it is connected again. Its messages stay. Disconnect?"),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        disconnectCloudApi();
}

void CloudApiGroup::disconnectCloudApi()
{
    if (m_busy || !m_fields->isEnabled())
        return;
    const qint64 accountId = m_accountId;
    setBusy(true);
    m_context.slowStore()->run<ServiceResult<bool>>(
        this,
        [registry = m_context.cloudApi(), accountId](StoreConnection &store) {
            return CloudApiService(store, registry).disconnect(accountId);
        },
        [this, accountId, title = m_accountTitle](const Outcome<ServiceResult<bool>> &outcome) {
            if (!outcome.ok() || !outcome.value->ok()) {
                const QString error = outcome.ok()
                    ? ServiceErrorText::sentence(outcome.value->error())
                    : outcome.error;
                finished(accountId, title, QString(), tr("Not disconnected: %1").arg(error));
                return;
            }
            if (accountId == m_accountId)
                showCloudApi();
            finished(accountId, title, QString(), QString());
            FeedbackLabel::show(m_status,
                                about(accountId, title, tr("Disconnected from the Cloud API.")),
                                Tone::Neutral);
            Q_EMIT cloudApiDisconnected();
        });
}

QString CloudApiGroup::about(qint64 accountId, const QString &title, const QString &sentence) const
{
    // Another account is shown by now: the sentence says whose it is.
    return accountId == m_accountId ? sentence : title + u' ' + sentence;
}

// The end of a save or disconnect: buttons back, and the error (if any) next to its field while
// that account is shown, else beside the buttons.
void CloudApiGroup::finished(qint64 accountId, const QString &title, const QString &field,
                             const QString &error)
{
    setBusy(false);
    if (error.isEmpty())
        return;
    QLabel *label = accountId == m_accountId ? m_errors.value(field) : nullptr;
    m_status->hide();
    FeedbackLabel::show(label ? label : m_status, label ? error : about(accountId, title, error),
                        Tone::Bad);
    Q_EMIT cloudApiFailed(field, error);
}

} // namespace hookline
