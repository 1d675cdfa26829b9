#include "replaydialog.h"

#include "delivery/clock.h"
#include "desktopcontext.h"
#include "feedbacklabel.h"
#include "server/inspector.h"
#include "serviceerrortext.h"
#include "storeworker.h"
#include "webhookfilterdialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hookline {

using FeedbackLabel::Tone;

namespace {

// A dry run after the typing pauses: each counts the range's messages on the worker.
constexpr int countDelayMs = 250;
constexpr qint64 hourMs = 3600 * 1000;

QString shownTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              u"d MMM yyyy HH:mm:ss"_s);
}

} // namespace

ReplayDialog::ReplayDialog(DesktopContext &context, const Webhook &webhook, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_webhook(webhook)
    , m_filter(webhook.filter)
    , m_countDelay(new QTimer(this))
{
    setObjectName(u"replayDialog"_s);
    setWindowTitle(tr("Replay messages of %1").arg(webhook.displayName()));
    auto *column = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Sends the messages of a time range once more, as new deliveries "
                                "under new webhook-ids, marked with the header webhook-replay: "
                                "true. Use it when a receiver lost what it was sent, or to try "
                                "another receiver with real messages."),
                             this);
    intro->setWordWrap(true);
    column->addWidget(intro);

    auto *form = new QFormLayout;
    auto dateTimeEdit = [this](const QString &name) {
        auto *edit = new QDateTimeEdit(this);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss"_s);
        edit->setTimeSpec(Qt::LocalTime);
        return edit;
    };
    m_from = dateTimeEdit(u"from"_s);
    m_to = dateTimeEdit(u"to"_s);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To (not included):"), m_to);

    // The usual ranges, ending now.
    auto *presets = new QHBoxLayout;
    const std::pair<QString, int> ranges[]
        = {{tr("Last hour"), 1}, {tr("Last 24 hours"), 24}, {tr("Last 7 days"), 7 * 24}};
    for (const auto &[text, hours] : ranges) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(u"last%1h"_s.arg(hours));
        presets->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, hours = hours] {
            const qint64 now = m_context.clock()->nowMs();
            setRange(now - hours * hourMs, now + 1000);
        });
    }
    presets->addStretch(1);
    form->addRow(QString(), presets);

    m_filterSummary = new QLabel(this);
    m_filterSummary->setObjectName(u"filterSummary"_s);
    m_filterSummary->setWordWrap(true);
    auto *chooseFilter = new QPushButton(tr("Filter…"), this);
    chooseFilter->setObjectName(u"editFilter"_s);
    auto *filterRow = new QHBoxLayout;
    // The summary takes the room (a long text filter wraps), the button stays at its end.
    filterRow->addWidget(m_filterSummary, 1);
    filterRow->addWidget(chooseFilter);
    auto *filterLabel = new QLabel(tr("&Messages:"), this);
    filterLabel->setBuddy(chooseFilter);
    form->addRow(filterLabel, filterRow);

    m_target = new QComboBox(this);
    m_target->setObjectName(u"target"_s);
    m_target->addItem(tr("This webhook"), int(Target::Webhook));
    m_target->addItem(tr("Another URL"), int(Target::Url));
    m_target->addItem(tr("An Inspector name"), int(Target::Inspector));
    m_targetUrl = new QLineEdit(this);
    m_targetUrl->setObjectName(u"targetUrl"_s);
    m_targetUrl->setPlaceholderText(tr("https://staging.example.com/hooks/whatsapp"));
    m_inspectorName = new QComboBox(this);
    m_inspectorName->setObjectName(u"inspectorName"_s);
    m_inspectorName->setEditable(true);
    // The names the Inspector knows (kept in memory: no wait), else one to start with.
    QStringList names = m_context.inspector() ? m_context.inspector()->bins() : QStringList();
    names.sort();
    m_inspectorName->addItems(names.isEmpty() ? QStringList {u"replay"_s} : names);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target);
    targetRow->addWidget(m_targetUrl, 1);
    targetRow->addWidget(m_inspectorName, 1);
    auto *targetLabel = new QLabel(tr("Send t&o:"), this);
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, targetRow);
    m_targetHint = new QLabel(tr("Sent as this webhook sends them (format, signature, retries), "
                                 "without its request headers, which may hold its receiver's "
                                 "credentials. Hookline adds a webhook that gets only replays "
                                 "for this address; the Webhooks list shows it."),
                              this);
    m_targetHint->setObjectName(u"targetHint"_s);
    m_targetHint->setWordWrap(true);
    FeedbackLabel::makeHint(m_targetHint);
    form->addRow(QString(), m_targetHint);
    column->addLayout(form);

    m_count = new QLabel(this);
    m_count->setObjectName(u"count"_s);
    m_count->setWordWrap(true);
    column->addWidget(m_count);
    m_error = FeedbackLabel::create(u"replayError"_s, this);
    column->addWidget(m_error);
    column->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_replay = buttons->addButton(tr("Replay"), QDialogButtonBox::AcceptRole);
    m_replay->setObjectName(u"replay"_s);
    m_replay->setEnabled(false);
    column->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_replay, &QPushButton::clicked, this, [this] { run(false); });

    connect(chooseFilter, &QPushButton::clicked, this, [this] {
        auto *dialog = new WebhookFilterDialog(m_context, m_filter, this,
                                               WebhookFilterDialog::Purpose::Replay);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] { setFilter(dialog->filter()); });
        dialog->open();
    });
    m_countDelay->setSingleShot(true);
    m_countDelay->setInterval(countDelayMs);
    connect(m_countDelay, &QTimer::timeout, this, [this] { run(true); });
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &ReplayDialog::scheduleCount);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &ReplayDialog::scheduleCount);
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        setTarget(target());
        scheduleCount();
    });
    connect(m_targetUrl, &QLineEdit::textEdited, this, &ReplayDialog::scheduleCount);
    connect(m_inspectorName, &QComboBox::currentTextChanged, this, &ReplayDialog::scheduleCount);
    setTarget(Target::Webhook);

    setFilter(m_filter);
    const qint64 now = m_context.clock()->nowMs();
    setRange(now - 24 * hourMs, now + 1000);
    resize(640, 360);
}

