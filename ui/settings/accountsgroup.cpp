#include "accountsgroup.h"

#include "desktopcontext.h"
#include "feedbacklabel.h"
#include "service/accountservice.h"
#include "service/serviceerror.h"
#include "serviceerrortext.h"
#include "settingsform.h"
#include "store/messagestore.h"
#include "store/storeconnection.h"
#include "storeworker.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hookline {

using FeedbackLabel::Tone;
using namespace SettingsForm;

namespace {

struct AccountsResult
{
    QString field; // with `error`: what the store refused
    QString error;
    QList<Account> accounts;
};

} // namespace

AccountsGroup::AccountsGroup(DesktopContext &context, QWidget *parent)
    : QGroupBox(tr("WhatsApp accounts"), parent)
    , m_context(context)
{
    setObjectName(u"accountsGroup"_s);
    m_accounts = table(u"accounts"_s, {tr("Phone"), tr("Name"), tr("E-mail")}, this);
    m_accounts->setAccessibleName(tr("WhatsApp accounts"));
    m_accountPhone = lineEdit(u"accountPhone"_s, this, tr("+14155550100"));
    m_accountPhone->setAccessibleName(tr("Account phone"));
    m_accountName = lineEdit(u"accountName"_s, this);
    m_accountName->setAccessibleName(tr("Account name"));
    m_accountEmail = lineEdit(u"accountEmail"_s, this, tr("name@example.com"));
    m_accountEmail->setAccessibleName(tr("Account e-mail"));
    m_addAccount = button(u"addAccount"_s, tr("Add accoun&t"), this);
    // Every letter of "Save selected account" is taken on this page; j is free.
    m_updateAccount = button(u"updateAccount"_s, tr("Ad&just selected account"), this);
    m_updateAccount->setToolTip(tr("Saves these fields to the account selected in the list"));
    m_accountStatus = FeedbackLabel::create(u"accountStatus"_s, this, Tone::Neutral);
    auto *accountForm = new QFormLayout;
    accountForm->addRow(buddyLabel(tr("Phone (re&quired):"), m_accountPhone), m_accountPhone);
    accountForm->addRow(buddyLabel(tr("Na&me:"), m_accountName), m_accountName);
    accountForm->addRow(buddyLabel(tr("E-mai&l:"), m_accountEmail), m_accountEmail);
    auto *accountButtons = new QHBoxLayout;
    accountButtons->addWidget(m_addAccount);
    accountButtons->addWidget(m_updateAccount);
    accountButtons->addStretch(1);
    accountForm->addRow(QString(), accountButtons);
    auto *accountsLayout = new QVBoxLayout(this);
    accountsLayout->addWidget(m_accounts);
    accountsLayout->addLayout(accountForm);
    accountsLayout->addWidget(m_accountStatus);

    connect(m_addAccount, &QPushButton::clicked, this, &AccountsGroup::addAccount);
    connect(m_updateAccount, &QPushButton::clicked, this, &AccountsGroup::updateAccount);
    connect(m_accounts, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        m_accountPhone->setText(item->text(0));
        m_accountName->setText(item->text(1));
        m_accountEmail->setText(item->text(2));
        emitSelection();
    });
}

void AccountsGroup::showAccounts(const QList<Account> &accounts)
{
    const qint64 keep = selectedId(m_accounts);
    {
        // Restoring the selection must not overwrite what the user typed into the fields.
        const QSignalBlocker blocker(m_accounts);
        m_accounts->clear();
        for (const Account &a : accounts) {
            auto *item = new QTreeWidgetItem(m_accounts, {a.phone, a.fullName, a.email});
            item->setData(0, Qt::UserRole, a.id);
            if (a.id == keep)
                m_accounts->setCurrentItem(item);
        }
    }
    emitSelection(); // the account may be gone, or its name changed
}

void AccountsGroup::emitSelection()
{
    const QTreeWidgetItem *item = m_accounts->currentItem();
    if (!item) {
        Q_EMIT selectionShown(0, QString());
        return;
    }
    const QString phone = item->text(0);
    const QString name = item->text(1);
    Q_EMIT selectionShown(selectedId(m_accounts),
                          name.isEmpty() ? tr("For the account %1:").arg(phone)
                                         : tr("For the account %1 (%2):").arg(phone, name));
}

void AccountsGroup::addAccount()
{
    saveAccount(Account {0, m_accountPhone->text().trimmed(), m_accountName->text().trimmed(),
                         m_accountEmail->text().trimmed()});
}

void AccountsGroup::updateAccount()
{
    const qint64 id = selectedId(m_accounts);
    if (id <= 0) {
        FeedbackLabel::show(m_accountStatus, tr("Select the account to change first."), Tone::Bad);
        Q_EMIT accountFailed(QString(), m_accountStatus->text());
        return;
    }
    saveAccount(Account {id, m_accountPhone->text().trimmed(), m_accountName->text().trimmed(),
                         m_accountEmail->text().trimmed()});
}

// Creates (id 0) or updates an account.
void AccountsGroup::saveAccount(const Account &account)
{
    if (!m_addAccount->isEnabled())
        return; // another account change is under way
    setBusy(true);
    m_context.store()->run<AccountsResult>(
        this,
        [account](StoreConnection &store) {
            AccountService service(store);
            const AccountService::Changes changes {account.phone, account.fullName, account.email};
            const auto saved
                = account.id > 0 ? service.update(account.id, changes) : service.create(changes);
            if (!saved.ok())
                return AccountsResult {saved.error().field,
                                       accountErrorText(saved.error(), account.phone.trimmed()),
                                       {}};
            return AccountsResult {{}, {}, store.messages->accounts()};
        },
        [this](const Outcome<AccountsResult> &outcome) {
            setBusy(false);
            const QString error = outcome.ok() ? outcome.value->error : outcome.error;
            if (!error.isEmpty()) {
                const QString field = outcome.ok() ? outcome.value->field : QString();
                FeedbackLabel::show(m_accountStatus, error, Tone::Bad);
                Q_EMIT accountFailed(field, error);
                return;
            }
            FeedbackLabel::show(m_accountStatus, tr("Account saved."), Tone::Neutral);
            showAccounts(outcome.value->accounts);
            Q_EMIT accountsChanged();
        });
}

QString AccountsGroup::accountErrorText(const ServiceError &error, const QString &phone)
{
    // ServiceErrorText words the rest; only here is the phone known, so the conflict names it.
    if (error.field == u"phone"_s && error.code == ServiceError::Code::Conflict)
        return tr("An account with phone %1 exists already.").arg(phone);
    return ServiceErrorText::sentence(error);
}

void AccountsGroup::setBusy(bool busy)
{
    m_addAccount->setEnabled(!busy);
    m_updateAccount->setEnabled(!busy);
}

} // namespace hookline
