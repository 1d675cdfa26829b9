#include "chipdelegate.h"
#include "delivery/enginethread.h"
#include "domain/standardwebhooks.h"
#include "inspectorpage.h"
#include "jsonhighlighter.h"
#include "server/inspector.h"
#include "store/webhookstore.h"
#include "support/desktopharness.h"
#include "support/testreceiver.h"
#include "webhookspage.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>

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
    void anySubPathMethodAndFormIsShown();
    void signatureIsCheckedAgainstTheWebhookSecret();
    void copyAsCurlAndReplay();
    void emptyNameWaitsAndNamesCanBeDeleted();
    void typedResponseIsAnsweredAndFollowsTheName();
    void refusedResponseIsNamedAndNotApplied();

private:
    // Sends a request to the local server the way an outside sender would; its status, and the
    // answer's body and content type where asked for.
    static int send(const QByteArray &method, const QString &url, const QByteArray &body,
                    const QByteArray &contentType, QByteArray *answerBody = nullptr,
                    QByteArray *answerType = nullptr);
};

int TestInspectorPage::send(const QByteArray &method, const QString &url, const QByteArray &body,
                            const QByteArray &contentType, QByteArray *answerBody,
                            QByteArray *answerType)
{
    QNetworkAccessManager network;
    QNetworkRequest request {QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(20000))
        return 0;
    reply->deleteLater();
    if (answerBody)
        *answerBody = reply->readAll();
    if (answerType)
        *answerType = reply->rawHeader("Content-Type");
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

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
    // Method and answer as coloured chips: a write stands out, a 2xx is good.
    QTableWidget *table = page.requestTable();
    QCOMPARE(table->item(0, 1)->text(), u"POST"_s);
    QCOMPARE(table->item(0, 1)->data(ChipDelegate::ToneRole).toInt(),
             int(FeedbackLabel::Tone::Warn));
    QCOMPARE(table->item(0, 2)->text(), u"/inspect/crm"_s);
    QCOMPARE(table->item(0, 3)->text(), u"200"_s);
    QCOMPARE(table->item(0, 3)->data(ChipDelegate::ToneRole).toInt(),
             int(FeedbackLabel::Tone::Good));
    // The name counts its requests.
    const QList<ChipDelegate::Badge> count = ChipDelegate::badgesOf(page.binList()->currentIndex());
    QCOMPARE(count.size(), 1);
    QCOMPARE(count.constFirst().text, u"1"_s);
    // The newest request is shown: the headers in their table, the JSON body indented, in a
    // fixed-width font and highlighted.
    QTRY_VERIFY_WITH_TIMEOUT(
        page.bodyView()->toPlainText().contains(u"Price of <b>blue</b> shirts?"_s), 20000);
    QVERIFY(page.bodyView()->toPlainText().contains(u"\n    \""_s));
    QVERIFY(page.bodyView()->font().fixedPitch()
            || QFontInfo(page.bodyView()->font()).fixedPitch());
    bool hasWebhookId = false;
    for (int row = 0; row < page.headersTable()->rowCount(); ++row) {
        const QTableWidgetItem *name = page.headersTable()->item(row, 0);
        const QTableWidgetItem *value = page.headersTable()->item(row, 1);
        hasWebhookId |= name && value
            && name->text().compare(u"webhook-id"_s, Qt::CaseInsensitive) == 0
            && value->text().startsWith(u"msg_"_s);
    }
    QVERIFY(hasWebhookId);
    QVERIFY(page.highlighter()->isActive());
    bool keyColoured = false;
    const QColor keyColour = page.highlighter()->colorOf(JsonHighlighter::Kind::Key);
    for (QTextBlock b = page.bodyView()->document()->begin(); b.isValid(); b = b.next()) {
        for (const QTextLayout::FormatRange &f : b.layout()->formats())
            keyColoured |= f.format.foreground().color() == keyColour;
    }
    QVERIFY(keyColoured);
    QVERIFY(page.summaryLabel()->text().contains(u"POST /inspect/crm"_s));
}

