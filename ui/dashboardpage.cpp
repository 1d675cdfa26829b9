#include "dashboardpage.h"

namespace hookline {

DashboardPage::DashboardPage(DesktopContext &, QWidget *parent)
    : QWidget(parent)
{
}

} // namespace hookline
