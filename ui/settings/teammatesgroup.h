#pragma once

#include "domain/workspace.h"
#include "service/serviceerror.h"
#include "storeworker.h"

#include <QGroupBox>
#include <QList>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace hookline {

class DesktopContext;

// Settings → Teammates: the people a sent message can name, added, renamed (by e-mail) and
// removed one change at a time.
class TeammatesGroup : public QGroupBox
{
    Q_OBJECT
public:
    explicit TeammatesGroup(DesktopContext &context, QWidget *parent = nullptr);

    void showTeammates(const QList<Teammate> &teammates);
    // Adds the teammate of the fields, or renames the one with their e-mail; emits
    // teammatesChanged.
    void addTeammate();
    void removeTeammate(qint64 teammateId);

Q_SIGNALS:
    void teammatesChanged();

private:
    // The end of an add or remove: the list as stored, or why not in `failure` ("…: %1").
    bool finishChange(const Outcome<ServiceResult<QList<Teammate>>> &outcome,
                      const QString &failure);
    // One change at a time: a second click while the first is stored would add twice or undo it.
    void setBusy(bool busy);

    DesktopContext &m_context;
    QTreeWidget *m_teammates = nullptr;
    QLineEdit *m_teammateName = nullptr;
    QLineEdit *m_teammateEmail = nullptr;
    QLabel *m_teammateStatus = nullptr;
    QPushButton *m_addTeammate = nullptr;
    QPushButton *m_removeTeammate = nullptr;
};

} // namespace hookline
