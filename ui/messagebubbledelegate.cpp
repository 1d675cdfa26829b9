#include "messagebubbledelegate.h"

#include "chatmessagesmodel.h"
#include "domain/direction.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QIcon>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

using Model = ChatMessagesModel;

constexpr int iconSize = 32;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor bubbleColor(const QPalette &palette, bool sent)
{
    const QColor base = palette.color(QPalette::Base);
    if (sent)
        return mix(base, palette.color(QPalette::Highlight), isDark(palette) ? 0.35 : 0.18);
    return isDark(palette) ? mix(base, palette.color(QPalette::Text), 0.06) : base;
}

QColor mutedColor(const QPalette &palette, const QColor &background)
{
    return mix(palette.color(QPalette::Text), background, 0.4);
}

// A participant keeps one colour, readable on either palette.
QColor senderColor(const QPalette &palette, const QString &name)
{
    return QColor::fromHsl(int(qHash(name) % 12) * 30, 170, isDark(palette) ? 175 : 85);
}

QFont smallFont(const QFont &font)
{
    QFont small = font;
    if (font.pointSizeF() > 0)
        small.setPointSizeF(font.pointSizeF() * 0.86);
    else
        small.setPixelSize(qMax(8, qRound(font.pixelSize() * 0.86)));
    return small;
}

// Lays out plain text wrapped at `width`; returns the widest line.
qreal layOut(QTextLayout &layout, qreal width)
{
    layout.setCacheEnabled(true);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(layout.text().isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    layout.setTextOption(option);
    qreal y = 0;
    qreal widest = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
        widest = qMax(widest, line.naturalTextWidth());
    }
    layout.endLayout();
    return widest;
}

// QTextLayout breaks lines only at U+2028.
QString withLineBreaks(QString text)
{
    text.remove(u'\r');
    text.replace(u'\n', QChar::LineSeparator);
    return text;
}

QColor toneColor(FeedbackLabel::Tone tone, const QColor &muted)
{
    const QColor c = FeedbackLabel::color(tone);
    return c.isValid() ? c : muted;
}

} // namespace

struct MessageBubbleDelegate::Geometry
{
    int height = 0;
    QRect day;
    QRect bubble;
    QRect sender;
    QRect attachment;
    QPoint text;
    QRect hidden;
    QPoint status;
    QRect statusArea; // the status line's extent: a click there opens the message's deliveries
    QRect time;
};

MessageBubbleDelegate::MessageBubbleDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

