#pragma once

#include "delivery/pendingtests.h"
#include "smtpsender.h"
#include "store/secretstore.h"

#include <QList>
#include <QObject>
#include <QThreadPool>

#include <memory>

namespace hookline {

class Clock;
struct StoreConnection;

// E-mails the workspace owner when a webhook is disabled automatically (DESIGN §3), and sends
// the "test e-mail" of the settings. One e-mail per auto-disable; a failed send is retried a few
// times with growing delays and the outcome goes to the webhook's activity log. Sending happens
// on a worker thread, so neither deliveries nor re-enabling ever wait for a mail server. Lives in
// the engine's thread and opens its own store connection there.
class OwnerNotifier : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString databasePath;
        QString dataDirectory; // where the SecretStore falls back to files
        Clock *clock = nullptr;
        QList<int> retryDelaysMs = {30000, 120000, 600000};
        int timeoutMs = 30000;
    };

    explicit OwnerNotifier(Options options, QObject *parent = nullptr);
    ~OwnerNotifier() override;

    // Keeps the SMTP password in the keyring (or the owner-only file). Thread-safe; the caller
    // waits while the keyring answers, on a worker thread, so call it from a server thread.
    SecretStore::Location storeSmtpPassword(const QString &password, QString *error);

    // Sends the test e-mail with the saved settings; `done` gets the outcome
    // (PendingTests::add). Thread-safe.
    void test(QObject *context, PendingTests::Done done);

    static constexpr auto smtpPasswordName = "smtp-password";

public Q_SLOTS:
    void webhookAutoDisabled(qint64 webhookId, const QString &reason);

Q_SIGNALS:
    void mailSent(qint64 webhookId);
    void mailFailed(qint64 webhookId, const QString &error, bool givingUp);
    // No mail could even be tried (no SMTP server or owner address): the desktop shows this.
    void ownerNotNotified(qint64 webhookId, const QString &why);
    // The answer to sendTest(tag); callers use test(), which hands them theirs.
    void testFinished(quint64 tag, bool ok, const QString &outcome);

private:
    struct Job
    {
        qint64 webhookId = 0; // 0: the test e-mail
        quint64 testTag = 0;
        MailMessage message;
        SmtpSettings smtp;
        int attempt = 0;
    };

    // The test e-mail of test(), in the notifier's thread; answered by testFinished(tag, …).
    void sendTest(quint64 tag);
    bool openStore();
    void start(Job job);
    void finished(Job job, const SmtpSender::Result &result);
    // An e-mail line in the webhook's activity log.
    void note(qint64 webhookId, const QString &text);

    Options m_options;
    std::unique_ptr<StoreConnection> m_store;
    QThreadPool m_senders;
    PendingTests m_tests;
};

} // namespace hookline
