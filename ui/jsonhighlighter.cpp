#include "jsonhighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hookline {

JsonHighlighter::JsonHighlighter(QTextDocument *parent)
    : QSyntaxHighlighter(parent)
{
}

void JsonHighlighter::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    rehighlight();
}

QColor JsonHighlighter::colorOf(Kind kind) const
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    switch (kind) {
    case Kind::Key:
        return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x4f, 0xa0);
    case Kind::String:
        return dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x1b, 0x6e, 0x2a);
    case Kind::Number:
        return dark ? QColor(0xf6, 0xc1, 0x77) : QColor(0xa8, 0x4a, 0x00);
    case Kind::Keyword:
        return dark ? QColor(0xd0, 0x9c, 0xf0) : QColor(0x8e, 0x24, 0xaa);
    }
    return {};
}

void JsonHighlighter::setBodyAfterHeaders(bool after)
{
    if (after == m_bodyAfterHeaders)
        return;
    m_bodyAfterHeaders = after;
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    // Block state 1: the body has begun (the blank line after the headers was passed).
    const bool inBody = !m_bodyAfterHeaders || previousBlockState() == 1;
    setCurrentBlockState(inBody || text.isEmpty() ? 1 : 0);
    if (!m_active || !inBody)
        return;
    // A string, then optional blanks and a colon when it is a key; or a number; or a keyword.
    static const QRegularExpression token(
        uR"("(?:[^"\\]|\\.)*"(\s*:)?|-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b|\b(?:true|false|null)\b)"_s);
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QChar first = m.captured(0).at(0);
        Kind kind = Kind::Keyword;
        int length = int(m.capturedLength(0));
        if (first == u'"') {
            kind = m.capturedLength(1) > 0 ? Kind::Key : Kind::String;
            length -= int(m.capturedLength(1));
        } else if (first == u'-' || first.isDigit()) {
            kind = Kind::Number;
        }
        QTextCharFormat format;
        format.setForeground(colorOf(kind));
        if (kind == Kind::Key)
            format.setFontWeight(QFont::DemiBold);
        setFormat(int(m.capturedStart(0)), length, format);
    }
}

} // namespace hookline
