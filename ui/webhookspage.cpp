#include "webhookspage.h"

#include "activitytext.h"
#include "delivery/autodisablerule.h"
#include "delivery/clock.h"
#include "delivery/enginethread.h"
#include "desktopcontext.h"
#include "feedbacklabel.h"
#include "replaydialog.h"
#include "service/webhookservice.h"
#include "serviceerrortext.h"
#include "store/storeconnection.h"
#include "storeworker.h"
#include "wheelguard.h"

#include <QColor>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hookline {

using FeedbackLabel::Tone;

WebhooksPage::WebhooksPage(DesktopContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_refreshSoon(new QTimer(this))
    , m_poll(new QTimer(this))
{
    setObjectName(u"webhooksPage"_s);

    // Left: the webhooks and "Add webhook".
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *listLabel = new QLabel(tr("Webhoo&ks"), left);
    m_list = new QListWidget(left);
    m_list->setObjectName(u"webhookList"_s);
    m_list->setAccessibleName(tr("Webhooks"));
    m_list->setWordWrap(true);
    listLabel->setBuddy(m_list);
    auto *add = new QPushButton(tr("&Add webhook"), left);
    add->setObjectName(u"addWebhook"_s);
    // Before the first webhook: what one is, and the two ways to start.
    m_empty = new QWidget(left);
    m_empty->setObjectName(u"webhooksEmpty"_s);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    auto *emptyText = new QLabel(tr("No webhooks yet.\n\nA webhook posts every WhatsApp message "
                                    "to a URL: your CRM, Zapier, or the built-in Inspector. Fill "
                                    "in the form to add one, or try the demo first."),
                                 m_empty);
    emptyText->setWordWrap(true);
    auto *tryDemo = new QPushButton(tr("Try the &demo"), m_empty);
    tryDemo->setObjectName(u"tryDemo"_s);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(tryDemo);
    emptyLayout->addStretch(1);
    connect(tryDemo, &QPushButton::clicked, this, &WebhooksPage::demoRequested);
    m_listStack = new QStackedWidget(left);
    m_listStack->addWidget(m_list);
    m_listStack->addWidget(m_empty);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_listStack, 1);
    leftLayout->addWidget(add);

    // Right: the editor, scrollable so a small window still reaches the log at the bottom.
    auto *details = new QWidget(this);
    buildDetails(details);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 640});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(add, &QPushButton::clicked, this, [this] { askThenShow(0); });
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(IdRole).toLongLong() != currentWebhookId())
            askThenShow(item->data(IdRole).toLongLong());
    });

    // The editor's answers reach the page's listeners first, then the page follows them.
    connect(m_editor, &WebhookEditor::saved, this, &WebhooksPage::saved);
    connect(m_editor, &WebhookEditor::saved, this, &WebhooksPage::refresh);
    connect(m_editor, &WebhookEditor::saveFailed, this, &WebhooksPage::saveFailed);
    connect(m_editor, &WebhookEditor::testFinished, this, &WebhooksPage::testFinished);
    connect(m_editor, &WebhookEditor::testFinished, this, &WebhooksPage::reloadActivity);
    connect(m_editor, &WebhookEditor::readyToShow, this, &WebhooksPage::showForm);
    connect(m_editor, &WebhookEditor::statusShown, this, &WebhooksPage::showStatus);
    connect(m_activity, &WebhookActivityPanel::activityShown, this, &WebhooksPage::activityShown);
    connect(m_activity, &WebhookActivityPanel::exported, this, &WebhooksPage::exported);
    connect(m_activity, &WebhookActivityPanel::activityFailed, this,
            [this](const QString &message) { FeedbackLabel::show(m_status, message, Tone::Bad); });

    Engine *engine = context.engine()->engine();
    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(150);
    connect(m_refreshSoon, &QTimer::timeout, this, &WebhooksPage::refresh);
    connect(engine, &Engine::activityAdded, this, [this] {
        if (!m_refreshSoon->isActive())
            m_refreshSoon->start();
    });
    connect(engine, &Engine::autoDisabled, this, &WebhooksPage::refresh);
    // Created, changed or deleted through the API or another page.
    connect(engine, &Engine::webhookReloaded, this, [this] {
        if (!m_refreshSoon->isActive())
            m_refreshSoon->start();
    });
    m_poll->setInterval(5000);
    connect(m_poll, &QTimer::timeout, this, &WebhooksPage::refresh);

    WheelGuard::install(this); // the editor scrolls: its combos and spin boxes must not catch it
    loadForm(nullptr);
    refresh();
}

WebhooksPage::~WebhooksPage() = default;