void TestInspectorPage::anySubPathMethodAndFormIsShown()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    InspectorPage page(harness.context());
    page.show();
    QVERIFY(page.addBin(u"shop"_s));
    page.setAnswer(503, 0);
    // Receivers are often set up as a path under a base URL: any path and method is taken.
    QCOMPARE(send("PUT", page.urlOf(u"shop"_s) + u"/orders/42?source=crm&tag=a%20b"_s,
                  "name=Asha+Rao&note=%3Cb%3Ehi%3C%2Fb%3E", "application/x-www-form-urlencoded"),
             503);
    QTRY_COMPARE_WITH_TIMEOUT(page.requestTable()->rowCount(), 1, 20000);
    QCOMPARE(page.requestTable()->item(0, 1)->text(), u"PUT"_s);
    QCOMPARE(page.requestTable()->item(0, 2)->text(),
             u"/inspect/shop/orders/42?source=crm&tag=a%20b"_s);
    QCOMPARE(page.requestTable()->item(0, 3)->data(ChipDelegate::ToneRole).toInt(),
             int(FeedbackLabel::Tone::Bad));
    // The query under its own heading, decoded; the form body as fields, not highlighted JSON.
    QStringList pairs;
    for (int row = 0; row < page.headersTable()->rowCount(); ++row) {
        if (page.headersTable()->item(row, 1))
            pairs << page.headersTable()->item(row, 0)->text() + u'='
                    + page.headersTable()->item(row, 1)->text();
    }
    QVERIFY2(pairs.contains(u"tag=a b"_s), qPrintable(pairs.join(u", "_s)));
    QVERIFY(pairs.contains(u"source=crm"_s));
    QVERIFY(page.bodyView()->toPlainText().contains(u"name = Asha Rao"_s));
    QVERIFY(page.bodyView()->toPlainText().contains(u"note = <b>hi</b>"_s));
    QVERIFY(!page.highlighter()->isActive());
    // Outside /inspect/<name> nothing is taken.
    QCOMPARE(send("POST", harness.context().serverUrl() + u"/inspectx/shop"_s, "x", "text/plain"),
             404);
}

void TestInspectorPage::signatureIsCheckedAgainstTheWebhookSecret()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    InspectorPage page(harness.context());
    page.show();
    QVERIFY(page.addBin(u"signed"_s));
    Webhook w;
    w.name = u"Signed CRM"_s;
    w.url = page.urlOf(u"signed"_s);
    w.secret = StandardWebhooks::generateSecret();
    const qint64 id = harness.addWebhook(w);
    harness.context().engine()->reload(id);
    harness.ingest(u"signed hello"_s);
    QTRY_VERIFY_WITH_TIMEOUT(page.signatureLabel()->text().contains(u"Signed CRM"_s), 20000);
    QVERIFY(page.signatureLabel()->text().contains(u"valid"_s));
    QVERIFY(page.signatureLabel()->styleSheet().contains(
        FeedbackLabel::color(FeedbackLabel::Tone::Good).name()));

    // The secret changes: the same request no longer checks out.
    harness.withStore([&](StoreConnection &store) {
        Webhook changed = *store.webhooks->webhook(id);
        changed.secret = StandardWebhooks::generateSecret();
        store.webhooks->update(changed, 0);
    });
    harness.context().engine()->reload(id);
    QTRY_VERIFY_WITH_TIMEOUT(page.signatureLabel()->text().contains(u"not valid"_s), 20000);

    // A request with no signature says so.
    QCOMPARE(send("POST", page.urlOf(u"signed"_s), "{}", "application/json"), 200);
    QTRY_COMPARE_WITH_TIMEOUT(page.requestTable()->rowCount(), 2, 20000);
    page.requestTable()->selectRow(0);
    QVERIFY(page.signatureLabel()->text().contains(u"Not signed"_s));
}

