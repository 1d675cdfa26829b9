#include "inspectorpage.h"

#include "chipdelegate.h"
#include "delivery/clock.h"
#include "delivery/engine.h"
#include "delivery/enginethread.h"
#include "desktopcontext.h"
#include "domain/standardwebhooks.h"
#include "feedbacklabel.h"
#include "httptext.h"
#include "jsonhighlighter.h"
#include "server/inspector.h"
#include "service/webhookservice.h"
#include "serviceerrortext.h"
#include "store/storeconnection.h"
#include "store/webhookstore.h"
#include "storeworker.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hookline {

using FeedbackLabel::Tone;

namespace {

enum Column { TimeColumn, MethodColumn, PathColumn, StatusColumn, SizeColumn, ColumnCount };

bool isFormBody(const HttpHeaders &headers)
{
    return headerValue(headers, "content-type")
        .toLower()
        .startsWith("application/x-www-form-urlencoded");
}

// "name = value" per field, decoded: the way a person reads a form post.
QString formFields(const QByteArray &body)
{
    QStringList lines;
    // A form encodes spaces as '+' (a literal plus is %2B), which QUrlQuery leaves as it is.
    const QUrlQuery query(QString::fromUtf8(QByteArray(body).replace('+', "%20")));
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        lines << name + u" = "_s + value;
    return lines.join(u'\n');
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

InspectorPage::InspectorPage(DesktopContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_bins(new QListWidget(this))
    , m_newName(new QLineEdit(this))
    , m_nameError(FeedbackLabel::create(u"inspectorNameError"_s, this))
    , m_remove(new QPushButton(tr("Dele&te URL"), this))
    , m_url(new QLineEdit(this))
    , m_status(new QSpinBox(this))
    , m_delay(new QSpinBox(this))
    , m_answerBody(new QPlainTextEdit(this))
    , m_contentType(new QComboBox(this))
    , m_answerError(FeedbackLabel::create(u"inspectorAnswerError"_s, this))
    , m_createWebhook(new QPushButton(tr("Create a &webhook to this URL"), this))
    , m_message(FeedbackLabel::create(u"inspectorMessage"_s, this, Tone::Neutral))
    , m_listStack(new QStackedWidget(this))
    , m_waiting(new QLabel(this))
    , m_requests(new QTableWidget(0, ColumnCount, this))
    , m_detailPane(new QWidget(this))
    , m_summary(new QLabel(m_detailPane))
    , m_signature(FeedbackLabel::create(u"inspectorSignature"_s, m_detailPane, Tone::Neutral))
    , m_headers(new QTableWidget(0, 2, m_detailPane))
    , m_body(new QPlainTextEdit(m_detailPane))
    , m_copyCurl(new QPushButton(tr("Copy as c&URL"), m_detailPane))
    , m_copyBody(new QPushButton(tr("Copy &body"), m_detailPane))
    , m_replay(new QPushButton(tr("&Replay to…"), m_detailPane))
    , m_network(new QNetworkAccessManager(this))
{
    setObjectName(u"inspectorPage"_s);
    auto *chips = new ChipDelegate(this);

    // Left: the names, each with how many requests it holds.
    m_bins->setObjectName(u"inspectorBins"_s);
    m_bins->setAccessibleName(tr("Receiving URLs"));
    m_bins->setItemDelegate(chips);
    m_newName->setObjectName(u"inspectorNewName"_s);
    m_newName->setPlaceholderText(tr("name, e.g. crm-test"));
    m_remove->setObjectName(u"inspectorRemove"_s);
    auto *add = new QPushButton(tr("&Add"), this);
    add->setAccessibleName(tr("Add a receiving URL"));
    auto *left = new QVBoxLayout;
    left->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("&Receiving URLs"), this);
    heading->setBuddy(m_bins);
    left->addWidget(heading);
    left->addWidget(m_bins, 1);
    auto *addRow = new QHBoxLayout;
    m_newName->setAccessibleName(tr("Name of a new receiving URL"));
    addRow->addWidget(m_newName, 1);
    addRow->addWidget(add);
    left->addLayout(addRow);
    left->addWidget(m_nameError);
    left->addWidget(m_remove);
    auto *leftWidget = new QWidget(this);
    leftWidget->setLayout(left);
    // Names are short: the requests get the room.
    leftWidget->setMaximumWidth(fontMetrics().averageCharWidth() * 28);

    // Right, top: the URL and how it answers.
    m_url->setObjectName(u"inspectorUrl"_s);
    m_url->setReadOnly(true);
    auto *copy = new QPushButton(tr("&Copy"), this);
    copy->setAccessibleName(tr("Copy the receiving URL"));
    m_status->setObjectName(u"inspectorStatus"_s);
    m_status->setRange(200, 599);
    m_status->setValue(200);
    m_delay->setObjectName(u"inspectorDelay"_s);
    m_delay->setRange(0, Inspector::maxDelayMs);
    m_delay->setSingleStep(500);
    m_delay->setSuffix(tr(" ms"));
    m_createWebhook->setObjectName(u"inspectorCreateWebhook"_s);
    auto *clear = new QPushButton(tr("C&lear requests"), this);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(copy);
    auto *answerRow = new QHBoxLayout;
    answerRow->addWidget(m_status);
    auto *delayLabel = new QLabel(tr("after a &delay of"), this);
    delayLabel->setBuddy(m_delay);
    answerRow->addWidget(delayLabel);
    answerRow->addWidget(m_delay);
    // The body and its type take room most people never need: shown on request, or when the
    // URL has a body of its own.
    m_customAnswer = new QToolButton(this);
    m_customAnswer->setObjectName(u"inspectorCustomAnswer"_s);
    m_customAnswer->setText(tr("Custom r&esponse"));
    m_customAnswer->setCheckable(true);
    m_customAnswer->setAutoRaise(true);
    m_customAnswer->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_customAnswer->setArrowType(Qt::RightArrow);
    answerRow->addWidget(m_customAnswer);
    answerRow->addStretch(1);
    auto *form = new QFormLayout;
    // A row holding a layout gets no buddy from addRow: without one the "&" would show.
    auto *urlLabel = new QLabel(tr("&URL:"), this);
    urlLabel->setBuddy(m_url);
    form->addRow(urlLabel, urlRow);
    auto *statusLabel = new QLabel(tr("Answer with &status:"), this);
    statusLabel->setBuddy(m_status);
    form->addRow(statusLabel, answerRow);
    // A response of one's own, as webhook.site offers: a few lines, in the body's fixed font.
    m_answerBody->setObjectName(u"inspectorAnswerBody"_s);
    m_answerBody->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_answerBody->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_answerBody->setTabChangesFocus(true);
    m_answerBody->setPlaceholderText(
        tr("Empty: answer {\"status\": …} as JSON. Anything else is sent as it is, with the "
           "content type below."));
    m_answerBody->setFixedHeight(QFontMetrics(m_answerBody->font()).lineSpacing() * 4
                                 + int(2 * m_answerBody->document()->documentMargin())
                                 + 2 * m_answerBody->frameWidth());
    auto *bodyLabel = new QLabel(tr("Response b&ody:"), this);
    bodyLabel->setBuddy(m_answerBody);
    form->addRow(bodyLabel, m_answerBody);
    m_contentType->setObjectName(u"inspectorContentType"_s);
    m_contentType->setEditable(true);
    m_contentType->setInsertPolicy(QComboBox::NoInsert);
    m_contentType->addItems(
        {u"application/json"_s, u"text/plain"_s, u"application/xml"_s, u"text/html"_s});
    m_contentType->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_contentType->setMinimumContentsLength(24);
    auto *contentTypeLabel = new QLabel(tr("Content t&ype:"), this);
    contentTypeLabel->setBuddy(m_contentType);
    auto *contentTypeRow = new QHBoxLayout;
    contentTypeRow->addWidget(m_contentType);
    contentTypeRow->addStretch(1);
    form->addRow(contentTypeLabel, contentTypeRow);
    form->addRow(m_answerError);
    const auto showCustomAnswer = [this, form, bodyLabel, contentTypeLabel](bool shown) {
        m_customAnswer->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        form->setRowVisible(bodyLabel, shown);
        form->setRowVisible(contentTypeLabel, shown);
    };
    connect(m_customAnswer, &QToolButton::toggled, this, showCustomAnswer);
    showCustomAnswer(false);
    auto *help = new QLabel(tr("Any path under the URL is accepted too. Answer with 500 to watch "
                               "retries; a webhook is disabled after more than 10 failures in a "
                               "row. A delay past the webhook's timeout counts as a timeout."),
                            this);
    help->setWordWrap(true);
    FeedbackLabel::makeHint(help);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_createWebhook);
    buttons->addWidget(clear);
    buttons->addStretch(1);

    // The requests, newest first; or, before the first one, how to send one.
    m_requests->setObjectName(u"inspectorRequests"_s);
    m_requests->setItemDelegate(chips);
    m_requests->setHorizontalHeaderLabels(
        {tr("Received"), tr("Method"), tr("Path"), tr("Answered"), tr("Size")});
    m_requests->horizontalHeader()->setSectionResizeMode(PathColumn, QHeaderView::Stretch);
    for (int c : {TimeColumn, MethodColumn, StatusColumn, SizeColumn})
        m_requests->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_requests->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_requests->setSelectionMode(QAbstractItemView::SingleSelection);
    m_requests->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_requests->setWordWrap(false);
    m_requests->verticalHeader()->hide();
    // Rows as tall as their text needs, Devanagari included, not the style's roomy default.
    const int rowHeight = fontMetrics().height() + 8;
    m_requests->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_waiting->setObjectName(u"inspectorWaiting"_s);
    m_waiting->setWordWrap(true);
    m_waiting->setAlignment(Qt::AlignCenter);
    m_waiting->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_waiting->setMargin(12);
    m_listStack->addWidget(m_requests);
    m_listStack->addWidget(m_waiting);

    // The detail: a summary line, the signature check, and headers beside the body.
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_summary->setObjectName(u"inspectorSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headers->setObjectName(u"inspectorHeaders"_s);
    m_headers->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headers->setFont(fixed);
    m_headers->setWordWrap(false);
    m_body->setObjectName(u"inspectorBody"_s);
    m_body->setReadOnly(true);
    m_body->setFont(fixed);
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_highlighter = new JsonHighlighter(m_body->document());
    m_copyCurl->setObjectName(u"inspectorCopyCurl"_s);
    m_replay->setObjectName(u"inspectorReplay"_s);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_copyCurl);
    actions->addWidget(m_copyBody);
    actions->addWidget(m_replay);
    actions->addStretch(1);
    auto *sides = new QSplitter(Qt::Horizontal, m_detailPane);
    sides->addWidget(m_headers);
    sides->addWidget(m_body);
    sides->setStretchFactor(0, 2);
    sides->setStretchFactor(1, 3);
    sides->setChildrenCollapsible(false);
    auto *detail = new QVBoxLayout(m_detailPane);
    detail->setContentsMargins(0, 0, 0, 0);
    detail->addWidget(m_summary);
    detail->addWidget(m_signature);
    detail->addLayout(actions);
    detail->addWidget(sides, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_listStack);
    split->addWidget(m_detailPane);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(1, 2);

    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addLayout(form);
    right->addWidget(help);
    right->addLayout(buttons);
    right->addWidget(m_message);
    right->addWidget(split, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(leftWidget);
    layout->addLayout(right, 1);

    connect(add, &QPushButton::clicked, this, [this] { addBin(m_newName->text().trimmed()); });
    connect(m_newName, &QLineEdit::returnPressed, add, &QPushButton::click);
    connect(m_remove, &QPushButton::clicked, this, &InspectorPage::removeCurrentBin);
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_url->text());
        FeedbackLabel::show(m_message, tr("Copied %1.").arg(m_url->text()), Tone::Neutral);
    });
    connect(m_bins, &QListWidget::currentItemChanged, this, [this] {
        showAnswer();
        m_url->setText(urlOf(currentBin()));
        m_remove->setEnabled(!currentBin().isEmpty());
        m_message->hide(); // what it said was about the URL shown before
        m_shownId = 0;
        refreshRequests();
    });
    connect(m_status, &QSpinBox::valueChanged, this, &InspectorPage::applyAnswer);
    connect(m_delay, &QSpinBox::valueChanged, this, &InspectorPage::applyAnswer);
    connect(m_answerBody, &QPlainTextEdit::textChanged, this, &InspectorPage::applyAnswer);
    // A typed content type is applied when it is complete (Enter or leaving the field), not at
    // every key, where "text/" would be refused on the way to "text/csv"; a preset at once.
    connect(m_contentType->lineEdit(), &QLineEdit::editingFinished, this,
            &InspectorPage::applyAnswer);
    connect(m_contentType, &QComboBox::textActivated, this, &InspectorPage::applyAnswer);
    connect(m_createWebhook, &QPushButton::clicked, this, &InspectorPage::createWebhook);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_context.inspector()->clear(currentBin());
        refreshBins();
        refreshRequests();
    });
    connect(m_requests, &QTableWidget::itemSelectionChanged, this, &InspectorPage::showDetail);
    connect(m_copyCurl, &QPushButton::clicked, this, &InspectorPage::copyAsCurl);
    connect(m_copyBody, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(QString::fromUtf8(m_shownBody));
        FeedbackLabel::show(m_message, tr("Copied the body."), Tone::Neutral);
    });
    connect(m_replay, &QPushButton::clicked, this, &InspectorPage::askReplayUrl);
    // Emitted in a server thread; queued here. A burst of retries redraws once.
    connect(m_context.inspector(), &Inspector::requestReceived, this,
            &InspectorPage::scheduleRefresh);
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        refreshBins();
        refreshRequests();
    });
    // The secrets the signature check tries follow the webhooks as they change.
    connect(context.engine()->engine(), &Engine::webhookReloaded, this,
            &InspectorPage::loadSecrets);

    if (m_context.inspector()->bins().isEmpty())
        m_context.inspector()->addBin(u"default"_s);
    refreshBins();
    m_bins->setCurrentRow(0);
    loadSecrets();
}

