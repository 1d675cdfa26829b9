#include "apiroutes.h"

#include "apiroute.h"

namespace hookline {

void ApiRoutes::registerOn(HttpRouter &router, const Context &context, qint64 maxBodyBytes)
{
    Routes routes(router, context, maxBodyBytes);
    addMessageRoutes(routes);
    addWebhookRoutes(routes);
    addFeedRoutes(routes);
    addAccountRoutes(routes);
    addWorkspaceRoutes(routes);
}

} // namespace hookline
