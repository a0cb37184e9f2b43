#include "brasiliatime.h"

using namespace Qt::StringLiterals;

namespace Ponte {

QTimeZone BrasiliaTime::zone()
{
    // The IANA zone when the system has it (it would carry a return of daylight saving time); Brazil has
    // kept UTC−3 all year since 2019, which is the fallback without time-zone data.
    static const QTimeZone zone = [] {
        QTimeZone z(QByteArrayLiteral("America/Sao_Paulo"));
        return z.isValid() ? z : QTimeZone(-3 * 3600);
    }();
    return zone;
}

QDateTime BrasiliaTime::at(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, zone());
}

QString BrasiliaTime::format(qint64 msSinceEpoch, bool seconds)
{
    // Day first, as Brazil writes dates, in the history and everywhere else alike.
    return at(msSinceEpoch).toString(seconds ? u"dd/MM/yyyy HH:mm:ss"_s : u"dd/MM/yyyy HH:mm"_s);
}

QString BrasiliaTime::formatWithZone(qint64 msSinceEpoch)
{
    return tr("%1 (%2)", "a time and its zone").arg(format(msSinceEpoch), zoneName());
}

QString BrasiliaTime::zoneName()
{
    return tr("Brasília time");
}

} // namespace Ponte
