#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace hookline {

// The desktop shell: a navigation list on the left, one page per area on the right. Pages are
// filled in by the desktop issue; this window only shows which workspace is open.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString &dataDirectory, QWidget *parent = nullptr);

    QListWidget *navigation() const { return m_navigation; }

private:
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
};

} // namespace hookline
