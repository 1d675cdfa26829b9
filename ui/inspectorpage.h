#pragma once

#include <QWidget>

namespace hookline {

class DesktopContext;

class InspectorPage : public QWidget
{
    Q_OBJECT
public:
    explicit InspectorPage(DesktopContext &context, QWidget *parent = nullptr);
};

} // namespace hookline
