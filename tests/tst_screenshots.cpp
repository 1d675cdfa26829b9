// Writes a PNG of every page, in English and in Hindi, into the build tree
// (build/tests/screenshots/) so a person can look at them, at the smallest size the window is
// made for (1024×700). Runs under Xvfb with the xcb platform: real fonts and a real window system,
// as on a desktop. In Hindi it also reads every visible text of every page and dialog and fails on
// one left in English; in every language it fails on a makeshift plural such as "message(s)".
#include "attemptsmodel.h"
#include "chatmessagesmodel.h"
#include "chatspage.h"
#include "composerdialog.h"
#include "deliveriespage.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "replaydialog.h"
#include "server/inspector.h"
#include "settingspage.h"
#include "storeworker.h"
#include "support/desktopharness.h"
#include "support/testreceiver.h"
#include "theme.h"
#include "translationloader.h"
#include "webhookfilterdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMetaEnum>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>
#include <QTreeWidget>
#include <QXmlStreamReader>

#include <cmath>

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
    // Every visible text of `root` (labels, buttons, placeholders, view cells), with its widget.
    static QList<std::pair<QWidget *, QString>> visibleTexts(QWidget *root);
    // Those still in English, each with the widget that shows it.
    static QStringList englishTexts(const QList<std::pair<QWidget *, QString>> &texts);
    // Visible labels whose text is too faint on their background (WCAG ratio under 4.5).
    static QStringList faintLabels(QWidget *root);
};

namespace {

// The English of every string the Hindi catalogue translates (mnemonics and colons dropped): a
// visible text equal to one of them was not translated.
const QSet<QString> &catalogueSources()
{
    static const QSet<QString> sources = [] {
        QSet<QString> set;
        QFile file(QStringLiteral(HOOKLINE_HINDI_CATALOGUE));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the Hindi catalogue");
        QXmlStreamReader xml(&file);
        QString source;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"source"_s) {
                source = xml.readElementText();
            } else if (xml.name() == u"translation"_s) {
                // Numbers, names of protocols and examples read the same in both languages.
                const QString translation
                    = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (translation.trimmed() != source.trimmed())
                    set.insert(QString(source).remove(u'&').remove(u':').trimmed());
            }
        }
        for (const char *qt : {"OK", "Cancel", "Close", "Save", "Discard", "Apply", "Help", "Yes",
                               "No", "Open", "Reset"})
            set.insert(QString::fromLatin1(qt));
        return set;
    }();
    return sources;
}

// English prose: three words in a row, after addresses and paths are taken out.
bool looksEnglish(QString text)
{
    static const QRegularExpression address(u"\\S*(://|/|@|\\.[a-z]{2,4}\\b)\\S*"_s);
    static const QRegularExpression prose(u"\\b[A-Za-z][a-z]+(?:[ ,;’'-]+[a-z]{2,}){2,}\\b"_s);
    text.remove(address);
    const QString bare = QString(text).remove(u'&').remove(u':').trimmed();
    // The harness's account is called "Sales": the user's data, not the window's words.
    if (bare == u"Sales"_s)
        return false;
    return prose.match(text).hasMatch() || catalogueSources().contains(bare);
}

