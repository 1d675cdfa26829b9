#pragma once

#include "domain/webhook.h"
#include "export/logexporter.h"
#include "store/webhookstore.h"

#include <QList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimer;
class QTreeWidget;

namespace hookline {

struct ServiceError;

class DesktopContext;

// Webhooks → Outbound (DESIGN §3): the list of webhooks with their state and waiting messages,
// the editor of one webhook (the seed's aggregation, URL and enabled switch, plus name, secret,
// success rule and timeout), "Save and test", the live activity log of its 10 latest actions,
// re-enabling after a pause or an automatic disable, and the detailed log as JSON, HAR or CSV.
// Saving follows PUT /api/v1/webhooks/{id}, so the desktop and the API agree.
class WebhooksPage : public QWidget
{
    Q_OBJECT
public:
    // Item data of webhookList() rows.
    enum Role { IdRole = Qt::UserRole, StateRole, WaitingRole };
    // Item data (column 0) of activityView() rows: the stored kind ("delivered", "failed"...).
    static constexpr int ActivityKindRole = Qt::UserRole;

    explicit WebhooksPage(DesktopContext &context, QWidget *parent = nullptr);
    ~WebhooksPage() override;

    QListWidget *webhookList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QComboBox *aggregationCombo() const { return m_aggregation; }
    QCheckBox *enabledCheck() const { return m_enabled; }
    QLineEdit *secretEdit() const { return m_secret; }
    QComboBox *successRuleCombo() const { return m_successRule; }
    QDoubleSpinBox *timeoutSpin() const { return m_timeout; }
    QSpinBox *logLimitSpin() const { return m_logLimit; }
    QLabel *healthLabel() const { return m_health; }
    QPushButton *testFirstButton() const { return m_testFirst; }
    QLabel *nameError() const { return m_nameError; }
    QLabel *urlError() const { return m_urlError; }
    QLabel *formError() const { return m_formError; }
    QLabel *testOutcome() const { return m_testOutcome; }
    QLabel *statusLabel() const { return m_status; }
    QFrame *disabledPanel() const { return m_disabledPanel; }
    QLabel *disabledReason() const { return m_disabledText; }
    QPushButton *flushButton() const { return m_flush; }
    QPushButton *deliverWaitingButton() const { return m_deliverWaiting; }
    QPushButton *discardWaitingButton() const { return m_discardWaiting; }
    QTreeWidget *activityView() const { return m_activity; }
    QLabel *exportStatus() const { return m_exportStatus; }
    // 0 while the form holds a webhook not saved yet.
    qint64 currentWebhookId() const { return m_currentId; }

    // What happens to edits not saved yet when another webhook (or a new one) is chosen. The
    // list and "Add webhook" ask; tests pass the answer.
    enum class PendingEdits { Save, Discard, Keep };

    // What the buttons do; tests call them directly to avoid modal dialogs. Save leaves the form
    // only once the edits are stored; Keep stays on it.
    void addWebhook(PendingEdits edits = PendingEdits::Discard); // an empty form for a new one
    void selectWebhook(qint64 id, PendingEdits edits = PendingEdits::Discard);
    void save();
    void saveAndTest();
    void flushNow();
    void removeWebhook(qint64 id); // no confirmation; the Delete button asks first
    void reenable(Backlog backlog);
    // A test of a switched-off webhook, before re-enabling it.
    void testFirst();
    void exportLog(LogExporter::Format format, const QString &path);
    // The file name "Download detailed log" suggests: the webhook's name, safe for any disk.
    static QString exportFileName(const QString &webhookName, const QString &extension);
    // Reloads the list (and the shown webhook's state and activity) from the store.
    void refresh();

Q_SIGNALS:
    void listLoaded(int webhooks);
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

    void buildForm(QWidget *editor);
    void askThenShow(qint64 id); // 0: a new webhook
    void leaveFormFor(qint64 id, PendingEdits edits);
    void showForm(qint64 id); // 0: a new webhook
    void switchForm(qint64 id, bool creating);
    void showSelection();
    bool dirty() const { return m_edits != m_savedEdits; }
    bool switchEdited() const { return m_switchEdits != m_savedSwitchEdits; }
    void loadForm(const Listed *listed); // null: an empty form
    void showState(const Listed *listed);
    void showHealth(const Listed *listed);
    Webhook formSettings() const;
    bool checkForm(); // inline checks before anything is stored
    void validateUrl();
    void showFieldError(const QString &field, const QString &message);
    void clearErrors();
    void store(bool thenTest, std::optional<qint64> thenShow = std::nullopt);
    void startTest(qint64 id, int timeoutMs);
    void finishTest(bool ok, const QString &outcome);
    void forgetTest();
    void reloadActivity();
    void confirmRemove();
    void chooseExport(LogExporter::Format format);
    const Listed *listed(qint64 id) const;
    QString listedName(qint64 id) const;

    DesktopContext &m_context;
    QList<Listed> m_webhooks;
    qint64 m_currentId = 0;
    // Edits counted, not flagged: a save answer marks clean only what it saved, not what was
    // typed while it ran. A dirty form is left alone by refreshes.
    quint64 m_edits = 0;
    quint64 m_savedEdits = 0;
    quint64 m_switchEdits = 0; // the enabled switch alone: only a flip by hand is saved
    quint64 m_savedSwitchEdits = 0;
    quint64 m_formSerial = 0; // grows when the form turns to another webhook (or a new one)
    bool m_creating = false; // the empty form was asked for: refreshes do not pick a webhook
    bool m_loadingForm = false;
    quint64 m_testTag = 0; // the test this page waits for, 0 when none
    QTimer *m_testDeadline = nullptr;
    QTimer *m_refreshSoon = nullptr; // coalesces the engine's bursts of activity signals
    QTimer *m_poll = nullptr; // waiting counts grow without an engine signal (paused webhooks)

    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameError = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlError = nullptr;
    QComboBox *m_aggregation = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_secret = nullptr;
    QLabel *m_secretError = nullptr;
    QComboBox *m_successRule = nullptr;
    QDoubleSpinBox *m_timeout = nullptr;
    QSpinBox *m_logLimit = nullptr;
    QLabel *m_health = nullptr;
    QPushButton *m_testFirst = nullptr;
    // m_status speaks of this webhook's state (re-enabled): cleared when the state is another.
    qint64 m_stateMessageFor = 0;
    QString m_stateMessage;
    QLabel *m_formError = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_saveAndTest = nullptr;
    QPushButton *m_flush = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_testOutcome = nullptr;
    QLabel *m_status = nullptr; // the outcome of flush, delete, re-enable and copy
    QFrame *m_disabledPanel = nullptr;
    QLabel *m_disabledText = nullptr;
    QPushButton *m_deliverWaiting = nullptr;
    QPushButton *m_discardWaiting = nullptr;
    QTreeWidget *m_activity = nullptr;
    QPushButton *m_download = nullptr;
    QLabel *m_exportStatus = nullptr;
};

} // namespace hookline
