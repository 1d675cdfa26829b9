#pragma once

#include "chatexport/chatexportimporter.h"

#include <QDialog>
#include <QString>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace hookline {

class DesktopContext;

// Imports a WhatsApp chat export (.txt or .zip) into one account's chat through
// ChatExportImporter. Once a file is chosen, the store worker reads and parses it to offer its
// authors for "your name" and to show the detected format; the import itself runs there too, in
// one transaction, and its report stays in the dialog.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    // Files larger than this are not previewed: reading them only to list names costs too much.
    static constexpr qint64 maxPreviewBytes = 256LL * 1024 * 1024;

    // Preselects the phone of the given account (0: none) once the accounts are loaded.
    explicit ImportDialog(DesktopContext &context, qint64 accountId = 0, QWidget *parent = nullptr);

    QString filePath() const;
    // The export to import; "Choose…" calls it after the file dialog. Starts the preview.
    void setFilePath(const QString &path);
    ChatExportImporter::Options options() const;
    // Imports in the store worker; emits imported or failed.
    void submit();
    // The report of the last import (empty before one).
    const ChatExportImporter::Report &lastReport() const { return m_report; }
    // Closes, except while an import runs (its answer must not be lost).
    void reject() override;

Q_SIGNALS:
    // The accounts and time zones are in their combos.
    void loaded();
    // The preview of the chosen file is shown (authors listed, or why not).
    void previewed();
    void imported(qint64 chatId, int stored);
    void failed(const QString &message);

private:
    struct Preview
    {
        QStringList authors;
        QString summary;
        QString error;
    };

    void load(qint64 accountId);
    void preview(const QString &path);
    void showPreview(const Preview &preview);
    void chooseFile();
    void updateEnabled();
    void showError(QLabel *label, const QString &message);

    DesktopContext &m_context;
    ChatExportImporter::Report m_report;
    bool m_busy = false;
    quint64 m_previewRequest = 0;

    QLineEdit *m_file = nullptr;
    QLabel *m_fileError = nullptr;
    QLabel *m_preview = nullptr;
    QComboBox *m_account = nullptr;
    QLabel *m_accountError = nullptr;
    QComboBox *m_me = nullptr;
    QLineEdit *m_peerPhone = nullptr;
    QCheckBox *m_group = nullptr;
    QComboBox *m_timeZone = nullptr;
    QCheckBox *m_deliver = nullptr;
    QPlainTextEdit *m_reportText = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_choose = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace hookline