InspectorPage::~InspectorPage()
{
    // A focused content type reports editingFinished as the window closes, after this object is
    // gone: nothing may be applied then.
    m_contentType->lineEdit()->disconnect(this);
}

bool InspectorPage::addBin(const QString &name)
{
    if (!Inspector::isValidName(name)) {
        FeedbackLabel::show(
            m_nameError,
            tr("Use 1 to 64 letters, digits, '-' or '_' (the name becomes part of the URL)."),
            Tone::Bad);
        return false;
    }
    m_nameError->hide();
    m_newName->clear();
    m_context.inspector()->addBin(name);
    refreshBins();
    selectBin(name);
    return true;
}

void InspectorPage::selectBin(const QString &name)
{
    // Made elsewhere (the demo, a request) since the list was last drawn.
    if (m_bins->findItems(name, Qt::MatchExactly).isEmpty())
        refreshBins();
    for (int row = 0; row < m_bins->count(); ++row) {
        if (m_bins->item(row)->data(Qt::UserRole).toString() == name) {
            m_bins->setCurrentRow(row);
            return;
        }
    }
}

void InspectorPage::removeCurrentBin()
{
    const QString bin = currentBin();
    if (bin.isEmpty())
        return;
    const int row = m_bins->currentRow();
    m_context.inspector()->removeBin(bin);
    refreshBins();
    m_bins->setCurrentRow(std::min(row, m_bins->count() - 1));
    FeedbackLabel::show(
        m_message,
        tr("Deleted %1 and its requests. A request to it makes it again.").arg(urlOf(bin)),
        Tone::Neutral);
}

