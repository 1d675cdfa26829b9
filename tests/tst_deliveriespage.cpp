// The Deliveries page against a real workspace: a store with 100,000 attempts, a
// running engine and a real HTTP receiver on loopback.
#include "support/desktopharness.h"
#include "support/testreceiver.h"

#include "attemptsmodel.h"
#include "chipdelegate.h"
#include "deliveriespage.h"
#include "delivery/clock.h"
#include "delivery/enginethread.h"
#include "httptext.h"
#include "jsonhighlighter.h"
#include "service/webhookservice.h"
#include "store/storeconnection.h"
#include "store/transaction.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QColor>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringTokenizer>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolButton>

using namespace hookline;
using namespace Qt::StringLiterals;

namespace {

constexpr int bulkAttempts = 100'000;
// Every tenth attempt of the bulk log failed.
constexpr int bulkFailures = bulkAttempts / 10;
// (Plain literals throughout: moc does not parse raw string literals.)
const QByteArray needleBody
    = "{\"zeta\":1,\"alpha\":{\"inner\":[1,2]},\"empty\":{},\"s\":\"a,b:{c}\"}";
const QString needlePretty = u"{\n"
                             "    \"zeta\": 1,\n"
                             "    \"alpha\": {\n"
                             "        \"inner\": [\n"
                             "            1,\n"
                             "            2\n"
                             "        ]\n"
                             "    },\n"
                             "    \"empty\": {},\n"
                             "    \"s\": \"a,b:{c}\"\n"
                             "}"_s;

qint64 createWebhook(DesktopHarness &harness, const QString &name, const QString &url, bool enabled)
{
    qint64 id = 0;
    harness.withStore([&](StoreConnection &store) {
        Webhook w;
        w.name = name;
        w.url = url;
        w.enabled = enabled;
        id = store.webhooks->create(w, harness.instance().clock()->nowMs());
    });
    return id;
}

AttemptRecord bulkRecord(qint64 webhookId, int i, qint64 nowMs)
{
    AttemptRecord r;
    r.webhookId = webhookId;
    r.webhookMessageId = u"msg_%1"_s.arg(i);
    r.started = QDateTime::fromMSecsSinceEpoch(nowMs - qint64(bulkAttempts - i) * 10, Qt::UTC);
    r.durationMs = 5 + i % 300;
    r.url = u"https://receiver.example/hook"_s;
    r.requestBody = "{\"n\":" + QByteArray::number(i) + '}';
    r.success = i % 10 != 0;
    r.responseStatus = r.success ? 200 : 500;
    r.responseBody = "ok";
    if (!r.success)
        r.error = u"HTTP 500 Internal Server Error"_s;
    return r;
}

// A single-line JSON body of about 4 MiB: one string value the size of a big message.
QByteArray hugeBody()
{
    return "{\"text\":\"" + QByteArray(4 * 1024 * 1024, 'a') + "\"}";
}

qsizetype longestLine(const QString &text)
{
    qsizetype longest = 0;
    for (const QStringView line : QStringTokenizer(text, u'\n'))
        longest = qMax(longest, line.size());
    return longest;
}

// The start of the count label: the number as the locale writes it, then a space.
QString countText(int n)
{
    return QLocale().toString(n) + u' ';
}

} // namespace

class TestDeliveriesPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void curlCommandQuotesForTheShell()
    {
        AttemptRecord r;
        r.url = u"https://example.com/hook?a=1&b=2"_s;
        r.requestHeaders = {{"content-type", "application/json"}, {"authorization", "REDACTED"}};
        r.requestBody = "{\"text\":\"it's a 'test' $HOME `x`\"}";
        const QString command = DeliveriesPage::curlCommand(r);
        QCOMPARE(command,
                 u"curl -X POST 'https://example.com/hook?a=1&b=2'"
                 " -H 'content-type: application/json' -H 'authorization: REDACTED'"
                 " --data-binary '{\"text\":\"it'\\''s a '\\''test'\\'' $HOME `x`\"}'"_s);

        // A real shell hands every argument back unchanged.
        QProcess sh;
        sh.start(u"sh"_s, {u"-c"_s, u"printf '%s\\n' "_s + command.mid(5)});
        QVERIFY(sh.waitForFinished(10000));
        const QStringList args = QString::fromUtf8(sh.readAllStandardOutput()).split(u'\n');
        QCOMPARE(args.value(2), r.url);
        QCOMPARE(args.value(6), u"authorization: REDACTED"_s);
        QCOMPARE(args.value(8), QString::fromUtf8(r.requestBody));
    }

    void statusShowsTheErrorKind()
    {
        AttemptSummary a;
        a.error = u"timeout: no complete response within 15000 ms"_s;
        QCOMPARE(AttemptsModel::statusText(a), u"timeout"_s);
        a.error = u"connection refused"_s;
        QCOMPARE(AttemptsModel::statusText(a), u"connection refused"_s);
        a.responseStatus = 503;
        a.error = u"HTTP 503 Service Unavailable"_s;
        QCOMPARE(AttemptsModel::statusText(a), u"503 Service Unavailable"_s);
        a.responseStatus = 599; // no standard phrase: the number alone
        QCOMPARE(AttemptsModel::statusText(a), u"599"_s);
    }

    void prettyBodyKeepsOrderAndRawText()
    {
        QCOMPARE(HttpText::prettyBody(needleBody), needlePretty);
        QCOMPARE(HttpText::prettyBody("not json {"), u"not json {"_s);
        QCOMPARE(HttpText::prettyBody("[]"), u"[]"_s);
        QCOMPARE(HttpText::prettyBody("{\"q\":\"say \\\"hi\\\", {ok}\"}"),
                 u"{\n    \"q\": \"say \\\"hi\\\", {ok}\"\n}"_s);
    }

    void forDisplayCapsAndBreaksLines()
    {
        // Small bodies show whole, exactly as prettyBody() has them.
        QCOMPARE(HttpText::forDisplay(needleBody), needlePretty);
        QCOMPARE(HttpText::forDisplay("not json {"), u"not json {"_s);

        const QByteArray huge = hugeBody();
        const QString shown = HttpText::forDisplay(huge, HttpText::displayLimit, u"Hint."_s);
        QVERIFY2(shown.size() < HttpText::displayLimit + HttpText::displayLimit / 500 + 200,
                 qPrintable(QString::number(shown.size())));
        QVERIFY(shown.startsWith(u"{\n    \"text\": \"aaaa"_s));
        QCOMPARE(longestLine(shown), HttpText::displayLineLength);
        const QString note = shown.section(u'\n', -1);
        QVERIFY2(note.startsWith(u"… "_s) && note.endsWith(u" more bytes not shown. Hint."_s),
                 qPrintable(note));
        // The note counts exactly the bytes left out.
        QString digits = note;
        digits.remove(QRegularExpression(u"[^0-9]"_s));
        const qsizetype shownBytes = HttpText::displayLimit - qsizetype(strlen("{\n    \"text\": "))
            + qsizetype(strlen("{\"text\":"));
        QCOMPARE(digits.toLongLong(), huge.size() - shownBytes);

        // Raw text is cut between characters, never inside one; no hint, no trailing space.
        const QByteArray euros = QString(10, QChar(0x20ac)).toUtf8(); // 3 bytes each
        QCOMPARE(HttpText::forDisplay(euros, 7),
                 QString(2, QChar(0x20ac)) + u"\n… 24 more bytes not shown."_s);
        // A long line of emoji is broken between characters, not between surrogate halves.
        const QString emoji
            = u'x' + QString::fromUcs4(U"\U0001F600").repeated(HttpText::displayLineLength);
        const QString brokenEmoji = HttpText::forDisplay(emoji.toUtf8());
        QCOMPARE(QString(brokenEmoji).remove(u'\n'), emoji);
        for (const QStringView line : QStringTokenizer(brokenEmoji, u'\n'))
            QVERIFY(!line.isEmpty() && !line.front().isLowSurrogate());
    }

    void hugeBodyShowsCappedAndErrorsStayPlain()
    {
        DesktopHarness harness;
        QVERIFY2(harness.ok(), qPrintable(harness.error()));
        // Nameless, as the API may create it; disabled so the engine leaves its log alone.
        const qint64 webhookId
            = createWebhook(harness, QString(), u"http://127.0.0.1:9/hook"_s, false);
        const QByteArray huge = hugeBody();
        const QString error = u"HTTP 500 <b>x</b>"_s;
        harness.withStore([&](StoreConnection &store) {
            AttemptRecord r = bulkRecord(webhookId, 1, harness.instance().clock()->nowMs());
            r.requestHeaders = {{"content-type", "application/json"}};
            r.requestBody = huge;
            r.success = false;
            r.error = error;
            store.attempts->add(r);
        });

        DeliveriesPage page(harness.context());
        page.resize(1000, 700);
        page.show();
        AttemptsModel *model = page.model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 20000);

        // The filter names the nameless webhook as the table does: after its receiver's host.
        auto *filter = page.findChild<QComboBox *>(u"webhookFilter"_s);
        QVERIFY(filter);
        const QString fallback = u"127.0.0.1"_s;
        QTRY_COMPARE_WITH_TIMEOUT(filter->count(), 2, 20000);
        QCOMPARE(filter->itemText(1), fallback);
        QTRY_COMPARE_WITH_TIMEOUT(model->index(0, AttemptsModel::WebhookColumn).data().toString(),
                                  fallback, 20000);

        // The receiver's words show as text in the tooltip, never as markup.
        const QString tooltip
            = model->index(0, AttemptsModel::StatusColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(!tooltip.contains(u"<b>"_s), qPrintable(tooltip));
        QTextDocument rendered;
        rendered.setHtml(tooltip);
        QCOMPARE(rendered.toPlainText(), error);

        // The detail shows a capped, line-broken copy; the window stays free to paint.
        auto *table = page.findChild<QTableView *>(u"attemptsTable"_s);
        auto *request = page.findChild<QPlainTextEdit *>(u"requestText"_s);
        QVERIFY(table && request);
        table->selectionModel()->setCurrentIndex(
            model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTRY_VERIFY_WITH_TIMEOUT(page.shownAttempt().has_value(), 20000);
        const QString text = request->toPlainText();
        QVERIFY2(text.size() < HttpText::displayLimit + HttpText::displayLimit / 500 + 1000,
                 qPrintable(QString::number(text.size())));
        QVERIFY(text.startsWith(
            u"POST https://receiver.example/hook\ncontent-type: application/json\n"_s));
        QVERIFY2(text.section(u'\n', -1).contains(u" more bytes not shown. Copy as cURL"_s),
                 qPrintable(text.section(u'\n', -1)));
        for (QTextBlock block = request->document()->begin(); block.isValid(); block = block.next())
            QVERIFY(block.length() <= HttpText::displayLineLength + 1);
        QElapsedTimer paint;
        paint.start();
        page.grab();
        qInfo("painted the page with the capped body in %lld ms", paint.elapsed());

        // Copy as cURL still carries the whole body.
        QCOMPARE(page.shownAttempt()->requestBody.size(), huge.size());
        page.findChild<QPushButton *>(u"copyCurlButton"_s)->click();
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY(copied.size() > huge.size());
        QVERIFY(copied.contains(QString::fromUtf8(huge)));
    }

    void copiesCredentialsOnlyWhenAsked()
    {
        DesktopHarness harness;
        QVERIFY2(harness.ok(), qPrintable(harness.error()));
        TestReceiver receiver;
        hookline::Webhook webhook;
        webhook.name = u"CRM behind a key"_s;
        webhook.url = receiver.url();
        webhook.headers = {hookline::WebhookHeader::bearer(u"tok-1"_s)};
        harness.addWebhook(webhook);
        harness.ingest(u"hello"_s);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.count(), 1, 20000);

        DeliveriesPage page(harness.context());
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 1, 20000);
        auto *table = child<QTableView>(&page, u"attemptsTable"_s);
        table->selectionModel()->setCurrentIndex(page.model()->index(0, 0),
                                                 QItemSelectionModel::ClearAndSelect
                                                     | QItemSelectionModel::Rows);
        QTRY_VERIFY_WITH_TIMEOUT(page.shownAttempt().has_value(), 20000);
        // As logged: the value is not on screen nor in the plain copy.
        QVERIFY(
            !child<QPlainTextEdit>(&page, u"requestText"_s)->toPlainText().contains(u"tok-1"_s));
        child<QPushButton>(&page, u"copyCurlButton"_s)->click();
        QString copied = QGuiApplication::clipboard()->text();
        QVERIFY(copied.contains(u"Authorization: REDACTED"_s));
        QVERIFY(!copied.contains(u"tok-1"_s));
        // Asked for: the webhook's value, read from the store, and a warning to keep it private.
        QVERIFY(child<QToolButton>(&page, u"copyCurlMenu"_s)->isEnabled());
        page.copyAsCurlWithCredentials();
        QTRY_VERIFY_WITH_TIMEOUT(
            QGuiApplication::clipboard()->text().contains(u"Authorization: Bearer tok-1"_s), 20000);
        copied = QGuiApplication::clipboard()->text();
        QVERIFY(!copied.contains(u"REDACTED"_s));
        QVERIFY(child<QLabel>(&page, u"statusLabel"_s)->text().contains(u"private"_s));
    }

    void largeLogLoadsLazily()
    {
        DesktopHarness harness;
        QVERIFY2(harness.ok(), qPrintable(harness.error()));
        // Disabled: the engine must not trim this webhook's log while the test reads it.
        const qint64 webhookId
            = createWebhook(harness, u"Bulk"_s, u"http://127.0.0.1:9/hook"_s, false);
        const qint64 now = harness.instance().clock()->nowMs();
        qint64 needleId = 0;
        QElapsedTimer timer;
        timer.start();
        harness.withStore([&](StoreConnection &store) {
            Transaction transaction(*store.database);
            for (int i = 1; i <= bulkAttempts; ++i) {
                AttemptRecord r = bulkRecord(webhookId, i, now);
                if (i == 4321) {
                    r.url = u"https://needle.example/unique-4321"_s;
                    r.requestBody = needleBody;
                    r.requestHeaders = {{"content-type", "application/json"}};
                }
                const qint64 id = store.attempts->add(r);
                if (i == 4321)
                    needleId = id;
            }
            transaction.commit();
        });
        qInfo("inserted %d attempts in %lld ms", bulkAttempts, timer.elapsed());

        DeliveriesPage page(harness.context());
        page.resize(1000, 700);
        page.show();
        AttemptsModel *model = page.model();
        auto *countLabel = page.findChild<QLabel *>(u"countLabel"_s);
        auto *table = page.findChild<QTableView *>(u"attemptsTable"_s);
        QVERIFY(countLabel && table);
        QCOMPARE(table->model(), model);

        // One page at first, newest first, the count of the whole log.
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), AttemptsModel::pageSize, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(countLabel->text().startsWith(countText(bulkAttempts)), 20000);
        QVERIFY(model->summary(0).id > model->summary(1).id);
        QCOMPARE(model->index(0, AttemptsModel::WebhookColumn).data().toString(), u"Bulk"_s);
        QVERIFY(!model->isFetching());
        QVERIFY(model->canFetchMore({}));

        // Each fetchMore adds one page; a second call while that page is on its way adds nothing.
        for (int pages = 2; pages <= 4; ++pages) {
            model->fetchMore({});
            QVERIFY(model->isFetching());
            model->fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(!model->isFetching(), 20000);
            QCOMPARE(model->rowCount(), pages * AttemptsModel::pageSize);
        }
        // Asked while a check for new rows runs, it is not lost: the page follows the check.
        model->checkNewer();
        QVERIFY(model->isFetching());
        model->fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 5 * AttemptsModel::pageSize, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isFetching(), 20000);
        const qint64 lastId = model->summary(model->rowCount() - 1).id;
        QCOMPARE(lastId, model->summary(0).id - model->rowCount() + 1); // no gap, no repeat

        // Failed only: every row a failure, shown in red, and the label counts them all.
        auto *outcome = page.findChild<QComboBox *>(u"outcomeFilter"_s);
        QVERIFY(outcome);
        outcome->setCurrentIndex(outcome->findText(u"Failed"_s));
        QTRY_VERIFY_WITH_TIMEOUT(countLabel->text().startsWith(countText(bulkFailures)), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), AttemptsModel::pageSize, 20000);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(!model->index(row, 0).data(AttemptsModel::SuccessRole).toBool());
        QCOMPARE(model->index(0, AttemptsModel::StatusColumn).data().toString(),
                 u"500 Internal Server Error"_s);
        QCOMPARE(model->index(0, AttemptsModel::StatusColumn).data(ChipDelegate::ToneRole).toInt(),
                 int(FeedbackLabel::Tone::Bad));
        QCOMPARE(model->index(0, 0).data(Qt::ForegroundRole).value<QColor>(),
                 FeedbackLabel::color(FeedbackLabel::Tone::Bad));

        // The search waits for a pause in typing, then finds the one distinctive URL.
        outcome->setCurrentIndex(0);
        auto *search = page.findChild<QLineEdit *>(u"searchEdit"_s);
        QVERIFY(search);
        search->setFocus();
        QTest::keyClicks(search, u"needle.example"_s);
        QCOMPARE(model->filter().search, QString()); // not yet: debounced
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 20000);
        QCOMPARE(model->summary(0).id, needleId);
        QTRY_VERIFY_WITH_TIMEOUT(countLabel->text().startsWith(countText(1)), 20000);

        // The detail pane shows the request body re-indented, keys in their sent order.
        table->selectionModel()->setCurrentIndex(
            model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        auto *request = page.findChild<QPlainTextEdit *>(u"requestText"_s);
        auto *response = page.findChild<QPlainTextEdit *>(u"responseText"_s);
        QVERIFY(request && response);
        QTRY_VERIFY_WITH_TIMEOUT(page.shownAttempt().has_value(), 20000);
        QVERIFY2(request->toPlainText().contains(needlePretty), qPrintable(request->toPlainText()));
        QVERIFY(request->toPlainText().startsWith(
            u"POST https://needle.example/unique-4321\ncontent-type: application/json\n"_s));
        QVERIFY(response->toPlainText().startsWith(u"HTTP 200 OK\n"_s));
        auto *copy = page.findChild<QPushButton *>(u"copyCurlButton"_s);
        QVERIFY(copy && copy->isEnabled());
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 DeliveriesPage::curlCommand(*page.shownAttempt()));
        // The bulk attempts belong to no delivery: nothing to resend.
        QVERIFY(!page.findChild<QPushButton *>(u"resendButton"_s)->isEnabled());

        // Back to everything; attempts stored later appear on top when the view is at the top.
        search->clear();
        QTRY_COMPARE_WITH_TIMEOUT(model->filter().search, QString(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), AttemptsModel::pageSize, 20000);
        qint64 newest = 0;
        harness.withStore([&](StoreConnection &store) {
            for (int i = 1; i <= 3; ++i)
                newest = store.attempts->add(bulkRecord(webhookId, bulkAttempts, now + i));
        });
        model->loadNewer();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), AttemptsModel::pageSize + 3, 20000);
        QCOMPARE(model->summary(0).id, newest);
        QTRY_VERIFY_WITH_TIMEOUT(countLabel->text().startsWith(countText(bulkAttempts + 3)), 20000);
    }

    // The review's Deliveries defects: a detail for a row the list no longer has, a count that
    // disagrees with the rows, rows moving under the reader, a deleted webhook left in the
    // filter, and retention nobody was told about.
    void theDetailNeverShowsWhatTheListDoesNot()
    {
        DesktopHarness harness;
        QVERIFY2(harness.ok(), qPrintable(harness.error()));
        TestReceiver receiver;
        const qint64 webhookId = createWebhook(harness, u"Receiver"_s, receiver.url(), true);
        const qint64 otherId = createWebhook(harness, u"Other"_s, receiver.url(u"/o"_s), false);
        harness.context().engine()->reload(webhookId);
        for (int i = 1; i <= 3; ++i)
            harness.ingest(u"message %1"_s.arg(i));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.count(), 3, 20000);

        DeliveriesPage page(harness.context());
        page.resize(1000, 700);
        page.show();
        AttemptsModel *model = page.model();
        // Rows inserted on top, pruned from the middle, reset by filters: every change checked
        // against QAbstractItemModel's rules as it happens.
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 20000);
        auto *table = child<QTableView>(&page, u"attemptsTable"_s);
        auto *filter = child<QComboBox>(&page, u"webhookFilter"_s);
        auto *outcome = child<QComboBox>(&page, u"outcomeFilter"_s);
        auto *request = child<QPlainTextEdit>(&page, u"requestText"_s);
        auto *copy = child<QPushButton>(&page, u"copyCurlButton"_s);
        auto *resend = child<QPushButton>(&page, u"resendButton"_s);
        auto *count = child<QLabel>(&page, u"countLabel"_s);
        auto *status = child<QLabel>(&page, u"statusLabel"_s);
        QTRY_COMPARE_WITH_TIMEOUT(filter->count(), 3, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(page.retentionLabel()->text().contains(u"newest 100 "_s), 20000);

        // The oldest row selected, then filtered out: the detail and both buttons go with it.
        const qint64 oldest = model->summary(2).id;
        table->selectionModel()->setCurrentIndex(
            model->index(2, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTRY_VERIFY_WITH_TIMEOUT(page.shownAttempt().has_value(), 20000);
        QVERIFY(copy->isEnabled() && resend->isEnabled());
        outcome->setCurrentIndex(outcome->findData(int(AttemptFilter::Outcome::Failed)));
        QTRY_VERIFY_WITH_TIMEOUT(count->text().startsWith(countText(0)), 20000);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(!page.shownAttempt().has_value());
        QVERIFY(request->toPlainText().isEmpty());
        QVERIFY(!copy->isEnabled());
        QVERIFY(!resend->isEnabled());
        // Listed again: selected and shown again.
        outcome->setCurrentIndex(0);
        QTRY_COMPARE_WITH_TIMEOUT(page.shownAttempt().value_or(AttemptRecord {}).id, oldest, 20000);

        // New attempts while a row is selected wait behind the bar; the rows stay put.
        QVERIFY(page.newAttemptsBar()->isHidden());
        harness.ingest(u"message 4"_s);
        harness.ingest(u"message 5"_s);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.count(), 5, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(page.newAttemptsBar()->isVisible(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(model->newerCount(), 2, 20000);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(table->selectionModel()->currentIndex().row(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(count->text().startsWith(countText(5)), 20000);
        child<QPushButton>(&page, u"showNewButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 5, 20000);
        QVERIFY(page.newAttemptsBar()->isHidden());
        QCOMPARE(
            table->selectionModel()->currentIndex().data(AttemptsModel::AttemptIdRole).toLongLong(),
            oldest);

        // The log limit lowered and one more attempt made: the engine prunes the selected
        // attempt, and the table, its count and the detail all let it go.
        harness.withStore([&](StoreConnection &store) {
            WebhookService::Changes changes;
            changes.logLimit = 2;
            QVERIFY(WebhookService(store, harness.context().engine())
                        .update(webhookId, changes, harness.instance().clock()->nowMs())
                        .ok());
        });
        QTRY_VERIFY_WITH_TIMEOUT(page.retentionLabel()->text().contains(u"(2 to 100)"_s), 20000);
        harness.ingest(u"message 6"_s);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.count(), 6, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!page.shownAttempt().has_value(), 20000);
        QVERIFY(!table->selectionModel()->currentIndex().isValid());
        QVERIFY(!copy->isEnabled() && !resend->isEnabled());
        QVERIFY2(status->text().contains(u"deleted"_s), qPrintable(status->text()));
        QTRY_VERIFY_WITH_TIMEOUT(count->text().startsWith(countText(2)), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount() + model->newerCount(), 2, 20000);

        // A webhook deleted elsewhere leaves the filter at once.
        harness.withStore([&](StoreConnection &store) {
            QVERIFY(WebhookService(store, harness.context().engine()).remove(otherId).ok());
        });
        QTRY_COMPARE_WITH_TIMEOUT(filter->count(), 2, 20000);
        QCOMPARE(filter->findData(otherId), -1);
        filter->setCurrentIndex(filter->findData(webhookId));
        QTRY_VERIFY_WITH_TIMEOUT(
            page.retentionLabel()->text().startsWith(u"“Receiver” keeps its newest 2 "_s), 20000);
    }

    void attemptsShowTheirDeliveryAndTimings()
    {
        DesktopHarness harness;
        QVERIFY2(harness.ok(), qPrintable(harness.error()));
        TestReceiver receiver;
        receiver.setScript([](const ReceivedRequest &, int index) {
            ScriptedAnswer a;
            a.status = index == 0 ? 500 : 200;
            return a;
        });
        DeliveriesPage page(harness.context());
        page.resize(1000, 700);
        page.show();
        AttemptsModel *model = page.model();
        QTRY_COMPARE_WITH_TIMEOUT(model->totalCount(), 0, 20000);
        Webhook w;
        w.name = u"Flaky"_s;
        w.url = receiver.url();
        w.retryScheduleSeconds = {0};
        const qint64 id = harness.addWebhook(w);
        harness.context().engine()->reload(id);
        harness.ingest(u"{\"order\": 42}"_s);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.count(), 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 20000);
        // Both rows name the same delivery and number their attempt.
        const QString delivery = model->index(0, AttemptsModel::DeliveryColumn).data().toString();
        QVERIFY2(delivery.startsWith(u"#"_s) && delivery.endsWith(u"message"_s),
                 qPrintable(delivery));
        QCOMPARE(model->index(1, AttemptsModel::DeliveryColumn).data().toString(), delivery);
        QCOMPARE(model->index(0, AttemptsModel::AttemptColumn).data().toString(), u"2"_s);
        QCOMPARE(model->index(1, AttemptsModel::AttemptColumn).data().toString(), u"1"_s);
        QCOMPARE(model->index(1, AttemptsModel::StatusColumn).data().toString(),
                 u"500 Internal Server Error"_s);

        // The first attempt: its delivery's history, request and response side by side, timed.
        auto *table = page.findChild<QTableView *>(u"attemptsTable"_s);
        table->selectionModel()->setCurrentIndex(
            model->index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTRY_VERIFY_WITH_TIMEOUT(page.shownAttempt().has_value(), 20000);
        const QString timeline = page.timeline()->text();
        QVERIFY2(timeline.contains(u"500 Internal Server Error"_s), qPrintable(timeline));
        QVERIFY(timeline.contains(u"200 OK"_s));
        QVERIFY(timeline.contains(u"<b>1 at"_s)); // the shown one stands out
        QVERIFY(timeline.contains(u"delivered"_s));
        auto *request = page.findChild<QPlainTextEdit *>(u"requestText"_s);
        auto *response = page.findChild<QPlainTextEdit *>(u"responseText"_s);
        QVERIFY(request->isVisible() && response->isVisible());
        QVERIFY(request->mapTo(&page, QPoint(0, 0)).x() < response->mapTo(&page, QPoint(0, 0)).x());
        QVERIFY(request->findChild<JsonHighlighter *>()->isActive());
        // The body is coloured, the request line and headers above it are not.
        QVERIFY(request->document()->firstBlock().layout()->formats().isEmpty());
        bool bodyColoured = false;
        for (QTextBlock b = request->document()->lastBlock(); b.isValid(); b = b.previous())
            bodyColoured |= !b.layout()->formats().isEmpty();
        QVERIFY(bodyColoured);
        const QString answer = response->toPlainText();
        QVERIFY2(answer.startsWith(u"HTTP 500 Internal Server Error\n"_s), qPrintable(answer));
        QVERIFY(!answer.contains(u"Error: HTTP 500"_s)); // said once, not twice
        QVERIFY(answer.contains(u"first byte at"_s));
        QVERIFY(answer.contains(u"request sent at"_s));
    }

    void resendDeliversAgain()
    {
        DesktopHarness harness;
        QVERIFY2(harness.ok(), qPrintable(harness.error()));
        TestReceiver receiver;
        DeliveriesPage page(harness.context());
        page.resize(1000, 700);
        page.show();
        AttemptsModel *model = page.model();
        QTRY_COMPARE_WITH_TIMEOUT(model->totalCount(), 0, 20000);

        createWebhook(harness, u"Receiver"_s, receiver.url(), true);
        harness.ingest(u"hello"_s);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.count(), 1, 20000);
        // The engine's report puts the attempt into the table without a reload.
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 20000);
        QCOMPARE(model->index(0, AttemptsModel::StatusColumn).data().toString(), u"200 OK"_s);
        QCOMPARE(model->index(0, AttemptsModel::ChatColumn).data().toString(), u"Customer 01"_s);

        auto *table = page.findChild<QTableView *>(u"attemptsTable"_s);
        auto *resend = page.findChild<QPushButton *>(u"resendButton"_s);
        QVERIFY(table && resend);
        table->selectionModel()->setCurrentIndex(
            model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(resend->isEnabled());
        QSignalSpy resent(&page, &DeliveriesPage::resent);
        resend->click();
        QTRY_COMPARE_WITH_TIMEOUT(resent.size(), 1, 20000);
        const qint64 newDelivery = resent.at(0).at(0).toLongLong();
        QVERIFY2(newDelivery > 0, qPrintable(resent.at(0).at(1).toString()));
        QVERIFY(page.findChild<QLabel *>(u"statusLabel"_s)
                    ->text()
                    .startsWith(u"Queued again as delivery %1"_s.arg(newDelivery)));

        // The same message arrives again, under a new webhook-id.
        QTRY_COMPARE_WITH_TIMEOUT(receiver.count(), 2, 20000);
        const QList<ReceivedRequest> requests = receiver.requests();
        QVERIFY(requests.at(0).body.find("hello") != std::string::npos);
        QVERIFY(requests.at(1).body.find("hello") != std::string::npos);
        QVERIFY(requests.at(1).header("webhook-id") != requests.at(0).header("webhook-id"));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 20000);
        QCOMPARE(model->summary(0).deliveryId, newDelivery);
        // Resend leads to what it made: the new delivery's attempt is selected and shown.
        QTRY_COMPARE_WITH_TIMEOUT(
            table->selectionModel()->currentIndex().data(AttemptsModel::DeliveryIdRole),
            QVariant(newDelivery), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(page.shownAttempt().value_or(AttemptRecord {}).deliveryId,
                                  newDelivery, 20000);
        QCOMPARE(page.findChild<QLabel *>(u"statusLabel"_s)->text(),
                 u"This is the first attempt of the resent delivery."_s);
        bool recorded = false;
        harness.withStore([&](StoreConnection &store) {
            const QList<ActivityEntry> entries
                = store.activity->recent(model->summary(0).webhookId);
            for (const ActivityEntry &e : entries)
                recorded
                    = recorded || (e.kind == ActivityKind::Resent && e.deliveryId == newDelivery);
        });
        QVERIFY(recorded);
    }
};

QTEST_MAIN(TestDeliveriesPage)
#include "tst_deliveriespage.moc"
