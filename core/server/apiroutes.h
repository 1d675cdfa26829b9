#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace hookline {

class ApiToken;
class Clock;
class CloudApiRegistry;
class EngineThread;
class HttpRouter;
class IngestWriter;
class LinkBase;
class OwnerNotifier;
struct StoreConnection;

// The local API, /api/v1 (DESIGN §6): JSON in and out, a bearer token on every route, and a 4xx
// with {"error": ..., "field": ...} that names what is wrong with a bad request.
namespace ApiRoutes {

struct Context
{
    QString databasePath;
    QString attachmentsPath;
    const ApiToken *apiToken = nullptr;
    EngineThread *engine = nullptr;
    OwnerNotifier *notifier = nullptr;
    Clock *clock = nullptr;
    CloudApiRegistry *cloudApi = nullptr; // accounts' cloud_api block and "send": true
    IngestWriter *ingest = nullptr; // stores the messages posted
    const LinkBase *links = nullptr; // where payload links point unless the workspace says
};

// Where links point and why they may not open: for GET /healthz and GET /api/v1/workspace.
QJsonObject linksJson(StoreConnection &store, const LinkBase &links);

void registerOn(HttpRouter &router, const Context &context, qint64 maxBodyBytes);

} // namespace ApiRoutes

} // namespace hookline