QString InspectorPage::currentBin() const
{
    return m_bins->currentItem() ? m_bins->currentItem()->data(Qt::UserRole).toString() : QString();
}

QString InspectorPage::urlOf(const QString &name) const
{
    return name.isEmpty() ? QString() : Inspector::url(m_context.serverUrl(), name);
}

void InspectorPage::setAnswer(int status, int delayMs)
{
    m_status->setValue(status);
    m_delay->setValue(delayMs);
    applyAnswer();
}

bool InspectorPage::setAnswer(int status, int delayMs, const QString &body,
                              const QString &contentType)
{
    const QSignalBlocker blockStatus(m_status);
    const QSignalBlocker blockDelay(m_delay);
    const QSignalBlocker blockBody(m_answerBody);
    const QSignalBlocker blockType(m_contentType);
    m_status->setValue(status);
    m_delay->setValue(delayMs);
    m_answerBody->setPlainText(body);
    showContentType(contentType);
    return applyAnswer();
}

bool InspectorPage::applyAnswer()
{
    const QString bin = currentBin();
    if (bin.isEmpty())
        return false;
    // An empty body is the {"status": N} answer, whatever type is shown.
    const QByteArray body = m_answerBody->toPlainText().toUtf8();
    InspectorAnswer answer {m_status->value(), m_delay->value(), body,
                            body.isEmpty() ? QString() : m_contentType->currentText().trimmed()};
    // setAnswer refuses exactly what answerProblem names.
    if (!m_context.inspector()->setAnswer(bin, answer)) {
        FeedbackLabel::show(m_answerError, answerProblemText(answer), Tone::Bad);
        return false;
    }
    m_answerError->hide();
    return true;
}

