#include "settingspage.h"

#include "activitytext.h"

#include "cloudapi/cloudapiregistry.h"
#include "desktopcontext.h"
#include "feedbacklabel.h"
#include "notify/ownernotifier.h"
#include "payload/linkbase.h"
#include "server/apitoken.h"
#include "server/localserver.h"
#include "service/accountservice.h"
#include "service/cloudapiservice.h"
#include "service/workspaceservice.h"
#include "serviceerrortext.h"
#include "store/database.h"
#include "store/storechoice.h"
#include "store/storeconnection.h"
#include "store/storeerror.h"
#include "store/storelocation.h"
#include "store/webhookstore.h"
#include "storeworker.h"
#include "wheelguard.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QFont>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <atomic>

using namespace Qt::StringLiterals;

namespace hookline {

using FeedbackLabel::Tone;

struct SettingsPage::Snapshot
{
    WorkspaceSettings settings;
    QList<Teammate> teammates;
    QList<Account> accounts;
    QList<QByteArray> timeZones;
};

namespace {

struct AccountsResult
{
    QString field; // with `error`: what the store refused
    QString error;
    QList<Account> accounts;
};

// How long "Send test e-mail" waits for the notifier, which gives up on a server after 30 s.
constexpr int testEmailTimeoutMs = 45000;

// Tags of the notifier's test e-mails from this page; the high bit keeps them apart from the
// local API's tags, which count from 1.
quint64 nextTestTag()
{
    static std::atomic<quint64> next {0};
    return (quint64(1) << 63) | ++next;
}

QLineEdit *lineEdit(const QString &name, QWidget *parent, const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QPushButton *button(const QString &name, const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

QTreeWidget *table(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setRootIsDecorated(false);
    tree->setHeaderLabels(headers);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->setMinimumHeight(120);
    return tree;
}

// A hint under a field: wrapped, so a long sentence never widens the page.
QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

// A label in a row of fields, so Alt+its letter reaches the field.
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

// The fields the user changed (where the form differs from what the page loaded): only those are
// saved, so what the API changed meanwhile stays, as with PUT /api/v1/workspace.
WorkspaceService::Changes changesFrom(const WorkspaceSettings &loaded,
                                      const WorkspaceSettings &form)
{
    WorkspaceService::Changes c;
    auto take = [](auto &target, const auto &was, const auto &now) {
        if (now != was)
            target = now;
    };
    take(c.ownerName, loaded.ownerName, form.ownerName);
    take(c.ownerEmail, loaded.ownerEmail, form.ownerEmail);
    take(c.timeZone, loaded.timeZone, form.timeZone);
    take(c.publicBaseUrl, loaded.publicBaseUrl, form.publicBaseUrl);
    take(c.smtpHost, loaded.smtpHost, form.smtpHost);
    take(c.smtpPort, loaded.smtpPort, form.smtpPort);
    take(c.smtpSecurity, loaded.smtpSecurity, form.smtpSecurity);
    take(c.smtpUsername, loaded.smtpUsername, form.smtpUsername);
    take(c.smtpFrom, loaded.smtpFrom, form.smtpFrom);
    take(c.smtpAllowInvalidCertificate, loaded.smtpAllowInvalidCertificate,
         form.smtpAllowInvalidCertificate);
    return c;
}

bool sameFormFields(const WorkspaceSettings &a, const WorkspaceSettings &b)
{
    return a.ownerName == b.ownerName && a.ownerEmail == b.ownerEmail && a.timeZone == b.timeZone
        && a.publicBaseUrl == b.publicBaseUrl && a.smtpHost == b.smtpHost
        && a.smtpPort == b.smtpPort && a.smtpSecurity == b.smtpSecurity
        && a.smtpUsername == b.smtpUsername && a.smtpFrom == b.smtpFrom
        && a.smtpAllowInvalidCertificate == b.smtpAllowInvalidCertificate;
}

// "For the account +14155550100 (Sales):" over the Cloud API fields.
QString accountTitle(const QTreeWidgetItem &item)
{
    const QString phone = item.text(0);
    const QString name = item.text(1);
    return name.isEmpty() ? SettingsPage::tr("For the account %1:").arg(phone)
                          : SettingsPage::tr("For the account %1 (%2):").arg(phone, name);
}

qint64 selectedId(const QTreeWidget *tree)
{
    const QTreeWidgetItem *item = tree->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

} // namespace

SettingsPage::SettingsPage(DesktopContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_testTimeout(new QTimer(this))
{
    setObjectName(u"settingsPage"_s);
    auto *content = this; // the boxes' first parent, until the sections take them

    // Owner, links, time zone and SMTP: one form, one Save.
    auto *workspaceBox = new QGroupBox(tr("Workspace"), content);
    auto *workspaceForm = new QFormLayout(workspaceBox);
    m_ownerName = lineEdit(u"ownerName"_s, workspaceBox);
    m_ownerEmail = lineEdit(u"ownerEmail"_s, workspaceBox, tr("owner@example.com"));
    // Empty, links follow the address this instance listens on.
    m_publicBaseUrl
        = lineEdit(u"publicBaseUrl"_s, workspaceBox,
                   tr("Empty: %1, where Hookline listens").arg(context.links()->listening()));
    m_timeZone = new QComboBox(workspaceBox);
    m_timeZone->setObjectName(u"timeZone"_s);
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    auto field = [this](QFormLayout *form, const QString &label, QWidget *widget,
                        const QString &apiField, const QString &hint = {}) {
        form->addRow(label, widget);
        // The error right under its field, above the hint.
        auto *error
            = FeedbackLabel::create(u"%1Error"_s.arg(widget->objectName()), widget->parentWidget());
        m_errors.insert(apiField, error);
        form->addRow(QString(), error);
        if (!hint.isEmpty())
            form->addRow(QString(), wrapped(hint, widget->parentWidget()));
    };
    field(workspaceForm, tr("Owner &name:"), m_ownerName, u"owner.full_name"_s);
    field(workspaceForm, tr("Owner &e-mail:"), m_ownerEmail, u"owner.email"_s,
          tr("Gets an e-mail when a webhook is disabled after repeated failures."));
    field(workspaceForm, tr("&Public base URL:"), m_publicBaseUrl, u"public_base_url"_s,
          tr("Where chat links and attachment URLs in payloads point. Set it when receivers on "
             "other computers must open them (through a tunnel or a reverse proxy)."));
    m_linkProblems = FeedbackLabel::create(u"linkProblems"_s, workspaceBox);
    workspaceForm->addRow(m_linkProblems);
    field(workspaceForm, tr("Time &zone:"), m_timeZone, u"timezone"_s,
          tr("Bundle windows start at 00:00, 06:00, 12:00 and 18:00 in this zone."));

    auto *smtpBox = new QGroupBox(tr("Outgoing e-mail (SMTP)"), content);
    auto *smtpForm = new QFormLayout(smtpBox);
    m_smtpHost = lineEdit(u"smtpHost"_s, smtpBox, tr("smtp.example.com"));
    m_smtpPort = new QSpinBox(smtpBox);
    m_smtpPort->setObjectName(u"smtpPort"_s);
    m_smtpPort->setRange(1, 65535);
    m_smtpPort->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // five digits need no more
    m_smtpSecurity = new QComboBox(smtpBox);
    m_smtpSecurity->setObjectName(u"smtpSecurity"_s);
    m_smtpSecurity->addItem(tr("STARTTLS"), u"starttls"_s);
    m_smtpSecurity->addItem(tr("TLS"), u"tls"_s);
    m_smtpSecurity->addItem(tr("None (unencrypted)"), u"none"_s);
    m_smtpUsername = lineEdit(u"smtpUsername"_s, smtpBox);
    m_smtpPassword = lineEdit(u"smtpPassword"_s, smtpBox, tr("unchanged"));
    m_smtpPassword->setEchoMode(QLineEdit::Password);
    m_forgetPassword = new QCheckBox(tr("&Forget the stored password"), smtpBox);
    m_forgetPassword->setObjectName(u"forgetPassword"_s);
    m_passwordStorage = FeedbackLabel::create(u"passwordStorage"_s, smtpBox, Tone::Neutral);
    m_passwordStorage->show();
    m_smtpFrom = lineEdit(u"smtpFrom"_s, smtpBox, tr("hookline@example.com"));
    m_allowInvalidCertificate = new QCheckBox(
        tr("Accept an &invalid certificate (a self-signed server you trust)"), smtpBox);
    m_allowInvalidCertificate->setObjectName(u"allowInvalidCertificate"_s);
    field(smtpForm, tr("&Mail server:"), m_smtpHost, u"smtp.host"_s);
    field(smtpForm, tr("P&ort:"), m_smtpPort, u"smtp.port"_s);
    field(smtpForm, tr("Securit&y:"), m_smtpSecurity, u"smtp.security"_s);
    field(smtpForm, tr("&User name:"), m_smtpUsername, u"smtp.username"_s);
    field(smtpForm, tr("Pass&word:"), m_smtpPassword, u"smtp.password"_s);
    smtpForm->addRow(QString(), m_passwordStorage);
    smtpForm->addRow(QString(), m_forgetPassword);
    field(smtpForm, tr("F&rom address:"), m_smtpFrom, u"smtp.from"_s);
    smtpForm->addRow(QString(), m_allowInvalidCertificate);

    m_save = button(u"save"_s, tr("&Save"), content);
    m_saveStatus = FeedbackLabel::create(u"saveStatus"_s, content, Tone::Neutral);
    m_sendTest = button(u"sendTestEmail"_s, tr("Send test e-m&ail"), content);
    m_sendTest->setToolTip(tr("Sends a test e-mail to the owner with the saved settings"));
    m_testStatus = FeedbackLabel::create(u"testStatus"_s, content, Tone::Neutral);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_sendTest);
    saveRow->addStretch(1);

    // The local server: changed only by the command line.
    auto *serverBox = new QGroupBox(tr("Local server"), content);
    auto *serverForm = new QFormLayout(serverBox);
    const QString host = context.listenHost();
    auto *listenAddress = lineEdit(u"listenAddress"_s, serverBox);
    listenAddress->setReadOnly(true);
    listenAddress->setText(host.isEmpty() ? tr("not running")
                               : host.contains(u':')
                               ? u"[%1]:%2"_s.arg(host).arg(context.listenPort())
                               : u"%1:%2"_s.arg(host).arg(context.listenPort()));
    serverForm->addRow(tr("&Listens on:"), listenAddress);
    serverForm->addRow(
        QString(), wrapped(tr("To change it, start Hookline with --listen HOST:PORT."), serverBox));
    m_listenWarning = FeedbackLabel::create(u"listenWarning"_s, serverBox);
    QFont warningFont = m_listenWarning->font();
    warningFont.setBold(true);
    m_listenWarning->setFont(warningFont);
    m_listenWarning->setText(
        tr("Warning: %1 is not a loopback address, so other machines can reach the local "
           "server. Anyone who has the API token can use the API from there. Start with "
           "--listen 127.0.0.1:PORT to keep it on this machine.")
            .arg(host));
    m_listenWarning->setVisible(!host.isEmpty() && !LinkBase::isLoopback(host));
    serverForm->addRow(m_listenWarning);

    m_token = lineEdit(u"apiToken"_s, serverBox);
    m_token->setReadOnly(true);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setText(QString::fromLatin1(context.apiToken()->value()));
    auto *showToken = button(u"showToken"_s, tr("S&how"), serverBox);
    showToken->setCheckable(true);
    auto *copyToken = button(u"copyToken"_s, tr("&Copy"), serverBox);
    m_regenerate = button(u"regenerateToken"_s, tr("Re&generate…"), serverBox);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(showToken);
    tokenRow->addWidget(copyToken);
    tokenRow->addWidget(m_regenerate);
    auto *tokenLabel = new QLabel(tr("API to&ken:"), serverBox);
    tokenLabel->setBuddy(m_token);
    serverForm->addRow(tokenLabel, tokenRow);
    m_tokenStatus = FeedbackLabel::create(u"tokenStatus"_s, serverBox, Tone::Neutral);
    serverForm->addRow(m_tokenStatus);

    // The store: where this workspace's data lives; a change applies at the next start.
    auto *storeBox = new QGroupBox(tr("Store"), content);
    auto *storeForm = new QFormLayout(storeBox);
    auto *storeInUse = lineEdit(u"storeInUse"_s, storeBox);
    storeInUse->setReadOnly(true);
    storeInUse->setText(context.storeLocation());
    storeForm->addRow(tr("In use:"), storeInUse);
    m_storeUrl = lineEdit(u"storeUrl"_s, storeBox);
    m_storeUrl->setPlaceholderText(tr("empty: the SQLite file in the data folder"));
    storeForm->addRow(tr("Postgre&SQL URL:"), m_storeUrl);
    m_storePassword = lineEdit(u"storePassword"_s, storeBox);
    m_storePassword->setEchoMode(QLineEdit::Password);
    m_storePassword->setPlaceholderText(
        tr("empty: PGPASSWORD, ~/.pgpass or the password stored before"));
    storeForm->addRow(tr("Pass&word:"), m_storePassword);
    storeForm->addRow(
        QString(),
        wrapped(tr("As postgresql://USER@HOST:PORT/DB. Several Hookline instances on one "
                   "database share the deliveries. Applies at the next start; --database "
                   "on the command line takes precedence."),
                storeBox));
    m_storeTest = button(u"storeTest"_s, tr("Test co&nnection"), storeBox);
    m_storeSave = button(u"storeSave"_s, tr("Use at next st&art"), storeBox);
    m_storeStatus = FeedbackLabel::create(u"storeStatus"_s, storeBox, Tone::Neutral);
    auto *storeRow = new QHBoxLayout;
    storeRow->addWidget(m_storeTest);
    storeRow->addWidget(m_storeSave);
    storeRow->addWidget(m_storeStatus, 1);
    storeForm->addRow(storeRow);
    connect(m_storeTest, &QPushButton::clicked, this, &SettingsPage::testStore);
    connect(m_storeSave, &QPushButton::clicked, this, &SettingsPage::saveStore);
    // store.conf is a file: read by the store worker, not here.
    m_context.store()->run<QString>(
        this,
        [directory = context.dataDirectory()](StoreConnection &) {
            return StoreChoice::configured(directory);
        },
        [this](const Outcome<QString> &outcome) {
            if (outcome.ok() && m_storeUrl->text().isEmpty())
                m_storeUrl->setText(*outcome.value);
        });

    auto *teamBox = new QGroupBox(tr("Teammates"), content);
    auto *teamLayout = new QVBoxLayout(teamBox);
    m_teammates = table(u"teammates"_s, {tr("Name"), tr("E-mail")}, teamBox);
    m_teammates->setAccessibleName(tr("Teammates"));
    m_teammateName = lineEdit(u"teammateName"_s, teamBox);
    m_teammateName->setAccessibleName(tr("Teammate's name"));
    m_teammateEmail = lineEdit(u"teammateEmail"_s, teamBox, tr("name@example.com"));
    m_teammateEmail->setAccessibleName(tr("Teammate's e-mail"));
    m_addTeammate = button(u"addTeammate"_s, tr("A&dd or rename"), teamBox);
    m_addTeammate->setToolTip(tr("Adds the teammate, or renames the one with this e-mail"));
    m_removeTeammate = button(u"removeTeammate"_s, tr("Remo&ve selected"), teamBox);
    m_teammateStatus = FeedbackLabel::create(u"teammateStatus"_s, teamBox, Tone::Neutral);
    // Fields under the list, buttons under the fields: a row of all of them would not fit.
    auto *teamForm = new QFormLayout;
    teamForm->addRow(buddyLabel(tr("&Name:"), m_teammateName), m_teammateName);
    teamForm->addRow(buddyLabel(tr("&E-mail:"), m_teammateEmail), m_teammateEmail);
    auto *teamButtons = new QHBoxLayout;
    teamButtons->addWidget(m_addTeammate);
    teamButtons->addWidget(m_removeTeammate);
    teamButtons->addStretch(1);
    teamForm->addRow(QString(), teamButtons);
    teamLayout->addWidget(m_teammates);
    teamLayout->addLayout(teamForm);
    teamLayout->addWidget(m_teammateStatus);

    auto *accountsBox = new QGroupBox(tr("WhatsApp accounts"), content);
    auto *accountsLayout = new QVBoxLayout(accountsBox);
    m_accounts = table(u"accounts"_s, {tr("Phone"), tr("Name"), tr("E-mail")}, accountsBox);
    m_accounts->setAccessibleName(tr("WhatsApp accounts"));
    m_accountPhone = lineEdit(u"accountPhone"_s, accountsBox, tr("+14155550100"));
    m_accountPhone->setAccessibleName(tr("Account phone"));
    m_accountName = lineEdit(u"accountName"_s, accountsBox);
    m_accountName->setAccessibleName(tr("Account name"));
    m_accountEmail = lineEdit(u"accountEmail"_s, accountsBox, tr("name@example.com"));
    m_accountEmail->setAccessibleName(tr("Account e-mail"));
    m_addAccount = button(u"addAccount"_s, tr("Add accoun&t"), accountsBox);
    // Every letter of "Save selected account" is taken on this page; j is free.
    m_updateAccount = button(u"updateAccount"_s, tr("Ad&just selected account"), accountsBox);
    m_updateAccount->setToolTip(tr("Saves these fields to the account selected in the list"));
    m_accountStatus = FeedbackLabel::create(u"accountStatus"_s, accountsBox, Tone::Neutral);
    auto *accountForm = new QFormLayout;
    accountForm->addRow(buddyLabel(tr("Phone (re&quired):"), m_accountPhone), m_accountPhone);
    accountForm->addRow(buddyLabel(tr("Na&me:"), m_accountName), m_accountName);
    accountForm->addRow(buddyLabel(tr("E-mai&l:"), m_accountEmail), m_accountEmail);
    auto *accountButtons = new QHBoxLayout;
    accountButtons->addWidget(m_addAccount);
    accountButtons->addWidget(m_updateAccount);
    accountButtons->addStretch(1);
    accountForm->addRow(QString(), accountButtons);
    accountsLayout->addWidget(m_accounts);
    accountsLayout->addLayout(accountForm);
    accountsLayout->addWidget(m_accountStatus);

    // The selected account's Cloud API connection, saved by its own buttons (it touches the
    // keyring, not the workspace form).
    auto *cloudBox = new QGroupBox(tr("WhatsApp Cloud API (selected account)"), content);
    cloudBox->setObjectName(u"cloudApiBox"_s);
    auto *cloudLayout = new QVBoxLayout(cloudBox);
    m_cloudAccount = new QLabel(cloudBox);
    m_cloudAccount->setObjectName(u"cloudApiAccount"_s);
    m_cloudAccount->setTextFormat(Qt::PlainText); // names come from the store
    m_cloudAccount->setWordWrap(true);
    m_cloudFields = new QWidget(cloudBox);
    auto *cloudForm = new QFormLayout(m_cloudFields);
    cloudForm->setContentsMargins(0, 0, 0, 0);
    auto cloudField = [this, cloudForm](const QString &label, QWidget *widget,
                                        const QString &apiField) {
        cloudForm->addRow(label, widget);
        auto *error = FeedbackLabel::create(u"%1Error"_s.arg(widget->objectName()), m_cloudFields);
        m_cloudErrors.insert(apiField, error);
        cloudForm->addRow(error);
    };
    m_phoneNumberId = lineEdit(u"phoneNumberId"_s, m_cloudFields, tr("e.g. 106540352242922"));
    m_phoneNumberId->setToolTip(tr("Meta shows it under WhatsApp → API Setup"));
    m_graphBaseUrl = lineEdit(u"graphBaseUrl"_s, m_cloudFields,
                              QString::fromLatin1(CloudApiAccount::defaultGraphBaseUrl));
    m_graphBaseUrl->setToolTip(
        tr("Leave it empty for %1").arg(QString::fromLatin1(CloudApiAccount::defaultGraphBaseUrl)));
    cloudField(tr("Phone num&ber id:"), m_phoneNumberId, u"cloud_api.phone_number_id"_s);
    cloudField(tr("Graph API addr&ess:"), m_graphBaseUrl, u"cloud_api.graph_base_url"_s);
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
        auto *edit = lineEdit(secret.name, m_cloudFields);
        edit->setEchoMode(QLineEdit::Password);
        auto *clear = new QCheckBox(tr("Clear"), m_cloudFields);
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
        auto *label = new QLabel(secret.label, m_cloudFields);
        label->setBuddy(edit);
        cloudForm->addRow(label, row);
        auto *error = FeedbackLabel::create(u"%1Error"_s.arg(secret.name), m_cloudFields);
        m_cloudErrors.insert(secret.field, error);
        cloudForm->addRow(error);
        m_cloudSecrets.append({secret.value, secret.change, secret.field, edit, clear});
    }
    m_webhookUrl = lineEdit(u"webhookUrl"_s, m_cloudFields);
    m_webhookUrl->setReadOnly(true);
    m_copyWebhookUrl = button(u"copyWebhookUrl"_s, tr("Cop&y"), m_cloudFields);
    m_copyWebhookUrl->setAccessibleName(tr("Copy the webhook URL"));
    auto *webhookRow = new QHBoxLayout;
    webhookRow->addWidget(m_webhookUrl, 1);
    webhookRow->addWidget(m_copyWebhookUrl);
    auto *webhookLabel = new QLabel(tr("&Webhook URL for Meta:"), m_cloudFields);
    webhookLabel->setBuddy(m_webhookUrl);
    cloudForm->addRow(webhookLabel, webhookRow);
    cloudForm->addRow(
        QString(),
        wrapped(tr("Paste it with the verify token into the Meta app's WhatsApp → Configuration. "
                   "It is made of the public base URL (Workspace), which Meta must be able to "
                   "reach."),
                m_cloudFields));
    m_cloudState = FeedbackLabel::create(u"cloudApiState"_s, cloudBox, Tone::Neutral);
    m_connectCloudApi = button(u"connectCloudApi"_s, tr("Co&nnect / save"), cloudBox);
    m_connectCloudApi->setToolTip(
        tr("Saves the Cloud API settings of the selected account; empty secrets stay as stored"));
    m_disconnectCloudApi = button(u"disconnectCloudApi"_s, tr("&Disconnect…"), cloudBox);
    m_cloudStatus = FeedbackLabel::create(u"cloudApiStatus"_s, cloudBox, Tone::Neutral);
    auto *cloudButtons = new QHBoxLayout;
    cloudButtons->addWidget(m_connectCloudApi);
    cloudButtons->addWidget(m_disconnectCloudApi);
    cloudButtons->addWidget(m_cloudStatus, 1);
    cloudLayout->addWidget(m_cloudAccount);
    cloudLayout->addWidget(m_cloudFields);
    cloudLayout->addWidget(m_cloudState);
    cloudLayout->addLayout(cloudButtons);

    // One section at a time, chosen from a list: each scrolls down only, never sideways, and
    // its fields keep a readable width however wide the window is.
    m_sections = new QListWidget(this);
    m_sections->setObjectName(u"settingsSections"_s);
    m_sections->setAccessibleName(tr("Settings sections"));
    auto *stack = new QStackedWidget(this);
    auto section = [this, stack](const QString &title, const QList<QWidget *> &boxes,
                                 QLayout *below = nullptr) {
        auto *page = new QWidget;
        page->setMaximumWidth(760);
        auto *column = new QVBoxLayout(page);
        for (QWidget *box : boxes)
            column->addWidget(box);
        if (below)
            column->addLayout(below);
        column->addStretch(1);
        auto *scroll = new QScrollArea(stack);
        scroll->setWidgetResizable(true);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(page);
        stack->addWidget(scroll);
        m_sections->addItem(title);
    };
    auto *saveArea = new QVBoxLayout;
    saveArea->addLayout(saveRow);
    saveArea->addWidget(m_saveStatus);
    saveArea->addWidget(m_testStatus);
    section(tr("Workspace and e-mail"), {workspaceBox, smtpBox}, saveArea);
    section(tr("Server and API token"), {serverBox});
    section(tr("Store"), {storeBox});
    section(tr("Teammates"), {teamBox});
    section(tr("WhatsApp accounts"), {accountsBox, cloudBox});
    m_sections->setMaximumWidth(m_sections->sizeHintForColumn(0)
                                + 4 * fontMetrics().averageCharWidth());
    connect(m_sections, &QListWidget::currentRowChanged, stack, &QStackedWidget::setCurrentIndex);
    m_sections->setCurrentRow(0);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sections);
    layout->addWidget(stack, 1);
    WheelGuard::install(this);

    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_sendTest, &QPushButton::clicked, this, &SettingsPage::sendTestEmail);
    connect(showToken, &QPushButton::toggled, this, [this, showToken](bool shown) {
        m_token->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        showToken->setText(shown ? tr("&Hide") : tr("S&how"));
    });
    connect(copyToken, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(QString::fromLatin1(m_context.apiToken()->value()));
        FeedbackLabel::show(m_tokenStatus, tr("The API token is on the clipboard."), Tone::Neutral);
    });
    connect(m_regenerate, &QPushButton::clicked, this, &SettingsPage::confirmRegenerate);
    connect(m_addTeammate, &QPushButton::clicked, this, &SettingsPage::addTeammate);
    connect(m_removeTeammate, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId(m_teammates))
            removeTeammate(id);
    });
    connect(m_addAccount, &QPushButton::clicked, this, &SettingsPage::addAccount);
    connect(m_updateAccount, &QPushButton::clicked, this, &SettingsPage::updateAccount);
    connect(m_accounts, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        m_accountPhone->setText(item->text(0));
        m_accountName->setText(item->text(1));
        m_accountEmail->setText(item->text(2));
        showCloudApi(selectedId(m_accounts));
    });
    connect(m_connectCloudApi, &QPushButton::clicked, this, &SettingsPage::saveCloudApi);
    connect(m_disconnectCloudApi, &QPushButton::clicked, this, &SettingsPage::confirmDisconnect);
    connect(m_copyWebhookUrl, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_webhookUrl->text());
        FeedbackLabel::show(m_cloudStatus, tr("The webhook URL is on the clipboard."),
                            Tone::Neutral);
    });
    m_cloudRetry = new QTimer(this);
    m_cloudRetry->setSingleShot(true);
    m_cloudRetry->setInterval(200);
    connect(m_cloudRetry, &QTimer::timeout, this, [this] { showCloudApi(m_cloudAccountId); });
    showCloudApi(0);

    m_testTimeout->setSingleShot(true);
    m_testTimeout->setInterval(testEmailTimeoutMs);
    connect(m_testTimeout, &QTimer::timeout, this, [this] {
        m_testTag = 0;
        m_sendTest->setEnabled(true);
        const QString outcome = tr("The mail server did not answer in time.");
        FeedbackLabel::show(m_testStatus, outcome, Tone::Bad);
        Q_EMIT testEmailFinished(false, outcome);
    });
    if (OwnerNotifier *notifier = context.notifier()) {
        // Queued: the notifier lives in the engine's thread.
        connect(notifier, &OwnerNotifier::testFinished, this,
                [this](quint64 tag, bool ok, const QString &outcome) {
                    if (tag != m_testTag)
                        return;
                    m_testTag = 0;
                    m_testTimeout->stop();
                    m_sendTest->setEnabled(true);
                    FeedbackLabel::show(m_testStatus,
                                        ok ? tr("Test e-mail sent: %1").arg(outcome)
                                           : tr("The test e-mail failed: %1").arg(outcome),
                                        ok ? Tone::Neutral : Tone::Bad);
                    Q_EMIT testEmailFinished(ok, outcome);
                });
    }

    reload();
}

