#pragma once

#include "store/messagestore.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace hookline {

// Opens what WhatsApp's "Export chat" produced: the chat's .txt alone, or a .zip holding it and
// the attached files. The kind is taken from the content (zip magic), not the name. Every size is
// counted as bytes are actually inflated — a zip's headers are never trusted — so a zip bomb or a
// huge file is refused with a clear error while memory stays within the limits.
namespace ChatExportArchive {

struct Limits
{
    qint64 maxChatBytes = 256LL * 1024 * 1024; // the chat's text
    qint64 maxAttachmentBytes = MessageStore::maxAttachmentBytes; // each other entry
    qint64 maxTotalBytes = 1024LL * 1024 * 1024; // everything kept from one archive
    int maxEntries = 20000;
};

struct Result
{
    QByteArray chatText; // UTF-8, for ChatExportParser::parse
    QString chatFileName; // base name: "_chat.txt", "WhatsApp Chat with Alice.txt"
    QHash<QString, QByteArray> attachments; // by base name, as the chat names them
    QStringList skipped; // "name: why", for entries refused or left out
    QString error; // non-empty: the whole file was refused and nothing else is set
};

Result read(const QString &path, const Limits &limits = {});

} // namespace ChatExportArchive

} // namespace hookline
