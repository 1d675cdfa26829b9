#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace hookline {

class DesktopContext;

// The built-in receiving URLs (/inspect/<name> on the local server): a person points a webhook at
// one, sees every request it gets, and chooses how it answers (status, delay) — enough to watch
// retries and an auto-disable happen without any outside service. Everything here is in memory.
class InspectorPage : public QWidget
{
    Q_OBJECT
public:
    explicit InspectorPage(DesktopContext &context, QWidget *parent = nullptr);

    // Adds a receiving URL by name; false (with the reason shown) for an invalid name.
    bool addBin(const QString &name);
    void selectBin(const QString &name);
    QString currentBin() const;
    QString urlOf(const QString &name) const;
    // Sets how the selected URL answers from now on.
    void setAnswer(int status, int delayMs);
    // Creates an enabled webhook to the selected URL.
    void createWebhook();

    QTableWidget *requestTable() const { return m_requests; }
    QPlainTextEdit *detail() const { return m_detail; }

Q_SIGNALS:
    void webhookCreated(qint64 id);
    void requestsShown(int count);

private:
    void refreshBins();
    void refreshRequests();
    void showDetail();
    void applyAnswer();
    void scheduleRefresh();

    DesktopContext &m_context;
    QListWidget *m_bins = nullptr;
    QLineEdit *m_newName = nullptr;
    QLabel *m_nameError = nullptr;
    QLineEdit *m_url = nullptr;
    QSpinBox *m_status = nullptr;
    QSpinBox *m_delay = nullptr;
    QPushButton *m_createWebhook = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_requests = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    QTimer *m_refreshTimer = nullptr;
    qint64 m_shownId = 0; // the selected request, kept across refreshes
    qint64 m_detailId = 0; // the request the detail pane shows
};

} // namespace hookline
