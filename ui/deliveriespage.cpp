#include "deliveriespage.h"

#include "activitytext.h"
#include "attemptsmodel.h"
#include "chipdelegate.h"
#include "delivery/clock.h"
#include "delivery/dispatcher.h"
#include "delivery/engine.h"
#include "delivery/enginethread.h"
#include "desktopcontext.h"
#include "feedbacklabel.h"
#include "httptext.h"
#include "jsonhighlighter.h"
#include "service/webhookservice.h"
#include "serviceerrortext.h"
#include "store/storeconnection.h"
#include "store/webhookstore.h"
#include "storeworker.h"

#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace hookline {

using FeedbackLabel::Tone;

namespace {

struct Detail
{
    AttemptRecord record;
    QString request;
    QString response;
    QList<AttemptSummary> delivery; // every stored attempt of its delivery
};

} // namespace

DeliveriesPage::DeliveriesPage(DesktopContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new AttemptsModel(context.store(), this))
{
    setObjectName(u"deliveriesPage"_s);

    m_webhookFilter = new QComboBox(this);
    m_webhookFilter->setObjectName(u"webhookFilter"_s);
    m_webhookFilter->addItem(tr("All webhooks"), qint64(0));
    m_webhookFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *webhookLabel = new QLabel(tr("&Webhook:"), this);
    webhookLabel->setBuddy(m_webhookFilter);

    m_outcomeFilter = new QComboBox(this);
    m_outcomeFilter->setObjectName(u"outcomeFilter"_s);
    m_outcomeFilter->addItem(tr("All"), int(AttemptFilter::Outcome::Any));
    m_outcomeFilter->addItem(tr("Succeeded"), int(AttemptFilter::Outcome::Succeeded));
    m_outcomeFilter->addItem(tr("Failed"), int(AttemptFilter::Outcome::Failed));
    auto *outcomeLabel = new QLabel(tr("&Outcome:"), this);
    outcomeLabel->setBuddy(m_outcomeFilter);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchEdit"_s);
    m_search->setPlaceholderText(tr("URL, error, webhook-id, body or chat"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    // Typing narrows the table once the user pauses, not on every key.
    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(300);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"countLabel"_s);
    m_countLabel->setTextFormat(Qt::PlainText);

    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(webhookLabel);
    filterBar->addWidget(m_webhookFilter);
    filterBar->addWidget(outcomeLabel);
    filterBar->addWidget(m_outcomeFilter);
    filterBar->addWidget(searchLabel);
    filterBar->addWidget(m_search, 1);
    filterBar->addWidget(m_countLabel);

    m_table = new QTableView(this);
    m_table->setObjectName(u"attemptsTable"_s);
    m_table->setAccessibleName(tr("Attempts"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    // Fixed row heights: the view never measures rows, which keeps 100,000 of them cheap.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const int digit = fontMetrics().horizontalAdvance(u'0');
    header->resizeSection(AttemptsModel::TimeColumn, digit * 19);
    header->resizeSection(AttemptsModel::WebhookColumn, digit * 15);
    header->resizeSection(AttemptsModel::ChatColumn, digit * 15);
    header->resizeSection(AttemptsModel::DeliveryColumn, digit * 14);
    header->resizeSection(AttemptsModel::AttemptColumn, digit * 17);
    header->resizeSection(AttemptsModel::StatusColumn, digit * 21);
    m_table->setItemDelegate(new ChipDelegate(m_table));

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_requestText = new QPlainTextEdit(this);
    m_requestText->setObjectName(u"requestText"_s);
    m_responseText = new QPlainTextEdit(this);
    m_responseText->setObjectName(u"responseText"_s);
    for (QPlainTextEdit *edit : {m_requestText, m_responseText}) {
        edit->setReadOnly(true);
        edit->setFont(mono);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setTabChangesFocus(true);
        edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_requestText->setAccessibleName(tr("Request"));
    m_responseText->setAccessibleName(tr("Response"));
    // Request and response side by side, as HTTP Toolkit and Postman show them.
    m_detailSides = new QSplitter(Qt::Horizontal, this);
    m_detailSides->setObjectName(u"detailSides"_s);
    m_detailSides->setChildrenCollapsible(false);
    for (auto [edit, title] :
         {std::pair {m_requestText, tr("Re&quest")}, std::pair {m_responseText, tr("Res&ponse")}}) {
        (new JsonHighlighter(edit->document()))->setBodyAfterHeaders(true);
        auto *side = new QWidget(m_detailSides);
        auto *sideLayout = new QVBoxLayout(side);
        sideLayout->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(title, side);
        label->setBuddy(edit);
        sideLayout->addWidget(label);
        sideLayout->addWidget(edit, 1);
        m_detailSides->addWidget(side);
    }
    // The attempt within its delivery: every try, its outcome, and what comes next.
    m_timeline = new QLabel(this);
    m_timeline->setObjectName(u"deliveryTimeline"_s);
    m_timeline->setTextFormat(Qt::RichText);
    m_timeline->setWordWrap(true);

    m_copyCurl = new QPushButton(tr("Copy as c&URL"), this);
    m_copyCurl->setObjectName(u"copyCurlButton"_s);
    m_copyCurl->setEnabled(false);
    m_copyCurlMenu = new QToolButton(this);
    m_copyCurlMenu->setObjectName(u"copyCurlMenu"_s);
    m_copyCurlMenu->setAccessibleName(tr("More ways to copy"));
    m_copyCurlMenu->setPopupMode(QToolButton::InstantPopup);
    m_copyCurlMenu->setArrowType(Qt::DownArrow);
    m_copyCurlMenu->setEnabled(false);
    auto *copyMenu = new QMenu(m_copyCurlMenu);
    connect(copyMenu->addAction(tr("Copy as cURL with &credentials")), &QAction::triggered, this,
            &DeliveriesPage::copyAsCurlWithCredentials);
    m_copyCurlMenu->setMenu(copyMenu);
    m_resend = new QPushButton(tr("&Resend"), this);
    m_resend->setObjectName(u"resendButton"_s);
    m_resend->setToolTip(tr("Queue the same messages once more as a new delivery"));
    m_resend->setEnabled(false);
    m_status = FeedbackLabel::create(u"statusLabel"_s, this);

    auto *buttons = new QHBoxLayout;
    auto *copyRow = new QHBoxLayout;
    copyRow->setSpacing(0);
    copyRow->addWidget(m_copyCurl);
    copyRow->addWidget(m_copyCurlMenu);
    buttons->addLayout(copyRow);
    buttons->addWidget(m_resend);
    buttons->addWidget(m_status, 1);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    // Until a row is chosen the detail says what to do instead of showing two blank panes.
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"deliveriesHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setMargin(12);
    m_detailStack = new QStackedWidget(this);
    auto *detailPane = new QWidget(this);
    auto *detailPaneLayout = new QVBoxLayout(detailPane);
    detailPaneLayout->setContentsMargins(0, 0, 0, 0);
    detailPaneLayout->addWidget(m_timeline);
    detailPaneLayout->addWidget(m_detailSides, 1);
    m_detailPane = detailPane;
    m_detailStack->addWidget(detailPane);
    m_detailStack->addWidget(m_hint);
    detailLayout->addWidget(m_detailStack, 1);
    detailLayout->addLayout(buttons);

    m_retention = new QLabel(this);
    m_retention->setObjectName(u"retentionLabel"_s);
    m_retention->setTextFormat(Qt::PlainText);
    m_retention->setWordWrap(true);
    FeedbackLabel::makeHint(m_retention);

    // Rows that came while the user reads wait here; the bar takes no room until then.
    m_newBar = new QWidget(this);
    m_newBar->setObjectName(u"newAttemptsBar"_s);
    m_newLabel = new QLabel(m_newBar);
    m_newLabel->setObjectName(u"newAttemptsLabel"_s);
    auto *showNew = new QPushButton(tr("S&how them"), m_newBar);
    showNew->setObjectName(u"showNewButton"_s);
    auto *newLayout = new QHBoxLayout(m_newBar);
    newLayout->setContentsMargins(0, 0, 0, 0);
    newLayout->addWidget(m_newLabel);
    newLayout->addWidget(showNew);
    newLayout->addStretch(1);
    m_newBar->hide();

    // A time window chosen on the Dashboard, until the user lets it go.
    m_windowBar = new QWidget(this);
    m_windowBar->setObjectName(u"timeWindowBar"_s);
    m_windowLabel = new QLabel(m_windowBar);
    m_windowLabel->setObjectName(u"timeWindowLabel"_s);
    m_windowLabel->setTextFormat(Qt::PlainText);
    m_allButton = new QPushButton(tr("Show &all times"), m_windowBar);
    m_allButton->setObjectName(u"showAllButton"_s);
    auto *windowLayout = new QHBoxLayout(m_windowBar);
    windowLayout->setContentsMargins(0, 0, 0, 0);
    windowLayout->addWidget(m_windowLabel);
    windowLayout->addWidget(m_allButton);
    windowLayout->addStretch(1);
    m_windowBar->hide();
    connect(m_allButton, &QPushButton::clicked, this, [this] { showTimeWindow(0, 0); });

    auto *tableArea = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_windowBar);
    tableLayout->addWidget(m_newBar);
    tableLayout->addWidget(m_table, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"deliveriesSplitter"_s);
    splitter->addWidget(tableArea);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterBar);
    layout->addWidget(m_retention);
    layout->addWidget(splitter, 1);

    // Ctrl+F, as in every list people search; only while this page is the one shown.
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    setTabOrder(m_webhookFilter, m_outcomeFilter);
    setTabOrder(m_outcomeFilter, m_search);
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_requestText);
    setTabOrder(m_requestText, m_responseText);
    setTabOrder(m_responseText, m_copyCurl);
    setTabOrder(m_copyCurl, m_resend);

    connect(m_webhookFilter, &QComboBox::currentIndexChanged, this, &DeliveriesPage::applyFilter);
    connect(m_outcomeFilter, &QComboBox::currentIndexChanged, this, &DeliveriesPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &DeliveriesPage::applyFilter);
    connect(m_searchDebounce, &QTimer::timeout, this, &DeliveriesPage::applyFilter);
    connect(m_model, &AttemptsModel::totalCountChanged, this, &DeliveriesPage::updateCountLabel);
    connect(m_model, &AttemptsModel::fetched, this, [this](const QString &error) {
        if (!error.isEmpty())
            FeedbackLabel::show(m_status, tr("Could not load the attempts: %1").arg(error),
                                Tone::Bad);
        else
            onFetched();
    });
    connect(m_model, &AttemptsModel::newerCountChanged, this, [this](int count) {
        m_newLabel->setText(tr("%n new attempt(s) above the list.", "", count));
        m_newBar->setVisible(count > 0);
    });
    // A filter change empties the table: what was shown is no longer listed.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_detailId > 0)
            m_wantedAttempt = m_detailId;
        showSelected();
    });
    connect(m_model, &AttemptsModel::attemptsGone, this, [this](const QList<qint64> &ids) {
        if (m_detailId == 0 || !ids.contains(m_detailId))
            return;
        // Cleared before the rows go, or the view would move the selection to a neighbour.
        m_table->selectionModel()->clear();
        FeedbackLabel::show(m_status,
                            tr("The attempt you were reading was deleted: each webhook keeps "
                               "only its newest attempts."),
                            Tone::Neutral);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeliveriesPage::showSelected);
    connect(showNew, &QPushButton::clicked, this, &DeliveriesPage::showNewer);
    connect(m_copyCurl, &QPushButton::clicked, this, &DeliveriesPage::copyAsCurl);
    connect(m_resend, &QPushButton::clicked, this, &DeliveriesPage::resendSelected);

    // New attempts arrive in bursts; one query (and count) per half second is plenty.
    m_newAttempts = new QTimer(this);
    m_newAttempts->setSingleShot(true);
    m_newAttempts->setInterval(500);
    connect(m_newAttempts, &QTimer::timeout, this, &DeliveriesPage::onAttemptFinished);
    connect(context.engine()->engine(), &Engine::attemptFinished, this, [this] {
        if (!m_newAttempts->isActive())
            m_newAttempts->start();
    });
    // A webhook made, renamed or deleted anywhere (another page, the API): the filter lists
    // what exists, and rows of a deleted webhook leave the table.
    connect(context.engine()->engine(), &Engine::webhookReloaded, this, [this] {
        loadWebhooks();
        m_model->checkNewer();
    });

    updateCountLabel();
    loadWebhooks();
}

void DeliveriesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    loadWebhooks(); // webhooks may have been added or renamed on another page
}

void DeliveriesPage::loadWebhooks()
{
    using Names = QList<std::pair<qint64, Listed>>;
    m_context.store()->run<Names>(
        this,
        [](StoreConnection &store) {
            Names names;
            const QList<Webhook> webhooks = store.webhooks->webhooks();
            for (const Webhook &w : webhooks)
                names.append({w.id, {w.displayName(), w.logLimit}});
            return names;
        },
        [this](const Outcome<Names> &outcome) {
            if (!outcome.ok()) {
                FeedbackLabel::show(
                    m_status, tr("Could not load the webhooks: %1").arg(outcome.error), Tone::Bad);
                return;
            }
            const qint64 selected = m_webhookFilter->currentData().toLongLong();
            {
                const QSignalBlocker blocker(m_webhookFilter);
                while (m_webhookFilter->count() > 1)
                    m_webhookFilter->removeItem(1);
                m_webhooks.clear();
                QHash<qint64, QString> names;
                for (const auto &[id, listed] : *outcome.value) {
                    m_webhookFilter->addItem(listed.name, id);
                    m_webhooks.insert(id, listed);
                    names.insert(id, listed.name);
                }
                m_model->setWebhookNames(names);
                m_webhookFilter->setCurrentIndex(qMax(0, m_webhookFilter->findData(selected)));
            }
            updateRetention();
            if (m_webhookFilter->currentData().toLongLong() != selected)
                applyFilter(); // the selected webhook is gone
        });
}

