#include "net/requestscheduler.h"

#include <QtTest>

#include <random>

using namespace Ponte;
using namespace Qt::StringLiterals;

namespace {
struct Interval
{
    QString key;
    bool write;
    qint64 start;
    qint64 end = -1;
};

/** Max number of starts inside any window of @p windowMs (start times sorted). */
int maxInWindow(QList<qint64> starts, qint64 windowMs)
{
    std::sort(starts.begin(), starts.end());
    int best = 0;
    int lo = 0;
    for (int hi = 0; hi < starts.size(); ++hi) {
        while (starts.at(hi) - starts.at(lo) >= windowMs)
            ++lo;
        best = std::max(best, hi - lo + 1);
    }
    return best;
}

int maxOverlap(const QList<Interval> &intervals, const std::function<bool(const Interval &)> &which)
{
    QList<QPair<qint64, int>> events;
    for (const Interval &i : intervals) {
        if (!which(i))
            continue;
        events.append({i.start, +1});
        events.append({i.end, -1});
    }
    // Ends sort before starts at the same instant: a slot released at t may be reused at t.
    std::sort(events.begin(), events.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second < b.second;
    });
    int current = 0;
    int best = 0;
    for (const auto &e : events) {
        current += e.second;
        best = std::max(best, current);
    }
    return best;
}

/** Drives a scheduler in virtual time: each started ticket completes after a random latency. */
struct Harness
{
    ManualClock clock{0};
    RequestScheduler scheduler;
    QObject context;
    QList<Interval> intervals;
    std::mt19937 rng{42};
    qint64 minLatency = 50;
    qint64 maxLatency = 3000;

    explicit Harness(const SchedulerLimits &limits) : scheduler(&clock, limits) {}

    void submit(const QString &key, bool write = false, const QByteArray &dedup = {})
    {
        scheduler.submit({key, write, dedup}, [this, key, write](RequestScheduler::TicketId id) {
            const int index = int(intervals.size());
            intervals.append({key, write, clock.nowMs()});
            const qint64 latency =
                std::uniform_int_distribution<qint64>(std::min(minLatency, maxLatency), maxLatency)(rng);
            clock.callAfter(latency, &context, [this, id, index] {
                intervals[index].end = clock.nowMs();
                scheduler.release(id);
            });
        });
    }

    void runToCompletion(qint64 limitMs = 24LL * 3600 * 1000)
    {
        while (clock.runNext() && clock.nowMs() < limitMs) {
        }
    }

    QList<qint64> starts(const std::function<bool(const Interval &)> &which) const
    {
        QList<qint64> out;
        for (const Interval &i : intervals) {
            if (which(i))
                out.append(i.start);
        }
        return out;
    }
};

SchedulerLimits omieLimits()
{
    SchedulerLimits l;
    l.perKeyLimit = 240;
    l.perKeyWindowMs = 60'000;
    l.totalLimit = 960;
    l.totalWindowMs = 60'000;
    l.perKeyConcurrency = 4;
    l.exclusiveWrites = true;
    l.redundancyWindowMs = 60'000;
    return l;
}
} // namespace

