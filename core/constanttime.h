#pragma once

#include <QByteArrayView>

namespace hookline {

// Compares secrets (tokens, signatures) in time that does not depend on where they differ, so
// timing cannot reveal how much of a guess was right. Unequal lengths return false at once.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace hookline
