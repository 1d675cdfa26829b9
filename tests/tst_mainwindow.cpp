#include "delivery/clock.h"
#include "mainwindow.h"
#include "server/inspector.h"
#include "service/webhookservice.h"
#include "storeworker.h"
#include "support/desktopharness.h"
#include "support/testreceiver.h"

#include <QFile>
#include <QFrame>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensAndShowsWorkspace();
    void alertsWithoutATray();
    void demoDeliversToTheInspectorAndStateIsRestored();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::opensAndShowsWorkspace()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    hookline::MainWindow window(harness.context());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), u"Hookline"_s);
    QVERIFY(window.statusBar()->currentMessage().contains(harness.dataDirectory()));
    QCOMPARE(window.navigation()->count(), int(hookline::MainWindow::PageCount));
    QVERIFY(QFile::exists(u":/hookline/hookline.svg"_s)); // the icon is compiled in
    // A new workspace has no webhook: the first-start offer shows.
    QTRY_VERIFY_WITH_TIMEOUT(window.demoBanner()->isVisible(), 20000);
    // Every page is one shortcut away.
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window.navigation()->currentRow(), int(hookline::MainWindow::Inspector));
}

void TestMainWindow::demoDeliversToTheInspectorAndStateIsRestored()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    {
        hookline::MainWindow window(harness.context());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy created(&window, &hookline::MainWindow::demoCreated);
        window.createDemo();
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 20000);
        QVERIFY(created.at(0).at(0).toBool());
        QCOMPARE(window.navigation()->currentRow(), int(hookline::MainWindow::Inspector));
        // The sample message reaches the demo URL through a real delivery.
        QTRY_VERIFY_WITH_TIMEOUT(!harness.context().inspector()->requests(u"demo"_s).isEmpty(),
                                 20000);
        QVERIFY(harness.context().inspector()->requests(u"demo"_s).constFirst().body.contains(
            "Hello from Hookline"));
        window.showPage(hookline::MainWindow::Chats);
        window.close();
    }
    // A new window opens on the page the last one showed, and offers no demo any more.
    hookline::MainWindow again(harness.context());
    again.show();
    QCOMPARE(again.navigation()->currentRow(), int(hookline::MainWindow::Chats));
    harness.context().store()->drain(); // the window's webhook count has answered
    QVERIFY(!again.demoBanner()->isVisible());
}

void TestMainWindow::alertsWithoutATray()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    // The offscreen platform has no system tray: the alert must show in the window.
    hookline::MainWindow window(harness.context());
    window.show();
    window.alert(u"Webhook 3 was disabled"_s, u"no SMTP server is set"_s);
    QCOMPARE(window.statusBar()->currentMessage(),
             u"Webhook 3 was disabled: no SMTP server is set"_s);
    QCOMPARE(window.lastAlert(), window.statusBar()->currentMessage());

    // A webhook switched off with nobody to e-mail: named as the list names it, and the alert
    // ends when the webhook is switched on again.
    TestReceiver receiver;
    receiver.answerAll(500);
    const qint64 id = harness.addWebhook(retryingAtOnce(u"Flaky CRM"_s, receiver.url()));
    harness.ingest(u"nobody takes this"_s);
    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().startsWith(
                                 u"The webhook “Flaky CRM” was switched off: "_s),
                             20000);
    QVERIFY2(window.statusBar()->currentMessage().contains(u"no SMTP server is set in Settings"_s),
             qPrintable(window.statusBar()->currentMessage()));
    receiver.answerAll(200);
    harness.withStore([&](hookline::StoreConnection &store) {
        hookline::WebhookService::Changes on;
        on.enabled = true;
        QVERIFY(hookline::WebhookService(store, harness.context().engine())
                    .update(id, on, harness.context().clock()->nowMs())
                    .ok());
    });
    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().isEmpty(), 20000);
    QVERIFY(window.lastAlert().isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
