#include "activitytext.h"
#include "delivery/clock.h"
#include "delivery/enginethread.h"
#include "feedbacklabel.h"
#include "replaydialog.h"
#include "server/inspector.h"
#include "store/activitylog.h"
#include "store/database.h"
#include "store/storeconnection.h"
#include "support/desktopharness.h"
#include "support/testreceiver.h"
#include "translationloader.h"
#include "webhookfilterdialog.h"
#include "webhookheadersedit.h"
#include "webhookspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>

#include <functional>
#include <memory>

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

qint64 listedCurrent(const WebhooksPage &page)
{
    const QListWidgetItem *item = page.webhookList()->currentItem();
    return item ? item->data(WebhooksPage::IdRole).toLongLong() : 0;
}

// What a message box showed before the test answered it.
struct ShownBox
{
    QString objectName;
    QString text;
    Qt::TextFormat format = Qt::AutoText;
};

// Answers the next message box with `button`. The boxes are modal (exec), so the answer has to
// be queued before the click that opens one.
void answerNextBox(ShownBox &shown, QMessageBox::StandardButton button)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, &shown, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        shown = {box->objectName(), box->text(), box->textFormat()};
        box->button(button)->click();
    });
    timer->start();
}

// A tooltip as a person sees it: Qt renders a tooltip as rich text when it looks like markup.
QString shownToolTip(const QString &toolTip)
{
    if (!Qt::mightBeRichText(toolTip))
        return toolTip;
    QTextDocument document;
    document.setHtml(toolTip);
    return document.toPlainText();
}

hookline::Webhook storedWebhook(DesktopHarness &harness, qint64 id)
{
    hookline::Webhook webhook;
    harness.withStore([&](hookline::StoreConnection &store) {
        webhook = store.webhooks->webhook(id).value_or(hookline::Webhook {});
    });
    return webhook;
}

} // namespace

class TestWebhooksPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // As the application does: the English catalogue gives the plural forms.
        QVERIFY(hookline::installTranslations(*qApp, QLocale(QLocale::English)));
    }
    void refusesBadInputAndSaves();
    void savesTestsDeliversAndExports();
    void flushesBundlesNow();
    void autoDisabledAndReenabled();
    void stateAndFeedbackStayTrue();
    void saveKeepsTheFocusAndExportsByName();
    void savesOnlyWhatTheUserChanged();
    void asksBeforeLeavingUnsavedEdits();
    void showsStoredTextAsPlainText();
    void headersAreSentMaskedAndChecked();
    void filterIsEditedWithItsPreview();
    void throttleModeAndEventsAreSavedAndShown();
    void replaysARangeAfterADryRun();
    void replaysToAnInspectorName();
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
    // Said for a person: no JSON field name, no QUrl parser report.
    QCOMPARE(page.urlError()->text(), u"The URL must start with http:// or https://."_s);
    type(page.urlEdit(), u"htp:/bad url"_s);
    QCOMPARE(page.urlError()->text(),
             u"This is not a valid URL; look for spaces or typing errors."_s);
    // A correct URL clears the inline error as it is typed.
    type(page.urlEdit(), receiver.url());
    QVERIFY(page.urlError()->isHidden());

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
    QCOMPARE(itemState(page, first), u"healthy"_s);

    // The same URL with the same aggregation again: refused, with the reason.
    page.addWebhook();
    QCOMPARE(page.currentWebhookId(), 0);
    type(page.nameEdit(), u"Copy"_s);
    type(page.urlEdit(), receiver.url());
    page.save();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, timeout);
    QCOMPARE(failed.at(1).at(0).toString(), u"url"_s);
    QVERIFY(failed.at(1).at(1).toString().contains(u"already"_s));
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

    // Turning it back into a duplicate by editing is refused by the store too; nothing changes.
    page.aggregationCombo()->setCurrentIndex(
        page.aggregationCombo()->findData(int(Aggregation::None)));
    page.save();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 3, timeout);
    QCOMPARE(failed.at(2).at(0).toString(), u"url"_s);
    QVERIFY(failed.at(2).at(1).toString().contains(u"already"_s));
    QCOMPARE(storedWebhook(harness, second).aggregation, Aggregation::Hours6);

    // Editing an existing one with a bad URL changes nothing in the store.
    type(page.urlEdit(), u"http://"_s);
    page.save();
    QCOMPARE(failed.size(), 4);
    stored = storedWebhooks(harness);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(1).url, receiver.url());

    // Pausing through the switch goes through setEnabled: the list says so.
    page.selectWebhook(first, WebhooksPage::PendingEdits::Discard);
    QCOMPARE(page.nameEdit()->text(), u"CRM <b>bold</b>"_s);
    page.enabledCheck()->setChecked(false);
    page.save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 3, timeout);
    QTRY_COMPARE_WITH_TIMEOUT(itemState(page, first), u"paused"_s, timeout);
    QVERIFY(!page.disabledPanel()->isHidden());
    QTRY_VERIFY_WITH_TIMEOUT(activityHas(page, u"paused"_s), timeout);
    // Switching back on is the panel's: it says what becomes of the waiting messages.
    QVERIFY(!page.enabledCheck()->isEnabled());
    QVERIFY(!QKeySequence::mnemonic(page.deliverWaitingButton()->text()).isEmpty());

    // The confirmation quotes the name as typed, never as markup; Cancel keeps the webhook.
    ShownBox confirm;
    answerNextBox(confirm, QMessageBox::Cancel);
    QTest::mouseClick(page.findChild<QPushButton *>(u"delete"_s), Qt::LeftButton);
    QCOMPARE(confirm.format, Qt::PlainText);
    QVERIFY(confirm.text.contains(u"“CRM <b>bold</b>”"_s));
    QCOMPARE(storedWebhooks(harness).size(), 2);

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
    QVERIFY(page.testOutcome()->styleSheet().contains(
        hookline::FeedbackLabel::color(hookline::FeedbackLabel::Tone::Good).name()));
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
    QVERIFY(page.exportStatus()->styleSheet().contains(
        hookline::FeedbackLabel::color(hookline::FeedbackLabel::Tone::Bad).name()));
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
    // Until the answer the button is off, and a second request is ignored.
    QVERIFY(!page.flushButton()->isEnabled());
    page.flushNow();
    QTRY_COMPARE_WITH_TIMEOUT(flushed.size(), 1, timeout);
    QCOMPARE(flushed.constFirst().at(0).toInt(), 1); // one chat: one bundle
    QVERIFY(page.flushButton()->isEnabled());
    // The store worker answers in order: a second flush would have answered before this.
    const qsizetype lists = loaded.size();
    page.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.size() > lists, timeout);
    QCOMPARE(flushed.size(), 1);
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
    receiver.answerAll(500);
    const qint64 id = harness.addWebhook(retryingAtOnce(u"Flaky"_s, receiver.url()));

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
    QVERIFY(page.disabledReason()->text().contains(u"after 11 errors in a row"_s));
    QVERIFY(page.disabledReason()->text().contains(u"500"_s));
    QCOMPARE(itemWaiting(page, id), 1);
    QVERIFY(page.deliverWaitingButton()->text().contains(u"1"_s));
    QVERIFY(!page.discardWaitingButton()->isHidden());
    QVERIFY(!page.enabledCheck()->isChecked());
    QVERIFY(!page.enabledCheck()->isEnabled()); // switching on is the panel's
    QTRY_VERIFY_WITH_TIMEOUT(activityHas(page, u"disabled"_s), timeout);

    QSignalSpy reenabled(&page, &WebhooksPage::reenabled);
    QTest::mouseClick(page.discardWaitingButton(), Qt::LeftButton);
    // Until the answer both buttons are off, and a second request is ignored.
    QVERIFY(!page.discardWaitingButton()->isEnabled());
    QVERIFY(!page.deliverWaitingButton()->isEnabled());
    page.reenable(hookline::Backlog::Deliver);
    QTRY_COMPARE_WITH_TIMEOUT(reenabled.size(), 1, timeout);
    QVERIFY(page.discardWaitingButton()->isEnabled());
    QVERIFY(page.deliverWaitingButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(itemState(page, id), u"healthy"_s, timeout);
    QCOMPARE(itemWaiting(page, id), 0);
    // Still true, so still said.
    QCOMPARE(page.statusLabel()->text(), u"Re-enabled; the waiting messages were discarded."_s);
    QVERIFY(page.disabledPanel()->isHidden());
    QVERIFY(page.enabledCheck()->isChecked());
    QVERIFY(page.enabledCheck()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(activityHas(page, u"enabled"_s), timeout);
    QCOMPARE(reenabled.size(), 1);
    harness.withStore([&](hookline::StoreConnection &store) {
        const auto w = store.webhooks->webhook(id);
        QVERIFY(w->enabled);
        QVERIFY(w->disabledReason.isEmpty());
        QCOMPARE(w->consecutiveErrors, 0);
        QCOMPARE(store.outbox->pendingMessageCount(id), 0);
    });
    QCOMPARE(receiver.count(), 11); // discarded: nothing more was sent
}

// The review's Webhooks defects: a failing webhook listed as active, "Re-enabled" under a
// "switched off" panel, another webhook's test result after a delete, and no "test first".
void TestWebhooksPage::stateAndFeedbackStayTrue()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    TestReceiver receiver;
    receiver.setScript([](const ReceivedRequest &request, int) {
        ScriptedAnswer answer;
        answer.status = request.path == "/slow" ? 503 : 500;
        return answer;
    });
    // Backing off for an hour after its first error: failing, still on.
    hookline::Webhook backingOff;
    backingOff.name = u"Backing off"_s;
    backingOff.url = receiver.url(u"/slow"_s);
    backingOff.retryScheduleSeconds = {3600};
    const qint64 slowId = harness.addWebhook(backingOff);
    const qint64 flakyId = harness.addWebhook(retryingAtOnce(u"Flaky"_s, receiver.url()));

    WebhooksPage page(harness.context());
    QSignalSpy loaded(&page, &WebhooksPage::listLoaded);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), timeout);
    page.selectWebhook(slowId);
    QVERIFY(page.healthLabel()->isHidden());

    harness.ingest(u"nobody takes this"_s);
    QTRY_COMPARE_WITH_TIMEOUT(itemState(page, slowId), u"failing"_s, timeout);
    QVERIFY2(listItem(page, slowId)->text().contains(u"failing (1 error in a row)"_s)
                 || listItem(page, slowId)->text().contains(u"failing (1 error(s) in a row)"_s),
             qPrintable(listItem(page, slowId)->text()));
    QTRY_VERIFY_WITH_TIMEOUT(page.healthLabel()->isVisible(), timeout);
    QVERIFY2(page.healthLabel()->text().contains(u"next attempt at"_s)
                 && page.healthLabel()->text().contains(u"switched off after 10 more"_s),
             qPrintable(page.healthLabel()->text()));

    // Flaky is switched off; "Test first" tries the receiver without switching it on.
    page.selectWebhook(flakyId);
    QTRY_COMPARE_WITH_TIMEOUT(itemState(page, flakyId), u"auto-disabled"_s, timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!page.disabledPanel()->isHidden(), timeout);
    QVERIFY(page.healthLabel()->isHidden());
    const int sent = receiver.count();
    QSignalSpy tested(&page, &WebhooksPage::testFinished);
    page.testFirstButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, timeout);
    QVERIFY(!tested.constFirst().at(0).toBool());
    QVERIFY2(page.testOutcome()->text().contains(u"HTTP 500"_s),
             qPrintable(page.testOutcome()->text()));
    QCOMPARE(receiver.count(), sent + 1);
    QVERIFY(!storedWebhook(harness, flakyId).enabled);

    // Re-enabled while the receiver still fails: switched off again, and the page stops saying
    // "Re-enabled".
    QSignalSpy reenabled(&page, &WebhooksPage::reenabled);
    page.reenable(hookline::Backlog::Deliver);
    QTRY_COMPARE_WITH_TIMEOUT(reenabled.size(), 1, timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!storedWebhook(harness, flakyId).enabled, timeout);
    QTRY_COMPARE_WITH_TIMEOUT(itemState(page, flakyId), u"auto-disabled"_s, timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!page.disabledPanel()->isHidden(), timeout);
    QVERIFY2(page.statusLabel()->isHidden() || page.statusLabel()->text().isEmpty(),
             qPrintable(page.statusLabel()->text()));

    // Flaky deleted while its test result shows: the next webhook's form shows neither that
    // result nor an unnamed "deleted".
    page.testFirst();
    QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 2, timeout);
    QVERIFY(!page.testOutcome()->isHidden());
    QSignalSpy removed(&page, &WebhooksPage::removed);
    page.removeWebhook(flakyId);
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, timeout);
    QTRY_COMPARE_WITH_TIMEOUT(page.currentWebhookId(), slowId, timeout);
    QVERIFY(page.testOutcome()->isHidden());
    QCOMPARE(page.statusLabel()->text(), u"The webhook “Flaky” was deleted."_s);
}