// A shop's morning, oldest first, in the window's language (English messages would read as
// untranslated in Hindi). The chat with the photo is the newest, so Chats opens on it.
QList<IngestMessage> conversation(bool hindi)
{
    const QDateTime now = QDateTime::currentDateTime();
    int minutesAgo = 40;
    QList<IngestMessage> list;
    const auto add = [&](const IngestMessage::ChatRef &chat, Direction direction,
                         const Party &author, const QString &english, const QString &hindiText) {
        IngestMessage m;
        m.chat = chat;
        m.direction = direction;
        m.timestamp = now.addSecs(-60 * minutesAgo);
        minutesAgo -= 4;
        m.sender = author;
        m.text = hindi ? hindiText : english;
        m.source = u"api"_s;
        list.append(m);
        return &list.last();
    };
    const Party shop {u"Sales"_s, u"+14155550100"_s};
    const IngestMessage::ChatRef ravi {false, u"+919800000002"_s, {}, u"Ravi Kumar"_s};
    const IngestMessage::ChatRef group {
        true, {}, u"120363025246125486@g.us"_s, hindi ? u"थोक ख़रीदार"_s : u"Wholesale buyers"_s};
    // The demo's contact, as the demo named her.
    const QString ashaName = hindi ? u"आशा डेमो"_s : u"Asha Demo"_s;
    const IngestMessage::ChatRef asha {false, u"+919800000001"_s, {}, ashaName};
    add(ravi, Direction::Received, {u"Ravi Kumar"_s, u"+919800000002"_s},
        u"Do you deliver to Pune?"_s, u"क्या आप पुणे में डिलीवरी करते हैं?"_s);
    add(group, Direction::Received, {u"Meera"_s, u"+919800000011"_s},
        u"Price list for 50 pieces, please"_s, u"50 पीस की रेट लिस्ट भेजिए"_s);
    add(group, Direction::Received, {u"Imran"_s, u"+919800000012"_s},
        u"Same for me, cotton only 🙏"_s, u"मुझे भी, सिर्फ़ कॉटन 🙏"_s);
    add(asha, Direction::Received, {ashaName, u"+919800000001"_s},
        u"Is the blue shirt available in XL?"_s, u"क्या नीली शर्ट XL में मिलेगी?"_s);
    IngestMessage *photo = add(asha, Direction::Sent, shop, u"Yes, two left. Here it is:"_s,
                               u"हाँ, दो बची हैं। यह रही:"_s);
    QImage image(320, 240, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, 320, 240);
    gradient.setColorAt(0, QColor(0x1e, 0x5a, 0xa8));
    gradient.setColorAt(1, QColor(0x6f, 0xa8, 0xdc));
    painter.fillRect(image.rect(), gradient);
    painter.setPen(QPen(Qt::white, 6));
    painter.drawPolygon(QPolygon({{100, 60},
                                  {140, 40},
                                  {180, 40},
                                  {220, 60},
                                  {250, 100},
                                  {220, 110},
                                  {210, 200},
                                  {110, 200},
                                  {100, 110},
                                  {70, 100}}));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    photo->attachment = IngestMessage::File {u"blue-shirt-xl.png"_s, u"image/png"_s, png};
    add(asha, Direction::Received, {ashaName, u"+919800000001"_s},
        u"Perfect, please keep one for me"_s, u"बढ़िया, मेरे लिए एक रख दीजिए"_s);
    add(asha, Direction::Sent, shop, u"Reserved until 6 pm — order #4521"_s,
        u"शाम 6 बजे तक रखी है — ऑर्डर #4521"_s);
    for (IngestMessage &m : list) {
        if (m.direction == Direction::Sent)
            m.recipient = {m.chat.fullName, m.chat.phone};
        else
            m.recipient = shop;
    }
    return list;
}

// "message(s)" is what a window says when it has no plural forms.
QStringList makeshiftPlurals(const QList<std::pair<QWidget *, QString>> &texts)
{
    static const QRegularExpression makeshift(u"\\w\\((s|es)\\)"_s);
    QStringList found;
    for (const auto &[widget, text] : texts) {
        if (makeshift.match(text).hasMatch())
            found << u"%1: %2"_s.arg(widget->objectName(), text.simplified());
    }
    return found;
}

} // namespace

QList<std::pair<QWidget *, QString>> TestScreenshots::visibleTexts(QWidget *root)
{
    QList<std::pair<QWidget *, QString>> found;
    auto add = [&found](QWidget *widget, const QString &text) {
        QString plain = text;
        if (Qt::mightBeRichText(text)) {
            QTextDocument document;
            document.setHtml(text);
            plain = document.toPlainText();
        }
        if (!plain.trimmed().isEmpty())
            found.append({widget, plain});
    };
    // Views of what a request carried (headers, paths) show the sender's words, not the window's.
    static const QSet<QString> received {u"inspectorHeaders"_s, u"inspectorRequests"_s,
                                         u"inspectorBody"_s};
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible() || received.contains(w->objectName())
            || (w->parentWidget() && received.contains(w->parentWidget()->objectName())))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            add(w, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(w, button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            add(w, box->title());
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(w, edit->placeholderText());
        else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(w, combo->itemText(i));
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(w, tabs->tabText(i));
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            QAbstractItemModel *model = view->model();
            if (!model)
                continue;
            for (int column = 0; column < model->columnCount(); ++column)
                add(w, model->headerData(column, Qt::Horizontal).toString());
            for (int row = 0; row < qMin(model->rowCount(), 50); ++row)
                for (int column = 0; column < model->columnCount(); ++column)
                    add(w, model->index(row, column).data().toString());
        }
    }
    return found;
}

