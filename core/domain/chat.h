#pragma once

#include <QString>

namespace hookline {

// A direct chat (peer is a phone number) or a group (peer is the group id, no phone).
struct Chat
{
    qint64 id = 0;
    qint64 accountId = 0;
    bool isGroup = false;
    QString peerKey;
    QString phone;
    QString fullName;
    qint64 responsibleTeammateId = 0; // 0: nobody is responsible
    qint64 firstMessageId = 0; // the message that created the chat: "is_new_chat"
};

} // namespace hookline
