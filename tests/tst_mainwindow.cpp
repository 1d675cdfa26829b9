#include "attemptsmodel.h"
#include "chatmessagesmodel.h"
#include "chatspage.h"
#include "chipdelegate.h"
#include "dashboardpage.h"
#include "deliveriespage.h"
#include "delivery/clock.h"
#include "delivery/enginethread.h"
#include "inspectorpage.h"
#include "mainwindow.h"
#include "messagebubbledelegate.h"
#include "server/inspector.h"
#include "service/webhookservice.h"
#include "store/webhookstore.h"
#include "storeworker.h"
#include "support/desktopharness.h"
#include "support/testreceiver.h"
#include "webhookspage.h"

#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
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
    void navigationHasIconsBadgesAndNoGutter();
    void emptyPagesSayWhatToDo();
    void aDashboardPointOpensItsAttempts();
    void aMessageStatusOpensItsDeliveries();
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
        // It ends on its own request, selected, with a line on what was made and what next.
        auto *inspector
            = qobject_cast<hookline::InspectorPage *>(window.page(hookline::MainWindow::Inspector));
        QCOMPARE(inspector->currentBin(), u"demo"_s);
        QTRY_COMPARE_WITH_TIMEOUT(inspector->requestTable()->selectedItems().size(), 5, 20000);
        QTRY_VERIFY(inspector->bodyView()->toPlainText().contains(u"Hello from Hookline"_s));
        QVERIFY(inspector->message()->isVisible());
        QVERIFY(inspector->message()->text().contains(u"Demo (Inspector)"_s));
        QVERIFY(inspector->message()->text().contains(u"Next:"_s));
        // The demo webhook signs, and the Inspector checks it against its secret.
        QTRY_VERIFY_WITH_TIMEOUT(inspector->signatureLabel()->text().contains(u"Signature valid"_s),
                                 20000);
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

void TestMainWindow::navigationHasIconsBadgesAndNoGutter()
{
    using hookline::ChipDelegate;
    using hookline::MainWindow;
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    hookline::Webhook failing;
    failing.name = u"Flaky CRM"_s;
    failing.url = u"http://127.0.0.1:1/flaky"_s;
    const qint64 failingId = harness.addWebhook(failing);
    MainWindow window(harness.context());
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (int row = 0; row < window.navigation()->count(); ++row)
        QVERIFY(!window.navigation()->item(row)->icon().isNull());
    // The page starts right after the navigation and its separator line: no dead gutter.
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        window.showPage(MainWindow::Page(page));
        QWidget *shown = window.page(MainWindow::Page(page));
        const int gap = shown->mapTo(&window, QPoint(0, 0)).x()
            - window.navigation()->mapTo(&window, QPoint(window.navigation()->width(), 0)).x();
        QVERIFY2(gap >= 0 && gap <= 4, qPrintable(QString::number(gap)));
    }
    // Every entry fits its row, Devanagari's matras included.
    const int rowHeight
        = window.navigation()->visualItemRect(window.navigation()->item(0)).height();
    QVERIFY(rowHeight >= window.navigation()->fontMetrics().height() + 8);

    // One webhook failing, one switched off after errors: both show on the navigation, live.
    QListWidgetItem *webhooks = window.navigation()->item(MainWindow::Webhooks);
    QVERIFY(ChipDelegate::badgesOf(window.navigation()->indexFromItem(webhooks)).isEmpty());
    hookline::Webhook off;
    off.name = u"Old CRM"_s;
    off.url = u"http://127.0.0.1:1/old"_s;
    const qint64 offId = harness.addWebhook(off);
    // The engine's own bookkeeping, as after real failures.
    harness.withStore([&](hookline::StoreConnection &store) {
        store.webhooks->setFailureState(failingId, 3, 0);
        store.webhooks->setFailureState(offId, 11, 0);
        QVERIFY(store.webhooks->autoDisable(offId, u"11 errors in a row"_s));
    });
    harness.context().engine()->reload(failingId);
    harness.context().engine()->reload(offId);
    QTRY_COMPARE_WITH_TIMEOUT(
        ChipDelegate::badgesOf(window.navigation()->indexFromItem(webhooks)).size(), 2, 20000);
    const QList<ChipDelegate::Badge> badges
        = ChipDelegate::badgesOf(window.navigation()->indexFromItem(webhooks));
    QCOMPARE(badges.at(0).text, u"1 off"_s);
    QCOMPARE(badges.at(0).tone, hookline::FeedbackLabel::Tone::Bad);
    QCOMPARE(badges.at(1).text, u"1 failing"_s);
    QCOMPARE(badges.at(1).tone, hookline::FeedbackLabel::Tone::Warn);
    QVERIFY(webhooks->toolTip().contains(u"failing"_s));
    // Still wide enough for the entry with its badges.
    QVERIFY(window.navigation()->width() >= window.navigation()->sizeHintForColumn(0));

    // Mended: the badges go.
    harness.withStore([&](hookline::StoreConnection &store) {
        store.webhooks->setFailureState(failingId, 0, 0);
        store.webhooks->remove(offId);
    });
    harness.context().engine()->reload(failingId);
    harness.context().engine()->reload(offId);
    QTRY_VERIFY_WITH_TIMEOUT(
        ChipDelegate::badgesOf(window.navigation()->indexFromItem(webhooks)).isEmpty(), 20000);
}

