// Brasília time, the zone of Omie's stamps, of Ploomes' offset-less texts and of the business hours:
// the date an instant falls on there, across the day boundary, today (UTC−3 all year since 2019) and in
// the daylight-saving history of 2018, with the time-zone database and with the fixed UTC−3 fallback.
#include "brasiliatime.h"
#include "omie/omierecords.h"
#include "schedule/businesshours.h"

#include <QtTest>

using namespace Ponte;
using namespace Qt::StringLiterals;

class TstBrasiliaTime : public QObject
{
    Q_OBJECT

private slots:
    void wallTimeOfAnInstant_data()
    {
        QTest::addColumn<QString>("utc");
        QTest::addColumn<QString>("withDatabase");  // Brasília wall time from America/Sao_Paulo
        QTest::addColumn<QString>("withFallback");  // ... from the fixed UTC−3
        QTest::newRow("evening before midnight UTC is still the same day")
            << u"2026-12-01T22:30:00Z"_s << u"2026-12-01T19:30:00-03:00"_s << u"2026-12-01T19:30:00-03:00"_s;
        QTest::newRow("02:59 UTC is the previous evening")
            << u"2026-12-02T02:59:59Z"_s << u"2026-12-01T23:59:59-03:00"_s << u"2026-12-01T23:59:59-03:00"_s;
        QTest::newRow("03:00 UTC is Brasília's midnight")
            << u"2026-12-02T03:00:00Z"_s << u"2026-12-02T00:00:00-03:00"_s << u"2026-12-02T00:00:00-03:00"_s;
        QTest::newRow("January: no summer time since 2019")
            << u"2026-01-15T12:00:00Z"_s << u"2026-01-15T09:00:00-03:00"_s << u"2026-01-15T09:00:00-03:00"_s;
        QTest::newRow("new year's eve crosses the year")
            << u"2027-01-01T01:00:00Z"_s << u"2026-12-31T22:00:00-03:00"_s << u"2026-12-31T22:00:00-03:00"_s;
        QTest::newRow("January 2018 was summer time (UTC−2)")
            << u"2018-01-15T12:00:00Z"_s << u"2018-01-15T10:00:00-02:00"_s << u"2018-01-15T09:00:00-03:00"_s;
        QTest::newRow("summer time of 2018 began at midnight on 4 November")
            << u"2018-11-04T03:00:00Z"_s << u"2018-11-04T01:00:00-02:00"_s << u"2018-11-04T00:00:00-03:00"_s;
        QTest::newRow("summer time 2018: 02:30 UTC is a different day with the fallback")
            << u"2018-12-10T02:30:00Z"_s << u"2018-12-10T00:30:00-02:00"_s << u"2018-12-09T23:30:00-03:00"_s;
        QTest::newRow("the last summer time ended on 17 February 2019")
            << u"2019-02-17T01:30:00Z"_s << u"2019-02-16T23:30:00-02:00"_s << u"2019-02-16T22:30:00-03:00"_s;
        QTest::newRow("after the end, UTC−3 for good")
            << u"2019-02-17T03:30:00Z"_s << u"2019-02-17T00:30:00-03:00"_s << u"2019-02-17T00:30:00-03:00"_s;
    }

    void wallTimeOfAnInstant()
    {
        QFETCH(QString, utc);
        QFETCH(QString, withDatabase);
        QFETCH(QString, withFallback);
        const QDateTime instant = QDateTime::fromString(utc, Qt::ISODate);
        QVERIFY(instant.isValid());

        // The fallback is what a machine without the database computes: check it on every machine.
        QCOMPARE(instant.toTimeZone(BrasiliaTime::fixedFallback()).toString(Qt::ISODate), withFallback);

        const QString expected = BrasiliaTime::fromDatabase() ? withDatabase : withFallback;
        QCOMPARE(BrasiliaTime::of(instant).toString(Qt::ISODate), expected);
        QCOMPARE(BrasiliaTime::ofMs(instant.toMSecsSinceEpoch()).toString(Qt::ISODate), expected);
        QCOMPARE(Omie::toBrasilia(instant).toString(Qt::ISODate), expected);
        QCOMPARE(BusinessHours::local(instant).date(), QDate::fromString(expected.left(10), Qt::ISODate));
    }

    void wallTimeNamesTheInstantBack()
    {
        // Omie's "dd/mm/aaaa hh:mm:ss" stamps are Brasília wall time; the inverse of of() for them.
        const QDateTime stamp = Omie::parseDateTime(u"01/12/2026"_s, u"23:30:00"_s);
        QCOMPARE(stamp.toUTC(), QDateTime(QDate(2026, 12, 2), QTime(2, 30), QTimeZone::utc()));
        QCOMPARE(BrasiliaTime::at(QDate(2026, 12, 2), QTime(0, 0)).toUTC(),
                 QDateTime(QDate(2026, 12, 2), QTime(3, 0), QTimeZone::utc()));
    }

    void midnightThatDidNotExistKeepsItsDate()
    {
        // 2018-11-04 00:00 was skipped by the clocks in São Paulo: a date-only value of that day must
        // still be that day, whichever zone computes it.
        const QDateTime midnight = BrasiliaTime::at(QDate(2018, 11, 4), QTime(0, 0));
        QVERIFY(midnight.isValid());
        QCOMPARE(BrasiliaTime::of(midnight).date(), QDate(2018, 11, 4));
        QCOMPARE(midnight.toUTC(), QDateTime(QDate(2018, 11, 4), QTime(3, 0), QTimeZone::utc()));
        QVERIFY(Omie::parseDateTime(u"04/11/2018"_s, QString()).isValid());
    }

    void zoneIsSaoPauloWhenTheDatabaseHasIt()
    {
        const bool known = QTimeZone(QByteArrayLiteral("America/Sao_Paulo")).isValid();
        QCOMPARE(BrasiliaTime::fromDatabase(), known);
        QCOMPARE(BrasiliaTime::zone().offsetFromUtc(QDateTime(QDate(2026, 7, 1), QTime(12, 0), QTimeZone::utc())),
                 -3 * 3600);
    }
};

QTEST_GUILESS_MAIN(TstBrasiliaTime)
#include "tst_brasiliatime.moc"
