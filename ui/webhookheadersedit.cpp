#include "webhookheadersedit.h"

#include "feedbacklabel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

enum Column { NameColumn, ValueColumn };
constexpr int ValueRole = Qt::UserRole;

QString masked(const QString &value)
{
    return value.isEmpty() ? QString() : QString(8, WebhookHeadersEdit::maskCharacter);
}

// Edits the value kept in ValueRole, never the mask shown in its place.
class ValueDelegate : public QStyledItemDelegate
{
public:
    ValueDelegate(const QPushButton *reveal, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_reveal(reveal)
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *edit = new QLineEdit(parent);
        edit->setEchoMode(m_reveal->isChecked() ? QLineEdit::Normal
                                                : QLineEdit::PasswordEchoOnEdit);
        edit->setMaxLength(WebhookHeader::maxValueBytes);
        return edit;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QLineEdit *>(editor)->setText(index.data(ValueRole).toString());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        const QString value = static_cast<QLineEdit *>(editor)->text();
        model->setData(index, value, ValueRole);
        model->setData(index, m_reveal->isChecked() ? value : masked(value), Qt::DisplayRole);
    }

private:
    const QPushButton *m_reveal;
};

// A small form for a preset's values; empty when cancelled.
QStringList ask(QWidget *parent, const QString &title,
                const QList<std::tuple<QString, QString, bool>> &fields)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *form = new QFormLayout;
    QList<QLineEdit *> edits;
    for (const auto &[label, initial, secret] : fields) {
        auto *edit = new QLineEdit(initial, &dialog);
        edit->setEchoMode(secret ? QLineEdit::PasswordEchoOnEdit : QLineEdit::Normal);
        edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 36);
        auto *name = new QLabel(label, &dialog);
        name->setBuddy(edit);
        form->addRow(name, edit);
        edits.append(edit);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    QStringList values;
    for (const QLineEdit *edit : std::as_const(edits))
        values.append(edit->text());
    return values;
}

} // namespace

WebhookHeadersEdit::WebhookHeadersEdit(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QToolButton(this))
    , m_remove(new QPushButton(tr("Re&move header"), this))
    , m_reveal(new QPushButton(tr("Show &values"), this))
    , m_none(new QLabel(tr("None."), this))
    , m_error(FeedbackLabel::create(u"headersError"_s, this))
{
    setObjectName(u"webhookHeaders"_s);
    m_table->setObjectName(u"headers"_s);
    m_table->setAccessibleName(tr("Request headers"));
    m_table->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(NameColumn, fontMetrics().averageCharWidth() * 22);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setItemDelegateForColumn(ValueColumn, new ValueDelegate(m_reveal, m_table));

    m_add->setObjectName(u"addHeader"_s);
    m_add->setText(tr("&Add header"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_add);
    connect(menu->addAction(tr("Bearer token…")), &QAction::triggered, this,
            &WebhookHeadersEdit::askBearer);
    connect(menu->addAction(tr("Basic authentication (user and password)…")), &QAction::triggered,
            this, &WebhookHeadersEdit::askBasic);
    connect(menu->addAction(tr("API key header…")), &QAction::triggered, this,
            &WebhookHeadersEdit::askApiKey);
    connect(menu->addAction(tr("Other header")), &QAction::triggered, this,
            &WebhookHeadersEdit::addEmptyRow);
    m_add->setMenu(menu);
    m_remove->setObjectName(u"removeHeader"_s);
    m_remove->setEnabled(false);
    m_reveal->setObjectName(u"revealHeaders"_s);
    m_reveal->setCheckable(true);
    m_reveal->setToolTip(tr("Values are credentials: masked here, and “REDACTED” in the "
                            "detailed log, exports and e-mails."));

    m_none->setObjectName(u"noHeaders"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_none);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_reveal);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_error);

    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (m_loading)
            return;
        m_error->hide();
        Q_EMIT edited();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        fitRows();
        m_error->hide();
        Q_EMIT edited();
    });
    connect(m_reveal, &QPushButton::toggled, this, [this] {
        for (int row = 0; row < m_table->rowCount(); ++row)
            showValue(row);
    });
    fitRows();
}

