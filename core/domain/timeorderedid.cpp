#include "timeorderedid.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace hookline {

QUuid TimeOrderedId::create()
{
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch()) & 0xFFFFFFFFFFFFull;
    QRandomGenerator *random = QRandomGenerator::global();
    const quint64 high = (ms << 16) | 0x7000u | (random->generate() & 0x0FFFu); // version 7
    const quint64 low = (random->generate64() & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;
    char bytes[16];
    for (int i = 0; i < 8; ++i) {
        bytes[i] = char(quint8(high >> (56 - 8 * i)));
        bytes[8 + i] = char(quint8(low >> (56 - 8 * i))); // variant 10xx in the top bits
    }
    return QUuid::fromRfc4122(QByteArrayView(bytes, sizeof bytes));
}

} // namespace hookline
