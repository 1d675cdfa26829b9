#include "cloudapi/cloudapiregistry.h"
#include "payload/linkbase.h"
#include "server/apitoken.h"
#include "server/localserver.h"
#include "settings/accountsgroup.h"
#include "settings/cloudapigroup.h"
#include "settings/serveraccessgroup.h"
#include "settings/storegroup.h"
#include "settings/teammatesgroup.h"
#include "settings/workspacegroup.h"
#include "settingspage.h"
#include "store/cloudapiaccountstore.h"
#include "store/storechoice.h"
#include "store/webhookstore.h"
#include "storeworker.h"
#include "support/desktopharness.h"
#include "support/fakegraphapi.h"

#include <httplib.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QTreeWidget>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using hookline::AccountsGroup;
using hookline::CloudApiGroup;
using hookline::ServerAccessGroup;
using hookline::SettingsPage;
using hookline::StoreConnection;
using hookline::StoreGroup;
using hookline::TeammatesGroup;
using hookline::WorkspaceGroup;
using hookline::WorkspaceSettings;

namespace {

WorkspaceSettings storedSettings(DesktopHarness &harness)
{
    WorkspaceSettings s;
    harness.withStore([&](StoreConnection &store) { s = store.workspace->settings(); });
    return s;
}

// A page whose first load from the store has arrived; null if it did not (QVERIFY it).
std::unique_ptr<SettingsPage> loadedPage(DesktopHarness &harness)
{
    auto page = std::make_unique<SettingsPage>(harness.context());
    QSignalSpy loaded(page.get(), &SettingsPage::loaded);
    if (!loaded.wait(20000))
        return nullptr;
    return page;
}

} // namespace

class TestSettingsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void loadsTheCurrentSettings();
    void refusesInvalidSettingsNextToTheField();
    void savesValidSettings();
    void saveKeepsChangesMadeElsewhere();
    void reloadsWhenShownUnlessEdited();
    void ignoresRepeatedClicksWhileStoring();
    void labelsTheTeammateAndAccountFields();
    void addsAndRemovesTeammates();
    void addsAccountsWithUniquePhones();
    void regeneratesTheApiToken();
    void warnsAboutANonLoopbackListenHost();
    void namesLinksThatCannotOpen();
    void testEmailWithoutSmtpFailsClearly();
    void connectsAnAccountToTheCloudApi();
    void cloudApiAnswerForAnotherAccountNamesIt();
    void choosesAPostgresqlStoreForTheNextStart();
    void wheelLeavesUnfocusedFieldsAlone();
};

void TestSettingsPage::loadsTheCurrentSettings()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    harness.withStore([](StoreConnection &store) {
        WorkspaceSettings s = store.workspace->settings();
        s.ownerName = u"Asha Rao"_s;
        s.ownerEmail = u"asha@example.com"_s;
        s.timeZone = u"Asia/Kolkata"_s;
        s.publicBaseUrl = u"https://hooks.example.com"_s;
        s.smtpHost = u"smtp.example.com"_s;
        s.smtpPort = 465;
        s.smtpSecurity = hookline::SmtpSecurity::Tls;
        store.workspace->setSettings(s);
        store.workspace->upsertTeammate(u"Ravi"_s, u"ravi@example.com"_s);
    });
    harness.ingest(u"hello"_s);

    const auto page = loadedPage(harness);
    QVERIFY(page);
    QCOMPARE(child<QLineEdit>(page.get(), u"ownerName"_s)->text(), u"Asha Rao"_s);
    QCOMPARE(child<QLineEdit>(page.get(), u"ownerEmail"_s)->text(), u"asha@example.com"_s);
    QCOMPARE(child<QComboBox>(page.get(), u"timeZone"_s)->currentText(), u"Asia/Kolkata"_s);
    QVERIFY(child<QComboBox>(page.get(), u"timeZone"_s)->findText(u"Europe/Berlin"_s) >= 0);
    QCOMPARE(child<QLineEdit>(page.get(), u"publicBaseUrl"_s)->text(),
             u"https://hooks.example.com"_s);
    QCOMPARE(child<QLineEdit>(page.get(), u"smtpHost"_s)->text(), u"smtp.example.com"_s);
    QCOMPARE(child<QSpinBox>(page.get(), u"smtpPort"_s)->value(), 465);
    QCOMPARE(child<QComboBox>(page.get(), u"smtpSecurity"_s)->currentData().toInt(),
             int(hookline::SmtpSecurity::Tls));
    auto *teammates = child<QTreeWidget>(page.get(), u"teammates"_s);
    QCOMPARE(teammates->topLevelItemCount(), 1);
    QCOMPARE(teammates->topLevelItem(0)->text(1), u"ravi@example.com"_s);
    auto *accounts = child<QTreeWidget>(page.get(), u"accounts"_s);
    QCOMPARE(accounts->topLevelItemCount(), 1);
    QCOMPARE(accounts->topLevelItem(0)->text(0), u"+14155550100"_s);
    // The token is there but hidden until asked for.
    auto *token = child<QLineEdit>(page.get(), u"apiToken"_s);
    QCOMPARE(token->text().toLatin1(), harness.context().apiToken()->value());
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    child<QPushButton>(page.get(), u"showToken"_s)->click();
    QCOMPARE(token->echoMode(), QLineEdit::Normal);
}

