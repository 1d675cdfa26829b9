#pragma once

#include <QString>

namespace hookline {

// The sender or recipient of a message. Phones are empty in groups and wherever unknown.
struct Party
{
    QString fullName;
    QString phone;

    friend bool operator==(const Party &, const Party &) = default;
};

} // namespace hookline
