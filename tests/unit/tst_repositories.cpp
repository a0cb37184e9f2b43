#include "store/couplingrepository.h"
#include "store/cursorrepository.h"
#include "store/database.h"
#include "store/quarantinerepository.h"
#include "store/queuerepository.h"
#include "store/runrepository.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Ponte;
using namespace Qt::StringLiterals;

class TstRepositories : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;

private slots:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(u"r%1.sqlite"_s.arg(++m_counter))).isOk());
    }
    void cleanup() { m_db.reset(); }

    void couplingLinksBothIdsAndFindsEitherWay()
    {
        CouplingRepository repo(*m_db);
        Coupling c;
        c.entity = Entity::Client;
        c.omieId = 11118224339LL;
        c.omieHash = u"h1"_s;
        auto saved = repo.save(c);
        QVERIFY(saved.isOk());
        // Later the Ploomes id becomes known: the same row is completed, the Omie id is kept.
        Coupling later;
        later.entity = Entity::Client;
        later.ploomesId = 401234567;
        later.id = saved->id;
        QVERIFY(repo.save(later).isOk());
        auto byOmie = repo.findByOmieId(Entity::Client, 11118224339LL);
        QVERIFY(byOmie);
        QCOMPARE(byOmie->ploomesId.value_or(0), 401234567);
        auto byPloomes = repo.findByPloomesId(Entity::Client, 401234567);
        QVERIFY(byPloomes);
        QCOMPARE(byPloomes->id, byOmie->id);
        QCOMPARE(repo.count(Entity::Client), 1);
        QCOMPARE(repo.count(Entity::Product), 0);
    }

    void couplingNeverMergesTwoRecords()
    {
        CouplingRepository repo(*m_db);
        Coupling a;
        a.entity = Entity::Product;
        a.omieId = 1;
        a.ploomesId = 10;
        Coupling b;
        b.entity = Entity::Product;
        b.omieId = 2;
        b.ploomesId = 20;
        QVERIFY(repo.save(a).isOk());
        QVERIFY(repo.save(b).isOk());
        Coupling cross;
        cross.entity = Entity::Product;
        cross.omieId = 1;
        cross.ploomesId = 20;
        QVERIFY(!repo.save(cross).isOk());
        QCOMPARE(repo.findByOmieId(Entity::Product, 1)->ploomesId.value_or(0), 10);
    }

    void sameIdsInDifferentEntitiesAreIndependent()
    {
        CouplingRepository repo(*m_db);
        Coupling a;
        a.entity = Entity::Product;
        a.omieId = 5;
        a.ploomesId = 50;
        Coupling b = a;
        b.entity = Entity::Service;
        QVERIFY(repo.save(a).isOk());
        QVERIFY(repo.save(b).isOk());
        QCOMPARE(repo.all(Entity::Product).size(), 1);
        QCOMPARE(repo.all(Entity::Service).size(), 1);
    }

    void runHistoryRecordsItemsAndCounters()
    {
        RunRepository runs(*m_db);
        auto id = runs.start(RunTrigger::Manual, u"both"_s, u"clients,orders"_s, false, 1000);
        QVERIFY(id.isOk());
        RunItem item;
        item.runId = *id;
        item.entity = Entity::Client;
        item.direction = Direction::OmieToPloomes;
        item.omieId = 42;
        item.label = u"Padaria Sol"_s;
        item.action = ItemAction::Create;
        item.outcome = ItemOutcome::Failed;
        item.message = u"Cidade não encontrada"_s;
        item.at = 1500;
        QVERIFY(runs.addItem(item).isOk());
        RunCounters counters;
        counters.entity = Entity::Client;
        counters.created = 3;
        counters.failed = 1;
        QVERIFY(runs.saveCounters(*id, counters).isOk());
        counters.created = 4; // saving again replaces, never double counts
        QVERIFY(runs.saveCounters(*id, counters).isOk());
        QVERIFY(runs.finish(*id, RunStatus::Partial, 2000, 12, 34, 1, QString()).isOk());

        auto run = runs.find(*id).value();
        QVERIFY(run);
        QCOMPARE(run->status, RunStatus::Partial);
        QCOMPARE(run->omieRequests, 12);
        QCOMPARE(run->ploomesRequests, 34);
        QCOMPARE(run->counters.size(), 1);
        QCOMPARE(run->counters.first().created, 4);
        const QList<RunItem> items = runs.items(*id).value();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().message, u"Cidade não encontrada"_s);
        QCOMPARE(items.first().omieId.value_or(0), 42);
        QVERIFY(!items.first().ploomesId);
        QCOMPARE(runs.recent(10).value().size(), 1);
    }

    void runsLeftRunningByACrashBecomeInterrupted()
    {
        RunRepository runs(*m_db);
        auto a = runs.start(RunTrigger::Schedule, u"both"_s, QString(), false, 1);
        auto b = runs.start(RunTrigger::Manual, u"both"_s, QString(), false, 2);
        QVERIFY(a.isOk() && b.isOk());
        QVERIFY(runs.finish(*b, RunStatus::Succeeded, 3, 0, 0, 0, QString()).isOk());
        QCOMPARE(runs.markInterrupted(10), 1);
        QCOMPARE(runs.find(*a).value()->status, RunStatus::Interrupted);
        QCOMPARE(runs.find(*b).value()->status, RunStatus::Succeeded);
    }

    void queueIsIdempotentAndSurvivesCrash()
    {
        QueueRepository queue(*m_db);
        auto first = queue.enqueue(u"orders:create:77"_s, Entity::Order, Direction::PloomesToOmie, u"create"_s,
                                   u"{}"_s, 1, 100);
        QVERIFY(first.isOk());
        auto again = queue.enqueue(u"orders:create:77"_s, Entity::Order, Direction::PloomesToOmie, u"create"_s,
                                   u"{}"_s, 2, 200);
        QVERIFY(again.isOk());
        QCOMPARE(again->id, first->id);
        QCOMPARE(queue.pending().size(), 1);

        QVERIFY(queue.markInFlight(first->id, 300).isOk());
        QCOMPARE(queue.pending().size(), 0);
        // The process dies here; on the next start the attempt is treated as ambiguous.
        QCOMPARE(queue.recoverInFlight(400), 1);
        const QList<WorkItem> pending = queue.pending();
        QCOMPARE(pending.size(), 1);
        QVERIFY(pending.first().ambiguous);
        QCOMPARE(pending.first().attempts, 1);
        QVERIFY(queue.markDone(first->id, 500).isOk());
        QCOMPARE(queue.count(WorkItem::State::Done), 1);
        QVERIFY(queue.purgeFinished(1000).isOk());
        QCOMPARE(queue.count(WorkItem::State::Done), 0);
    }

    void quarantineEscalatesByFive()
    {
        QCOMPARE(QuarantineRepository::retryDelayMs(1), 25'000);
        QCOMPARE(QuarantineRepository::retryDelayMs(2), 125'000);
        QCOMPARE(QuarantineRepository::retryDelayMs(3), 625'000);
        QCOMPARE(QuarantineRepository::retryDelayMs(5), 15'625'000);
        QCOMPARE(QuarantineRepository::retryDelayMs(6), 78'125'000); // ~21.7 h
        QCOMPARE(QuarantineRepository::retryDelayMs(7), 24LL * 3600 * 1000);
        QCOMPARE(QuarantineRepository::retryDelayMs(40), 24LL * 3600 * 1000);

        QuarantineRepository q(*m_db);
        const qint64 t0 = 1'000'000;
        auto e = q.add(Entity::Client, Direction::OmieToPloomes, u"42"_s, u"ACME"_s, u"sem cidade"_s,
                       u"validation"_s, 1, t0);
        QVERIFY(e.isOk());
        QCOMPARE(e->attempts, 1);
        QCOMPARE(e->nextAttemptAt, t0 + 25'000);
        QVERIFY(q.isBlocked(Entity::Client, Direction::OmieToPloomes, u"42"_s, t0 + 1000));
        QVERIFY(q.due(t0 + 1000).isEmpty());
        QCOMPARE(q.due(t0 + 25'000).size(), 1);
        e = q.add(Entity::Client, Direction::OmieToPloomes, u"42"_s, u"ACME"_s, u"ainda sem cidade"_s,
                  u"validation"_s, 2, t0 + 30'000);
        QCOMPARE(e->attempts, 2);
        QCOMPARE(e->nextAttemptAt, t0 + 30'000 + 125'000);
        QCOMPARE(e->reason, u"ainda sem cidade"_s);
        QCOMPARE(e->firstFailedAt, t0);
        QCOMPARE(q.count(), 1);

        auto retried = q.retryNow(t0 + 40'000);
        QVERIFY(retried.isOk());
        QCOMPARE(*retried, 1);
        QVERIFY(!q.isBlocked(Entity::Client, Direction::OmieToPloomes, u"42"_s, t0 + 40'000));
        QVERIFY(q.release(Entity::Client, Direction::OmieToPloomes, u"42"_s).isOk());
        QCOMPARE(q.count(), 0);
    }

    void cursorsArePerEntityAndDirection()
    {
        CursorRepository cursors(*m_db);
        QVERIFY(!cursors.value(Entity::Client, Direction::OmieToPloomes));
        QVERIFY(cursors.setValue(Entity::Client, Direction::OmieToPloomes, u"28/11/2026 10:00:00"_s, 1).isOk());
        QVERIFY(cursors.setValue(Entity::Client, Direction::PloomesToOmie, u"2026-11-28T10:00:00-03:00"_s, 1).isOk());
        QVERIFY(cursors.setValue(Entity::Client, Direction::OmieToPloomes, u"28/11/2026 11:00:00"_s, 2).isOk());
        QCOMPARE(*cursors.value(Entity::Client, Direction::OmieToPloomes), u"28/11/2026 11:00:00"_s);
        QCOMPARE(*cursors.value(Entity::Client, Direction::PloomesToOmie), u"2026-11-28T10:00:00-03:00"_s);
        QVERIFY(cursors.clearAll().isOk());
        QVERIFY(!cursors.value(Entity::Client, Direction::PloomesToOmie));
    }
};

QTEST_GUILESS_MAIN(TstRepositories)
#include "tst_repositories.moc"
