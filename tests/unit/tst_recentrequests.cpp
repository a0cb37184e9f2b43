#include "net/requestscheduler.h"
#include "store/database.h"
#include "store/settingsrepository.h"
#include "sync/recentrequests.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Ponte;
using namespace Qt::StringLiterals;

namespace {
SchedulerLimits ploomesLimits()
{
    SchedulerLimits l;
    l.totalLimit = 6;
    l.totalWindowMs = 1000;
    l.paced = true;
    return l;
}

/** Starts @p count requests as fast as @p scheduler allows and returns their start times. */
QList<qint64> sendAll(ManualClock &clock, RequestScheduler &scheduler, int count)
{
    QList<qint64> starts;
    for (int i = 0; i < count; ++i) {
        scheduler.submit({u"ploomes"_s, false, {}}, [&](RequestScheduler::TicketId id) {
            starts.append(clock.nowMs());
            scheduler.release(id);
        });
    }
    while (starts.size() < count && clock.runNext()) {
    }
    return starts;
}
} // namespace

/** The profile's database carries each credential's recent budget from one process to the next. */
class TstRecentRequests : public QObject
{
    Q_OBJECT

private slots:
    void ploomesBudgetCarriesOverThroughTheDatabase()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(u"p.sqlite"_s)).isOk());
        SettingsRepository store(db);
        ManualClock clock(1'000'000);
        QList<qint64> all;
        {
            RequestScheduler check(&clock, ploomesLimits());
            restoreRecentPloomesRequests(check, store);
            all += sendAll(clock, check, 6);
            saveRecentPloomesRequests(check, store);
        }
        RequestScheduler sync(&clock, ploomesLimits());
        restoreRecentPloomesRequests(sync, store);
        all += sendAll(clock, sync, 6);
        QCOMPARE(all.size(), 12);
        std::sort(all.begin(), all.end());
        for (int i = 6; i < all.size(); ++i)
            QVERIFY2(all.at(i) - all.at(i - 6) >= 1000, qPrintable(QString::number(all.at(i) - all.at(i - 6))));
    }

    void omieMethodBudgetCarriesOverThroughTheDatabase()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(u"o.sqlite"_s)).isOk());
        SettingsRepository store(db);
        ManualClock clock(5'000'000);
        SchedulerLimits l;
        l.perKeyLimit = 2;
        l.perKeyWindowMs = 60'000;
        {
            RequestScheduler first(&clock, l);
            sendAll(clock, first, 2);
            saveRecentOmieRequests(first, store);
        }
        RequestScheduler second(&clock, l);
        restoreRecentOmieRequests(second, store);
        const QList<qint64> later = sendAll(clock, second, 1);
        QCOMPARE(later.size(), 1);
        QVERIFY(later.first() >= 5'060'000);
    }
};

QTEST_GUILESS_MAIN(TstRecentRequests)
#include "tst_recentrequests.moc"
