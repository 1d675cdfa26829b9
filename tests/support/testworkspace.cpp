#include "testworkspace.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace hookline;
using namespace Qt::StringLiterals;

const QDateTime startTime(QDate(2026, 3, 1), QTime(5, 59, 0), Qt::UTC);

Workspace::Workspace()
    : clock(startTime)
{
    links.setListening(QStringLiteral("127.0.0.1"), 8787);
    QString error;
    db = Database::open(location(), Database::Mode::ReadWrite, &error);
    if (!db)
        qFatal("cannot open store: %s", qPrintable(error));
    files = std::make_unique<AttachmentStore>(dir.filePath(u"attachments"_s));
    messages = std::make_unique<MessageStore>(*db, *files);
    webhooks = std::make_unique<WebhookStore>(*db);
    outbox = std::make_unique<Outbox>(*db);
}

Workspace::~Workspace()
{
    engine.reset();
}

Engine::Options Workspace::options()
{
    return {location(), dir.filePath(u"attachments"_s), &clock, &links};
}

bool Workspace::startEngine()
{
    engine = std::make_unique<Engine>(options());
    QSignalSpy started(engine.get(), &Engine::started);
    engine->start();
    if (started.isEmpty() || !started.first().at(0).toBool()) {
        qWarning() << "engine did not start:"
                   << (started.isEmpty() ? QVariant() : started.first().at(1));
        return false;
    }
    return true;
}

qint64 Workspace::addWebhook(const QString &url, Aggregation aggregation, QList<int> retry,
                             const QString &secret)
{
    Webhook w;
    w.name = u"CRM"_s;
    w.url = url;
    w.aggregation = aggregation;
    w.retryScheduleSeconds = retry;
    w.secret = secret;
    w.timeoutMs = 3000;
    const qint64 id = webhooks->create(w, clock.nowMs());
    if (engine)
        engine->reload(id);
    return id;
}

MessageStore::Stored Workspace::ingest(const QString &text, const QString &peer, bool group)
{
    IngestMessage m;
    m.account = {u"+972500000000"_s, u"Sales"_s, u"sales@example.com"_s};
    m.chat.isGroup = group;
    if (group)
        m.chat.groupId = peer;
    else
        m.chat.phone = peer;
    m.chat.fullName = u"Chat "_s + peer;
    m.timestamp = clock.now();
    m.sender = {u"Priya"_s, group ? QString() : peer};
    m.recipient = {u"Sales"_s, u"+972500000000"_s};
    m.text = text;
    const auto stored = messages->ingest({m}, outbox->hook(clock.nowMs())).constFirst();
    if (engine)
        engine->poke();
    return stored;
}

Webhook Workspace::webhook(qint64 id)
{
    return *webhooks->webhook(id);
}

int Workspace::count(const QString &sql)
{
    QSqlQuery q = db->execDirect(sql);
    return q.next() ? q.value(0).toInt() : -1;
}

QString Workspace::location() const
{
    return store.location(dir.filePath(u"hookline.sqlite"_s));
}
