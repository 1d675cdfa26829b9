#include "chatimportservice.h"

#include "delivery/enginethread.h"

using namespace Qt::StringLiterals;

namespace hookline {

ChatImportService::ChatImportService(StoreConnection &store, EngineThread *engine)
    : m_store(store)
    , m_engine(engine)
{
}

std::optional<ServiceError> ChatImportService::check(const ChatExportImporter::Options &options)
{
    if (options.accountPhone.trimmed().isEmpty())
        return ServiceError {ServiceError::Code::Required, u"account"_s,
                             u"account (the WhatsApp number the chat belongs to) is required"_s};
    return std::nullopt;
}

ServiceResult<ChatExportImporter::Report>
ChatImportService::importFile(const QString &path, const ChatExportImporter::Options &options,
                              qint64 nowMs)
{
    if (auto refused = check(options))
        return *refused;
    ChatExportImporter::Report report
        = ChatExportImporter::importFile(m_store, path, options, nowMs);
    if (report.deliveredToWebhooks && m_engine)
        m_engine->poke();
    return report;
}

} // namespace hookline