QStringList TestScreenshots::englishTexts(const QList<std::pair<QWidget *, QString>> &texts)
{
    QStringList found;
    for (const auto &[widget, text] : texts) {
        if (looksEnglish(text))
            found << u"%1 (%2): %3"_s.arg(widget->objectName(),
                                          QString::fromLatin1(widget->metaObject()->className()),
                                          text.simplified());
    }
    return found;
}

QStringList TestScreenshots::faintLabels(QWidget *root)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    QStringList found;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        // Disabled controls are exempt (WCAG 1.4.3): their dimness says they do not answer.
        if (!label->isVisible() || !label->isEnabled() || label->text().trimmed().isEmpty())
            continue;
        const QColor back = label->palette().color(label->backgroundRole());
        QColor fore = label->palette().color(label->foregroundRole());
        // A translucent colour is seen mixed with what is behind it.
        const double a = fore.alphaF();
        fore = QColor::fromRgbF(float(fore.redF() * a + back.redF() * (1 - a)),
                                float(fore.greenF() * a + back.greenF() * (1 - a)),
                                float(fore.blueF() * a + back.blueF() * (1 - a)));
        const double l1 = luminance(fore);
        const double l2 = luminance(back);
        const double ratio = (std::max(l1, l2) + 0.05) / (std::min(l1, l2) + 0.05);
        if (ratio < 4.5)
            found << u"%1: %2 on %3 (%4:1) “%5”"_s.arg(label->objectName(), fore.name(),
                                                       back.name(), QString::number(ratio, 'f', 1),
                                                       label->text().left(40));
    }
    return found;
}

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
    QTest::addColumn<bool>("dark");
    QTest::newRow("english") << u"en"_s << false;
    QTest::newRow("english, dark") << u"en"_s << true;
    QTest::newRow("hindi") << u"hi"_s << false;
    QTest::newRow("hindi, dark") << u"hi"_s << true;
}

