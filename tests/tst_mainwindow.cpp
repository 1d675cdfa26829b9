#include "mainwindow.h"

#include <QFile>
#include <QListWidget>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensAndShowsWorkspace();
    void alertsWithoutATray();
};

void TestMainWindow::opensAndShowsWorkspace()
{
    hookline::MainWindow window(u"/tmp/workspace-under-test"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), u"Hookline"_s);
    QVERIFY(window.statusBar()->currentMessage().contains(u"/tmp/workspace-under-test"_s));
    QVERIFY(window.navigation()->count() >= 1);
    QVERIFY(QFile::exists(u":/hookline/hookline.svg"_s)); // the icon is compiled in
}

void TestMainWindow::alertsWithoutATray()
{
    // The offscreen platform has no system tray: the alert must show in the window.
    hookline::MainWindow window(u"/tmp/w"_s);
    window.show();
    window.alert(u"Webhook 3 was disabled"_s, u"no SMTP server is set"_s);
    QCOMPARE(window.statusBar()->currentMessage(),
             u"Webhook 3 was disabled: no SMTP server is set"_s);
    QCOMPARE(window.lastAlert(), window.statusBar()->currentMessage());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
