#pragma once

#include <QWidget>

namespace hookline {

class DesktopContext;

class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(DesktopContext &context, QWidget *parent = nullptr);
};

} // namespace hookline
