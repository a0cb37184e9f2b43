#include "faketransport.h"
#include "net/requestscheduler.h"
#include "settings.h"
#include "store/database.h"
#include "store/settingsrepository.h"
#include "sync/clientfactory.h"
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

/**
 * The profile's database carries each credential's recent budget from one process to the next, and
 * the clients of one profile share Omie's redundancy log while they live.
 */
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

    void factoryClientsOfAProfileHoldAnIdenticalBodyAcrossThem()
    {
        // A connection test and a sync of one profile, alive together: Omie refuses the second copy
        // of a body inside 60 s whoever sends it, so the second client must wait the window out.
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(u"f.sqlite"_s)).isOk());
        SettingsRepository store(db);
        const Settings settings(store, QProcessEnvironment());
        Credentials credentials;
        credentials.omieAppKey = u"key"_s;
        credentials.omieAppSecret = u"secret"_s;
        ManualClock clock(10'000'000);
        Test::FakeTransport transport(&clock);
        const ClientFactory factory(settings, credentials);
        const std::unique_ptr<Omie::Client> check = factory.omie(&clock, &transport);
        const std::unique_ptr<Omie::Client> sync = factory.omie(&clock, &transport);
        const qint64 windowMs = qint64(settings.intValue(SettingKey::OmieRedundantWindowS)) * 1000;
        QCOMPARE(windowMs, 60'000);

        const QByteArray body = R"({"call":"ListarCategorias","param":[{"pagina":1}]})";
        qint64 checkAt = -1;
        qint64 syncAt = -1;
        qint64 otherAt = -1;
        RequestScheduler &a = check->scheduler();
        RequestScheduler &b = sync->scheduler();
        a.submit({u"ListarCategorias"_s, false, body}, [&](RequestScheduler::TicketId id) {
            checkAt = clock.nowMs();
            a.release(id);
        });
        while (checkAt < 0 && clock.runNext()) {
        }
        QCOMPARE(checkAt, 10'000'000);
        b.submit({u"ListarCategorias"_s, false, body}, [&](RequestScheduler::TicketId id) {
            syncAt = clock.nowMs();
            b.release(id);
        });
        b.submit({u"ListarCategorias"_s, false, body + ' '}, [&](RequestScheduler::TicketId id) {
            otherAt = clock.nowMs();
            b.release(id);
        });
        while (syncAt < 0 && clock.runNext()) {
        }
        QVERIFY2(syncAt >= checkAt + windowMs, qPrintable(QString::number(syncAt - checkAt)));
        QVERIFY2(otherAt >= 0 && otherAt < checkAt + windowMs, "a different body is not held");
    }
};

QTEST_GUILESS_MAIN(TstRecentRequests)
#include "tst_recentrequests.moc"
