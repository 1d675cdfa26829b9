#include "direction.h"

using namespace Qt::StringLiterals;

namespace hookline {

QString directionName(Direction direction)
{
    return direction == Direction::Sent ? u"sent"_s : u"received"_s;
}

std::optional<Direction> directionFromName(QStringView name)
{
    if (name == u"received")
        return Direction::Received;
    if (name == u"sent")
        return Direction::Sent;
    return std::nullopt;
}

} // namespace hookline
