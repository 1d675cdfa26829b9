#include "messageservice.h"

#include "cloudapi/cloudapisender.h"
#include "store/ingestwriter.h"
#include "store/storeerror.h"

using namespace Qt::StringLiterals;

namespace hookline {

MessageService::MessageService(StoreConnection &store, IngestWriter &writer,
                               const CloudApiRegistry *cloudApi)
    : m_store(store)
    , m_writer(writer)
    , m_cloudApi(cloudApi)
{
}

ServiceResult<MessageService::Created> MessageService::create(const QList<IngestMessage> &batch,
                                                              qint64 nowMs)
{
    try {
        return Created {m_writer.ingest(batch, nowMs), QString()};
    } catch (const IngestRejected &e) {
        ServiceError error {ServiceError::Code::Invalid, e.error().field, e.error().message};
        error.index = e.error().index;
        return error;
    } catch (const StoreError &e) {
        return ServiceError::fromStore(e);
    }
}

ServiceResult<MessageService::Created> MessageService::sendThroughWhatsApp(IngestMessage message,
                                                                           qint64 nowMs)
{
    if (!m_cloudApi)
        return ServiceError {ServiceError::Code::Invalid, u"send"_s,
                             u"sending through WhatsApp is not available here"_s};
    try {
        const auto sent
            = CloudApiSender::send(m_store, m_writer, *m_cloudApi, std::move(message), nowMs);
        if (!sent.stored)
            return ServiceError {sent.graphFailed ? ServiceError::Code::Upstream
                                                  : ServiceError::Code::Invalid,
                                 sent.field, sent.error};
        return Created {{*sent.stored}, sent.wamid};
    } catch (const StoreError &e) {
        return ServiceError::fromStore(e);
    }
}

} // namespace hookline