void SettingsPage::reload()
{
    load(false);
}

void SettingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Not on the first show (the constructor's load is on its way) nor a window restore.
    if (m_loaded && !m_loading && !event->spontaneous())
        load(true);
}

bool SettingsPage::hasUnsavedEdits() const
{
    return !sameFormFields(formSettings(), m_settings) || !m_smtpPassword->text().isEmpty()
        || m_forgetPassword->isChecked();
}

void SettingsPage::load(bool keepEdits)
{
    m_loading = true;
    const quint64 saves = m_saves;
    m_context.store()->run<Snapshot>(
        this,
        [](StoreConnection &store) {
            return Snapshot {store.workspace->settings(), store.workspace->teammates(),
                             store.messages->accounts(), QTimeZone::availableTimeZoneIds()};
        },
        [this, keepEdits, saves](const Outcome<Snapshot> &snapshot) {
            m_loading = false;
            if (!snapshot.ok()) {
                FeedbackLabel::show(m_saveStatus,
                                    tr("The settings could not be loaded: %1").arg(snapshot.error),
                                    Tone::Bad);
                return;
            }
            const Snapshot &current = *snapshot.value;
            // Edits typed before the answer came stay; Save merges them over the store. A save
            // runs on the other worker: a read that overlapped one may predate it, and the save's
            // own answer shows what was stored.
            const bool overlappedASave = saves != m_saves || !m_save->isEnabled();
            if (!overlappedASave && (!keepEdits || !hasUnsavedEdits())) {
                if (m_timeZone->count() != current.timeZones.size()) {
                    m_timeZone->clear();
                    for (const QByteArray &id : current.timeZones)
                        m_timeZone->addItem(QString::fromUtf8(id));
                }
                showSettings(current.settings);
            }
            m_loaded = true;
            checkLinks();
            showTeammates(current.teammates);
            showAccounts(current.accounts);
            Q_EMIT loaded();
        });
}