void InspectorPage::showAnswer()
{
    const InspectorAnswer answer = m_context.inspector()->answer(currentBin());
    const QSignalBlocker blockStatus(m_status);
    const QSignalBlocker blockDelay(m_delay);
    const QSignalBlocker blockBody(m_answerBody);
    const QSignalBlocker blockType(m_contentType);
    m_status->setValue(answer.status);
    m_delay->setValue(answer.delayMs);
    m_answerBody->setPlainText(QString::fromUtf8(answer.body));
    if (!answer.body.isEmpty())
        m_customAnswer->setChecked(true);
    // The first preset for a URL that answers {"status": N}: a body typed there is JSON.
    showContentType(answer.contentType.isEmpty() ? m_contentType->itemText(0) : answer.contentType);
    m_answerError->hide(); // what it said was about the answer typed before
}

void InspectorPage::showContentType(const QString &type)
{
    // A preset by its index, so the arrow keys move on from it; any other type as text.
    const int preset = m_contentType->findText(type);
    if (preset >= 0)
        m_contentType->setCurrentIndex(preset);
    m_contentType->setEditText(type);
}

QString InspectorPage::answerProblemText(const InspectorAnswer &answer) const
{
    const QLocale locale;
    switch (Inspector::answerProblem(answer)) {
    case Inspector::AnswerProblem::None:
        break;
    case Inspector::AnswerProblem::InvalidStatus:
        return tr("Answer with a status from 200 to 599.");
    case Inspector::AnswerProblem::InvalidDelay:
        return tr("Answer after a delay of at most %1 ms.").arg(Inspector::maxDelayMs);
    case Inspector::AnswerProblem::BodyTooLarge:
        return tr("The response body is %1; it may be at most %2. Nothing was changed.")
            .arg(locale.formattedDataSize(answer.body.size()),
                 locale.formattedDataSize(Inspector::maxAnswerBodyBytes));
    case Inspector::AnswerProblem::BodyWithoutContentType:
        return tr("Give the response body a content type, such as application/json. Nothing "
                  "was changed.");
    case Inspector::AnswerProblem::ContentTypeTooLong:
        return tr("The content type may be at most %1 characters long. Nothing was changed.")
            .arg(Inspector::maxContentTypeLength);
    case Inspector::AnswerProblem::ContentTypeNotPrintable:
        return tr("The content type may hold only printable ASCII characters: no line breaks, "
                  "tabs or letters outside English. Nothing was changed.");
    case Inspector::AnswerProblem::ContentTypeNotMime:
        return tr("The content type must be a type and a subtype, such as text/plain or "
                  "application/json; charset=utf-8. Nothing was changed.");
    }
    return tr("The Inspector refused this answer. Nothing was changed.");
}

