#include "threadstore.h"

#include "store/storeerror.h"

#include <map>

namespace hookline {

StoreConnection &ThreadStore::forThread(const QString &databasePath, const QString &attachmentsPath)
{
    thread_local std::map<QString, std::unique_ptr<StoreConnection>> stores;
    std::unique_ptr<StoreConnection> &slot = stores[databasePath];
    if (!slot) {
        QString error;
        slot = StoreConnection::open(databasePath, attachmentsPath, &error);
        if (!slot)
            throw StoreError(error);
    }
    return *slot;
}

} // namespace hookline
