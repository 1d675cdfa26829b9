#include "accountlabel.h"

#include "domain/account.h"

#include <QCoreApplication>

namespace hookline {

QString accountLabel(const Account &account)
{
    if (account.fullName.isEmpty())
        return account.phone;
    return QCoreApplication::translate("AccountLabel", "%1 (%2)")
        .arg(account.fullName, account.phone);
}

} // namespace hookline
