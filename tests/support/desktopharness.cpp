#include "desktopharness.h"

#include "delivery/clock.h"
#include "delivery/enginethread.h"
#include "store/storeconnection.h"

hookline::Webhook retryingAtOnce(const QString &name, const QString &url)
{
    hookline::Webhook w;
    w.name = name;
    w.url = url;
    w.retryScheduleSeconds = {0};
    return w;
}

DesktopHarness::DesktopHarness()
{
    m_instance = std::make_unique<hookline::Instance>(
        hookline::Instance::Options {m_dir.path(), QStringLiteral("127.0.0.1"), 0, {}});
    if (!m_instance->start(&m_error))
        return;
    m_context = std::make_unique<hookline::DesktopContext>(*m_instance);
}

DesktopHarness::~DesktopHarness()
{
    m_store.reset();
    m_context.reset();
    m_instance.reset();
}

void DesktopHarness::withStore(const std::function<void(hookline::StoreConnection &)> &work)
{
    if (!m_store) {
        QString error;
        m_store = hookline::StoreConnection::open(m_instance->dataDirectory().storeLocation(),
                                                  m_instance->dataDirectory().attachmentsPath(),
                                                  &error);
        if (!m_store)
            qFatal("cannot open the test store: %s", qPrintable(error));
    }
    work(*m_store);
}

qint64 DesktopHarness::addWebhook(hookline::Webhook webhook)
{
    qint64 id = 0;
    withStore([&](hookline::StoreConnection &store) {
        id = store.webhooks->create(webhook, m_instance->clock()->nowMs());
    });
    m_context->engine()->reload(id);
    return id;
}

int DesktopHarness::storedMessageCount()
{
    int count = 0;
    withStore([&](hookline::StoreConnection &store) {
        for (const auto &account : store.messages->accounts()) {
            for (const auto &chat : store.messages->chats(account.id))
                count += store.messages->chatMessageCount(chat.id);
        }
    });
    return count;
}

QString DesktopHarness::ingest(const QString &text, const QString &peerPhone)
{
    hookline::IngestMessage m;
    m.account = {QStringLiteral("+14155550100"), QStringLiteral("Sales"), {}};
    m.chat.phone = peerPhone;
    m.chat.fullName = QStringLiteral("Customer %1").arg(peerPhone.right(2));
    m.sender = {m.chat.fullName, peerPhone};
    m.recipient = {QStringLiteral("Sales"), QStringLiteral("+14155550100")};
    m.text = text;
    m.source = QStringLiteral("test");
    return ingest(std::move(m));
}

QString DesktopHarness::ingest(hookline::IngestMessage message)
{
    if (message.account.phone.isEmpty())
        message.account = {QStringLiteral("+14155550100"), QStringLiteral("Sales"), {}};
    QString uid;
    withStore([&](hookline::StoreConnection &store) {
        const auto stored
            = store.messages->ingest({message}, store.outbox->hook(m_instance->clock()->nowMs()));
        uid = stored.constFirst().message.uid;
    });
    m_instance->engine()->poke();
    return uid;
}
