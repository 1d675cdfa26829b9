#include "webhookspage.h"

#include "activitytext.h"
#include "delivery/autodisablerule.h"
#include "delivery/clock.h"
#include "delivery/enginethread.h"
#include "desktopcontext.h"
#include "domain/standardwebhooks.h"
#include "feedbacklabel.h"
#include "service/webhookservice.h"
#include "serviceerrortext.h"
#include "store/storeconnection.h"
#include "store/storeerror.h"
#include "storeworker.h"
#include "wheelguard.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QColor>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <atomic>

using namespace Qt::StringLiterals;

namespace hookline {

using FeedbackLabel::Tone;

namespace {

// The list's StateRole: what the webhook does now. A webhook that is on but whose last attempts
// failed is "failing", not "active": it backs off and will be switched off if this goes on.
QString stateName(const Webhook &w)
{
    if (w.enabled)
        return w.consecutiveErrors > 0 ? u"failing"_s : u"active"_s;
    return w.disabledReason.isEmpty() ? u"paused"_s : u"auto-disabled"_s;
}

QColor failingColor()
{
    return QColor(0xa8, 0x5a, 0x00); // amber: still trying, unlike the red of switched off
}

// Engine::testFinished reaches every listener (the API's waiters too, which count from 1): the
// page's tags start far above, so neither takes the other's answer.
quint64 nextTestTag()
{
    static std::atomic<quint64> next {quint64(1) << 62};
    return ++next;
}

} // namespace

WebhooksPage::WebhooksPage(DesktopContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_testDeadline(new QTimer(this))
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
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(add);

    // Right: the editor, scrollable so a small window still reaches the log at the bottom.
    auto *editor = new QWidget(this);
    buildForm(editor);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(editor);
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
        if (item && item->data(IdRole).toLongLong() != m_currentId)
            askThenShow(item->data(IdRole).toLongLong());
    });

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
    connect(engine, &Engine::testFinished, this,
            [this](quint64 tag, bool ok, const QString &outcome) {
                if (m_testTag != 0 && tag == m_testTag)
                    finishTest(ok, outcome);
            });
    m_testDeadline->setSingleShot(true);
    connect(m_testDeadline, &QTimer::timeout, this,
            [this] { finishTest(false, tr("the test did not finish in time")); });
    m_poll->setInterval(5000);
    connect(m_poll, &QTimer::timeout, this, &WebhooksPage::refresh);

    WheelGuard::install(this); // the editor scrolls: its combos and spin boxes must not catch it
    loadForm(nullptr);
    refresh();
}

WebhooksPage::~WebhooksPage() = default;