void InspectorPage::showNote(const QString &text)
{
    FeedbackLabel::show(m_message, text, Tone::Good);
}

void InspectorPage::createWebhook()
{
    const QString bin = currentBin();
    if (bin.isEmpty())
        return;
    const QString url = urlOf(bin);
    const qint64 now = m_context.clock()->nowMs();
    m_createWebhook->setEnabled(false);
    m_context.store()->run<ServiceResult<Webhook>>(
        this,
        [url, bin, now, engine = m_context.engine()](StoreConnection &store) {
            WebhookService::Changes settings;
            settings.name = u"Inspector: %1"_s.arg(bin);
            settings.url = url;
            return WebhookService(store, engine).create(settings, now);
        },
        [this, url](const Outcome<ServiceResult<Webhook>> &outcome) {
            m_createWebhook->setEnabled(true);
            if (!outcome.ok() || !outcome.value->ok()) {
                const QString error = outcome.ok()
                    ? ServiceErrorText::sentence(outcome.value->error())
                    : outcome.error;
                FeedbackLabel::show(
                    m_message, tr("The webhook could not be created: %1").arg(error), Tone::Bad);
                return;
            }
            const Webhook &created = outcome.value->value();
            FeedbackLabel::show(
                m_message, tr("Webhook “%1” now posts every message to %2.").arg(created.name, url),
                Tone::Good);
            Q_EMIT webhookCreated(created.id);
        });
}

