#include "inspectorpage.h"

namespace hookline {

InspectorPage::InspectorPage(DesktopContext &, QWidget *parent)
    : QWidget(parent)
{
}

} // namespace hookline
