#include "teammatesgroup.h"

#include "desktopcontext.h"
#include "feedbacklabel.h"
#include "service/serviceerror.h"
#include "service/workspaceservice.h"
#include "serviceerrortext.h"
#include "settingsform.h"
#include "store/storeconnection.h"
#include "store/workspacestore.h"
#include "storeworker.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hookline {

using FeedbackLabel::Tone;
using namespace SettingsForm;

TeammatesGroup::TeammatesGroup(DesktopContext &context, QWidget *parent)
    : QGroupBox(tr("Teammates"), parent)
    , m_context(context)
{
    setObjectName(u"teammatesGroup"_s);
    m_teammates = table(u"teammates"_s, {tr("Name"), tr("E-mail")}, this);
    m_teammates->setAccessibleName(tr("Teammates"));
    m_teammateName = lineEdit(u"teammateName"_s, this);
    m_teammateName->setAccessibleName(tr("Teammate's name"));
    m_teammateEmail = lineEdit(u"teammateEmail"_s, this, tr("name@example.com"));
    m_teammateEmail->setAccessibleName(tr("Teammate's e-mail"));
    m_addTeammate = button(u"addTeammate"_s, tr("A&dd or rename"), this);
    m_addTeammate->setToolTip(tr("Adds the teammate, or renames the one with this e-mail"));
    m_removeTeammate = button(u"removeTeammate"_s, tr("Remo&ve selected"), this);
    m_teammateStatus = FeedbackLabel::create(u"teammateStatus"_s, this, Tone::Neutral);
    // Fields under the list, buttons under the fields: a row of all of them would not fit.
    auto *teamForm = new QFormLayout;
    teamForm->addRow(buddyLabel(tr("&Name:"), m_teammateName), m_teammateName);
    teamForm->addRow(buddyLabel(tr("&E-mail:"), m_teammateEmail), m_teammateEmail);
    auto *teamButtons = new QHBoxLayout;
    teamButtons->addWidget(m_addTeammate);
    teamButtons->addWidget(m_removeTeammate);
    teamButtons->addStretch(1);
    teamForm->addRow(QString(), teamButtons);
    auto *teamLayout = new QVBoxLayout(this);
    teamLayout->addWidget(m_teammates);
    teamLayout->addLayout(teamForm);
    teamLayout->addWidget(m_teammateStatus);

    connect(m_addTeammate, &QPushButton::clicked, this, &TeammatesGroup::addTeammate);
    connect(m_removeTeammate, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId(m_teammates))
            removeTeammate(id);
    });
}

void TeammatesGroup::showTeammates(const QList<Teammate> &teammates)
{
    m_teammates->clear();
    for (const Teammate &t : teammates) {
        auto *item = new QTreeWidgetItem(m_teammates, {t.fullName, t.email});
        item->setData(0, Qt::UserRole, t.id);
    }
}

void TeammatesGroup::addTeammate()
{
    if (!m_addTeammate->isEnabled())
        return; // another teammate change is under way
    const Teammate teammate {0, m_teammateName->text(), m_teammateEmail->text()};
    // Checked here too, so the answer comes as the button is pressed.
    if (WorkspaceService::checkTeammate(teammate, u"email"_s)) {
        FeedbackLabel::show(m_teammateStatus, tr("Enter the teammate's e-mail address."),
                            Tone::Bad);
        return;
    }
    setBusy(true);
    m_context.store()->run<ServiceResult<QList<Teammate>>>(
        this,
        [teammate, engine = m_context.engine(), notifier = m_context.notifier()](
            StoreConnection &store) -> ServiceResult<QList<Teammate>> {
            WorkspaceService::Changes add;
            add.teammates = {teammate};
            const auto saved = WorkspaceService(store, engine, notifier).update(add);
            if (!saved.ok())
                return saved.error();
            return store.workspace->teammates();
        },
        [this](const Outcome<ServiceResult<QList<Teammate>>> &outcome) {
            if (finishChange(outcome, tr("The teammate was not saved: %1"))) {
                m_teammateName->clear();
                m_teammateEmail->clear();
            }
        });
}

void TeammatesGroup::removeTeammate(qint64 teammateId)
{
    if (!m_addTeammate->isEnabled())
        return; // another teammate change is under way
    setBusy(true);
    m_context.store()->run<ServiceResult<QList<Teammate>>>(
        this,
        [teammateId, engine = m_context.engine(),
         notifier = m_context.notifier()](StoreConnection &store) {
            return WorkspaceService(store, engine, notifier).removeTeammate(teammateId);
        },
        [this](const Outcome<ServiceResult<QList<Teammate>>> &outcome) {
            finishChange(outcome, tr("The teammate was not removed: %1"));
        });
}

bool TeammatesGroup::finishChange(const Outcome<ServiceResult<QList<Teammate>>> &outcome,
                                  const QString &failure)
{
    setBusy(false);
    if (!outcome.ok() || !outcome.value->ok()) {
        const QString error
            = outcome.ok() ? ServiceErrorText::sentence(outcome.value->error()) : outcome.error;
        FeedbackLabel::show(m_teammateStatus, failure.arg(error), Tone::Bad);
        return false;
    }
    m_teammateStatus->hide();
    showTeammates(outcome.value->value());
    Q_EMIT teammatesChanged();
    return true;
}

void TeammatesGroup::setBusy(bool busy)
{
    m_addTeammate->setEnabled(!busy);
    m_removeTeammate->setEnabled(!busy);
}

} // namespace hookline