class TstRequestScheduler : public QObject
{
    Q_OBJECT

private slots:
    void thousandReadsOfOneMethodRespectRateAndConcurrency()
    {
        Harness h(omieLimits());
        h.maxLatency = 1000; // 4 in flight at ~0.5 s each allow more than 240/min: the rate is the bound
        for (int i = 0; i < 1000; ++i)
            h.submit(u"ListarClientes"_s);
        h.runToCompletion();
        QCOMPARE(h.intervals.size(), 1000);
        const QList<qint64> starts = h.starts([](const Interval &) { return true; });
        QVERIFY(maxInWindow(starts, 60'000) <= 240);
        QVERIFY(maxOverlap(h.intervals, [](const Interval &) { return true; }) <= 4);
        // And it uses the budget: 1000 requests at 240/min need a bit over 4 minutes, not much more.
        const qint64 span = *std::max_element(starts.cbegin(), starts.cend());
        QVERIFY2(span <= qint64(1000.0 / 240 * 60'000 * 1.05), qPrintable(QString::number(span)));
    }

    void totalBudgetAcrossMethods()
    {
        Harness h(omieLimits());
        h.maxLatency = 200;
        for (int m = 0; m < 8; ++m) {
            for (int i = 0; i < 300; ++i)
                h.submit(u"Listar%1"_s.arg(m));
        }
        h.runToCompletion();
        QCOMPARE(h.intervals.size(), 2400);
        QVERIFY(maxInWindow(h.starts([](const Interval &) { return true; }), 60'000) <= 960);
        for (int m = 0; m < 8; ++m) {
            const QString key = u"Listar%1"_s.arg(m);
            QVERIFY(maxInWindow(h.starts([&](const Interval &i) { return i.key == key; }), 60'000) <= 240);
        }
    }

    void writesNeverOverlap()
    {
        Harness h(omieLimits());
        for (int i = 0; i < 60; ++i) {
            h.submit(u"IncluirCliente"_s, true, QByteArray::number(i));
            h.submit(u"AlterarPedidoVenda"_s, true, QByteArray("p") + QByteArray::number(i));
            h.submit(u"ListarProdutos"_s);
        }
        h.runToCompletion();
        QCOMPARE(h.intervals.size(), 180);
        QCOMPARE(maxOverlap(h.intervals, [](const Interval &i) { return i.write; }), 1);
        // Reads were not held back by the writes.
        QVERIFY(maxOverlap(h.intervals, [](const Interval &i) { return !i.write; }) > 1);
    }

    void identicalRequestNeverTwiceInsideTheWindow()
    {
        Harness h(omieLimits());
        h.maxLatency = 100;
        for (int i = 0; i < 4; ++i)
            h.submit(u"ConsultarCliente"_s, false, "same-body");
        h.submit(u"ConsultarCliente"_s, false, "other-body");
        h.runToCompletion();
        QList<qint64> identical = h.starts([](const Interval &) { return true; });
        // The other body overtook the deduplicated ones instead of waiting behind them.
        QCOMPARE(h.intervals.size(), 5);
        std::sort(identical.begin(), identical.end());
        QCOMPARE(identical.at(0), 0);
        QVERIFY(identical.at(1) < 1000); // "other-body" right away
        QVERIFY(identical.at(2) >= 60'000);
        QVERIFY(identical.at(3) - identical.at(2) >= 60'000);
        QVERIFY(identical.at(4) - identical.at(3) >= 60'000);
    }

    void redundancyLogSurvivesAProcessRestart()
    {
        QHash<QByteArray, qint64> saved;
        {
            Harness first(omieLimits());
            first.maxLatency = 10;
            first.submit(u"ListarVendedores"_s, false, "page-1");
            first.runToCompletion();
            saved = first.scheduler.recentRequests();
            QCOMPARE(saved.size(), 1);
        }
        Harness second(omieLimits());
        second.maxLatency = 10;
        second.clock.advanceTo(20'000);
        second.scheduler.restoreRecentRequests(saved);
        second.submit(u"ListarVendedores"_s, false, "page-1");
        second.runToCompletion();
        QVERIFY(second.intervals.first().start >= 60'000);
    }

    void serverWaitPausesOnlyThatMethod()
    {
        Harness h(omieLimits());
        h.maxLatency = 10;
        h.scheduler.pauseKey(u"ListarPedidos"_s, 5000);
        h.submit(u"ListarPedidos"_s);
        h.submit(u"ListarClientes"_s);
        h.runToCompletion();
        QCOMPARE(h.intervals.size(), 2);
        const qint64 pedidos = h.starts([](const Interval &i) { return i.key == u"ListarPedidos"_s; }).first();
        const qint64 clientes = h.starts([](const Interval &i) { return i.key == u"ListarClientes"_s; }).first();
        QVERIFY(pedidos >= 5000);
        QVERIFY(clientes < 100);
    }

    void breakerLetsNothingThroughBeforeItsTime()
    {
        Harness h(omieLimits());
        h.maxLatency = 10;
        h.submit(u"ListarClientes"_s);
        h.clock.advance(20);
        QCOMPARE(h.intervals.size(), 1);
        const qint64 until = h.clock.nowMs() + 1678'000;
        h.scheduler.pauseAll(until);
        for (int i = 0; i < 20; ++i)
            h.submit(i % 2 ? u"ListarClientes"_s : u"IncluirCliente"_s, i % 2 == 0, QByteArray::number(i));
        h.clock.advance(1677'000);
        QCOMPARE(h.intervals.size(), 1);
        h.runToCompletion();
        QCOMPARE(h.intervals.size(), 21);
        for (int i = 1; i < h.intervals.size(); ++i)
            QVERIFY(h.intervals.at(i).start >= until);
    }

    void businessHoursShareHalvesTheBudget()
    {
        Harness h(omieLimits());
        h.scheduler.setBudgetShare(0.5);
        h.maxLatency = 100;
        for (int i = 0; i < 400; ++i)
            h.submit(u"ListarClientes"_s);
        h.runToCompletion();
        QVERIFY(maxInWindow(h.starts([](const Interval &) { return true; }), 60'000) <= 120);
        const QList<qint64> starts = h.starts([](const Interval &) { return true; });
        QVERIFY(*std::max_element(starts.cbegin(), starts.cend()) >= 3 * 60'000);
    }

    void fractionalRatesSpreadSingleRequests()
    {
        SchedulerLimits l;
        l.totalLimit = 6;
        l.totalWindowMs = 1000;
        Harness h(l);
        h.maxLatency = 20;
        h.scheduler.setRateFactor(1.0 / 12); // 0.5 requests per second
        for (int i = 0; i < 5; ++i)
            h.submit(u"ploomes"_s);
        h.runToCompletion();
        const QList<qint64> starts = h.starts([](const Interval &) { return true; });
        for (int i = 1; i < starts.size(); ++i)
            QVERIFY(starts.at(i) - starts.at(i - 1) >= 2000);
    }

    void rateBudgetContinuesInTheNextProcess()
    {
        // A connection test spends Ploomes' budget; the sync that starts right after it in another
        // process must not send a full window on top of it (the probe saw a 429 after `check`).
        SchedulerLimits l;
        l.totalLimit = 6;
        l.totalWindowMs = 1000;
        l.paced = true;
        RequestScheduler::RateHistory saved;
        QList<qint64> firstStarts;
        {
            Harness first(l);
            first.maxLatency = 5;
            for (int i = 0; i < 6; ++i)
                first.submit(u"ploomes"_s);
            first.runToCompletion();
            firstStarts = first.starts([](const Interval &) { return true; });
            saved = first.scheduler.rateHistory();
            QCOMPARE(saved.total.size(), 6);
        }
        Harness second(l);
        second.maxLatency = 5;
        second.clock.advanceTo(firstStarts.last() + 1);
        second.scheduler.restoreRateHistory(saved);
        for (int i = 0; i < 6; ++i)
            second.submit(u"ploomes"_s);
        second.runToCompletion();
        QList<qint64> all = firstStarts + second.starts([](const Interval &) { return true; });
        QCOMPARE(all.size(), 12);
        QVERIFY(maxInWindow(all, 1000) <= 6);
        QVERIFY(maxInWindow(all, 1000 + 10) <= 6);
    }

    void methodBudgetContinuesInTheNextProcess()
    {
        SchedulerLimits l = omieLimits();
        l.perKeyLimit = 3;
        l.redundancyWindowMs = 0;
        RequestScheduler::RateHistory saved;
        {
            Harness first(l);
            first.maxLatency = 5;
            for (int i = 0; i < 3; ++i)
                first.submit(u"ListarClientes"_s);
            first.runToCompletion();
            saved = first.scheduler.rateHistory();
            QCOMPARE(saved.perKey.value(u"ListarClientes"_s).size(), 3);
        }
        Harness second(l);
        second.clock.advanceTo(1000);
        second.scheduler.restoreRateHistory(saved);
        second.submit(u"ListarClientes"_s);
        second.submit(u"ListarProdutos"_s);
        second.runToCompletion();
        QCOMPARE(second.intervals.size(), 2);
        for (const Interval &i : second.intervals) {
            if (i.key == u"ListarClientes"_s)
                QVERIFY2(i.start >= 60'000, qPrintable(QString::number(i.start)));
            else
                QVERIFY(i.start < 2000);
        }
    }

    void pacedBudgetIsSpreadNotBurst()
    {
        // Ploomes: 6 per second, sent about one every 167 ms rather than six at once then a pause, so
        // that no request waits in the service's queue and arrives late into the next window.
        SchedulerLimits l;
        l.totalLimit = 6;
        l.totalWindowMs = 1000;
        l.totalConcurrency = 4;
        l.paced = true;
        Harness h(l);
        h.minLatency = 5;
        h.maxLatency = 20;
        for (int i = 0; i < 60; ++i)
            h.submit(u"ploomes"_s);
        h.runToCompletion();
        QList<qint64> starts = h.starts([](const Interval &) { return true; });
        std::sort(starts.begin(), starts.end());
        QCOMPARE(starts.size(), 60);
        for (int i = 1; i < starts.size(); ++i)
            QVERIFY2(starts.at(i) - starts.at(i - 1) >= 83,
                     qPrintable(QString::number(starts.at(i) - starts.at(i - 1))));
        QVERIFY(maxInWindow(starts, 1000) <= 6);
        QVERIFY(maxInWindow(starts, 334) <= 3);
        // Spreading costs no throughput: 60 requests still take about ten seconds.
        QVERIFY2(starts.last() <= 10'500, qPrintable(QString::number(starts.last())));
    }

    void latePacingTimersAreCaughtUp()
    {
        // Every timer fires 2 ms late (a busy event loop): the pace must not drift to 12 ms a request.
        SchedulerLimits l;
        l.totalLimit = 100;
        l.totalWindowMs = 1000;
        l.paced = true;
        ManualClock clock{0};
        RequestScheduler scheduler(&clock, l);
        QObject context;
        QList<qint64> starts;
        for (int i = 0; i < 1000; ++i) {
            scheduler.submit({u"ploomes"_s, false, {}}, [&](RequestScheduler::TicketId id) {
                starts.append(clock.nowMs());
                scheduler.release(id);
            });
        }
        while (clock.pendingCount() > 0) {
            clock.advanceTo(clock.nextDueMs() + 2);
        }
        QCOMPARE(starts.size(), 1000);
        QVERIFY(maxInWindow(starts, 1000) <= 100);
        // 1000 requests at 100/s: about ten seconds (the window's safety margin costs 1.5 %).
        QVERIFY2(starts.last() <= 10'300, qPrintable(QString::number(starts.last())));
    }

    void cancelledTicketNeverStarts()
    {
        Harness h(omieLimits());
        h.scheduler.pauseAll(1000);
        bool started = false;
        const auto id = h.scheduler.submit({u"X"_s, false, {}}, [&](RequestScheduler::TicketId) { started = true; });
        QVERIFY(h.scheduler.cancel(id));
        h.runToCompletion();
        QVERIFY(!started);
        QCOMPARE(h.scheduler.queuedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TstRequestScheduler)
#include "tst_requestscheduler.moc"
