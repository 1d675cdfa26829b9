#include "ownernotifier.h"

#include "delivery/clock.h"
#include "delivery/dispatcher.h"
#include "logcategories.h"
#include "payload/aggregationhtml.h"
#include "store/datadirectory.h"
#include "store/storeconnection.h"
#include "store/storeerror.h"

#include <QTimeZone>

#include <QTimer>
#include <future>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

// The password is read later, on the worker thread, from the SecretStore.
SmtpSettings smtpFrom(const WorkspaceSettings &s, int timeoutMs)
{
    SmtpSettings smtp;
    smtp.host = s.smtpHost;
    smtp.port = s.smtpPort;
    smtp.security = s.smtpSecurity;
    smtp.username = s.smtpUsername;
    smtp.allowInvalidCertificate = s.smtpAllowInvalidCertificate;
    smtp.timeoutMs = timeoutMs;
    return smtp;
}

// Why no e-mail can be tried at all, or empty when one can.
QString missingSettings(const WorkspaceSettings &s)
{
    if (s.smtpHost.trimmed().isEmpty())
        return u"no SMTP server is set in the workspace settings"_s;
    if (s.ownerEmail.trimmed().isEmpty())
        return u"the workspace owner has no e-mail address"_s;
    if (s.smtpFrom.trimmed().isEmpty())
        return u"no sender address (SMTP \"from\") is set"_s;
    return {};
}

} // namespace

OwnerNotifier::OwnerNotifier(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_senders.setMaxThreadCount(2);
    connect(
        this, &OwnerNotifier::testFinished, this,
        [this](quint64 tag, bool ok, const QString &outcome) { m_tests.finish(tag, ok, outcome); },
        Qt::DirectConnection);
}

void OwnerNotifier::test(QObject *context, PendingTests::Done done)
{
    const quint64 tag = m_tests.add(context, std::move(done));
    QMetaObject::invokeMethod(
        this, [this, tag] { sendTest(tag); }, Qt::QueuedConnection);
}

OwnerNotifier::~OwnerNotifier()
{
    // Tasks post their results to this object; none may still be running when it goes.
    m_senders.waitForDone();
}

bool OwnerNotifier::openStore()
{
    if (m_store)
        return true;
    QString error;
    m_store = StoreConnection::open(
        m_options.databasePath, DataDirectory(m_options.dataDirectory).attachmentsPath(), &error);
    if (!m_store) {
        qCCritical(lcNotify) << "cannot open the store:" << error;
        return false;
    }
    return true;
}

void OwnerNotifier::note(qint64 webhookId, const QString &text)
{
    if (webhookId <= 0)
        return;
    try {
        m_store->activity->add(webhookId, m_options.clock->nowMs(), ActivityKind::Email, text);
    } catch (const StoreError &e) {
        qCWarning(lcNotify) << "cannot record the e-mail in the activity log:" << e.message();
    }
}

void OwnerNotifier::webhookAutoDisabled(qint64 webhookId, const QString &reason)
{
    if (!openStore())
        return;
    try {
        const WorkspaceSettings settings = m_store->workspace->settings();
        if (const QString why = missingSettings(settings); !why.isEmpty()) {
            note(webhookId, u"owner not e-mailed: "_s + why);
            Q_EMIT ownerNotNotified(webhookId, why);
            return;
        }
        const std::optional<Webhook> webhook = m_store->webhooks->webhook(webhookId);
        if (!webhook)
            return;
        // What it sent was a replay, to a receiver someone is trying out: no new message waits
        // on it, and the owner's inbox is for the webhooks that carry them.
        if (webhook->replaysOnly) {
            note(webhookId, u"owner not e-mailed: it only sends replays"_s);
            return;
        }
        QTimeZone zone(settings.timeZone.toUtf8());
        if (!zone.isValid())
            zone = QTimeZone::utc();
        const QString when = m_options.clock->now().toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"_s)
            + u' ' + settings.timeZone;
        // Credentials in the URL stay out of mail, which crosses other people's servers.
        const QString url = Dispatcher::redactedUrl(webhook->url);
        // As the window names it; a long name would make an unwieldy subject line.
        const QString name = webhook->displayName().left(80);
        const int waiting = m_store->outbox->pendingMessageCount(webhookId);

        QStringList errors;
        const QList<AttemptRecord> recent = m_store->attempts->recent(webhookId, 5);
        for (auto it = recent.crbegin(); it != recent.crend(); ++it) {
            if (!it->success) {
                errors << it->started.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm:ss"_s) + u": "_s
                        + it->error;
            }
        }
        const QString owner
            = settings.ownerName.isEmpty() ? settings.ownerEmail : settings.ownerName;
        const QString resume
            = u"To resume, fix the receiving side, then switch the webhook on again in Hookline "
              "(Webhooks → Outbound) and choose whether to deliver or discard the waiting "
              "messages. From a script: PUT /api/v1/webhooks/%1 with "
              "{\"enabled\": true, \"backlog\": \"deliver\"}."_s.arg(webhookId);
        QString text
            = u"Hello %1,\n\nThe webhook \"%2\" (%3) was disabled automatically at %4: %5.\n\n"_s
                  .arg(owner, name, url, when, reason);
        if (!errors.isEmpty())
            text += u"Last errors:\n"_s + u"  - "_s + errors.join(u"\n  - "_s) + u"\n\n"_s;
        text
            += u"%1 message(s) are waiting for this webhook. Nothing is lost.\n\n%2\n\n— Hookline\n"_s
                   .arg(waiting)
                   .arg(resume);
        QString html = u"<p>Hello %1,</p><p>The webhook <b>%2</b> (<code>%3</code>) was disabled "
                       "automatically at %4: %5.</p>"_s.arg(htmlEscaped(owner), htmlEscaped(name),
                                                            htmlEscaped(url), htmlEscaped(when),
                                                            htmlEscaped(reason));
        if (!errors.isEmpty()) {
            html += u"<p>Last errors:</p><ul>"_s;
            for (const QString &e : std::as_const(errors))
                html += u"<li>"_s + htmlEscaped(e) + u"</li>"_s;
            html += u"</ul>"_s;
        }
        html += u"<p><b>%1</b> message(s) are waiting for this webhook. Nothing is "
                u"lost.</p><p>%2</p>"
                "<p>— Hookline</p>"_s.arg(waiting)
                    .arg(htmlEscaped(resume));

        Job job;
        job.webhookId = webhookId;
        job.smtp = smtpFrom(settings, m_options.timeoutMs);
        job.message = MailMessage {{u"Hookline"_s, settings.smtpFrom},
                                   {settings.ownerName, settings.ownerEmail},
                                   u"Hookline: webhook \"%1\" was disabled"_s.arg(name),
                                   text,
                                   html,
                                   m_options.clock->now(),
                                   u"hookline.invalid"_s};
        start(std::move(job));
    } catch (const StoreError &e) {
        qCCritical(lcNotify) << "cannot prepare the owner e-mail:" << e.message();
    }
}