void DeliveriesPage::updateRetention()
{
    // Old attempts vanish on purpose: say so, with the figure and where to change it.
    const qint64 webhookId = m_webhookFilter->currentData().toLongLong();
    if (const auto one = m_webhooks.constFind(webhookId); one != m_webhooks.cend()) {
        m_retention->setText(tr("“%1” keeps its newest %n attempt(s); older ones are deleted. "
                                "Change the number in its settings on the Webhooks page.",
                                "", one->logLimit)
                                 .arg(one->name));
        return;
    }
    if (m_webhooks.isEmpty()) {
        m_retention->clear();
        return;
    }
    int least = std::numeric_limits<int>::max();
    int most = 0;
    for (const Listed &listed : std::as_const(m_webhooks)) {
        least = qMin(least, listed.logLimit);
        most = qMax(most, listed.logLimit);
    }
    m_retention->setText(least == most
                             ? tr("Each webhook keeps its newest %n attempt(s); older ones are "
                                  "deleted. Change the number on the Webhooks page.",
                                  "", most)
                             : tr("Each webhook keeps only its newest attempts (%1 to %2); older "
                                  "ones are deleted. Change the number on the Webhooks page.")
                                   .arg(least)
                                   .arg(most));
}

void DeliveriesPage::applyFilter()
{
    m_searchDebounce->stop();
    AttemptFilter filter;
    filter.webhookId = m_webhookFilter->currentData().toLongLong();
    filter.outcome = AttemptFilter::Outcome(m_outcomeFilter->currentData().toInt());
    filter.search = m_search->text().trimmed();
    filter.fromMs = m_windowFromMs;
    filter.toMs = m_windowToMs;
    filter.messageId = m_messageId;
    updateRetention();
    if (filter == m_model->filter())
        return;
    m_followDelivery = 0;
    m_model->setFilter(filter);
}

