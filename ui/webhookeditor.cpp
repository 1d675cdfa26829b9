#include "webhookeditor.h"

#include "activitytext.h"
#include "delivery/clock.h"
#include "delivery/enginethread.h"
#include "desktopcontext.h"
#include "domain/standardwebhooks.h"
#include "service/webhookservice.h"
#include "serviceerrortext.h"
#include "store/storeconnection.h"
#include "store/webhookstore.h"
#include "storeworker.h"
#include "webhookfilterdialog.h"
#include "webhookheadersedit.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hookline {

using FeedbackLabel::Tone;

WebhookEditor::WebhookEditor(DesktopContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_testDeadline(new QTimer(this))
{
    setObjectName(u"webhookEditor"_s);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0); // a stretch of the page's column, not a box

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"name"_s);
    m_name->setPlaceholderText(tr("e.g. CRM (empty: named after the URL's host)"));
    m_name->setMaxLength(200);
    form->addRow(tr("&Name:"), m_name);
    m_nameError = FeedbackLabel::create(u"nameError"_s, this);
    form->addRow(QString(), m_nameError);

    m_url = new QLineEdit(this);
    m_url->setObjectName(u"url"_s);
    m_url->setPlaceholderText(u"https://example.com/hooks/whatsapp"_s);
    form->addRow(tr("&URL:"), m_url);
    m_urlError = FeedbackLabel::create(u"urlError"_s, this);
    form->addRow(QString(), m_urlError);

    m_aggregation = new QComboBox(this);
    m_aggregation->setObjectName(u"aggregation"_s);
    m_aggregation->addItem(tr("Don't aggregate"), int(Aggregation::None));
    m_aggregation->addItem(tr("Every hour"), int(Aggregation::Hours1));
    m_aggregation->addItem(tr("Every 6 hours"), int(Aggregation::Hours6));
    m_aggregation->addItem(tr("Every 12 hours"), int(Aggregation::Hours12));
    m_aggregation->addItem(tr("Every 24 hours"), int(Aggregation::Hours24));
    m_aggregation->setToolTip(tr("Send each message at once, or one bundle per chat per period "
                                 "(fewer calls for tools that bill per call)."));
    form->addRow(tr("A&ggregation:"), m_aggregation);

    m_mode = new QComboBox(this);
    m_mode->setObjectName(u"mode"_s);
    m_mode->addItem(tr("Push: Hookline posts to the URL"), int(DeliveryMode::Push));
    m_mode->addItem(tr("Pull: the receiver reads the feed"), int(DeliveryMode::Pull));
    m_mode->addItem(tr("Both"), int(DeliveryMode::Both));
    m_mode->setToolTip(tr("For receivers that cannot take inbound HTTP: they read "
                          "GET /api/v1/webhooks/ID/feed and acknowledge what they handled "
                          "(docs/WEBHOOK-PULL-FEED.md)."));
    auto *modeLabel = new QLabel(tr("Delivery:"), this);
    modeLabel->setBuddy(m_mode);
    form->addRow(modeLabel, m_mode);
    m_replaysOnly = new QCheckBox(tr("Only replays, no ne&w messages"), this);
    m_replaysOnly->setObjectName(u"replaysOnly"_s);
    m_replaysOnly->setToolTip(tr("For a receiver that gets what Replay… sends it and nothing "
                                 "else, such as a staging CRM. A replay to another URL or an "
                                 "Inspector name makes such a webhook."));
    form->addRow(QString(), m_replaysOnly);

    m_enabled = new QCheckBox(tr("Webhook &enabled"), this);
    m_enabled->setObjectName(u"enabled"_s);
    // Switching on happens in the panel above, where the user chooses what becomes of the
    // waiting messages; here it can only be paused.
    m_enabled->setToolTip(tr("Untick and save to pause the webhook. To switch it back on, use "
                             "the buttons above the form."));
    form->addRow(QString(), m_enabled);

    m_secret = new QLineEdit(this);
    m_secret->setObjectName(u"secret"_s);
    m_secret->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_secret->setPlaceholderText(tr("none: requests are not signed"));
    auto *generate = new QPushButton(tr("Gene&rate"), this);
    generate->setObjectName(u"generateSecret"_s);
    auto *copy = new QPushButton(tr("C&opy"), this);
    copy->setObjectName(u"copySecret"_s);
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(generate);
    secretRow->addWidget(copy);
    auto *secretLabel = new QLabel(tr("Signing se&cret:"), this);
    secretLabel->setBuddy(m_secret);
    form->addRow(secretLabel, secretRow);
    m_secretError = FeedbackLabel::create(u"secretError"_s, this);
    form->addRow(QString(), m_secretError);

    m_successRule = new QComboBox(this);
    m_successRule->setObjectName(u"successRule"_s);
    m_successRule->addItem(tr("Any 2xx response"), int(SuccessRule::Any2xx));
    m_successRule->addItem(tr("Exactly 200"), int(SuccessRule::Exactly200));
    form->addRow(tr("Success ru&le:"), m_successRule);

    m_timeout = new QDoubleSpinBox(this);
    m_timeout->setObjectName(u"timeout"_s);
    m_timeout->setDecimals(1);
    m_timeout->setRange(0.1, 600);
    m_timeout->setSuffix(tr(" s"));
    form->addRow(tr("T&imeout:"), m_timeout);

    m_logLimit = new QSpinBox(this);
    m_logLimit->setObjectName(u"logLimit"_s);
    m_logLimit->setRange(1, 100000);
    m_logLimit->setValue(Webhook {}.logLimit);
    auto *logLimitRow = new QHBoxLayout;
    logLimitRow->addWidget(m_logLimit);
    logLimitRow->addWidget(new QLabel(tr("newest attempts, with request and response"), this), 1);
    auto *logLimitLabel = new QLabel(tr("Detailed log &keeps:"), this);
    logLimitLabel->setBuddy(m_logLimit);
    form->addRow(logLimitLabel, logLimitRow);

    // What the receiver can take: requests at once, and started per second.
    m_maxInFlight = new QSpinBox(this);
    m_maxInFlight->setObjectName(u"maxInFlight"_s);
    m_maxInFlight->setRange(1, Webhook::maxInFlightLimit);
    m_maxInFlight->setValue(Webhook::defaultMaxInFlight);
    m_maxPerSecond = new QDoubleSpinBox(this);
    m_maxPerSecond->setObjectName(u"maxPerSecond"_s);
    m_maxPerSecond->setDecimals(2);
    m_maxPerSecond->setRange(0, Webhook::maxPerSecondLimit);
    m_maxPerSecond->setSpecialValueText(tr("no limit"));
    m_maxPerSecond->setToolTip(tr("Requests started per second at most, for receivers with a rate "
                                  "limit (0: no limit). A receiver that answers 429 with "
                                  "Retry-After is waited for in any case."));
    auto *throttleRow = new QHBoxLayout;
    throttleRow->addWidget(m_maxInFlight);
    throttleRow->addWidget(new QLabel(tr("requests at once,"), this));
    throttleRow->addWidget(m_maxPerSecond);
    throttleRow->addWidget(new QLabel(tr("per second"), this));
    throttleRow->addStretch(1);
    auto *throttleLabel = new QLabel(tr("Throttle:"), this);
    throttleLabel->setBuddy(m_maxInFlight);
    form->addRow(throttleLabel, throttleRow);

    m_headers = new WebhookHeadersEdit(this);
    auto *headersLabel = new QLabel(tr("Request &headers:"), this);
    headersLabel->setBuddy(m_headers);
    form->addRow(headersLabel, m_headers);

    m_filterSummary = new QLabel(this);
    m_filterSummary->setObjectName(u"filterSummary"_s);
    m_filterSummary->setWordWrap(true);
    m_filterButton = new QPushButton(tr("Filter…"), this);
    m_filterButton->setObjectName(u"editFilter"_s);
    m_filterButton->setToolTip(tr("Choose which messages this webhook gets, and see which of "
                                  "the latest ones would be sent."));
    auto *filterRow = new QHBoxLayout;
    // The summary takes the room (a long text filter wraps), the button stays at its end.
    filterRow->addWidget(m_filterSummary, 1);
    filterRow->addWidget(m_filterButton);
    auto *filterLabel = new QLabel(tr("&Messages:"), this);
    filterLabel->setBuddy(m_filterButton);
    form->addRow(filterLabel, filterRow);

    // Off by default, so a receiver built for message payloads gets nothing else.
    m_statusEvents = new QCheckBox(tr("WhatsApp statuses (sent, delivered, read, failed)"), this);
    m_statusEvents->setObjectName(u"statusEvents"_s);
    m_reactionEvents = new QCheckBox(tr("Reactions, as their own event"), this);
    m_reactionEvents->setObjectName(u"reactionEvents"_s);
    m_reactionEvents->setToolTip(tr("Unticked, a reaction arrives as a message reading "
                                    "“Reacted 👍 to a message”."));
    auto *eventsRow = new QVBoxLayout;
    eventsRow->addWidget(m_statusEvents);
    eventsRow->addWidget(m_reactionEvents);
    auto *eventsLabel = new QLabel(tr("Also send:"), this);
    eventsLabel->setBuddy(m_statusEvents);
    form->addRow(eventsLabel, eventsRow);
    setFilter({});
    column->addLayout(form);

    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(u"save"_s);
    m_saveAndTest = new QPushButton(tr("Save an&d test"), this);
    m_saveAndTest->setObjectName(u"saveAndTest"_s);
    m_saveAndTest->setToolTip(tr("Saves, then sends the workspace's most recent message."));
    m_buttons = new QHBoxLayout;
    m_buttons->addWidget(m_save);
    m_buttons->addWidget(m_saveAndTest);
    m_buttons->addStretch(1);
    column->addLayout(m_buttons);

    m_formError = FeedbackLabel::create(u"formError"_s, this);
    column->addWidget(m_formError);
    m_testOutcome = FeedbackLabel::create(u"testOutcome"_s, this, Tone::Neutral);
    column->addWidget(m_testOutcome);

    // Edits mark the form dirty, so a live refresh never overwrites what is being typed.
    auto edited = [this] {
        if (!m_loadingForm)
            ++m_edits;
    };
    connect(m_name, &QLineEdit::textEdited, this, edited);
    connect(m_url, &QLineEdit::textEdited, this, edited);
    connect(m_url, &QLineEdit::textChanged, this, &WebhookEditor::validateUrl);
    connect(m_secret, &QLineEdit::textEdited, this, edited);
    connect(m_aggregation, &QComboBox::currentIndexChanged, this, edited);
    connect(m_successRule, &QComboBox::currentIndexChanged, this, edited);
    connect(m_timeout, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_logLimit, &QSpinBox::valueChanged, this, edited);
    connect(m_maxInFlight, &QSpinBox::valueChanged, this, edited);
    connect(m_mode, &QComboBox::currentIndexChanged, this, edited);
    connect(m_replaysOnly, &QCheckBox::toggled, this, edited);
    connect(m_statusEvents, &QCheckBox::toggled, this, edited);
    connect(m_reactionEvents, &QCheckBox::toggled, this, edited);
    connect(m_maxPerSecond, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_headers, &WebhookHeadersEdit::edited, this, edited);
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
        Q_EMIT statusShown(m_secret->text().isEmpty() ? tr("There is no secret to copy.")
                                                      : tr("Secret copied to the clipboard."),
                           Tone::Neutral);
    });
    connect(m_filterButton, &QPushButton::clicked, this, &WebhookEditor::editFilter);
    connect(m_save, &QPushButton::clicked, this, &WebhookEditor::save);
    connect(m_saveAndTest, &QPushButton::clicked, this, &WebhookEditor::saveAndTest);

    m_testDeadline->setSingleShot(true);
    connect(m_testDeadline, &QTimer::timeout, this,
            [this] { finishTest(false, tr("the test did not finish in time")); });
}

