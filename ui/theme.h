#pragma once

#include <QPalette>
#include <QString>

#include <optional>

class QApplication;

namespace hookline::Theme {

// The desktop's own look, or Hookline's light or dark one (Fusion with a fixed palette), for
// desktops whose Qt does not follow their dark setting (GNOME without a Qt platform theme).
enum class Kind { System, Light, Dark };

// "system", "light" or "dark"; nothing for anything else.
std::optional<Kind> fromName(const QString &name);

QPalette palette(Kind kind);

// Light and Dark switch the style to Fusion and set the palette; System leaves both alone.
void apply(QApplication &app, Kind kind);

} // namespace hookline::Theme
