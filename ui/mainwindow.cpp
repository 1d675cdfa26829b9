#include "mainwindow.h"

#include "activitytext.h"

#include "chatspage.h"
#include "chipdelegate.h"
#include "dashboardpage.h"
#include "deliveriespage.h"
#include "delivery/clock.h"
#include "delivery/enginethread.h"
#include "desktopcontext.h"
#include "domain/standardwebhooks.h"
#include "inspectorpage.h"
#include "notify/ownernotifier.h"
#include "server/inspector.h"
#include "service/messageservice.h"
#include "service/webhookservice.h"
#include "serviceerrortext.h"
#include "settingspage.h"
#include "store/storeconnection.h"
#include "storeworker.h"
#include "webhookspage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

// Resources compiled into a static library are registered explicitly; the linker would drop an
// unreferenced initializer. Q_INIT_RESOURCE must be used outside any namespace.
static void registerResources()
{
    Q_INIT_RESOURCE(resources);
}

using namespace Qt::StringLiterals;

namespace hookline {

MainWindow::MainWindow(DesktopContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    registerResources();
    setWindowTitle(tr("Hookline"));
    setWindowIcon(QIcon(QStringLiteral(":/hookline/hookline.svg")));
    setObjectName(QStringLiteral("mainWindow"));

    auto *webhooks = new WebhooksPage(context, m_pages);
    auto *deliveries = new DeliveriesPage(context, m_pages);
    auto *dashboard = new DashboardPage(context, m_pages);
    auto *chats = new ChatsPage(context, m_pages);
    struct Entry
    {
        QString title;
        const char *themeIcon; // freedesktop name; the bundled SVG where the theme has none
        const char *file;
        QWidget *page;
    };
    const QList<Entry> pages = {
        {tr("Webhooks"), "insert-link", "webhooks", webhooks},
        {tr("Deliveries"), "mail-send", "deliveries", deliveries},
        {tr("Chats"), "internet-group-chat", "chats", chats},
        {tr("Inspector"), "edit-find", "inspector", new InspectorPage(context, m_pages)},
        {tr("Dashboard"), "utilities-system-monitor", "dashboard", dashboard},
        {tr("Settings"), "preferences-system", "settings", new SettingsPage(context, m_pages)},
    };
    for (const Entry &entry : pages) {
        const int index = m_pages->addWidget(entry.page);
        // Ctrl+1 … Ctrl+6 reach every page from the keyboard, wherever the focus is.
        const QKeySequence keys(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + index)));
        // White on the selection's highlight, where the blue would vanish.
        QIcon fallback(u":/hookline/icons/%1.svg"_s.arg(QLatin1String(entry.file)));
        fallback.addFile(u":/hookline/icons/selected/%1.svg"_s.arg(QLatin1String(entry.file)),
                         QSize(), QIcon::Selected);
        auto *item = new QListWidgetItem(QIcon::fromTheme(QLatin1String(entry.themeIcon), fallback),
                                         entry.title, m_navigation);
        item->setToolTip(keys.toString(QKeySequence::NativeText));
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this, index] { showPage(Page(index)); });
    }
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setItemDelegate(new ChipDelegate(m_navigation));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    fitNavigation();
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    // Health at a glance, from any page: the webhooks that need looking at.
    connect(webhooks, &WebhooksPage::healthChanged, this, &MainWindow::showWebhookHealth);
    connect(webhooks, &WebhooksPage::demoRequested, this, &MainWindow::createDemo);
    // A point on a chart opens the attempts behind it.
    connect(dashboard, &DashboardPage::minuteChosen, this,
            [this, deliveries](qint64 from, qint64 to) {
                deliveries->showTimeWindow(from, to);
                showPage(Deliveries);
            });
    // A message's status line opens the deliveries that carried it.
    connect(chats, &ChatsPage::deliveriesRequested, this,
            [this, deliveries](qint64 messageId, const QString &description) {
                deliveries->showMessage(messageId, description);
                showPage(Deliveries);
            });

    // First start: one click to a delivered webhook, without any outside service.
    m_demoBanner = new QFrame(this);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setFrameShape(QFrame::StyledPanel);
    auto *bannerLayout = new QHBoxLayout(m_demoBanner);
    auto *bannerText = new QLabel(
        tr("<b>New here?</b> Create a demo: a webhook pointed at the built-in Inspector and a "
           "sample message, delivered in seconds."),
        m_demoBanner);
    bannerText->setWordWrap(true);
    auto *createDemoButton = new QPushButton(tr("Create &demo"), m_demoBanner);
    createDemoButton->setObjectName(QStringLiteral("createDemo"));
    auto *dismiss = new QPushButton(tr("D&ismiss"), m_demoBanner);
    bannerLayout->addWidget(bannerText, 1);
    bannerLayout->addWidget(createDemoButton);
    bannerLayout->addWidget(dismiss);
    m_demoBanner->hide();
    connect(createDemoButton, &QPushButton::clicked, this, &MainWindow::createDemo);
    connect(dismiss, &QPushButton::clicked, m_demoBanner, &QWidget::hide);

    // The navigation as wide as its widest entry and the page right beside it: a splitter here
    // left a dead gutter that kept stale paint from the page shown before.
    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_navigation);
    row->addWidget(separator);
    row->addWidget(m_pages, 1);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_demoBanner);
    layout->addLayout(row, 1);
    setCentralWidget(central);

    statusBar()->showMessage(
        tr("Workspace: %1 · local server %2").arg(context.dataDirectory(), context.serverUrl()));
    resize(1100, 720);
    restoreState();

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        auto *menu = new QMenu(this);
        menu->addAction(tr("Show Hookline"), this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        menu->addAction(tr("Quit"), qApp, &QApplication::quit);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](auto reason) {
            if (reason == QSystemTrayIcon::Trigger) {
                showNormal();
                activateWindow();
            }
        });
        updateTrayStatus();
        m_tray->show();
    }
    connect(context.engine()->engine(), &Engine::attemptFinished, this,
            [this](const AttemptRecord &record) {
                (record.success ? m_delivered : m_failed) += 1;
                updateTrayStatus();
            });
    // Nobody could be e-mailed about an auto-disable: the person at the desk must hear of it.
    if (OwnerNotifier *notifier = context.notifier()) {
        connect(notifier, &OwnerNotifier::ownerNotNotified, this,
                [this](qint64 webhookId, const QString &why) {
                    alertSwitchedOff(webhookId,
                                     tr("It failed more than 10 times in a row. The owner was "
                                        "not e-mailed: %1.")
                                         .arg(ActivityText::error(why)),
                                     false);
                });
    }
    connect(context.engine()->engine(), &Engine::autoDisabled, this,
            [this](qint64 webhookId, const QString &reason) {
                alertSwitchedOff(webhookId, ActivityText::sentence(reason), true);
            });
    // An alert about a webhook ends when it is switched on again or deleted.
    connect(context.engine()->engine(), &Engine::webhookReloaded, this, [this](qint64 webhookId) {
        if (webhookId != m_alertWebhook)
            return;
        m_context.store()->run<bool>(
            this,
            [webhookId](StoreConnection &store) {
                const std::optional<Webhook> w = store.webhooks->webhook(webhookId);
                return !w || w->enabled;
            },
            [this, webhookId](const Outcome<bool> &over) {
                if (over.ok() && *over.value && webhookId == m_alertWebhook) {
                    m_alertWebhook = 0;
                    m_lastAlert.clear();
                    statusBar()->clearMessage();
                }
            });
    });

    context.store()->run<int>(
        this, [](StoreConnection &store) { return int(store.webhooks->webhooks().size()); },
        [this](const Outcome<int> &count) {
            if (count.ok() && *count.value == 0)
                m_demoBanner->show();
        });
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::page(Page page) const
{
    return m_pages->widget(page);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

void MainWindow::fitNavigation()
{
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth()
                                + 4);
}

