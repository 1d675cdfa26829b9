#include "aggregationhtml.h"

using namespace Qt::StringLiterals;

namespace hookline {

QString htmlEscaped(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;"_s;
            break;
        case u'<':
            out += u"&lt;"_s;
            break;
        case u'>':
            out += u"&gt;"_s;
            break;
        case u'"':
            out += u"&quot;"_s;
            break;
        case u'\'':
            out += u"&#39;"_s;
            break;
        default:
            out += c;
        }
    }
    return out;
}

namespace {

QString escapedWithBreaks(const QString &text)
{
    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    return htmlEscaped(normalised).replace(u'\n', u"<br/>"_s);
}

QString senderLabel(const Party &sender)
{
    if (!sender.fullName.isEmpty())
        return sender.fullName;
    if (!sender.phone.isEmpty())
        return sender.phone;
    return u"unknown"_s;
}

} // namespace

QString aggregationHtml(const PayloadBundle &bundle)
{
    QStringList lines;
    lines.reserve(bundle.messages.size() + 1);
    for (const PayloadMessage &m : bundle.messages) {
        QString body = escapedWithBreaks(m.text);
        if (m.attachment) {
            const QString note = u"[attachment: "_s + htmlEscaped(m.attachment->fileName) + u']';
            body = body.isEmpty() ? note : body + u' ' + note;
        }
        const QString when
            = m.timestamp.toTimeZone(bundle.timeZone).toString(u"yyyy-MM-dd HH:mm"_s);
        lines.append(u"from "_s + htmlEscaped(senderLabel(m.sender)) + u" on "_s + when + u": "_s
                     + body);
    }
    lines.append(u"Click <a href='"_s + htmlEscaped(bundle.permalink)
                 + u"'>here</a> to open the conversation in Hookline"_s);
    return lines.join(u"<br/>"_s);
}

} // namespace hookline
