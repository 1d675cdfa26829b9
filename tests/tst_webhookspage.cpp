#include "delivery/clock.h"
#include "delivery/enginethread.h"
#include "support/desktopharness.h"
#include "support/testreceiver.h"
#include "webhookspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using hookline::Aggregation;
using hookline::WebhooksPage;

namespace {

constexpr int timeout = 20000;

QList<hookline::Webhook> storedWebhooks(DesktopHarness &harness)
{
    QList<hookline::Webhook> list;
    harness.withStore([&](hookline::StoreConnection &store) { list = store.webhooks->webhooks(); });
    return list;
}

// Types into a field the way a person does, replacing what was there.
void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

bool activityHas(const WebhooksPage &page, const QString &kind)
{
    QTreeWidget *view = page.activityView();
    for (int row = 0; row < view->topLevelItemCount(); ++row) {
        if (view->topLevelItem(row)->data(0, WebhooksPage::ActivityKindRole).toString() == kind)
            return true;
    }
    return false;
}

QListWidgetItem *listItem(const WebhooksPage &page, qint64 id)
{
    for (int row = 0; row < page.webhookList()->count(); ++row) {
        QListWidgetItem *item = page.webhookList()->item(row);
        if (item->data(WebhooksPage::IdRole).toLongLong() == id)
            return item;
    }
    return nullptr;
}

QString itemState(const WebhooksPage &page, qint64 id)
{
    const QListWidgetItem *item = listItem(page, id);
    return item ? item->data(WebhooksPage::StateRole).toString() : QString();
}

int itemWaiting(const WebhooksPage &page, qint64 id)
{
    const QListWidgetItem *item = listItem(page, id);
    return item ? item->data(WebhooksPage::WaitingRole).toInt() : -1;
}

} // namespace

class TestWebhooksPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void refusesBadInputAndSaves();
    void savesTestsDeliversAndExports();
    void flushesBundlesNow();
    void autoDisabledAndReenabled();
};

void TestWebhooksPage::refusesBadInputAndSaves()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    TestReceiver receiver;
    WebhooksPage page(harness.context());
    QSignalSpy loaded(&page, &WebhooksPage::listLoaded);
    QSignalSpy saved(&page, &WebhooksPage::saved);
    QSignalSpy failed(&page, &WebhooksPage::saveFailed);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), timeout);
    QCOMPARE(page.webhookList()->count(), 0);
    QCOMPARE(page.currentWebhookId(), 0);

    // An invalid URL: the error shows while typing and Save stores nothing.
    type(page.nameEdit(), u"CRM <b>bold</b>"_s);
    type(page.urlEdit(), u"ftp//nowhere"_s);
    QVERIFY(!page.urlError()->isHidden());
    QVERIFY(!page.urlError()->text().isEmpty());
    QTest::mouseClick(page.findChild<QPushButton *>(u"save"_s), Qt::LeftButton);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.constFirst().at(0).toString(), u"url"_s);
    // A correct URL clears the inline error as it is typed.
    type(page.urlEdit(), receiver.url());
    QVERIFY(page.urlError()->isHidden());

    // An empty name is refused too.
    type(page.nameEdit(), QString());
    page.save();
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.at(1).at(0).toString(), u"name"_s);
    QVERIFY(!page.nameError()->isHidden());
    QVERIFY(storedWebhooks(harness).isEmpty());

    // Valid: saved and stored, secret included.
    type(page.nameEdit(), u"CRM <b>bold</b>"_s);
    QTest::mouseClick(page.findChild<QPushButton *>(u"generateSecret"_s), Qt::LeftButton);
    QVERIFY(page.secretEdit()->text().startsWith(u"whsec_"_s));
    page.timeoutSpin()->setValue(7.5);
    page.save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, timeout);
    const qint64 first = saved.constFirst().at(0).toLongLong();
    QCOMPARE(page.currentWebhookId(), first);
    auto stored = storedWebhooks(harness);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.constFirst().name, u"CRM <b>bold</b>"_s);
    QCOMPARE(stored.constFirst().url, receiver.url());
    QCOMPARE(stored.constFirst().timeoutMs, 7500);
    QCOMPARE(stored.constFirst().secret, page.secretEdit()->text());
    QTRY_COMPARE_WITH_TIMEOUT(page.webhookList()->count(), 1, timeout);
    // The name shows as typed: list items are plain text.
    QVERIFY(page.webhookList()->item(0)->text().startsWith(u"CRM <b>bold</b>"_s));
    QCOMPARE(itemState(page, first), u"active"_s);

    // The same URL with the same aggregation again: refused, with the reason.
    page.addWebhook();
    QCOMPARE(page.currentWebhookId(), 0);
    type(page.nameEdit(), u"Copy"_s);
    type(page.urlEdit(), receiver.url());
    page.save();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 3, timeout);
    QCOMPARE(failed.at(2).at(0).toString(), u"url"_s);
    QVERIFY(failed.at(2).at(1).toString().contains(u"already"_s));
    QVERIFY(!page.urlError()->isHidden());
    QCOMPARE(storedWebhooks(harness).size(), 1);

    // Bundled every 6 hours it is a different webhook: a second one is saved.
    page.aggregationCombo()->setCurrentIndex(
        page.aggregationCombo()->findData(int(Aggregation::Hours6)));
    page.save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, timeout);
    const qint64 second = saved.at(1).at(0).toLongLong();
    QVERIFY(second != first);
    QTRY_COMPARE_WITH_TIMEOUT(page.webhookList()->count(), 2, timeout);
    QVERIFY(!page.flushButton()->isHidden()); // aggregated: Flush now is offered

    // Editing an existing one with a bad URL changes nothing in the store.
    type(page.urlEdit(), u"http://"_s);
    page.save();
    QCOMPARE(failed.size(), 4);
    stored = storedWebhooks(harness);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(1).url, receiver.url());

    // Pausing through the switch goes through setEnabled: the list says so.
    page.selectWebhook(first);
    QCOMPARE(page.nameEdit()->text(), u"CRM <b>bold</b>"_s);
    page.enabledCheck()->setChecked(false);
    page.save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 3, timeout);
    QTRY_COMPARE_WITH_TIMEOUT(itemState(page, first), u"paused"_s, timeout);
    QVERIFY(!page.disabledPanel()->isHidden());
    QTRY_VERIFY_WITH_TIMEOUT(activityHas(page, u"paused"_s), timeout);

    QSignalSpy removed(&page, &WebhooksPage::removed);
    page.removeWebhook(second);
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, timeout);
    QTRY_COMPARE_WITH_TIMEOUT(page.webhookList()->count(), 1, timeout);
    QCOMPARE(storedWebhooks(harness).size(), 1);
}