void WebhookHeadersEdit::fitRows()
{
    // Most webhooks have none or one: the table takes room only for the rows it has, up to
    // three, and none at all while empty.
    const int rows = m_table->rowCount();
    m_table->setVisible(rows > 0);
    m_none->setVisible(rows == 0);
    m_remove->setVisible(rows > 0);
    m_reveal->setVisible(rows > 0);
    setFocusProxy(rows > 0 ? static_cast<QWidget *>(m_table) : m_add); // the label's buddy
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
                            + qBound(1, rows, 3) * m_table->verticalHeader()->defaultSectionSize()
                            + 2 * m_table->frameWidth());
}

void WebhookHeadersEdit::setHeaders(const QList<WebhookHeader> &headers)
{
    m_loading = true;
    m_table->setRowCount(0);
    for (const WebhookHeader &h : headers)
        addRow(h);
    m_loading = false;
    fitRows();
    m_reveal->setChecked(false);
    m_error->hide();
}

QList<WebhookHeader> WebhookHeadersEdit::headers() const
{
    QList<WebhookHeader> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, NameColumn);
        const QTableWidgetItem *value = m_table->item(row, ValueColumn);
        // Never null: to the service a null value means "keep the stored one".
        QString text = value ? value->data(ValueRole).toString() : QString();
        WebhookHeader h {name ? name->text().trimmed() : QString(), text.isNull() ? u""_s : text};
        if (!h.name.isEmpty() || !h.value.isEmpty())
            list.append(h);
    }
    return list;
}

void WebhookHeadersEdit::showError(int row, const QString &message)
{
    if (message.isEmpty()) {
        m_error->hide();
        return;
    }
    FeedbackLabel::show(m_error, message, FeedbackLabel::Tone::Bad);
    if (row >= 0 && row < m_table->rowCount()) {
        m_table->selectRow(row);
        m_table->setFocus();
    }
}

void WebhookHeadersEdit::addHeader(const WebhookHeader &header)
{
    // A scheme chosen again replaces the header it sets ("Authorization" once).
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, NameColumn);
        if (name && name->text().trimmed().compare(header.name, Qt::CaseInsensitive) == 0) {
            m_table->removeRow(row);
            break;
        }
    }
    addRow(header);
    fitRows();
    m_table->selectRow(m_table->rowCount() - 1);
    m_error->hide();
    Q_EMIT edited();
}

void WebhookHeadersEdit::addRow(const WebhookHeader &header)
{
    const bool loading = std::exchange(m_loading, true);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, NameColumn, new QTableWidgetItem(header.name));
    auto *value = new QTableWidgetItem;
    value->setData(ValueRole, header.value);
    m_table->setItem(row, ValueColumn, value);
    showValue(row);
    m_loading = loading;
}

void WebhookHeadersEdit::showValue(int row)
{
    QTableWidgetItem *item = m_table->item(row, ValueColumn);
    if (!item)
        return;
    const bool loading = std::exchange(m_loading, true);
    const QString value = item->data(ValueRole).toString();
    item->setText(m_reveal->isChecked() ? value : masked(value));
    m_loading = loading;
}

void WebhookHeadersEdit::askBearer()
{
    const QStringList values = ask(this, tr("Bearer token"), {{tr("&Token:"), QString(), true}});
    if (!values.isEmpty() && !values.at(0).trimmed().isEmpty())
        addHeader(WebhookHeader::bearer(values.at(0).trimmed()));
}

void WebhookHeadersEdit::askBasic()
{
    const QStringList values
        = ask(this, tr("Basic authentication"),
              {{tr("&User:"), QString(), false}, {tr("&Password:"), QString(), true}});
    if (values.isEmpty())
        return;
    if (const auto header = WebhookHeader::basic(values.at(0), values.at(1)))
        addHeader(*header);
    else
        showError(-1, tr("A user name for Basic authentication cannot contain a colon."));
}

void WebhookHeadersEdit::askApiKey()
{
    const QString standard = WebhookHeader::apiKey(QString()).name;
    const QStringList values
        = ask(this, tr("API key header"),
              {{tr("&Header:"), standard, false}, {tr("&Key:"), QString(), true}});
    if (values.isEmpty() || values.at(1).trimmed().isEmpty())
        return;
    const QString name = values.at(0).trimmed().isEmpty() ? standard : values.at(0).trimmed();
    addHeader(WebhookHeader::apiKey(name, values.at(1).trimmed()));
}

void WebhookHeadersEdit::addEmptyRow()
{
    addRow({});
    fitRows();
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, NameColumn);
    m_table->editItem(m_table->item(row, NameColumn));
    Q_EMIT edited();
}

} // namespace hookline