// The review: after Save the focus landed on Delete, and the log was offered as
// "hookline-webhook-3.json".
void TestWebhooksPage::saveKeepsTheFocusAndExportsByName()
{
    QCOMPARE(WebhooksPage::exportFileName(u"CRM <b>bold</b>"_s, u"json"_s),
             u"hookline-CRM-b-bold-b.json"_s);
    QCOMPARE(WebhooksPage::exportFileName(u"बिक्री / Sales"_s, u"har"_s),
             u"hookline-बिक्री-Sales.har"_s);
    QCOMPARE(WebhooksPage::exportFileName(u"../.."_s, u"csv"_s), u"hookline-webhook.csv"_s);

    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    TestReceiver receiver;
    WebhooksPage page(harness.context());
    QSignalSpy loaded(&page, &WebhooksPage::listLoaded);
    QSignalSpy saved(&page, &WebhooksPage::saved);
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), timeout);
    type(page.nameEdit(), u"CRM"_s);
    type(page.urlEdit(), receiver.url());
    auto *save = page.findChild<QPushButton *>(u"save"_s);
    save->setFocus();
    QTRY_VERIFY(save->hasFocus());
    QTest::keyClick(save, Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, timeout);
    QVERIFY2(save->hasFocus(),
             qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                    : u"nothing"_s));
}

namespace {

// Two webhooks stored behind the page's back, the engine told; their ids.
QPair<qint64, qint64> twoWebhooks(DesktopHarness &harness, const TestReceiver &receiver)
{
    QPair<qint64, qint64> ids;
    harness.withStore([&](hookline::StoreConnection &store) {
        const qint64 now = harness.context().clock()->nowMs();
        hookline::Webhook w;
        w.name = u"A"_s;
        w.url = receiver.url(u"/a"_s);
        ids.first = store.webhooks->create(w, now);
        w.name = u"B"_s;
        w.url = receiver.url(u"/b"_s);
        ids.second = store.webhooks->create(w, now);
    });
    harness.context().engine()->reload(ids.first);
    harness.context().engine()->reload(ids.second);
    return ids;
}

} // namespace

