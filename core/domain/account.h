#pragma once

#include <QString>

namespace hookline {

// One connected WhatsApp number of the workspace.
struct Account
{
    qint64 id = 0;
    QString phone;
    QString fullName;
    QString email;
};

} // namespace hookline