void DeliveriesPage::showTimeWindow(qint64 fromMs, qint64 toMs)
{
    m_messageId = 0;
    m_windowFromMs = fromMs;
    m_windowToMs = toMs;
    m_allButton->setText(tr("Show &all times"));
    if (fromMs > 0) {
        const QLocale locale;
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs);
        const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs);
        const QString format = u"d MMM HH:mm"_s;
        m_windowLabel->setText(tr("Only attempts started from %1 to %2.")
                                   .arg(locale.toString(from, format),
                                        from.date() == to.date()
                                            ? locale.toString(to.time(), u"HH:mm"_s)
                                            : locale.toString(to, format)));
    }
    m_windowBar->setVisible(fromMs > 0);
    applyFilter();
}

void DeliveriesPage::showMessage(qint64 messageId, const QString &description)
{
    m_windowFromMs = 0;
    m_windowToMs = 0;
    m_messageId = messageId;
    m_windowLabel->setText(tr("Only the deliveries of %1.").arg(description));
    m_allButton->setText(tr("Show &all messages"));
    m_windowBar->setVisible(messageId > 0);
    applyFilter();
}

void DeliveriesPage::updateCountLabel()
{
    const int count = m_model->totalCount();
    m_countLabel->setText(count < 0 ? tr("Loading…") : tr("%Ln attempt(s)", nullptr, count));
    updateHint();
}