void TestSettingsPage::refusesInvalidSettingsNextToTheField()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    const WorkspaceSettings before = storedSettings(harness);
    const auto page = loadedPage(harness);
    QVERIFY(page);
    QSignalSpy failed(page->workspace(), &WorkspaceGroup::saveFailed);
    QSignalSpy saved(page->workspace(), &WorkspaceGroup::saved);

    struct Case
    {
        QString edit;
        QString value;
        QString field;
    };
    const QList<Case> cases
        = {{u"ownerEmail"_s, u"not-an-address"_s, u"owner.email"_s},
           {u"timeZone"_s, u"Mars/Olympus_Mons"_s, u"timezone"_s},
           {u"publicBaseUrl"_s, u"ftp://hooks.example.com"_s, u"public_base_url"_s},
           {u"smtpFrom"_s, u"nobody"_s, u"smtp.from"_s}};
    for (const Case &c : cases) {
        auto *edit = page->findChild<QLineEdit *>(c.edit);
        auto *combo = page->findChild<QComboBox *>(c.edit);
        const QString old = edit ? edit->text() : combo->currentText();
        edit ? edit->setText(c.value) : combo->setCurrentText(c.value);
        // A valid owner name typed alongside must not be stored either.
        child<QLineEdit>(page.get(), u"ownerName"_s)->setText(u"Half Saved"_s);
        const int failures = int(failed.count());
        child<QPushButton>(page.get(), u"save"_s)->click();
        QTRY_COMPARE(failed.count(), failures + 1);
        QCOMPARE(failed.last().at(0).toString(), c.field);
        auto *error = child<QLabel>(page.get(), c.edit + u"Error"_s);
        QVERIFY2(!error->isHidden(), qPrintable(c.field));
        QCOMPARE(error->text(), failed.last().at(1).toString());
        // A sentence for a person: the API's JSON path stays out of the window.
        QVERIFY2(!error->text().contains(c.field), qPrintable(error->text()));
        const WorkspaceSettings now = storedSettings(harness);
        QCOMPARE(now.ownerName, before.ownerName);
        QCOMPARE(now.ownerEmail, before.ownerEmail);
        QCOMPARE(now.timeZone, before.timeZone);
        QCOMPARE(now.publicBaseUrl, before.publicBaseUrl);
        QCOMPARE(now.smtpFrom, before.smtpFrom);
        edit ? edit->setText(old) : combo->setCurrentText(old);
    }
    QCOMPARE(saved.count(), 0);
}

void TestSettingsPage::savesValidSettings()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    const auto page = loadedPage(harness);
    QVERIFY(page);
    child<QLineEdit>(page.get(), u"ownerName"_s)->setText(u"  Meera Iyer "_s);
    child<QLineEdit>(page.get(), u"ownerEmail"_s)->setText(u"meera@example.com"_s);
    child<QComboBox>(page.get(), u"timeZone"_s)->setCurrentText(u"Asia/Kolkata"_s);
    child<QLineEdit>(page.get(), u"publicBaseUrl"_s)->setText(u"https://hooks.example.com"_s);
    child<QLineEdit>(page.get(), u"smtpHost"_s)->setText(u"smtp.example.com"_s);
    child<QSpinBox>(page.get(), u"smtpPort"_s)->setValue(2525);
    auto *security = child<QComboBox>(page.get(), u"smtpSecurity"_s);
    security->setCurrentIndex(security->findData(int(hookline::SmtpSecurity::None)));
    child<QLineEdit>(page.get(), u"smtpFrom"_s)->setText(u"hookline@example.com"_s);
    child<QLineEdit>(page.get(), u"smtpPassword"_s)->setText(u"s3cret"_s);

    QSignalSpy saved(page->workspace(), &WorkspaceGroup::saved);
    QSignalSpy failed(page->workspace(), &WorkspaceGroup::saveFailed);
    child<QPushButton>(page.get(), u"save"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(saved.count() + failed.count() > 0, 20000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(1).toString()));
    const WorkspaceSettings s = storedSettings(harness);
    QCOMPARE(s.ownerName, u"Meera Iyer"_s);
    QCOMPARE(s.ownerEmail, u"meera@example.com"_s);
    QCOMPARE(s.timeZone, u"Asia/Kolkata"_s);
    QCOMPARE(s.publicBaseUrl, u"https://hooks.example.com"_s);
    QCOMPARE(s.smtpHost, u"smtp.example.com"_s);
    QCOMPARE(s.smtpPort, 2525);
    QVERIFY(s.smtpSecurity == hookline::SmtpSecurity::None);
    QCOMPARE(s.smtpFrom, u"hookline@example.com"_s);
    // The password went to the keyring or the owner-only file, never the database.
    QVERIFY2(s.smtpPasswordStorage == u"keyring"_s || s.smtpPasswordStorage == u"file"_s,
             qPrintable(s.smtpPasswordStorage));
    QVERIFY(child<QLineEdit>(page.get(), u"smtpPassword"_s)->text().isEmpty());
    QVERIFY(!child<QLabel>(page.get(), u"passwordStorage"_s)->text().contains(u"No password"_s));

    // Forgetting it removes it again (also from the developer's real keyring).
    child<QCheckBox>(page.get(), u"forgetPassword"_s)->setChecked(true);
    child<QPushButton>(page.get(), u"save"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(saved.count() + failed.count() > 1, 20000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(1).toString()));
    QCOMPARE(storedSettings(harness).smtpPasswordStorage, u"none"_s);
    QCOMPARE(storedSettings(harness).smtpHost, u"smtp.example.com"_s);
    QVERIFY(child<QLabel>(page.get(), u"passwordStorage"_s)->text().contains(u"No password"_s));
    QVERIFY(!QFile::exists(harness.context().dataDirectory() + u"/secrets/smtp-password"_s));
}

