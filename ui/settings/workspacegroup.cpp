#include "workspacegroup.h"

#include "activitytext.h"
#include "desktopcontext.h"
#include "feedbacklabel.h"
#include "notify/ownernotifier.h"
#include "payload/linkbase.h"
#include "service/serviceerror.h"
#include "service/workspaceservice.h"
#include "serviceerrortext.h"
#include "settingsform.h"
#include "store/storeconnection.h"
#include "store/webhookstore.h"
#include "storeworker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hookline {

using FeedbackLabel::Tone;
using namespace SettingsForm;

namespace {

// How long "Send test e-mail" waits for the notifier, which gives up on a server after 30 s.
constexpr int testEmailTimeoutMs = 45000;

// The fields the user changed (where the form differs from what was loaded): only those are
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

} // namespace

WorkspaceGroup::WorkspaceGroup(DesktopContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_testTimeout(new QTimer(this))
{
    setObjectName(u"workspaceGroup"_s);
    auto *workspaceBox = new QGroupBox(tr("Workspace"), this);
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
        addField(form, label, widget, apiField, m_errors, hint);
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

    auto *smtpBox = new QGroupBox(tr("Outgoing e-mail (SMTP)"), this);
    auto *smtpForm = new QFormLayout(smtpBox);
    m_smtpHost = lineEdit(u"smtpHost"_s, smtpBox, tr("smtp.example.com"));
    m_smtpPort = new QSpinBox(smtpBox);
    m_smtpPort->setObjectName(u"smtpPort"_s);
    m_smtpPort->setRange(1, 65535);
    m_smtpPort->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // five digits need no more
    m_smtpSecurity = new QComboBox(smtpBox);
    m_smtpSecurity->setObjectName(u"smtpSecurity"_s);
    m_smtpSecurity->addItem(tr("STARTTLS"), int(SmtpSecurity::StartTls));
    m_smtpSecurity->addItem(tr("TLS"), int(SmtpSecurity::Tls));
    m_smtpSecurity->addItem(tr("None (unencrypted)"), int(SmtpSecurity::None));
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

    m_save = button(u"save"_s, tr("&Save"), this);
    m_saveStatus = FeedbackLabel::create(u"saveStatus"_s, this, Tone::Neutral);
    m_sendTest = button(u"sendTestEmail"_s, tr("Send test e-m&ail"), this);
    m_sendTest->setToolTip(tr("Sends a test e-mail to the owner with the saved settings"));
    m_testStatus = FeedbackLabel::create(u"testStatus"_s, this, Tone::Neutral);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_sendTest);
    saveRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(workspaceBox);
    layout->addWidget(smtpBox);
    layout->addLayout(saveRow);
    layout->addWidget(m_saveStatus);
    layout->addWidget(m_testStatus);

    connect(m_save, &QPushButton::clicked, this, &WorkspaceGroup::save);
    connect(m_sendTest, &QPushButton::clicked, this, &WorkspaceGroup::sendTestEmail);

    m_testTimeout->setSingleShot(true);
    m_testTimeout->setInterval(testEmailTimeoutMs);
    connect(m_testTimeout, &QTimer::timeout, this, [this] {
        m_testing = 0;
        m_sendTest->setEnabled(true);
        const QString outcome = tr("The mail server did not answer in time.");
        FeedbackLabel::show(m_testStatus, outcome, Tone::Bad);
        Q_EMIT testEmailFinished(false, outcome);
    });
}

bool WorkspaceGroup::hasUnsavedEdits() const
{
    return changesFrom(m_settings, formSettings()).touchesSettings()
        || !m_smtpPassword->text().isEmpty() || m_forgetPassword->isChecked();
}