void TestWebhooksPage::savesOnlyWhatTheUserChanged()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    TestReceiver receiver;
    harness.ingest(u"for the test"_s);
    const QPair<qint64, qint64> ids = twoWebhooks(harness, receiver);
    const qint64 a = ids.first;
    const qint64 b = ids.second;

    WebhooksPage page(harness.context());
    QSignalSpy loaded(&page, &WebhooksPage::listLoaded);
    QSignalSpy saved(&page, &WebhooksPage::saved);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), timeout);
    QCOMPARE(page.currentWebhookId(), a);
    QVERIFY(page.enabledCheck()->isChecked());

    // The engine switches A off after the page last looked; a rename-only Save must neither
    // switch it back on nor deliver what waits.
    harness.withStore([&](hookline::StoreConnection &store) {
        QVERIFY(store.webhooks->autoDisable(a, u"11 consecutive errors"_s));
    });
    QVERIFY(page.enabledCheck()->isChecked()); // not refreshed yet: the tick is stale
    type(page.nameEdit(), u"A renamed"_s);
    page.save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, timeout);
    hookline::Webhook stored = storedWebhook(harness, a);
    QCOMPARE(stored.name, u"A renamed"_s);
    QVERIFY(!stored.enabled);
    QCOMPARE(stored.disabledReason, u"11 consecutive errors"_s);
    QTRY_COMPARE_WITH_TIMEOUT(itemState(page, a), u"auto-disabled"_s, timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!page.enabledCheck()->isChecked(), timeout);

    // A late answer does not take the form back from the webhook chosen meanwhile.
    type(page.nameEdit(), u"A again"_s);
    page.save();
    page.selectWebhook(b, WebhooksPage::PendingEdits::Discard);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, timeout);
    qsizetype lists = loaded.size();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.size() > lists, timeout);
    QCOMPARE(page.currentWebhookId(), b);
    QCOMPARE(listedCurrent(page), b);
    QCOMPARE(page.nameEdit()->text(), u"B"_s);
    QCOMPARE(storedWebhook(harness, a).name, u"A again"_s);

    // What is typed while a save runs stays on screen, unsaved, until saved in turn.
    type(page.nameEdit(), u"B1"_s);
    page.save();
    type(page.nameEdit(), u"B2"_s);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 3, timeout);
    lists = loaded.size();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.size() > lists, timeout);
    QCOMPARE(page.nameEdit()->text(), u"B2"_s);
    QCOMPARE(storedWebhook(harness, b).name, u"B1"_s);
    page.save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 4, timeout);
    QCOMPARE(storedWebhook(harness, b).name, u"B2"_s);

    // A test's result belongs to the webhook it tested: leaving it drops the result.
    int engineTests = 0;
    connect(harness.context().engine()->engine(), &hookline::Engine::testFinished, &page,
            [&engineTests] { ++engineTests; });
    QSignalSpy tested(&page, &WebhooksPage::testFinished);
    // The receiver answers late, so the result surely comes after the user left B.
    receiver.setScript([](const ReceivedRequest &, int) {
        ScriptedAnswer slow;
        slow.delayMs = 500;
        return slow;
    });
    page.saveAndTest();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 5, timeout);
    page.selectWebhook(a);
    // Connected after EngineThread's handler, which queued the page's answer first: it has run.
    QTRY_COMPARE_WITH_TIMEOUT(engineTests, 1, timeout);
    QCOMPARE(tested.size(), 0);
    QVERIFY(page.testOutcome()->isHidden());
    QCOMPARE(receiver.count(), 1); // the test did run, for B
}

void TestWebhooksPage::asksBeforeLeavingUnsavedEdits()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    TestReceiver receiver;
    const QPair<qint64, qint64> ids = twoWebhooks(harness, receiver);
    const qint64 a = ids.first;
    const qint64 b = ids.second;
    harness.withStore([&](hookline::StoreConnection &store) {
        auto w = store.webhooks->webhook(a);
        w->name = u"A <i>x</i>"_s;
        store.webhooks->update(*w, harness.context().clock()->nowMs());
    });

    WebhooksPage page(harness.context());
    QSignalSpy loaded(&page, &WebhooksPage::listLoaded);
    QSignalSpy saved(&page, &WebhooksPage::saved);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), timeout);
    QCOMPARE(page.currentWebhookId(), a);

    // Picking B in the list with edits pending asks; Cancel stays on A with the edits.
    type(page.nameEdit(), u"A edited"_s);
    ShownBox asked;
    answerNextBox(asked, QMessageBox::Cancel);
    page.webhookList()->setCurrentItem(listItem(page, b));
    QCOMPARE(asked.objectName, u"unsavedChanges"_s);
    QCOMPARE(asked.format, Qt::PlainText);
    QVERIFY(asked.text.contains(u"“A <i>x</i>”"_s));
    QCOMPARE(page.currentWebhookId(), a);
    QCOMPARE(listedCurrent(page), a);
    QCOMPARE(page.nameEdit()->text(), u"A edited"_s);

    // "Add webhook" asks too; Keep (what Cancel does) stays.
    asked = {};
    answerNextBox(asked, QMessageBox::Cancel);
    QTest::mouseClick(page.findChild<QPushButton *>(u"addWebhook"_s), Qt::LeftButton);
    QCOMPARE(asked.objectName, u"unsavedChanges"_s);
    QCOMPARE(page.currentWebhookId(), a);
    page.selectWebhook(b, WebhooksPage::PendingEdits::Keep);
    QCOMPARE(page.currentWebhookId(), a);
    QCOMPARE(page.nameEdit()->text(), u"A edited"_s);

    // Save: stored first, then B is shown.
    answerNextBox(asked, QMessageBox::Save);
    page.webhookList()->setCurrentItem(listItem(page, b));
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, timeout);
    QTRY_COMPARE_WITH_TIMEOUT(page.currentWebhookId(), b, timeout);
    QCOMPARE(page.nameEdit()->text(), u"B"_s);
    QCOMPARE(listedCurrent(page), b);
    QCOMPARE(storedWebhook(harness, a).name, u"A edited"_s);

    // A Save that the store refuses stays on the form, with the reason next to the field.
    type(page.urlEdit(), receiver.url(u"/a"_s));
    QSignalSpy failed(&page, &WebhooksPage::saveFailed);
    page.selectWebhook(a, WebhooksPage::PendingEdits::Save);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, timeout);
    QCOMPARE(page.currentWebhookId(), b);
    QVERIFY(!page.urlError()->isHidden());

    // Discard: B's edits are dropped and A is shown.
    page.selectWebhook(a, WebhooksPage::PendingEdits::Discard);
    QCOMPARE(page.currentWebhookId(), a);
    QCOMPARE(page.nameEdit()->text(), u"A edited"_s);
    QCOMPARE(storedWebhook(harness, b).url, receiver.url(u"/b"_s));
}

