#pragma once

#include <QString>

namespace hookline {

struct Account;

// How the window names an account in its lists: "Sales (+14155550100)", or the phone alone for
// an account without a name.
QString accountLabel(const Account &account);

} // namespace hookline