void OwnerNotifier::sendTest(quint64 tag)
{
    if (!openStore()) {
        Q_EMIT testFinished(tag, false, u"the store cannot be opened"_s);
        return;
    }
    try {
        const WorkspaceSettings settings = m_store->workspace->settings();
        if (const QString why = missingSettings(settings); !why.isEmpty()) {
            Q_EMIT testFinished(tag, false, why);
            return;
        }
        Job job;
        job.testTag = tag;
        job.attempt = int(m_options.retryDelaysMs.size()); // a test is tried once
        job.smtp = smtpFrom(settings, m_options.timeoutMs);
        job.message = MailMessage {
            {u"Hookline"_s, settings.smtpFrom},
            {settings.ownerName, settings.ownerEmail},
            u"Hookline test e-mail"_s,
            u"This is a test from Hookline. Alerts about disabled webhooks will arrive like this.\n"_s,
            u"<p>This is a test from Hookline. Alerts about disabled webhooks will arrive like "
            "this.</p>"_s,
            m_options.clock->now(),
            u"hookline.invalid"_s};
        start(std::move(job));
    } catch (const StoreError &e) {
        Q_EMIT testFinished(tag, false, e.message());
    }
}

SecretStore::Location OwnerNotifier::storeSmtpPassword(const QString &password, QString *error)
{
    std::promise<std::pair<SecretStore::Location, QString>> done;
    auto future = done.get_future();
    m_senders.start([this, password, &done] {
        QString message;
        const auto location = SecretStore(m_options.dataDirectory)
                                  .write(QString::fromLatin1(smtpPasswordName), password, &message);
        done.set_value({location, message});
    });
    const auto [location, message] = future.get();
    *error = message;
    return location;
}

void OwnerNotifier::start(Job job)
{
    m_senders.start([this, job]() mutable {
        if (!job.smtp.username.isEmpty()) {
            job.smtp.password
                = SecretStore(m_options.dataDirectory).read(QString::fromLatin1(smtpPasswordName));
        }
        const SmtpSender::Result result = SmtpSender::send(job.smtp, job.message);
        QMetaObject::invokeMethod(
            this, [this, job, result] { finished(job, result); }, Qt::QueuedConnection);
    });
}

void OwnerNotifier::finished(Job job, const SmtpSender::Result &result)
{
    if (job.webhookId == 0) {
        Q_EMIT testFinished(job.testTag, result.ok,
                            result.ok ? u"sent to %1"_s.arg(job.message.to.email) : result.error);
        return;
    }
    if (result.ok) {
        note(job.webhookId, u"owner e-mailed at %1"_s.arg(job.message.to.email));
        Q_EMIT mailSent(job.webhookId);
        return;
    }
    const bool givingUp = job.attempt >= m_options.retryDelaysMs.size();
    note(job.webhookId,
         (givingUp ? u"owner e-mail failed, giving up: "_s : u"owner e-mail failed, will retry: "_s)
             + result.error);
    Q_EMIT mailFailed(job.webhookId, result.error, givingUp);
    if (givingUp)
        return;
    const int delay = m_options.retryDelaysMs.at(job.attempt);
    ++job.attempt;
    QTimer::singleShot(delay, this, [this, job] { start(job); });
}

} // namespace hookline
