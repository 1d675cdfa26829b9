#pragma once

#include "chatexport/chatexportimporter.h"
#include "serviceerror.h"

namespace hookline {

class EngineThread;
struct StoreConnection;

// Importing a WhatsApp chat export, the same for the Import dialog, POST /api/v1/imports and
// `hookline import`: the options checked, the file stored in one transaction, then the engine
// told about the deliveries it created.
class ChatImportService
{
public:
    // `engine` may be null (the command line, without a running engine: one finds the deliveries
    // within a second).
    ChatImportService(StoreConnection &store, EngineThread *engine);

    // The rule for the options: an account is named. Checked before a file is read or uploaded.
    static std::optional<ServiceError> check(const ChatExportImporter::Options &options);

    // Refuses options check() refuses. A file that cannot be imported is not a refusal: its
    // report says why (`error`) with what was read.
    ServiceResult<ChatExportImporter::Report>
    importFile(const QString &path, const ChatExportImporter::Options &options, qint64 nowMs);

private:
    StoreConnection &m_store;
    EngineThread *m_engine;
};

} // namespace hookline
