#pragma once

#include <QCoreApplication>
#include <QString>

namespace Ponte {

/**
 * How the desktop writes times: schedules and business hours are Brasília's, so history, next runs and
 * the tray say times in it too, whatever the computer's clock is set to (the zone is core's BrasiliaTime).
 */
class BrasiliaText
{
    Q_DECLARE_TR_FUNCTIONS(Ponte::BrasiliaText)

public:
    /** "30/11/2026 20:00" (with @p seconds, "20:00:00"), Brasília wall time; the zone is not named. */
    static QString format(qint64 msSinceEpoch, bool seconds = false);
    /** format() followed by the zone's name: "30/11/2026 20:00 (horário de Brasília)". */
    static QString formatWithZone(qint64 msSinceEpoch);
    /** "horário de Brasília": the zone's name as shown next to times. */
    static QString zoneName();
};

} // namespace Ponte