void DeliveriesPage::updateHint()
{
    const bool filtered = m_windowFromMs > 0 || m_messageId > 0
        || m_webhookFilter->currentIndex() > 0 || m_outcomeFilter->currentIndex() > 0
        || !m_search->text().trimmed().isEmpty();
    const int count = m_model->totalCount();
    if (count == 0 && !filtered) {
        m_hint->setText(tr("Nothing sent yet.\n\nEvery request a webhook makes shows here with "
                           "its response. Add a webhook on the Webhooks page, then send a "
                           "message: Chats → Compose, import a WhatsApp chat, or POST to "
                           "%1/messages.")
                            .arg(m_context.serverUrl()));
    } else if (count == 0) {
        m_hint->setText(tr("No attempt matches the filter and search."));
    } else {
        m_hint->setText(tr("Select an attempt to see its request and response."));
    }
    m_detailStack->setCurrentWidget(m_detailId > 0 ? m_detailPane : m_hint);
}

void DeliveriesPage::onAttemptFinished()
{
    // New rows go on top at once only where they cannot move what the user reads or points at.
    const bool undisturbed = !m_table->selectionModel()->currentIndex().isValid()
        && m_table->verticalScrollBar()->value() == 0 && !m_table->underMouse();
    if (m_followDelivery > 0 || m_model->rowCount() == 0 || undisturbed)
        m_model->loadNewer();
    else
        m_model->checkNewer();
}

void DeliveriesPage::showNewer()
{
    m_model->loadNewer();
    m_table->scrollToTop();
}

void DeliveriesPage::onFetched()
{
    if (m_followDelivery > 0) {
        const int row = m_model->rowOfDelivery(m_followDelivery);
        if (row < 0)
            return;
        m_followDelivery = 0;
        m_wantedAttempt = 0;
        select(row);
        FeedbackLabel::show(m_status, tr("This is the first attempt of the resent delivery."),
                            Tone::Neutral);
        return;
    }
    if (m_wantedAttempt > 0 && !m_table->selectionModel()->currentIndex().isValid()) {
        const int row = m_model->rowOfAttempt(m_wantedAttempt);
        if (row >= 0)
            select(row);
    }
}

void DeliveriesPage::select(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void DeliveriesPage::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const qint64 id
        = current.isValid() ? current.data(AttemptsModel::AttemptIdRole).toLongLong() : 0;
    if (id != m_detailId)
        FeedbackLabel::show(m_status, QString(), Tone::Neutral); // it was about another row
    if (id > 0) {
        // The user chose a row: neither an earlier one nor a resent delivery takes it back.
        m_wantedAttempt = 0;
        m_followDelivery = 0;
    }
    m_detailId = id;
    ++m_detailGeneration;
    m_shown.reset();
    m_copyCurl->setEnabled(false);
    m_copyCurlMenu->setEnabled(false);
    m_resend->setEnabled(!m_resending && current.isValid()
                         && current.data(AttemptsModel::DeliveryIdRole).toLongLong() > 0);
    updateHint();
    if (!current.isValid()) {
        m_requestText->clear();
        m_responseText->clear();
        return;
    }
    m_requestText->setPlainText(tr("Loading…"));
    m_responseText->setPlainText(tr("Loading…"));
    m_timeline->clear();
    const quint64 generation = m_detailGeneration;
    // The shown texts are built in the job, capped and with long lines broken: formatting and
    // laying out a 4 MiB body would freeze the window. m_shown keeps the whole record for cURL.
    m_context.store()->run<std::optional<Detail>>(
        this,
        [id](StoreConnection &store) -> std::optional<Detail> {
            std::optional<AttemptRecord> record = store.attempts->attempt(id);
            if (!record)
                return std::nullopt;
            const QList<AttemptSummary> delivery = record->deliveryId > 0
                ? store.attempts->ofDelivery(record->deliveryId)
                : QList<AttemptSummary> {};
            return Detail {*record, requestText(*record), responseText(*record), delivery};
        },
        [this, generation](const Outcome<std::optional<Detail>> &outcome) {
            if (generation != m_detailGeneration)
                return; // the selection moved on
            if (!outcome.ok()) {
                m_requestText->clear();
                m_responseText->clear();
                FeedbackLabel::show(
                    m_status, tr("Could not load the attempt: %1").arg(outcome.error), Tone::Bad);
                return;
            }
            const std::optional<Detail> &detail = *outcome.value;
            if (!detail) {
                const QString gone = tr("This attempt is no longer in the log: each webhook keeps "
                                        "only its most recent attempts.");
                m_requestText->setPlainText(gone);
                m_responseText->setPlainText(gone);
                return;
            }
            m_requestText->setPlainText(detail->request);
            m_responseText->setPlainText(detail->response);
            for (auto [edit, body] : {std::pair {m_requestText, &detail->record.requestBody},
                                      std::pair {m_responseText, &detail->record.responseBody}}) {
                const QByteArray trimmed = body->trimmed();
                edit->findChild<JsonHighlighter *>()->setActive(trimmed.startsWith('{')
                                                                || trimmed.startsWith('['));
            }
            m_timeline->setText(timelineText(detail->record, detail->delivery));
            m_shown = detail->record;
            m_copyCurl->setEnabled(true);
            m_copyCurlMenu->setEnabled(Dispatcher::hidesCredentials(*m_shown));
        });
}

