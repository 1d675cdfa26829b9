#pragma once

#include <QHash>
#include <QStringList>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class QWidget;

// The parts the Settings groups are built from, so every group names, sizes and labels its
// widgets alike (tests and screenshots find them by object name).
namespace hookline::SettingsForm {

QLineEdit *lineEdit(const QString &name, QWidget *parent, const QString &placeholder = {});
QPushButton *button(const QString &name, const QString &text, QWidget *parent);
// A list of rows (teammates, accounts) with the id in column 0's Qt::UserRole.
QTreeWidget *table(const QString &name, const QStringList &headers, QWidget *parent);
// A hint under a field: wrapped, so a long sentence never widens the page.
QLabel *wrapped(const QString &text, QWidget *parent);
// A label in a row of fields, so Alt+its letter reaches the field.
QLabel *buddyLabel(const QString &text, QWidget *buddy);
// A row of `form`: the label and the field, right under it the field's error label (named
// "<field>Error", hidden until shown, kept in `errors` under the API's field name), then `hint`.
void addField(QFormLayout *form, const QString &label, QWidget *field, const QString &apiField,
              QHash<QString, QLabel *> &errors, const QString &hint = {});
// The id of the selected row, 0 when none.
qint64 selectedId(const QTreeWidget *tree);

} // namespace hookline::SettingsForm