void WebhookEditor::addButtons(const QList<QWidget *> &beside, QWidget *atEnd)
{
    int at = m_buttons->indexOf(m_saveAndTest);
    for (QWidget *button : beside)
        m_buttons->insertWidget(++at, button);
    m_buttons->addWidget(atEnd);
}

void WebhookEditor::switchTo(qint64 id, bool creating)
{
    m_webhookId = id;
    m_creating = creating;
    ++m_formSerial;
    forgetTest(); // a result for the webhook left behind must not show on the next one
    FeedbackLabel::show(m_testOutcome, QString(), Tone::Neutral);
}

void WebhookEditor::load(const Webhook *webhook)
{
    const Webhook w = webhook ? *webhook : Webhook {};
    m_loadingForm = true;
    m_name->setText(w.name);
    m_url->setText(w.url);
    m_aggregation->setCurrentIndex(m_aggregation->findData(int(w.aggregation)));
    m_enabled->setChecked(w.enabled);
    m_secret->setText(w.secret);
    m_successRule->setCurrentIndex(m_successRule->findData(int(w.successRule)));
    m_timeout->setValue(w.timeoutMs / 1000.0);
    m_logLimit->setValue(w.logLimit);
    m_maxInFlight->setValue(w.maxInFlight);
    m_maxPerSecond->setValue(w.maxPerSecond);
    m_mode->setCurrentIndex(m_mode->findData(int(w.mode)));
    m_replaysOnly->setChecked(w.replaysOnly);
    m_statusEvents->setChecked(w.events.testFlag(WebhookEvent::MessageStatus));
    m_reactionEvents->setChecked(w.events.testFlag(WebhookEvent::MessageReaction));
    m_headers->setHeaders(w.headers);
    setFilter(w.filter);
    m_loadingForm = false;
    m_savedEdits = m_edits;
    m_savedSwitchEdits = m_switchEdits;
}