void SettingsPage::showSettings(const WorkspaceSettings &settings)
{
    m_settings = settings;
    const WorkspaceSettings &s = m_settings;
    m_ownerName->setText(s.ownerName);
    m_ownerEmail->setText(s.ownerEmail);
    m_publicBaseUrl->setText(s.publicBaseUrl);
    m_timeZone->setCurrentText(s.timeZone);
    m_smtpHost->setText(s.smtpHost);
    m_smtpPort->setValue(s.smtpPort);
    const int security = m_smtpSecurity->findData(s.smtpSecurity);
    m_smtpSecurity->setCurrentIndex(security >= 0 ? security : 0);
    m_smtpUsername->setText(s.smtpUsername);
    m_smtpPassword->clear();
    m_forgetPassword->setChecked(false);
    m_passwordStorage->setText(s.smtpPasswordStorage == u"keyring"_s
                                   ? tr("A password is stored in the system keyring.")
                                   : s.smtpPasswordStorage == u"file"_s
                                   ? tr("A password is stored in a file only you can read (no "
                                        "keyring answered).")
                                   : tr("No password is stored."));
    m_smtpFrom->setText(s.smtpFrom);
    m_allowInvalidCertificate->setChecked(s.smtpAllowInvalidCertificate);
    showWebhookUrl();
}

