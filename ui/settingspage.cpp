#include "settingspage.h"

namespace hookline {

SettingsPage::SettingsPage(DesktopContext &, QWidget *parent)
    : QWidget(parent)
{
}

} // namespace hookline