void WebhooksPage::buildForm(QWidget *editor)
{
    auto *column = new QVBoxLayout(editor);

    // Shown while the webhook is off: why, and what to do with what waited meanwhile.
    m_disabledPanel = new QFrame(editor);
    m_disabledPanel->setObjectName(u"disabledPanel"_s);
    m_disabledPanel->setStyleSheet(u"#disabledPanel { background: #fff3cd; border: 1px solid "
                                   "#d9a400; border-radius: 4px; } #disabledPanel QLabel { color: "
                                   "#5c4400; }"_s);
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
    m_health = FeedbackLabel::create(u"health"_s, editor);
    column->addWidget(m_health);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(editor);
    m_name->setObjectName(u"name"_s);
    m_name->setPlaceholderText(tr("e.g. CRM (empty: named after the URL's host)"));
    m_name->setMaxLength(200);
    form->addRow(tr("&Name:"), m_name);
    m_nameError = FeedbackLabel::create(u"nameError"_s, editor);
    form->addRow(QString(), m_nameError);

    m_url = new QLineEdit(editor);
    m_url->setObjectName(u"url"_s);
    m_url->setPlaceholderText(u"https://example.com/hooks/whatsapp"_s);
    form->addRow(tr("&URL:"), m_url);
    m_urlError = FeedbackLabel::create(u"urlError"_s, editor);
    form->addRow(QString(), m_urlError);

    m_aggregation = new QComboBox(editor);
    m_aggregation->setObjectName(u"aggregation"_s);
    m_aggregation->addItem(tr("Don't aggregate"), int(Aggregation::None));
    m_aggregation->addItem(tr("Every hour"), int(Aggregation::Hours1));
    m_aggregation->addItem(tr("Every 6 hours"), int(Aggregation::Hours6));
    m_aggregation->addItem(tr("Every 12 hours"), int(Aggregation::Hours12));
    m_aggregation->addItem(tr("Every 24 hours"), int(Aggregation::Hours24));
    m_aggregation->setToolTip(tr("Send each message at once, or one bundle per chat per period "
                                 "(fewer calls for tools that bill per call)."));
    form->addRow(tr("A&ggregation:"), m_aggregation);

    m_enabled = new QCheckBox(tr("Webhook &enabled"), editor);
    m_enabled->setObjectName(u"enabled"_s);
    // Switching on happens in the panel above, where the user chooses what becomes of the
    // waiting messages; here it can only be paused.
    m_enabled->setToolTip(tr("Untick and save to pause the webhook. To switch it back on, use "
                             "the buttons above the form."));
    form->addRow(QString(), m_enabled);

    m_secret = new QLineEdit(editor);
    m_secret->setObjectName(u"secret"_s);
    m_secret->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_secret->setPlaceholderText(tr("none: requests are not signed"));
    auto *generate = new QPushButton(tr("Gene&rate"), editor);
    generate->setObjectName(u"generateSecret"_s);
    auto *copy = new QPushButton(tr("C&opy"), editor);
    copy->setObjectName(u"copySecret"_s);
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(generate);
    secretRow->addWidget(copy);
    auto *secretLabel = new QLabel(tr("Signing se&cret:"), editor);
    secretLabel->setBuddy(m_secret);
    form->addRow(secretLabel, secretRow);
    m_secretError = FeedbackLabel::create(u"secretError"_s, editor);
    form->addRow(QString(), m_secretError);

    m_successRule = new QComboBox(editor);
    m_successRule->setObjectName(u"successRule"_s);
    m_successRule->addItem(tr("Any 2xx response"), int(SuccessRule::Any2xx));
    m_successRule->addItem(tr("Exactly 200"), int(SuccessRule::Exactly200));
    form->addRow(tr("Success ru&le:"), m_successRule);

    m_timeout = new QDoubleSpinBox(editor);
    m_timeout->setObjectName(u"timeout"_s);
    m_timeout->setDecimals(1);
    m_timeout->setRange(0.1, 600);
    m_timeout->setSuffix(tr(" s"));
    form->addRow(tr("T&imeout:"), m_timeout);

    m_logLimit = new QSpinBox(editor);
    m_logLimit->setObjectName(u"logLimit"_s);
    m_logLimit->setRange(1, 100000);
    m_logLimit->setValue(Webhook {}.logLimit);
    auto *logLimitRow = new QHBoxLayout;
    logLimitRow->addWidget(m_logLimit);
    logLimitRow->addWidget(new QLabel(tr("newest attempts, with request and response"), editor), 1);
    auto *logLimitLabel = new QLabel(tr("Detailed log &keeps:"), editor);
    logLimitLabel->setBuddy(m_logLimit);
    form->addRow(logLimitLabel, logLimitRow);
    column->addLayout(form);

    m_save = new QPushButton(tr("&Save"), editor);
    m_save->setObjectName(u"save"_s);
    m_saveAndTest = new QPushButton(tr("Save an&d test"), editor);
    m_saveAndTest->setObjectName(u"saveAndTest"_s);
    m_saveAndTest->setToolTip(tr("Saves, then sends the workspace's most recent message."));
    m_flush = new QPushButton(tr("&Flush now"), editor);
    m_flush->setObjectName(u"flushNow"_s);
    m_flush->setToolTip(tr("Sends what waits for the next bundle window now."));
    m_delete = new QPushButton(tr("Dele&te"), editor);
    m_delete->setObjectName(u"delete"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_saveAndTest);
    buttons->addWidget(m_flush);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    column->addLayout(buttons);

    m_formError = FeedbackLabel::create(u"formError"_s, editor);
    column->addWidget(m_formError);
    m_testOutcome = FeedbackLabel::create(u"testOutcome"_s, editor, Tone::Neutral);
    column->addWidget(m_testOutcome);
    m_status = FeedbackLabel::create(u"status"_s, editor, Tone::Neutral);
    column->addWidget(m_status);

    auto *activityLabel = new QLabel(tr("Activit&y (10 most recent actions)"), editor);
    m_activity = new QTreeWidget(editor);
    m_activity->setObjectName(u"activity"_s);
    m_activity->setAccessibleName(tr("Activity log"));
    m_activity->setRootIsDecorated(false);
    m_activity->setHeaderLabels({tr("When"), tr("What"), tr("Details")});
    m_activity->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_activity->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_activity->setMinimumHeight(200);
    activityLabel->setBuddy(m_activity);
    column->addWidget(activityLabel);
    column->addWidget(m_activity, 1);

    m_download = new QPushButton(tr("Do&wnload detailed log"), editor);
    m_download->setObjectName(u"downloadLog"_s);
    auto *formats = new QMenu(m_download);
    formats->addAction(tr("JSON"), this, [this] { chooseExport(LogExporter::Format::Json); });
    formats->addAction(tr("HAR (browser developer tools)"), this,
                       [this] { chooseExport(LogExporter::Format::Har); });
    formats->addAction(tr("CSV (spreadsheets)"), this,
                       [this] { chooseExport(LogExporter::Format::Csv); });
    m_download->setMenu(formats);
    m_exportStatus = FeedbackLabel::create(u"exportStatus"_s, editor, Tone::Neutral);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_download);
    bottom->addWidget(m_exportStatus, 1);
    column->addLayout(bottom);

    // Edits mark the form dirty, so a live refresh never overwrites what is being typed.
    auto edited = [this] {
        if (!m_loadingForm)
            ++m_edits;
    };
    connect(m_name, &QLineEdit::textEdited, this, edited);
    connect(m_url, &QLineEdit::textEdited, this, edited);
    connect(m_url, &QLineEdit::textChanged, this, &WebhooksPage::validateUrl);
    connect(m_secret, &QLineEdit::textEdited, this, edited);
    connect(m_aggregation, &QComboBox::currentIndexChanged, this, edited);
    connect(m_successRule, &QComboBox::currentIndexChanged, this, edited);
    connect(m_timeout, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_logLimit, &QSpinBox::valueChanged, this, edited);
    connect(m_enabled, &QCheckBox::toggled, this, [this, edited] {
        if (!m_loadingForm)
            ++m_switchEdits;
        edited();
    });
    connect(m_name, &QLineEdit::textEdited, m_nameError, &QWidget::hide);
    connect(m_secret, &QLineEdit::textEdited, m_secretError, &QWidget::hide);
    connect(generate, &QPushButton::clicked, this, [this] {
        m_secret->setText(StandardWebhooks::generateSecret());
        m_secretError->hide();
        ++m_edits;
    });
    connect(copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_secret->text());
        FeedbackLabel::show(m_status,
                            m_secret->text().isEmpty() ? tr("There is no secret to copy.")
                                                       : tr("Secret copied to the clipboard."),
                            Tone::Neutral);
    });
    connect(m_save, &QPushButton::clicked, this, &WebhooksPage::save);
    connect(m_saveAndTest, &QPushButton::clicked, this, &WebhooksPage::saveAndTest);
    connect(m_flush, &QPushButton::clicked, this, &WebhooksPage::flushNow);
    connect(m_delete, &QPushButton::clicked, this, &WebhooksPage::confirmRemove);
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
    if (!l)
        return tr("Webhook %1").arg(id);
    return l->webhook.name.isEmpty() ? l->webhook.url : l->webhook.name;
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
    if (!dirty()) {
        leaveFormFor(id, PendingEdits::Discard);
        return;
    }
    showSelection(); // the list keeps pointing at the form until the user has chosen
    const Listed *l = listed(m_currentId);
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    l ? tr("The webhook “%1” has changes that are not saved.").arg(l->webhook.name)
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
    if (dirty() && edits != PendingEdits::Discard) {
        showSelection();
        if (edits == PendingEdits::Save)
            store(false, id);
        return;
    }
    showForm(id);
}