void TestWebhooksPage::showsStoredTextAsPlainText()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    TestReceiver receiver;
    const qint64 a = twoWebhooks(harness, receiver).first;
    // The receiver controls the reason phrase and the Location header, so these reach the
    // activity log and the disable reason as they came.
    const QString hostile = u"HTTP 302 <b>Found</b> → <a href='x'>here</a> & <i>then</i>"_s;
    harness.withStore([&](hookline::StoreConnection &store) {
        const qint64 now = harness.context().clock()->nowMs();
        store.activity->add(a, now, hookline::ActivityKind::Resent, hostile);
        QVERIFY(store.webhooks->autoDisable(a, hostile));
    });

    WebhooksPage page(harness.context());
    QSignalSpy shown(&page, &WebhooksPage::activityShown);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.constLast().at(0).toInt() > 0, timeout);
    QCOMPARE(page.currentWebhookId(), a);
    QTreeWidgetItem *resent = nullptr;
    for (int row = 0; row < page.activityView()->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = page.activityView()->topLevelItem(row);
        if (item->data(0, WebhooksPage::ActivityKindRole).toString() == u"resent"_s)
            resent = item;
    }
    QVERIFY(resent);
    QCOMPARE(resent->text(1), u"Resent"_s); // a known kind, in words (and translatable)
    QCOMPARE(resent->text(2), hostile);
    QCOMPARE(shownToolTip(resent->toolTip(2)), hostile);

    QTRY_VERIFY_WITH_TIMEOUT(!page.disabledPanel()->isHidden(), timeout);
    QCOMPARE(page.disabledReason()->textFormat(), Qt::PlainText);
    QVERIFY(page.disabledReason()->text().contains(hostile));
}

void TestWebhooksPage::headersAreSentMaskedAndChecked()
{
    using hookline::WebhookHeader;
    using hookline::WebhookHeadersEdit;
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    TestReceiver receiver;
    WebhooksPage page(harness.context());
    QSignalSpy loaded(&page, &WebhooksPage::listLoaded);
    QSignalSpy saved(&page, &WebhooksPage::saved);
    QSignalSpy failed(&page, &WebhooksPage::saveFailed);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), timeout);
    type(page.nameEdit(), u"CRM behind a key"_s);
    type(page.urlEdit(), receiver.url());

    // Two presets as the Add menu makes them, then a header typed into a new row.
    WebhookHeadersEdit *headers = page.headersEdit();
    headers->addHeader(WebhookHeader::bearer(u"tok-123"_s));
    headers->addHeader(WebhookHeader::apiKey(u"X-Tenant-Key"_s, u"tenant-9"_s));
    QTableWidget *table = headers->table();
    QCOMPARE(table->rowCount(), 2);
    // Credentials are masked on screen until asked for.
    QCOMPARE(table->item(0, 1)->text(), QString(8, WebhookHeadersEdit::maskCharacter));
    QVERIFY(!table->item(0, 1)->text().contains(u"tok"_s));
    headers->revealButton()->click();
    QCOMPARE(table->item(0, 1)->text(), u"Bearer tok-123"_s);
    headers->revealButton()->click();
    QCOMPARE(table->item(1, 1)->text(), QString(8, WebhookHeadersEdit::maskCharacter));

    // A header Hookline sets itself is refused by name, under the table, its row selected, and
    // nothing is stored.
    headers->addHeader({u"Content-Type"_s, u"text/plain"_s});
    QTest::mouseClick(page.findChild<QPushButton *>(u"save"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, timeout);
    QCOMPARE(failed.constFirst().at(0).toString(), u"headers[2].name"_s);
    QVERIFY(headers->errorLabel()->isVisible());
    QCOMPARE(headers->errorLabel()->text(),
             u"Header 3: Content-Type is sent by Hookline itself and cannot be replaced."_s);
    QCOMPARE(table->currentRow(), 2);
    QCOMPARE(saved.size(), 0);
    QTest::mouseClick(headers->findChild<QPushButton *>(u"removeHeader"_s), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2);

    QTest::mouseClick(page.findChild<QPushButton *>(u"save"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, timeout);
    const qint64 id = saved.constFirst().at(0).toLongLong();
    QCOMPARE(storedWebhook(harness, id).headers,
             (QList<WebhookHeader> {{u"Authorization"_s, u"Bearer tok-123"_s},
                                    {u"X-Tenant-Key"_s, u"tenant-9"_s}}));
    // The receiver gets the real values.
    harness.ingest(u"hello"_s);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.count(), 1, timeout);
    QCOMPARE(receiver.requests().constFirst().header("Authorization"),
             QByteArray("Bearer tok-123"));
    QCOMPARE(receiver.requests().constFirst().header("X-Tenant-Key"), QByteArray("tenant-9"));
    // Loaded again, the form shows the same list, masked.
    headers->setHeaders({});
    page.selectWebhook(id);
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 2, timeout);
    QCOMPARE(table->item(1, 0)->text(), u"X-Tenant-Key"_s);
    QCOMPARE(table->item(1, 1)->text(), QString(8, WebhookHeadersEdit::maskCharacter));
}

