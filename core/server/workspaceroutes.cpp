#include "apiroute.h"

#include "apijson.h"
#include "httpmessage.h"
#include "notify/ownernotifier.h"
#include "service/workspaceservice.h"
#include "store/storeconnection.h"
#include "testwaiters.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace hookline {

void ApiRoutes::addWorkspaceRoutes(Routes &routes)
{
    const Context &context = routes.context();
    routes.add(
        "GET", "/api/v1/workspace",
        [links = context.links](const HttpRequest &, HttpResponse &res, StoreConnection &store) {
            sendJson(res, 200,
                     workspaceJson(store.workspace->settings(), store.workspace->teammates(), store,
                                   links));
        });

    routes.add(
        "PUT", "/api/v1/workspace",
        [engine = context.engine, notifier = context.notifier,
         links = context.links](const HttpRequest &req, HttpResponse &res, StoreConnection &store) {
            const auto body = objectBody(req, res);
            if (!body)
                return;
            WorkspaceService::Changes changes;
            auto text = [&](const QJsonObject &o, const QString &key, const QString &field,
                            std::optional<QString> &target) {
                if (!o.contains(key))
                    return true;
                if (!o.value(key).isString()) {
                    sendError(res, 400, field, u"%1 must be a string"_s.arg(field));
                    return false;
                }
                target = o.value(key).toString();
                return true;
            };
            const QJsonObject owner = body->value(u"owner"_s).toObject();
            if (!text(owner, u"full_name"_s, u"owner.full_name"_s, changes.ownerName)
                || !text(owner, u"email"_s, u"owner.email"_s, changes.ownerEmail)
                || !text(*body, u"timezone"_s, u"timezone"_s, changes.timeZone)
                || !text(*body, u"public_base_url"_s, u"public_base_url"_s, changes.publicBaseUrl))
                return;
            if (body->contains(u"smtp"_s)) {
                const QJsonObject smtp = body->value(u"smtp"_s).toObject();
                if (!text(smtp, u"host"_s, u"smtp.host"_s, changes.smtpHost)
                    || !text(smtp, u"username"_s, u"smtp.username"_s, changes.smtpUsername)
                    || !text(smtp, u"from"_s, u"smtp.from"_s, changes.smtpFrom))
                    return;
                if (smtp.contains(u"security"_s)) {
                    const auto security
                        = smtpSecurityFromName(smtp.value(u"security"_s).toString().trimmed());
                    if (!security) {
                        sendError(res, 400, u"smtp.security"_s,
                                  u"smtp.security must be none, starttls or tls"_s);
                        return;
                    }
                    changes.smtpSecurity = *security;
                }
                if (smtp.contains(u"allow_invalid_certificate"_s)) {
                    if (!smtp.value(u"allow_invalid_certificate"_s).isBool()) {
                        sendError(res, 400, u"smtp.allow_invalid_certificate"_s,
                                  u"smtp.allow_invalid_certificate must be true or false"_s);
                        return;
                    }
                    changes.smtpAllowInvalidCertificate
                        = smtp.value(u"allow_invalid_certificate"_s).toBool();
                }
                if (smtp.contains(u"port"_s))
                    changes.smtpPort = smtp.value(u"port"_s).toInt(-1);
                const QJsonValue password = smtp.value(u"password"_s);
                if (!password.isUndefined()) {
                    if (!password.isString() && !password.isNull()) {
                        sendError(res, 400, u"smtp.password"_s,
                                  u"smtp.password must be a string"_s);
                        return;
                    }
                    changes.smtpPassword = password.toString();
                }
            }
            if (body->contains(u"teammates"_s)) {
                if (!body->value(u"teammates"_s).isArray()) {
                    sendError(res, 400, u"teammates"_s, u"teammates must be an array"_s);
                    return;
                }
                for (const QJsonValue &t : body->value(u"teammates"_s).toArray())
                    changes.teammates.append(
                        {0, t[u"full_name"_s].toString(), t[u"email"_s].toString()});
            }
            const auto updated = WorkspaceService(store, engine, notifier).update(changes);
            if (!updated.ok()) {
                sendServiceError(res, updated.error());
                return;
            }
            sendJson(res, 200,
                     workspaceJson(updated.value(), store.workspace->teammates(), store, links));
        });

    routes.add("DELETE", R"(/api/v1/workspace/teammates/(\d{1,18}))",
               [engine = context.engine, notifier = context.notifier](
                   const HttpRequest &req, HttpResponse &res, StoreConnection &store) {
                   const auto left
                       = WorkspaceService(store, engine, notifier).removeTeammate(pathId(req));
                   if (!left.ok()) {
                       sendServiceError(res, left.error());
                       return;
                   }
                   sendJson(res, 200, QJsonObject {{u"teammates"_s, teammatesJson(left.value())}});
               });

    if (context.notifier) {
        routes.add("POST", "/api/v1/workspace/test-email",
                   [notifier = context.notifier](const HttpRequest &, HttpResponse &res,
                                                 StoreConnection &) {
                       // The notifier gives up on a mail server after 30 s.
                       const auto tested = waitForTest(
                           [notifier](PendingTests::Done done) {
                               notifier->test(nullptr, std::move(done));
                           },
                           std::chrono::seconds(45));
                       if (!tested) {
                           sendError(res, 504, QString(),
                                     u"the mail server did not answer in time"_s);
                           return;
                       }
                       const auto &[ok, outcome] = *tested;
                       sendJson(res, 200, QJsonObject {{u"ok"_s, ok}, {u"outcome"_s, outcome}});
                   });
    }
}

} // namespace hookline