void WebhooksPage::showForm(qint64 id)
{
    switchForm(id, id == 0);
    showSelection();
    loadForm(listed(id));
    clearErrors();
    FeedbackLabel::show(m_testOutcome, QString(), Tone::Neutral);
    FeedbackLabel::show(m_status, QString(), Tone::Neutral);
    FeedbackLabel::show(m_exportStatus, QString(), Tone::Neutral);
    reloadActivity();
    if (id == 0)
        m_name->setFocus();
}

void WebhooksPage::switchForm(qint64 id, bool creating)
{
    m_currentId = id;
    m_creating = creating;
    ++m_formSerial;
    forgetTest(); // a result for the webhook left behind must not show on the next one
    FeedbackLabel::show(m_testOutcome, QString(), Tone::Neutral);
    FeedbackLabel::show(m_exportStatus, QString(), Tone::Neutral);
}

void WebhooksPage::testFirst()
{
    const Listed *l = listed(m_currentId);
    if (!l || m_testTag != 0)
        return;
    startTest(l->webhook.id, l->webhook.timeoutMs);
}

void WebhooksPage::showSelection()
{
    const QSignalBlocker blocker(m_list);
    m_list->setCurrentRow(-1);
    m_list->clearSelection();
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(IdRole).toLongLong() == m_currentId && m_currentId != 0)
            m_list->setCurrentRow(row);
    }
}

