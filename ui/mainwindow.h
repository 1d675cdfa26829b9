#pragma once

#include <QMainWindow>

class QFrame;
class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;

namespace hookline {

class DesktopContext;

// The desktop shell: a navigation list on the left, one page per area on the right, the window's
// geometry and last page restored on the next start, a tray icon where a tray exists and a
// first-start offer of a demo that delivers a webhook to the built-in Inspector.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { Webhooks, Deliveries, Chats, Inspector, Dashboard, Settings, PageCount };
    Q_ENUM(Page)

    explicit MainWindow(DesktopContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    QListWidget *navigation() const { return m_navigation; }
    QWidget *page(Page page) const;
    void showPage(Page page);

    // Tells the person at the desk about something that needs them (a webhook disabled while no
    // e-mail could be sent): a tray message where a tray exists, otherwise in the window.
    void alert(const QString &title, const QString &text);
    QString lastAlert() const { return m_lastAlert; }

    // The first-start banner; shown when the workspace has no webhook yet.
    QFrame *demoBanner() const { return m_demoBanner; }
    // Creates the demo: a webhook to /inspect/demo and one sample message, then shows the
    // Inspector, where the delivery arrives.
    void createDemo();

Q_SIGNALS:
    void demoCreated(bool ok, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void saveState();
    // The navigation exactly as wide as its widest entry with its badges.
    void fitNavigation();
    void showWebhookHealth(int failing, int switchedOff);
    void restoreState();
    void updateTrayStatus();
    // alert() (or a tray message only) naming the webhook; cleared when it is on again.
    void alertSwitchedOff(qint64 webhookId, const QString &text, bool trayOnly);

    DesktopContext &m_context;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QFrame *m_demoBanner = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastAlert;
    qint64 m_alertWebhook = 0; // the webhook m_lastAlert is about, 0 for none
    int m_delivered = 0;
    int m_failed = 0;
};

} // namespace hookline
