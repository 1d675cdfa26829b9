#pragma once

#include <QObject>

class QWidget;

namespace hookline {

// Spin boxes and combo boxes on a scrolling form take the mouse wheel only once they have the
// focus: otherwise scrolling the page past them changes a port or a time zone unseen.
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    // Guards every spin box and combo box inside `root` (one guard per root, owned by it).
    static void install(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent);
};

} // namespace hookline
