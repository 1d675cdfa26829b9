#pragma once

#include <QWidget>

namespace hookline {

class DesktopContext;

class DeliveriesPage : public QWidget
{
    Q_OBJECT
public:
    explicit DeliveriesPage(DesktopContext &context, QWidget *parent = nullptr);
};

} // namespace hookline
