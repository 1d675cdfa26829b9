#pragma once

#include <QWidget>

namespace hookline {

class DesktopContext;

class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(DesktopContext &context, QWidget *parent = nullptr);
};

} // namespace hookline
