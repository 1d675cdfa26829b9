#include "webhookactivitypanel.h"

#include "activitytext.h"
#include "delivery/clock.h"
#include "desktopcontext.h"
#include "feedbacklabel.h"
#include "store/storeconnection.h"
#include "store/storeerror.h"
#include "storeworker.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hookline {

using FeedbackLabel::Tone;

WebhookActivityPanel::WebhookActivityPanel(DesktopContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"webhookActivity"_s);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0); // a stretch of the page's column, not a box

    auto *activityLabel = new QLabel(tr("Activit&y (10 most recent actions)"), this);
    m_activity = new QTreeWidget(this);
    m_activity->setObjectName(u"activity"_s);
    m_activity->setAccessibleName(tr("Activity log"));
    m_activity->setRootIsDecorated(false);
    m_activity->setHeaderLabels({tr("When"), tr("What"), tr("Details")});
    m_activity->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_activity->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_activity->setMinimumHeight(200);
    activityLabel->setBuddy(m_activity);
    column->addWidget(activityLabel);
    column->addWidget(m_activity, 1);

    m_download = new QPushButton(tr("Do&wnload detailed log"), this);
    m_download->setObjectName(u"downloadLog"_s);
    m_download->setEnabled(false); // until a stored webhook is shown
    auto *formats = new QMenu(m_download);
    formats->addAction(tr("JSON"), this, [this] { chooseExport(LogExporter::Format::Json); });
    formats->addAction(tr("HAR (browser developer tools)"), this,
                       [this] { chooseExport(LogExporter::Format::Har); });
    formats->addAction(tr("CSV (spreadsheets)"), this,
                       [this] { chooseExport(LogExporter::Format::Csv); });
    m_download->setMenu(formats);
    m_exportStatus = FeedbackLabel::create(u"exportStatus"_s, this, Tone::Neutral);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_download);
    bottom->addWidget(m_exportStatus, 1);
    column->addLayout(bottom);
}

void WebhookActivityPanel::showWebhook(qint64 id, const QString &name)
{
    m_webhookId = id;
    m_webhookName = name;
    m_download->setEnabled(id != 0);
    if (id == 0) {
        m_activity->clear();
        Q_EMIT activityShown(0);
        return;
    }
    m_context.store()->run<QList<ActivityEntry>>(
        this, [id](StoreConnection &store) { return store.activity->recent(id); },
        [this, id](const Outcome<QList<ActivityEntry>> &outcome) {
            if (id != m_webhookId)
                return; // another webhook was selected meanwhile
            m_activity->clear();
            if (!outcome.ok()) {
                Q_EMIT activityFailed(tr("Could not read the activity log: %1").arg(outcome.error));
                return;
            }
            for (const ActivityEntry &a : *outcome.value) {
                const QString details = ActivityText::sentence(a.text);
                auto *item = new QTreeWidgetItem(
                    m_activity,
                    {QLocale().toString(a.at.toLocalTime(), u"d MMM yyyy HH:mm:ss"_s),
                     a.kind == ActivityKind::Other ? a.kindName : kindText(a.kind), details});
                item->setData(0, KindRole, a.kindName);
                if (a.kind == ActivityKind::Failed || a.kind == ActivityKind::Disabled)
                    for (int column = 0; column < 3; ++column)
                        item->setForeground(column, FeedbackLabel::color(Tone::Bad));
                // Rich text would render the receiver's words (reason phrase, Location): escaped,
                // and wrapped as rich text so Qt does not guess.
                item->setToolTip(
                    2, u"<p style='white-space:pre-wrap'>"_s + details.toHtmlEscaped() + u"</p>"_s);
            }
            Q_EMIT activityShown(int(outcome.value->size()));
        });
}

void WebhookActivityPanel::clearExportStatus()
{
    FeedbackLabel::show(m_exportStatus, QString(), Tone::Neutral);
}

void WebhookActivityPanel::chooseExport(LogExporter::Format format)
{
    if (m_webhookId == 0)
        return;
    const QString extension = LogExporter::fileExtension(format);
    const QString filter = format == LogExporter::Format::Json ? tr("JSON files (*.json)")
        : format == LogExporter::Format::Har                   ? tr("HAR files (*.har)")
                                                               : tr("CSV files (*.csv)");
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(exportFileName(m_webhookName, extension));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Download detailed log"), suggested, filter);
    if (!path.isEmpty())
        exportLog(format, path);
}

QString WebhookActivityPanel::exportFileName(const QString &webhookName, const QString &extension)
{
    // The name as the user knows it, kept to what every file system takes.
    QString name;
    for (const QChar c : webhookName.trimmed()) {
        if (c.isLetterOrNumber() || c.isMark() || c == u'-' || c == u'_')
            name += c;
        else if (!name.endsWith(u'-'))
            name += u'-';
    }
    name = name.left(60);
    while (name.endsWith(u'-'))
        name.chop(1);
    if (name.startsWith(u'-'))
        name.remove(0, 1);
    // Nothing usable left: a plain name, never the URL (its path may carry a token).
    return u"hookline-%1.%2"_s.arg(name.isEmpty() ? u"webhook"_s : name, extension);
}

void WebhookActivityPanel::exportLog(LogExporter::Format format, const QString &path)
{
    const qint64 id = m_webhookId;
    if (id == 0) {
        FeedbackLabel::show(m_exportStatus, tr("Choose a webhook first."), Tone::Bad);
        Q_EMIT exported(false, m_exportStatus->text());
        return;
    }
    const QDateTime now = m_context.clock()->now();
    FeedbackLabel::show(m_exportStatus, tr("Writing the detailed log…"), Tone::Neutral);
    m_context.store()->run<int>(
        this,
        [id, format, path, now](StoreConnection &store) {
            const std::optional<Webhook> w = store.webhooks->webhook(id);
            if (!w)
                throw StoreError(tr("This webhook no longer exists."));
            const QList<AttemptRecord> attempts = store.attempts->recent(id, w->logLimit);
            const QByteArray bytes
                = LogExporter::write(format, {w->id, w->name, w->url}, attempts, now);
            // QSaveFile: a full disk or a refused write leaves no half-written file behind.
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
                || !file.commit()) {
                throw StoreError(tr("Could not write %1: %2")
                                     .arg(QDir::toNativeSeparators(path), file.errorString()));
            }
            return int(attempts.size());
        },
        [this, path](const Outcome<int> &outcome) {
            const QString message = outcome.ok()
                ? tr("%n request(s) saved to %1", "", *outcome.value)
                      .arg(QDir::toNativeSeparators(path))
                : outcome.error;
            FeedbackLabel::show(m_exportStatus, message, outcome.ok() ? Tone::Good : Tone::Bad);
            Q_EMIT exported(outcome.ok(), message);
        });
}

QString WebhookActivityPanel::kindText(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Delivered:
        return tr("Delivered");
    case ActivityKind::Failed:
        return tr("Failed");
    case ActivityKind::Disabled:
        return tr("Disabled");
    case ActivityKind::Enabled:
        return tr("Enabled");
    case ActivityKind::Paused:
        return tr("Paused");
    case ActivityKind::Settings:
        return tr("Settings");
    case ActivityKind::Test:
        return tr("Test");
    case ActivityKind::Discarded:
        return tr("Discarded");
    case ActivityKind::Flushed:
        return tr("Flushed");
    case ActivityKind::Email:
        return tr("E-mail");
    case ActivityKind::Resent:
        return tr("Resent");
    case ActivityKind::Other:
        break;
    }
    return {};
}

} // namespace hookline
