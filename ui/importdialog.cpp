#include "importdialog.h"

#include "accountlabel.h"
#include "activitytext.h"
#include "chatexport/chatexportarchive.h"
#include "delivery/clock.h"
#include "desktopcontext.h"
#include "domain/account.h"
#include "feedbacklabel.h"
#include "service/chatimportservice.h"
#include "serviceerrortext.h"
#include "store/storeconnection.h"
#include "storeworker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

struct Setup
{
    QList<Account> accounts;
    QString selectedPhone;
    QString timeZone;
    QStringList timeZones;
};

struct Imported
{
    ChatExportImporter::Report report;
    QString text;
    QString error; // why nothing was imported
};

// Line numbers shown for lines not understood, and zip entries named, before "and N more".
constexpr int shownProblems = 5;

// Runs in the store worker: the report as the user reads it.
QString reportText(const ChatExportImporter::Report &r)
{
    QStringList lines;
    lines << ImportDialog::tr("Format: %1").arg(r.format)
          << ImportDialog::tr("Lines read: %1").arg(r.linesRead)
          << ImportDialog::tr("Messages stored: %1").arg(r.messagesStored)
          << ImportDialog::tr("Already stored by an earlier import: %1").arg(r.duplicates)
          << ImportDialog::tr("Attachments stored: %1").arg(r.attachmentsStored);
    if (r.mediaNotIncluded > 0)
        lines << ImportDialog::tr("Media not in the export (stored as their placeholder): %1")
                     .arg(r.mediaNotIncluded);
    lines << ImportDialog::tr("System lines skipped: %1").arg(r.systemLines);
    if (!r.skippedMessages.isEmpty()) {
        lines << ImportDialog::tr("Messages skipped: %1").arg(r.skippedMessages.size());
        for (const auto &skipped : r.skippedMessages.mid(0, shownProblems))
            lines << ImportDialog::tr("  line %1: %2").arg(skipped.lineNumber).arg(skipped.reason);
        if (r.skippedMessages.size() > shownProblems)
            lines << ImportDialog::tr("  … and %n more.", nullptr,
                                      int(r.skippedMessages.size() - shownProblems));
    }
    if (r.notUnderstoodCount > 0) {
        QStringList numbers;
        for (const auto &line : r.notUnderstood.mid(0, shownProblems))
            numbers << QString::number(line.lineNumber);
        lines << ImportDialog::tr("Lines not understood: %1 (first: %2)")
                     .arg(r.notUnderstoodCount)
                     .arg(numbers.join(u", "_s));
    } else {
        lines << ImportDialog::tr("Lines not understood: 0");
    }
    if (!r.skippedFiles.isEmpty()) {
        lines << ImportDialog::tr("Files in the zip left out:");
        for (const QString &skipped : r.skippedFiles.mid(0, shownProblems))
            lines << u"  "_s + skipped;
        if (r.skippedFiles.size() > shownProblems)
            lines << ImportDialog::tr("  … and %n more.", nullptr,
                                      int(r.skippedFiles.size() - shownProblems));
    }
    if (r.deliveredToWebhooks)
        lines << ImportDialog::tr("The new messages were handed to the webhooks.");
    return lines.join(u'\n');
}

} // namespace

