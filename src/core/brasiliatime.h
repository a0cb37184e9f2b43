#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace Ponte::BrasiliaTime {

/**
 * Brasília's time zone, the one Omie stamps, Ploomes' offset-less texts, business hours and the
 * schedule are in: America/Sao_Paulo from the time-zone database, or a fixed UTC−3 where the
 * database lacks it (a minimal Windows or container image). The fallback is exact for every instant
 * since February 2019, when Brazil's last daylight-saving period ended (DST was abolished that year);
 * it only differs, by one hour, for summer dates before that.
 */
[[nodiscard]] const QTimeZone &zone();

/** True when zone() comes from the time-zone database rather than the fixed UTC−3 fallback. */
[[nodiscard]] bool fromDatabase();

/** The fixed UTC−3 used when the database lacks America/Sao_Paulo. */
[[nodiscard]] QTimeZone fixedFallback();

/** Brasília wall time of an absolute instant. */
[[nodiscard]] QDateTime of(const QDateTime &instant);
[[nodiscard]] QDateTime ofMs(qint64 msSinceEpoch);

/**
 * The instant a Brasília calendar date and wall-clock time name. A wall time the clocks skipped
 * (the midnight summer time began on, until 2018) is read as the hour after, on the same date.
 */
[[nodiscard]] QDateTime at(const QDate &date, const QTime &time);

} // namespace Ponte::BrasiliaTime
