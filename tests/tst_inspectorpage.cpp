#include "delivery/enginethread.h"
#include "inspectorpage.h"
#include "server/inspector.h"
#include "support/desktopharness.h"
#include "webhookspage.h"

#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hookline;

class TestInspectorPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void refusesBadNames();
    void showsDeliveredRequests();
    void failingAnswerAutoDisablesTheWebhook();
};

void TestInspectorPage::refusesBadNames()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    InspectorPage page(harness.context());
    QVERIFY(!page.addBin(u"../etc"_s));
    QVERIFY(!page.addBin(u"<b>x</b>"_s));
    QVERIFY(!page.addBin(QString(65, u'a')));
    QVERIFY(!harness.context().inspector()->bins().contains(u"../etc"_s));
    QVERIFY(page.addBin(u"crm-test_1"_s));
    QCOMPARE(page.currentBin(), u"crm-test_1"_s);
    QCOMPARE(page.findChild<QLineEdit *>(u"inspectorUrl"_s)->text(),
             harness.context().serverUrl() + u"/inspect/crm-test_1"_s);
}

void TestInspectorPage::showsDeliveredRequests()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    InspectorPage page(harness.context());
    page.show();
    QVERIFY(page.addBin(u"crm"_s));
    QSignalSpy created(&page, &InspectorPage::webhookCreated);
    page.createWebhook();
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 20000);

    harness.ingest(u"Price of <b>blue</b> shirts?"_s);
    QTRY_COMPARE_WITH_TIMEOUT(page.requestTable()->rowCount(), 1, 20000);
    QCOMPARE(page.requestTable()->item(0, 1)->text(), u"POST"_s);
    QCOMPARE(page.requestTable()->item(0, 2)->text(), u"200"_s);
    // The newest request is shown: headers and the pretty-printed JSON body, as text.
    QTRY_VERIFY_WITH_TIMEOUT(
        page.detail()->toPlainText().contains(u"Price of <b>blue</b> shirts?"_s), 20000);
    QVERIFY(page.detail()->toPlainText().contains(u"webhook-id: msg_"_s, Qt::CaseInsensitive));
    QVERIFY(page.detail()->toPlainText().contains(u"\n    \""_s)); // indented JSON
}

void TestInspectorPage::failingAnswerAutoDisablesTheWebhook()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    InspectorPage page(harness.context());
    WebhooksPage webhooks(harness.context());
    webhooks.show();
    QVERIFY(page.addBin(u"flaky"_s));
    page.setAnswer(503, 0);
    QCOMPARE(harness.context().inspector()->answer(u"flaky"_s), (InspectorAnswer {503, 0}));
    QSignalSpy created(&page, &InspectorPage::webhookCreated);
    page.createWebhook();
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 20000);
    const qint64 id = created.at(0).at(0).toLongLong();
    // Immediate retries, so the 11 failures happen within the test.
    harness.withStore([&](StoreConnection &store) {
        Webhook w = *store.webhooks->webhook(id);
        w.retryScheduleSeconds = {0};
        store.webhooks->update(w, 0);
    });
    harness.context().engine()->reload(id);
    QSignalSpy disabled(harness.context().engine()->engine(), &Engine::autoDisabled);
    harness.ingest(u"hello"_s);
    QTRY_COMPARE_WITH_TIMEOUT(disabled.size(), 1, 30000);
    QCOMPARE(disabled.at(0).at(0).toLongLong(), id);
    QTRY_COMPARE_WITH_TIMEOUT(page.requestTable()->rowCount(), 11, 20000);
    QCOMPARE(page.requestTable()->item(0, 2)->text(), u"503"_s);
    harness.withStore([&](StoreConnection &store) {
        const Webhook w = *store.webhooks->webhook(id);
        QVERIFY(!w.enabled);
        QVERIFY(w.disabledReason.contains(u"503"_s));
    });
    // The Webhooks page, open all along, shows the new state and why.
    webhooks.selectWebhook(id);
    QTRY_VERIFY_WITH_TIMEOUT(!webhooks.disabledPanel()->isHidden(), 20000);
    QVERIFY(webhooks.disabledReason()->text().contains(u"503"_s));

    // Back to 200: re-enabling delivers the waiting message to the Inspector.
    page.setAnswer(200, 0);
    webhooks.reenable(Backlog::Deliver);
    QTRY_COMPARE_WITH_TIMEOUT(page.requestTable()->rowCount(), 12, 20000);
    QCOMPARE(page.requestTable()->item(0, 2)->text(), u"200"_s);
    QTRY_VERIFY_WITH_TIMEOUT(webhooks.disabledPanel()->isHidden(), 20000);
}

QTEST_MAIN(TestInspectorPage)
#include "tst_inspectorpage.moc"
