#include "transaction.h"

#include "database.h"
#include "logcategories.h"
#include "storeerror.h"

using namespace Qt::StringLiterals;

namespace hookline {

Transaction::Transaction(Database &database)
    : m_database(database)
    , m_depth(database.transactionDepth)
{
    m_database.execDirect(m_depth == 0 ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT sp%1"_s.arg(m_depth));
    ++m_database.transactionDepth;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    --m_database.transactionDepth;
    try {
        if (m_depth == 0) {
            m_database.execDirect(u"ROLLBACK"_s);
        } else {
            m_database.execDirect(u"ROLLBACK TO sp%1"_s.arg(m_depth));
            m_database.execDirect(u"RELEASE sp%1"_s.arg(m_depth));
        }
    } catch (const StoreError &e) {
        qCWarning(lcStore) << "rollback failed:" << e.message();
    }
}

void Transaction::commit()
{
    m_database.execDirect(m_depth == 0 ? u"COMMIT"_s : u"RELEASE sp%1"_s.arg(m_depth));
    m_open = false;
    --m_database.transactionDepth;
}

} // namespace hookline
