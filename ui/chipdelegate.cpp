#include "chipdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace hookline {

using FeedbackLabel::Tone;

namespace {

constexpr int chipPadding = 6; // inside a chip, left and right
constexpr int chipGap = 4; // between chips, and between the text and the first one

QColor chipColor(Tone tone, const QPalette &palette)
{
    const QColor c = FeedbackLabel::color(tone);
    return c.isValid() ? c : palette.color(QPalette::PlaceholderText);
}

} // namespace

QVariant ChipDelegate::badges(const QList<Badge> &list)
{
    QVariantList variants;
    for (const Badge &b : list)
        variants.append(QVariant::fromValue(b));
    return variants;
}

QList<ChipDelegate::Badge> ChipDelegate::badgesOf(const QModelIndex &index)
{
    QList<Badge> list;
    for (const QVariant &v : index.data(BadgesRole).toList())
        list.append(v.value<Badge>());
    return list;
}

Tone ChipDelegate::statusTone(int status)
{
    if (status >= 200 && status < 300)
        return Tone::Good;
    if (status >= 300 && status < 500)
        return Tone::Warn;
    return Tone::Bad;
}

Tone ChipDelegate::methodTone(const QString &method)
{
    return method == QLatin1String("GET") || method == QLatin1String("HEAD") ? Tone::Neutral
                                                                             : Tone::Warn;
}

int ChipDelegate::chipWidth(const QFontMetrics &metrics, const QString &text)
{
    return metrics.horizontalAdvance(text) + 2 * chipPadding;
}

int ChipDelegate::drawChip(QPainter *painter, const QStyleOptionViewItem &option, int left,
                           const QRect &rect, const Badge &badge)
{
    const QFontMetrics metrics(option.font);
    const int width = chipWidth(metrics, badge.text);
    const int height = std::min(rect.height() - 2, metrics.height() + 2);
    const QRectF chip(left, rect.center().y() - height / 2.0 + 0.5, width, height);
    const QColor tone = chipColor(badge.tone, option.palette);
    QColor fill = tone;
    fill.setAlpha(48);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(chip, height / 2.0, height / 2.0);
    painter->fillPath(path, fill);
    // On a selected row the tone would vanish into the highlight: the highlight's text wins.
    painter->setPen(option.state & QStyle::State_Selected
                        ? option.palette.color(QPalette::HighlightedText)
                        : tone);
    painter->drawText(chip, Qt::AlignCenter, badge.text);
    painter->restore();
    return width;
}

void ChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    const QVariant tone = index.data(ToneRole);
    const QList<Badge> trailing = badgesOf(index);
    if (!tone.isValid() && trailing.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    const QRect content = opt.rect.adjusted(4, 0, -4, 0);
    if (tone.isValid()) {
        const Badge chip {opt.text, Tone(tone.toInt())};
        opt.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const int width = chipWidth(QFontMetrics(opt.font), chip.text);
        const int left = opt.displayAlignment & Qt::AlignHCenter ? content.center().x() - width / 2
                                                                 : content.left();
        drawChip(painter, opt, left, content, chip);
        return;
    }
    // The row's background across its whole width, then icon and text elided before the chips.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);
    const QFontMetrics metrics(opt.font);
    int reserved = 0;
    for (const Badge &b : trailing)
        reserved += chipWidth(metrics, b.text) + chipGap;
    QStyleOptionViewItem text = opt;
    text.rect.setRight(content.right() - reserved);
    style->drawControl(QStyle::CE_ItemViewItem, &text, painter, opt.widget);
    int left = content.right() - reserved + chipGap;
    for (const Badge &b : trailing)
        left += drawChip(painter, opt, left, opt.rect, b) + chipGap;
}

QSize ChipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    // Devanagari's matras reach above and below Latin text: leave room so rows do not touch.
    size.setHeight(std::max(size.height(), metrics.height() + 10));
    int extra = 0;
    for (const Badge &b : badgesOf(index))
        extra += chipWidth(metrics, b.text) + chipGap;
    if (index.data(ToneRole).isValid())
        extra += 2 * chipPadding;
    size.rwidth() += extra;
    return size;
}

} // namespace hookline
