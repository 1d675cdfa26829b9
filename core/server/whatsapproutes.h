#pragma once

#include <QString>

namespace hookline {

class Clock;
class IngestWriter;
class HttpRouter;
class CloudApiReceiver;
class CloudApiRegistry;

// The WhatsApp Cloud API webhook, /whatsapp/webhook (DESIGN §2): Meta's subscription handshake
// (GET) and its notifications (POST). No API token: Meta cannot send one. A notification is
// trusted only with a valid X-Hub-Signature-256, checked on the raw bytes before any parsing;
// it is written to the inbox and answered 200 at once, and the receiver does the rest.
namespace WhatsAppRoutes {

struct Context
{
    QString databasePath;
    QString attachmentsPath;
    const CloudApiRegistry *registry = nullptr;
    CloudApiReceiver *receiver = nullptr;
    const Clock *clock = nullptr;
    IngestWriter *ingest = nullptr; // keeps each notification in the inbox
};

void registerOn(HttpRouter &router, const Context &context, qint64 maxBodyBytes);

} // namespace WhatsAppRoutes

} // namespace hookline
