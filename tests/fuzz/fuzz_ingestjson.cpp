// libFuzzer target: the local API's ingest body parser and the store's validation must turn any
// byte string into either messages or a named error — never a crash, a hang or a sanitizer report.
#include "server/ingestjson.h"
#include "store/messagestore.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = hookline::IngestJson::parse(body);
    if (const auto *error = std::get_if<hookline::FieldError>(&parsed)) {
        // Every refusal names its field and says why.
        if (error->field.isEmpty() || error->message.isEmpty())
            std::abort();
        return 0;
    }
    const auto &messages = std::get<hookline::IngestJson::Batch>(parsed).messages;
    if (messages.isEmpty() || messages.size() > hookline::IngestJson::maxBatch)
        std::abort();
    if (const auto error = hookline::MessageStore::validate(messages)) {
        if (error->field.isEmpty() || error->index < 0 || error->index >= messages.size())
            std::abort();
    }
    return 0;
}
