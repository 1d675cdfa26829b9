#include "apiroute.h"

#include "apijson.h"
#include "cloudapi/cloudapiregistry.h"
#include "httpmessage.h"
#include "payload/linkbase.h"
#include "service/accountservice.h"
#include "service/cloudapiservice.h"
#include "store/storeconnection.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

using namespace ApiRoutes;

// Applies the "cloud_api" member of an account body: null disconnects, an object connects or
// changes (a secret left out keeps its value, "" removes it). Answers the error itself.
bool applyCloudApi(const QJsonObject &body, qint64 accountId, CloudApiRegistry *cloudApi,
                   StoreConnection &store, HttpResponse &res)
{
    if (!body.contains(u"cloud_api"_s))
        return true;
    CloudApiService service(store, cloudApi);
    const QJsonValue value = body.value(u"cloud_api"_s);
    if (value.isNull()) {
        const auto removed = service.disconnect(accountId);
        if (!removed.ok())
            sendServiceError(res, removed.error());
        return removed.ok();
    }
    if (!value.isObject()) {
        sendError(res, 400, u"cloud_api"_s, u"cloud_api must be an object or null"_s);
        return false;
    }
    const QJsonObject o = value.toObject();
    CloudApiService::Changes changes;
    const std::pair<QString, std::optional<QString> *> fields[]
        = {{u"phone_number_id"_s, &changes.phoneNumberId},
           {u"graph_base_url"_s, &changes.graphBaseUrl},
           {u"app_secret"_s, &changes.appSecret},
           {u"verify_token"_s, &changes.verifyToken},
           {u"access_token"_s, &changes.accessToken}};
    for (const auto &[key, target] : fields) {
        if (!o.contains(key))
            continue;
        if (!o.value(key).isString()) {
            sendError(res, 400, u"cloud_api."_s + key, u"cloud_api.%1 must be a string"_s.arg(key));
            return false;
        }
        *target = o.value(key).toString();
    }
    const auto connected = service.connect(accountId, changes);
    if (!connected.ok())
        sendServiceError(res, connected.error());
    return connected.ok();
}

} // namespace

void ApiRoutes::addAccountRoutes(Routes &routes)
{
    const Context &context = routes.context();
    CloudApiRegistry *cloudApi = context.cloudApi;
    const LinkBase *links = context.links;
    auto publicBase = [links](StoreConnection &store) {
        const QString configured = store.workspace->settings().publicBaseUrl;
        return links ? links->resolve(configured) : configured;
    };
    auto accountOut = [cloudApi, publicBase](StoreConnection &store, qint64 id) {
        return accountJson(*store.messages->account(id), cloudApi, publicBase(store));
    };

    routes.add(
        "GET", "/api/v1/accounts",
        [cloudApi, publicBase](const HttpRequest &, HttpResponse &res, StoreConnection &store) {
            const QString base = publicBase(store);
            QJsonArray list;
            for (const Account &a : store.messages->accounts())
                list.append(accountJson(a, cloudApi, base));
            sendJson(res, 200, QJsonObject {{u"accounts"_s, list}});
        });

    auto readAccount
        = [](const QJsonObject &body, AccountService::Changes &changes, HttpResponse &res) {
              const std::pair<QString, std::optional<QString> *> fields[]
                  = {{u"phone"_s, &changes.phone},
                     {u"full_name"_s, &changes.fullName},
                     {u"email"_s, &changes.email}};
              for (const auto &[key, target] : fields) {
                  if (!body.contains(key))
                      continue;
                  if (!body.value(key).isString()) {
                      sendError(res, 400, key, u"%1 must be a string"_s.arg(key));
                      return false;
                  }
                  *target = body.value(key).toString();
              }
              return true;
          };

    routes.add("POST", "/api/v1/accounts",
               [readAccount, accountOut, cloudApi](const HttpRequest &req, HttpResponse &res,
                                                   StoreConnection &store) {
                   const auto body = objectBody(req, res);
                   AccountService::Changes settings;
                   if (!body || !readAccount(*body, settings, res))
                       return;
                   if (body->contains(u"cloud_api"_s) && !body->value(u"cloud_api"_s).isObject()
                       && !body->value(u"cloud_api"_s).isNull()) {
                       sendError(res, 400, u"cloud_api"_s,
                                 u"cloud_api must be an object or null"_s);
                       return;
                   }
                   const auto created = AccountService(store).create(settings);
                   if (!created.ok()) {
                       sendServiceError(res, created.error());
                       return;
                   }
                   if (!applyCloudApi(*body, created.value().id, cloudApi, store, res))
                       return; // the account stays, without a Cloud API connection
                   sendJson(res, 201, accountOut(store, created.value().id));
               });

    routes.add("GET", R"(/api/v1/accounts/(\d{1,18}))",
               [accountOut](const HttpRequest &req, HttpResponse &res, StoreConnection &store) {
                   const auto a = store.messages->account(pathId(req));
                   if (!a)
                       sendError(res, 404, u"id"_s, u"no account with that id"_s);
                   else
                       sendJson(res, 200, accountOut(store, a->id));
               });

    routes.add("PUT", R"(/api/v1/accounts/(\d{1,18}))",
               [readAccount, accountOut, cloudApi](const HttpRequest &req, HttpResponse &res,
                                                   StoreConnection &store) {
                   const qint64 id = pathId(req);
                   if (!store.messages->account(id)) {
                       sendError(res, 404, u"id"_s, u"no account with that id"_s);
                       return;
                   }
                   const auto body = objectBody(req, res);
                   AccountService::Changes changes;
                   if (!body || !readAccount(*body, changes, res))
                       return;
                   // Checked, then the connection (the keyring may take seconds: no transaction is
                   // held meanwhile), then the account: a refused request changes nothing.
                   AccountService accounts(store);
                   if (const auto refused = accounts.checkUpdate(id, changes)) {
                       sendServiceError(res, *refused);
                       return;
                   }
                   if (!applyCloudApi(*body, id, cloudApi, store, res))
                       return;
                   const auto updated = accounts.update(id, changes);
                   if (!updated.ok()) {
                       sendServiceError(res, updated.error());
                       return;
                   }
                   sendJson(res, 200, accountOut(store, id));
               });
}

} // namespace hookline
