#include "mainwindow.h"
#include "support/desktopharness.h"

#include <QFile>
#include <QFrame>
#include <QListWidget>
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
    QTRY_VERIFY(window.demoBanner()->isVisible());
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
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
