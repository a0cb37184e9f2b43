#include "businesshours.h"

#include "brasiliatime.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Ponte {

QDate BrazilianHolidays::easter(int year)
{
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

QString BrazilianHolidays::name(const QDate &date)
{
    if (!date.isValid())
        return {};
    const int md = date.month() * 100 + date.day();
    switch (md) {
    case 101:
        return tr("New Year's Day");
    case 421:
        return tr("Tiradentes");
    case 501:
        return tr("Labour Day");
    case 907:
        return tr("Independence Day");
    case 1012:
        return tr("Our Lady of Aparecida");
    case 1102:
        return tr("All Souls' Day");
    case 1115:
        return tr("Proclamation of the Republic");
    case 1120:
        if (date.year() >= 2024)
            return tr("Black Consciousness Day");
        break;
    case 1225:
        return tr("Christmas");
    default:
        break;
    }
    const QDate e = easter(date.year());
    const qint64 offset = e.daysTo(date);
    if (offset == -48 || offset == -47)
        return tr("Carnival");
    if (offset == -2)
        return tr("Good Friday");
    if (offset == 60)
        return tr("Corpus Christi");
    return {};
}

BusinessHours::BusinessHours(QSet<int> weekdays, QTime start, QTime end)
    : m_weekdays(std::move(weekdays))
    , m_start(start)
    , m_end(end)
{
}

QSet<int> BusinessHours::parseWeekdays(const QString &text)
{
    QSet<int> days;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString p = part.trimmed();
        if (p.contains(u'-')) {
            const int a = p.section(u'-', 0, 0).toInt();
            const int b = p.section(u'-', 1, 1).toInt();
            for (int d = a; d <= b && d >= 1 && d <= 7; ++d)
                days.insert(d);
        } else if (p.toInt() >= 1 && p.toInt() <= 7) {
            days.insert(p.toInt());
        }
    }
    return days;
}

QString BusinessHours::formatWeekdays(const QSet<int> &days)
{
    QList<int> sorted = days.values();
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    for (int d : sorted)
        parts.append(QString::number(d));
    return parts.join(u',');
}

QDateTime BusinessHours::local(const QDateTime &instant)
{
    return BrasiliaTime::of(instant);
}

bool BusinessHours::isBusinessTime(const QDateTime &instant) const
{
    const QDateTime l = local(instant);
    if (!m_weekdays.contains(l.date().dayOfWeek()) || BrazilianHolidays::isHoliday(l.date()))
        return false;
    return l.time() >= m_start && l.time() < m_end;
}

QDateTime BusinessHours::nextOffHours(const QDateTime &from) const
{
    if (!isBusinessTime(from))
        return from;
    const QDateTime l = local(from);
    return BrasiliaTime::at(l.date(), m_end);
}

QDateTime BusinessHours::nextBusinessStart(const QDateTime &from) const
{
    const QDateTime l = local(from);
    for (int i = 0; i < 370; ++i) {
        const QDate day = l.date().addDays(i);
        if (!m_weekdays.contains(day.dayOfWeek()) || BrazilianHolidays::isHoliday(day))
            continue;
        const QDateTime start = BrasiliaTime::at(day, m_start);
        if (start > from)
            return start;
    }
    return {};
}

} // namespace Ponte
