#pragma once

#include "domain/attemptrecord.h"
#include "store/attemptlog.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace hookline {

class AttemptsModel;
class DesktopContext;

// Every stored attempt, newest first, in a lazily filled table: filter by webhook and outcome,
// search, and a detail pane with the request and the response in full. "Copy as cURL" replays
// a request by hand; "Resend" queues the same messages once more as a new delivery and selects
// its attempt when it comes.
//
// The page never shows what the list does not: the detail and its buttons follow the selected
// row, rows the store pruned leave the table, and attempts that arrive while a row is selected
// wait behind a "N new" bar instead of moving the rows under the pointer.
class DeliveriesPage : public QWidget
{
    Q_OBJECT
public:
    explicit DeliveriesPage(DesktopContext &context, QWidget *parent = nullptr);

    AttemptsModel *model() const { return m_model; }
    // The attempt shown in the detail pane, once its full record has arrived.
    const std::optional<AttemptRecord> &shownAttempt() const { return m_shown; }
    QWidget *newAttemptsBar() const { return m_newBar; }
    QLabel *retentionLabel() const { return m_retention; }
    // What the detail says while no attempt is shown.
    QLabel *hint() const { return m_hint; }
    QLineEdit *searchEdit() const { return m_search; }

    // A shell command that sends the request again: single-quoted for a POSIX shell, redacted
    // header values left redacted.
    static QString curlCommand(const AttemptRecord &record);
    // The detail pane's texts; a JSON body is re-indented in its original key order, capped at
    // HttpText::displayLimit and its long lines broken (see HttpText::forDisplay).
    static QString requestText(const AttemptRecord &record);
    static QString responseText(const AttemptRecord &record);
    // The attempts of the shown one's delivery, its own in bold, and what comes next (rich text).
    static QString timelineText(const AttemptRecord &shown, const QList<AttemptSummary> &delivery);
    QLabel *timeline() const { return m_timeline; }

    // Lists only the attempts started in [fromMs, toMs) (a point clicked on the Dashboard), with
    // a bar that says so and lets it go; 0, 0 lists every time again.
    void showTimeWindow(qint64 fromMs, qint64 toMs);
    // Lists only the attempts of the deliveries that carried one message (a status line clicked
    // in Chats), described in the same bar; showTimeWindow(0, 0) lets it go.
    void showMessage(qint64 messageId, const QString &description);
    QWidget *timeWindowBar() const { return m_windowBar; }

    void copyAsCurl();
    // The same with the credentials the log keeps REDACTED (the webhook's own headers, the URL's
    // user and password), read from the webhook as it is now; the person asked for them.
    void copyAsCurlWithCredentials();
    void resendSelected();
    // Puts the attempts behind the "N new" bar into the table.
    void showNewer();

Q_SIGNALS:
    // A resend was queued (deliveryId > 0) or failed (error set).
    void resent(qint64 deliveryId, const QString &error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadWebhooks();
    void applyFilter();
    void updateCountLabel();
    void updateHint();
    void updateRetention();
    void showSelected();
    void onAttemptFinished();
    void onFetched();
    void select(int row);

    DesktopContext &m_context;
    AttemptsModel *m_model = nullptr;
    QComboBox *m_webhookFilter = nullptr;
    QComboBox *m_outcomeFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDebounce = nullptr;
    QLabel *m_countLabel = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_detailSides = nullptr;
    QWidget *m_detailPane = nullptr;
    QLabel *m_timeline = nullptr;
    QStackedWidget *m_detailStack = nullptr;
    QLabel *m_hint = nullptr;
    QPlainTextEdit *m_requestText = nullptr;
    QPlainTextEdit *m_responseText = nullptr;
    QPushButton *m_copyCurl = nullptr;
    QToolButton *m_copyCurlMenu = nullptr; // "with credentials", where some are REDACTED
    QPushButton *m_resend = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_retention = nullptr;
    QWidget *m_newBar = nullptr;
    QWidget *m_windowBar = nullptr;
    QLabel *m_windowLabel = nullptr;
    qint64 m_windowFromMs = 0;
    qint64 m_windowToMs = 0;
    qint64 m_messageId = 0; // a message chosen in Chats; 0: every message
    QPushButton *m_allButton = nullptr;
    QLabel *m_newLabel = nullptr;
    QTimer *m_newAttempts = nullptr;
    struct Listed
    {
        QString name;
        int logLimit = 0;
    };
    QHash<qint64, Listed> m_webhooks;
    std::optional<AttemptRecord> m_shown;
    quint64 m_detailGeneration = 0;
    qint64 m_detailId = 0; // the attempt the detail pane is about, 0 for none
    qint64 m_wantedAttempt = 0; // selected before a filter change: selected again if listed
    qint64 m_followDelivery = 0; // resent: its first attempt is selected when it comes
    bool m_resending = false;
};

} // namespace hookline