ImportDialog::ImportDialog(DesktopContext &context, qint64 accountId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import a chat export"));

    m_file = new QLineEdit(this);
    m_file->setObjectName(u"file"_s);
    m_file->setPlaceholderText(tr(".txt or .zip from “Export chat”"));
    m_file->setToolTip(tr("WhatsApp's “Export chat” file (.txt or .zip)"));
    m_choose = new QPushButton(tr("Choo&se…"), this);
    m_choose->setObjectName(u"chooseFile"_s);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    m_fileError = FeedbackLabel::create(u"fileError"_s, this);
    m_preview = new QLabel(this);
    m_preview->setObjectName(u"preview"_s);
    m_preview->setTextFormat(Qt::PlainText); // the file's names come from outside
    m_preview->setWordWrap(true);
    m_preview->hide();
    // The file's summary and errors under its field, taking room only when there is something.
    auto *fileColumn = new QVBoxLayout;
    fileColumn->addLayout(fileRow);
    fileColumn->addWidget(m_preview);
    fileColumn->addWidget(m_fileError);

    m_account = new QComboBox(this);
    m_account->setObjectName(u"account"_s);
    m_account->setEditable(true);
    m_account->setInsertPolicy(QComboBox::NoInsert);
    m_account->lineEdit()->setPlaceholderText(tr("+14155550100"));
    m_account->setToolTip(tr("The WhatsApp number the chat was exported from"));
    auto *accountLabel = new QLabel(tr("&Account:"), this);
    accountLabel->setBuddy(m_account);
    m_accountError = FeedbackLabel::create(u"accountError"_s, this);
    auto *accountColumn = new QVBoxLayout;
    accountColumn->addWidget(m_account);
    accountColumn->addWidget(m_accountError);

    m_me = new QComboBox(this);
    m_me->setObjectName(u"me"_s);
    m_me->setEditable(true);
    m_me->setInsertPolicy(QComboBox::NoInsert);
    m_me->lineEdit()->setPlaceholderText(tr("Empty: all lines received"));
    m_me->setToolTip(tr("Your lines become sent messages; the others' become received ones"));
    auto *meLabel = new QLabel(tr("&Your name in the export:"), this);
    meLabel->setBuddy(m_me);

    m_peerPhone = new QLineEdit(this);
    m_peerPhone->setObjectName(u"peerPhone"_s);
    m_peerPhone->setPlaceholderText(tr("+919800000001"));
    m_peerPhone->setToolTip(tr("Direct chats: the export names the other person, not the number"));
    auto *peerLabel = new QLabel(tr("&Other person's phone:"), this);
    peerLabel->setBuddy(m_peerPhone);

    m_group = new QCheckBox(tr("&Group chat"), this);
    m_group->setObjectName(u"group"_s);

    m_timeZone = new QComboBox(this);
    m_timeZone->setObjectName(u"timeZone"_s);
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->setToolTip(tr("The phone's time zone: the export gives only its wall-clock time"));
    auto *zoneLabel = new QLabel(tr("&Time zone:"), this);
    zoneLabel->setBuddy(m_timeZone);

    m_deliver = new QCheckBox(tr("Send imported messages to the &webhooks"), this);
    m_deliver->setObjectName(u"deliverToWebhooks"_s);
    auto *deliverNote
        = new QLabel(tr("Off by default: old history usually must not reach a CRM or a bot "
                        "again as if it were new."),
                     this);
    deliverNote->setWordWrap(true);

    m_reportText = new QPlainTextEdit(this);
    m_reportText->setObjectName(u"report"_s);
    m_reportText->setReadOnly(true);
    m_reportText->setPlaceholderText(tr("The import's report appears here."));
    auto *reportLabel = new QLabel(tr("&Report:"), this);
    reportLabel->setBuddy(m_reportText);
    m_error = FeedbackLabel::create(u"error"_s, this);

    // Placeholders whole, in any language.
    for (QLineEdit *edit : {m_file, m_account->lineEdit(), m_me->lineEdit(), m_peerPhone}) {
        QWidget *field = edit->parentWidget() == this ? edit : edit->parentWidget();
        const int chrome = field->sizeHint().width() - edit->sizeHint().width();
        field->setMinimumWidth(
            qMax(field->minimumWidth(),
                 edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + chrome + 24));
    }

    auto *form = new QFormLayout;
    form->addRow(fileLabel, fileColumn);
    form->addRow(accountLabel, accountColumn);
    form->addRow(meLabel, m_me);
    form->addRow(peerLabel, m_peerPhone);
    form->addRow(m_group);
    form->addRow(zoneLabel, m_timeZone);
    form->addRow(m_deliver);
    form->addRow(deliverNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setObjectName(u"close"_s);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(u"import"_s);
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::submit);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(reportLabel);
    layout->addWidget(m_reportText, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    setTabOrder(m_file, m_choose);
    setTabOrder(m_choose, m_account);
    setTabOrder(m_account, m_me);
    setTabOrder(m_me, m_peerPhone);
    setTabOrder(m_peerPhone, m_group);
    setTabOrder(m_group, m_timeZone);
    setTabOrder(m_timeZone, m_deliver);
    setTabOrder(m_deliver, m_reportText);
    setTabOrder(m_reportText, m_import);
    setTabOrder(m_import, m_close);

    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_file, &QLineEdit::editingFinished, this, [this] { preview(filePath()); });
    // An error goes once its field is corrected.
    connect(m_file, &QLineEdit::textEdited, m_fileError, &QWidget::hide);
    connect(m_account, &QComboBox::editTextChanged, m_accountError, &QWidget::hide);

    updateEnabled();
    load(accountId);
}