void WebhookEditor::showState(const Webhook *stored)
{
    m_enabled->setEnabled(!stored || stored->enabled);
    if (!stored || switchEdited())
        return;
    // The engine may have switched it off meanwhile; a later Save must not switch it back.
    m_loadingForm = true;
    m_enabled->setChecked(stored->enabled);
    m_loadingForm = false;
}

void WebhookEditor::setFilter(const WebhookFilter &filter)
{
    m_filter = filter;
    m_filterSummary->setText(WebhookFilterDialog::summary(filter));
}

void WebhookEditor::editFilter()
{
    // Modal to the window, not blocking: the form's answer comes back through finished().
    auto *dialog = new WebhookFilterDialog(m_context, m_filter, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const WebhookFilter chosen = dialog->filter();
        if (chosen == m_filter)
            return;
        setFilter(chosen);
        ++m_edits;
    });
    dialog->open();
}

void WebhookEditor::markSwitchSaved()
{
    m_savedSwitchEdits = m_switchEdits;
}

Webhook WebhookEditor::formSettings() const
{
    Webhook w;
    w.id = m_webhookId;
    w.name = m_name->text().trimmed();
    w.url = m_url->text().trimmed();
    w.aggregation = Aggregation(m_aggregation->currentData().toInt());
    w.enabled = m_enabled->isChecked();
    w.secret = m_secret->text().trimmed();
    w.successRule = SuccessRule(m_successRule->currentData().toInt());
    w.timeoutMs = qRound(m_timeout->value() * 1000);
    w.logLimit = m_logLimit->value();
    w.maxInFlight = m_maxInFlight->value();
    w.maxPerSecond = m_maxPerSecond->value();
    w.mode = DeliveryMode(m_mode->currentData().toInt());
    w.replaysOnly = m_replaysOnly->isChecked();
    w.events.setFlag(WebhookEvent::MessageStatus, m_statusEvents->isChecked());
    w.events.setFlag(WebhookEvent::MessageReaction, m_reactionEvents->isChecked());
    w.headers = m_headers->headers();
    w.filter = m_filter;
    return w;
}

