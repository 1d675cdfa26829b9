#include "serviceerror.h"

#include "store/storeerror.h"

namespace hookline {

ServiceError ServiceError::fromStore(const StoreError &error)
{
    return {error.diskFull() ? Code::StorageFull : Code::Unavailable, QString(), error.message()};
}

} // namespace hookline
