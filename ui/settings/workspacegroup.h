#pragma once

#include "domain/workspace.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace hookline {

class DesktopContext;

// Settings → Workspace and e-mail: owner, public base URL (with where links point and why they
// may not open), time zone and SMTP (with a test e-mail), saved by one Save with the same rule as
// PUT /api/v1/workspace.
class WorkspaceGroup : public QWidget
{
    Q_OBJECT
public:
    explicit WorkspaceGroup(DesktopContext &context, QWidget *parent = nullptr);

    // Whether the form differs from what was last loaded or saved.
    bool hasUnsavedEdits() const;
    // Saves of this form started so far; a load that began before one ended may predate it.
    quint64 savesStarted() const { return m_saves; }
    // Shows settings loaded by the page. Edits typed meanwhile stay when `keepEdits`, and a load
    // that overlapped a save (`savesAtLoad` differs, or one is under way) leaves the form as it is.
    void showLoaded(const WorkspaceSettings &settings, const QList<QByteArray> &timeZones,
                    bool keepEdits, quint64 savesAtLoad);
    void showLoadError(const QString &error);
    // Saves the fields the user changed over the stored settings (so changes made elsewhere
    // meanwhile survive); emits saved or saveFailed.
    void save();
    void sendTestEmail();
    // Where payload links point and why they may not open, worked out again in the slow worker.
    void checkLinks();
    // The address Meta's notifications reach: the public base URL, else where links point.
    QString webhookBase() const;

Q_SIGNALS:
    void saved();
    void saveFailed(const QString &field, const QString &message);
    // `outcome` as the window words it.
    void testEmailFinished(bool ok, const QString &outcome);
    void linksChecked();
    // webhookBase() changed (after a load, a save or a link check).
    void webhookBaseChanged();

private:
    void showSettings(const WorkspaceSettings &settings);
    WorkspaceSettings formSettings() const;
    void clearErrors();
    void showFieldError(const QString &field, const QString &message);

    DesktopContext &m_context;
    // The settings as last loaded or saved: the form's fields that still equal these are not
    // the user's edits, and a Save leaves the stored value of those alone.
    WorkspaceSettings m_settings;
    quint64 m_saves = 0;
    quint64 m_tests = 0; // test e-mails asked for
    quint64 m_testing = 0; // the one this group waits for, 0 when none
    QTimer *m_testTimeout = nullptr;
    QString m_linkBase; // where links point when no public base URL is set

    QLineEdit *m_ownerName = nullptr;
    QLineEdit *m_ownerEmail = nullptr;
    QLineEdit *m_publicBaseUrl = nullptr;
    QComboBox *m_timeZone = nullptr;
    QLineEdit *m_smtpHost = nullptr;
    QSpinBox *m_smtpPort = nullptr;
    QComboBox *m_smtpSecurity = nullptr;
    QLineEdit *m_smtpUsername = nullptr;
    QLineEdit *m_smtpPassword = nullptr;
    QCheckBox *m_forgetPassword = nullptr;
    QLabel *m_passwordStorage = nullptr;
    QLineEdit *m_smtpFrom = nullptr;
    QCheckBox *m_allowInvalidCertificate = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_saveStatus = nullptr;
    QLabel *m_linkProblems = nullptr;
    QPushButton *m_sendTest = nullptr;
    QLabel *m_testStatus = nullptr;
    // Error labels by the API's field name (owner.email, timezone, smtp.port, …).
    QHash<QString, QLabel *> m_errors;
};

} // namespace hookline
