#include "instance.h"

#include "logcategories.h"
#include "store/database.h"

namespace hookline {

Instance::Instance(const QString &dataDirectory)
    : m_dataDirectory(dataDirectory)
{
}

Instance::~Instance() = default;

bool Instance::start(QString *error)
{
    if (!m_dataDirectory.prepare(error) || !m_dataDirectory.lock(error))
        return false;
    m_database
        = Database::openSqlite(m_dataDirectory.databasePath(), Database::Mode::ReadWrite, error);
    if (!m_database)
        return false;
    qCInfo(lcRuntime) << "workspace" << m_dataDirectory.path() << "open";
    return true;
}

} // namespace hookline
