#pragma once

#include "export/logexporter.h"
#include "store/activitylog.h"

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace hookline {

class DesktopContext;

// Below the webhook's form: the live activity log of its 10 latest actions, and its detailed
// log downloaded as JSON, HAR or CSV.
class WebhookActivityPanel : public QWidget
{
    Q_OBJECT
public:
    // Item data (column 0) of activityView() rows: the stored kind ("delivered", "failed"...).
    static constexpr int KindRole = Qt::UserRole;

    explicit WebhookActivityPanel(DesktopContext &context, QWidget *parent = nullptr);

    QTreeWidget *activityView() const { return m_activity; }
    QLabel *exportStatus() const { return m_exportStatus; }

    // Shows the activity of webhook `id` (0: none, e.g. a new one not saved yet) and offers its
    // detailed log, the file named after `name`.
    void showWebhook(qint64 id, const QString &name);
    // Another webhook was chosen: what the last export said was about the one left.
    void clearExportStatus();
    void exportLog(LogExporter::Format format, const QString &path);
    // The file name "Download detailed log" suggests: the webhook's name, safe for any disk.
    static QString exportFileName(const QString &webhookName, const QString &extension);

Q_SIGNALS:
    void activityShown(int rows);
    // The activity could not be read: the sentence for the page's status line.
    void activityFailed(const QString &message);
    void exported(bool ok, const QString &message);

private:
    void chooseExport(LogExporter::Format format);
    static QString kindText(ActivityKind kind);

    DesktopContext &m_context;
    qint64 m_webhookId = 0;
    QString m_webhookName;
    QTreeWidget *m_activity = nullptr;
    QPushButton *m_download = nullptr;
    QLabel *m_exportStatus = nullptr;
};

} // namespace hookline
