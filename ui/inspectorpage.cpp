#include "inspectorpage.h"

#include "delivery/clock.h"
#include "desktopcontext.h"
#include "feedbacklabel.h"
#include "httptext.h"
#include "server/inspector.h"
#include "service/webhookservice.h"
#include "serviceerrortext.h"
#include "store/storeconnection.h"
#include "storeworker.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hookline {

using FeedbackLabel::Tone;

InspectorPage::InspectorPage(DesktopContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_bins(new QListWidget(this))
    , m_newName(new QLineEdit(this))
    , m_nameError(FeedbackLabel::create(u"inspectorNameError"_s, this))
    , m_url(new QLineEdit(this))
    , m_status(new QSpinBox(this))
    , m_delay(new QSpinBox(this))
    , m_createWebhook(new QPushButton(tr("Create a &webhook to this URL"), this))
    , m_message(FeedbackLabel::create(u"inspectorMessage"_s, this, Tone::Neutral))
    , m_requests(new QTableWidget(0, 4, this))
    , m_detail(new QPlainTextEdit(this))
{
    setObjectName(u"inspectorPage"_s);
    m_bins->setObjectName(u"inspectorBins"_s);
    m_bins->setAccessibleName(tr("Receiving URLs"));
    m_newName->setObjectName(u"inspectorNewName"_s);
    m_newName->setPlaceholderText(tr("name, e.g. crm-test"));
    auto *add = new QPushButton(tr("&Add URL"), this);
    auto *left = new QVBoxLayout;
    auto *heading = new QLabel(tr("&Receiving URLs"), this);
    heading->setBuddy(m_bins);
    left->addWidget(heading);
    left->addWidget(m_bins, 1);
    auto *addRow = new QHBoxLayout;
    auto *newNameLabel = new QLabel(tr("&Name:"), this);
    newNameLabel->setBuddy(m_newName);
    addRow->addWidget(newNameLabel);
    addRow->addWidget(m_newName, 1);
    addRow->addWidget(add);
    left->addLayout(addRow);
    left->addWidget(m_nameError);
    auto *leftWidget = new QWidget(this);
    leftWidget->setLayout(left);

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
    auto *form = new QFormLayout;
    // A row holding a layout gets no buddy from addRow: without one the "&" would show.
    auto *urlLabel = new QLabel(tr("&URL:"), this);
    urlLabel->setBuddy(m_url);
    form->addRow(urlLabel, urlRow);
    form->addRow(tr("Answer with &status:"), m_status);
    form->addRow(tr("After a &delay of:"), m_delay);
    auto *help = new QLabel(tr("Answer with 500 to watch retries; a webhook is disabled after "
                               "more than 10 failures in a row. A delay past the webhook's "
                               "timeout counts as a timeout."),
                            this);
    help->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_createWebhook);
    buttons->addWidget(clear);
    buttons->addStretch(1);

    m_requests->setObjectName(u"inspectorRequests"_s);
    m_requests->setHorizontalHeaderLabels(
        {tr("Received"), tr("Method"), tr("Answered"), tr("Body size")});
    m_requests->horizontalHeader()->setStretchLastSection(true);
    m_requests->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_requests->setSelectionMode(QAbstractItemView::SingleSelection);
    m_requests->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_requests->verticalHeader()->hide();
    m_detail->setObjectName(u"inspectorDetail"_s);
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_requests);
    split->addWidget(m_detail);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(help);
    right->addLayout(buttons);
    right->addWidget(m_message);
    right->addWidget(split, 1);
    auto *rightWidget = new QWidget(this);
    rightWidget->setLayout(right);

    auto *outer = new QSplitter(this);
    outer->addWidget(leftWidget);
    outer->addWidget(rightWidget);
    outer->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(outer);

    connect(add, &QPushButton::clicked, this, [this] { addBin(m_newName->text().trimmed()); });
    connect(m_newName, &QLineEdit::returnPressed, add, &QPushButton::click);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_url->text()); });
    connect(m_bins, &QListWidget::currentTextChanged, this, [this] {
        const InspectorAnswer answer = m_context.inspector()->answer(currentBin());
        const QSignalBlocker blockStatus(m_status);
        const QSignalBlocker blockDelay(m_delay);
        m_status->setValue(answer.status);
        m_delay->setValue(answer.delayMs);
        m_url->setText(urlOf(currentBin()));
        m_shownId = 0;
        refreshRequests();
    });
    connect(m_status, &QSpinBox::valueChanged, this, &InspectorPage::applyAnswer);
    connect(m_delay, &QSpinBox::valueChanged, this, &InspectorPage::applyAnswer);
    connect(m_createWebhook, &QPushButton::clicked, this, &InspectorPage::createWebhook);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_context.inspector()->clear(currentBin());
        refreshRequests();
    });
    connect(m_requests, &QTableWidget::itemSelectionChanged, this, &InspectorPage::showDetail);
    // Emitted in a server thread; queued here.
    connect(m_context.inspector(), &Inspector::requestReceived, this, [this](const QString &bin) {
        if (m_bins->findItems(bin, Qt::MatchExactly).isEmpty())
            refreshBins();
        if (bin == currentBin())
            scheduleRefresh();
    });
    // A burst of retries redraws the table once, not once per request.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, &InspectorPage::refreshRequests);

    if (m_context.inspector()->bins().isEmpty())
        m_context.inspector()->addBin(u"default"_s);
    refreshBins();
    m_bins->setCurrentRow(0);
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
    const auto items = m_bins->findItems(name, Qt::MatchExactly);
    if (!items.isEmpty())
        m_bins->setCurrentItem(items.constFirst());
}