void InspectorPage::loadSecrets()
{
    m_context.store()->run<QList<SigningWebhook>>(
        this,
        [](StoreConnection &store) {
            QList<SigningWebhook> list;
            for (const Webhook &w : store.webhooks->webhooks()) {
                if (!w.secret.isEmpty())
                    list.append({w.displayName(), w.secret});
            }
            return list;
        },
        [this](const Outcome<QList<SigningWebhook>> &outcome) {
            if (!outcome.ok())
                return; // the check then says it found no matching secret, which stays true
            m_secrets = *outcome.value;
            m_detailId = 0; // check the shown request again with the new secrets
            showDetail();
        });
}

void InspectorPage::refreshBins()
{
    const QString current = currentBin();
    const QHash<QString, int> counts = m_context.inspector()->counts();
    QStringList names = counts.keys();
    names.sort();
    const QSignalBlocker block(m_bins);
    m_bins->clear();
    for (const QString &name : std::as_const(names)) {
        auto *item = new QListWidgetItem(name, m_bins);
        item->setData(Qt::UserRole, name);
        const int count = counts.value(name);
        item->setData(ChipDelegate::BadgesRole,
                      ChipDelegate::badges({{QLocale().toString(count), Tone::Neutral}}));
        item->setToolTip(tr("%n request(s) kept", "", count));
        if (name == current)
            m_bins->setCurrentItem(item);
    }
}

