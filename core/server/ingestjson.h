#pragma once

#include "domain/fielderror.h"
#include "store/ingestmessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <variant>

namespace hookline {

// Reads the local API's ingest body — one message object, or {"messages": [...]} — into
// IngestMessages. Every mistake is reported with the JSON path of the field that has it
// ("messages[3].chat.phone"), so a script author can fix it without guessing. Nothing is stored
// here; MessageStore::ingest validates the values.
namespace IngestJson {

constexpr int maxBatch = 1000;

struct Batch
{
    QList<IngestMessage> messages;
    bool single = true; // one message object, not {"messages": [...]}
    bool send = false; // "send": true — send through the Cloud API before storing
};

std::variant<Batch, FieldError> parse(const QByteArray &body);

// An ISO 8601 date and time with a zone ("Z" or an offset), in UTC; a time without one is
// refused (it would be read in the server's zone), naming `field`.
std::variant<QDateTime, FieldError> readTime(const QString &text, const QString &field);

} // namespace IngestJson

} // namespace hookline
