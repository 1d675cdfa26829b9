#include "whatsapproutes.h"

#include "delivery/clock.h"
#include "logcategories.h"
#include "sources/cloudapireceiver.h"
#include "sources/cloudapiregistry.h"
#include "store/cloudapiinbox.h"
#include "store/storeerror.h"
#include "threadstore.h"

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

constexpr size_t maxChallengeLength = 1024;

void plain(httplib::Response &res, int status, const std::string &text)
{
    res.status = status;
    res.set_content(text, "text/plain; charset=utf-8");
}

} // namespace

void WhatsAppRoutes::registerOn(httplib::Server &server, const Context &context)
{
    server.Get("/whatsapp/webhook", [context](const httplib::Request &req, httplib::Response &res) {
        if (!context.registry->isLoaded()) {
            plain(res, 503, "Hookline is starting; try again in a moment.\n");
            return;
        }
        const std::string challenge = req.get_param_value("hub.challenge");
        if (req.get_param_value("hub.mode") != "subscribe" || challenge.empty()
            || challenge.size() > maxChallengeLength
            || !context.registry->matchesVerifyToken(
                QString::fromStdString(req.get_param_value("hub.verify_token")))) {
            qCWarning(lcServer) << "Cloud API subscription handshake refused (mode or verify "
                                   "token does not match any account)";
            plain(res, 403, "The verify token does not match any account's.\n");
            return;
        }
        qCInfo(lcServer) << "Cloud API subscription handshake accepted";
        // Meta expects exactly the challenge back, nothing around it.
        plain(res, 200, challenge);
    });

    server.Post(
        "/whatsapp/webhook", [context](const httplib::Request &req, httplib::Response &res) {
            if (!context.registry->isLoaded()) {
                plain(res, 503, "Hookline is starting; Meta will retry.\n");
                return;
            }
            const QByteArray body = QByteArray::fromStdString(req.body);
            if (!context.registry->verifySignature(
                    body, QByteArray::fromStdString(req.get_header_value("X-Hub-Signature-256")))) {
                qCWarning(lcServer) << "Cloud API notification from" << req.remote_addr.c_str()
                                    << "refused: missing or wrong X-Hub-Signature-256";
                plain(res, 401, "Missing or wrong X-Hub-Signature-256.\n");
                return;
            }
            try {
                StoreConnection &store
                    = ThreadStore::forThread(context.databasePath, context.attachmentsPath);
                CloudApiInbox(*store.database, context.receiver->inboxOwner())
                    .add(body, context.clock->nowMs());
            } catch (const StoreError &e) {
                // Not kept, so not acknowledged: Meta retries a non-200 for up to a week.
                qCWarning(lcServer) << "Cloud API notification not kept:" << e.message();
                plain(res, e.diskFull() ? 507 : 503, e.message().toStdString());
                return;
            }
            context.receiver->notify();
            plain(res, 200, "EVENT_RECEIVED");
        });
}

} // namespace hookline
