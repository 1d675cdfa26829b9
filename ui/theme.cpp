#include "theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace hookline::Theme {

std::optional<Kind> fromName(const QString &name)
{
    if (name == u"system"_s)
        return Kind::System;
    if (name == u"light"_s)
        return Kind::Light;
    if (name == u"dark"_s)
        return Kind::Dark;
    return std::nullopt;
}

QPalette palette(Kind kind)
{
    QStyle *fusion = QStyleFactory::create(u"Fusion"_s);
    QPalette p = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    if (kind != Kind::Dark)
        return p;
    // Greys far enough apart that panels, fields and selection stay distinct, and text above
    // 7:1 contrast on every background.
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor alternate(0x26, 0x28, 0x2c);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor dim(0x9a, 0xa0, 0xa6);
    const QColor button(0x35, 0x37, 0x3c);
    const QColor highlight(0x3d, 0x7a, 0xd6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, dim);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x7b, 0x86));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x6f, 0x74, 0x7a));
    return p;
}

void apply(QApplication &app, Kind kind)
{
    if (kind == Kind::System)
        return;
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    app.setPalette(palette(kind));
}

} // namespace hookline::Theme
