#pragma once

#include "domain/webhookheader.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace hookline {

// A webhook's own request headers in the editor: a small table of names and values, values
// masked (they are credentials) until "Show values" is ticked, and presets for the usual
// schemes (Bearer token, Basic user and password, an API key header). The values live in the
// table's items, never in a display text while masked.
class WebhookHeadersEdit : public QWidget
{
    Q_OBJECT
public:
    explicit WebhookHeadersEdit(QWidget *parent = nullptr);

    void setHeaders(const QList<WebhookHeader> &headers);
    // As typed: names trimmed, rows with neither a name nor a value left out.
    QList<WebhookHeader> headers() const;
    // The refusal of the header at `row` (-1: of the list), shown under the table; empty hides it.
    void showError(int row, const QString &message);
    QTableWidget *table() const { return m_table; }
    QToolButton *addButton() const { return m_add; }
    QPushButton *revealButton() const { return m_reveal; }
    QLabel *errorLabel() const { return m_error; }

    // The presets, as the Add menu offers them after asking for their values.
    void addHeader(const WebhookHeader &header);

    static constexpr QChar maskCharacter = QChar(0x2022);

Q_SIGNALS:
    // The user changed the list (not setHeaders).
    void edited();

private:
    void addRow(const WebhookHeader &header);
    void fitRows();
    void showValue(int row);
    void askBearer();
    void askBasic();
    void askApiKey();
    void addEmptyRow();

    QTableWidget *m_table = nullptr;
    QToolButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_reveal = nullptr;
    QLabel *m_none = nullptr;
    QLabel *m_error = nullptr;
    bool m_loading = false;
};

} // namespace hookline
