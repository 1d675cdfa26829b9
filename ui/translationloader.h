#pragma once

#include <QLocale>

class QCoreApplication;

namespace hookline {

// Installs Hookline's translation for `locale` (compiled into the binary as :/i18n/hookline_xx.qm)
// and Qt's own for its standard dialogs. Returns false when Hookline has none for the locale, in
// which case the English source strings are shown.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace hookline
