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

struct MessageStatus
{
    QString status;
    QDateTime at;
    QString detail;
};

} // namespace hookline
