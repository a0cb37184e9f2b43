#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QTime>

namespace Ponte {

/** Brazilian national holidays (fixed dates and the ones that follow Easter). */
class BrazilianHolidays
{
    Q_DECLARE_TR_FUNCTIONS(Ponte::BrazilianHolidays)

public:
    static QDate easter(int year);
    /** The holiday's name, or an empty string on an ordinary day. */
    static QString name(const QDate &date);
    static bool isHoliday(const QDate &date) { return !name(date).isEmpty(); }
};

/**
 * The company's business hours (Brasília time): weekdays and a daily window; national holidays are
 * never business days. During business hours the engine uses only part of each API budget, and the
 * heavy sync is scheduled outside them.
 */
class BusinessHours
{
public:
    BusinessHours(QSet<int> weekdays = {1, 2, 3, 4, 5}, QTime start = QTime(8, 0), QTime end = QTime(18, 0));

    /** "1,2,3,4,5" or "1-5" (Monday = 1). */
    static QSet<int> parseWeekdays(const QString &text);
    static QString formatWeekdays(const QSet<int> &days);

    bool isBusinessTime(const QDateTime &instant) const;
    /** The first instant at or after @p from outside business hours. */
    QDateTime nextOffHours(const QDateTime &from) const;
    /** The next business-hours start after @p from. */
    QDateTime nextBusinessStart(const QDateTime &from) const;

    const QSet<int> &weekdays() const { return m_weekdays; }
    QTime start() const { return m_start; }
    QTime end() const { return m_end; }

    /** Brasília wall time of an instant. */
    static QDateTime local(const QDateTime &instant);

private:
    QSet<int> m_weekdays;
    QTime m_start;
    QTime m_end;
};

} // namespace Ponte
