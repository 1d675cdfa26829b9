#pragma once

#include <QWidget>

namespace hookline {

class DesktopContext;

class ChatsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ChatsPage(DesktopContext &context, QWidget *parent = nullptr);
};

} // namespace hookline
