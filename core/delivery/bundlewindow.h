#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace hookline {

// Bundle windows are aligned to the wall clock of the workspace time zone: every 6 hours means
// 00:00, 06:00, 12:00 and 18:00 local time, whatever time the webhook was created. Window
// lengths divide 24, so each local day starts a fresh series of boundaries.
namespace BundleWindow {

// The first boundary strictly after `time`.
QDateTime nextBoundary(const QDateTime &time, int hours, const QTimeZone &zone);
// The last boundary at or before `time`.
QDateTime lastBoundary(const QDateTime &time, int hours, const QTimeZone &zone);

} // namespace BundleWindow

} // namespace hookline
