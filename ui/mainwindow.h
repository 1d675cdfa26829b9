#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;

namespace hookline {

// The desktop shell: a navigation list on the left, one page per area on the right. Pages are
// filled in by the desktop issue; this window only shows which workspace is open.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString &dataDirectory, QWidget *parent = nullptr);

    QListWidget *navigation() const { return m_navigation; }

    // Tells the person at the desk about something that needs them (a webhook disabled while no
    // e-mail could be sent): a tray message where a tray exists, otherwise in the window.
    void alert(const QString &title, const QString &text);
    QString lastAlert() const { return m_lastAlert; }

private:
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastAlert;
};

} // namespace hookline