void WebhooksPage::loadForm(const Listed *l)
{
    const Webhook w = l ? l->webhook : Webhook {};
    m_loadingForm = true;
    m_name->setText(w.name);
    m_url->setText(w.url);
    m_aggregation->setCurrentIndex(m_aggregation->findData(int(w.aggregation)));
    m_enabled->setChecked(w.enabled);
    m_secret->setText(w.secret);
    m_successRule->setCurrentIndex(m_successRule->findData(int(w.successRule)));
    m_timeout->setValue(w.timeoutMs / 1000.0);
    m_logLimit->setValue(w.logLimit);
    m_loadingForm = false;
    m_savedEdits = m_edits;
    m_savedSwitchEdits = m_switchEdits;
    showState(l);
}

void WebhooksPage::showState(const Listed *l)
{
    const bool stored = l != nullptr;
    m_delete->setEnabled(stored);
    m_download->setEnabled(stored);
    m_flush->setVisible(stored && l->webhook.aggregation != Aggregation::None);
    m_disabledPanel->setVisible(stored && !l->webhook.enabled);
    m_enabled->setEnabled(!stored || l->webhook.enabled);
    showHealth(l);
    // A message about the state (e.g. "Re-enabled") is untrue once the state changes again.
    if (stored && l->webhook.id == m_stateMessageFor && stateName(l->webhook) != m_stateMessage) {
        FeedbackLabel::show(m_status, QString(), Tone::Neutral);
        m_stateMessageFor = 0;
    }
    if (!stored)
        return;
    if (!switchEdited()) {
        // The engine may have switched it off meanwhile; a later Save must not switch it back.
        m_loadingForm = true;
        m_enabled->setChecked(l->webhook.enabled);
        m_loadingForm = false;
    }
    if (l->webhook.enabled)
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
        ? QLocale().toString(at.time(), QLocale::LongFormat)
        : QLocale().toString(at, QLocale::ShortFormat);
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

Webhook WebhooksPage::formSettings() const
{
    Webhook w;
    w.id = m_currentId;
    w.name = m_name->text().trimmed();
    w.url = m_url->text().trimmed();
    w.aggregation = Aggregation(m_aggregation->currentData().toInt());
    w.enabled = m_enabled->isChecked();
    w.secret = m_secret->text().trimmed();
    w.successRule = SuccessRule(m_successRule->currentData().toInt());
    w.timeoutMs = qRound(m_timeout->value() * 1000);
    w.logLimit = m_logLimit->value();
    return w;
}

void WebhooksPage::validateUrl()
{
    Webhook w;
    w.url = m_url->text();
    const auto error = WebhookStore::validate(w);
    // An empty field is not an error while typing; Save says it is required.
    if (w.url.trimmed().isEmpty() || !error || error->field != u"url"_s) {
        m_urlError->hide();
        return;
    }
    FeedbackLabel::show(
        m_urlError,
        ServiceErrorText::sentence({ServiceError::Code::Invalid, error->field, error->message}),
        Tone::Bad);
}

void WebhooksPage::clearErrors()
{
    for (QLabel *label : {m_nameError, m_urlError, m_secretError, m_formError}) {
        label->clear();
        label->hide();
    }
}

void WebhooksPage::showFieldError(const QString &field, const QString &message)
{
    QLabel *label = m_formError;
    QWidget *widget = nullptr;
    if (field == u"name"_s) {
        label = m_nameError;
        widget = m_name;
    } else if (field == u"url"_s) {
        label = m_urlError;
        widget = m_url;
    } else if (field == u"secret"_s) {
        label = m_secretError;
        widget = m_secret;
    } else if (field == u"timeout_ms"_s) {
        widget = m_timeout;
    }
    FeedbackLabel::show(label, message, Tone::Bad);
    if (widget)
        widget->setFocus();
    Q_EMIT saveFailed(field, message);
}

bool WebhooksPage::checkForm()
{
    clearErrors();
    Webhook w = formSettings();
    if (const auto error = WebhookService::check(w)) {
        showFieldError(error->field, ServiceErrorText::sentence(*error));
        return false;
    }
    return true;
}

void WebhooksPage::save()
{
    store(false);
}

void WebhooksPage::saveAndTest()
{
    store(true);
}

void WebhooksPage::store(bool thenTest, std::optional<qint64> thenShow)
{
    if (!m_save->isEnabled() || !checkForm())
        return; // one save at a time
    const Webhook form = formSettings();
    // Only a switch flipped off by hand pauses: a stale tick must not undo an automatic disable,
    // and switching on is the panel's (it asks what becomes of the waiting messages).
    const bool pause = switchEdited() && !form.enabled;
    const qint64 now = m_context.clock()->nowMs();
    // Disabling the focused button would pass the focus on (to Delete): it comes back after.
    QWidget *focused = m_save->hasFocus() ? m_save
        : m_saveAndTest->hasFocus()       ? m_saveAndTest
                                          : nullptr;
    m_save->setEnabled(false);
    m_saveAndTest->setEnabled(false);
    // Where Qt moved the focus; if the user moves it on while the save runs, it stays there.
    QWidget *movedTo = focused ? QApplication::focusWidget() : nullptr;
    FeedbackLabel::show(m_testOutcome, QString(), Tone::Neutral);
    m_context.store()->run<ServiceResult<Webhook>>(
        this,
        [form, pause, now, engine = m_context.engine()](StoreConnection &store) {
            WebhookService service(store, engine);
            WebhookService::Changes changes;
            changes.name = form.name;
            changes.url = form.url;
            changes.aggregation = form.aggregation;
            changes.secret = form.secret;
            changes.successRule = form.successRule;
            changes.timeoutMs = form.timeoutMs;
            changes.logLimit = form.logLimit;
            if (form.id == 0) {
                changes.enabled = form.enabled;
                return service.create(changes, now);
            }
            if (pause)
                changes.enabled = false;
            return service.update(form.id, changes, now);
        },
        [this, thenTest, thenShow, timeoutMs = form.timeoutMs, serial = m_formSerial,
         edits = m_edits, switchEdits = m_switchEdits, focused = QPointer<QWidget>(focused),
         movedTo = QPointer<QWidget>(movedTo)](const Outcome<ServiceResult<Webhook>> &outcome) {
            m_save->setEnabled(true);
            m_saveAndTest->setEnabled(true);
            if (focused && serial == m_formSerial
                && (!QApplication::focusWidget() || QApplication::focusWidget() == movedTo))
                focused->setFocus();
            // The user may have turned to another webhook meanwhile: the answer must not take
            // the form back.
            const bool sameForm = serial == m_formSerial;
            if (!outcome.ok() || !outcome.value->ok()) {
                const QString field = outcome.ok() ? outcome.value->error().field : QString();
                const QString message = outcome.ok()
                    ? ServiceErrorText::sentence(outcome.value->error())
                    : tr("Nothing was saved: %1").arg(outcome.error);
                if (sameForm) {
                    showFieldError(field, message);
                } else {
                    FeedbackLabel::show(m_status,
                                        tr("The previous webhook was not saved: %1").arg(message),
                                        Tone::Bad);
                    Q_EMIT saveFailed(field, message);
                }
                return;
            }
            const qint64 id = outcome.value->value().id;
            if (sameForm) {
                m_currentId = id;
                m_creating = false;
                // What was typed while the save ran stays unsaved (and on screen).
                if (m_edits == edits)
                    m_savedEdits = m_edits;
                if (m_switchEdits == switchEdits)
                    m_savedSwitchEdits = m_switchEdits;
                clearErrors();
                FeedbackLabel::show(m_status, tr("Saved."), Tone::Good);
                m_stateMessageFor = 0;
            }
            Q_EMIT saved(id);
            refresh();
            if (!sameForm)
                return;
            if (thenShow && !dirty())
                showForm(*thenShow);
            else if (thenTest)
                startTest(id, timeoutMs);
        });
}

void WebhooksPage::startTest(qint64 id, int timeoutMs)
{
    m_testTag = nextTestTag();
    FeedbackLabel::show(m_testOutcome, tr("Testing: sending the most recent message…"),
                        Tone::Neutral);
    m_testDeadline->start(timeoutMs + 5000);
    // Queued after the reload that saving asked for, so the engine tests the saved settings.
    m_context.engine()->test(id, m_testTag);
}

void WebhooksPage::forgetTest()
{
    m_testTag = 0;
    m_testDeadline->stop();
}

void WebhooksPage::finishTest(bool ok, const QString &outcome)
{
    forgetTest();
    FeedbackLabel::show(m_testOutcome,
                        ok ? tr("Test delivered: %1").arg(ActivityText::error(outcome))
                           : tr("Test failed: %1").arg(ActivityText::error(outcome)),
                        ok ? Tone::Good : Tone::Bad);
    Q_EMIT testFinished(ok, outcome);
    reloadActivity();
}

void WebhooksPage::flushNow()
{
    const qint64 id = m_currentId;
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
    const Listed *l = listed(m_currentId);
    if (!l)
        return;
    const qint64 id = l->webhook.id;
    QMessageBox box(QMessageBox::Question, tr("Delete webhook"),
                    tr("Delete the webhook “%1”? Messages waiting for it are not sent, and its "
                       "logs are removed. This cannot be undone.")
                        .arg(l->webhook.name),
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
                const QString error = outcome.ok() ? outcome.value->error().message : outcome.error;
                FeedbackLabel::show(m_status, tr("The webhook was not deleted: %1").arg(error),
                                    Tone::Bad);
                return;
            }
            if (m_currentId == id) {
                switchForm(0, false);
                loadForm(nullptr);
                clearErrors();
            }
            FeedbackLabel::show(m_status, tr("The webhook “%1” was deleted.").arg(name),
                                Tone::Neutral);
            Q_EMIT removed(id);
            refresh();
        });
}