void TestInspectorPage::copyAsCurlAndReplay()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    InspectorPage page(harness.context());
    page.show();
    QVERIFY(page.addBin(u"copy"_s));
    QVERIFY(page.curlCommand().isEmpty()); // nothing shown, nothing to copy
    const QByteArray body = R"({"order": "it's 42"})";
    QCOMPARE(send("POST", page.urlOf(u"copy"_s) + u"/x"_s, body, "application/json"), 200);
    QTRY_COMPARE_WITH_TIMEOUT(page.requestTable()->rowCount(), 1, 20000);
    QTRY_VERIFY(!page.curlCommand().isEmpty());
    const QString command = page.curlCommand();
    QVERIFY2(command.startsWith(u"curl -X POST '"_s + page.urlOf(u"copy"_s) + u"/x'"_s),
             qPrintable(command));
    QVERIFY(command.contains(u"--data-binary '{\"order\": \"it'\\''s 42\"}'"_s));
    QVERIFY(command.contains(u"-H 'Content-Type: application/json'"_s, Qt::CaseInsensitive));
    QVERIFY2(!command.contains(u"Host:"_s, Qt::CaseInsensitive), qPrintable(command));
    page.copyAsCurl();
    QCOMPARE(QApplication::clipboard()->text(), command);

    // Replayed to a real receiver with the same method, headers and body.
    TestReceiver receiver;
    QSignalSpy replayed(&page, &InspectorPage::replayed);
    page.replayTo(QUrl(receiver.url()));
    QTRY_COMPARE_WITH_TIMEOUT(replayed.size(), 1, 20000);
    QCOMPARE(replayed.at(0).at(0).toInt(), 200);
    QCOMPARE(receiver.count(), 1);
    const ReceivedRequest got = receiver.requests().constFirst();
    QCOMPARE(got.method, std::string("POST"));
    QCOMPARE(QByteArray::fromStdString(got.body), body);
    QCOMPARE(got.header("Content-Type"), QByteArray("application/json"));
    // A refused port is reported, not hidden.
    page.replayTo(QUrl(u"http://127.0.0.1:1/"_s));
    QTRY_COMPARE_WITH_TIMEOUT(replayed.size(), 2, 20000);
    QCOMPARE(replayed.at(1).at(0).toInt(), 0);
    QVERIFY(!replayed.at(1).at(1).toString().isEmpty());
    page.replayTo(QUrl(u"ftp://example.com/"_s));
    QCOMPARE(replayed.size(), 3);
    QVERIFY(page.message()->text().contains(u"http://"_s));
}

void TestInspectorPage::emptyNameWaitsAndNamesCanBeDeleted()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    InspectorPage page(harness.context());
    page.show();
    QVERIFY(page.addBin(u"fresh"_s));
    // Before the first request: how to send one, with the URL to paste.
    QVERIFY(page.waitingHint()->isVisible());
    QVERIFY(page.waitingHint()->text().contains(u"curl -X POST '"_s + page.urlOf(u"fresh"_s)));
    QVERIFY(!page.requestTable()->isVisible());
    QCOMPARE(send("POST", page.urlOf(u"fresh"_s), "hi", "text/plain"), 200);
    QTRY_VERIFY_WITH_TIMEOUT(page.requestTable()->isVisible(), 20000);
    QVERIFY(!page.waitingHint()->isVisible());
    QCOMPARE(page.bodyView()->toPlainText(), u"hi"_s);

    page.removeCurrentBin();
    QVERIFY(!harness.context().inspector()->bins().contains(u"fresh"_s));
    QVERIFY(page.currentBin() != u"fresh"_s);
    QVERIFY(page.message()->text().contains(u"fresh"_s));
    // The detail follows: nothing of the deleted name stays on screen.
    QVERIFY(!page.bodyView()->toPlainText().contains(u"hi"_s));
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
    QCOMPARE(harness.context().inspector()->answer(u"flaky"_s), (InspectorAnswer {503, 0, {}, {}}));
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
    QCOMPARE(page.requestTable()->item(0, 3)->text(), u"503"_s);
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
    QCOMPARE(page.requestTable()->item(0, 3)->text(), u"200"_s);
    QTRY_VERIFY_WITH_TIMEOUT(webhooks.disabledPanel()->isHidden(), 20000);
}

