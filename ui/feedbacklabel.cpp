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
        return dark ? QColor(0x6c, 0xd4, 0x7e) : QColor(0x17, 0x6b, 0x24);
    case Tone::Warn:
        return dark ? QColor(0xf0, 0xb4, 0x50) : QColor(0x8f, 0x4d, 0x00);
    case Tone::Bad:
        return dark ? QColor(0xff, 0x7b, 0x86) : QColor(0xb0, 0x00, 0x20);
    case Tone::Neutral:
        break;
    }
    return {};
}

void makeHint(QLabel *label)
{
    // The palette's own placeholder grey is too faint for reading on some styles (Fusion's is
    // 3.9:1): two thirds of the way from the background to the text stays above 4.5:1.
    QPalette palette = label->palette();
    const QColor text = palette.color(QPalette::WindowText);
    const QColor back = palette.color(QPalette::Window);
    const auto mix = [&](float t, float b) {
        return t * 0.65f + b * 0.35f;
    };
    palette.setColor(QPalette::WindowText,
                     QColor::fromRgbF(mix(text.redF(), back.redF()),
                                      mix(text.greenF(), back.greenF()),
                                      mix(text.blueF(), back.blueF())));
    label->setPalette(palette);
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