void WebhookEditor::validateUrl()
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

void WebhookEditor::clearErrors()
{
    for (QLabel *label : {m_nameError, m_urlError, m_secretError, m_formError}) {
        label->clear();
        label->hide();
    }
    m_headers->showError(-1, QString());
}

void WebhookEditor::showFieldError(const QString &field, const QString &message)
{
    QLabel *label = m_formError;
    QWidget *widget = nullptr;
    if (field == u"name"_s) {
        label = m_nameError;
        widget = m_name;
    } else if (field == u"url"_s) {
        label = m_urlError;
        widget = m_url;
    } else if (field.startsWith(u"filter"_s)) {
        widget = m_filterButton;
    } else if (field == u"secret"_s) {
        label = m_secretError;
        widget = m_secret;
    } else if (field == u"timeout_ms"_s) {
        widget = m_timeout;
    } else if (field.startsWith(u"headers"_s)) {
        // "headers[2].name": the row is selected and the sentence goes under the table.
        static const QRegularExpression row(u"^headers\\[(\\d+)\\]"_s);
        const auto match = row.match(field);
        m_headers->showError(match.hasMatch() ? match.captured(1).toInt() : -1, message);
        Q_EMIT saveFailed(field, message);
        return;
    }
    FeedbackLabel::show(label, message, Tone::Bad);
    if (widget)
        widget->setFocus();
    Q_EMIT saveFailed(field, message);
}