void TestWebhooksPage::filterIsEditedWithItsPreview()
{
    using hookline::WebhookFilter;
    using hookline::WebhookFilterDialog;
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    TestReceiver receiver;
    // The latest messages the preview tries: two received orders, a reply sent, a photo.
    harness.ingest(u"Order #118: two boxes"_s);
    harness.ingest(u"hello there"_s, u"+919800000002"_s);
    hookline::IngestMessage reply;
    reply.chat.phone = u"+919800000001"_s;
    reply.direction = hookline::Direction::Sent;
    reply.sender = {u"Sales"_s, u"+14155550100"_s};
    reply.recipient = {u"Customer 01"_s, u"+919800000001"_s};
    reply.text = u"Your order ships today"_s;
    reply.source = u"test"_s;
    harness.ingest(reply);
    harness.ingest(u"order 119, please"_s, u"+919800000003"_s);

    WebhooksPage page(harness.context());
    QSignalSpy loaded(&page, &WebhooksPage::listLoaded);
    QSignalSpy saved(&page, &WebhooksPage::saved);
    QSignalSpy failed(&page, &WebhooksPage::saveFailed);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), timeout);
    type(page.nameEdit(), u"Orders"_s);
    type(page.urlEdit(), receiver.url());
    auto *summary = page.findChild<QLabel *>(u"filterSummary"_s);
    QVERIFY(summary);
    QCOMPARE(summary->text(), u"Every message"_s);

    QTest::mouseClick(page.findChild<QPushButton *>(u"editFilter"_s), Qt::LeftButton);
    WebhookFilterDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(dialog = page.findChild<WebhookFilterDialog *>(), timeout);
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->previewsAsked() > 0 && dialog->previewsShown() == dialog->previewsAsked(), timeout);
    // Every message passes an empty filter, newest first; the account is listed to tick.
    QTreeWidget *preview = dialog->previewList();
    QCOMPARE(preview->topLevelItemCount(), 4);
    QCOMPARE(dialog->previewSummary()->text(), u"4 of the latest 4 messages would be sent."_s);
    QCOMPARE(dialog->accountList()->count(), 1);
    QVERIFY(dialog->accountList()->item(0)->text().contains(u"+14155550100"_s));

    // The locale joins the parts ("a and b" in English, "a, b" in C).
    const QString orderSummary
        = QLocale().createSeparatedList({u"received only"_s, u"text matches /order\\s*#?\\d+/"_s});
    auto settle = [&] {
        QTRY_VERIFY_WITH_TIMEOUT(dialog->previewsShown() == dialog->previewsAsked(), timeout);
    };
    auto verdicts = [&] {
        QString ticks;
        for (int row = 0; row < preview->topLevelItemCount(); ++row)
            ticks += preview->topLevelItem(row)->text(0);
        return ticks;
    };
    // Received only: the reply is crossed out, and says why.
    dialog->directionCombo()->setCurrentIndex(
        dialog->directionCombo()->findData(int(WebhookFilter::DirectionRule::Received)));
    const quint64 before = dialog->previewsAsked();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->previewsAsked() > before, timeout);
    settle();
    QCOMPARE(verdicts(), u"✓✗✓✓"_s);
    QCOMPARE(preview->topLevelItem(1)->text(4), u"direction"_s);
    QCOMPARE(preview->topLevelItem(2)->text(4), QString());
    QCOMPARE(dialog->previewSummary()->text(), u"3 of the latest 4 messages would be sent."_s);
    // A regular expression for order numbers narrows it further, as the user types.
    dialog->regexCheck()->setChecked(true);
    QTest::keyClicks(dialog->textEdit(), u"order\\s*#?\\d+"_s);
    QTRY_COMPARE_WITH_TIMEOUT(verdicts(), u"✓✗✗✓"_s, timeout);
    QCOMPARE(preview->topLevelItem(2)->text(4), u"text does not match"_s);
    // A pattern that backtracks catastrophically is refused in words, without a preview.
    type(dialog->textEdit(), u"(a+)+$"_s);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->errorLabel()->isVisible(), timeout);
    QVERIFY2(dialog->errorLabel()->text().contains(u"backtracks catastrophically"_s),
             qPrintable(dialog->errorLabel()->text()));
    QCOMPARE(preview->topLevelItemCount(), 0);
    type(dialog->textEdit(), u"order\\s*#?\\d+"_s);
    settle();
    QTRY_COMPARE_WITH_TIMEOUT(verdicts(), u"✓✗✗✓"_s, timeout);
    QPointer<WebhookFilterDialog> first(dialog);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(first.isNull(), timeout); // closed and deleted
    QCOMPARE(summary->text(), orderSummary);

    QTest::mouseClick(page.findChild<QPushButton *>(u"save"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, timeout);
    QCOMPARE(failed.size(), 0);
    const qint64 id = saved.constFirst().at(0).toLongLong();
    WebhookFilter expected;
    expected.direction = WebhookFilter::DirectionRule::Received;
    expected.text = u"order\\s*#?\\d+"_s;
    expected.textIsRegex = true;
    QCOMPARE(storedWebhook(harness, id).filter, expected);
    // Only what the filter lets through reaches the receiver.
    harness.ingest(u"just saying hi"_s);
    harness.ingest(u"ORDER 120 is late"_s);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.count(), 1, timeout);
    QVERIFY(receiver.requests().constFirst().body.find("ORDER 120") != std::string::npos);

    // Loaded again, the form shows the stored filter; "Every message" in the dialog clears it.
    page.selectWebhook(id);
    QTRY_COMPARE_WITH_TIMEOUT(summary->text(), orderSummary, timeout);
    QTest::mouseClick(page.findChild<QPushButton *>(u"editFilter"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog = page.findChild<WebhookFilterDialog *>(), timeout);
    QCOMPARE(dialog->textEdit()->text(), u"order\\s*#?\\d+"_s);
    QVERIFY(dialog->regexCheck()->isChecked());
    dialog->findChild<QPushButton *>(u"clearFilter"_s)->click();
    dialog->accept();
    QCOMPARE(summary->text(), u"Every message"_s);
    QTest::mouseClick(page.findChild<QPushButton *>(u"save"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, timeout);
    QVERIFY(storedWebhook(harness, id).filter.isEmpty());
}

void TestWebhooksPage::throttleModeAndEventsAreSavedAndShown()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    TestReceiver receiver;
    WebhooksPage page(harness.context());
    QSignalSpy loaded(&page, &WebhooksPage::listLoaded);
    QSignalSpy saved(&page, &WebhooksPage::saved);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), timeout);
    type(page.nameEdit(), u"Rate-limited CRM"_s);
    type(page.urlEdit(), receiver.url());
    auto *inFlight = page.findChild<QSpinBox *>(u"maxInFlight"_s);
    auto *perSecond = page.findChild<QDoubleSpinBox *>(u"maxPerSecond"_s);
    QVERIFY(inFlight && perSecond);
    // The defaults say what every webhook did before: six at once, no rate limit.
    QCOMPARE(inFlight->value(), 6);
    QCOMPARE(perSecond->text(), u"no limit"_s);
    inFlight->setValue(2);
    perSecond->setValue(1.5);
    // Pushed and messages only, unless chosen.
    auto *mode = page.findChild<QComboBox *>(u"mode"_s);
    auto *statuses = page.findChild<QCheckBox *>(u"statusEvents"_s);
    auto *reactions = page.findChild<QCheckBox *>(u"reactionEvents"_s);
    QVERIFY(mode && statuses && reactions);
    QCOMPARE(mode->currentData().toInt(), int(hookline::DeliveryMode::Push));
    QVERIFY(!statuses->isChecked() && !reactions->isChecked());
    mode->setCurrentIndex(mode->findData(int(hookline::DeliveryMode::Both)));
    statuses->setChecked(true);
    QTest::mouseClick(page.findChild<QPushButton *>(u"save"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, timeout);
    const qint64 id = saved.constFirst().at(0).toLongLong();
    const hookline::Webhook stored = storedWebhook(harness, id);
    QCOMPARE(stored.maxInFlight, 2);
    QCOMPARE(stored.maxPerSecond, 1.5);
    QCOMPARE(stored.mode, hookline::DeliveryMode::Both);
    QCOMPARE(stored.events, hookline::WebhookEvents(hookline::WebhookEvent::MessageStatus));
    // An empty form, then this one's again: the stored values come back.
    page.addWebhook();
    QTRY_COMPARE_WITH_TIMEOUT(inFlight->value(), 6, timeout);
    page.selectWebhook(id);
    QTRY_COMPARE_WITH_TIMEOUT(inFlight->value(), 2, timeout);
    QCOMPARE(perSecond->value(), 1.5);
    QCOMPARE(mode->currentData().toInt(), int(hookline::DeliveryMode::Both));
    QVERIFY(statuses->isChecked() && !reactions->isChecked());
}