void TestInspectorPage::typedResponseIsAnsweredAndFollowsTheName()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    InspectorPage page(harness.context());
    page.show();
    QVERIFY(page.addBin(u"custom"_s));
    QPlainTextEdit *body = page.answerBodyEdit();
    QComboBox *type = page.contentTypeBox();
    // Out of the way until asked for.
    QVERIFY(!body->isVisible());
    QTest::mouseClick(page.customAnswerButton(), Qt::LeftButton);
    QVERIFY(body->isVisible());
    QVERIFY(type->isVisible());
    // Labelled for keyboard and screen-reader users; the body in a fixed-width font, saying
    // what an empty one means; the usual types offered.
    bool bodyLabelled = false;
    bool typeLabelled = false;
    for (const QLabel *label : page.findChildren<QLabel *>()) {
        bodyLabelled |= label->buddy() == body && label->text().contains(u'&');
        typeLabelled |= label->buddy() == type && label->text().contains(u'&');
    }
    QVERIFY(bodyLabelled);
    QVERIFY(typeLabelled);
    QVERIFY(body->font().fixedPitch() || QFontInfo(body->font()).fixedPitch());
    QVERIFY(body->placeholderText().contains(u"{\"status\": …}"_s));
    QVERIFY(type->isEditable());
    for (const QString &preset :
         {u"application/json"_s, u"text/plain"_s, u"application/xml"_s, u"text/html"_s})
        QVERIFY2(type->findText(preset) >= 0, qPrintable(preset));
    QVERIFY(body->toPlainText().isEmpty());
    QCOMPARE(type->currentText(), u"application/json"_s);

    // Typed as a person would: the status, the body, then a type of their own and Enter.
    page.setAnswer(201, 0);
    body->setFocus();
    QTest::keyClicks(body, u"id,total"_s);
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, u"42,9.50"_s);
    type->lineEdit()->setFocus();
    type->lineEdit()->selectAll();
    QTest::keyClicks(type->lineEdit(), u"text/csv"_s);
    QTest::keyClick(type->lineEdit(), Qt::Key_Return);
    QVERIFY(page.answerError()->isHidden());
    const InspectorAnswer custom {201, 0, "id,total\n42,9.50", u"text/csv"_s};
    QCOMPARE(harness.context().inspector()->answer(u"custom"_s), custom);
    QByteArray answerBody;
    QByteArray answerType;
    QCOMPARE(
        send("POST", page.urlOf(u"custom"_s), "{}", "application/json", &answerBody, &answerType),
        201);
    QCOMPARE(answerBody, QByteArray("id,total\n42,9.50"));
    QCOMPARE(answerType, QByteArray("text/csv"));
    QTRY_COMPARE_WITH_TIMEOUT(page.requestTable()->rowCount(), 1, 20000);
    QCOMPARE(page.requestTable()->item(0, 3)->text(), u"201"_s);

    // A second name answers {"status": N} until it gets a body of its own, chosen from the
    // presets.
    QVERIFY(page.addBin(u"second"_s));
    QVERIFY(body->toPlainText().isEmpty());
    QCOMPARE(type->currentText(), u"application/json"_s);
    QCOMPARE(
        send("POST", page.urlOf(u"second"_s), "{}", "application/json", &answerBody, &answerType),
        200);
    QCOMPARE(answerBody, QByteArray(R"({"status":200})"));
    body->setFocus();
    QTest::keyClicks(body, u"<ok/>"_s);
    // Down, Down: from application/json past text/plain to application/xml, each applied.
    type->setFocus();
    QTest::keyClick(type, Qt::Key_Down);
    QTest::keyClick(type, Qt::Key_Down);
    QCOMPARE(type->currentText(), u"application/xml"_s);
    QCOMPARE(harness.context().inspector()->answer(u"second"_s),
             (InspectorAnswer {200, 0, "<ok/>", u"application/xml"_s}));

    // Each name shows its own answer when selected again, the body in view where there is one.
    page.customAnswerButton()->setChecked(false);
    page.selectBin(u"custom"_s);
    QVERIFY(body->isVisible());
    QCOMPARE(body->toPlainText(), u"id,total\n42,9.50"_s);
    QCOMPARE(type->currentText(), u"text/csv"_s);
    QCOMPARE(page.findChild<QSpinBox *>(u"inspectorStatus"_s)->value(), 201);
    page.selectBin(u"second"_s);
    QCOMPARE(body->toPlainText(), u"<ok/>"_s);
    QCOMPARE(type->currentText(), u"application/xml"_s);
    QCOMPARE(page.findChild<QSpinBox *>(u"inspectorStatus"_s)->value(), 200);
    // Selecting showed the answers; it changed neither.
    QCOMPARE(harness.context().inspector()->answer(u"custom"_s), custom);

    // Emptying the body goes back to {"status": N} as JSON.
    body->selectAll();
    QTest::keyClick(body, Qt::Key_Delete);
    QCOMPARE(harness.context().inspector()->answer(u"second"_s), (InspectorAnswer {}));
    QCOMPARE(
        send("POST", page.urlOf(u"second"_s), "{}", "application/json", &answerBody, &answerType),
        200);
    QCOMPARE(answerBody, QByteArray(R"({"status":200})"));
    QCOMPARE(answerType, QByteArray("application/json"));
}

