#include "webhookfilterdialog.h"

#include "accountlabel.h"
#include "activitytext.h"
#include "desktopcontext.h"
#include "feedbacklabel.h"
#include "service/serviceerror.h"
#include "serviceerrortext.h"
#include "store/messagestore.h"
#include "store/storeconnection.h"
#include "storeworker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hookline {

using FeedbackLabel::Tone;

namespace {

// A preview after the typing pauses: each one measures a regular expression on the worker.
constexpr int previewDelayMs = 250;

enum PreviewColumn { VerdictColumn, TimeColumn, ChatColumn, TextColumn, ReasonColumn };

// Fusion outlines a check box in the window colour darkened, which on a dark palette's list
// background leaves an unticked box invisible: the outline is taken halfway to the text instead.
class CheckOutlineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QColor text = option->palette.color(QPalette::Text);
        const QColor base = option->palette.color(QPalette::Base);
        option->palette.setColor(QPalette::Window,
                                 QColor((text.red() + base.red()) / 2,
                                        (text.green() + base.green()) / 2,
                                        (text.blue() + base.blue()) / 2));
    }
};

} // namespace

WebhookFilterDialog::WebhookFilterDialog(DesktopContext &context, const WebhookFilter &filter,
                                         QWidget *parent, Purpose purpose)
    : QDialog(parent)
    , m_context(context)
    , m_wantedAccounts(filter.accounts)
    , m_previewDelay(new QTimer(this))
{
    setObjectName(u"webhookFilterDialog"_s);
    setWindowTitle(tr("Which messages this webhook gets"));
    auto *column = new QVBoxLayout(this);

    auto *intro = new QLabel(
        purpose == Purpose::Replay
            ? tr("Only the messages of the range that the filter lets through are replayed.")
            : tr("A message the filter turns away is not sent to this webhook (its history in "
                 "Chats says so). The filter applies to messages that arrive after you save it."),
        this);
    intro->setWordWrap(true);
    column->addWidget(intro);

    auto *form = new QFormLayout;
    m_direction = new QComboBox(this);
    m_direction->setObjectName(u"direction"_s);
    m_direction->addItem(tr("Received and sent"), int(WebhookFilter::DirectionRule::Both));
    m_direction->addItem(tr("Received only"), int(WebhookFilter::DirectionRule::Received));
    m_direction->addItem(tr("Sent only"), int(WebhookFilter::DirectionRule::Sent));
    m_direction->setCurrentIndex(m_direction->findData(int(filter.direction)));
    form->addRow(tr("&Direction:"), m_direction);

    m_accounts = new QListWidget(this);
    m_accounts->setObjectName(u"accounts"_s);
    m_accounts->setItemDelegate(new CheckOutlineDelegate(m_accounts));
    m_accounts->setToolTip(tr("Tick the accounts whose messages this webhook gets."));
    auto *accountsLabel = new QLabel(tr("&Accounts:"), this);
    accountsLabel->setBuddy(m_accounts);
    form->addRow(accountsLabel, m_accounts);
    auto *accountsHint
        = new QLabel(tr("None ticked: every account, including ones added later."), this);
    FeedbackLabel::makeHint(accountsHint);
    form->addRow(QString(), accountsHint);

    m_chatKind = new QComboBox(this);
    m_chatKind->setObjectName(u"chatKind"_s);
    m_chatKind->addItem(tr("Direct chats and groups"), int(WebhookFilter::ChatKind::Both));
    m_chatKind->addItem(tr("Direct chats only"), int(WebhookFilter::ChatKind::Direct));
    m_chatKind->addItem(tr("Groups only"), int(WebhookFilter::ChatKind::Group));
    m_chatKind->setCurrentIndex(m_chatKind->findData(int(filter.chatKind)));
    form->addRow(tr("&Chats:"), m_chatKind);

    m_attachment = new QComboBox(this);
    m_attachment->setObjectName(u"attachment"_s);
    m_attachment->addItem(tr("With or without"), int(WebhookFilter::AttachmentRule::Either));
    m_attachment->addItem(tr("Only with an attachment"), int(WebhookFilter::AttachmentRule::With));
    m_attachment->addItem(tr("Only without an attachment"),
                          int(WebhookFilter::AttachmentRule::Without));
    m_attachment->setCurrentIndex(m_attachment->findData(int(filter.attachment)));
    form->addRow(tr("A&ttachment:"), m_attachment);

    m_text = new QLineEdit(filter.text, this);
    m_text->setObjectName(u"text"_s);
    m_text->setMaxLength(WebhookFilter::maxTextLength);
    m_text->setPlaceholderText(tr("any text; e.g. order (case is ignored)"));
    m_regex = new QCheckBox(tr("&Regular expression"), this);
    m_regex->setObjectName(u"regex"_s);
    m_regex->setChecked(filter.textIsRegex);
    m_regex->setToolTip(tr("Off: the text must contain these characters. On: a Perl-style "
                           "regular expression, such as order\\s*#?\\d+."));
    auto *textRow = new QHBoxLayout;
    textRow->addWidget(m_text, 1);
    textRow->addWidget(m_regex);
    auto *textLabel = new QLabel(tr("T&ext contains:"), this);
    textLabel->setBuddy(m_text);
    form->addRow(textLabel, textRow);
    m_error = FeedbackLabel::create(u"filterError"_s, this);
    form->addRow(QString(), m_error);
    column->addLayout(form);

    auto *previewTitle = new QLabel(tr("<b>Would it match?</b>"), this);
    column->addWidget(previewTitle);
    m_previewSummary = new QLabel(this);
    m_previewSummary->setObjectName(u"previewSummary"_s);
    m_previewSummary->setWordWrap(true);
    column->addWidget(m_previewSummary);
    m_preview = new QTreeWidget(this);
    m_preview->setObjectName(u"preview"_s);
    m_preview->setRootIsDecorated(false);
    m_preview->setUniformRowHeights(true);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setHeaderLabels({QString(), tr("Time"), tr("Chat"), tr("Message"), tr("Why not")});
    m_preview->header()->setStretchLastSection(false);
    m_preview->header()->setSectionResizeMode(VerdictColumn, QHeaderView::ResizeToContents);
    m_preview->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_preview->header()->setSectionResizeMode(ChatColumn, QHeaderView::Interactive);
    m_preview->header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_preview->header()->setSectionResizeMode(ReasonColumn, QHeaderView::ResizeToContents);
    m_preview->setColumnWidth(ChatColumn, 160);
    column->addWidget(m_preview, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *everything = buttons->addButton(tr("Every &message"), QDialogButtonBox::ResetRole);
    everything->setObjectName(u"clearFilter"_s);
    everything->setToolTip(tr("Clears every field: the webhook gets every message."));
    column->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(everything, &QPushButton::clicked, this, [this] {
        for (QComboBox *combo : {m_direction, m_chatKind, m_attachment})
            combo->setCurrentIndex(0);
        for (int i = 0; i < m_accounts->count(); ++i)
            m_accounts->item(i)->setCheckState(Qt::Unchecked);
        m_text->clear();
        m_regex->setChecked(false);
    });

    m_previewDelay->setSingleShot(true);
    m_previewDelay->setInterval(previewDelayMs);
    connect(m_previewDelay, &QTimer::timeout, this, &WebhookFilterDialog::runPreview);
    for (QComboBox *combo : {m_direction, m_chatKind, m_attachment})
        connect(combo, &QComboBox::currentIndexChanged, this,
                &WebhookFilterDialog::schedulePreview);
    connect(m_accounts, &QListWidget::itemChanged, this, &WebhookFilterDialog::schedulePreview);
    connect(m_text, &QLineEdit::textChanged, this, &WebhookFilterDialog::schedulePreview);
    connect(m_regex, &QCheckBox::toggled, this, &WebhookFilterDialog::schedulePreview);

    resize(860, 620);
    loadAccounts();
}

void WebhookFilterDialog::loadAccounts()
{
    m_previewSummary->setText(tr("Reading the latest messages…"));
    m_context.store()->run<QList<Account>>(
        this, [](StoreConnection &store) { return store.messages->accounts(); },
        [this](const Outcome<QList<Account>> &loaded) {
            if (!loaded.ok())
                showError(QString(), tr("The accounts could not be read: %1").arg(loaded.error));
            fillAccounts(loaded.value.value_or(QList<Account>()));
            runPreview();
        });
}

void WebhookFilterDialog::fillAccounts(const QList<Account> &accounts)
{
    const QSignalBlocker blocker(m_accounts);
    m_accounts->clear();
    QStringList unmatched = m_wantedAccounts;
    auto add = [this](const QString &text, const QString &phone, bool ticked) {
        auto *item = new QListWidgetItem(text, m_accounts);
        item->setData(Qt::UserRole, phone);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    };
    for (const Account &a : accounts) {
        const QString digits = WebhookFilter::normalisedPhone(a.phone);
        const auto wanted = std::find_if(unmatched.begin(), unmatched.end(), [&](const QString &p) {
            return WebhookFilter::normalisedPhone(p) == digits;
        });
        const bool ticked = wanted != unmatched.end();
        if (ticked)
            unmatched.erase(wanted);
        add(accountLabel(a), a.phone, ticked);
    }
    // A number the filter names that is no account (yet, or any more) stays, so OK does not
    // drop it unseen.
    for (const QString &phone : std::as_const(unmatched))
        add(tr("%1 (not an account of this workspace)").arg(phone), phone, true);
    // Tall enough for four accounts; a longer list scrolls.
    const int row = m_accounts->sizeHintForRow(0) > 0 ? m_accounts->sizeHintForRow(0)
                                                      : fontMetrics().height() + 4;
    m_accounts->setFixedHeight(row * qBound(1, int(m_accounts->count()), 4)
                               + 2 * m_accounts->frameWidth());
}

WebhookFilter WebhookFilterDialog::filter() const
{
    WebhookFilter f;
    f.direction = WebhookFilter::DirectionRule(m_direction->currentData().toInt());
    f.chatKind = WebhookFilter::ChatKind(m_chatKind->currentData().toInt());
    f.attachment = WebhookFilter::AttachmentRule(m_attachment->currentData().toInt());
    for (int i = 0; i < m_accounts->count(); ++i) {
        const QListWidgetItem *item = m_accounts->item(i);
        if (item->checkState() == Qt::Checked)
            f.accounts.append(item->data(Qt::UserRole).toString());
    }
    f.text = m_text->text();
    // A regular expression of nothing is no filter: saved as the empty text it is.
    f.textIsRegex = m_regex->isChecked() && !f.text.isEmpty();
    return f;
}

void WebhookFilterDialog::schedulePreview()
{
    m_error->hide();
    m_previewDelay->start();
}

void WebhookFilterDialog::runPreview()
{
    m_previewDelay->stop();
    const WebhookFilter f = filter();
    const quint64 serial = ++m_previewSerial;
    m_context.store()->run<ServiceResult<QList<WebhookService::Preview>>>(
        this, [f](StoreConnection &store) { return WebhookService(store, nullptr).preview(f); },
        [this, serial](const Outcome<ServiceResult<QList<WebhookService::Preview>>> &outcome) {
            if (serial != m_previewSerial)
                return; // an answer to a filter already edited away
            m_previewShown = serial;
            if (!outcome.ok()) {
                m_previewSummary->setText(
                    tr("The latest messages could not be read: %1").arg(outcome.error));
                return;
            }
            if (!outcome.value->ok()) {
                const ServiceError &error = outcome.value->error();
                showError(error.field, ServiceErrorText::sentence(error));
                m_previewSummary->setText(tr("Mend the filter to see which messages it lets "
                                             "through."));
                m_preview->clear();
                return;
            }
            showPreview(outcome.value->value());
        });
}

void WebhookFilterDialog::showPreview(const QList<WebhookService::Preview> &list)
{
    m_preview->clear();
    const QColor good = FeedbackLabel::color(Tone::Good);
    const QColor bad = FeedbackLabel::color(Tone::Bad);
    const QLocale locale;
    int matching = 0;
    for (const WebhookService::Preview &p : list) {
        const Message &m = p.message;
        matching += p.matches ? 1 : 0;
        auto *item = new QTreeWidgetItem(m_preview);
        item->setText(VerdictColumn, p.matches ? u"✓"_s : u"✗"_s);
        item->setForeground(VerdictColumn, p.matches ? good : bad);
        item->setToolTip(VerdictColumn, p.matches ? tr("Would be sent") : tr("Would be skipped"));
        item->setText(TimeColumn, locale.toString(m.timestamp.toLocalTime(), u"d MMM HH:mm:ss"_s));
        // The other side of the conversation; in a group, who wrote it.
        const Party &other = m.direction == Direction::Received ? m.sender : m.recipient;
        const QString name = other.fullName.isEmpty() ? other.phone : other.fullName;
        item->setText(ChatColumn,
                      m.direction == Direction::Received ? tr("from %1").arg(name)
                                                         : tr("to %1").arg(name));
        if (p.origin.groupChat)
            item->setText(ChatColumn, tr("%1 (group)").arg(item->text(ChatColumn)));
        const QString text = m.text.isEmpty() && m.attachment ? m.attachment->fileName : m.text;
        item->setText(TextColumn, text.simplified().left(200));
        item->setToolTip(TextColumn, text.left(2000));
        if (!p.matches)
            item->setText(ReasonColumn, ActivityText::filterReason(p.rejection));
    }
    if (list.isEmpty()) {
        m_previewSummary->setText(tr("There are no messages yet to try the filter on."));
        return;
    }
    m_previewSummary->setText(tr("%n of the latest %1 messages would be sent.", nullptr, matching)
                                  .arg(locale.toString(list.size())));
}

QString WebhookFilterDialog::summary(const WebhookFilter &f)
{
    if (f.isEmpty())
        return tr("Every message");
    QStringList parts;
    if (f.direction == WebhookFilter::DirectionRule::Received)
        parts << tr("received only");
    else if (f.direction == WebhookFilter::DirectionRule::Sent)
        parts << tr("sent only");
    if (!f.accounts.isEmpty())
        parts << tr("%n account(s)", nullptr, int(f.accounts.size()));
    if (f.chatKind == WebhookFilter::ChatKind::Direct)
        parts << tr("direct chats only");
    else if (f.chatKind == WebhookFilter::ChatKind::Group)
        parts << tr("groups only");
    if (f.attachment == WebhookFilter::AttachmentRule::With)
        parts << tr("with an attachment");
    else if (f.attachment == WebhookFilter::AttachmentRule::Without)
        parts << tr("without an attachment");
    if (!f.text.isEmpty())
        parts << (f.textIsRegex ? tr("text matches /%1/").arg(f.text)
                                : tr("text contains “%1”").arg(f.text));
    return QLocale().createSeparatedList(parts);
}

void WebhookFilterDialog::showError(const QString &field, const QString &sentence)
{
    FeedbackLabel::show(m_error, sentence, Tone::Bad);
    if (field == u"filter.text"_s)
        m_text->setFocus();
}

void WebhookFilterDialog::accept()
{
    // The cheap rules here; the webhook's Save measures a regular expression once more.
    if (const auto error
        = WebhookFilter::validate(filter(), WebhookFilter::RegexCheck::CompileOnly)) {
        showError(error->field,
                  ServiceErrorText::sentence(
                      {ServiceError::Code::Invalid, error->field, error->message}));
        return;
    }
    QDialog::accept();
}

} // namespace hookline
