// libFuzzer target: a Cloud API notification body and its signature header come from anyone on
// the Internet. Parsing must turn any bytes into events and skipped notes — never a crash, a
// hang or a sanitizer report — and every event must be something the store accepts.
#include "cloudapi/cloudapinotification.h"
#include "cloudapi/cloudapisignature.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using hookline::CloudApiNotification;
using hookline::CloudApiSignature;

namespace {

void checkEvent(const CloudApiNotification::Event &e)
{
    if (e.wamid.isEmpty())
        std::abort();
    if (e.kind == CloudApiNotification::Kind::Status) {
        if (e.status.isEmpty())
            std::abort();
        (void)CloudApiNotification::toMessageStatus(e);
        return;
    }
    // What MessageStore::validate requires, restated so a change there shows up here.
    const hookline::IngestMessage m = CloudApiNotification::toIngestMessage(e);
    if (m.account.phone.trimmed().isEmpty() || m.externalId.isEmpty())
        std::abort();
    if (m.chat.isGroup ? m.chat.groupId.trimmed().isEmpty() : m.chat.phone.trimmed().isEmpty())
        std::abort();
    if (m.text.isEmpty() && !m.attachment)
        std::abort();
    if (m.timestamp && !m.timestamp->isValid())
        std::abort();
    if (e.media)
        (void)e.media->suggestedFileName();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    const CloudApiNotification::Result result = CloudApiNotification::parse(input);
    // Nothing usable is never silent: the lead logs why.
    if (result.events.isEmpty() && result.skipped.isEmpty())
        std::abort();
    for (const auto &event : result.events)
        checkEvent(event);

    // The same bytes as secret, header and body: the first byte says how long the secret is,
    // the header is what follows it (up to its expected length), the body is the rest.
    if (input.isEmpty())
        return 0;
    const qsizetype secretLength = qMin<qsizetype>(uint8_t(input.at(0)) % 64, input.size() - 1);
    const QByteArray secret = input.mid(1, secretLength);
    const QByteArray rest = input.mid(1 + secretLength);
    const QByteArray header = rest.left(71);
    const QByteArray body = rest.mid(71);
    (void)CloudApiSignature::verify(secret, body, header);
    (void)CloudApiSignature::verify(secret, rest, header);
    // A signature of our own making passes exactly when there is a secret.
    const bool signedOk
        = CloudApiSignature::verify(secret, rest, CloudApiSignature::sign(secret, rest));
    if (signedOk == secret.isEmpty())
        std::abort();
    return 0;
}