void MainWindow::showWebhookHealth(int failing, int switchedOff)
{
    QList<ChipDelegate::Badge> badges;
    QStringList said;
    if (switchedOff > 0) {
        badges.append({tr("%n off", "webhooks switched off after errors", switchedOff),
                       FeedbackLabel::Tone::Bad});
        said << tr("%n webhook(s) switched off after errors", "", switchedOff);
    }
    if (failing > 0) {
        badges.append({tr("%n failing", "webhooks failing but retrying", failing),
                       FeedbackLabel::Tone::Warn});
        said << tr("%n webhook(s) failing", "", failing);
    }
    QListWidgetItem *item = m_navigation->item(Webhooks);
    item->setData(ChipDelegate::BadgesRole, ChipDelegate::badges(badges));
    const QString keys = QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key_1))
                             .toString(QKeySequence::NativeText);
    item->setToolTip(said.isEmpty() ? keys : said.join(u"; "_s) + u" (%1)"_s.arg(keys));
    fitNavigation();
}

void MainWindow::alertSwitchedOff(qint64 webhookId, const QString &text, bool trayOnly)
{
    // Named as the Webhooks page lists it: an id means nothing to the person at the desk.
    m_context.store()->run<QString>(
        this,
        [webhookId](StoreConnection &store) {
            const std::optional<Webhook> w = store.webhooks->webhook(webhookId);
            return w ? w->displayName() : QString();
        },
        [this, webhookId, text, trayOnly](const Outcome<QString> &name) {
            const QString title = name.ok() && !name.value->isEmpty()
                ? tr("The webhook “%1” was switched off").arg(*name.value)
                : tr("A webhook was switched off");
            if (trayOnly) {
                if (m_tray && QSystemTrayIcon::supportsMessages())
                    m_tray->showMessage(title.toHtmlEscaped(), text.toHtmlEscaped(),
                                        QSystemTrayIcon::Warning);
                return;
            }
            alert(title, text);
            m_alertWebhook = webhookId;
        });
}