void InspectorPage::scheduleRefresh()
{
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void InspectorPage::refreshRequests()
{
    m_refreshTimer->stop();
    const QString bin = currentBin();
    const QList<InspectedRequest> requests = m_context.inspector()->summaries(bin);
    if (requests.isEmpty()) {
        const QString url = urlOf(bin);
        m_waiting->setText(
            bin.isEmpty()
                ? tr("Add a receiving URL on the left: webhooks pointed at it show here, request "
                     "by request.")
                : tr("Waiting for the first request to %1.\n\nPoint a webhook at it, or send "
                     "one yourself:\n\ncurl -X POST '%1' -H 'Content-Type: application/json' "
                     "-d '{\"hello\": \"world\"}'")
                      .arg(url));
        m_listStack->setCurrentWidget(m_waiting);
    } else {
        m_listStack->setCurrentWidget(m_requests);
    }
    const QSignalBlocker block(m_requests);
    m_requests->setRowCount(int(requests.size()));
    int selectRow = -1;
    const QLocale locale;
    // Newest first.
    for (int row = 0; row < requests.size(); ++row) {
        const InspectedRequest &r = requests.at(requests.size() - 1 - row);
        auto *time
            = new QTableWidgetItem(locale.toString(r.at.toLocalTime().time(), u"HH:mm:ss"_s));
        time->setData(Qt::UserRole, r.id);
        time->setToolTip(locale.toString(r.at.toLocalTime(), u"d MMM yyyy HH:mm:ss.zzz"_s));
        m_requests->setItem(row, TimeColumn, time);
        auto *method = new QTableWidgetItem(r.method);
        method->setData(ChipDelegate::ToneRole, int(ChipDelegate::methodTone(r.method)));
        m_requests->setItem(row, MethodColumn, method);
        auto *path = new QTableWidgetItem(r.target);
        path->setToolTip(r.target);
        m_requests->setItem(row, PathColumn, path);
        auto *status = new QTableWidgetItem(QString::number(r.answeredStatus));
        status->setData(ChipDelegate::ToneRole, int(ChipDelegate::statusTone(r.answeredStatus)));
        status->setToolTip(r.delayMs > 0 ? tr("after %1 ms").arg(r.delayMs) : QString());
        m_requests->setItem(row, StatusColumn, status);
        auto *size = new QTableWidgetItem(locale.formattedDataSize(r.bodySize)
                                          + (r.bodyTruncated ? tr(" (cut)") : QString()));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_requests->setItem(row, SizeColumn, size);
        if (r.id == m_shownId)
            selectRow = row;
    }
    if (selectRow >= 0)
        m_requests->selectRow(selectRow);
    else if (!requests.isEmpty() && m_shownId == 0)
        m_requests->selectRow(0);
    else
        m_requests->clearSelection();
    showDetail();
    Q_EMIT requestsShown(int(requests.size()));
}

void InspectorPage::clearDetail()
{
    m_detailId = 0;
    m_detailBin.clear();
    m_shownMethod.clear();
    m_shownUrl.clear();
    m_shownHeaders.clear();
    m_shownBody.clear();
    m_summary->setText(tr("Select a request to see its headers and body."));
    m_signature->hide();
    m_headers->setRowCount(0);
    m_body->clear();
    for (QPushButton *b : {m_copyCurl, m_copyBody, m_replay})
        b->setEnabled(false);
}

void InspectorPage::showDetail()
{
    const auto selected = m_requests->selectedItems();
    if (selected.isEmpty()) {
        clearDetail();
        return;
    }
    const qint64 id = m_requests->item(selected.constFirst()->row(), TimeColumn)
                          ->data(Qt::UserRole)
                          .toLongLong();
    m_shownId = id;
    // Unchanged selection: keep the reader's scroll position and text selection.
    if (id == m_detailId && m_detailBin == currentBin())
        return;
    const auto found = m_context.inspector()->request(currentBin(), id);
    if (!found) {
        clearDetail();
        return;
    }
    const InspectedRequest &r = *found;
    m_detailId = id;
    m_detailBin = currentBin();
    m_shownMethod = r.method;
    m_shownUrl = m_context.serverUrl() + r.target;
    m_shownHeaders = r.headers;
    m_shownBody = r.body;
    const QLocale locale;
    m_summary->setText(tr("%1 %2 from %3 at %4; answered %5 after %6 ms; %7")
                           .arg(r.method, r.target, r.remoteAddress,
                                locale.toString(r.at.toLocalTime(), u"d MMM yyyy HH:mm:ss"_s))
                           .arg(r.answeredStatus)
                           .arg(r.delayMs)
                           .arg(locale.formattedDataSize(r.bodySize)));
    showSignature(r);

    // Query parameters, then the headers, each under a heading row.
    const QList<std::pair<QString, QString>> query
        = QUrlQuery(QUrl(r.target).query()).queryItems(QUrl::FullyDecoded);
    m_headers->setRowCount(0);
    const auto addHeading = [this](const QString &text) {
        const int row = m_headers->rowCount();
        m_headers->insertRow(row);
        auto *item = readOnlyItem(text);
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        m_headers->setItem(row, 0, item);
        m_headers->setSpan(row, 0, 1, 2);
    };
    const auto addPair = [this](const QString &name, const QString &value) {
        const int row = m_headers->rowCount();
        m_headers->insertRow(row);
        m_headers->setItem(row, 0, readOnlyItem(name));
        auto *v = readOnlyItem(value);
        v->setToolTip(value);
        m_headers->setItem(row, 1, v);
    };
    if (!query.isEmpty()) {
        addHeading(tr("Query"));
        for (const auto &[name, value] : query)
            addPair(name, value);
    }
    addHeading(tr("Headers"));
    for (const auto &[name, value] : r.headers)
        addPair(QString::fromLatin1(name), QString::fromLatin1(value));
    m_headers->resizeColumnToContents(0);

    // Shown from memory in the GUI thread, so the shown part stays small.
    const bool form = isFormBody(r.headers);
    QString body = form ? formFields(r.body) : HttpText::forDisplay(r.body, 64 * 1024);
    if (r.bodyTruncated)
        body += u'\n'
            + tr("(only the first %1 are kept)").arg(locale.formattedDataSize(r.body.size()));
    const QByteArray trimmed = r.body.trimmed();
    m_highlighter->setActive(!form && (trimmed.startsWith('{') || trimmed.startsWith('[')));
    m_body->setPlainText(body.isEmpty() ? tr("(no body)") : body);
    for (QPushButton *b : {m_copyCurl, m_copyBody, m_replay})
        b->setEnabled(true);
    m_copyBody->setEnabled(!r.body.isEmpty());
    Q_EMIT detailShown(id);
}

void InspectorPage::showSignature(const InspectedRequest &request)
{
    const QByteArray signature = headerValue(request.headers, "webhook-signature");
    if (signature.isEmpty()) {
        FeedbackLabel::show(m_signature, tr("Not signed (no webhook-signature header)."),
                            Tone::Neutral);
        return;
    }
    if (request.bodyTruncated) {
        FeedbackLabel::show(m_signature,
                            tr("Signed, but only part of the body was kept, so the signature "
                               "cannot be checked."),
                            Tone::Neutral);
        return;
    }
    const QString messageId = QString::fromLatin1(headerValue(request.headers, "webhook-id"));
    bool timestampOk = false;
    const qint64 timestamp
        = headerValue(request.headers, "webhook-timestamp").toLongLong(&timestampOk);
    if (messageId.isEmpty() || !timestampOk) {
        FeedbackLabel::show(m_signature,
                            tr("Signature not valid: the webhook-id or webhook-timestamp header "
                               "is missing."),
                            Tone::Bad);
        return;
    }
    for (const SigningWebhook &w : std::as_const(m_secrets)) {
        if (StandardWebhooks::verify(w.secret, messageId, timestamp, request.body, signature)) {
            FeedbackLabel::show(m_signature,
                                tr("✓ Signature valid: signed with the secret of the webhook "
                                   "“%1”.")
                                    .arg(w.name),
                                Tone::Good);
            return;
        }
    }
    FeedbackLabel::show(m_signature,
                        m_secrets.isEmpty()
                            ? tr("✗ Signed, but no webhook here has a signing secret to check it "
                                 "with.")
                            : tr("✗ Signature not valid for any webhook's secret: the body was "
                                 "changed, or another sender or an older secret signed it."),
                        m_secrets.isEmpty() ? Tone::Neutral : Tone::Bad);
}

QString InspectorPage::curlCommand() const
{
    if (m_detailId == 0)
        return {};
    return HttpText::curlCommand(m_shownMethod, m_shownUrl, m_shownHeaders, m_shownBody);
}

void InspectorPage::copyAsCurl()
{
    const QString command = curlCommand();
    if (command.isEmpty())
        return;
    QApplication::clipboard()->setText(command);
    FeedbackLabel::show(m_message, tr("Copied the request as a cURL command."), Tone::Neutral);
}

void InspectorPage::askReplayUrl()
{
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Replay the request"),
        tr("Send this request again, with its method, headers and body, to:"), QLineEdit::Normal,
        m_lastReplayUrl.isEmpty() ? u"http://localhost:3000/"_s : m_lastReplayUrl.toString(), &ok);
    if (ok)
        replayTo(QUrl::fromUserInput(text.trimmed()));
}