void TestSettingsPage::saveKeepsChangesMadeElsewhere()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    const auto page = loadedPage(harness);
    QVERIFY(page);
    // The API changes the SMTP server and the owner's address after the page loaded.
    harness.withStore([](StoreConnection &store) {
        WorkspaceSettings s = store.workspace->settings();
        s.smtpHost = u"mail.elsewhere.example"_s;
        s.smtpPort = 465;
        s.ownerEmail = u"api@example.com"_s;
        s.smtpPasswordStorage = u"file"_s;
        store.workspace->setSettings(s);
    });
    child<QLineEdit>(page.get(), u"ownerName"_s)->setText(u"Only The Name"_s);
    QVERIFY(page->hasUnsavedEdits());
    QSignalSpy saved(page->workspace(), &WorkspaceGroup::saved);
    QSignalSpy failed(page->workspace(), &WorkspaceGroup::saveFailed);
    child<QPushButton>(page.get(), u"save"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(saved.count() + failed.count() > 0, 20000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(1).toString()));
    const WorkspaceSettings s = storedSettings(harness);
    QCOMPARE(s.ownerName, u"Only The Name"_s);
    QCOMPARE(s.smtpHost, u"mail.elsewhere.example"_s);
    QCOMPARE(s.smtpPort, 465);
    QCOMPARE(s.ownerEmail, u"api@example.com"_s);
    QCOMPARE(s.smtpPasswordStorage, u"file"_s);
    // The form now shows what is stored, and nothing is left unsaved.
    QCOMPARE(child<QLineEdit>(page.get(), u"smtpHost"_s)->text(), u"mail.elsewhere.example"_s);
    QVERIFY(!page->hasUnsavedEdits());
}

void TestSettingsPage::reloadsWhenShownUnlessEdited()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    const auto page = loadedPage(harness);
    QVERIFY(page);
    auto changeElsewhere = [&](const QString &owner, const QString &teammate) {
        harness.withStore([&](StoreConnection &store) {
            WorkspaceSettings s = store.workspace->settings();
            s.ownerName = owner;
            store.workspace->setSettings(s);
            store.workspace->upsertTeammate(teammate, teammate + u"@example.com"_s);
        });
    };
    auto *owner = child<QLineEdit>(page.get(), u"ownerName"_s);
    auto *teammates = child<QTreeWidget>(page.get(), u"teammates"_s);

    changeElsewhere(u"From The API"_s, u"ravi"_s);
    page->show();
    QTRY_COMPARE_WITH_TIMEOUT(owner->text(), u"From The API"_s, 20000);
    QCOMPARE(teammates->topLevelItemCount(), 1);

    // Unsaved edits survive showing the page again; the lists still catch up.
    page->hide();
    owner->setText(u"Typed Here"_s);
    changeElsewhere(u"From The API again"_s, u"meera"_s);
    QSignalSpy loaded(page.get(), &SettingsPage::loaded);
    page->show();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(owner->text(), u"Typed Here"_s);
    QCOMPARE(teammates->topLevelItemCount(), 2);
}

void TestSettingsPage::ignoresRepeatedClicksWhileStoring()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    const auto page = loadedPage(harness);
    QVERIFY(page);
    QSignalSpy teammatesChanged(page->teammates(), &TeammatesGroup::teammatesChanged);
    auto *addTeammate = child<QPushButton>(page.get(), u"addTeammate"_s);
    child<QLineEdit>(page.get(), u"teammateName"_s)->setText(u"Ravi"_s);
    child<QLineEdit>(page.get(), u"teammateEmail"_s)->setText(u"ravi@example.com"_s);
    addTeammate->click();
    QVERIFY(!addTeammate->isEnabled());
    QVERIFY(!child<QPushButton>(page.get(), u"removeTeammate"_s)->isEnabled());
    child<QLineEdit>(page.get(), u"teammateEmail"_s)->setText(u"other@example.com"_s);
    page->teammates()->addTeammate(); // ignored while the first is stored
    QTRY_VERIFY_WITH_TIMEOUT(addTeammate->isEnabled(), 20000);
    QCOMPARE(teammatesChanged.count(), 1);
    harness.withStore(
        [](StoreConnection &store) { QCOMPARE(store.workspace->teammates().size(), 1); });

    QSignalSpy accountsChanged(page->accounts(), &AccountsGroup::accountsChanged);
    QSignalSpy accountFailed(page->accounts(), &AccountsGroup::accountFailed);
    auto *addAccount = child<QPushButton>(page.get(), u"addAccount"_s);
    child<QLineEdit>(page.get(), u"accountPhone"_s)->setText(u"+14155550199"_s);
    addAccount->click();
    QVERIFY(!addAccount->isEnabled());
    QVERIFY(!child<QPushButton>(page.get(), u"updateAccount"_s)->isEnabled());
    page->accounts()->addAccount(); // a second click would otherwise report a duplicate phone
    QTRY_VERIFY_WITH_TIMEOUT(addAccount->isEnabled(), 20000);
    QCOMPARE(accountsChanged.count(), 1);
    QCOMPARE(accountFailed.count(), 0);
    harness.withStore(
        [](StoreConnection &store) { QCOMPARE(store.messages->accounts().size(), 1); });
}

