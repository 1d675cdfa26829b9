#pragma once

#include <QSyntaxHighlighter>

namespace hookline {

// Colours the JSON in a read-only body view: keys, strings, numbers and true/false/null, in
// colours chosen for the palette's lightness so a dark theme reads as well as a light one. Works
// line by line, which suits the pretty-printed bodies HttpText makes; a body that is not JSON is
// left plain (setActive(false)).
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class Kind { Key, String, Number, Keyword };

    explicit JsonHighlighter(QTextDocument *parent);

    void setActive(bool active);
    // For a whole HTTP message ("headers, blank line, body"): colour only after the blank line.
    void setBodyAfterHeaders(bool after);
    bool isActive() const { return m_active; }
    QColor colorOf(Kind kind) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    bool m_active = true;
    bool m_bodyAfterHeaders = false;
};

} // namespace hookline