void TestMainWindow::emptyPagesSayWhatToDo()
{
    using hookline::MainWindow;
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    MainWindow window(harness.context());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Webhooks);
    auto *webhooks = qobject_cast<hookline::WebhooksPage *>(window.page(MainWindow::Webhooks));
    QTRY_VERIFY_WITH_TIMEOUT(webhooks->emptyHint()->isVisible(), 20000);
    QVERIFY(!webhooks->webhookList()->isVisible());

    window.showPage(MainWindow::Deliveries);
    auto *deliveries
        = qobject_cast<hookline::DeliveriesPage *>(window.page(MainWindow::Deliveries));
    QTRY_VERIFY_WITH_TIMEOUT(deliveries->hint()->text().contains(u"Nothing sent yet"_s), 20000);
    QVERIFY(deliveries->hint()->isVisible());
    QVERIFY(deliveries->hint()->text().contains(harness.context().serverUrl() + u"/messages"_s));
    // Ctrl+F goes to the search, as in every list people search.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(deliveries->searchEdit()->hasFocus());

    auto *chats = window.page(MainWindow::Chats);
    window.showPage(MainWindow::Chats);
    auto *messages = chats->findChild<QPlainTextEdit *>(u"messages"_s);
    QTRY_VERIFY_WITH_TIMEOUT(messages->toPlainText().contains(u"No chats yet"_s), 20000);
    QVERIFY(messages->toPlainText().contains(u"Compose"_s));
    QVERIFY(messages->toPlainText().contains(u"Import chat"_s));

    // "Try the demo" from the empty Webhooks page: the list replaces the hint; Deliveries then
    // asks for a selection instead.
    QSignalSpy created(&window, &MainWindow::demoCreated);
    window.showPage(MainWindow::Webhooks);
    QTest::mouseClick(webhooks->findChild<QPushButton *>(u"tryDemo"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 20000);
    window.showPage(MainWindow::Webhooks);
    QTRY_VERIFY_WITH_TIMEOUT(webhooks->webhookList()->isVisible(), 20000);
    QVERIFY(!webhooks->emptyHint()->isVisible());
    window.showPage(MainWindow::Deliveries);
    QTRY_VERIFY_WITH_TIMEOUT(deliveries->hint()->text().contains(u"Select an attempt"_s), 20000);
}