void SettingsPage::showTeammates(const QList<Teammate> &teammates)
{
    m_teammates->clear();
    for (const Teammate &t : teammates) {
        auto *item = new QTreeWidgetItem(m_teammates, {t.fullName, t.email});
        item->setData(0, Qt::UserRole, t.id);
    }
}

void SettingsPage::showAccounts(const QList<Account> &accounts)
{
    const qint64 keep = selectedId(m_accounts);
    // Restoring the selection must not overwrite what the user typed into the fields.
    const QSignalBlocker blocker(m_accounts);
    m_accounts->clear();
    for (const Account &a : accounts) {
        auto *item = new QTreeWidgetItem(m_accounts, {a.phone, a.fullName, a.email});
        item->setData(0, Qt::UserRole, a.id);
        if (a.id == keep)
            m_accounts->setCurrentItem(item);
    }
    if (selectedId(m_accounts) != m_cloudAccountId)
        showCloudApi(selectedId(m_accounts));
    else if (const QTreeWidgetItem *item = m_accounts->currentItem())
        m_cloudAccount->setText(accountTitle(*item)); // its name may have changed
}

WorkspaceSettings SettingsPage::formSettings() const
{
    WorkspaceSettings s = m_settings;
    s.ownerName = m_ownerName->text().trimmed();
    s.ownerEmail = m_ownerEmail->text().trimmed();
    s.publicBaseUrl = m_publicBaseUrl->text().trimmed();
    s.timeZone = m_timeZone->currentText().trimmed();
    s.smtpHost = m_smtpHost->text().trimmed();
    s.smtpPort = m_smtpPort->value();
    s.smtpSecurity = m_smtpSecurity->currentData().toString();
    s.smtpUsername = m_smtpUsername->text().trimmed();
    s.smtpFrom = m_smtpFrom->text().trimmed();
    s.smtpAllowInvalidCertificate = m_allowInvalidCertificate->isChecked();
    return s;
}

