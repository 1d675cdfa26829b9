#include "whatsapproutes.h"

#include "cloudapi/cloudapinotification.h"
#include "cloudapi/cloudapireceiver.h"
#include "cloudapi/cloudapiregistry.h"
#include "delivery/clock.h"
#include "httprouter.h"
#include "logcategories.h"
#include "store/cloudapiinbox.h"
#include "store/ingestwriter.h"
#include "store/storeconnection.h"
#include "store/storeerror.h"

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

constexpr qsizetype maxChallengeLength = 1024;

void plain(HttpResponse &res, int status, const QString &text)
{
    res.setContent(status, text.toUtf8(), "text/plain; charset=utf-8");
}

} // namespace

void WhatsAppRoutes::registerOn(HttpRouter &router, const Context &context, qint64 maxBodyBytes)
{
    router.add("GET", u"/whatsapp/webhook"_s, [context](HttpRequest &req, HttpResponse &res) {
        if (!context.registry->isLoaded()) {
            res.setError(503, QString(), u"Hookline is starting; try again in a moment"_s);
            return;
        }
        const QString challenge = req.param(u"hub.challenge");
        if (req.param(u"hub.mode") != u"subscribe"_s || challenge.isEmpty()
            || challenge.size() > maxChallengeLength
            || !context.registry->matchesVerifyToken(req.param(u"hub.verify_token"))) {
            qCWarning(lcServer) << "Cloud API subscription handshake refused (mode or verify "
                                   "token does not match any account)";
            res.setError(403, u"hub.verify_token"_s,
                         u"the verify token does not match any account's"_s);
            return;
        }
        qCInfo(lcServer) << "Cloud API subscription handshake accepted";
        // Meta expects exactly the challenge back, nothing around it.
        plain(res, 200, challenge);
    });

    router.add("POST", u"/whatsapp/webhook"_s,
               [context](HttpRequest &req, HttpResponse &res) {
                   if (!context.registry->isLoaded()) {
                       res.setError(503, QString(), u"Hookline is starting; Meta will retry"_s);
                       return;
                   }
                   const QStringList signers
                       = context.registry->signers(req.body, req.header("X-Hub-Signature-256"));
                   if (signers.isEmpty()) {
                       qCWarning(lcServer) << "Cloud API notification from" << req.remoteAddress
                                           << "refused: missing or wrong X-Hub-Signature-256";
                       res.setError(401, u"X-Hub-Signature-256"_s,
                                    u"missing or wrong X-Hub-Signature-256"_s);
                       return;
                   }
                   // An app secret speaks for its own numbers only: a notification signed with one
                   // account's secret must not write into another's chats.
                   for (const CloudApiNotification::Event &event :
                        CloudApiNotification::parse(req.body).events) {
                       if (!signers.contains(event.phoneNumberId)
                           && context.registry->byPhoneNumberId(event.phoneNumberId)) {
                           qCWarning(lcServer)
                               << "Cloud API notification from" << req.remoteAddress
                               << "refused: it names phone number id" << event.phoneNumberId
                               << "but is not signed with that account's app secret";
                           res.setError(
                               403, u"phone_number_id"_s,
                               u"phone number id %1 belongs to an account whose app secret did "
                               "not sign this notification"_s.arg(event.phoneNumberId.left(40)));
                           return;
                       }
                   }
                   try {
                       // Kept together with the other requests under way: one commit for all.
                       context.ingest->run(
                           [&](StoreConnection &store) {
                               CloudApiInbox(*store.database, context.receiver->inboxOwner())
                                   .add(req.body, context.clock->nowMs());
                           },
                           false);
                   } catch (const StoreError &e) {
                       // Not kept, so not acknowledged: Meta retries a non-200 for up to a week.
                       qCWarning(lcServer) << "Cloud API notification not kept:" << e.message();
                       res.setError(e.diskFull() ? 507 : 503, QString(), e.message());
                       return;
                   }
                   context.receiver->notify();
                   plain(res, 200, u"EVENT_RECEIVED"_s);
               },
               {maxBodyBytes, -1, {}});
}

} // namespace hookline
