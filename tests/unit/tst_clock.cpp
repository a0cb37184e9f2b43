#include "net/clock.h"

#include <QtTest>

using namespace Ponte;

class TstClock : public QObject
{
    Q_OBJECT

private slots:
    void manualClockRunsCallsInTimeOrder()
    {
        ManualClock clock(1000);
        QObject ctx;
        QList<int> order;
        clock.callAt(3000, &ctx, [&] { order << 3; });
        clock.callAt(2000, &ctx, [&] { order << 2; });
        clock.callAfter(500, &ctx, [&] { order << 1; });
        clock.advance(1500);
        QCOMPARE(order, (QList<int>{1, 2}));
        QCOMPARE(clock.nowMs(), 2500);
        clock.advance(10'000);
        QCOMPARE(order, (QList<int>{1, 2, 3}));
        QCOMPARE(clock.nowMs(), 12'500);
    }

    void callbackSeesItsDueTime()
    {
        ManualClock clock(0);
        QObject ctx;
        qint64 seen = -1;
        clock.callAt(700, &ctx, [&] { seen = clock.nowMs(); });
        clock.advance(5000);
        QCOMPARE(seen, 700);
    }

    void callsScheduledFromCallbacksRunInTheSameAdvance()
    {
        ManualClock clock(0);
        QObject ctx;
        int chain = 0;
        std::function<void()> tick = [&] {
            if (++chain < 5)
                clock.callAfter(100, &ctx, tick);
        };
        clock.callAfter(100, &ctx, tick);
        clock.advance(1000);
        QCOMPARE(chain, 5);
    }

    void cancelledAndOrphanedCallsNeverRun()
    {
        ManualClock clock(0);
        bool cancelledRan = false;
        bool orphanRan = false;
        QObject ctx;
        const auto id = clock.callAfter(10, &ctx, [&] { cancelledRan = true; });
        clock.cancel(id);
        {
            QObject shortLived;
            clock.callAfter(10, &shortLived, [&] { orphanRan = true; });
        }
        clock.advance(100);
        QVERIFY(!cancelledRan);
        QVERIFY(!orphanRan);
    }

    void systemClockIsMonotonicAndFires()
    {
        Clock *clock = Clock::system();
        const qint64 a = clock->nowMs();
        QObject ctx;
        bool fired = false;
        clock->callAfter(20, &ctx, [&] { fired = true; });
        QTRY_VERIFY_WITH_TIMEOUT(fired, 2000);
        QVERIFY(clock->nowMs() >= a + 20);
    }

    void systemClockCancelPreventsTheCall()
    {
        Clock *clock = Clock::system();
        QObject ctx;
        bool fired = false;
        const auto id = clock->callAfter(30, &ctx, [&] { fired = true; });
        clock->cancel(id);
        QTest::qWait(100);
        QVERIFY(!fired);
    }
};

QTEST_GUILESS_MAIN(TstClock)
#include "tst_clock.moc"