void WebhooksPage::reenable(Backlog backlog)
{
    const qint64 id = m_currentId;
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
            if (m_currentId == id)
                m_savedSwitchEdits = m_switchEdits; // the switch follows the store again
            m_stateMessageFor = id;
            m_stateMessage = stateName(outcome.value->value());
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
            if (!m_creating && m_currentId == 0 && !m_webhooks.isEmpty() && !dirty())
                switchForm(m_webhooks.constFirst().webhook.id, false);
            {
                const QSignalBlocker blocker(m_list);
                m_list->clear();
                for (const Listed &l : std::as_const(m_webhooks)) {
                    const QString state = stateName(l.webhook);
                    const QString shownState = state == u"active"_s ? tr("healthy")
                        : state == u"failing"_s
                        ? tr("failing (%n error(s) in a row)", "", l.webhook.consecutiveErrors)
                        : state == u"paused"_s ? tr("paused")
                                               : tr("switched off after errors");
                    auto *item = new QListWidgetItem(
                        tr("%1\n%2 · %n waiting", "", l.waiting)
                            .arg(l.webhook.name.isEmpty() ? l.webhook.url : l.webhook.name,
                                 shownState),
                        m_list);
                    item->setToolTip(l.webhook.url);
                    item->setData(IdRole, l.webhook.id);
                    item->setData(StateRole, state);
                    item->setData(WaitingRole, l.waiting);
                    if (state == u"auto-disabled"_s)
                        item->setForeground(FeedbackLabel::color(Tone::Bad));
                    else if (state == u"failing"_s)
                        item->setForeground(failingColor());
                    else if (state == u"paused"_s)
                        item->setForeground(palette().color(QPalette::PlaceholderText));
                    if (l.webhook.id == m_currentId)
                        m_list->setCurrentItem(item);
                }
            }
            const Listed *current = listed(m_currentId);
            if (m_currentId != 0 && !current) {
                // Deleted elsewhere (the API): nothing left to edit.
                switchForm(0, false);
                loadForm(nullptr);
                clearErrors();
            } else if (current && !dirty()) {
                loadForm(current);
            } else {
                showState(current);
            }
            reloadActivity();
            Q_EMIT listLoaded(int(m_webhooks.size()));
        });
}