namespace {

// A webhook "CRM" that delivered three messages, and its Replay… dialog opened from the
// Webhooks page, as the replay tests start.
struct ReplaySetUp
{
    DesktopHarness harness;
    TestReceiver receiver;
    qint64 id = 0;
    std::unique_ptr<WebhooksPage> page;
    QPointer<hookline::ReplayDialog> dialog;

    // False when the harness failed or a step did not happen within the timeout.
    bool open(const QList<hookline::WebhookHeader> &headers = {})
    {
        if (!harness.ok())
            return false;
        hookline::Webhook w;
        w.name = u"CRM"_s;
        w.url = receiver.url();
        w.headers = headers;
        id = harness.addWebhook(w);
        for (const QString &text : {u"one"_s, u"two"_s, u"three"_s})
            harness.ingest(text);
        if (!QTest::qWaitFor([&] { return receiver.count() == 3; }, timeout))
            return false;
        page = std::make_unique<WebhooksPage>(harness.context());
        QSignalSpy loaded(page.get(), &WebhooksPage::listLoaded);
        page->show();
        if (!QTest::qWaitFor([&] { return !loaded.isEmpty(); }, timeout))
            return false;
        page->selectWebhook(id);
        if (!QTest::qWaitFor([&] { return page->replayButton()->isEnabled(); }, timeout))
            return false;
        dialog = page->openReplay();
        return dialog;
    }
};

} // namespace

