#include "cloudapisender.h"

#include "cloudapiregistry.h"
#include "graphapiclient.h"
#include "logcategories.h"
#include "store/ingestwriter.h"
#include "store/storeconnection.h"

using namespace Qt::StringLiterals;

namespace hookline {

CloudApiSender::Result CloudApiSender::send(StoreConnection &store, IngestWriter &writer,
                                            const CloudApiRegistry &registry, IngestMessage message,
                                            qint64 nowMs)
{
    Result result;
    auto fail = [&](const QString &field, const QString &error) {
        result.field = field;
        result.error = error;
        return result;
    };
    if (message.direction != Direction::Sent)
        return fail(u"direction"_s, u"only a sent message can be sent through WhatsApp"_s);
    if (message.chat.isGroup)
        return fail(u"chat.is_group"_s,
                    u"the Cloud API sends to direct chats only, not to groups"_s);
    const auto account = store.messages->accountByPhone(message.account.phone);
    const auto cloud = account ? registry.forAccount(account->id) : std::nullopt;
    if (!cloud)
        return fail(u"account.phone"_s,
                    u"the account %1 is not connected to the WhatsApp Cloud API"_s.arg(
                        message.account.phone.left(40)));
    if (!cloud->canSend())
        return fail(u"account.phone"_s,
                    u"the account %1 has no Cloud API access token"_s.arg(cloud->accountPhone));
    QString to;
    for (const QChar c : message.chat.phone) {
        if (c.isDigit())
            to.append(c);
    }
    if (to.isEmpty())
        return fail(u"chat.phone"_s, u"chat.phone is required to send through WhatsApp"_s);
    message.source = u"cloud_api"_s;
    message.externalId = u"pending"_s; // the wamid comes from the Graph API; validated as text
    if (const auto invalid = MessageStore::validate({message}))
        return fail(invalid->field, invalid->message);

    const auto sent = GraphApiClient(cloud->graphBaseUrl, cloud->accessToken)
                          .send(cloud->phoneNumberId, to, message.text, message.attachment);
    if (!sent.ok) {
        result.graphFailed = true;
        return fail(u"send"_s, u"WhatsApp did not take the message: %1"_s.arg(sent.error));
    }
    result.wamid = sent.wamid;
    message.externalId = sent.wamid;
    qCInfo(lcSources) << "sent through the Cloud API as" << sent.wamid;
    result.stored = writer.ingest({message}, nowMs).constFirst();
    return result;
}

} // namespace hookline