void WebhooksPage::reloadActivity()
{
    const qint64 id = m_currentId;
    if (id == 0) {
        m_activity->clear();
        Q_EMIT activityShown(0);
        return;
    }
    m_context.store()->run<QList<ActivityEntry>>(
        this, [id](StoreConnection &store) { return store.activity->recent(id); },
        [this, id](const Outcome<QList<ActivityEntry>> &outcome) {
            if (id != m_currentId)
                return; // another webhook was selected meanwhile
            m_activity->clear();
            if (!outcome.ok()) {
                FeedbackLabel::show(m_status,
                                    tr("Could not read the activity log: %1").arg(outcome.error),
                                    Tone::Bad);
                return;
            }
            const QHash<QString, QString> kinds {
                {u"delivered"_s, tr("Delivered")}, {u"failed"_s, tr("Failed")},
                {u"disabled"_s, tr("Disabled")},   {u"enabled"_s, tr("Enabled")},
                {u"paused"_s, tr("Paused")},       {u"settings"_s, tr("Settings")},
                {u"test"_s, tr("Test")},           {u"discarded"_s, tr("Discarded")},
                {u"flushed"_s, tr("Flushed")},     {u"email"_s, tr("E-mail")},
                {u"resent"_s, tr("Resent")},
            };
            for (const ActivityEntry &a : *outcome.value) {
                const QString details = ActivityText::sentence(a.text);
                auto *item = new QTreeWidgetItem(
                    m_activity,
                    {QLocale().toString(a.at.toLocalTime(), u"d MMM yyyy HH:mm:ss"_s),
                     kinds.value(a.kind, a.kind), details});
                item->setData(0, ActivityKindRole, a.kind);
                if (a.kind == u"failed"_s || a.kind == u"disabled"_s)
                    for (int column = 0; column < 3; ++column)
                        item->setForeground(column, FeedbackLabel::color(Tone::Bad));
                // Rich text would render the receiver's words (reason phrase, Location): escaped,
                // and wrapped as rich text so Qt does not guess.
                item->setToolTip(
                    2, u"<p style='white-space:pre-wrap'>"_s + details.toHtmlEscaped() + u"</p>"_s);
            }
            Q_EMIT activityShown(int(outcome.value->size()));
        });
}