void TestWebhooksPage::replaysARangeAfterADryRun()
{
    using hookline::ReplayDialog;
    ReplaySetUp s;
    QVERIFY2(s.open(), qPrintable(s.harness.error()));
    TestReceiver &receiver = s.receiver;
    WebhooksPage &page = *s.page;
    QPointer<ReplayDialog> &dialog = s.dialog;
    // The last 24 hours by default: the dry run counts what a replay would send.
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->countsShown() > 0 && dialog->countsShown() == dialog->countsAsked(), timeout);
    QVERIFY2(dialog->countLabel()->text().startsWith(u"3 messages would be sent in 3 requests"_s),
             qPrintable(dialog->countLabel()->text()));
    QCOMPARE(dialog->replayButton()->text(), u"Replay 3 messages"_s);
    QVERIFY(dialog->replayButton()->isEnabled());
    QCOMPARE(receiver.count(), 3); // a dry run sends nothing
    // An empty range says so and cannot be replayed.
    dialog->toEdit()->setDateTime(dialog->fromEdit()->dateTime().addSecs(1));
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->countLabel()->text() == u"No message of this range would be sent."_s, timeout);
    QVERIFY(!dialog->replayButton()->isEnabled());
    // A range that ends before it starts is refused in words.
    dialog->toEdit()->setDateTime(dialog->fromEdit()->dateTime().addSecs(-60));
    auto *error = dialog->findChild<QLabel *>(u"replayError"_s);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), timeout);
    QCOMPARE(error->text(), u"The end of the range must be after its start."_s);

    QSignalSpy replayed(dialog.data(), &ReplayDialog::replayed);
    dialog->findChild<QPushButton *>(u"last1h"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->replayButton()->isEnabled(), timeout);
    dialog->replayButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(replayed.size(), 1, timeout);
    QCOMPARE(replayed.constFirst().at(0).toInt(), 3);
    // The same three messages again, marked as a replay, under new ids.
    QTRY_COMPARE_WITH_TIMEOUT(receiver.count(), 6, timeout);
    const auto requests = receiver.requests();
    for (int i = 3; i < 6; ++i) {
        QCOMPARE(requests.at(i).header("webhook-replay"), QByteArray("true"));
        QVERIFY(requests.at(i).header("webhook-id") != requests.at(i - 3).header("webhook-id"));
    }
    QVERIFY(requests.at(0).header("webhook-replay").isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        page.findChild<QLabel *>(u"status"_s)->text() == u"Replay queued: 3 messages."_s, timeout);
}

void TestWebhooksPage::replaysToAnInspectorName()
{
    using hookline::ReplayDialog;
    ReplaySetUp s;
    QVERIFY2(s.open({{u"X-API-Key"_s, u"key-8d0b"_s}}), qPrintable(s.harness.error()));
    DesktopHarness &harness = s.harness;
    TestReceiver &receiver = s.receiver;
    WebhooksPage &page = *s.page;
    QPointer<ReplayDialog> &dialog = s.dialog;
    const qint64 id = s.id;
    auto *error = dialog->findChild<QLabel *>(u"replayError"_s);
    const auto answered = [&] {
        return dialog->countsShown() > 0 && dialog->countsShown() == dialog->countsAsked();
    };
    QTRY_VERIFY_WITH_TIMEOUT(answered(), timeout);
    QVERIFY(dialog->findChild<QLabel *>(u"targetHint"_s)->isHidden());

    // Another URL must be given; an Inspector name must be one.
    dialog->setTarget(ReplayDialog::Target::Url, u""_s);
    QTRY_VERIFY_WITH_TIMEOUT(answered() && error->isVisible(), timeout);
    QCOMPARE(error->text(), u"Enter the URL to send the replay to."_s);
    QVERIFY(!dialog->replayButton()->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(u"targetHint"_s)->isVisible());
    dialog->setTarget(ReplayDialog::Target::Inspector, u"no spaces"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        answered() && error->text().startsWith(u"An Inspector name is 1 to 64"_s), timeout);
    dialog->setTarget(ReplayDialog::Target::Inspector, u"crm-staging"_s);
    QTRY_VERIFY_WITH_TIMEOUT(answered() && dialog->replayButton()->isEnabled(), timeout);
    QVERIFY2(dialog->countLabel()->text().startsWith(u"3 messages would be sent in 3 requests"_s),
             qPrintable(dialog->countLabel()->text()));

    QSignalSpy replayed(dialog.data(), &ReplayDialog::replayed);
    dialog->replayButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(replayed.size(), 1, timeout);
    QVERIFY2(dialog->countLabel()->text().contains(u"sent by “Replay of CRM → 127.0.0.1:"_s),
             qPrintable(dialog->countLabel()->text()));
    // The Inspector gets the three, marked as a replay, and never the webhook's API key.
    hookline::Inspector *inspector = harness.context().inspector();
    QTRY_COMPARE_WITH_TIMEOUT(inspector->requests(u"crm-staging"_s).size(), 3, timeout);
    for (const hookline::InspectedRequest &r : inspector->requests(u"crm-staging"_s)) {
        QVERIFY(r.headers.contains({"webhook-replay", "true"}));
        for (const auto &[name, value] : r.headers)
            QVERIFY2(name.compare("x-api-key", Qt::CaseInsensitive) != 0, name.constData());
    }
    QCOMPARE(receiver.count(), 3);
    // The replayed webhook's activity says where the replay went, in the window's words.
    QString line;
    harness.withStore([&](hookline::StoreConnection &store) {
        line = store.activity->recent(id).constFirst().text;
    });
    const QString worded = hookline::ActivityText::sentence(line);
    QVERIFY2(worded.startsWith(u"replay of 3 messages from "_s)
                 && worded.contains(u" for “Replay of CRM → 127.0.0.1:"_s)
                 && !worded.contains(u"request(s)"_s),
             qPrintable(worded));
    // The list shows the webhook that sent them; a new message still goes only to the CRM.
    QTRY_COMPARE_WITH_TIMEOUT(page.webhookList()->count(), 2, timeout);
    QVERIFY2(page.webhookList()->item(1)->text().contains(u"replays only"_s),
             qPrintable(page.webhookList()->item(1)->text()));
    harness.ingest(u"four"_s);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.count(), 4, timeout);
    int replayedDeliveries = -1;
    harness.withStore([&](hookline::StoreConnection &store) {
        replayedDeliveries
            = store.database
                  ->firstRow(u"SELECT count(*) FROM deliveries WHERE webhook_id <> ?"_s, {id},
                             [](const QSqlQuery &q) { return q.value(0).toInt(); })
                  .value_or(-1);
    });
    QCOMPARE(replayedDeliveries, 3);
}

QTEST_MAIN(TestWebhooksPage)
#include "tst_webhookspage.moc"
