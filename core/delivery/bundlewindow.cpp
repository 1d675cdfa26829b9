#include "bundlewindow.h"

namespace hookline {

namespace {

// Boundaries of one local day, in order, with the next day's midnight last.
QList<QDateTime> boundariesOf(QDate day, int hours, const QTimeZone &zone)
{
    QList<QDateTime> list;
    for (int h = 0; h < 24; h += hours)
        list.append(QDateTime(day, QTime(h, 0), zone));
    list.append(QDateTime(day.addDays(1), QTime(0, 0), zone));
    return list;
}

} // namespace

QDateTime BundleWindow::nextBoundary(const QDateTime &time, int hours, const QTimeZone &zone)
{
    Q_ASSERT(hours > 0 && 24 % hours == 0);
    const QDate day = time.toTimeZone(zone).date();
    // Start a day early: across a DST change the local date alone can mislead by an hour.
    for (QDate d = day.addDays(-1); d <= day.addDays(1); d = d.addDays(1)) {
        for (const QDateTime &b : boundariesOf(d, hours, zone)) {
            if (b > time)
                return b;
        }
    }
    return QDateTime(day.addDays(2), QTime(0, 0), zone);
}

QDateTime BundleWindow::lastBoundary(const QDateTime &time, int hours, const QTimeZone &zone)
{
    Q_ASSERT(hours > 0 && 24 % hours == 0);
    const QDate day = time.toTimeZone(zone).date();
    QDateTime last;
    for (QDate d = day.addDays(-1); d <= day.addDays(1); d = d.addDays(1)) {
        for (const QDateTime &b : boundariesOf(d, hours, zone)) {
            if (b <= time)
                last = b;
        }
    }
    return last;
}

} // namespace hookline
