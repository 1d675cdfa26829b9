#include "logcategories.h"

Q_LOGGING_CATEGORY(lcStore, "hookline.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPayload, "hookline.payload", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRuntime, "hookline.runtime", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDelivery, "hookline.delivery", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "hookline.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNotify, "hookline.notify", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSources, "hookline.sources", QtInfoMsg)