void TestWebhooksPage::savesTestsDeliversAndExports()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    TestReceiver receiver;
    // Save and test sends the workspace's most recent message: there must be one.
    harness.ingest(u"hello before the webhook"_s);

    WebhooksPage page(harness.context());
    QSignalSpy loaded(&page, &WebhooksPage::listLoaded);
    QSignalSpy saved(&page, &WebhooksPage::saved);
    QSignalSpy tested(&page, &WebhooksPage::testFinished);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), timeout);
    type(page.nameEdit(), u"Receiver"_s);
    type(page.urlEdit(), receiver.url());
    QTest::mouseClick(page.findChild<QPushButton *>(u"saveAndTest"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, timeout);
    const qint64 id = saved.constFirst().at(0).toLongLong();
    QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, timeout);
    QVERIFY2(tested.constFirst().at(0).toBool(), qPrintable(tested.constFirst().at(1).toString()));
    QVERIFY(page.testOutcome()->text().contains(u"HTTP 200"_s));
    QVERIFY(page.testOutcome()->styleSheet().contains(u"#1b7f2a"_s));
    QCOMPARE(receiver.count(), 1);
    QVERIFY(receiver.requests().constFirst().body.find("hello before the webhook")
            != std::string::npos);
    QTRY_VERIFY_WITH_TIMEOUT(activityHas(page, u"test"_s), timeout);

    // A real delivery: the activity log on the page shows it, live.
    harness.ingest(u"a real message"_s);
    QTRY_VERIFY_WITH_TIMEOUT(activityHas(page, u"delivered"_s), timeout);
    QCOMPARE(receiver.count(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(itemWaiting(page, id), 0, timeout);

    // The detailed log, in each format, read back from the files.
    QTemporaryDir dir;
    QSignalSpy exported(&page, &WebhooksPage::exported);
    auto exportTo = [&](hookline::LogExporter::Format format, const QString &name) {
        const QString path = dir.filePath(name);
        const qsizetype before = exported.size();
        page.exportLog(format, path);
        if (!QTest::qWaitFor([&] { return exported.size() > before; }, timeout))
            return QByteArray();
        if (!exported.constLast().at(0).toBool())
            qWarning() << exported.constLast().at(1).toString();
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QJsonObject json
        = QJsonDocument::fromJson(exportTo(hookline::LogExporter::Format::Json, u"log.json"_s))
              .object();
    const QJsonArray requests = json.value(u"requests"_s).toArray();
    QCOMPARE(requests.size(), 2); // the test and the delivery
    QVERIFY(requests.at(1)
                .toObject()
                .value(u"request"_s)
                .toObject()
                .value(u"body"_s)
                .toString()
                .contains(u"a real message"_s));
    QCOMPARE(json.value(u"webhook"_s).toObject().value(u"name"_s).toString(), u"Receiver"_s);
    QVERIFY(page.exportStatus()->text().contains(u"log.json"_s));

    const QJsonObject har
        = QJsonDocument::fromJson(exportTo(hookline::LogExporter::Format::Har, u"log.har"_s))
              .object();
    QCOMPARE(har.value(u"log"_s).toObject().value(u"entries"_s).toArray().size(), 2);

    const QList<QByteArray> csv
        = exportTo(hookline::LogExporter::Format::Csv, u"log.csv"_s).trimmed().split('\n');
    QCOMPARE(csv.size(), 3);
    QVERIFY(csv.at(0).contains("time,duration_ms"));
    QVERIFY(csv.at(2).contains("200"));

    // A place that refuses writes: a clear failure, and no file.
    const QString refused = dir.filePath(u"missing-folder/log.json"_s);
    page.exportLog(hookline::LogExporter::Format::Json, refused);
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 4, timeout);
    QVERIFY(!exported.constLast().at(0).toBool());
    QVERIFY(exported.constLast().at(1).toString().contains(u"missing-folder"_s));
    QVERIFY(page.exportStatus()->styleSheet().contains(u"#b00020"_s));
    QVERIFY(!QFile::exists(refused));
}

void TestWebhooksPage::flushesBundlesNow()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    TestReceiver receiver;
    WebhooksPage page(harness.context());
    QSignalSpy loaded(&page, &WebhooksPage::listLoaded);
    QSignalSpy saved(&page, &WebhooksPage::saved);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), timeout);
    type(page.nameEdit(), u"Zapier"_s);
    type(page.urlEdit(), receiver.url());
    page.aggregationCombo()->setCurrentIndex(
        page.aggregationCombo()->findData(int(Aggregation::Hours24)));
    QVERIFY(page.flushButton()->isHidden()); // not before it is saved as aggregated
    page.save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, timeout);
    const qint64 id = saved.constFirst().at(0).toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(!page.flushButton()->isHidden(), timeout);

    harness.ingest(u"first"_s);
    harness.ingest(u"second"_s);
    page.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(itemWaiting(page, id), 2, timeout);
    QCOMPARE(receiver.count(), 0); // the bundle waits for its window

    QSignalSpy flushed(&page, &WebhooksPage::flushed);
    QTest::mouseClick(page.flushButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(flushed.size(), 1, timeout);
    QCOMPARE(flushed.constFirst().at(0).toInt(), 1); // one chat: one bundle
    QTRY_COMPARE_WITH_TIMEOUT(receiver.count(), 1, timeout);
    const std::string body = receiver.requests().constFirst().body;
    QVERIFY(body.find("\"messages\"") != std::string::npos);
    QVERIFY(body.find("second") != std::string::npos);
    QTRY_VERIFY_WITH_TIMEOUT(activityHas(page, u"flushed"_s), timeout);
    QTRY_VERIFY_WITH_TIMEOUT(activityHas(page, u"delivered"_s), timeout);
    QTRY_COMPARE_WITH_TIMEOUT(itemWaiting(page, id), 0, timeout);
}

