#include "feedbacklabel.h"

#include <QGuiApplication>
#include <QLabel>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace hookline::FeedbackLabel {

namespace {

void setTone(QLabel *label, Tone tone)
{
    const QColor c = color(tone);
    label->setStyleSheet(c.isValid() ? u"color: %1;"_s.arg(c.name()) : QString());
}

} // namespace

QColor color(Tone tone)
{
    const bool dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    switch (tone) {
    case Tone::Good:
        return dark ? QColor(0x6c, 0xd4, 0x7e) : QColor(0x1b, 0x7f, 0x2a);
    case Tone::Warn:
        return dark ? QColor(0xf0, 0xb4, 0x50) : QColor(0xa8, 0x5a, 0x00);
    case Tone::Bad:
        return dark ? QColor(0xff, 0x7b, 0x86) : QColor(0xb0, 0x00, 0x20);
    case Tone::Neutral:
        break;
    }
    return {};
}

QLabel *create(const QString &objectName, QWidget *parent, Tone tone)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    setTone(label, tone);
    label->hide();
    return label;
}

void show(QLabel *label, const QString &text, Tone tone)
{
    label->setText(text);
    setTone(label, tone);
    label->setVisible(!text.isEmpty());
}

} // namespace hookline::FeedbackLabel
