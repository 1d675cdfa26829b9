#pragma once

#include "domain/webhook.h"
#include "export/logexporter.h"
#include "feedbacklabel.h"
#include "store/webhookstore.h"
#include "webhookactivitypanel.h"
#include "webhookeditor.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimer;
class QTreeWidget;

namespace hookline {

class DesktopContext;
class ReplayDialog;

// Webhooks → Outbound (DESIGN §3): the list of webhooks with their state and waiting messages,
// beside the chosen one's form (WebhookEditor), re-enabling it after a pause or an automatic
// disable, flushing its bundles, replaying a time range (ReplayDialog) or deleting it, and its
// activity and detailed log (WebhookActivityPanel).
class WebhooksPage : public QWidget
{
    Q_OBJECT
public:
    // Item data of webhookList() rows; StateRole is webhookStateName() of the webhook's state.
    enum Role { IdRole = Qt::UserRole, StateRole, WaitingRole };
    // Item data (column 0) of activityView() rows: the stored kind ("delivered", "failed"...).
    static constexpr int ActivityKindRole = WebhookActivityPanel::KindRole;

    explicit WebhooksPage(DesktopContext &context, QWidget *parent = nullptr);
    ~WebhooksPage() override;

    QListWidget *webhookList() const { return m_list; }
    // Shown instead of the list while there is no webhook.
    QWidget *emptyHint() const { return m_empty; }
    QLineEdit *nameEdit() const { return m_editor->nameEdit(); }
    QLineEdit *urlEdit() const { return m_editor->urlEdit(); }
    WebhookHeadersEdit *headersEdit() const { return m_editor->headersEdit(); }
    QComboBox *aggregationCombo() const { return m_editor->aggregationCombo(); }
    QCheckBox *enabledCheck() const { return m_editor->enabledCheck(); }
    QLineEdit *secretEdit() const { return m_editor->secretEdit(); }
    QComboBox *successRuleCombo() const { return m_editor->successRuleCombo(); }
    QDoubleSpinBox *timeoutSpin() const { return m_editor->timeoutSpin(); }
    QSpinBox *logLimitSpin() const { return m_editor->logLimitSpin(); }
    QLabel *healthLabel() const { return m_health; }
    QPushButton *testFirstButton() const { return m_testFirst; }
    QLabel *nameError() const { return m_editor->nameError(); }
    QLabel *urlError() const { return m_editor->urlError(); }
    QLabel *formError() const { return m_editor->formError(); }
    QLabel *testOutcome() const { return m_editor->testOutcome(); }
    QLabel *statusLabel() const { return m_status; }
    QFrame *disabledPanel() const { return m_disabledPanel; }
    QLabel *disabledReason() const { return m_disabledText; }
    QPushButton *flushButton() const { return m_flush; }
    QPushButton *replayButton() const { return m_replay; }
    QPushButton *deliverWaitingButton() const { return m_deliverWaiting; }
    QPushButton *discardWaitingButton() const { return m_discardWaiting; }
    QTreeWidget *activityView() const { return m_activity->activityView(); }
    QLabel *exportStatus() const { return m_activity->exportStatus(); }
    // 0 while the form holds a webhook not saved yet.
    qint64 currentWebhookId() const { return m_editor->webhookId(); }

    // What happens to edits not saved yet when another webhook (or a new one) is chosen. The
    // list and "Add webhook" ask; tests pass the answer.
    enum class PendingEdits { Save, Discard, Keep };

    // What the buttons do; tests call them directly to avoid modal dialogs. Save leaves the form
    // only once the edits are stored; Keep stays on it.
    void addWebhook(PendingEdits edits = PendingEdits::Discard); // an empty form for a new one
    void selectWebhook(qint64 id, PendingEdits edits = PendingEdits::Discard);
    void save() { m_editor->save(); }
    void saveAndTest() { m_editor->saveAndTest(); }
    void flushNow();
    // Opens the replay dialog for the stored webhook (its settings as stored, not as typed).
    ReplayDialog *openReplay();
    void removeWebhook(qint64 id); // no confirmation; the Delete button asks first
    void reenable(Backlog backlog);
    // A test of a switched-off webhook, before re-enabling it.
    void testFirst();
    void exportLog(LogExporter::Format format, const QString &path)
    {
        m_activity->exportLog(format, path);
    }
    // The file name "Download detailed log" suggests (the panel's; tests ask the page).
    static QString exportFileName(const QString &webhookName, const QString &extension)
    {
        return WebhookActivityPanel::exportFileName(webhookName, extension);
    }
    // Reloads the list (and the shown webhook's state and activity) from the store.
    void refresh();

Q_SIGNALS:
    void listLoaded(int webhooks);
    // How many webhooks are failing (still retrying) and switched off, after each list load.
    void healthChanged(int failing, int switchedOff);
    // "Try the demo" on the empty page.
    void demoRequested();
    void saved(qint64 id);
    void saveFailed(const QString &field, const QString &message);
    void testFinished(bool ok, const QString &outcome);
    void activityShown(int rows);
    void exported(bool ok, const QString &message);
    void removed(qint64 id);
    void reenabled(qint64 id);
    void flushed(int bundles);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Listed
    {
        Webhook webhook;
        int waiting = 0;
    };

    void buildDetails(QWidget *details);
    void askThenShow(qint64 id); // 0: a new webhook
    void leaveFormFor(qint64 id, PendingEdits edits);
    void showForm(qint64 id); // 0: a new webhook
    void switchForm(qint64 id, bool creating);
    void showSelection();
    void loadForm(const Listed *listed); // null: an empty form
    void showState(const Listed *listed);
    void showHealth(const Listed *listed);
    void showStatus(const QString &message, FeedbackLabel::Tone tone); // the editor's messages
    void reloadActivity();
    void confirmRemove();
    const Listed *listed(qint64 id) const;
    QString listedName(qint64 id) const;

    DesktopContext &m_context;
    QList<Listed> m_webhooks;
    QTimer *m_refreshSoon = nullptr; // coalesces the engine's bursts of activity signals
    QTimer *m_poll = nullptr; // waiting counts grow without an engine signal (paused webhooks)

    QListWidget *m_list = nullptr;
    QStackedWidget *m_listStack = nullptr; // the list, or what to do while it is empty
    QWidget *m_empty = nullptr;
    QFrame *m_disabledPanel = nullptr;
    QLabel *m_disabledText = nullptr;
    QPushButton *m_testFirst = nullptr;
    QPushButton *m_deliverWaiting = nullptr;
    QPushButton *m_discardWaiting = nullptr;
    QLabel *m_health = nullptr;
    WebhookEditor *m_editor = nullptr;
    QPushButton *m_flush = nullptr;
    QPushButton *m_replay = nullptr;
    QPushButton *m_delete = nullptr;
    // m_status speaks of this webhook's state (re-enabled): cleared when the state is another.
    qint64 m_stateMessageFor = 0;
    WebhookState m_stateMessageState = WebhookState::Healthy;
    QLabel *m_status = nullptr; // the outcome of flush, delete, re-enable and copy
    WebhookActivityPanel *m_activity = nullptr;
};

} // namespace hookline