void WebhooksPage::buildDetails(QWidget *details)
{
    auto *column = new QVBoxLayout(details);

    // Shown while the webhook is off: why, and what to do with what waited meanwhile.
    m_disabledPanel = new QFrame(details);
    m_disabledPanel->setObjectName(u"disabledPanel"_s);
    // The app's amber, faint behind the text: readable on a light and on a dark palette.
    const QColor amber = FeedbackLabel::color(Tone::Warn);
    m_disabledPanel->setStyleSheet(
        u"#disabledPanel { background: rgba(%1, %2, %3, 40); border: 1px solid %4;"
        " border-radius: 4px; }"_s.arg(amber.red())
            .arg(amber.green())
            .arg(amber.blue())
            .arg(amber.name()));
    auto *panelLayout = new QVBoxLayout(m_disabledPanel);
    m_disabledText = new QLabel(m_disabledPanel);
    m_disabledText->setObjectName(u"disabledReason"_s);
    m_disabledText->setTextFormat(Qt::PlainText);
    m_disabledText->setWordWrap(true);
    m_deliverWaiting = new QPushButton(m_disabledPanel);
    m_deliverWaiting->setObjectName(u"deliverWaiting"_s);
    m_discardWaiting = new QPushButton(tr("Re-enable and discard t&hem"), m_disabledPanel);
    m_discardWaiting->setObjectName(u"discardWaiting"_s);
    // Re-enabling a receiver that still fails spends its whole error budget again at once.
    m_testFirst = new QPushButton(tr("Test &first"), m_disabledPanel);
    m_testFirst->setObjectName(u"testFirst"_s);
    m_testFirst->setToolTip(tr("Sends the most recent message once, without re-enabling, to see "
                               "whether the receiver answers now."));
    auto *panelButtons = new QHBoxLayout;
    panelButtons->addWidget(m_testFirst);
    panelButtons->addWidget(m_deliverWaiting);
    panelButtons->addWidget(m_discardWaiting);
    panelButtons->addStretch(1);
    panelLayout->addWidget(m_disabledText);
    panelLayout->addLayout(panelButtons);
    column->addWidget(m_disabledPanel);
    connect(m_deliverWaiting, &QPushButton::clicked, this, [this] { reenable(Backlog::Deliver); });
    connect(m_discardWaiting, &QPushButton::clicked, this, [this] { reenable(Backlog::Discard); });
    connect(m_testFirst, &QPushButton::clicked, this, &WebhooksPage::testFirst);

    // Failing but still on: how bad, when the next try is, and how close the switch-off is.
    m_health = FeedbackLabel::create(u"health"_s, details);
    column->addWidget(m_health);

    m_editor = new WebhookEditor(m_context, details);
    // Created after the form, so the tab order runs from the form's buttons on to these.
    m_flush = new QPushButton(tr("&Flush now"), details);
    m_flush->setObjectName(u"flushNow"_s);
    m_flush->setToolTip(tr("Sends what waits for the next bundle window now."));
    m_replay = new QPushButton(tr("Re&play…"), details);
    m_replay->setObjectName(u"replay"_s);
    m_replay->setToolTip(
        tr("Sends the messages of a time range once more, to this webhook or to another URL or "
           "an Inspector name."));
    m_delete = new QPushButton(tr("Dele&te"), details);
    m_delete->setObjectName(u"delete"_s);
    m_editor->addButtons({m_flush, m_replay}, m_delete);
    column->addWidget(m_editor);
    connect(m_flush, &QPushButton::clicked, this, &WebhooksPage::flushNow);
    connect(m_replay, &QPushButton::clicked, this, &WebhooksPage::openReplay);
    connect(m_delete, &QPushButton::clicked, this, &WebhooksPage::confirmRemove);

    m_status = FeedbackLabel::create(u"status"_s, details, Tone::Neutral);
    column->addWidget(m_status);

    m_activity = new WebhookActivityPanel(m_context, details);
    column->addWidget(m_activity, 1);
}

void WebhooksPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_poll->start();
    refresh();
}

void WebhooksPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_poll->stop();
}

const WebhooksPage::Listed *WebhooksPage::listed(qint64 id) const
{
    for (const Listed &l : m_webhooks) {
        if (l.webhook.id == id)
            return &l;
    }
    return nullptr;
}

QString WebhooksPage::listedName(qint64 id) const
{
    const Listed *l = listed(id);
    return l ? l->webhook.displayName() : tr("Webhook %1").arg(id);
}

void WebhooksPage::addWebhook(PendingEdits edits)
{
    leaveFormFor(0, edits);
}

void WebhooksPage::selectWebhook(qint64 id, PendingEdits edits)
{
    leaveFormFor(id, edits);
}