void DeliveriesPage::copyAsCurl()
{
    if (!m_shown)
        return;
    QGuiApplication::clipboard()->setText(curlCommand(*m_shown));
    FeedbackLabel::show(m_status, tr("Copied the request as a cURL command."), Tone::Neutral);
}

void DeliveriesPage::copyAsCurlWithCredentials()
{
    if (!m_shown)
        return;
    const quint64 generation = m_detailGeneration;
    m_context.store()->run<std::optional<AttemptRecord>>(
        this,
        [record = *m_shown](StoreConnection &store) -> std::optional<AttemptRecord> {
            const auto webhook = store.webhooks->webhook(record.webhookId);
            if (!webhook)
                return std::nullopt;
            return Dispatcher::withCredentials(record, webhook->url, webhook->headers);
        },
        [this, generation](const Outcome<std::optional<AttemptRecord>> &outcome) {
            if (generation != m_detailGeneration)
                return; // another attempt is shown now
            if (!outcome.ok()) {
                FeedbackLabel::show(
                    m_status, tr("Could not read the webhook: %1").arg(outcome.error), Tone::Bad);
                return;
            }
            if (!*outcome.value) {
                FeedbackLabel::show(m_status,
                                    tr("The webhook was deleted, and its credentials with it."),
                                    Tone::Bad);
                return;
            }
            QGuiApplication::clipboard()->setText(curlCommand(**outcome.value));
            FeedbackLabel::show(m_status,
                                tr("Copied with the webhook's credentials as they are now: keep it "
                                   "private."),
                                Tone::Warn);
        });
}

void DeliveriesPage::resendSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const qint64 deliveryId = current.data(AttemptsModel::DeliveryIdRole).toLongLong();
    if (m_resending || deliveryId <= 0)
        return;
    m_resending = true;
    m_resend->setEnabled(false);
    FeedbackLabel::show(m_status, tr("Resending…"), Tone::Neutral);
    const qint64 now = m_context.clock()->nowMs();
    m_context.store()->run<ServiceResult<qint64>>(
        this,
        [deliveryId, now, engine = m_context.engine()](StoreConnection &store) {
            return WebhookService(store, engine).resend(deliveryId, now);
        },
        [this, deliveryId](const Outcome<ServiceResult<qint64>> &outcome) {
            m_resending = false;
            const QModelIndex selected = m_table->selectionModel()->currentIndex();
            m_resend->setEnabled(selected.isValid()
                                 && selected.data(AttemptsModel::DeliveryIdRole).toLongLong() > 0);
            if (!outcome.ok() || !outcome.value->ok()) {
                const QString error = !outcome.ok() ? tr("Could not resend: %1").arg(outcome.error)
                    : outcome.value->error().code == ServiceError::Code::NotFound
                    ? tr("Delivery %1 no longer exists.").arg(deliveryId)
                    : tr("Could not resend: %1")
                          .arg(ServiceErrorText::sentence(outcome.value->error()));
                FeedbackLabel::show(m_status, error, Tone::Bad);
                Q_EMIT resent(0, error);
                return;
            }
            const qint64 id = outcome.value->value();
            m_followDelivery = id;
            FeedbackLabel::show(m_status,
                                tr("Queued again as delivery %1; its first attempt is selected "
                                   "here when it is made.")
                                    .arg(id),
                                Tone::Neutral);
            Q_EMIT resent(id, QString());
        });
}

