#include "serveraccessgroup.h"

#include "desktopcontext.h"
#include "feedbacklabel.h"
#include "payload/linkbase.h"
#include "server/apitoken.h"
#include "settingsform.h"
#include "store/storeerror.h"
#include "storeworker.h"

#include <QClipboard>
#include <QFont>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace hookline {

using FeedbackLabel::Tone;
using namespace SettingsForm;

ServerAccessGroup::ServerAccessGroup(DesktopContext &context, QWidget *parent)
    : QGroupBox(tr("Local server"), parent)
    , m_context(context)
{
    setObjectName(u"serverAccessGroup"_s);
    auto *serverForm = new QFormLayout(this);
    const QString host = context.listenHost();
    auto *listenAddress = lineEdit(u"listenAddress"_s, this);
    listenAddress->setReadOnly(true);
    listenAddress->setText(host.isEmpty() ? tr("not running")
                               : host.contains(u':')
                               ? u"[%1]:%2"_s.arg(host).arg(context.listenPort())
                               : u"%1:%2"_s.arg(host).arg(context.listenPort()));
    serverForm->addRow(tr("&Listens on:"), listenAddress);
    serverForm->addRow(QString(),
                       wrapped(tr("To change it, start Hookline with --listen HOST:PORT."), this));
    auto *listenWarning = FeedbackLabel::create(u"listenWarning"_s, this);
    QFont warningFont = listenWarning->font();
    warningFont.setBold(true);
    listenWarning->setFont(warningFont);
    listenWarning->setText(
        tr("Warning: %1 is not a loopback address, so other machines can reach the local "
           "server. Anyone who has the API token can use the API from there. Start with "
           "--listen 127.0.0.1:PORT to keep it on this machine.")
            .arg(host));
    listenWarning->setVisible(!host.isEmpty() && !LinkBase::isLoopback(host));
    serverForm->addRow(listenWarning);

    m_token = lineEdit(u"apiToken"_s, this);
    m_token->setReadOnly(true);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setText(QString::fromLatin1(context.apiToken()->value()));
    auto *showToken = button(u"showToken"_s, tr("S&how"), this);
    showToken->setCheckable(true);
    auto *copyToken = button(u"copyToken"_s, tr("&Copy"), this);
    m_regenerate = button(u"regenerateToken"_s, tr("Re&generate…"), this);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(showToken);
    tokenRow->addWidget(copyToken);
    tokenRow->addWidget(m_regenerate);
    serverForm->addRow(buddyLabel(tr("API to&ken:"), m_token), tokenRow);
    m_tokenStatus = FeedbackLabel::create(u"tokenStatus"_s, this, Tone::Neutral);
    serverForm->addRow(m_tokenStatus);

    connect(showToken, &QPushButton::toggled, this, [this, showToken](bool shown) {
        m_token->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        showToken->setText(shown ? tr("&Hide") : tr("S&how"));
    });
    connect(copyToken, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(QString::fromLatin1(m_context.apiToken()->value()));
        FeedbackLabel::show(m_tokenStatus, tr("The API token is on the clipboard."), Tone::Neutral);
    });
    connect(m_regenerate, &QPushButton::clicked, this, &ServerAccessGroup::confirmRegenerate);
}

void ServerAccessGroup::confirmRegenerate()
{
    const auto answer = QMessageBox::question(
        this, tr("Regenerate the API token?"),
        tr("Scripts and tools that use the current token stop working at once and need the new "
           "one. Regenerate?"),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        regenerateToken();
}

void ServerAccessGroup::regenerateToken()
{
    m_regenerate->setEnabled(false);
    // ApiToken::regenerate writes DATA_DIR/api-token: the worker does it, not the GUI thread.
    m_context.store()->run<QString>(
        this,
        [token = m_context.apiToken()](StoreConnection &) {
            QString error;
            if (!token->regenerate(&error))
                throw StoreError(error);
            return QString::fromLatin1(token->value());
        },
        [this](const Outcome<QString> &outcome) {
            m_regenerate->setEnabled(true);
            if (!outcome.ok()) {
                FeedbackLabel::show(m_tokenStatus,
                                    tr("The token was not changed: %1").arg(outcome.error),
                                    Tone::Bad);
                return;
            }
            m_token->setText(*outcome.value);
            FeedbackLabel::show(m_tokenStatus,
                                tr("A new token is in use; the old one no longer works."),
                                Tone::Neutral);
            Q_EMIT tokenRegenerated();
        });
}

} // namespace hookline