void TestInspectorPage::refusedResponseIsNamedAndNotApplied()
{
    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    InspectorPage page(harness.context());
    page.show();
    QVERIFY(page.addBin(u"strict"_s));
    QVERIFY(page.setAnswer(202, 0, u"fine"_s, u"text/plain"_s));
    const InspectorAnswer fine {202, 0, "fine", u"text/plain"_s};
    QCOMPARE(harness.context().inspector()->answer(u"strict"_s), fine);

    // Not a MIME type: said next to the field, and the URL keeps answering as before.
    QComboBox *type = page.contentTypeBox();
    type->lineEdit()->setFocus();
    type->lineEdit()->selectAll();
    QTest::keyClicks(type->lineEdit(), u"csv"_s);
    QTest::keyClick(type->lineEdit(), Qt::Key_Return);
    QVERIFY(page.answerError()->isVisible());
    QVERIFY2(page.answerError()->text().contains(u"type/subtype"_s)
                 || page.answerError()->text().contains(u"subtype"_s),
             qPrintable(page.answerError()->text()));
    QVERIFY(page.answerError()->styleSheet().contains(
        FeedbackLabel::color(FeedbackLabel::Tone::Bad).name()));
    QCOMPARE(harness.context().inspector()->answer(u"strict"_s), fine);
    // Nothing of the refused answer is applied, the status changed beside it included.
    page.findChild<QSpinBox *>(u"inspectorStatus"_s)->setValue(500);
    QCOMPARE(harness.context().inspector()->answer(u"strict"_s), fine);

    // A line break would inject a header.
    QVERIFY(!page.setAnswer(202, 0, u"fine"_s, u"text/plain\r\nSet-Cookie: a=b"_s));
    QVERIFY(page.answerError()->text().contains(u"line breaks"_s));
    QCOMPARE(harness.context().inspector()->answer(u"strict"_s), fine);

    // More than 64 KiB of body.
    QVERIFY(
        !page.setAnswer(202, 0, QString(Inspector::maxAnswerBodyBytes + 1, u'a'), u"text/plain"_s));
    QVERIFY(page.answerError()->isVisible());
    QVERIFY(page.answerError()->text().contains(
        QLocale().formattedDataSize(Inspector::maxAnswerBodyBytes)));
    QCOMPARE(harness.context().inspector()->answer(u"strict"_s), fine);
    QByteArray answerBody;
    QCOMPARE(send("POST", page.urlOf(u"strict"_s), "{}", "application/json", &answerBody), 202);
    QCOMPARE(answerBody, QByteArray("fine"));

    // Mended: applied, and the error goes.
    QVERIFY(page.setAnswer(203, 0, u"better"_s, u"text/plain; charset=utf-8"_s));
    QVERIFY(page.answerError()->isHidden());
    QCOMPARE(harness.context().inspector()->answer(u"strict"_s),
             (InspectorAnswer {203, 0, "better", u"text/plain; charset=utf-8"_s}));
}

QTEST_MAIN(TestInspectorPage)
#include "tst_inspectorpage.moc"
