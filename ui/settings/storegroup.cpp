#include "storegroup.h"

#include "desktopcontext.h"
#include "feedbacklabel.h"
#include "settingsform.h"
#include "store/database.h"
#include "store/storechoice.h"
#include "store/storeerror.h"
#include "store/storelocation.h"
#include "storeworker.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace hookline {

using FeedbackLabel::Tone;
using namespace SettingsForm;

StoreGroup::StoreGroup(DesktopContext &context, QWidget *parent)
    : QGroupBox(tr("Store"), parent)
    , m_context(context)
{
    setObjectName(u"storeGroup"_s);
    auto *storeForm = new QFormLayout(this);
    auto *storeInUse = lineEdit(u"storeInUse"_s, this);
    storeInUse->setReadOnly(true);
    storeInUse->setText(context.storeLocation());
    storeForm->addRow(tr("In use:"), storeInUse);
    m_storeUrl = lineEdit(u"storeUrl"_s, this, tr("empty: the SQLite file in the data folder"));
    storeForm->addRow(tr("Postgre&SQL URL:"), m_storeUrl);
    m_storePassword = lineEdit(u"storePassword"_s, this,
                               tr("empty: PGPASSWORD, ~/.pgpass or the password stored before"));
    m_storePassword->setEchoMode(QLineEdit::Password);
    storeForm->addRow(tr("Pass&word:"), m_storePassword);
    storeForm->addRow(
        QString(),
        wrapped(tr("As postgresql://USER@HOST:PORT/DB. Several Hookline instances on one "
                   "database share the deliveries. Applies at the next start; --database "
                   "on the command line takes precedence."),
                this));
    m_storeTest = button(u"storeTest"_s, tr("Test co&nnection"), this);
    m_storeSave = button(u"storeSave"_s, tr("Use at next st&art"), this);
    m_storeStatus = FeedbackLabel::create(u"storeStatus"_s, this, Tone::Neutral);
    auto *storeRow = new QHBoxLayout;
    storeRow->addWidget(m_storeTest);
    storeRow->addWidget(m_storeSave);
    storeRow->addWidget(m_storeStatus, 1);
    storeForm->addRow(storeRow);
    connect(m_storeTest, &QPushButton::clicked, this, &StoreGroup::testStore);
    connect(m_storeSave, &QPushButton::clicked, this, &StoreGroup::saveStore);
    // store.conf is a file: read by the store worker, not here.
    m_context.store()->run<QString>(
        this,
        [directory = context.dataDirectory()](StoreConnection &) {
            return StoreChoice::configured(directory);
        },
        [this](const Outcome<QString> &outcome) {
            if (outcome.ok() && m_storeUrl->text().isEmpty())
                m_storeUrl->setText(*outcome.value);
        });
}

void StoreGroup::testStore()
{
    const QString url = m_storeUrl->text().trimmed();
    if (!StoreLocation::looksLikeUrl(url)) {
        FeedbackLabel::show(m_storeStatus,
                            tr("Enter a postgresql://USER@HOST:PORT/DB URL to test."), Tone::Bad);
        Q_EMIT storeTested(false, m_storeStatus->text());
        return;
    }
    m_storeTest->setEnabled(false);
    FeedbackLabel::show(m_storeStatus, tr("Connecting…"), Tone::Neutral);
    m_context.slowStore()->run<Database::Probe>(
        this,
        [url, password = m_storePassword->text()](StoreConnection &) {
            return Database::probe(url, password);
        },
        [this](const Outcome<Database::Probe> &outcome) {
            m_storeTest->setEnabled(true);
            const QString text = !outcome.ok() ? outcome.error
                : outcome.value->schemaVersion == 0
                ? tr("%1 answers and is empty: Hookline will create its tables there.")
                      .arg(outcome.value->location)
                : tr("%1 answers and holds a Hookline store (schema version %2).")
                      .arg(outcome.value->location)
                      .arg(outcome.value->schemaVersion);
            FeedbackLabel::show(m_storeStatus, text, outcome.ok() ? Tone::Good : Tone::Bad);
            Q_EMIT storeTested(outcome.ok(), text);
        });
}

void StoreGroup::saveStore()
{
    m_storeSave->setEnabled(false);
    m_context.slowStore()->run<bool>(
        this,
        [directory = m_context.dataDirectory(), url = m_storeUrl->text(),
         password = m_storePassword->text()](StoreConnection &) {
            QString error;
            if (!StoreChoice::save(directory, url, password, &error))
                throw StoreError(error);
            return true;
        },
        [this](const Outcome<bool> &outcome) {
            m_storeSave->setEnabled(true);
            if (!outcome.ok()) {
                FeedbackLabel::show(m_storeStatus, outcome.error, Tone::Bad);
                Q_EMIT storeFailed(outcome.error);
                return;
            }
            m_storePassword->clear();
            FeedbackLabel::show(m_storeStatus,
                                m_storeUrl->text().trimmed().isEmpty()
                                    ? tr("Saved: the next start uses the SQLite file in the "
                                         "data folder.")
                                    : tr("Saved: the next start uses this PostgreSQL database."),
                                Tone::Good);
            Q_EMIT storeSaved();
        });
}

} // namespace hookline