void ImportDialog::load(qint64 accountId)
{
    m_context.store()->run<Setup>(
        this,
        [accountId](StoreConnection &store) {
            Setup s;
            s.accounts = store.messages->accounts();
            for (const Account &a : std::as_const(s.accounts)) {
                if (a.id == accountId)
                    s.selectedPhone = a.phone;
            }
            s.timeZone = store.workspace->settings().timeZone;
            for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
                s.timeZones << QString::fromUtf8(id);
            return s;
        },
        [this](const Outcome<Setup> &setup) {
            if (!setup.ok()) {
                showError(m_error, tr("The accounts could not be loaded: %1").arg(setup.error));
                return;
            }
            const Setup &s = *setup.value;
            // Keep what the user typed while the list was loading.
            const QString typedPhone = m_account->currentText();
            for (const Account &a : s.accounts) {
                m_account->addItem(accountLabel(a), a.phone);
            }
            const int selected = m_account->findData(s.selectedPhone);
            m_account->setCurrentText(!typedPhone.isEmpty() ? typedPhone
                                          : selected >= 0   ? m_account->itemText(selected)
                                                            : QString());
            const QString typedZone = m_timeZone->currentText();
            m_timeZone->addItems(s.timeZones);
            m_timeZone->setCurrentText(typedZone.isEmpty() ? s.timeZone : typedZone);
            Q_EMIT loaded();
        });
}

QString ImportDialog::filePath() const
{
    return m_file->text().trimmed();
}

void ImportDialog::setFilePath(const QString &path)
{
    m_file->setText(path);
    preview(filePath());
}

void ImportDialog::chooseFile()
{
    // A non-native dialog: the native one may block in the platform's file portal.
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Choose a chat export"), QString(),
                                       tr("WhatsApp chat exports (*.txt *.zip);;All files (*)"),
                                       nullptr, QFileDialog::DontUseNativeDialog);
    if (!path.isEmpty())
        setFilePath(path);
}

void ImportDialog::preview(const QString &path)
{
    m_fileError->hide();
    const quint64 request = ++m_previewRequest;
    if (path.isEmpty()) {
        showPreview({});
        return;
    }
    m_preview->setText(tr("Reading the file…"));
    m_preview->show();
    m_context.store()->run<Preview>(
        this,
        [path](StoreConnection &) {
            Preview p;
            const QFileInfo info(path);
            if (!info.isFile()) {
                p.error = tr("“%1” is not a file.").arg(path);
                return p;
            }
            if (info.size() > maxPreviewBytes) {
                p.summary = tr("The file is %1; it is not previewed, but it can be imported.")
                                .arg(QLocale().formattedDataSize(info.size()));
                return p;
            }
            const auto archive = ChatExportArchive::read(path);
            if (!archive.error.isEmpty()) {
                p.error = archive.error;
                return p;
            }
            const auto parsed = ChatExportParser::parse(archive.chatText);
            for (const auto &entry : parsed.entries) {
                if (!entry.system && !entry.author.isEmpty() && !p.authors.contains(entry.author))
                    p.authors << entry.author;
            }
            p.summary
                = tr("%1 · %n line(s)", nullptr, parsed.linesRead).arg(parsed.format.description);
            return p;
        },
        [this, request](const Outcome<Preview> &result) {
            if (request != m_previewRequest)
                return; // another file was chosen meanwhile
            showPreview(result.ok() ? *result.value : Preview {{}, {}, result.error});
        });
}

