#pragma once

#include "domain/account.h"
#include "domain/chat.h"
#include "domain/message.h"
#include "payload/signedlinks.h"

#include <QByteArray>
#include <QList>
#include <QTimeZone>

namespace hookline {

// The read-only HTML view of one chat that `chat_url` and bundle permalinks open. Every piece of
// text from outside is escaped and the page carries no script (the server also forbids scripts
// with a Content-Security-Policy), so a message containing <script> shows as text.
namespace ChatPage {

constexpr int maxMessages = 2000; // the newest ones; older messages are summarised in a line

QByteArray render(const Chat &chat, const Account &account, const QList<Message> &messages,
                  int olderNotShown, const SignedLinks &links, const QTimeZone &zone,
                  qint64 nowSeconds);

} // namespace ChatPage

} // namespace hookline