void WorkspaceGroup::showLoaded(const WorkspaceSettings &settings,
                                const QList<QByteArray> &timeZones, bool keepEdits,
                                quint64 savesAtLoad)
{
    // A save runs on the other worker: a read that overlapped one may predate it, and the
    // save's own answer shows what was stored.
    const bool overlappedASave = savesAtLoad != m_saves || !m_save->isEnabled();
    if (!overlappedASave && (!keepEdits || !hasUnsavedEdits())) {
        if (m_timeZone->count() != timeZones.size()) {
            m_timeZone->clear();
            for (const QByteArray &id : timeZones)
                m_timeZone->addItem(QString::fromUtf8(id));
        }
        showSettings(settings);
    }
    checkLinks();
}

void WorkspaceGroup::showLoadError(const QString &error)
{
    FeedbackLabel::show(m_saveStatus, tr("The settings could not be loaded: %1").arg(error),
                        Tone::Bad);
}

void WorkspaceGroup::showSettings(const WorkspaceSettings &settings)
{
    m_settings = settings;
    const WorkspaceSettings &s = m_settings;
    m_ownerName->setText(s.ownerName);
    m_ownerEmail->setText(s.ownerEmail);
    m_publicBaseUrl->setText(s.publicBaseUrl);
    m_timeZone->setCurrentText(s.timeZone);
    m_smtpHost->setText(s.smtpHost);
    m_smtpPort->setValue(s.smtpPort);
    const int security = m_smtpSecurity->findData(int(s.smtpSecurity));
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
    Q_EMIT webhookBaseChanged();
}

QString WorkspaceGroup::webhookBase() const
{
    return m_settings.publicBaseUrl.isEmpty() ? m_linkBase : m_settings.publicBaseUrl;
}

WorkspaceSettings WorkspaceGroup::formSettings() const
{
    WorkspaceSettings s = m_settings;
    s.ownerName = m_ownerName->text().trimmed();
    s.ownerEmail = m_ownerEmail->text().trimmed();
    s.publicBaseUrl = m_publicBaseUrl->text().trimmed();
    s.timeZone = m_timeZone->currentText().trimmed();
    s.smtpHost = m_smtpHost->text().trimmed();
    s.smtpPort = m_smtpPort->value();
    s.smtpSecurity = SmtpSecurity(m_smtpSecurity->currentData().toInt());
    s.smtpUsername = m_smtpUsername->text().trimmed();
    s.smtpFrom = m_smtpFrom->text().trimmed();
    s.smtpAllowInvalidCertificate = m_allowInvalidCertificate->isChecked();
    return s;
}

void WorkspaceGroup::save()
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

void WorkspaceGroup::checkLinks()
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
            Q_EMIT webhookBaseChanged();
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

void WorkspaceGroup::sendTestEmail()
{
    OwnerNotifier *notifier = m_context.notifier();
    if (!notifier) {
        const QString outcome = tr("E-mail cannot be sent right now.");
        FeedbackLabel::show(m_testStatus, outcome, Tone::Bad);
        Q_EMIT testEmailFinished(false, outcome);
        return;
    }
    const quint64 test = ++m_tests;
    m_testing = test;
    m_sendTest->setEnabled(false);
    FeedbackLabel::show(m_testStatus, tr("Sending a test e-mail with the saved settings…"),
                        Tone::Neutral);
    m_testTimeout->start();
    notifier->test(this, [this, test](bool ok, const QString &outcome) {
        if (test != m_testing)
            return; // timed out meanwhile
        m_testing = 0;
        m_testTimeout->stop();
        m_sendTest->setEnabled(true);
        const QString said = ActivityText::error(outcome); // the notifier writes English
        FeedbackLabel::show(m_testStatus,
                            ok ? tr("Test e-mail sent: %1").arg(said)
                               : tr("The test e-mail failed: %1").arg(said),
                            ok ? Tone::Neutral : Tone::Bad);
        Q_EMIT testEmailFinished(ok, said);
    });
}

void WorkspaceGroup::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors))
        label->hide();
}

void WorkspaceGroup::showFieldError(const QString &field, const QString &message)
{
    QLabel *label = m_errors.value(field, m_saveStatus);
    FeedbackLabel::show(label, message, Tone::Bad);
}

} // namespace hookline
