#include "httptext.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace hookline::HttpText {

namespace {

// Re-indents valid JSON text four spaces a level. Unlike a QJsonDocument round trip it keeps
// the keys in the order they were sent and numbers exactly as written.
QByteArray reindented(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size() * 2);
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
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
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
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    if (body.isEmpty() || error.error != QJsonParseError::NoError)
        return QString::fromUtf8(body);
    return QString::fromUtf8(reindented(body));
}

} // namespace hookline::HttpText