void TestSettingsPage::labelsTheTeammateAndAccountFields()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    const auto page = loadedPage(harness);
    QVERIFY(page);
    for (const QString &name : {u"teammateName"_s, u"teammateEmail"_s, u"accountPhone"_s,
                                u"accountName"_s, u"accountEmail"_s}) {
        auto *field = child<QLineEdit>(page.get(), name);
        bool labelled = false;
        for (const QLabel *label : page->findChildren<QLabel *>()) {
            if (label->buddy() == field && label->text().contains(u'&'))
                labelled = true;
        }
        QVERIFY2(labelled, qPrintable(name));
    }
    for (const QString &name : {u"updateAccount"_s, u"addAccount"_s, u"addTeammate"_s})
        QVERIFY2(child<QPushButton>(page.get(), name)->text().contains(u'&'), qPrintable(name));
}

void TestSettingsPage::addsAndRemovesTeammates()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    const auto page = loadedPage(harness);
    QVERIFY(page);
    QSignalSpy changed(page->teammates(), &TeammatesGroup::teammatesChanged);
    auto *list = child<QTreeWidget>(page.get(), u"teammates"_s);

    // No e-mail address: refused before the store.
    child<QLineEdit>(page.get(), u"teammateName"_s)->setText(u"Ravi"_s);
    child<QLineEdit>(page.get(), u"teammateEmail"_s)->setText(u"ravi"_s);
    child<QPushButton>(page.get(), u"addTeammate"_s)->click();
    QVERIFY(!child<QLabel>(page.get(), u"teammateStatus"_s)->isHidden());

    child<QLineEdit>(page.get(), u"teammateEmail"_s)->setText(u"ravi@example.com"_s);
    child<QPushButton>(page.get(), u"addTeammate"_s)->click();
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(list->topLevelItemCount(), 1);
    QList<hookline::Teammate> stored;
    harness.withStore([&](StoreConnection &store) { stored = store.workspace->teammates(); });
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.at(0).fullName, u"Ravi"_s);
    QCOMPARE(stored.at(0).email, u"ravi@example.com"_s);

    list->setCurrentItem(list->topLevelItem(0));
    child<QPushButton>(page.get(), u"removeTeammate"_s)->click();
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(list->topLevelItemCount(), 0);
    harness.withStore([&](StoreConnection &store) { stored = store.workspace->teammates(); });
    QVERIFY(stored.isEmpty());
}

void TestSettingsPage::addsAccountsWithUniquePhones()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    const auto page = loadedPage(harness);
    QVERIFY(page);
    QSignalSpy changed(page->accounts(), &AccountsGroup::accountsChanged);
    QSignalSpy failed(page->accounts(), &AccountsGroup::accountFailed);
    auto *list = child<QTreeWidget>(page.get(), u"accounts"_s);
    auto *phone = child<QLineEdit>(page.get(), u"accountPhone"_s);
    auto *name = child<QLineEdit>(page.get(), u"accountName"_s);
    auto accountsInStore = [&] {
        QList<hookline::Account> accounts;
        harness.withStore([&](StoreConnection &store) { accounts = store.messages->accounts(); });
        return accounts;
    };

    child<QPushButton>(page.get(), u"addAccount"_s)->click(); // no phone
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), u"phone"_s);

    phone->setText(u"+14155550111"_s);
    name->setText(u"Sales"_s);
    child<QPushButton>(page.get(), u"addAccount"_s)->click();
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(accountsInStore().size(), 1);
    QCOMPARE(accountsInStore().at(0).fullName, u"Sales"_s);

    name->setText(u"Sales again"_s);
    child<QPushButton>(page.get(), u"addAccount"_s)->click();
    QTRY_COMPARE(failed.count(), 2);
    QCOMPARE(failed.at(1).at(0).toString(), u"phone"_s);
    QVERIFY(failed.at(1).at(1).toString().contains(u"+14155550111"_s));
    QVERIFY(!child<QLabel>(page.get(), u"accountStatus"_s)->isHidden());
    QCOMPARE(accountsInStore().size(), 1);

    // Editing the selected account keeps its phone unique too.
    phone->setText(u"+14155550122"_s);
    name->setText(u"Support"_s);
    child<QPushButton>(page.get(), u"addAccount"_s)->click();
    QTRY_COMPARE(changed.count(), 2);
    list->setCurrentItem(list->findItems(u"+14155550122"_s, Qt::MatchExactly).constFirst());
    QCOMPARE(name->text(), u"Support"_s);
    phone->setText(u"+14155550111"_s);
    child<QPushButton>(page.get(), u"updateAccount"_s)->click();
    QTRY_COMPARE(failed.count(), 3);
    phone->setText(u"+14155550122"_s);
    name->setText(u"Support desk"_s);
    child<QPushButton>(page.get(), u"updateAccount"_s)->click();
    QTRY_COMPARE(changed.count(), 3);
    harness.withStore([](StoreConnection &store) {
        QCOMPARE(store.messages->accountByPhone(u"+14155550122"_s)->fullName, u"Support desk"_s);
    });
}

