#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace hookline {

// JSON that arrives from outside (API bodies, Cloud API notifications), read strictly: Qt's
// parser lets raw control characters through inside strings, which RFC 8259 §7 forbids and
// which a receiver further on may choke on.
struct JsonInput
{
    QJsonDocument document;
    QString error; // "the body is not valid JSON: … at offset N"; empty when it is

    bool ok() const { return error.isEmpty(); }

    static JsonInput read(const QByteArray &text);
    // The offset of the first unescaped character below U+0020 inside a string, or -1.
    static qsizetype rawControlCharacter(QByteArrayView text);
};

} // namespace hookline
