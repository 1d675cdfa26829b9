#pragma once

#include "domain/account.h"

#include <QGroupBox>
#include <QList>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace hookline {

struct ServiceError;

class DesktopContext;

// Settings → WhatsApp accounts: the workspace's numbers, added or changed one at a time (the
// phone is required and unique, as in the API). The selected one is what the Cloud API group
// below connects.
class AccountsGroup : public QGroupBox
{
    Q_OBJECT
public:
    explicit AccountsGroup(DesktopContext &context, QWidget *parent = nullptr);

    // Shows the accounts and keeps the selection; the fields keep what the user typed.
    void showAccounts(const QList<Account> &accounts);
    void addAccount();
    // Saves the fields to the account selected in the list.
    void updateAccount();

Q_SIGNALS:
    void accountsChanged();
    void accountFailed(const QString &field, const QString &message);
    // The selected account (0: none) and its title ("For the account +14155550100 (Sales):"),
    // after the user chose another or the list was shown again.
    void selectionShown(qint64 accountId, const QString &title);

private:
    void saveAccount(const Account &account);
    // The sentence for a refused account, in the window's language where the reason is known.
    static QString accountErrorText(const ServiceError &error, const QString &phone);
    // One change at a time: a second click while the first is stored would add twice.
    void setBusy(bool busy);
    void emitSelection();

    DesktopContext &m_context;
    QTreeWidget *m_accounts = nullptr;
    QLineEdit *m_accountPhone = nullptr;
    QLineEdit *m_accountName = nullptr;
    QLineEdit *m_accountEmail = nullptr;
    QLabel *m_accountStatus = nullptr;
    QPushButton *m_addAccount = nullptr;
    QPushButton *m_updateAccount = nullptr;
};

} // namespace hookline
