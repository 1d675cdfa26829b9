#pragma once

#include <QByteArray>
#include <QList>
#include <QStringView>

namespace hookline {

// A streaming JSON writer that keeps keys in the order they are written. QJsonObject sorts keys,
// but receivers built for the original product expect the documented key order.
class JsonWriter
{
public:
    enum class Style { Compact, Indented };
    explicit JsonWriter(Style style = Style::Compact);

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(QStringView name);
    JsonWriter &value(QStringView text);
    JsonWriter &value(const char *) = delete; // forces callers to say which encoding they mean
    JsonWriter &value(qint64 number);
    JsonWriter &value(bool flag);
    // Inserts already-serialised JSON (for example a nested payload) as one value.
    JsonWriter &rawValue(const QByteArray &json);

    // The finished document; valid once every object and array is closed.
    QByteArray data() const { return m_out; }

    static void appendEscaped(QByteArray &out, QStringView text);

private:
    void beforeValue();
    void close(char bracket);
    void newline();

    Style m_style;
    QByteArray m_out;
    // Per open container: whether it already has an element (for commas).
    QList<bool> m_hasElement;
    bool m_afterKey = false;
};

} // namespace hookline
