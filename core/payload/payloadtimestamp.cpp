#include "payloadtimestamp.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace hookline {

QString payloadTimestamp(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss"_s) + u"+0000"_s;
}

} // namespace hookline
