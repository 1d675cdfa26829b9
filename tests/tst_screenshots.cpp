// Writes a PNG of every page, in English and in Hindi, into the build tree
// (build/tests/screenshots/) so a person can look at them. Runs under Xvfb with the xcb platform:
// real fonts and a real window system, as on a desktop.
#include "mainwindow.h"
#include "runtime/storeworker.h"
#include "server/inspector.h"
#include "support/desktopharness.h"
#include "support/testreceiver.h"
#include "translationloader.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QMetaEnum>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace hookline;

class TestScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyPage_data();
    void everyPage();

private:
    static int distinctColours(const QImage &image);
};

void TestScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QGuiApplication::platformName() == u"xcb"_s,
             "run under Xvfb with QT_QPA_PLATFORM=xcb (see tests/CMakeLists.txt)");
    QVERIFY(QDir().mkpath(QStringLiteral(HOOKLINE_SCREENSHOTS)));
}

void TestScreenshots::everyPage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("english") << u"en"_s;
    QTest::newRow("hindi") << u"hi"_s;
}

void TestScreenshots::everyPage()
{
    QFETCH(QString, language);
    QList<QTranslator *> before = qApp->findChildren<QTranslator *>();
    if (language != u"en"_s)
        QVERIFY(installTranslations(*qApp, QLocale(language)));

    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    TestReceiver receiver;
    MainWindow window(harness.context());
    window.resize(1200, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Something on every page: the demo webhook to the Inspector, a second webhook to a
    // receiver, and a few delivered messages.
    QSignalSpy demo(&window, &MainWindow::demoCreated);
    window.createDemo();
    QTRY_COMPARE_WITH_TIMEOUT(demo.size(), 1, 20000);
    QVERIFY(demo.at(0).at(0).toBool());
    Webhook crm;
    crm.name = u"CRM (Zapier)"_s;
    crm.url = receiver.url();
    crm.aggregation = Aggregation::Hours6;
    harness.addWebhook(crm);
    harness.ingest(u"Is the blue shirt available in XL?"_s, u"+919800000002"_s);
    harness.ingest(u"Yes — shall I reserve one?"_s, u"+919800000003"_s);
    // The demo's sample and both messages reach the Inspector; the CRM webhook bundles them.
    QTRY_VERIFY_WITH_TIMEOUT(harness.context().inspector()->requests(u"demo"_s).size() >= 3, 30000);

    const QMetaEnum pages = QMetaEnum::fromType<MainWindow::Page>();
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        window.showPage(MainWindow::Page(page));
        // Every load the page asked for has answered; then one more pass of layout and paint.
        harness.context().store()->drain();
        QCoreApplication::processEvents();
        QTest::qWait(50);
        const QImage shot = window.grab().toImage();
        const QString name = u"%1/%2-%3.png"_s.arg(QStringLiteral(HOOKLINE_SCREENSHOTS), language,
                                                   QString::fromLatin1(pages.key(page)).toLower());
        QVERIFY2(shot.save(name), qPrintable(name));
        // A blank or unpainted window has a handful of colours; a page with text has hundreds.
        QVERIFY2(distinctColours(shot) > 50, qPrintable(name));
    }
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        if (!before.contains(t)) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
}

int TestScreenshots::distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
