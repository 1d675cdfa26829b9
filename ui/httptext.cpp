#include "httptext.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

#include <limits>

using namespace Qt::StringLiterals;

namespace hookline::HttpText {

namespace {

constexpr qsizetype unlimited = std::numeric_limits<qsizetype>::max();

bool isJson(const QByteArray &body)
{
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return !body.isEmpty() && error.error == QJsonParseError::NoError;
}

bool isUtf8Continuation(char c)
{
    return (uchar(c) & 0xc0) == 0x80;
}

// Re-indents valid JSON text four spaces a level. Unlike a QJsonDocument round trip it keeps
// the keys in the order they were sent and numbers exactly as written. Stops once the output
// reaches `limit` bytes (never inside a UTF-8 sequence); *consumed says how much of the input
// it covers.
QByteArray reindented(const QByteArray &json, qsizetype limit, qsizetype *consumed)
{
    QByteArray out;
    out.reserve(qMin(json.size(), limit) * 2);
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    const auto newline = [&] {
        out += '\n';
        out += QByteArray(depth * 4, ' ');
    };
    const auto isSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    };
    qsizetype i = 0;
    for (; i < json.size(); ++i) {
        const char c = json.at(i);
        if (out.size() >= limit && !isUtf8Continuation(c))
            break;
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (isSpace(c))
            continue;
        switch (c) {
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[': {
            out += c;
            qsizetype next = i + 1;
            while (next < json.size() && isSpace(json.at(next)))
                ++next;
            if (next < json.size() && json.at(next) == (c == '{' ? '}' : ']')) {
                out += json.at(next); // an empty object or array stays on one line
                i = next;
                break;
            }
            ++depth;
            newline();
            break;
        }
        case '}':
        case ']':
            --depth;
            newline();
            out += c;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ':':
            out += ": ";
            break;
        default:
            out += c;
        }
    }
    *consumed = i;
    return out;
}

// Breaks every line longer than displayLineLength, never between the halves of a surrogate pair.
QString brokenLines(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / displayLineLength + 1);
    qsizetype column = 0;
    for (const QChar c : text) {
        if (c == u'\n') {
            column = 0;
        } else if (column >= displayLineLength && !c.isLowSurrogate()) {
            out += u'\n';
            column = 0;
        }
        out += c;
        if (c != u'\n')
            ++column;
    }
    return out;
}

} // namespace

QString headerLines(const HttpHeaders &headers)
{
    QString text;
    for (const auto &[name, value] : headers)
        text += QString::fromLatin1(name) + u": "_s + QString::fromLatin1(value) + u'\n';
    return text;
}

QString prettyBody(const QByteArray &body)
{
    // Parsed only to tell JSON from anything else: reindented() trusts its input to be valid.
    if (!isJson(body))
        return QString::fromUtf8(body);
    qsizetype consumed = 0;
    return QString::fromUtf8(reindented(body, unlimited, &consumed));
}

QString forDisplay(const QByteArray &body, qsizetype limit, const QString &hint)
{
    QByteArray shown;
    qsizetype consumed = 0;
    if (isJson(body)) {
        shown = reindented(body, limit, &consumed);
    } else {
        consumed = qMin(body.size(), limit);
        while (consumed > 0 && consumed < body.size() && isUtf8Continuation(body.at(consumed)))
            --consumed;
        shown = body.left(consumed);
    }
    QString text = brokenLines(QString::fromUtf8(shown));
    const qsizetype hidden = body.size() - consumed;
    if (hidden > 0) {
        text += u'\n'
            + QCoreApplication::translate("hookline::HttpText", "… %1 more bytes not shown.")
                  .arg(QLocale().toString(hidden));
        if (!hint.isEmpty())
            text += u' ' + hint;
    }
    return text;
}

QString reasonPhrase(int status)
{
    // RFC 9110's phrases: protocol words, the same in every language.
    static const QHash<int, const char *> phrases {
        {200, "OK"},
        {201, "Created"},
        {202, "Accepted"},
        {204, "No Content"},
        {301, "Moved Permanently"},
        {302, "Found"},
        {303, "See Other"},
        {307, "Temporary Redirect"},
        {308, "Permanent Redirect"},
        {400, "Bad Request"},
        {401, "Unauthorized"},
        {403, "Forbidden"},
        {404, "Not Found"},
        {405, "Method Not Allowed"},
        {408, "Request Timeout"},
        {409, "Conflict"},
        {410, "Gone"},
        {413, "Content Too Large"},
        {415, "Unsupported Media Type"},
        {422, "Unprocessable Content"},
        {429, "Too Many Requests"},
        {500, "Internal Server Error"},
        {501, "Not Implemented"},
        {502, "Bad Gateway"},
        {503, "Service Unavailable"},
        {504, "Gateway Timeout"},
    };
    const char *phrase = phrases.value(status, nullptr);
    return phrase ? QString::fromLatin1(phrase) : QString();
}

bool isTransportHeader(const QByteArray &name)
{
    static const QList<QByteArray> transport {
        "host", "content-length", "connection", "keep-alive", "transfer-encoding", "te", "upgrade"};
    return transport.contains(name.toLower());
}

QString curlCommand(const QString &method, const QString &url, const HttpHeaders &headers,
                    const QByteArray &body)
{
    const auto quoted = [](QString text) -> QString {
        text.replace(u'\'', u"'\\''"_s);
        return u'\'' + text + u'\'';
    };
    QStringList parts {u"curl"_s, u"-X"_s, method, quoted(url)};
    for (const auto &[name, value] : headers) {
        if (isTransportHeader(name))
            continue;
        parts << u"-H"_s
              << quoted(QString::fromLatin1(name) + u": "_s + QString::fromLatin1(value));
    }
    if (!body.isEmpty())
        parts << u"--data-binary"_s << quoted(QString::fromUtf8(body));
    return parts.join(u' ');
}

} // namespace hookline::HttpText
