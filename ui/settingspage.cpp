#include "settingspage.h"

#include "desktopcontext.h"
#include "settings/accountsgroup.h"
#include "settings/cloudapigroup.h"
#include "settings/serveraccessgroup.h"
#include "settings/storegroup.h"
#include "settings/teammatesgroup.h"
#include "settings/workspacegroup.h"
#include "store/messagestore.h"
#include "store/storeconnection.h"
#include "store/workspacestore.h"
#include "storeworker.h"
#include "wheelguard.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QScrollArea>
#include <QShowEvent>
#include <QStackedWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

struct Snapshot
{
    WorkspaceSettings settings;
    QList<Teammate> teammates;
    QList<Account> accounts;
    QList<QByteArray> timeZones;
};

} // namespace

SettingsPage::SettingsPage(DesktopContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_sections(new QListWidget(this))
    , m_workspace(new WorkspaceGroup(context))
    , m_serverAccess(new ServerAccessGroup(context))
    , m_store(new StoreGroup(context))
    , m_teammates(new TeammatesGroup(context))
    , m_accounts(new AccountsGroup(context))
    , m_cloudApi(new CloudApiGroup(context))
{
    setObjectName(u"settingsPage"_s);
    // One section at a time, chosen from a list: each scrolls down only, never sideways, and
    // its fields keep a readable width however wide the window is.
    m_sections->setObjectName(u"settingsSections"_s);
    m_sections->setAccessibleName(tr("Settings sections"));
    auto *stack = new QStackedWidget(this);
    auto section = [this, stack](const QString &title, const QList<QWidget *> &groups) {
        auto *page = new QWidget;
        page->setMaximumWidth(760);
        auto *column = new QVBoxLayout(page);
        for (QWidget *group : groups)
            column->addWidget(group);
        column->addStretch(1);
        auto *scroll = new QScrollArea(stack);
        scroll->setWidgetResizable(true);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(page);
        stack->addWidget(scroll);
        m_sections->addItem(title);
    };
    section(tr("Workspace and e-mail"), {m_workspace});
    section(tr("Server and API token"), {m_serverAccess});
    section(tr("Store"), {m_store});
    section(tr("Teammates"), {m_teammates});
    section(tr("WhatsApp accounts"), {m_accounts, m_cloudApi});
    m_sections->setMaximumWidth(m_sections->sizeHintForColumn(0)
                                + 4 * fontMetrics().averageCharWidth());
    connect(m_sections, &QListWidget::currentRowChanged, stack, &QStackedWidget::setCurrentIndex);
    m_sections->setCurrentRow(0);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sections);
    layout->addWidget(stack, 1);
    WheelGuard::install(this);

    connect(m_accounts, &AccountsGroup::selectionShown, m_cloudApi, &CloudApiGroup::showAccount);
    connect(m_workspace, &WorkspaceGroup::webhookBaseChanged, m_cloudApi,
            [this] { m_cloudApi->setWebhookBase(m_workspace->webhookBase()); });

    reload();
}

void SettingsPage::reload()
{
    load(false);
}

void SettingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Not on the first show (the constructor's load is on its way) nor a window restore.
    if (m_loaded && !m_loading && !event->spontaneous())
        load(true);
}

bool SettingsPage::hasUnsavedEdits() const
{
    return m_workspace->hasUnsavedEdits();
}

void SettingsPage::load(bool keepEdits)
{
    m_loading = true;
    const quint64 saves = m_workspace->savesStarted();
    m_context.store()->run<Snapshot>(
        this,
        [](StoreConnection &store) {
            return Snapshot {store.workspace->settings(), store.workspace->teammates(),
                             store.messages->accounts(), QTimeZone::availableTimeZoneIds()};
        },
        [this, keepEdits, saves](const Outcome<Snapshot> &snapshot) {
            m_loading = false;
            if (!snapshot.ok()) {
                m_workspace->showLoadError(snapshot.error);
                return;
            }
            const Snapshot &current = *snapshot.value;
            m_workspace->showLoaded(current.settings, current.timeZones, keepEdits, saves);
            m_loaded = true;
            m_teammates->showTeammates(current.teammates);
            m_accounts->showAccounts(current.accounts);
            Q_EMIT loaded();
        });
}

} // namespace hookline