void ImportDialog::showPreview(const Preview &preview)
{
    const QString me = m_me->currentText();
    m_me->clear();
    m_me->addItems(preview.authors);
    m_me->setCurrentText(preview.authors.contains(me) ? me : QString());
    m_preview->setText(preview.summary);
    m_preview->setVisible(!preview.summary.isEmpty());
    if (!preview.error.isEmpty())
        showError(m_fileError, tr("The file cannot be read: %1").arg(preview.error));
    Q_EMIT previewed();
}

ChatExportImporter::Options ImportDialog::options() const
{
    ChatExportImporter::Options o;
    // A listed account ("Sales (+14155550100)") by its phone; else the phone typed.
    const int listed = m_account->findText(m_account->currentText());
    o.accountPhone
        = listed >= 0 ? m_account->itemData(listed).toString() : m_account->currentText().trimmed();
    o.me = m_me->currentText().trimmed();
    o.peerPhone = m_peerPhone->text().trimmed();
    o.group = m_group->isChecked();
    o.timeZone = m_timeZone->currentText().trimmed();
    o.deliverToWebhooks = m_deliver->isChecked();
    return o;
}

void ImportDialog::submit()
{
    if (m_busy)
        return;
    m_error->hide();
    m_fileError->hide();
    m_accountError->hide();
    const QString path = filePath();
    const ChatExportImporter::Options opts = options();
    if (path.isEmpty()) {
        showError(m_fileError, tr("Choose the exported chat file."));
        m_file->setFocus();
        return;
    }
    if (opts.accountPhone.isEmpty()) {
        showError(m_accountError, tr("Give the phone number of the account the chat belongs to."));
        m_account->setFocus();
        return;
    }
    const qint64 now = m_context.clock()->nowMs();
    m_busy = true;
    updateEnabled();
    m_reportText->setPlainText(tr("Importing…"));
    m_context.store()->run<Imported>(
        this,
        [path, opts, now, engine = m_context.engine()](StoreConnection &store) {
            const auto imported = ChatImportService(store, engine).importFile(path, opts, now);
            if (!imported.ok())
                return Imported {{}, {}, ServiceErrorText::sentence(imported.error())};
            Imported i {imported.value(), {}, ActivityText::importError(imported.value().error)};
            if (i.error.isEmpty())
                i.text = reportText(i.report);
            return i;
        },
        [this](const Outcome<Imported> &outcome) {
            m_busy = false;
            updateEnabled();
            const QString error = !outcome.ok() ? outcome.error : outcome.value->error;
            if (!error.isEmpty()) {
                m_report = {};
                m_reportText->clear();
                showError(m_error, tr("Nothing was imported: %1").arg(error));
                Q_EMIT failed(error);
                return;
            }
            m_report = outcome.value->report;
            m_reportText->setPlainText(outcome.value->text);
            Q_EMIT imported(m_report.chatId, m_report.messagesStored);
        });
}

void ImportDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void ImportDialog::updateEnabled()
{
    m_import->setEnabled(!m_busy);
    m_close->setEnabled(!m_busy);
}

void ImportDialog::showError(QLabel *label, const QString &message)
{
    FeedbackLabel::show(label, message, FeedbackLabel::Tone::Bad);
}

} // namespace hookline