void WebhooksPage::askThenShow(qint64 id)
{
    if (!m_editor->dirty()) {
        leaveFormFor(id, PendingEdits::Discard);
        return;
    }
    showSelection(); // the list keeps pointing at the form until the user has chosen
    const Listed *l = listed(currentWebhookId());
    QMessageBox box(
        QMessageBox::Question, tr("Unsaved changes"),
        l ? tr("The webhook “%1” has changes that are not saved.").arg(l->webhook.displayName())
          : tr("The new webhook is not saved yet."),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(u"unsavedChanges"_s);
    box.setTextFormat(Qt::PlainText); // a name is the user's text, never markup
    box.setDefaultButton(QMessageBox::Save);
    const int answer = box.exec();
    leaveFormFor(id,
                 answer == QMessageBox::Save          ? PendingEdits::Save
                     : answer == QMessageBox::Discard ? PendingEdits::Discard
                                                      : PendingEdits::Keep);
}

void WebhooksPage::leaveFormFor(qint64 id, PendingEdits edits)
{
    if (m_editor->dirty() && edits != PendingEdits::Discard) {
        showSelection();
        if (edits == PendingEdits::Save)
            m_editor->saveThenShow(id);
        return;
    }
    showForm(id);
}

void WebhooksPage::showForm(qint64 id)
{
    switchForm(id, id == 0);
    showSelection();
    loadForm(listed(id));
    m_editor->clearErrors();
    FeedbackLabel::show(m_status, QString(), Tone::Neutral);
    reloadActivity();
    if (id == 0)
        m_editor->nameEdit()->setFocus();
}

void WebhooksPage::switchForm(qint64 id, bool creating)
{
    m_editor->switchTo(id, creating);
    m_activity->clearExportStatus();
}

void WebhooksPage::testFirst()
{
    if (const Listed *l = listed(currentWebhookId()))
        m_editor->test(l->webhook);
}

void WebhooksPage::showSelection()
{
    const QSignalBlocker blocker(m_list);
    m_list->setCurrentRow(-1);
    m_list->clearSelection();
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(IdRole).toLongLong() == currentWebhookId()
            && currentWebhookId() != 0)
            m_list->setCurrentRow(row);
    }
}

void WebhooksPage::loadForm(const Listed *l)
{
    m_editor->load(l ? &l->webhook : nullptr);
    showState(l);
}

void WebhooksPage::showState(const Listed *l)
{
    const bool stored = l != nullptr;
    m_delete->setEnabled(stored);
    m_replay->setEnabled(stored);
    m_flush->setVisible(stored && l->webhook.aggregation != Aggregation::None);
    m_disabledPanel->setVisible(stored && !l->webhook.enabled);
    m_editor->showState(stored ? &l->webhook : nullptr);
    showHealth(l);
    // A message about the state (e.g. "Re-enabled") is untrue once the state changes again.
    if (stored && l->webhook.id == m_stateMessageFor && l->webhook.state() != m_stateMessageState) {
        FeedbackLabel::show(m_status, QString(), Tone::Neutral);
        m_stateMessageFor = 0;
    }
    if (!stored || l->webhook.enabled)
        return;
    m_disabledText->setText(
        l->webhook.disabledReason.isEmpty()
            ? tr("This webhook is paused. New messages wait until it is enabled again.")
            : tr("This webhook is switched off: %1. New messages wait until it is enabled again.")
                  .arg(ActivityText::sentence(l->webhook.disabledReason)));
    m_deliverWaiting->setText(
        l->waiting > 0 ? tr("Re-enable and deli&ver the %n waiting message(s)", "", l->waiting)
                       : tr("Re-ena&ble"));
    m_discardWaiting->setVisible(l->waiting > 0);
}

void WebhooksPage::showHealth(const Listed *l)
{
    if (!l || !l->webhook.enabled || l->webhook.consecutiveErrors == 0) {
        FeedbackLabel::show(m_health, QString(), Tone::Bad);
        return;
    }
    const Webhook &w = l->webhook;
    const int left = AutoDisableRule::maxConsecutiveErrors + 1 - w.consecutiveErrors;
    // Backoff reaches days: the date too, unless it is today.
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(w.nextAttemptMs);
    const QString when = at.date() == m_context.clock()->now().toLocalTime().date()
        ? QLocale().toString(at.time(), u"HH:mm:ss"_s)
        : QLocale().toString(at, u"d MMM yyyy HH:mm:ss"_s);
    const QString next = w.nextAttemptMs > m_context.clock()->nowMs()
        ? tr("next attempt at %1").arg(when)
        : tr("trying again now");
    FeedbackLabel::show(m_health,
                        tr("Failing: %n error(s) in a row, %1. It is switched off after %2 more.",
                           "", w.consecutiveErrors)
                            .arg(next)
                            .arg(qMax(left, 1)),
                        Tone::Bad);
}