void TestMainWindow::aDashboardPointOpensItsAttempts()
{
    using hookline::MainWindow;
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    MainWindow window(harness.context());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy created(&window, &MainWindow::demoCreated);
    window.createDemo();
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 20000);
    auto *deliveries
        = qobject_cast<hookline::DeliveriesPage *>(window.page(MainWindow::Deliveries));
    QTRY_COMPARE_WITH_TIMEOUT(deliveries->model()->totalCount(), 1, 20000);

    auto *dashboard = qobject_cast<hookline::DashboardPage *>(window.page(MainWindow::Dashboard));
    const qint64 now = harness.context().clock()->nowMs();
    // A quiet minute an hour ago: nothing in it, and the page says why the list is empty.
    Q_EMIT dashboard->minuteChosen(now - 3600000, now - 3540000);
    QCOMPARE(window.navigation()->currentRow(), int(MainWindow::Deliveries));
    QVERIFY(deliveries->timeWindowBar()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(deliveries->model()->totalCount(), 0, 20000);
    QTRY_VERIFY(deliveries->hint()->text().contains(u"No attempt matches"_s));
    // The minute of the demo's delivery lists it.
    Q_EMIT dashboard->minuteChosen(now - 60000, now + 60000);
    QTRY_COMPARE_WITH_TIMEOUT(deliveries->model()->totalCount(), 1, 20000);
    // Let go: every time again.
    QTest::mouseClick(deliveries->timeWindowBar()->findChild<QPushButton *>(), Qt::LeftButton);
    QVERIFY(!deliveries->timeWindowBar()->isVisible());
    QCOMPARE(deliveries->model()->filter().fromMs, 0);
}

void TestMainWindow::aMessageStatusOpensItsDeliveries()
{
    using hookline::ChatMessagesModel;
    using hookline::MainWindow;
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    MainWindow window(harness.context());
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy created(&window, &MainWindow::demoCreated);
    window.createDemo();
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 20000);
    // Two more messages in the demo's chat: each its own delivery to the demo webhook.
    harness.ingest(u"Is the blue shirt available in XL?"_s);
    harness.ingest(u"Order #4521, please"_s);
    auto *deliveries
        = qobject_cast<hookline::DeliveriesPage *>(window.page(MainWindow::Deliveries));
    QTRY_COMPARE_WITH_TIMEOUT(deliveries->model()->totalCount(), 3, 20000);

    window.showPage(MainWindow::Chats);
    auto *chats = qobject_cast<hookline::ChatsPage *>(window.page(MainWindow::Chats));
    ChatMessagesModel *messages = chats->messages();
    // The first message of the three, its status line saying where it went.
    int row = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int r = 0; r < messages->rowCount(); ++r) {
                const QModelIndex index = messages->index(r, 0);
                if (index.data().toString() == u"Is the blue shirt available in XL?"_s
                    && index.data(ChatMessagesModel::StatusRole).toString().contains(u'✓')) {
                    row = r;
                    return true;
                }
            }
            return false;
        }(),
        20000);
    QListView *conversation = chats->conversation();
    conversation->scrollTo(messages->index(row, 0));
    auto *delegate = qobject_cast<hookline::MessageBubbleDelegate *>(conversation->itemDelegate());
    QRect status;
    QTRY_VERIFY((status = delegate->statusRect(messages->index(row, 0))).isValid()
                && conversation->viewport()->rect().contains(status));
    QTest::mouseClick(conversation->viewport(), Qt::LeftButton, {}, status.center());

    // Deliveries, narrowed to that message's one delivery, with a bar that says so.
    QCOMPARE(window.navigation()->currentRow(), int(MainWindow::Deliveries));
    QVERIFY(deliveries->timeWindowBar()->isVisible());
    QVERIFY(deliveries->timeWindowBar()->findChild<QLabel *>()->text().contains(u"blue shirt"_s));
    QTRY_COMPARE_WITH_TIMEOUT(deliveries->model()->totalCount(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(deliveries->model()->rowCount() == 1, 20000);
    auto *table = deliveries->findChild<QTableView *>(u"attemptsTable"_s);
    table->selectRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(deliveries->shownAttempt().has_value(), 20000);
    QVERIFY(deliveries->shownAttempt()->requestBody.contains("blue shirt available in XL"));
    // Let go: every message again.
    QTest::mouseClick(deliveries->timeWindowBar()->findChild<QPushButton *>(), Qt::LeftButton);
    QVERIFY(!deliveries->timeWindowBar()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(deliveries->model()->totalCount(), 3, 20000);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"