void TestScreenshots::everyPage()
{
    QFETCH(QString, language);
    QFETCH(bool, dark);
    QList<QTranslator *> before = qApp->findChildren<QTranslator *>();
    const QPalette lightPalette = QApplication::palette();
    // Back to light even when a check below fails, or the next row would be shot in the dark.
    const auto restore = qScopeGuard([lightPalette] { QApplication::setPalette(lightPalette); });
    // The palette is the app's before any window exists, as --theme dark sets it.
    if (dark)
        Theme::apply(*qApp, Theme::Kind::Dark);
    QString prefix = dark ? language + u"-dark"_s : language;
    // Under QT_SCALE_FACTOR=2 (the tst_screenshots_2x test): the same pages at 200 %.
    if (qApp->devicePixelRatio() > 1)
        prefix += u"-%1x"_s.arg(qApp->devicePixelRatio());
    // English too: its catalogue holds the plural forms ("1 attempt", "2 attempts").
    QVERIFY(installTranslations(*qApp, QLocale(language)));

    DesktopHarness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.error()));
    TestReceiver receiver;
    const bool hindi = language == u"hi"_s;
    MainWindow window(harness.context());
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Something on every page, as a shop's first hour would leave it: the demo webhook to the
    // Inspector, a bundling CRM webhook, one whose receiver is down, one that got a replay, a
    // conversation with a photo, a group and a few single messages.
    QSignalSpy demo(&window, &MainWindow::demoCreated);
    window.createDemo();
    QTRY_COMPARE_WITH_TIMEOUT(demo.size(), 1, 20000);
    QVERIFY(demo.at(0).at(0).toBool());
    Webhook crm;
    crm.name = u"CRM (Zapier)"_s;
    crm.url = receiver.url();
    crm.aggregation = Aggregation::Hours6;
    crm.filter.direction = WebhookFilter::DirectionRule::Received;
    crm.id = harness.addWebhook(crm);
    TestReceiver down;
    down.answerAll(503);
    Webhook hubspot;
    hubspot.name = u"HubSpot"_s;
    hubspot.url = down.url();
    harness.addWebhook(hubspot);
    // Where a replay to a staging CRM went: listed, never sent a new message.
    Webhook staging;
    staging.name = u"Replay of CRM (Zapier) → staging-crm.example.com"_s;
    staging.url = u"https://staging-crm.example.com/hooks/whatsapp"_s;
    staging.replaysOnly = true;
    harness.addWebhook(staging);
    const QList<IngestMessage> messagesOfTheMorning = conversation(hindi);
    for (const auto &message : messagesOfTheMorning)
        harness.ingest(message);
    // Every message reaches the Inspector; the receiver that is down has been tried (the webhook
    // then backs off, as a failing one does).
    const int messages = int(messagesOfTheMorning.size()) + 1;
    QTRY_VERIFY_WITH_TIMEOUT(harness.context().inspector()->requests(u"demo"_s).size() >= messages,
                             30000);
    QTRY_VERIFY_WITH_TIMEOUT(down.count() >= 1, 30000);

    const QMetaEnum pages = QMetaEnum::fromType<MainWindow::Page>();
    QStringList english;
    QStringList faint;
    QStringList plurals;
    // Every page, and every section of Settings.
    QList<std::pair<int, int>> shots;
    auto *settings = qobject_cast<SettingsPage *>(window.page(MainWindow::Settings));
    QVERIFY(settings);
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        if (page != MainWindow::Settings) {
            shots.append({page, -1});
            continue;
        }
        for (int section = 0; section < settings->sections()->count(); ++section)
            shots.append({page, section});
    }
    for (const auto &[page, section] : std::as_const(shots)) {
        window.showPage(MainWindow::Page(page));
        if (section >= 0)
            settings->sections()->setCurrentRow(section);
        // A delivery chosen, as a person reading it would have.
        if (page == MainWindow::Deliveries) {
            auto *deliveries = qobject_cast<DeliveriesPage *>(window.page(MainWindow::Deliveries));
            deliveries->showNewer();
            QTRY_VERIFY_WITH_TIMEOUT(deliveries->model()->rowCount() > 0, 20000);
            auto *table = deliveries->findChild<QTableView *>(u"attemptsTable"_s);
            table->selectionModel()->setCurrentIndex(deliveries->model()->index(0, 0),
                                                     QItemSelectionModel::ClearAndSelect
                                                         | QItemSelectionModel::Rows);
            QTRY_VERIFY_WITH_TIMEOUT(deliveries->shownAttempt().has_value(), 20000);
        }
        // Accounts, then chats, then the newest chat's messages: three loads one after another.
        if (page == MainWindow::Chats) {
            auto *chats = qobject_cast<ChatsPage *>(window.page(MainWindow::Chats));
            QTRY_VERIFY_WITH_TIMEOUT(chats->messages()->rowCount() >= 4, 20000);
            QTRY_VERIFY_WITH_TIMEOUT(chats->conversation()->isVisible(), 20000);
        }
        // The dashboard redraws live results at most once a second: wait for the deliveries.
        if (page == MainWindow::Dashboard) {
            QTRY_VERIFY_WITH_TIMEOUT(!window.page(MainWindow::Dashboard)
                                          ->findChild<QLabel *>(u"emptyMessage"_s)
                                          ->isVisible(),
                                     20000);
        }
        // Every load the page asked for has answered; then one more pass of layout and paint.
        harness.context().store()->drain();
        harness.context().slowStore()->drain();
        QCoreApplication::processEvents();
        QTest::qWait(50);
        const QImage shot = window.grab().toImage();
        const QString name
            = u"%1/%2-%3%4.png"_s.arg(QStringLiteral(HOOKLINE_SCREENSHOTS), prefix,
                                      QString::fromLatin1(pages.key(page)).toLower(),
                                      section >= 0 ? u"-%1"_s.arg(section + 1) : QString());
        QVERIFY2(shot.save(name), qPrintable(name));
        // A blank or unpainted window has a handful of colours; a page with text has hundreds.
        QVERIFY2(distinctColours(shot) > 50, qPrintable(name));
        // Nothing is wider than the window at its smallest: no page scrolls sideways.
        for (QScrollArea *scroll :
             window.page(MainWindow::Page(page))->findChildren<QScrollArea *>()) {
            if (!scroll->isVisible() || !scroll->widget())
                continue;
            const int needed = scroll->widget()->minimumSizeHint().width();
            QVERIFY2(needed <= scroll->viewport()->width(),
                     qPrintable(u"%1: %2 px wide in %3 px"_s.arg(name).arg(needed).arg(
                         scroll->viewport()->width())));
        }
        const auto texts = visibleTexts(&window);
        if (hindi)
            english << englishTexts(texts);
        plurals << makeshiftPlurals(texts);
        faint << faintLabels(&window);
    }
    // The dialogs, as the Chats page opens them, and the webhook filter with its preview of a
    // filter that lets some of the morning's messages through and not others.
    ComposerDialog composer(harness.context(), 0, 0, &window);
    ImportDialog import(harness.context(), 0, &window);
    WebhookFilter received;
    received.direction = WebhookFilter::DirectionRule::Received;
    received.chatKind = WebhookFilter::ChatKind::Direct;
    WebhookFilterDialog filter(harness.context(), received, &window);
    ReplayDialog replay(harness.context(), crm, &window);
    // To an Inspector name: the row and the hint that go with another receiver.
    replay.setTarget(ReplayDialog::Target::Inspector, u"crm-staging"_s);
    for (QDialog *dialog : {static_cast<QDialog *>(&composer), static_cast<QDialog *>(&import),
                            static_cast<QDialog *>(&filter), static_cast<QDialog *>(&replay)}) {
        dialog->show();
        // Twice: the filter's preview is asked for once its accounts have loaded.
        for (int pass = 0; pass < 2; ++pass) {
            harness.context().store()->drain();
            harness.context().slowStore()->drain();
        }
        QCoreApplication::processEvents();
        if (dialog == &filter) {
            QTRY_VERIFY_WITH_TIMEOUT(filter.previewsShown() > 0, 20000);
            QCOMPARE(filter.previewList()->topLevelItemCount(), messages);
            const QString name
                = u"%1/%2-filter.png"_s.arg(QStringLiteral(HOOKLINE_SCREENSHOTS), prefix);
            QVERIFY2(filter.grab().toImage().save(name), qPrintable(name));
        }
        if (dialog == &replay) {
            // The count asked for the Inspector name, after the one the dialog opened with.
            QTRY_VERIFY_WITH_TIMEOUT(
                replay.countsAsked() >= 2 && replay.countsShown() == replay.countsAsked(), 20000);
            QVERIFY(replay.replayButton()->isEnabled());
            const QString name
                = u"%1/%2-replay.png"_s.arg(QStringLiteral(HOOKLINE_SCREENSHOTS), prefix);
            QVERIFY2(replay.grab().toImage().save(name), qPrintable(name));
        }
        const auto texts = visibleTexts(dialog);
        if (hindi)
            english << englishTexts(texts);
        plurals << makeshiftPlurals(texts);
        faint << faintLabels(dialog);
        dialog->hide();
    }
    plurals.removeDuplicates();
    QVERIFY2(plurals.isEmpty(), qPrintable(u"no plural forms:\n"_s + plurals.join(u'\n')));
    faint.removeDuplicates();
    QVERIFY2(faint.isEmpty(), qPrintable(u"too faint to read:\n"_s + faint.join(u'\n')));
    english.removeDuplicates();
    QVERIFY2(english.isEmpty(), qPrintable(u"left in English:\n"_s + english.join(u'\n')));
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