void InspectorPage::replayTo(const QUrl &url)
{
    if (m_detailId == 0)
        return;
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
        const QString error = tr("Give a full http:// or https:// address to replay to.");
        FeedbackLabel::show(m_message, error, Tone::Bad);
        Q_EMIT replayed(0, error);
        return;
    }
    m_lastReplayUrl = url;
    QNetworkRequest request(url);
    for (const auto &[name, value] : std::as_const(m_shownHeaders)) {
        if (!HttpText::isTransportHeader(name))
            request.setRawHeader(name, value);
    }
    request.setTransferTimeout(30000);
    FeedbackLabel::show(m_message, tr("Replaying to %1…").arg(url.toString()), Tone::Neutral);
    QElapsedTimer elapsed;
    elapsed.start();
    QNetworkReply *reply
        = m_network->sendCustomRequest(request, m_shownMethod.toLatin1(), m_shownBody);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, elapsed] {
        reply->deleteLater();
        const qint64 ms = elapsed.elapsed();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            const QString error
                = tr("Replay to %1 failed: %2").arg(url.toString(), reply->errorString());
            FeedbackLabel::show(m_message, error, Tone::Bad);
            Q_EMIT replayed(0, error);
            return;
        }
        FeedbackLabel::show(
            m_message,
            tr("Replayed to %1: HTTP %2 in %3 ms.").arg(url.toString()).arg(status).arg(ms),
            status < 300 ? Tone::Good : Tone::Bad);
        Q_EMIT replayed(status, QString());
    });
}

} // namespace hookline
