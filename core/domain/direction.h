#pragma once

#include <QString>

#include <optional>

namespace hookline {

// Whether the workspace's WhatsApp account received or sent a message. "Sent" covers messages
// typed on the phone and messages sent from inside Hookline alike.
enum class Direction { Received, Sent };

QString directionName(Direction direction);
std::optional<Direction> directionFromName(QStringView name);

} // namespace hookline
