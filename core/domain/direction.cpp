#include "direction.h"

#include "enumnames.h"

namespace hookline {

namespace {

constexpr EnumName<Direction> directionNames[] = {
    {Direction::Received, u"received"},
    {Direction::Sent, u"sent"},
};

} // namespace

QString directionName(Direction direction)
{
    return nameOf(directionNames, direction);
}

std::optional<Direction> directionFromName(QStringView name)
{
    return fromName(directionNames, name);
}

} // namespace hookline
