#include "brasiliatext.h"

#include "brasiliatime.h"

using namespace Qt::StringLiterals;

namespace Ponte {

QString BrasiliaText::format(qint64 msSinceEpoch, bool seconds)
{
    // Day first, as Brazil writes dates, in the history and everywhere else alike.
    return BrasiliaTime::ofMs(msSinceEpoch).toString(seconds ? u"dd/MM/yyyy HH:mm:ss"_s : u"dd/MM/yyyy HH:mm"_s);
}

QString BrasiliaText::formatWithZone(qint64 msSinceEpoch)
{
    return tr("%1 (%2)", "a time and its zone").arg(format(msSinceEpoch), zoneName());
}

QString BrasiliaText::zoneName()
{
    return tr("Brasília time");
}

} // namespace Ponte