ReplayDialog::Target ReplayDialog::target() const
{
    return Target(m_target->currentData().toInt());
}

void ReplayDialog::setTarget(Target target, const QString &urlOrName)
{
    const QSignalBlocker blocker(m_target);
    m_target->setCurrentIndex(m_target->findData(int(target)));
    if (target == Target::Url && !urlOrName.isNull())
        m_targetUrl->setText(urlOrName);
    if (target == Target::Inspector && !urlOrName.isNull())
        m_inspectorName->setCurrentText(urlOrName);
    m_targetUrl->setVisible(target == Target::Url);
    m_inspectorName->setVisible(target == Target::Inspector);
    m_targetHint->setVisible(target != Target::Webhook);
    if (!urlOrName.isNull())
        scheduleCount();
}

QString ReplayDialog::targetUrl(QString *problem) const
{
    switch (target()) {
    case Target::Webhook:
        break;
    case Target::Url:
        if (m_targetUrl->text().trimmed().isEmpty())
            *problem = tr("Enter the URL to send the replay to.");
        return m_targetUrl->text().trimmed();
    case Target::Inspector: {
        const QString name = m_inspectorName->currentText().trimmed();
        if (!Inspector::isValidName(name)) {
            *problem = tr("An Inspector name is 1 to 64 letters, digits, '-' or '_'.");
            return {};
        }
        return Inspector::url(m_context.serverUrl(), name);
    }
    }
    return {};
}

void ReplayDialog::setRange(qint64 fromMs, qint64 toMs)
{
    // Whole seconds, as messages are kept.
    m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(fromMs / 1000 * 1000).toLocalTime());
    m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(toMs / 1000 * 1000).toLocalTime());
    run(true);
}

void ReplayDialog::setFilter(const WebhookFilter &filter)
{
    m_filter = filter;
    m_filterSummary->setText(
        filter == m_webhook.filter && !filter.isEmpty()
            ? tr("%1 (the webhook's filter)").arg(WebhookFilterDialog::summary(filter))
            : WebhookFilterDialog::summary(filter));
    scheduleCount();
}

void ReplayDialog::scheduleCount()
{
    if (m_running)
        return;
    m_replay->setEnabled(false);
    m_countDelay->start();
}