void WebhooksPage::showStatus(const QString &message, Tone tone)
{
    FeedbackLabel::show(m_status, message, tone);
    m_stateMessageFor = 0; // the state's message is no longer the one shown
}

void WebhooksPage::reloadActivity()
{
    const Listed *l = listed(currentWebhookId());
    m_activity->showWebhook(currentWebhookId(), l ? l->webhook.displayName() : QString());
}

ReplayDialog *WebhooksPage::openReplay()
{
    const Listed *l = listed(currentWebhookId());
    if (!l)
        return nullptr;
    auto *dialog = new ReplayDialog(m_context, l->webhook, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReplayDialog::replayed, this, [this](int messages) {
        FeedbackLabel::show(m_status, tr("Replay queued: %n message(s).", nullptr, messages),
                            Tone::Good);
        refresh();
    });
    dialog->open();
    return dialog;
}

void WebhooksPage::flushNow()
{
    const qint64 id = currentWebhookId();
    if (id == 0 || !m_flush->isEnabled())
        return; // the button stays off until the answer: one flush per click
    const qint64 now = m_context.clock()->nowMs();
    m_flush->setEnabled(false);
    m_context.store()->run<ServiceResult<int>>(
        this,
        [id, now, engine = m_context.engine()](StoreConnection &store) {
            return WebhookService(store, engine).flush(id, now);
        },
        [this](const Outcome<ServiceResult<int>> &outcome) {
            m_flush->setEnabled(true);
            if (!outcome.ok() || !outcome.value->ok()) {
                const QString error = outcome.ok()
                    ? ServiceErrorText::sentence(outcome.value->error())
                    : outcome.error;
                FeedbackLabel::show(m_status, tr("Could not flush: %1").arg(error), Tone::Bad);
                return;
            }
            const int bundles = outcome.value->value();
            FeedbackLabel::show(m_status,
                                bundles > 0 ? tr("%n bundle(s) on their way.", "", bundles)
                                            : tr("Nothing was waiting for a bundle."),
                                Tone::Neutral);
            Q_EMIT flushed(bundles);
            refresh();
        });
}

void WebhooksPage::confirmRemove()
{
    const Listed *l = listed(currentWebhookId());
    if (!l)
        return;
    const qint64 id = l->webhook.id;
    QMessageBox box(QMessageBox::Question, tr("Delete webhook"),
                    tr("Delete the webhook “%1”? Messages waiting for it are not sent, and its "
                       "logs are removed. This cannot be undone.")
                        .arg(l->webhook.displayName()),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText); // a name is the user's text, never markup
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() == QMessageBox::Yes)
        removeWebhook(id);
}

void WebhooksPage::removeWebhook(qint64 id)
{
    m_context.store()->run<ServiceResult<bool>>(
        this,
        [id, engine = m_context.engine()](StoreConnection &store) {
            return WebhookService(store, engine).remove(id);
        },
        [this, id, name = listedName(id)](const Outcome<ServiceResult<bool>> &outcome) {
            // Already gone (deleted elsewhere) is what was asked for.
            const bool gone = outcome.ok()
                && (outcome.value->ok()
                    || outcome.value->error().code == ServiceError::Code::NotFound);
            if (!gone) {
                const QString error = outcome.ok()
                    ? ServiceErrorText::sentence(outcome.value->error())
                    : outcome.error;
                FeedbackLabel::show(m_status, tr("The webhook was not deleted: %1").arg(error),
                                    Tone::Bad);
                return;
            }
            if (currentWebhookId() == id) {
                switchForm(0, false);
                loadForm(nullptr);
                m_editor->clearErrors();
            }
            FeedbackLabel::show(m_status, tr("The webhook “%1” was deleted.").arg(name),
                                Tone::Neutral);
            Q_EMIT removed(id);
            refresh();
        });
}

