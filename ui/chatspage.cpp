#include "chatspage.h"

namespace hookline {

ChatsPage::ChatsPage(DesktopContext &, QWidget *parent)
    : QWidget(parent)
{
}

} // namespace hookline
