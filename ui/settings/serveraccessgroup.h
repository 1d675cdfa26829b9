#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hookline {

class DesktopContext;

// Settings → Server and API token: where the local server listens (changed only by the command
// line, with a warning when other machines can reach it) and the API token, shown, copied or
// replaced.
class ServerAccessGroup : public QGroupBox
{
    Q_OBJECT
public:
    explicit ServerAccessGroup(DesktopContext &context, QWidget *parent = nullptr);

    // Replaces the API token (the button asks first); emits tokenRegenerated.
    void regenerateToken();

Q_SIGNALS:
    void tokenRegenerated();

private:
    void confirmRegenerate();

    DesktopContext &m_context;
    QLineEdit *m_token = nullptr;
    QPushButton *m_regenerate = nullptr;
    QLabel *m_tokenStatus = nullptr;
};

} // namespace hookline