void WebhooksPage::chooseExport(LogExporter::Format format)
{
    if (m_currentId == 0)
        return;
    const QString extension = LogExporter::fileExtension(format);
    const QString filter = format == LogExporter::Format::Json ? tr("JSON files (*.json)")
        : format == LogExporter::Format::Har                   ? tr("HAR files (*.har)")
                                                               : tr("CSV files (*.csv)");
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(exportFileName(
                  listed(m_currentId) ? listed(m_currentId)->webhook.name : QString(), extension));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Download detailed log"), suggested, filter);
    if (!path.isEmpty())
        exportLog(format, path);
}

QString WebhooksPage::exportFileName(const QString &webhookName, const QString &extension)
{
    // The name as the user knows it, kept to what every file system takes.
    QString name;
    for (const QChar c : webhookName.trimmed()) {
        if (c.isLetterOrNumber() || c.isMark() || c == u'-' || c == u'_')
            name += c;
        else if (!name.endsWith(u'-'))
            name += u'-';
    }
    name = name.left(60);
    while (name.endsWith(u'-'))
        name.chop(1);
    if (name.startsWith(u'-'))
        name.remove(0, 1);
    // A webhook without a name gets no URL (it may carry a token) in a file name.
    return u"hookline-%1.%2"_s.arg(name.isEmpty() ? u"webhook"_s : name, extension);
}