void SettingsPage::save()
{
    if (!m_save->isEnabled())
        return; // a save is under way
    clearErrors();
    WorkspaceService::Changes changes = changesFrom(m_settings, formSettings());
    if (m_forgetPassword->isChecked())
        changes.smtpPassword = QString();
    else if (!m_smtpPassword->text().isEmpty())
        changes.smtpPassword = m_smtpPassword->text();
    m_save->setEnabled(false);
    ++m_saves;
    FeedbackLabel::show(m_saveStatus, tr("Saving…"), Tone::Neutral);
    // In the worker for slow jobs: a password waits there for the keyring, and page loads do not
    // wait behind it.
    m_context.slowStore()->run<ServiceResult<WorkspaceSettings>>(
        this,
        [changes, engine = m_context.engine(),
         notifier = m_context.notifier()](StoreConnection &store) {
            return WorkspaceService(store, engine, notifier).update(changes);
        },
        [this](const Outcome<ServiceResult<WorkspaceSettings>> &outcome) {
            m_save->setEnabled(true);
            if (!outcome.ok()) {
                FeedbackLabel::show(m_saveStatus, tr("Not saved: %1").arg(outcome.error),
                                    Tone::Bad);
                Q_EMIT saveFailed(QString(), outcome.error);
                return;
            }
            if (!outcome.value->ok()) {
                const ServiceError &error = outcome.value->error();
                const QString sentence = error.field == u"smtp.password"_s && !m_context.notifier()
                    ? tr("Passwords cannot be stored right now.")
                    : ServiceErrorText::sentence(error);
                if (error.field.isEmpty()) {
                    FeedbackLabel::show(m_saveStatus, tr("Not saved: %1").arg(sentence), Tone::Bad);
                } else {
                    m_saveStatus->hide();
                    showFieldError(error.field, sentence);
                }
                Q_EMIT saveFailed(error.field, sentence);
                return;
            }
            showSettings(outcome.value->value());
            checkLinks();
            FeedbackLabel::show(m_saveStatus, tr("Saved."), Tone::Neutral);
            Q_EMIT saved();
        });
}

