#include "webhookspage.h"

namespace hookline {

WebhooksPage::WebhooksPage(DesktopContext &, QWidget *parent)
    : QWidget(parent)
{
}

} // namespace hookline