void WebhooksPage::exportLog(LogExporter::Format format, const QString &path)
{
    const qint64 id = m_currentId;
    if (id == 0) {
        FeedbackLabel::show(m_exportStatus, tr("Choose a webhook first."), Tone::Bad);
        Q_EMIT exported(false, m_exportStatus->text());
        return;
    }
    const QDateTime now = m_context.clock()->now();
    FeedbackLabel::show(m_exportStatus, tr("Writing the detailed log…"), Tone::Neutral);
    m_context.store()->run<int>(
        this,
        [id, format, path, now](StoreConnection &store) {
            const std::optional<Webhook> w = store.webhooks->webhook(id);
            if (!w)
                throw StoreError(tr("This webhook no longer exists."));
            const QList<AttemptRecord> attempts = store.attempts->recent(id, w->logLimit);
            const QByteArray bytes
                = LogExporter::write(format, {w->id, w->name, w->url}, attempts, now);
            // QSaveFile: a full disk or a refused write leaves no half-written file behind.
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
                || !file.commit()) {
                throw StoreError(tr("Could not write %1: %2")
                                     .arg(QDir::toNativeSeparators(path), file.errorString()));
            }
            return int(attempts.size());
        },
        [this, path](const Outcome<int> &outcome) {
            const QString message = outcome.ok()
                ? tr("%n request(s) saved to %1", "", *outcome.value)
                      .arg(QDir::toNativeSeparators(path))
                : outcome.error;
            FeedbackLabel::show(m_exportStatus, message, outcome.ok() ? Tone::Good : Tone::Bad);
            Q_EMIT exported(outcome.ok(), message);
        });
}

} // namespace hookline
