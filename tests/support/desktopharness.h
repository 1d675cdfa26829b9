#pragma once

// A real running workspace for desktop tests: a temporary data directory, an Instance (store,
// engine thread, local server on a free loopback port) and the DesktopContext the pages use.
#include "desktopcontext.h"
#include "runtime/instance.h"
#include "store/ingestmessage.h"
#include "store/storeconnection.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

// The named child widget a test drives; a missing one ends the test run with its name.
template<typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

// A webhook that retries at once after an error (no backoff): eleven failures in a row, and so
// an automatic disable, take a moment instead of hours.
hookline::Webhook retryingAtOnce(const QString &name, const QString &url);

class DesktopHarness
{
public:
    DesktopHarness(); // QVERIFY-style failures show through ok() and error()
    ~DesktopHarness();

    bool ok() const { return m_context != nullptr; }
    QString error() const { return m_error; }

    hookline::Instance &instance() { return *m_instance; }
    hookline::DesktopContext &context() { return *m_context; }
    QString dataDirectory() const { return m_dir.path(); }

    // Runs `work` on a store connection of the test's own thread (setting up and checking what
    // the pages did); the GUI code under test never does this.
    void withStore(const std::function<void(hookline::StoreConnection &)> &work);
    // Stores a webhook (created now) and tells the engine, which starts delivering to it.
    qint64 addWebhook(hookline::Webhook webhook);
    // Every message stored, in every chat of every account.
    int storedMessageCount();
    // Adds a received message through the same path as the API; returns its uid.
    QString ingest(const QString &text, const QString &peerPhone = QStringLiteral("+919800000001"));
    // The same for a message the test describes whole (sent, in a group, with a file...).
    QString ingest(hookline::IngestMessage message);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<hookline::Instance> m_instance;
    std::unique_ptr<hookline::DesktopContext> m_context;
    std::unique_ptr<hookline::StoreConnection> m_store;
    QString m_error;
};
