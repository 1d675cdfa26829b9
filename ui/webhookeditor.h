#pragma once

#include "domain/webhook.h"
#include "domain/webhookfilter.h"
#include "feedbacklabel.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace hookline {

class DesktopContext;
class WebhookHeadersEdit;

// The form of one webhook on the Webhooks page: the seed's aggregation, URL and enabled switch,
// plus name, delivery mode (push, pull, both), secret, success rule, timeout, log limit, throttle,
// request headers, which messages it gets and which events beyond them (WebhookFilterDialog),
// checked inline, then "Save" or "Save and test". Saving follows PUT /api/v1/webhooks/{id}, so the
// desktop and the API agree.
class WebhookEditor : public QWidget
{
    Q_OBJECT
public:
    explicit WebhookEditor(DesktopContext &context, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QComboBox *aggregationCombo() const { return m_aggregation; }
    QCheckBox *enabledCheck() const { return m_enabled; }
    QLineEdit *secretEdit() const { return m_secret; }
    QComboBox *successRuleCombo() const { return m_successRule; }
    QDoubleSpinBox *timeoutSpin() const { return m_timeout; }
    QSpinBox *logLimitSpin() const { return m_logLimit; }
    QSpinBox *maxInFlightSpin() const { return m_maxInFlight; }
    QDoubleSpinBox *maxPerSecondSpin() const { return m_maxPerSecond; }
    QComboBox *modeCombo() const { return m_mode; }
    QCheckBox *replaysOnlyCheck() const { return m_replaysOnly; }
    QCheckBox *statusEventsCheck() const { return m_statusEvents; }
    QCheckBox *reactionEventsCheck() const { return m_reactionEvents; }
    WebhookHeadersEdit *headersEdit() const { return m_headers; }
    QLabel *filterSummary() const { return m_filterSummary; }
    QPushButton *filterButton() const { return m_filterButton; }
    // The filter as the form holds it (the dialog's OK sets it; Save stores it).
    const WebhookFilter &filter() const { return m_filter; }
    void setFilter(const WebhookFilter &filter);
    QLabel *nameError() const { return m_nameError; }
    QLabel *urlError() const { return m_urlError; }
    QLabel *formError() const { return m_formError; }
    QLabel *testOutcome() const { return m_testOutcome; }
    // 0 while the form holds a webhook not saved yet.
    qint64 webhookId() const { return m_webhookId; }
    // The empty form was asked for: refreshes do not pick a webhook.
    bool creating() const { return m_creating; }
    bool dirty() const { return m_edits != m_savedEdits; }

    // The page's buttons for the stored webhook share the row of Save: `beside` right after
    // "Save and test", in order, `atEnd` at the far end.
    void addButtons(const QList<QWidget *> &beside, QWidget *atEnd);
    // Turns the form to another webhook (0: a new one); a test of the one left is forgotten.
    void switchTo(qint64 id, bool creating);
    // Fills the form with the stored webhook (null: an empty form) and counts it as saved.
    void load(const Webhook *webhook);
    // The stored webhook's state (null: not stored), shown even over edits.
    void showState(const Webhook *stored);
    void clearErrors();
    // The store switched it on (re-enabled): the switch follows the store again.
    void markSwitchSaved();
    void save();
    void saveAndTest();
    // Saves; once stored with nothing typed meanwhile, readyToShow(next) lets the form move on.
    void saveThenShow(qint64 next);
    // Tests the webhook as stored (Test first, while it is switched off), one test at a time.
    void test(const Webhook &stored);

Q_SIGNALS:
    void saved(qint64 id);
    void saveFailed(const QString &field, const QString &message);
    void testFinished(bool ok, const QString &outcome);
    void readyToShow(qint64 next);
    // For the page's status line: saved, an earlier save refused, the secret copied.
    void statusShown(const QString &message, FeedbackLabel::Tone tone);

private:
    bool switchEdited() const { return m_switchEdits != m_savedSwitchEdits; }
    Webhook formSettings() const;
    bool checkForm(); // inline checks before anything is stored
    void validateUrl();
    void editFilter();
    void showFieldError(const QString &field, const QString &message);
    void store(bool thenTest, std::optional<qint64> thenShow = std::nullopt);
    void startTest(qint64 id, int timeoutMs);
    void finishTest(bool ok, const QString &outcome);
    void forgetTest();

    DesktopContext &m_context;
    qint64 m_webhookId = 0;
    // Edits counted, not flagged: a save answer marks clean only what it saved, not what was
    // typed while it ran. A dirty form is left alone by refreshes.
    quint64 m_edits = 0;
    quint64 m_savedEdits = 0;
    quint64 m_switchEdits = 0; // the enabled switch alone: only a flip by hand is saved
    quint64 m_savedSwitchEdits = 0;
    quint64 m_formSerial = 0; // grows when the form turns to another webhook (or a new one)
    bool m_creating = false;
    bool m_loadingForm = false;
    quint64 m_tests = 0; // tests started
    quint64 m_testing = 0; // the one this form waits for, 0 when none
    QTimer *m_testDeadline = nullptr;

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
    QSpinBox *m_maxInFlight = nullptr;
    QDoubleSpinBox *m_maxPerSecond = nullptr;
    QComboBox *m_mode = nullptr;
    QCheckBox *m_replaysOnly = nullptr;
    QCheckBox *m_statusEvents = nullptr;
    QCheckBox *m_reactionEvents = nullptr;
    WebhookHeadersEdit *m_headers = nullptr;
    WebhookFilter m_filter;
    QLabel *m_filterSummary = nullptr;
    QPushButton *m_filterButton = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_saveAndTest = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QLabel *m_formError = nullptr;
    QLabel *m_testOutcome = nullptr;
};

} // namespace hookline
