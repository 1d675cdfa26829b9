#include "deliveriespage.h"

namespace hookline {

DeliveriesPage::DeliveriesPage(DesktopContext &, QWidget *parent)
    : QWidget(parent)
{
}

} // namespace hookline
