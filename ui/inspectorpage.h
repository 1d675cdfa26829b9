#pragma once

#include "domain/attemptrecord.h"

#include <QList>
#include <QUrl>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;
class QStackedWidget;
class QTableWidget;
class QTimer;

namespace hookline {

class DesktopContext;
class JsonHighlighter;
struct InspectedRequest;
struct InspectorAnswer;

// The built-in receiving URLs (/inspect/<name>[/any/sub/path] on the local server), in the way
// webhook.site shows them: a person points a webhook at one, sees every request it gets with
// method and status chips, the headers beside the highlighted body and whether a Hookline
// signature checks out, copies a request as cURL or replays it to another URL, and chooses how
// the URL answers (status, delay, and a body of its own with its content type) to watch retries
// and an auto-disable happen or to see how a sender reads a response. All in memory.
class InspectorPage : public QWidget
{
    Q_OBJECT
public:
    explicit InspectorPage(DesktopContext &context, QWidget *parent = nullptr);
    ~InspectorPage() override;

    // Adds a receiving URL by name; false (with the reason shown) for an invalid name.
    bool addBin(const QString &name);
    void selectBin(const QString &name);
    // Forgets the selected URL and its requests.
    void removeCurrentBin();
    QString currentBin() const;
    QString urlOf(const QString &name) const;
    // Sets how the selected URL answers from now on.
    void setAnswer(int status, int delayMs);
    // The same with a response body and its content type (an empty body: {"status": N}); false,
    // with the reason shown and nothing applied, when the Inspector refuses the answer.
    bool setAnswer(int status, int delayMs, const QString &body, const QString &contentType);
    // Creates an enabled webhook to the selected URL.
    void createWebhook();
    // A line above the requests saying what just happened and what to try next.
    void showNote(const QString &text);

    // The shown request, sent once more to `url` with its method, headers and body.
    void replayTo(const QUrl &url);
    // The shown request as a shell command; empty when none is shown.
    QString curlCommand() const;
    void copyAsCurl();

    QTableWidget *requestTable() const { return m_requests; }
    QTableWidget *headersTable() const { return m_headers; }
    QPlainTextEdit *bodyView() const { return m_body; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *signatureLabel() const { return m_signature; }
    QLabel *waitingHint() const { return m_waiting; }
    QLabel *message() const { return m_message; }
    QPlainTextEdit *answerBodyEdit() const { return m_answerBody; }
    QComboBox *contentTypeBox() const { return m_contentType; }
    QToolButton *customAnswerButton() const { return m_customAnswer; }
    // Why the typed answer was not applied; hidden while it is.
    QLabel *answerError() const { return m_answerError; }
    QListWidget *binList() const { return m_bins; }
    JsonHighlighter *highlighter() const { return m_highlighter; }

Q_SIGNALS:
    void webhookCreated(qint64 id);
    void requestsShown(int count);
    void detailShown(qint64 requestId);
    // A replay answered (status > 0) or failed (error set).
    void replayed(int status, const QString &error);

private:
    struct SigningWebhook
    {
        QString name;
        QString secret;
    };
    void refreshBins();
    void refreshRequests();
    void showDetail();
    void clearDetail();
    // Sets the shown status, delay, body and content type on the selected URL; false, with the
    // reason shown, when they are refused.
    bool applyAnswer();
    // Shows how the selected URL answers now.
    void showAnswer();
    void showContentType(const QString &type);
    QString answerProblemText(const InspectorAnswer &answer) const;
    void scheduleRefresh();
    void loadSecrets();
    void askReplayUrl();
    // What the signature headers of `request` say against the workspace's webhook secrets.
    void showSignature(const InspectedRequest &request);

    DesktopContext &m_context;
    QListWidget *m_bins = nullptr;
    QLineEdit *m_newName = nullptr;
    QLabel *m_nameError = nullptr;
    QPushButton *m_remove = nullptr;
    QLineEdit *m_url = nullptr;
    QSpinBox *m_status = nullptr;
    QSpinBox *m_delay = nullptr;
    QToolButton *m_customAnswer = nullptr; // shows the body and content type rows
    QPlainTextEdit *m_answerBody = nullptr;
    QComboBox *m_contentType = nullptr;
    QLabel *m_answerError = nullptr;
    QPushButton *m_createWebhook = nullptr;
    QLabel *m_message = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QLabel *m_waiting = nullptr;
    QTableWidget *m_requests = nullptr;
    QWidget *m_detailPane = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_signature = nullptr;
    QTableWidget *m_headers = nullptr;
    QPlainTextEdit *m_body = nullptr;
    JsonHighlighter *m_highlighter = nullptr;
    QPushButton *m_copyCurl = nullptr;
    QPushButton *m_copyBody = nullptr;
    QPushButton *m_replay = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QList<SigningWebhook> m_secrets;
    QUrl m_lastReplayUrl;
    qint64 m_shownId = 0; // the selected request, kept across refreshes
    qint64 m_detailId = 0; // the request the detail pane shows
    QString m_detailBin;
    // The shown request's parts needed by copy and replay.
    QString m_shownMethod;
    QString m_shownUrl;
    HttpHeaders m_shownHeaders;
    QByteArray m_shownBody;
};

} // namespace hookline