void SettingsPage::checkLinks()
{
    struct Links
    {
        QString base;
        QStringList problems;
    };
    // May try a connection to this computer: in the worker, never here.
    m_context.slowStore()->run<Links>(
        this,
        [links = m_context.links()](StoreConnection &store) {
            const QString configured = store.workspace->settings().publicBaseUrl;
            return Links {links->resolve(configured),
                          links->problems(configured, store.webhooks->enabledUrls())};
        },
        [this](const Outcome<Links> &outcome) {
            if (!outcome.ok())
                return;
            m_linkBase = outcome.value->base;
            showWebhookUrl();
            QStringList problems;
            for (const QString &problem : outcome.value->problems)
                problems << ActivityText::sentence(problem);
            FeedbackLabel::show(
                m_linkProblems,
                problems.isEmpty()
                    ? QString()
                    : tr("Links in payloads may not open: %1").arg(problems.join(u' ')),
                Tone::Bad);
            Q_EMIT linksChecked();
        });
}

void SettingsPage::sendTestEmail()
{
    OwnerNotifier *notifier = m_context.notifier();
    if (!notifier) {
        const QString outcome = tr("E-mail cannot be sent right now.");
        FeedbackLabel::show(m_testStatus, outcome, Tone::Bad);
        Q_EMIT testEmailFinished(false, outcome);
        return;
    }
    const quint64 tag = nextTestTag();
    m_testTag = tag;
    m_sendTest->setEnabled(false);
    FeedbackLabel::show(m_testStatus, tr("Sending a test e-mail with the saved settings…"),
                        Tone::Neutral);
    m_testTimeout->start();
    QMetaObject::invokeMethod(
        notifier, [notifier, tag] { notifier->sendTest(tag); }, Qt::QueuedConnection);
}

