#pragma once

#include "chatexportparser.h"

#include <QString>
#include <QStringList>

namespace hookline {

struct StoreConnection;

// Stores a WhatsApp chat export (.txt or .zip) as messages of one account's chat. The export
// names people, not numbers, and gives the phone's wall-clock time, so the caller says who "me"
// is (their lines become sent messages), who the chat is with and which time zone the phone was
// in. Importing the same file again adds nothing: every message carries an external id derived
// from its chat, time, author and text.
namespace ChatExportImporter {

struct Options
{
    QString accountPhone; // required: the WhatsApp account the chat belongs to
    QString me; // the author whose lines were sent from the account; empty: every line received
    QString peerPhone; // direct chats: the other person's number when the export shows only a name
    bool group = false; // a group chat (more than one other author implies it)
    QString groupId; // groups: empty → derived from the chat's file name
    QString chatName; // empty → from the file name ("WhatsApp Chat with Priya.txt") or the peer
    QString timeZone = QStringLiteral("UTC"); // IANA zone of the phone that exported the chat
    bool deliverToWebhooks = false; // off by default: old history usually must not reach a CRM
};

// A line the parser read as a message that could not be stored as one.
struct SkippedMessage
{
    int lineNumber = 0;
    QString reason;
};

struct Report
{
    QString error; // set when nothing was stored; names the problem
    QString format; // the parser's description
    int linesRead = 0;
    int messagesStored = 0;
    int duplicates = 0; // already stored by an earlier import
    int systemLines = 0; // not messages: skipped
    int attachmentsStored = 0;
    // Messages stored without their file: the export left it out ("image omitted", a .txt
    // without its zip) or the zip lacks it. Their text says what the file was.
    int mediaNotIncluded = 0;
    QList<SkippedMessage> skippedMessages; // the rest of the file was imported
    int notUnderstoodCount = 0;
    QList<ChatExportParser::NotUnderstood> notUnderstood;
    QStringList skippedFiles; // zip entries refused, with why
    QStringList authors;
    qint64 chatId = 0;
    bool deliveredToWebhooks = false;
};

// The messages of one import are stored in one transaction: all of them or, when the store
// fails, none. A line that cannot become a message is reported and skipped. Never throws.
Report importFile(StoreConnection &store, const QString &path, const Options &options,
                  qint64 nowMs);

} // namespace ChatExportImporter

} // namespace hookline