MessageBubbleDelegate::Geometry MessageBubbleDelegate::geometry(const QStyleOptionViewItem &option,
                                                                const QModelIndex &index,
                                                                QTextLayout &text,
                                                                QTextLayout &status) const
{
    const QFont &font = option.font;
    const QFontMetrics fm(font);
    const QFont small = smallFont(font);
    const QFontMetrics smallFm(small);
    const int pad = qMax(6, fm.height() / 2);
    const int gap = qMax(2, fm.height() / 4);
    const int width = m_view->viewport()->width();
    const int maxBubble = qBound(qMin(width - 2 * pad, 12 * fm.averageCharWidth()),
                                 int(width * 0.8), 64 * fm.averageCharWidth());
    const int innerMax = qMax(1, maxBubble - 2 * pad);

    Geometry g;
    int y = gap;
    const QString day = index.data(Model::DayRole).toString();
    if (!day.isEmpty()) {
        const int w = smallFm.horizontalAdvance(day) + 2 * pad;
        g.day = QRect((width - w) / 2, y + gap, w, smallFm.height() + gap);
        y = g.day.bottom() + 1 + 2 * gap;
    }

    int inner = 0; // the widest part
    int contentHeight = 0;
    auto stack = [&](int height) {
        const int top = contentHeight;
        contentHeight += height + gap;
        return top;
    };
    const QString sender = index.data(Model::SenderRole).toString();
    QFont bold = font;
    bold.setBold(true);
    if (!sender.isEmpty()) {
        const int w = qMin(innerMax, QFontMetrics(bold).horizontalAdvance(sender));
        g.sender = QRect(0, stack(fm.height()), w, fm.height());
        inner = qMax(inner, w);
    }
    if (!index.data(Model::AttachmentNameRole).toString().isEmpty()) {
        const QImage image = index.data(Model::ThumbnailRole).value<QImage>();
        QSize size;
        if (!image.isNull()) {
            size = image.deviceIndependentSize().toSize();
            if (size.width() > innerMax)
                size = size.scaled(innerMax, size.height(), Qt::KeepAspectRatio);
        } else {
            const int words
                = qMax(fm.horizontalAdvance(index.data(Model::AttachmentNameRole).toString()),
                       smallFm.horizontalAdvance(index.data(Model::AttachmentInfoRole).toString()));
            size = QSize(qMin(innerMax, iconSize + words + 3 * pad),
                         qMax(iconSize, fm.height() + smallFm.height()) + pad);
        }
        g.attachment = QRect(QPoint(0, stack(size.height())), size);
        inner = qMax(inner, size.width());
    }
    const QString body = index.data(Qt::DisplayRole).toString();
    if (!body.isEmpty()) {
        text.setText(withLineBreaks(body));
        text.setFont(font);
        inner = qMax(inner, qCeil(layOut(text, innerMax)));
        g.text = QPoint(0, stack(qCeil(text.boundingRect().height())));
    }
    const QString hidden = index.data(Model::HiddenRole).toString();
    if (!hidden.isEmpty()) {
        const int w = qMin(innerMax, smallFm.horizontalAdvance(hidden));
        g.hidden = QRect(0, stack(smallFm.height()), w, smallFm.height());
        inner = qMax(inner, w);
    }
    const QString time = index.data(Model::TimeRole).toString();
    const int timeWidth = smallFm.horizontalAdvance(time);
    int footer = smallFm.height();
    int statusWidth = 0;
    const QString line = index.data(Model::StatusRole).toString();
    if (!line.isEmpty()) {
        status.setText(line);
        status.setFont(small);
        statusWidth = qCeil(layOut(status, qMax(1, innerMax - timeWidth - pad)));
        footer = qMax(footer, qCeil(status.boundingRect().height()));
    }
    inner = qMin(innerMax, qMax(inner, statusWidth + (statusWidth > 0 ? pad : 0) + timeWidth));
    const int footerTop = contentHeight;
    contentHeight += footer;

    const bool sent = index.data(Model::DirectionRole).toInt() == int(Direction::Sent);
    const int bubbleWidth = inner + 2 * pad;
    g.bubble = QRect(sent ? width - pad - bubbleWidth : pad, y, bubbleWidth,
                     contentHeight + 2 * gap + pad);
    const QPoint origin = g.bubble.topLeft() + QPoint(pad, gap + pad / 2);
    g.sender.translate(origin);
    g.attachment.translate(origin);
    g.text += origin;
    g.hidden.translate(origin);
    g.status = origin + QPoint(0, footerTop);
    if (statusWidth > 0)
        g.statusArea = QRect(g.status, QSize(statusWidth, footer));
    g.time = QRect(origin.x() + inner - timeWidth,
                   origin.y() + footerTop + footer - smallFm.height(), timeWidth, smallFm.height());
    g.height = g.bubble.bottom() + 1 + gap;
    return g;
}

QSize MessageBubbleDelegate::sizeHint(const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const int width = m_view->viewport()->width();
    const qint64 id = index.data(Model::MessageIdRole).toLongLong();
    const quint64 revision = index.data(Model::RevisionRole).toULongLong();
    const auto cached = m_sizes.constFind(id);
    if (cached != m_sizes.cend() && cached->revision == revision && cached->width == width)
        return cached->size;
    QTextLayout text;
    QTextLayout status;
    const QSize size(width, geometry(option, index, text, status).height);
    m_sizes.insert(id, {revision, width, size});
    return size;
}

MessageBubbleDelegate::Geometry
MessageBubbleDelegate::geometryInView(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    option.initFrom(m_view->viewport());
    option.font = m_view->font();
    QTextLayout text;
    QTextLayout status;
    Geometry g = geometry(option, index, text, status);
    const QPoint offset = m_view->visualRect(index).topLeft();
    g.attachment.translate(offset);
    g.statusArea.translate(offset);
    return g;
}

QRect MessageBubbleDelegate::attachmentRect(const QModelIndex &index) const
{
    return geometryInView(index).attachment;
}

QRect MessageBubbleDelegate::statusRect(const QModelIndex &index) const
{
    return geometryInView(index).statusArea;
}

void MessageBubbleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QTextLayout text;
    QTextLayout status;
    const QStyleOptionViewItem &o = option;
    const QPalette &palette = o.palette;
    const bool sent = index.data(Model::DirectionRole).toInt() == int(Direction::Sent);
    const QColor fill = bubbleColor(palette, sent);
    const QColor muted = mutedColor(palette, fill);
    const QFont small = smallFont(o.font);

    // The status line's pieces in their tones (drawn as selections), separators muted.
    QList<QTextLayout::FormatRange> formats;
    int at = 0;
    const auto parts = index.data(Model::StatusPartsRole).value<QList<StatusPart>>();
    for (const StatusPart &part : parts) {
        QTextCharFormat format;
        format.setForeground(toneColor(part.tone, muted));
        formats.append({at, int(part.text.size()), format});
        at += int(part.text.size()) + 3; // " · "
    }
    const Geometry g = geometry(o, index, text, status);
    const QPoint offset = o.rect.topLeft();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal radius = qMax(6, QFontMetrics(o.font).height() / 2);
    if (!g.day.isEmpty()) {
        const QRect day = g.day.translated(offset);
        const QColor window = palette.color(QPalette::Window);
        painter->setPen(Qt::NoPen);
        painter->setBrush(mix(window, palette.color(QPalette::Text), 0.08));
        painter->drawRoundedRect(day, day.height() / 2.0, day.height() / 2.0);
        painter->setPen(mutedColor(palette, window));
        painter->setFont(small);
        painter->drawText(day, Qt::AlignCenter, index.data(Model::DayRole).toString());
    }
    const QRectF bubble = QRectF(g.bubble.translated(offset)).adjusted(0.5, 0.5, -0.5, -0.5);
    const bool selected = o.state & QStyle::State_Selected;
    painter->setBrush(fill);
    painter->setPen(selected ? QPen(palette.color(QPalette::Highlight), 2)
                             : QPen(mix(fill, palette.color(QPalette::Text), 0.15), 1));
    painter->drawRoundedRect(bubble, radius, radius);

    if (!g.sender.isEmpty()) {
        QFont bold = o.font;
        bold.setBold(true);
        const QString sender = index.data(Model::SenderRole).toString();
        painter->setFont(bold);
        painter->setPen(senderColor(palette, sender));
        const QRect rect = g.sender.translated(offset);
        painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(sender, Qt::ElideRight, rect.width()));
    }
    if (!g.attachment.isEmpty()) {
        const QRect rect = g.attachment.translated(offset);
        const QImage image = index.data(Model::ThumbnailRole).value<QImage>();
        if (!image.isNull()) {
            QPainterPath clip;
            clip.addRoundedRect(rect, radius / 2, radius / 2);
            painter->setClipPath(clip);
            painter->drawImage(rect, image);
            painter->setClipping(false);
        } else {
            const QFontMetrics fm(o.font);
            const int pad = qMax(6, fm.height() / 2);
            painter->setPen(Qt::NoPen);
            painter->setBrush(mix(fill, palette.color(QPalette::Text), 0.07));
            painter->drawRoundedRect(rect, radius / 2, radius / 2);
            const QString iconName = index.data(Model::AttachmentIconRole).toString();
            QIcon icon = iconName.isEmpty() ? QIcon() : QIcon::fromTheme(iconName);
            if (icon.isNull())
                icon = QApplication::style()->standardIcon(QStyle::SP_FileIcon);
            const QRect iconRect(rect.left() + pad, rect.center().y() - iconSize / 2 + 1, iconSize,
                                 iconSize);
            icon.paint(painter, iconRect);
            const int textLeft = iconRect.right() + 1 + pad;
            const int textWidth = rect.right() - pad - textLeft;
            const QFontMetrics smallFm(small);
            const int top = rect.center().y() - (fm.height() + smallFm.height()) / 2 + 1;
            painter->setFont(o.font);
            painter->setPen(palette.color(QPalette::Text));
            painter->drawText(QRect(textLeft, top, textWidth, fm.height()),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              fm.elidedText(index.data(Model::AttachmentNameRole).toString(),
                                            Qt::ElideMiddle, textWidth));
            painter->setFont(small);
            painter->setPen(muted);
            painter->drawText(QRect(textLeft, top + fm.height(), textWidth, smallFm.height()),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              smallFm.elidedText(index.data(Model::AttachmentInfoRole).toString(),
                                                 Qt::ElideRight, textWidth));
        }
    }
    painter->setPen(palette.color(QPalette::Text));
    if (!text.text().isEmpty())
        text.draw(painter, g.text + offset);
    painter->setFont(small);
    painter->setPen(muted);
    if (!g.hidden.isEmpty()) {
        const QRect rect = g.hidden.translated(offset);
        painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(small).elidedText(index.data(Model::HiddenRole).toString(),
                                                         Qt::ElideRight, rect.width()));
    }
    if (!status.text().isEmpty())
        status.draw(painter, g.status + offset, formats);
    painter->drawText(g.time.translated(offset), Qt::AlignRight | Qt::AlignVCenter,
                      index.data(Model::TimeRole).toString());
    painter->restore();
}

bool MessageBubbleDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                        const QStyleOptionViewItem &option,
                                        const QModelIndex &index)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::MouseButtonRelease || type == QEvent::MouseButtonDblClick) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QPoint at = mouse->position().toPoint();
        const Geometry g = geometryInView(index);
        const bool onAttachment = g.attachment.contains(at);
        if (mouse->button() == Qt::LeftButton && (onAttachment || g.statusArea.contains(at))) {
            // A double click opens once: its first release did, the rest is swallowed (and the
            // view does not "activate" the row as well).
            const bool second = std::exchange(m_doubleClicked, type == QEvent::MouseButtonDblClick);
            if (type == QEvent::MouseButtonRelease && !second) {
                if (onAttachment)
                    Q_EMIT attachmentClicked(index);
                else
                    Q_EMIT statusClicked(index);
            }
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace hookline
