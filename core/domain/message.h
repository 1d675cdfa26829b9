#pragma once

#include "direction.h"
#include "party.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace hookline {

// Metadata of a stored file; the bytes live in the AttachmentStore under `sha256`.
struct Attachment
{
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256;

    friend bool operator==(const Attachment &, const Attachment &) = default;
};

struct Message
{
    qint64 id = 0;
    QString uid; // UUID without braces: identifies the message everywhere
    qint64 chatId = 0;
    Direction direction = Direction::Received;
    QDateTime timestamp; // UTC
    Party sender;
    Party recipient;
    QString text;
    std::optional<Attachment> attachment;
    QString externalId;
    QString source;
};

// Why WhatsApp could not deliver a message: the first of a failed Cloud API status's errors[].
struct StatusError
{
    qint64 code = 0;
    QString title;
    QString detail; // error_data.details, else the message
};

struct MessageStatus
{
    QString status;
    QDateTime at;
    QString detail;
    std::optional<StatusError> error = std::nullopt; // failed Cloud API statuses
};

// What a WhatsApp reaction says, kept beside the "Reacted 👍 to a message" message it arrived as.
struct Reaction
{
    QString targetExternalId; // the wamid of the message reacted to
    QString emoji; // empty: the reaction was removed
};

} // namespace hookline