void WebhooksPage::reenable(Backlog backlog)
{
    const qint64 id = currentWebhookId();
    if (id == 0 || !m_deliverWaiting->isEnabled())
        return; // the buttons stay off until the answer: one re-enable per click
    const qint64 now = m_context.clock()->nowMs();
    m_deliverWaiting->setEnabled(false);
    m_discardWaiting->setEnabled(false);
    m_context.store()->run<ServiceResult<Webhook>>(
        this,
        [id, backlog, now, engine = m_context.engine()](StoreConnection &store) {
            WebhookService::Changes reenable;
            reenable.enabled = true;
            reenable.backlog = backlog;
            return WebhookService(store, engine).update(id, reenable, now);
        },
        [this, id, backlog](const Outcome<ServiceResult<Webhook>> &outcome) {
            m_deliverWaiting->setEnabled(true);
            m_discardWaiting->setEnabled(true);
            if (!outcome.ok() || !outcome.value->ok()) {
                const QString error = outcome.ok()
                    ? ServiceErrorText::sentence(outcome.value->error())
                    : outcome.error;
                FeedbackLabel::show(m_status, tr("The webhook was not re-enabled: %1").arg(error),
                                    Tone::Bad);
                return;
            }
            if (currentWebhookId() == id)
                m_editor->markSwitchSaved(); // the switch follows the store again
            m_stateMessageFor = id;
            m_stateMessageState = outcome.value->value().state();
            FeedbackLabel::show(m_status,
                                backlog == Backlog::Deliver
                                    ? tr("Re-enabled; the waiting messages are being delivered.")
                                    : tr("Re-enabled; the waiting messages were discarded."),
                                Tone::Good);
            Q_EMIT reenabled(id);
            refresh();
        });
}

void WebhooksPage::refresh()
{
    m_context.store()->run<QList<Listed>>(
        this,
        [](StoreConnection &store) {
            QList<Listed> list;
            for (const Webhook &w : store.webhooks->webhooks())
                list.append({w, store.outbox->pendingMessageCount(w.id)});
            return list;
        },
        [this](const Outcome<QList<Listed>> &outcome) {
            if (!outcome.ok()) {
                FeedbackLabel::show(
                    m_status, tr("Could not read the webhooks: %1").arg(outcome.error), Tone::Bad);
                return;
            }
            m_webhooks = *outcome.value;
            m_listStack->setCurrentWidget(m_webhooks.isEmpty() ? m_empty : m_list);
            if (!m_editor->creating() && currentWebhookId() == 0 && !m_webhooks.isEmpty()
                && !m_editor->dirty())
                switchForm(m_webhooks.constFirst().webhook.id, false);
            {
                const QSignalBlocker blocker(m_list);
                m_list->clear();
                for (const Listed &l : std::as_const(m_webhooks)) {
                    const WebhookState state = l.webhook.state();
                    QString shownState;
                    switch (state) {
                    case WebhookState::Healthy:
                        shownState = tr("healthy");
                        break;
                    case WebhookState::Failing:
                        // Still on, but backing off, and switched off if this goes on.
                        shownState
                            = tr("failing (%n error(s) in a row)", "", l.webhook.consecutiveErrors);
                        break;
                    case WebhookState::Paused:
                        shownState = tr("paused");
                        break;
                    case WebhookState::AutoDisabled:
                        shownState = tr("switched off after errors");
                        break;
                    }
                    if (l.webhook.replaysOnly)
                        shownState = tr("%1 · replays only").arg(shownState);
                    auto *item = new QListWidgetItem(tr("%1\n%2 · %n waiting", "", l.waiting)
                                                         .arg(l.webhook.displayName(), shownState),
                                                     m_list);
                    item->setToolTip(l.webhook.url);
                    item->setData(IdRole, l.webhook.id);
                    item->setData(StateRole, webhookStateName(state));
                    item->setData(WaitingRole, l.waiting);
                    if (state == WebhookState::AutoDisabled)
                        item->setForeground(FeedbackLabel::color(Tone::Bad));
                    else if (state == WebhookState::Failing)
                        item->setForeground(FeedbackLabel::color(Tone::Warn));
                    else if (state == WebhookState::Paused)
                        item->setForeground(palette().color(QPalette::PlaceholderText));
                    if (l.webhook.id == currentWebhookId())
                        m_list->setCurrentItem(item);
                }
            }
            const Listed *current = listed(currentWebhookId());
            if (currentWebhookId() != 0 && !current) {
                // Deleted elsewhere (the API): nothing left to edit.
                switchForm(0, false);
                loadForm(nullptr);
                m_editor->clearErrors();
            } else if (current && !m_editor->dirty()) {
                loadForm(current);
            } else {
                showState(current);
            }
            reloadActivity();
            Q_EMIT listLoaded(int(m_webhooks.size()));
            int failing = 0;
            int switchedOff = 0;
            for (const Listed &l : std::as_const(m_webhooks)) {
                failing += l.webhook.state() == WebhookState::Failing;
                switchedOff += l.webhook.state() == WebhookState::AutoDisabled;
            }
            Q_EMIT healthChanged(failing, switchedOff);
        });
}

} // namespace hookline
