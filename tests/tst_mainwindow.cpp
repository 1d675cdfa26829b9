#include "mainwindow.h"

#include <QListWidget>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensAndShowsWorkspace();
};

void TestMainWindow::opensAndShowsWorkspace()
{
    hookline::MainWindow window(u"/tmp/workspace-under-test"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), u"Hookline"_s);
    QVERIFY(window.statusBar()->currentMessage().contains(u"/tmp/workspace-under-test"_s));
    QVERIFY(window.navigation()->count() >= 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
