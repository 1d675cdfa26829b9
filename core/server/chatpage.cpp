#include "chatpage.h"

#include "payload/aggregationhtml.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

QString withBreaks(const QString &text)
{
    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\n"_s);
    return htmlEscaped(normalised).replace(u'\n', u"<br>"_s);
}

} // namespace

QByteArray ChatPage::render(const Chat &chat, const Account &account,
                            const QList<Message> &messages, int olderNotShown,
                            const SignedLinks &links, const QTimeZone &zone, qint64 nowSeconds)
{
    const QString title
        = chat.fullName.isEmpty() ? (chat.isGroup ? chat.peerKey : chat.phone) : chat.fullName;
    QString html;
    html.reserve(4096 + messages.size() * 256);
    html += u"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<meta name=\"referrer\" content=\"no-referrer\"><title>"_s
        + htmlEscaped(title)
        + u" — Hookline</title><style>"
          "body{font:15px/1.4 system-ui,sans-serif;max-width:760px;margin:2em auto;padding:0 1em;"
          "color:#1b1b1b;background:#f4f4f0}h1{font-size:1.3em;margin-bottom:.2em}"
          ".sub{color:#666;margin-top:0}ol{list-style:none;padding:0}"
          "li{margin:.6em 0;padding:.5em .8em;border-radius:8px;background:#fff;max-width:80%}"
          "li.sent{margin-left:auto;background:#dcf8c6}li:target{outline:3px solid #f0b400}"
          ".meta{font-size:.8em;color:#666}.text{white-space:normal;overflow-wrap:anywhere}"
          ".older{color:#666;font-style:italic}</style></head><body>"_s;
    html += u"<h1>"_s + htmlEscaped(title) + u"</h1><p class=\"sub\">"_s
        + (chat.isGroup ? u"Group chat"_s : htmlEscaped(chat.phone)) + u" · on "_s
        + htmlEscaped(account.fullName.isEmpty()
                          ? account.phone
                          : account.fullName + u" ("_s + account.phone + u')')
        + u"</p>"_s;
    if (olderNotShown > 0) {
        html += u"<p class=\"older\">%1 older message(s) not shown.</p>"_s.arg(olderNotShown);
    }
    html += u"<ol>"_s;
    for (const Message &m : messages) {
        const QString sender = m.sender.fullName.isEmpty() ? m.sender.phone : m.sender.fullName;
        html += u"<li id=\"m-"_s + htmlEscaped(m.uid) + u"\" class=\""_s
            + directionName(m.direction) + u"\"><div class=\"meta\">"_s
            + htmlEscaped(sender.isEmpty() ? directionName(m.direction) : sender) + u" · "_s
            + m.timestamp.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"_s)
            + u"</div><div class=\"text\">"_s + withBreaks(m.text) + u"</div>"_s;
        if (m.attachment) {
            html += u"<div class=\"file\">📎 <a href=\""_s
                + htmlEscaped(links.attachmentUrl(m.uid, m.attachment->fileName, nowSeconds))
                + u"\">"_s + htmlEscaped(m.attachment->fileName) + u"</a> ("_s
                + htmlEscaped(QLocale::c().formattedDataSize(m.attachment->size)) + u")</div>"_s;
        }
        html += u"</li>"_s;
    }
    html += u"</ol></body></html>\n"_s;
    return html.toUtf8();
}

} // namespace hookline
