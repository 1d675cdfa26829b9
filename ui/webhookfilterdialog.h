#pragma once

#include "domain/account.h"
#include "domain/webhookfilter.h"
#include "service/webhookservice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;
class QTreeWidget;

namespace hookline {

class DesktopContext;

// Which messages a webhook gets (docs/WEBHOOK-FILTERS.md), with the answer beside the
// question: the workspace's last WebhookService::previewCount messages, each with a tick or a
// cross and the field that turns it away, worked out again on the store worker a moment after
// each edit. OK keeps the filter in the form; the webhook's Save stores it.
class WebhookFilterDialog : public QDialog
{
    Q_OBJECT
public:
    // For a webhook's setting, or for one replay (the intro says which).
    enum class Purpose { Webhook, Replay };
    WebhookFilterDialog(DesktopContext &context, const WebhookFilter &filter,
                        QWidget *parent = nullptr, Purpose purpose = Purpose::Webhook);

    // As the fields hold it now.
    WebhookFilter filter() const;
    // One line for the webhook's form: "Every message", or what the filter asks for.
    static QString summary(const WebhookFilter &filter);

    QComboBox *directionCombo() const { return m_direction; }
    QListWidget *accountList() const { return m_accounts; }
    QComboBox *chatKindCombo() const { return m_chatKind; }
    QComboBox *attachmentCombo() const { return m_attachment; }
    QLineEdit *textEdit() const { return m_text; }
    QCheckBox *regexCheck() const { return m_regex; }
    QTreeWidget *previewList() const { return m_preview; }
    QLabel *previewSummary() const { return m_previewSummary; }
    QLabel *errorLabel() const { return m_error; }
    // Previews asked for and answered: tests wait for the answer to the latest edit.
    quint64 previewsAsked() const { return m_previewSerial; }
    quint64 previewsShown() const { return m_previewShown; }

    void accept() override;

private:
    void loadAccounts();
    void fillAccounts(const QList<Account> &accounts);
    void schedulePreview();
    void runPreview();
    void showPreview(const QList<WebhookService::Preview> &list);
    void showError(const QString &field, const QString &sentence);

    DesktopContext &m_context;
    QStringList m_wantedAccounts; // the filter's phones, ticked once the accounts are loaded
    QComboBox *m_direction = nullptr;
    QListWidget *m_accounts = nullptr;
    QComboBox *m_chatKind = nullptr;
    QComboBox *m_attachment = nullptr;
    QLineEdit *m_text = nullptr;
    QCheckBox *m_regex = nullptr;
    QLabel *m_error = nullptr;
    QTreeWidget *m_preview = nullptr;
    QLabel *m_previewSummary = nullptr;
    QTimer *m_previewDelay = nullptr;
    quint64 m_previewSerial = 0;
    quint64 m_previewShown = 0;
};

} // namespace hookline
