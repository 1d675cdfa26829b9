#include "transaction.h"

#include "database.h"
#include "dialect.h"
#include "logcategories.h"
#include "storeerror.h"

#include <QHash>
#include <QMutex>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

QMutex *writeGate(const QString &location)
{
    static QMutex guard;
    static QHash<QString, std::shared_ptr<QMutex>> gates;
    QMutexLocker lock(&guard);
    std::shared_ptr<QMutex> &gate = gates[location];
    if (!gate)
        gate = std::make_shared<QMutex>();
    return gate.get();
}

} // namespace

Transaction::Transaction(Database &database, Commit commit)
    : m_database(database)
    , m_depth(database.transactionDepth)
{
    Q_ASSERT(commit == Commit::AsConnection || m_depth == 0 || !database.commitsRelaxed()
             || database.m_durableTransaction);
    if (m_depth == 0) {
        m_gate = writeGate(m_database.location());
        m_gate->lock();
    }
    try {
        if (m_depth == 0 && commit == Commit::ToDisk && m_database.commitsRelaxed()) {
            m_database.execDirect(m_database.dialect().durableCommits());
            m_durable = true;
            m_database.m_durableTransaction = true;
        }
        if (m_depth > 0) {
            m_database.execDirect(u"SAVEPOINT sp%1"_s.arg(m_depth));
        } else {
            const QStringList begin = m_database.dialect().beginWrite();
            m_database.execDirect(begin.constFirst());
            try {
                for (qsizetype i = 1; i < begin.size(); ++i)
                    m_database.execDirect(begin.at(i));
            } catch (...) {
                m_database.execDirect(u"ROLLBACK"_s);
                throw;
            }
        }
    } catch (...) {
        restoreCommits();
        if (m_gate)
            m_gate->unlock();
        throw;
    }
    ++m_database.transactionDepth;
}

void Transaction::restoreCommits()
{
    if (!std::exchange(m_durable, false))
        return;
    m_database.m_durableTransaction = false;
    try {
        m_database.execDirect(m_database.dialect().relaxedCommits());
    } catch (const StoreError &e) {
        // The connection keeps waiting for the disk: slower, never less safe.
        qCWarning(lcStore) << "cannot relax commits again:" << e.message();
    }
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    --m_database.transactionDepth;
    try {
        if (m_depth == 0) {
            m_database.m_notifications.clear();
            m_database.execDirect(u"ROLLBACK"_s);
        } else {
            m_database.execDirect(u"ROLLBACK TO sp%1"_s.arg(m_depth));
            m_database.execDirect(u"RELEASE sp%1"_s.arg(m_depth));
        }
    } catch (const StoreError &e) {
        qCWarning(lcStore) << "rollback failed:" << e.message();
    }
    restoreCommits();
    if (m_gate)
        m_gate->unlock();
}

void Transaction::commit()
{
    if (m_depth == 0)
        m_database.sendNotifications();
    m_database.execDirect(m_depth == 0 ? u"COMMIT"_s : u"RELEASE sp%1"_s.arg(m_depth));
    m_open = false;
    --m_database.transactionDepth;
    restoreCommits();
    if (m_gate)
        m_gate->unlock();
}

} // namespace hookline
