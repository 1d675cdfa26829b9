#include "mainwindow.h"

#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>

// Resources compiled into a static library are registered explicitly; the linker would drop an
// unreferenced initializer. Q_INIT_RESOURCE must be used outside any namespace.
static void registerResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace hookline {

MainWindow::MainWindow(const QString &dataDirectory, QWidget *parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    registerResources();
    setWindowTitle(tr("Hookline"));
    setWindowIcon(QIcon(QStringLiteral(":/hookline/hookline.svg")));
    setObjectName(QStringLiteral("mainWindow"));

    auto *welcome = new QLabel(tr("<h2>Hookline</h2><p>WhatsApp conversations to your CRM, "
                                  "through outbound webhooks.</p>"),
                               m_pages);
    welcome->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    welcome->setMargin(24);
    m_pages->addWidget(welcome);
    m_navigation->addItem(tr("Overview"));
    m_navigation->setCurrentRow(0);
    m_navigation->setMaximumWidth(220);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    statusBar()->showMessage(tr("Workspace: %1").arg(dataDirectory));
    resize(960, 640);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("Hookline"));
        m_tray->show();
    }
}

void MainWindow::alert(const QString &title, const QString &text)
{
    m_lastAlert = title + QStringLiteral(": ") + text;
    if (m_tray && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(title, text, QSystemTrayIcon::Warning);
        return;
    }
    // No tray: the status bar keeps it until the next message, and the title bar flashes.
    statusBar()->showMessage(m_lastAlert);
    QApplication::alert(this);
}

} // namespace hookline
