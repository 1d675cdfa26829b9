#pragma once

#include <QString>
#include <QStringView>

#include <cstddef>
#include <optional>
#include <utility>

namespace hookline {

// A closed set's names as stored and sent, written once per enum as a table of (value, name):
// both directions read the same table, so a name and its value cannot drift apart.
template<typename Enum> using EnumName = std::pair<Enum, QStringView>;

// The name of `value`; a value missing from the table (a cast from a bad integer) gets the first
// row's name, the set's default.
template<typename Enum, std::size_t N> QString nameOf(const EnumName<Enum> (&table)[N], Enum value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return name.toString();
    }
    return table[0].second.toString();
}

// The value named `name` exactly; nothing for an unknown name.
template<typename Enum, std::size_t N>
std::optional<Enum> fromName(const EnumName<Enum> (&table)[N], QStringView name)
{
    for (const auto &[e, n] : table) {
        if (n == name)
            return e;
    }
    return std::nullopt;
}

} // namespace hookline