void TestSettingsPage::choosesAPostgresqlStoreForTheNextStart()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    const auto page = loadedPage(harness);
    QVERIFY(page);
    const QString dataDir = harness.context().dataDirectory();
    QCOMPARE(child<QLineEdit>(page.get(), u"storeInUse"_s)->text(),
             dataDir + u"/hookline.sqlite"_s);
    auto *url = child<QLineEdit>(page.get(), u"storeUrl"_s);
    auto *password = child<QLineEdit>(page.get(), u"storePassword"_s);
    QSignalSpy tested(page->storeGroup(), &StoreGroup::storeTested);
    QSignalSpy saved(page->storeGroup(), &StoreGroup::storeSaved);
    QSignalSpy failed(page->storeGroup(), &StoreGroup::storeFailed);

    // Testing needs a URL; a server that does not answer is named.
    url->setText(u"/var/lib/hookline.sqlite"_s);
    page->storeGroup()->testStore();
    QCOMPARE(tested.size(), 1);
    QVERIFY(!tested.takeFirst().at(0).toBool());
    QTcpServer placeholder;
    QVERIFY(placeholder.listen(QHostAddress::LocalHost));
    const QString closed = u"postgresql://crm@127.0.0.1:%1/hookline?gssencmode=disable"_s.arg(
        placeholder.serverPort());
    placeholder.close();
    url->setText(closed);
    page->storeGroup()->testStore();
    QTRY_COMPARE(tested.size(), 1);
    const QList<QVariant> outcome = tested.takeFirst();
    QVERIFY(!outcome.at(0).toBool());
    QVERIFY2(outcome.at(1).toString().contains(u"cannot open store"_s),
             qPrintable(outcome.at(1).toString()));

    // A password in the URL is refused; a good URL is kept in store.conf and the password
    // elsewhere (an owner-only file here, where no keyring runs).
    url->setText(u"postgresql://crm:secret@db.example/hookline"_s);
    page->storeGroup()->saveStore();
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY2(failed.constFirst().at(0).toString().contains(u"PGPASSWORD"_s),
             qPrintable(failed.constFirst().at(0).toString()));
    QVERIFY(hookline::StoreChoice::configured(dataDir).isEmpty());
    url->setText(u"postgresql://crm@db.example:5432/hookline"_s);
    password->setText(u"s3cret"_s);
    page->storeGroup()->saveStore();
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(hookline::StoreChoice::configured(dataDir),
             u"postgresql://crm@db.example:5432/hookline"_s);
    QVERIFY(password->text().isEmpty());
    QFile conf(dataDir + u"/store.conf"_s);
    QVERIFY(conf.open(QIODevice::ReadOnly));
    QVERIFY(!conf.readAll().contains("s3cret"));
    QFile secret(dataDir + u"/secrets/postgresql-password"_s);
    QVERIFY(secret.open(QIODevice::ReadOnly));
    QCOMPARE(secret.readAll().trimmed(), QByteArray("s3cret"));
    // Empty goes back to the SQLite file and forgets the password.
    url->clear();
    page->storeGroup()->saveStore();
    QTRY_COMPARE(saved.size(), 2);
    QVERIFY(hookline::StoreChoice::configured(dataDir).isEmpty());
    QVERIFY(!QFile::exists(dataDir + u"/secrets/postgresql-password"_s));
}

void TestSettingsPage::regeneratesTheApiToken()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    hookline::ApiToken *token = harness.context().apiToken();
    const QByteArray old = token->value();
    const auto page = loadedPage(harness);
    QVERIFY(page);
    QSignalSpy regenerated(page->serverAccess(), &ServerAccessGroup::tokenRegenerated);
    page->serverAccess()->regenerateToken();
    QTRY_COMPARE(regenerated.count(), 1);
    const QByteArray now = token->value();
    QVERIFY(!now.isEmpty());
    QVERIFY(now != old);
    QCOMPARE(child<QLineEdit>(page.get(), u"apiToken"_s)->text().toLatin1(), now);
    QFile file(token->filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().trimmed(), now);

    // The local server takes the new token at once and refuses the old one.
    httplib::Client client("127.0.0.1", harness.context().listenPort());
    client.set_read_timeout(10, 0);
    auto get = [&](const QByteArray &bearer) {
        const auto result
            = client.Get("/api/v1/accounts", {{"Authorization", "Bearer " + bearer.toStdString()}});
        return result ? result->status : -1;
    };
    QCOMPARE(get(old), 401);
    QCOMPARE(get(now), 200);
}

