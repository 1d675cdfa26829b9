#include "settingsform.h"

#include "feedbacklabel.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

namespace hookline::SettingsForm {

QLineEdit *lineEdit(const QString &name, QWidget *parent, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QPushButton *button(const QString &name, const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

QTreeWidget *table(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setRootIsDecorated(false);
    tree->setHeaderLabels(headers);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->setMinimumHeight(120);
    return tree;
}

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

void addField(QFormLayout *form, const QString &label, QWidget *field, const QString &apiField,
              QHash<QString, QLabel *> &errors, const QString &hint)
{
    using namespace Qt::StringLiterals;
    form->addRow(label, field);
    auto *error
        = FeedbackLabel::create(u"%1Error"_s.arg(field->objectName()), field->parentWidget());
    errors.insert(apiField, error);
    form->addRow(QString(), error);
    if (!hint.isEmpty())
        form->addRow(QString(), wrapped(hint, field->parentWidget()));
}

qint64 selectedId(const QTreeWidget *tree)
{
    const QTreeWidgetItem *item = tree->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

} // namespace hookline::SettingsForm
