#pragma once

#include "feedbacklabel.h"

#include <QStyledItemDelegate>

namespace hookline {

// Status at a glance in item views, as webhook.site and HTTP Toolkit show it: a cell whose
// ToneRole is set draws its text as a small rounded chip in the tone's colour ("POST", "503");
// an item with BadgesRole keeps its icon and text and gets those chips at its right edge
// ("2 failing"). Colours come from FeedbackLabel::color, so a dark palette works too.
class ChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum Role {
        ToneRole = Qt::UserRole + 100, // FeedbackLabel::Tone as int: draw the text as a chip
        BadgesRole, // QVariantList of Badge: chips after the text
    };
    struct Badge
    {
        QString text;
        FeedbackLabel::Tone tone = FeedbackLabel::Tone::Neutral;
    };

    using QStyledItemDelegate::QStyledItemDelegate;

    static QVariant badges(const QList<Badge> &list);
    static QList<Badge> badgesOf(const QModelIndex &index);
    // The tone of an HTTP status: 2xx good, 3xx and 4xx warn, 5xx and none bad.
    static FeedbackLabel::Tone statusTone(int status);
    // The tone of a request method: reads are neutral, writes stand out.
    static FeedbackLabel::Tone methodTone(const QString &method);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // Draws one chip with its left edge at `left`, centred on `rect` vertically; its width.
    static int drawChip(QPainter *painter, const QStyleOptionViewItem &option, int left,
                        const QRect &rect, const Badge &badge);
    static int chipWidth(const QFontMetrics &metrics, const QString &text);
};

} // namespace hookline

Q_DECLARE_METATYPE(hookline::ChipDelegate::Badge)