void TestSettingsPage::namesLinksThatCannotOpen()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    const auto page = loadedPage(harness);
    QVERIFY(page);
    // No public base URL: links follow the address this instance listens on.
    const QString own = harness.context().links()->listening();
    QVERIFY(own.startsWith(u"http://127.0.0.1:"_s));
    QVERIFY(child<QLineEdit>(page.get(), u"publicBaseUrl"_s)->placeholderText().contains(own));
    auto *problems = child<QLabel>(page.get(), u"linkProblems"_s);
    QTRY_VERIFY(child<QLineEdit>(page.get(), u"webhookUrl"_s)->text().startsWith(own));
    QVERIFY(problems->isHidden());

    // A webhook to another computer cannot open links to this one: said under the field.
    harness.withStore([](StoreConnection &store) {
        hookline::Webhook w;
        w.name = u"CRM"_s;
        w.url = u"http://192.0.2.10/crm"_s;
        store.webhooks->create(w, 0);
    });
    QSignalSpy checked(page->workspace(), &WorkspaceGroup::linksChecked);
    page->reload();
    QVERIFY(checked.wait(20000));
    QVERIFY(!problems->isHidden());
    QVERIFY2(problems->text().contains(u"192.0.2.10"_s), qPrintable(problems->text()));
}

void TestSettingsPage::warnsAboutANonLoopbackListenHost()
{
    QVERIFY(hookline::LinkBase::isLoopback(u"127.0.0.1"_s));
    QVERIFY(hookline::LinkBase::isLoopback(u"127.0.0.2"_s));
    QVERIFY(hookline::LinkBase::isLoopback(u"::1"_s));
    QVERIFY(hookline::LinkBase::isLoopback(u"[::1]"_s));
    QVERIFY(hookline::LinkBase::isLoopback(u"localhost"_s));
    QVERIFY(!hookline::LinkBase::isLoopback(u"0.0.0.0"_s));
    QVERIFY(!hookline::LinkBase::isLoopback(u"::"_s));
    QVERIFY(!hookline::LinkBase::isLoopback(u"192.168.1.20"_s));
    QVERIFY(!hookline::LinkBase::isLoopback(u"hookline.example.com"_s));

    DesktopHarness harness; // listens on 127.0.0.1: no warning
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    const auto page = loadedPage(harness);
    QVERIFY(page);
    QCOMPARE(child<QLineEdit>(page.get(), u"listenAddress"_s)->text(),
             u"127.0.0.1:%1"_s.arg(harness.context().listenPort()));
    QVERIFY(child<QLineEdit>(page.get(), u"listenAddress"_s)->isReadOnly());
    QVERIFY(child<QLabel>(page.get(), u"listenWarning"_s)->isHidden());
}

void TestSettingsPage::testEmailWithoutSmtpFailsClearly()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    const auto page = loadedPage(harness);
    QVERIFY(page);
    QSignalSpy finished(page->workspace(), &WorkspaceGroup::testEmailFinished);
    child<QPushButton>(page.get(), u"sendTestEmail"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(finished.at(0).at(1).toString().contains(u"SMTP"_s),
             qPrintable(finished.at(0).at(1).toString()));
    auto *status = child<QLabel>(page.get(), u"testStatus"_s);
    QVERIFY(!status->isHidden());
    QVERIFY(status->text().contains(finished.at(0).at(1).toString()));
    QVERIFY(child<QPushButton>(page.get(), u"sendTestEmail"_s)->isEnabled());
}

// The user picks another account while a save is stored: its answer must not read as the new
// account's (the refusal under the new account's field, "saved" beside its buttons).
void TestSettingsPage::cloudApiAnswerForAnotherAccountNamesIt()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    harness.ingest(u"hello"_s); // account +14155550100 "Sales"
    harness.withStore([](StoreConnection &store) {
        store.messages->createAccount({0, u"+14155550111"_s, u"Support"_s, {}});
    });
    QTRY_VERIFY_WITH_TIMEOUT(harness.context().cloudApi()->isLoaded(), 20000);
    const auto page = loadedPage(harness);
    QVERIFY(page);
    auto *list = child<QTreeWidget>(page.get(), u"accounts"_s);
    QCOMPARE(list->topLevelItemCount(), 2);
    auto item = [list](const QString &phone) {
        const auto found = list->findItems(phone, Qt::MatchExactly, 0);
        return found.isEmpty() ? nullptr : found.constFirst();
    };
    list->setCurrentItem(item(u"+14155550100"_s));

    // The slow worker holds the save until the other account is shown.
    QSemaphore gate;
    harness.context().slowStore()->run<bool>(
        page.get(),
        [&gate](StoreConnection &) {
            gate.acquire();
            return true;
        },
        [](const hookline::Outcome<bool> &) {});
    QSignalSpy failed(page->cloudApi(), &CloudApiGroup::cloudApiFailed);
    QTest::keyClicks(child<QLineEdit>(page.get(), u"phoneNumberId"_s), u"12ab"_s);
    child<QPushButton>(page.get(), u"connectCloudApi"_s)->click();
    list->setCurrentItem(item(u"+14155550111"_s));
    gate.release();

    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    QCOMPARE(failed.at(0).at(0).toString(), u"cloud_api.phone_number_id"_s);
    QVERIFY(child<QLabel>(page.get(), u"phoneNumberIdError"_s)->isHidden());
    auto *status = child<QLabel>(page.get(), u"cloudApiStatus"_s);
    QVERIFY(!status->isHidden());
    QVERIFY2(status->text().contains(u"+14155550100"_s), qPrintable(status->text()));
    QVERIFY(status->text().contains(failed.at(0).at(1).toString()));
}

