#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hookline {

class DesktopContext;

// Settings → Store: where this workspace's data lives, and a PostgreSQL database to use from the
// next start (tested first if the user wants).
class StoreGroup : public QGroupBox
{
    Q_OBJECT
public:
    explicit StoreGroup(DesktopContext &context, QWidget *parent = nullptr);

    // Connects to the PostgreSQL URL of the fields (with the password typed, if any) and says
    // what is there; emits storeTested.
    void testStore();
    // Records the fields for the next start (DATA_DIR/store.conf, the password in the keyring or
    // an owner-only file); an empty URL goes back to the SQLite file. Emits storeSaved or
    // storeFailed.
    void saveStore();

Q_SIGNALS:
    void storeTested(bool ok, const QString &outcome);
    void storeSaved();
    void storeFailed(const QString &message);

private:
    DesktopContext &m_context;
    QLineEdit *m_storeUrl = nullptr;
    QLineEdit *m_storePassword = nullptr;
    QPushButton *m_storeTest = nullptr;
    QPushButton *m_storeSave = nullptr;
    QLabel *m_storeStatus = nullptr;
};

} // namespace hookline
