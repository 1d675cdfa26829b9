#pragma once

#include <QHash>
#include <QStyledItemDelegate>

class QAbstractItemView;
class QTextLayout;

namespace hookline {

// Draws a ChatMessagesModel row as a chat bubble: received on the left, sent on the right, in
// colours blended from the palette (so a dark palette works too); the day above the first message
// of a day, a group's sender, an image thumbnail or a file chip, the text wrapped as plain text,
// and a status line (WhatsApp, webhooks) beside the time. Rows are as wide as the view.
class MessageBubbleDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit MessageBubbleDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Where the row's attachment (thumbnail or chip) is drawn, in the view's viewport; empty
    // without one.
    QRect attachmentRect(const QModelIndex &index) const;
    // Where its status line ("✓ 2 webhooks · ✗ CRM") is drawn; empty without one.
    QRect statusRect(const QModelIndex &index) const;

Q_SIGNALS:
    // The attachment's thumbnail or chip was clicked.
    void attachmentClicked(const QModelIndex &index);
    // The status line was clicked: the person wants the message's deliveries.
    void statusClicked(const QModelIndex &index);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    struct Geometry;
    // The row's parts, relative to its top left corner, with the text and status laid out.
    Geometry geometry(const QStyleOptionViewItem &option, const QModelIndex &index,
                      QTextLayout &text, QTextLayout &status) const;
    // The same where the view draws the row (attachment and status areas only).
    Geometry geometryInView(const QModelIndex &index) const;

    QAbstractItemView *m_view;
    bool m_doubleClicked = false; // the release that ends a double click opens nothing
    // Row heights by message id, with the revision and width they were measured for.
    struct Measured
    {
        quint64 revision = 0;
        int width = 0;
        QSize size;
    };
    mutable QHash<qint64, Measured> m_sizes;
};

} // namespace hookline
