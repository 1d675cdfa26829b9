#include "serviceerror.h"

#include "store/storeerror.h"

using namespace Qt::StringLiterals;

namespace hookline {

ServiceError ServiceError::webhookNotFound(qint64 id)
{
    return {Code::NotFound, u"id"_s, u"no webhook with id %1; it may have been deleted"_s.arg(id)};
}

ServiceError ServiceError::fromStore(const StoreError &error)
{
    return {error.diskFull() ? Code::StorageFull : Code::Unavailable, QString(), error.message()};
}

} // namespace hookline