bool WebhookEditor::checkForm()
{
    clearErrors();
    Webhook w = formSettings();
    if (const auto error = WebhookService::check(w)) {
        showFieldError(error->field, ServiceErrorText::sentence(*error));
        return false;
    }
    return true;
}

void WebhookEditor::save()
{
    store(false);
}

void WebhookEditor::saveAndTest()
{
    store(true);
}

void WebhookEditor::saveThenShow(qint64 next)
{
    store(false, next);
}

void WebhookEditor::store(bool thenTest, std::optional<qint64> thenShow)
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
            changes.maxInFlight = form.maxInFlight;
            changes.maxPerSecond = form.maxPerSecond;
            changes.mode = form.mode;
            changes.replaysOnly = form.replaysOnly;
            changes.events = form.events;
            changes.headers = form.headers;
            changes.filter = form.filter;
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
                    Q_EMIT statusShown(tr("The previous webhook was not saved: %1").arg(message),
                                       Tone::Bad);
                    Q_EMIT saveFailed(field, message);
                }
                return;
            }
            const qint64 id = outcome.value->value().id;
            if (sameForm) {
                m_webhookId = id;
                m_creating = false;
                // What was typed while the save ran stays unsaved (and on screen).
                if (m_edits == edits)
                    m_savedEdits = m_edits;
                if (m_switchEdits == switchEdits)
                    m_savedSwitchEdits = m_switchEdits;
                clearErrors();
                Q_EMIT statusShown(tr("Saved."), Tone::Good);
            }
            Q_EMIT saved(id);
            if (!sameForm)
                return;
            if (thenShow && !dirty())
                Q_EMIT readyToShow(*thenShow);
            else if (thenTest)
                startTest(id, timeoutMs);
        });
}

void WebhookEditor::test(const Webhook &stored)
{
    if (m_testing != 0)
        return;
    startTest(stored.id, stored.timeoutMs);
}

void WebhookEditor::startTest(qint64 id, int timeoutMs)
{
    const quint64 test = ++m_tests;
    m_testing = test;
    FeedbackLabel::show(m_testOutcome, tr("Testing: sending the most recent message…"),
                        Tone::Neutral);
    m_testDeadline->start(timeoutMs + 5000);
    // Queued after the reload that saving asked for, so the engine tests the saved settings.
    m_context.engine()->test(id, this, [this, test](bool ok, const QString &outcome) {
        if (test == m_testing) // not forgotten, nor timed out
            finishTest(ok, outcome);
    });
}

void WebhookEditor::forgetTest()
{
    m_testing = 0;
    m_testDeadline->stop();
}

void WebhookEditor::finishTest(bool ok, const QString &outcome)
{
    forgetTest();
    FeedbackLabel::show(m_testOutcome,
                        ok ? tr("Test delivered: %1").arg(ActivityText::error(outcome))
                           : tr("Test failed: %1").arg(ActivityText::error(outcome)),
                        ok ? Tone::Good : Tone::Bad);
    Q_EMIT testFinished(ok, outcome);
}

} // namespace hookline