void MainWindow::alert(const QString &title, const QString &text)
{
    m_alertWebhook = 0;
    m_lastAlert = title + QStringLiteral(": ") + text;
    if (m_tray && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(title.toHtmlEscaped(), text.toHtmlEscaped(), QSystemTrayIcon::Warning);
        return;
    }
    // No tray: the status bar keeps it until the next message, and the title bar flashes.
    statusBar()->showMessage(m_lastAlert);
    QApplication::alert(this);
}

void MainWindow::createDemo()
{
    m_demoBanner->hide();
    const QString url = Inspector::url(m_context.serverUrl(), QStringLiteral("demo"));
    m_context.inspector()->addBin(QStringLiteral("demo"));
    const qint64 now = m_context.clock()->nowMs();
    const QString text = tr("Hello from Hookline! This sample message was delivered to the "
                            "Inspector by your demo webhook.");
    // Named in the window's language, like the message: the demo is for the person at the desk.
    const QString webhookName = tr("Demo (Inspector)");
    const QString accountName = tr("Demo account");
    const QString contactName = tr("Asha Demo");
    m_context.store()->run<ServiceResult<qint64>>(
        this,
        [url, now, text, webhookName, accountName, contactName, engine = m_context.engine(),
         writer = m_context.ingest()](StoreConnection &store) -> ServiceResult<qint64> {
            // The same use cases as the Webhooks page and the Composer.
            WebhookService webhooks(store, engine);
            WebhookService::Changes demo;
            demo.name = webhookName;
            demo.url = url;
            demo.retryScheduleSeconds = QList<int> {5, 30, 120};
            // Signed, so the Inspector shows a signature it can check.
            demo.secret = StandardWebhooks::generateSecret();
            const auto created = webhooks.create(demo, now);
            if (!created.ok())
                return created.error();
            IngestMessage m;
            m.account = {QStringLiteral("+14155550100"), accountName, {}};
            m.chat.phone = QStringLiteral("+919800000001");
            m.chat.fullName = contactName;
            m.text = text;
            m.source = QStringLiteral("composer");
            const auto stored = MessageService(store, *writer, nullptr).create({m}, now);
            if (!stored.ok()) {
                // Both or neither: a failed message must not leave a demo webhook behind.
                webhooks.remove(created.value().id);
                return stored.error();
            }
            return created.value().id;
        },
        [this, webhookName](const Outcome<ServiceResult<qint64>> &outcome) {
            const QString error = !outcome.ok() ? outcome.error
                : !outcome.value->ok()          ? ServiceErrorText::sentence(outcome.value->error())
                                                : QString();
            if (!error.isEmpty()) {
                m_demoBanner->show();
                alert(tr("The demo could not be created"), error);
                Q_EMIT demoCreated(false, error);
                return;
            }
            // The demo ends where its request arrives, selected as soon as it does.
            auto *inspector = qobject_cast<InspectorPage *>(page(Inspector));
            inspector->selectBin(QStringLiteral("demo"));
            inspector->showNote(
                tr("Demo created: the webhook “%1” posts every message to this URL, and a sample "
                   "message was sent. Below is the request your CRM would receive. Next: add "
                   "your CRM's URL on the Webhooks page, or send a message from Chats → "
                   "Compose.")
                    .arg(webhookName));
            showPage(Inspector);
            Q_EMIT demoCreated(true, QString());
        });
}

void MainWindow::updateTrayStatus()
{
    if (!m_tray)
        return;
    m_tray->setToolTip(
        tr("Hookline — %1 delivered, %2 failed since start").arg(m_delivered).arg(m_failed));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/page"), m_navigation->currentRow());
}

void MainWindow::restoreState()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    const int page = settings.value(QStringLiteral("window/page"), 0).toInt();
    m_navigation->setCurrentRow(page >= 0 && page < PageCount ? page : 0);
}

} // namespace hookline