void TestWebhooksPage::autoDisabledAndReenabled()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    TestReceiver receiver;
    receiver.setScript([](const ReceivedRequest &, int) {
        ScriptedAnswer answer;
        answer.status = 500;
        answer.body = "down";
        return answer;
    });
    // No backoff, so the eleven failures take a moment instead of hours.
    qint64 id = 0;
    harness.withStore([&](hookline::StoreConnection &store) {
        hookline::Webhook w;
        w.name = u"Flaky"_s;
        w.url = receiver.url();
        w.retryScheduleSeconds = {0};
        id = store.webhooks->create(w, harness.context().clock()->nowMs());
    });
    harness.context().reloadWebhook(id);

    WebhooksPage page(harness.context());
    QSignalSpy loaded(&page, &WebhooksPage::listLoaded);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), timeout);
    QCOMPARE(page.currentWebhookId(), id); // the first webhook is shown
    QVERIFY(page.disabledPanel()->isHidden());

    harness.ingest(u"this one will not arrive"_s);
    QTRY_COMPARE_WITH_TIMEOUT(itemState(page, id), u"auto-disabled"_s, timeout);
    QCOMPARE(receiver.count(), 11);
    QTRY_VERIFY_WITH_TIMEOUT(!page.disabledPanel()->isHidden(), timeout);
    QVERIFY(page.disabledReason()->text().contains(u"11 consecutive errors"_s));
    QVERIFY(page.disabledReason()->text().contains(u"500"_s));
    QCOMPARE(itemWaiting(page, id), 1);
    QVERIFY(page.deliverWaitingButton()->text().contains(u"1"_s));
    QVERIFY(!page.discardWaitingButton()->isHidden());
    QVERIFY(!page.enabledCheck()->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(activityHas(page, u"disabled"_s), timeout);

    QSignalSpy reenabled(&page, &WebhooksPage::reenabled);
    QTest::mouseClick(page.discardWaitingButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(reenabled.size(), 1, timeout);
    QTRY_COMPARE_WITH_TIMEOUT(itemState(page, id), u"active"_s, timeout);
    QCOMPARE(itemWaiting(page, id), 0);
    QVERIFY(page.disabledPanel()->isHidden());
    QVERIFY(page.enabledCheck()->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(activityHas(page, u"enabled"_s), timeout);
    harness.withStore([&](hookline::StoreConnection &store) {
        const auto w = store.webhooks->webhook(id);
        QVERIFY(w->enabled);
        QVERIFY(w->disabledReason.isEmpty());
        QCOMPARE(w->consecutiveErrors, 0);
        QCOMPARE(store.outbox->pendingMessageCount(id), 0);
    });
    QCOMPARE(receiver.count(), 11); // discarded: nothing more was sent
}

QTEST_MAIN(TestWebhooksPage)
#include "tst_webhookspage.moc"
