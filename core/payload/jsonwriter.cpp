#include "jsonwriter.h"

namespace hookline {

JsonWriter::JsonWriter(Style style)
    : m_style(style)
{
}

void JsonWriter::newline()
{
    if (m_style != Style::Indented)
        return;
    m_out.append('\n');
    m_out.append(QByteArray(4 * m_hasElement.size(), ' '));
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_hasElement.isEmpty())
        return;
    if (m_hasElement.last())
        m_out.append(',');
    m_hasElement.last() = true;
    newline();
}

void JsonWriter::close(char bracket)
{
    Q_ASSERT(!m_hasElement.isEmpty());
    if (m_hasElement.takeLast())
        newline();
    m_out.append(bracket);
}

JsonWriter &JsonWriter::beginObject()
{
    beforeValue();
    m_out.append('{');
    m_hasElement.append(false);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    close('}');
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    beforeValue();
    m_out.append('[');
    m_hasElement.append(false);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    close(']');
    return *this;
}

JsonWriter &JsonWriter::key(QStringView name)
{
    beforeValue();
    appendEscaped(m_out, name);
    m_out.append(m_style == Style::Indented ? ": " : ":");
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(QStringView text)
{
    beforeValue();
    appendEscaped(m_out, text);
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out.append(QByteArray::number(number));
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    beforeValue();
    m_out.append(flag ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::rawValue(const QByteArray &json)
{
    beforeValue();
    m_out.append(json);
    return *this;
}

void JsonWriter::appendEscaped(QByteArray &out, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            if (c < 0x20) {
                out.append("\\u00");
                out.append(hex[c >> 4]);
                out.append(hex[c & 0xf]);
            } else {
                out.append(ch);
            }
        }
    }
    out.append('"');
}

} // namespace hookline
