#pragma once

#include <QWidget>

namespace hookline {

class DesktopContext;

class WebhooksPage : public QWidget
{
    Q_OBJECT
public:
    explicit WebhooksPage(DesktopContext &context, QWidget *parent = nullptr);
};

} // namespace hookline