QString DeliveriesPage::curlCommand(const AttemptRecord &record)
{
    return HttpText::curlCommand(record.method, record.url, record.requestHeaders,
                                 record.requestBody);
}

QString DeliveriesPage::requestText(const AttemptRecord &record)
{
    QString text
        = record.method + u' ' + record.url + u'\n' + HttpText::headerLines(record.requestHeaders);
    if (!record.requestBody.isEmpty())
        text += u'\n'
            + HttpText::forDisplay(record.requestBody, HttpText::displayLimit,
                                   tr("Copy as cURL and the webhook's Download detailed log "
                                      "have everything."));
    return text;
}

QString DeliveriesPage::timelineText(const AttemptRecord &shown,
                                     const QList<AttemptSummary> &delivery)
{
    if (shown.deliveryId <= 0)
        return {};
    QStringList tries;
    const QLocale locale;
    for (const AttemptSummary &a : delivery) {
        const QString colour
            = FeedbackLabel::color(a.success ? Tone::Good : Tone::Bad).name(QColor::HexRgb);
        QString entry
            = tr("%1 at %2: <span style='color:%3'>%4</span>")
                  .arg(a.attemptNumber > 0 ? QString::number(a.attemptNumber) : QStringLiteral("?"),
                       locale.toString(a.started.toLocalTime().time(), u"HH:mm:ss"_s), colour,
                       AttemptsModel::statusText(a).toHtmlEscaped());
        if (a.id == shown.id)
            entry = u"<b>"_s + entry + u"</b>"_s;
        tries << entry;
    }
    QString text = tr("Delivery #%1, attempts: %2").arg(shown.deliveryId).arg(tries.join(u" · "_s));
    if (!delivery.isEmpty() && delivery.constLast().awaitsRetry()) {
        const AttemptSummary &last = delivery.constLast();
        text += u" · "_s
            + (last.nextAttemptMs > 0
                   ? tr("next attempt at %1")
                         .arg(locale.toString(
                             QDateTime::fromMSecsSinceEpoch(last.nextAttemptMs).time(),
                             u"HH:mm:ss"_s))
                   : tr("trying again now"));
    } else if (!delivery.isEmpty() && delivery.constLast().success) {
        text += u" · "_s + tr("delivered");
    }
    return text;
}

QString DeliveriesPage::responseText(const AttemptRecord &record)
{
    const QString status = QString(QString::number(record.responseStatus) + u' '
                                   + HttpText::reasonPhrase(record.responseStatus))
                               .trimmed();
    QString text = record.responseStatus > 0 ? tr("HTTP %1").arg(status) : tr("No HTTP response");
    text += u'\n';
    // "HTTP 500 Internal Server Error" says it already; other errors (a cut body) add to it.
    const bool onlyTheStatus = record.responseStatus > 0
        && record.error.startsWith(u"HTTP %1"_s.arg(record.responseStatus))
        && !record.error.contains(u"broke off"_s) && !record.error.contains(u'(');
    if (!record.error.isEmpty() && !onlyTheStatus)
        text += tr("Error: %1").arg(ActivityText::error(record.error)) + u'\n';
    text += tr("Duration: %1 ms").arg(record.durationMs) + u'\n';
    const AttemptTimings &t = record.timings;
    if (!t.isEmpty()) {
        QStringList steps;
        steps << (t.connectStartMs >= 0 ? tr("new connection at %1 ms").arg(t.connectStartMs)
                                        : tr("reused connection"));
        if (t.tlsDoneMs >= 0)
            steps << tr("TLS done at %1 ms").arg(t.tlsDoneMs);
        if (t.requestSentMs >= 0)
            steps << tr("request sent at %1 ms").arg(t.requestSentMs);
        if (t.firstByteMs >= 0)
            steps << tr("first byte at %1 ms").arg(t.firstByteMs);
        text += tr("Timing: %1").arg(steps.join(u", "_s)) + u'\n';
    }
    text += HttpText::headerLines(record.responseHeaders);
    if (!record.responseBody.isEmpty())
        text += u'\n'
            + HttpText::forDisplay(record.responseBody, HttpText::displayLimit,
                                   tr("The webhook's Download detailed log has everything."));
    if (record.responseTruncated)
        text += u'\n'
            + tr("(truncated: only the first %1 KiB were kept)")
                  .arg(AttemptRecord::maxResponseBody / 1024);
    return text;
}

} // namespace hookline