QString InspectorPage::currentBin() const
{
    return m_bins->currentItem() ? m_bins->currentItem()->text() : QString();
}

QString InspectorPage::urlOf(const QString &name) const
{
    return name.isEmpty() ? QString() : m_context.serverUrl() + u"/inspect/"_s + name;
}

void InspectorPage::setAnswer(int status, int delayMs)
{
    m_status->setValue(status);
    m_delay->setValue(delayMs);
    applyAnswer();
}

void InspectorPage::applyAnswer()
{
    if (currentBin().isEmpty())
        return;
    m_context.inspector()->setAnswer(currentBin(), {m_status->value(), m_delay->value()});
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

void InspectorPage::refreshBins()
{
    const QString current = currentBin();
    const QSignalBlocker block(m_bins);
    m_bins->clear();
    m_bins->addItems(m_context.inspector()->bins());
    if (!current.isEmpty())
        selectBin(current);
}

void InspectorPage::scheduleRefresh()
{
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void InspectorPage::refreshRequests()
{
    m_refreshTimer->stop();
    const QList<InspectedRequest> requests = m_context.inspector()->summaries(currentBin());
    const QSignalBlocker block(m_requests);
    m_requests->setRowCount(int(requests.size()));
    int selectRow = -1;
    // Newest first.
    for (int row = 0; row < requests.size(); ++row) {
        const InspectedRequest &r = requests.at(requests.size() - 1 - row);
        auto *time = new QTableWidgetItem(
            QLocale().toString(r.at.toLocalTime().time(), u"HH:mm:ss.zzz"_s));
        time->setData(Qt::UserRole, r.id);
        m_requests->setItem(row, 0, time);
        m_requests->setItem(row, 1, new QTableWidgetItem(r.method));
        m_requests->setItem(row, 2, new QTableWidgetItem(QString::number(r.answeredStatus)));
        m_requests->setItem(row, 3,
                            new QTableWidgetItem(QLocale().formattedDataSize(r.bodySize)
                                                 + (r.bodyTruncated ? tr(" (cut)") : QString())));
        if (r.id == m_shownId)
            selectRow = row;
    }
    if (selectRow >= 0)
        m_requests->selectRow(selectRow);
    else if (!requests.isEmpty() && m_shownId == 0)
        m_requests->selectRow(0);
    showDetail();
    Q_EMIT requestsShown(int(requests.size()));
}

void InspectorPage::showDetail()
{
    const auto selected = m_requests->selectedItems();
    if (selected.isEmpty()) {
        m_detail->clear();
        m_detailId = 0;
        return;
    }
    const qint64 id
        = m_requests->item(selected.constFirst()->row(), 0)->data(Qt::UserRole).toLongLong();
    m_shownId = id;
    // Unchanged selection: keep the reader's scroll position and text selection.
    if (id == m_detailId)
        return;
    if (const auto found = m_context.inspector()->request(currentBin(), id)) {
        const InspectedRequest &r = *found;
        m_detailId = id;
        QString text = u"%1 %2\n"_s.arg(r.method, r.target);
        text += tr("From %1 at %2, answered %3 after %4 ms\n\n")
                    .arg(r.remoteAddress, r.at.toLocalTime().toString(Qt::ISODateWithMs))
                    .arg(r.answeredStatus)
                    .arg(r.delayMs);
        text += HttpText::headerLines(r.headers);
        // Shown from memory in the GUI thread, so the shown part stays small.
        text += u'\n' + HttpText::forDisplay(r.body, 64 * 1024);
        if (r.bodyTruncated)
            text += u'\n'
                + tr("(only the first %1 are kept)")
                      .arg(QLocale().formattedDataSize(r.body.size()));
        m_detail->setPlainText(text);
    }
}

} // namespace hookline
