#pragma once

#include "domain/direction.h"
#include "domain/message.h"
#include "domain/party.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace hookline {

// A message as a source hands it to the store, before it has an id, a chat or a uid. Every
// source (API, Cloud API, import, composer) fills this and calls MessageStore::ingest.
struct IngestMessage
{
    struct AccountRef
    {
        QString phone;
        QString fullName;
        QString email;
    };
    struct ChatRef
    {
        bool isGroup = false;
        QString phone; // direct chats
        QString groupId; // groups
        QString fullName;
    };
    struct File
    {
        QString fileName;
        QString mimeType;
        QByteArray bytes;
    };

    AccountRef account;
    ChatRef chat;
    Direction direction = Direction::Received;
    std::optional<QDateTime> timestamp; // now when absent
    Party sender;
    Party recipient;
    QString text;
    std::optional<File> attachment;
    QString externalId; // idempotency key: the same key is stored once
    std::optional<Reaction> reaction; // the message is a reaction (Cloud API)
    QString source = QStringLiteral("api");
};

} // namespace hookline