void SettingsPage::confirmRegenerate()
{
    const auto answer = QMessageBox::question(
        this, tr("Regenerate the API token?"),
        tr("Scripts and tools that use the current token stop working at once and need the new "
           "one. Regenerate?"),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        regenerateToken();
}

void SettingsPage::regenerateToken()
{
    m_regenerate->setEnabled(false);
    // ApiToken::regenerate writes DATA_DIR/api-token: the worker does it, not the GUI thread.
    m_context.store()->run<QString>(
        this,
        [token = m_context.apiToken()](StoreConnection &) {
            QString error;
            if (!token->regenerate(&error))
                throw StoreError(error);
            return QString::fromLatin1(token->value());
        },
        [this](const Outcome<QString> &outcome) {
            m_regenerate->setEnabled(true);
            if (!outcome.ok()) {
                FeedbackLabel::show(m_tokenStatus,
                                    tr("The token was not changed: %1").arg(outcome.error),
                                    Tone::Bad);
                return;
            }
            m_token->setText(*outcome.value);
            FeedbackLabel::show(m_tokenStatus,
                                tr("A new token is in use; the old one no longer works."),
                                Tone::Neutral);
            Q_EMIT tokenRegenerated();
        });
}

void SettingsPage::testStore()
{
    const QString url = m_storeUrl->text().trimmed();
    if (!StoreLocation::looksLikeUrl(url)) {
        FeedbackLabel::show(m_storeStatus,
                            tr("Enter a postgresql://USER@HOST:PORT/DB URL to test."), Tone::Bad);
        Q_EMIT storeTested(false, m_storeStatus->text());
        return;
    }
    m_storeTest->setEnabled(false);
    FeedbackLabel::show(m_storeStatus, tr("Connecting…"), Tone::Neutral);
    m_context.slowStore()->run<QString>(
        this,
        [url, password = m_storePassword->text()](StoreConnection &) {
            return Database::probe(url, password);
        },
        [this](const Outcome<QString> &outcome) {
            m_storeTest->setEnabled(true);
            const QString text = outcome.ok() ? *outcome.value : outcome.error;
            FeedbackLabel::show(m_storeStatus, text, outcome.ok() ? Tone::Good : Tone::Bad);
            Q_EMIT storeTested(outcome.ok(), text);
        });
}

void SettingsPage::saveStore()
{
    m_storeSave->setEnabled(false);
    m_context.slowStore()->run<bool>(
        this,
        [directory = m_context.dataDirectory(), url = m_storeUrl->text(),
         password = m_storePassword->text()](StoreConnection &) {
            QString error;
            if (!StoreChoice::save(directory, url, password, &error))
                throw StoreError(error);
            return true;
        },
        [this](const Outcome<bool> &outcome) {
            m_storeSave->setEnabled(true);
            if (!outcome.ok()) {
                FeedbackLabel::show(m_storeStatus, outcome.error, Tone::Bad);
                Q_EMIT storeFailed(outcome.error);
                return;
            }
            m_storePassword->clear();
            FeedbackLabel::show(m_storeStatus,
                                m_storeUrl->text().trimmed().isEmpty()
                                    ? tr("Saved: the next start uses the SQLite file in the "
                                         "data folder.")
                                    : tr("Saved: the next start uses this PostgreSQL database."),
                                Tone::Good);
            Q_EMIT storeSaved();
        });
}

void SettingsPage::addTeammate()
{
    if (!m_addTeammate->isEnabled())
        return; // another teammate change is under way
    const Teammate teammate {0, m_teammateName->text(), m_teammateEmail->text()};
    // Checked here too, so the answer comes as the button is pressed.
    if (WorkspaceService::checkTeammate(teammate, u"email"_s)) {
        FeedbackLabel::show(m_teammateStatus, tr("Enter the teammate's e-mail address."),
                            Tone::Bad);
        return;
    }
    setTeammatesBusy(true);
    m_context.store()->run<ServiceResult<QList<Teammate>>>(
        this,
        [teammate, engine = m_context.engine(), notifier = m_context.notifier()](
            StoreConnection &store) -> ServiceResult<QList<Teammate>> {
            WorkspaceService::Changes add;
            add.teammates = {teammate};
            const auto saved = WorkspaceService(store, engine, notifier).update(add);
            if (!saved.ok())
                return saved.error();
            return store.workspace->teammates();
        },
        [this](const Outcome<ServiceResult<QList<Teammate>>> &outcome) {
            setTeammatesBusy(false);
            if (!outcome.ok() || !outcome.value->ok()) {
                const QString error = outcome.ok() ? outcome.value->error().message : outcome.error;
                FeedbackLabel::show(m_teammateStatus,
                                    tr("The teammate was not saved: %1").arg(error), Tone::Bad);
                return;
            }
            m_teammateStatus->hide();
            m_teammateName->clear();
            m_teammateEmail->clear();
            showTeammates(outcome.value->value());
            Q_EMIT teammatesChanged();
        });
}

void SettingsPage::removeTeammate(qint64 teammateId)
{
    if (!m_addTeammate->isEnabled())
        return; // another teammate change is under way
    setTeammatesBusy(true);
    m_context.store()->run<ServiceResult<QList<Teammate>>>(
        this,
        [teammateId, engine = m_context.engine(),
         notifier = m_context.notifier()](StoreConnection &store) {
            return WorkspaceService(store, engine, notifier).removeTeammate(teammateId);
        },
        [this](const Outcome<ServiceResult<QList<Teammate>>> &outcome) {
            setTeammatesBusy(false);
            if (!outcome.ok() || !outcome.value->ok()) {
                const QString error = outcome.ok()
                    ? ServiceErrorText::sentence(outcome.value->error())
                    : outcome.error;
                FeedbackLabel::show(m_teammateStatus,
                                    tr("The teammate was not removed: %1").arg(error), Tone::Bad);
                return;
            }
            m_teammateStatus->hide();
            showTeammates(outcome.value->value());
            Q_EMIT teammatesChanged();
        });
}

void SettingsPage::addAccount()
{
    saveAccount(Account {0, m_accountPhone->text().trimmed(), m_accountName->text().trimmed(),
                         m_accountEmail->text().trimmed()});
}

void SettingsPage::updateAccount()
{
    const qint64 id = selectedId(m_accounts);
    if (id <= 0) {
        FeedbackLabel::show(m_accountStatus, tr("Select the account to change first."), Tone::Bad);
        Q_EMIT accountFailed(QString(), m_accountStatus->text());
        return;
    }
    saveAccount(Account {id, m_accountPhone->text().trimmed(), m_accountName->text().trimmed(),
                         m_accountEmail->text().trimmed()});
}

// Creates (id 0) or updates an account; the phone is required and unique, as in the API.
void SettingsPage::saveAccount(const Account &account)
{
    if (!m_addAccount->isEnabled())
        return; // another account change is under way
    setAccountsBusy(true);
    m_context.store()->run<AccountsResult>(
        this,
        [account](StoreConnection &store) {
            AccountService service(store);
            const AccountService::Changes changes {account.phone, account.fullName, account.email};
            const auto saved
                = account.id > 0 ? service.update(account.id, changes) : service.create(changes);
            if (!saved.ok())
                return AccountsResult {saved.error().field,
                                       accountErrorText(saved.error(), account.phone.trimmed()),
                                       {}};
            return AccountsResult {{}, {}, store.messages->accounts()};
        },
        [this](const Outcome<AccountsResult> &outcome) {
            setAccountsBusy(false);
            const QString error = outcome.ok() ? outcome.value->error : outcome.error;
            if (!error.isEmpty()) {
                const QString field = outcome.ok() ? outcome.value->field : QString();
                FeedbackLabel::show(m_accountStatus, error, Tone::Bad);
                Q_EMIT accountFailed(field, error);
                return;
            }
            FeedbackLabel::show(m_accountStatus, tr("Account saved."), Tone::Neutral);
            showAccounts(outcome.value->accounts);
            Q_EMIT accountsChanged();
        });
}

QString SettingsPage::accountErrorText(const ServiceError &error, const QString &phone)
{
    // ServiceErrorText words the rest; only here is the phone known, so the conflict names it.
    if (error.field == u"phone"_s && error.code == ServiceError::Code::Conflict)
        return tr("An account with phone %1 exists already.").arg(phone);
    return ServiceErrorText::sentence(error);
}

// One teammate or account change at a time: a second click while the first is stored would
// add twice or undo it.
void SettingsPage::setTeammatesBusy(bool busy)
{
    m_addTeammate->setEnabled(!busy);
    m_removeTeammate->setEnabled(!busy);
}

void SettingsPage::setAccountsBusy(bool busy)
{
    m_addAccount->setEnabled(!busy);
    m_updateAccount->setEnabled(!busy);
}

void SettingsPage::showCloudApi(qint64 accountId)
{
    m_cloudAccountId = accountId;
    m_cloudRetry->stop();
    for (QLabel *label : std::as_const(m_cloudErrors))
        label->hide();
    CloudApiRegistry *registry = m_context.cloudApi();
    const QTreeWidgetItem *item = m_accounts->currentItem();
    const bool ready = accountId > 0 && registry && registry->isLoaded();
    m_cloudFields->setEnabled(ready);
    m_cloudState->setVisible(ready);
    if (!ready) {
        m_cloudAccount->setText(
            !registry ? tr("The Cloud API is not available here.")
                : accountId <= 0
                ? tr("Select an account in the list above to connect it to the WhatsApp Cloud "
                     "API.")
                : tr("Reading the Cloud API settings…"));
        if (registry && accountId > 0)
            m_cloudRetry->start(); // the keyring answers soon after the start
        m_connectCloudApi->setEnabled(false);
        m_disconnectCloudApi->setEnabled(false);
        return;
    }
    m_cloudAccount->setText(item ? accountTitle(*item) : QString());
    // An in-memory snapshot under a read lock: no keyring, no SQL in this thread.
    const std::optional<CloudApiAccount> cloud = registry->forAccount(accountId);
    m_phoneNumberId->setText(cloud ? cloud->phoneNumberId : QString());
    m_graphBaseUrl->setText(cloud ? cloud->graphBaseUrl
                                  : QString::fromLatin1(CloudApiAccount::defaultGraphBaseUrl));
    for (const CloudSecret &secret : std::as_const(m_cloudSecrets)) {
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
    m_cloudState->setText(state.join(u' '));
    setCloudApiBusy(m_cloudBusy);
}

void SettingsPage::showWebhookUrl()
{
    // The same address GET /api/v1/accounts reports; Meta needs the saved base URL.
    const QString base = m_settings.publicBaseUrl.isEmpty() ? m_linkBase : m_settings.publicBaseUrl;
    m_webhookUrl->setText(base + u"/whatsapp/webhook"_s);
}

void SettingsPage::setCloudApiBusy(bool busy)
{
    m_cloudBusy = busy;
    const bool ready = m_cloudFields->isEnabled();
    m_connectCloudApi->setEnabled(ready && !busy);
    m_disconnectCloudApi->setEnabled(ready && !busy
                                     && m_context.cloudApi()->forAccount(m_cloudAccountId));
}

void SettingsPage::saveCloudApi()
{
    if (m_cloudBusy || !m_cloudFields->isEnabled())
        return; // a change is under way, or no account is shown
    for (QLabel *label : std::as_const(m_cloudErrors))
        label->hide();
    const qint64 accountId = m_cloudAccountId;
    const QString phoneNumberId = m_phoneNumberId->text().trimmed();
    QString graphBaseUrl = m_graphBaseUrl->text().trimmed();
    if (graphBaseUrl.isEmpty())
        graphBaseUrl = QString::fromLatin1(CloudApiAccount::defaultGraphBaseUrl);
    CloudApiService::Changes changes;
    changes.phoneNumberId = phoneNumberId;
    changes.graphBaseUrl = graphBaseUrl;
    // Only the secrets the user typed or cleared change; the others keep their stored value.
    for (const CloudSecret &secret : std::as_const(m_cloudSecrets)) {
        if (secret.clear->isChecked())
            changes.*secret.change = QString();
        else if (const QString typed = secret.edit->text().trimmed(); !typed.isEmpty())
            changes.*secret.change = typed;
    }
    setCloudApiBusy(true);
    FeedbackLabel::show(m_cloudStatus, tr("Saving…"), Tone::Neutral);
    m_context.slowStore()->run<ServiceResult<CloudApiAccount>>(
        this,
        [registry = m_context.cloudApi(), accountId, changes](StoreConnection &store) {
            return CloudApiService(store, registry).connect(accountId, changes);
        },
        [this, accountId](const Outcome<ServiceResult<CloudApiAccount>> &outcome) {
            if (!outcome.ok()) {
                cloudApiFinished(QString(), tr("Not saved: %1").arg(outcome.error));
                return;
            }
            if (!outcome.value->ok()) {
                const ServiceError &error = outcome.value->error();
                cloudApiFinished(error.field, ServiceErrorText::sentence(error));
                return;
            }
            if (accountId == m_cloudAccountId)
                showCloudApi(accountId); // the secrets' fields empty again, their state shown
            cloudApiFinished(QString(), QString());
            FeedbackLabel::show(m_cloudStatus, tr("Cloud API settings saved."), Tone::Neutral);
            Q_EMIT cloudApiSaved();
        });
}

void SettingsPage::confirmDisconnect()
{
    const auto answer = QMessageBox::question(
        this, tr("Disconnect from the Cloud API?"),
        tr("The account's Cloud API settings and secrets are removed, and Meta's notifications "
           "for it are refused until it is connected again. Its messages stay. Disconnect?"),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        disconnectCloudApi();
}

void SettingsPage::disconnectCloudApi()
{
    if (m_cloudBusy || !m_cloudFields->isEnabled())
        return;
    const qint64 accountId = m_cloudAccountId;
    setCloudApiBusy(true);
    m_context.slowStore()->run<ServiceResult<bool>>(
        this,
        [registry = m_context.cloudApi(), accountId](StoreConnection &store) {
            return CloudApiService(store, registry).disconnect(accountId);
        },
        [this, accountId](const Outcome<ServiceResult<bool>> &outcome) {
            if (!outcome.ok() || !outcome.value->ok()) {
                const QString error = outcome.ok()
                    ? ServiceErrorText::sentence(outcome.value->error())
                    : outcome.error;
                cloudApiFinished(QString(), tr("Not disconnected: %1").arg(error));
                return;
            }
            if (accountId == m_cloudAccountId)
                showCloudApi(accountId);
            cloudApiFinished(QString(), QString());
            FeedbackLabel::show(m_cloudStatus, tr("Disconnected from the Cloud API."),
                                Tone::Neutral);
            Q_EMIT cloudApiDisconnected();
        });
}

// The end of a Cloud API save or disconnect: buttons back, and the error (if any) next to its
// field, or beside the buttons when it names none.
void SettingsPage::cloudApiFinished(const QString &field, const QString &error)
{
    setCloudApiBusy(false);
    if (error.isEmpty())
        return;
    QLabel *label = m_cloudErrors.value(field);
    m_cloudStatus->hide();
    FeedbackLabel::show(label ? label : m_cloudStatus, error, Tone::Bad);
    Q_EMIT cloudApiFailed(field, error);
}

void SettingsPage::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors))
        label->hide();
}

void SettingsPage::showFieldError(const QString &field, const QString &message)
{
    QLabel *label = m_errors.value(field, m_saveStatus);
    FeedbackLabel::show(label, message, Tone::Bad);
}

} // namespace hookline