void ReplayDialog::run(bool dryRun)
{
    m_countDelay->stop();
    ReplayService::Request request;
    request.webhookId = m_webhook.id;
    request.fromMs = m_from->dateTime().toMSecsSinceEpoch();
    request.toMs = m_to->dateTime().toMSecsSinceEpoch();
    request.filter = m_filter;
    request.dryRun = dryRun;
    QString problem;
    request.targetUrl = targetUrl(&problem);
    const quint64 serial = ++m_serial;
    if (!problem.isEmpty()) {
        m_shown = serial;
        FeedbackLabel::show(m_error, problem, Tone::Bad);
        m_count->clear();
        m_replay->setEnabled(false);
        return;
    }
    // The Inspector page offers the name before its first request arrives.
    if (!dryRun && target() == Target::Inspector && m_context.inspector())
        m_context.inspector()->addBin(m_inspectorName->currentText().trimmed());
    if (!dryRun) {
        m_running = true;
        m_replay->setEnabled(false);
        FeedbackLabel::show(m_count, tr("Queuing the replay…"), Tone::Neutral);
    }
    const qint64 now = m_context.clock()->nowMs();
    m_context.store()->run<ServiceResult<ReplayService::Outcome>>(
        this,
        [request, now, engine = m_context.engine()](StoreConnection &store) {
            return ReplayService(store, engine).replay(request, now);
        },
        [this, serial, dryRun](const Outcome<ServiceResult<ReplayService::Outcome>> &outcome) {
            if (!dryRun)
                m_running = false;
            if (serial != m_serial)
                return; // a count for a range already edited away
            m_shown = serial;
            m_error->hide();
            if (!outcome.ok() || !outcome.value->ok()) {
                QString sentence;
                if (!outcome.ok())
                    sentence = tr("The store could not be read: %1").arg(outcome.error);
                else if (target() != Target::Webhook
                         && outcome.value->error().field == u"enabled"_s)
                    sentence = tr("The webhook that sends replays to this address is paused or "
                                  "was switched off after errors: switch it on in the Webhooks "
                                  "list first.");
                else
                    sentence = ServiceErrorText::sentence(outcome.value->error());
                FeedbackLabel::show(m_error, sentence, Tone::Bad);
                m_count->clear();
                m_replay->setEnabled(false);
                return;
            }
            const ReplayService::Outcome &o = outcome.value->value();
            if (!dryRun) {
                const QString requests = tr("%n request(s)", nullptr, o.requests);
                FeedbackLabel::show(
                    m_count,
                    o.targetWebhookId == m_webhook.id
                        ? tr("Queued: %n message(s) in %1. They go out as the webhook sends; "
                             "Deliveries shows each one.",
                             nullptr, o.messages)
                              .arg(requests)
                        : tr("Queued: %n message(s) in %1, sent by “%2”, a webhook that gets "
                             "only replays. Deliveries shows each one.",
                             nullptr, o.messages)
                              .arg(requests, o.targetName),
                    Tone::Good);
                m_replay->setEnabled(false);
                Q_EMIT replayed(o.messages, o.requests);
                return;
            }
            showCount(o);
        });
}

void ReplayDialog::showCount(const ReplayService::Outcome &o)
{
    if (o.messages == 0) {
        FeedbackLabel::show(m_count, tr("No message of this range would be sent."), Tone::Neutral);
        m_replay->setText(tr("Replay"));
        m_replay->setEnabled(false);
        return;
    }
    const QString requests = tr("%n request(s)", nullptr, o.requests);
    // Times to the second, as messages are kept.
    const bool oneSecond = o.firstMessageMs / 1000 == o.lastMessageMs / 1000;
    FeedbackLabel::show(
        m_count,
        oneSecond ? tr("%n message(s) would be sent in %1, all from %2.", nullptr, o.messages)
                        .arg(requests, shownTime(o.firstMessageMs))
                  : tr("%n message(s) would be sent in %1, from %2 to %3.", nullptr, o.messages)
                        .arg(requests, shownTime(o.firstMessageMs), shownTime(o.lastMessageMs)),
        Tone::Neutral);
    m_replay->setText(tr("Replay %n message(s)", nullptr, o.messages));
    m_replay->setEnabled(true);
}

} // namespace hookline
