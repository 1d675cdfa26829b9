#include "transaction.h"

#include "database.h"
#include "logcategories.h"
#include "storeerror.h"

using namespace Qt::StringLiterals;

namespace hookline {

Transaction::Transaction(Database &database)
    : m_database(database)
{
    m_database.execDirect(u"BEGIN IMMEDIATE"_s);
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    try {
        m_database.execDirect(u"ROLLBACK"_s);
    } catch (const StoreError &e) {
        qCWarning(lcStore) << "rollback failed:" << e.message();
    }
}

void Transaction::commit()
{
    m_database.execDirect(u"COMMIT"_s);
    m_open = false;
}

} // namespace hookline
