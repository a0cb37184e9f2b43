#include "brasiliatime.h"

namespace Ponte::BrasiliaTime {

namespace {
QTimeZone lookUp()
{
    const QTimeZone named(QByteArrayLiteral("America/Sao_Paulo"));
    return named.isValid() ? named : fixedFallback();
}
} // namespace

const QTimeZone &zone()
{
    static const QTimeZone z = lookUp();
    return z;
}

bool fromDatabase()
{
    return zone().id() == QByteArrayLiteral("America/Sao_Paulo");
}

QTimeZone fixedFallback()
{
    return QTimeZone(-3 * 3600);
}

QDateTime of(const QDateTime &instant)
{
    return instant.toTimeZone(zone());
}

QDateTime ofMs(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, zone());
}

QDateTime at(const QDate &date, const QTime &time)
{
    const QDateTime local(date, time, zone());
    if (local.isValid() || !date.isValid() || !time.isValid())
        return local;
    // A wall time the clocks skipped (summer time began at midnight until 2018) makes an invalid
    // QDateTime: read it at the standard offset, i.e. the hour after, on the same date.
    const QDateTime utc(date, time, QTimeZone::utc());
    return QDateTime(date, time, QTimeZone(zone().standardTimeOffset(utc))).toTimeZone(zone());
}

} // namespace Ponte::BrasiliaTime