void TestSettingsPage::connectsAnAccountToTheCloudApi()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    harness.withStore([](StoreConnection &store) {
        WorkspaceSettings s = store.workspace->settings();
        s.publicBaseUrl = u"https://hooks.example.com"_s;
        store.workspace->setSettings(s);
    });
    harness.ingest(u"hello"_s); // account +14155550100 "Sales"
    qint64 accountId = 0;
    harness.withStore([&](StoreConnection &store) {
        accountId = store.messages->accountByPhone(u"+14155550100"_s)->id;
    });
    const QString accessToken = u"EAAG-access-token"_s;
    FakeGraphApi graph(accessToken);
    hookline::CloudApiRegistry *registry = harness.context().cloudApi();
    QVERIFY(registry);
    QTRY_VERIFY_WITH_TIMEOUT(registry->isLoaded(), 20000);
    auto settingsRows = [&] {
        QList<hookline::CloudApiAccount> rows;
        harness.withStore([&](StoreConnection &store) {
            rows = hookline::CloudApiAccountStore(*store.database).accounts();
        });
        return rows;
    };

    const auto page = loadedPage(harness);
    QVERIFY(page);
    auto *list = child<QTreeWidget>(page.get(), u"accounts"_s);
    auto *phoneNumberId = child<QLineEdit>(page.get(), u"phoneNumberId"_s);
    auto *graphBaseUrl = child<QLineEdit>(page.get(), u"graphBaseUrl"_s);
    auto *appSecret = child<QLineEdit>(page.get(), u"appSecret"_s);
    auto *verifyToken = child<QLineEdit>(page.get(), u"verifyToken"_s);
    auto *access = child<QLineEdit>(page.get(), u"accessToken"_s);
    auto *connectButton = child<QPushButton>(page.get(), u"connectCloudApi"_s);
    auto *disconnectButton = child<QPushButton>(page.get(), u"disconnectCloudApi"_s);
    for (QLineEdit *field : {phoneNumberId, graphBaseUrl, appSecret, verifyToken, access,
                             child<QLineEdit>(page.get(), u"webhookUrl"_s)}) {
        bool labelled = false;
        for (const QLabel *label : page->findChildren<QLabel *>()) {
            if (label->buddy() == field && label->text().contains(u'&'))
                labelled = true;
        }
        QVERIFY2(labelled, qPrintable(field->objectName()));
    }

    // Nothing selected: nothing to connect.
    QVERIFY(!connectButton->isEnabled());
    list->setCurrentItem(list->topLevelItem(0));
    QVERIFY(connectButton->isEnabled());
    QVERIFY(!disconnectButton->isEnabled()); // not connected yet
    QCOMPARE(child<QLineEdit>(page.get(), u"webhookUrl"_s)->text(),
             u"https://hooks.example.com/whatsapp/webhook"_s);
    QCOMPARE(graphBaseUrl->text(),
             QString::fromLatin1(hookline::CloudApiAccount::defaultGraphBaseUrl));
    for (QLineEdit *secret : {appSecret, verifyToken, access}) {
        QCOMPARE(secret->placeholderText(), u"not set"_s);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
    }

    // A phone number id that is not Meta's: refused next to the field, nothing stored.
    QSignalSpy saved(page->cloudApi(), &CloudApiGroup::cloudApiSaved);
    QSignalSpy failed(page->cloudApi(), &CloudApiGroup::cloudApiFailed);
    QSignalSpy disconnected(page->cloudApi(), &CloudApiGroup::cloudApiDisconnected);
    QTest::keyClicks(phoneNumberId, u"12ab"_s);
    graphBaseUrl->setText(graph.baseUrl());
    QTest::keyClicks(appSecret, u"app-secret-1"_s);
    QTest::keyClicks(verifyToken, u"verify-me"_s);
    QTest::keyClicks(access, accessToken);
    connectButton->click();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    QCOMPARE(failed.at(0).at(0).toString(), u"cloud_api.phone_number_id"_s);
    auto *idError = child<QLabel>(page.get(), u"phoneNumberIdError"_s);
    QVERIFY(!idError->isHidden());
    QCOMPARE(idError->text(), failed.at(0).at(1).toString());
    QVERIFY(!registry->forAccount(accountId));
    QVERIFY(settingsRows().isEmpty());
    QCOMPARE(saved.count(), 0);
    QVERIFY(connectButton->isEnabled());

    // Corrected: connected, with every secret, and the secrets' fields empty again.
    phoneNumberId->setText(u"106540352242922"_s);
    connectButton->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
    QVERIFY(idError->isHidden());
    auto cloud = registry->forAccount(accountId);
    QVERIFY(cloud);
    QCOMPARE(cloud->phoneNumberId, u"106540352242922"_s);
    QCOMPARE(cloud->graphBaseUrl, graph.baseUrl());
    QCOMPARE(cloud->appSecret, u"app-secret-1"_s);
    QCOMPARE(cloud->verifyToken, u"verify-me"_s);
    QCOMPARE(cloud->accessToken, accessToken);
    QCOMPARE(settingsRows().size(), 1);
    QVERIFY(disconnectButton->isEnabled());
    for (QLineEdit *secret : {appSecret, verifyToken, access}) {
        QVERIFY(secret->text().isEmpty());
        QCOMPARE(secret->placeholderText(), u"set — leave empty to keep"_s);
    }

    // A fresh page shows the connection but none of the secrets, anywhere.
    const auto again = loadedPage(harness);
    QVERIFY(again);
    auto *againList = child<QTreeWidget>(again.get(), u"accounts"_s);
    againList->setCurrentItem(againList->topLevelItem(0));
    QCOMPARE(child<QLineEdit>(again.get(), u"phoneNumberId"_s)->text(), u"106540352242922"_s);
    QCOMPARE(child<QLineEdit>(again.get(), u"graphBaseUrl"_s)->text(), graph.baseUrl());
    for (const QString &name : {u"appSecret"_s, u"verifyToken"_s, u"accessToken"_s}) {
        auto *secret = child<QLineEdit>(again.get(), name);
        QVERIFY(secret->text().isEmpty());
        QCOMPARE(secret->placeholderText(), u"set — leave empty to keep"_s);
        QVERIFY(child<QCheckBox>(again.get(), name + u"Clear"_s)->isEnabled());
    }
    for (const QString &secret : {u"app-secret-1"_s, u"verify-me"_s, accessToken}) {
        for (const QLineEdit *edit : again->findChildren<QLineEdit *>())
            QVERIFY2(!edit->text().contains(secret), qPrintable(edit->objectName()));
        for (const QLabel *label : again->findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(secret), qPrintable(label->objectName()));
    }

    // Saving with empty secrets keeps them; a ticked "Clear" removes that one only.
    child<QCheckBox>(again.get(), u"verifyTokenClear"_s)->setChecked(true);
    QSignalSpy againSaved(again->cloudApi(), &CloudApiGroup::cloudApiSaved);
    child<QPushButton>(again.get(), u"connectCloudApi"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(againSaved.count(), 1, 20000);
    cloud = registry->forAccount(accountId);
    QVERIFY(cloud);
    QCOMPARE(cloud->appSecret, u"app-secret-1"_s);
    QCOMPARE(cloud->verifyToken, QString());
    QCOMPARE(cloud->accessToken, accessToken);
    QCOMPARE(child<QLineEdit>(again.get(), u"verifyToken"_s)->placeholderText(), u"not set"_s);
    QVERIFY(!child<QCheckBox>(again.get(), u"verifyTokenClear"_s)->isChecked());

    // The local API reports the same state.
    httplib::Client client("127.0.0.1", harness.context().listenPort());
    client.set_read_timeout(10, 0);
    const auto listed = client.Get(
        "/api/v1/accounts",
        {{"Authorization", "Bearer " + harness.context().apiToken()->value().toStdString()}});
    QVERIFY(listed && listed->status == 200);
    const QJsonObject apiCloud = QJsonDocument::fromJson(QByteArray::fromStdString(listed->body))
                                     .object()[u"accounts"_s]
                                     .toArray()
                                     .at(0)
                                     .toObject()[u"cloud_api"_s]
                                     .toObject();
    QCOMPARE(apiCloud[u"phone_number_id"_s].toString(), u"106540352242922"_s);
    QVERIFY(apiCloud[u"has_app_secret"_s].toBool());
    QVERIFY(!apiCloud[u"has_verify_token"_s].toBool());
    QVERIFY(apiCloud[u"has_access_token"_s].toBool());
    QCOMPARE(apiCloud[u"webhook_url"_s].toString(),
             child<QLineEdit>(again.get(), u"webhookUrl"_s)->text());

    // Disconnecting removes the settings and the secrets.
    page->cloudApi()->disconnectCloudApi();
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, 20000);
    QVERIFY(!registry->forAccount(accountId));
    QVERIFY(settingsRows().isEmpty());
    QVERIFY(!disconnectButton->isEnabled());
    QVERIFY(phoneNumberId->text().isEmpty());
    for (QLineEdit *secret : {appSecret, verifyToken, access})
        QCOMPARE(secret->placeholderText(), u"not set"_s);
    QVERIFY(!child<QLabel>(page.get(), u"cloudApiState"_s)->text().contains(u"106540352242922"_s));
}

// The review: scrolling the page with the pointer over Port changed 587 to 581.
void TestSettingsPage::wheelLeavesUnfocusedFieldsAlone()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    const auto page = loadedPage(harness);
    QVERIFY(page);
    page->resize(1024, 700);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    auto *port = child<QSpinBox>(page.get(), u"smtpPort"_s);
    auto *security = child<QComboBox>(page.get(), u"smtpSecurity"_s);
    auto turn = [](QWidget *widget) {
        const QPointF at(widget->width() / 2.0, widget->height() / 2.0);
        QWheelEvent wheel(at, widget->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(widget, &wheel);
    };
    const int before = port->value();
    const int securityBefore = security->currentIndex();
    turn(port);
    turn(security);
    QCOMPARE(port->value(), before);
    QCOMPARE(security->currentIndex(), securityBefore);
    // Focused (clicked or tabbed into), the field takes the wheel as usual.
    port->setFocus();
    QTRY_VERIFY(port->hasFocus());
    turn(port);
    QCOMPARE(port->value(), before - 1);
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
