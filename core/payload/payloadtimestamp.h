#pragma once

#include <QDateTime>
#include <QString>

namespace hookline {

// Payload timestamps: UTC, whole seconds, offset without a colon ("2021-02-24T06:25:29+0000"),
// as the original product writes them. Qt::ISODate would write "Z" or "+00:00".
QString payloadTimestamp(const QDateTime &time);

} // namespace hookline
