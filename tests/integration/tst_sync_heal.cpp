// The engine heals itself within a run: transient write failures are retried, writes whose reply was
// lost are looked up and linked or sent again, a step that cannot start fails its records with the
// reason, store failures stop the run, and every record ends in one outcome that the summary and the
// history add up to.
#include "store/couplingrepository.h"
#include "store/quarantinerepository.h"
#include "store/queuerepository.h"
#include "store/runrepository.h"
#include "syncfixture.h"

#include <algorithm>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Ponte;
using namespace Ponte::Test;
using Kind = Ponte::Sim::OmieSimulator::Kind;

namespace {
/** What a user counts after a run: records on each side that carry the other side's id. */
struct Landed
{
    int contacts = 0;    ///< Ploomes contacts with "Id (Omie)"
    int products = 0;    ///< Ploomes products with "Id (Omie)"
    int orders = 0;      ///< Ploomes orders with "Id (Omie)"
    int omieClients = 0; ///< Omie clients with a PL<id> integration code
    int omieOrders = 0;  ///< Omie pedidos
    int omieServiceOrders = 0;
    int duplicates = 0; ///< ids carried by more than one record

    static Landed of(const SyncFixture &f)
    {
        Landed l;
        auto count = [&l](const QHash<QString, int> &ids) {
            for (int n : ids)
                l.duplicates += n - 1;
            return int(ids.size());
        };
        l.contacts = count(f.ploomesByOmieId(u"Contacts"_s, 1));
        l.products = count(f.ploomesByOmieId(u"Products"_s, 10));
        l.orders = count(f.ploomesByOmieId(u"Orders"_s, 4));
        l.omieClients = count(f.omieClientsByCode());
        l.omieOrders = f.omie.count(Kind::Order);
        l.omieServiceOrders = f.omie.count(Kind::ServiceOrder);
        return l;
    }

    QString describe() const
    {
        return u"contacts %1, products %2, orders %3, omie clients %4, pedidos %5, OS %6, duplicates %7"_s.arg(contacts)
            .arg(products)
            .arg(orders)
            .arg(omieClients)
            .arg(omieOrders)
            .arg(omieServiceOrders)
            .arg(duplicates);
    }
};

Sim::FaultConfig everyFault(double share, quint32 seed)
{
    Sim::FaultConfig faults;
    faults.seed = seed;
    faults.html500 = share;
    faults.badGateway = share;
    faults.unavailable = share;
    faults.connectionReset = share;
    faults.lostWriteReply = share;
    return faults;
}

/** Items of @p runId about @p entity that failed with a message containing every one of @p words. */
int failedSaying(Database &db, qint64 runId, Entity entity, const QStringList &words)
{
    int n = 0;
    RunRepository runs(db);
    for (const RunItem &i : runs.items(runId).value()) {
        if (i.entity != entity || i.outcome != ItemOutcome::Failed)
            continue;
        if (std::all_of(words.begin(), words.end(), [&i](const QString &w) { return i.message.contains(w); }))
            ++n;
    }
    return n;
}

/** The history of @p runId, per entity and direction: how many items ended in each outcome. */
QHash<QPair<int, int>, QHash<int, int>> historyTotals(Database &db, qint64 runId)
{
    QHash<QPair<int, int>, QHash<int, int>> totals;
    RunRepository runs(db);
    for (const RunItem &i : runs.items(runId).value())
        ++totals[{int(i.entity), int(i.direction)}][int(i.outcome)];
    return totals;
}

void verifyOutcomesAddUp(SyncFixture &f, const SyncSummary &s)
{
    // The run row holds the summary's counters, and the history has one line per write, per failure, per record
    // left out (skipped, with its reason) and per record found unchanged.
    RunRepository runs(f.profile->database());
    const std::optional<RunRecord> run = runs.find(s.runId).value();
    QVERIFY(run);
    QCOMPARE(run->omieRequests, s.omieRequests);
    QCOMPARE(run->ploomesRequests, s.ploomesRequests);
    const QList<RunCounters> saved = run->counters;
    const auto history = historyTotals(f.profile->database(), s.runId);
    for (const RunCounters &c : s.counters) {
        const auto row = std::find_if(saved.cbegin(), saved.cend(), [&c](const RunCounters &r) {
            return r.entity == c.entity && r.direction == c.direction;
        });
        const QString what = entityName(c.entity) + u' ' + directionName(c.direction);
        QVERIFY2(row != saved.cend(), qPrintable(what));
        QCOMPARE(row->created, c.created);
        QCOMPARE(row->updated, c.updated);
        QCOMPARE(row->failed, c.failed);
        QCOMPARE(row->unchanged, c.unchanged);
        QCOMPARE(row->skipped, c.skipped);
        const QHash<int, int> h = history.value({int(c.entity), int(c.direction)});
        const int ok = h.value(int(ItemOutcome::Ok));
        QVERIFY2(
            ok == c.created + c.updated,
            qPrintable(what
                       + u": %1 ok in the history, %2 created + %3 updated"_s.arg(ok).arg(c.created).arg(c.updated)));
        QVERIFY2(
            h.value(int(ItemOutcome::Failed)) == c.failed,
            qPrintable(
                what
                + u": %1 failed in the history, %2 counted"_s.arg(h.value(int(ItemOutcome::Failed))).arg(c.failed)));
        QVERIFY2(h.value(int(ItemOutcome::Skipped)) == c.skipped,
                 qPrintable(what
                            + u": %1 skipped in the history, %2 counted"_s.arg(h.value(int(ItemOutcome::Skipped)))
                                  .arg(c.skipped)));
        QVERIFY2(h.value(int(ItemOutcome::Unchanged)) == c.unchanged,
                 qPrintable(what
                            + u": %1 unchanged in the history, %2 counted"_s.arg(h.value(int(ItemOutcome::Unchanged)))
                                  .arg(c.unchanged)));
    }
}
} // namespace

class TstSyncHeal : public QObject
{
    Q_OBJECT

private slots:
    void oneRunUnderFaultsLeavesNothingMissing()
    {
        // The same data without faults tells what one run brings across.
        SyncFixture calm;
        const SyncSummary baseline = calm.sync(SyncFixture::withBackfill());
        QVERIFY2(baseline.status != RunStatus::Failed, qPrintable(baseline.error));
        const Landed expected = Landed::of(calm);

        SyncFixture f;
        f.omie.setFaults(everyFault(0.05, 3));
        f.ploomes.setFaults(everyFault(0.05, 4));
        const SyncSummary s = f.sync(SyncFixture::withBackfill());
        f.omie.setFaults({});
        f.ploomes.setFaults({});
        QVERIFY(f.omie.traffic().faultsInjected > 0);
        QVERIFY(f.ploomes.traffic().faultsInjected > 0);
        const Landed landed = Landed::of(f);
        QVERIFY2(landed.describe() == expected.describe(),
                 qPrintable(u"after one run under faults: "_s + landed.describe() + u"; without faults: "_s
                            + expected.describe() + u"; "_s + toName(s.status) + u" "_s + s.error));
        QCOMPARE(landed.duplicates, 0);
        QCOMPARE(s.status, baseline.status);
        QCOMPARE(s.totalFailed(), baseline.totalFailed());
        QVERIFY(s.writeRetries > 0);
        QVERIFY(s.lookUps > 0);
        QCOMPARE(f.omie.violations().total(), 0);
        QCOMPARE(f.ploomes.violations().total(), 0);
        verifyOutcomesAddUp(f, s);
    }

    void aStepThatCannotStartFailsEachOfItsRecords()
    {
        // The key's user may not create product families: every product fails with that reason and the
        // run says so (exit 1), instead of skipping them silently.
        Sim::PloomesQuirks quirks;
        quirks.forbiddenCreates = {u"Products@Families"_s};
        SyncFixture f(SyncFixture::defaultSizes(), 77, quirks);
        const SyncSummary s = f.sync();
        QCOMPARE(s.status, RunStatus::Partial);
        const int products = f.omie.count(Kind::Product);
        QCOMPARE(SyncFixture::countOf(s, Entity::Product, Direction::OmieToPloomes, &RunCounters::failed), products);
        QCOMPARE(SyncFixture::countOf(s, Entity::Service, Direction::OmieToPloomes, &RunCounters::failed),
                 f.omie.count(Kind::Service));
        QCOMPARE(failedSaying(f.profile->database(), s.runId, Entity::Product, {u"Produtos"_s, u"Acesso negado"_s}),
                 products);
        verifyOutcomesAddUp(f, s);
    }

    void anOrderStepThatCannotStartFailsEachOfItsOrders()
    {
        // The orders' "Id (Omie)" field is gone from Ploomes and the key's user may not create fields: each new
        // Ploomes order fails with that reason (it is not skipped silently), and goes to Omie once fields can be
        // created again.
        SyncFixture f;
        QVERIFY(f.sync().status != RunStatus::Failed);
        qint64 serviceFamily = 0;
        for (const QJsonObject &family : f.ploomes.records(u"Products@Families"_s)) {
            if (family.value(u"Name"_s).toString() == u"Serviços"_s)
                serviceFamily = family.value(u"Id"_s).toInteger();
        }
        const QString productKey = f.fieldKey(u"Id (Omie)"_s, 10);
        qint64 product = 0;
        qint64 service = 0;
        for (const QJsonObject &p : f.ploomes.records(u"Products"_s)) {
            if (SyncFixture::other(p, productKey).isEmpty())
                continue;
            (p.value(u"FamilyId"_s).toInteger() == serviceFamily ? service : product) = p.value(u"Id"_s).toInteger();
        }
        const QString contactKey = f.fieldKey(u"Id (Omie)"_s, 1);
        qint64 contact = 0;
        for (const QJsonObject &c : f.ploomes.records(u"Contacts"_s)) {
            if (!SyncFixture::other(c, contactKey).isEmpty() && c.value(u"CityId"_s).toInteger()
                && !c.value(u"StreetAddressNumber"_s).toString().isEmpty())
                contact = c.value(u"Id"_s).toInteger();
        }
        QVERIFY(product && service && contact);
        for (const QJsonObject &field : f.ploomes.records(u"Fields"_s)) {
            if (field.value(u"Name"_s).toString() == u"Id (Omie)"_s && field.value(u"EntityId"_s).toInteger() == 4)
                QVERIFY(f.ploomes.remove(u"Fields"_s, field.value(u"Id"_s).toInteger()));
        }
        QVERIFY(f.fieldKey(u"Id (Omie)"_s, 4).isEmpty());
        Sim::PloomesQuirks quirks;
        quirks.forbiddenCreates = {u"Fields"_s};
        f.ploomes.setQuirks(quirks);
        auto line = [](qint64 productId, double price) {
            return QJsonObject{{u"ProductId"_s, productId}, {u"Quantity"_s, 1}, {u"UnitPrice"_s, price}};
        };
        const qint64 sales = f.ploomes.insert(
            u"Orders"_s, QJsonObject{{u"ContactId"_s, contact}, {u"Products"_s, QJsonArray{line(product, 80)}}});
        const qint64 serviceOrder = f.ploomes.insert(
            u"Orders"_s, QJsonObject{{u"ContactId"_s, contact}, {u"Products"_s, QJsonArray{line(service, 300)}}});
        const int pedidos = f.omie.count(Kind::Order);
        const int os = f.omie.count(Kind::ServiceOrder);
        const SyncSummary s = f.sync();
        QCOMPARE(s.status, RunStatus::Partial);
        QCOMPARE(SyncFixture::countOf(s, Entity::Order, Direction::PloomesToOmie, &RunCounters::failed), 1);
        QCOMPARE(SyncFixture::countOf(s, Entity::ServiceOrder, Direction::PloomesToOmie, &RunCounters::failed), 1);
        QCOMPARE(f.omie.count(Kind::Order), pedidos);
        QCOMPARE(f.omie.count(Kind::ServiceOrder), os);
        RunRepository runs(f.profile->database());
        QSet<qint64> explained;
        for (const RunItem &i : runs.items(s.runId).value()) {
            if (i.outcome == ItemOutcome::Failed && i.message.contains(u"Id (Omie)"_s)
                && i.message.contains(u"Acesso negado"_s) && i.ploomesId)
                explained.insert(*i.ploomesId);
        }
        QVERIFY(explained.contains(sales));
        QVERIFY(explained.contains(serviceOrder));
        verifyOutcomesAddUp(f, s);

        // Fields may be created again: both orders are due and reach Omie.
        f.ploomes.setQuirks({});
        const SyncSummary again = f.sync();
        QVERIFY(again.status != RunStatus::Failed);
        QCOMPARE(f.omie.count(Kind::Order), pedidos + 1);
        QCOMPARE(f.omie.count(Kind::ServiceOrder), os + 1);
        verifyOutcomesAddUp(f, again);
    }

    void aClientStepThatCannotStartFailsEachOfItsClients()
    {
        // The key's user may not create custom fields, so the contacts' "Id (Omie)" cannot be made: every client
        // and every contact the step read fails with that reason (due again next run), none is skipped silently.
        Sim::PloomesQuirks quirks;
        quirks.forbiddenCreates = {u"Fields"_s};
        SyncFixture f(SyncFixture::defaultSizes(), 77, quirks);
        const int contacts = f.ploomes.count(u"Contacts"_s);
        const SyncSummary s = f.sync();
        QCOMPARE(s.status, RunStatus::Partial);
        const int clients = f.omie.count(Kind::Client);
        QVERIFY(clients > 0 && contacts > 0);
        QCOMPARE(SyncFixture::countOf(s, Entity::Client, Direction::OmieToPloomes, &RunCounters::failed), clients);
        QCOMPARE(SyncFixture::countOf(s, Entity::Client, Direction::PloomesToOmie, &RunCounters::failed), contacts);
        QCOMPARE(f.ploomes.count(u"Contacts"_s), contacts); // nothing was created without its "Id (Omie)"
        QCOMPARE(failedSaying(f.profile->database(), s.runId, Entity::Client, {u"Id (Omie)"_s, u"Acesso negado"_s}),
                 clients + contacts);
        QuarantineRepository quarantine(f.profile->database());
        int due = 0;
        for (const QuarantineEntry &q : quarantine.all()) {
            if (q.entity == Entity::Client)
                ++due;
        }
        QCOMPARE(due, clients + contacts);
        verifyOutcomesAddUp(f, s);
    }

    void clientsFailWhenTheirReferenceDataCannotBeRead()
    {
        // The key's user may not read the Ploomes states: no address can be mapped, so each client and contact
        // fails with that reason (due again next run) instead of going out without its state.
        Sim::PloomesQuirks quirks;
        quirks.forbiddenReads = {u"Cities@Countries@States"_s};
        SyncFixture f(SyncFixture::defaultSizes(), 77, quirks);
        const int contacts = f.ploomes.count(u"Contacts"_s);
        const SyncSummary s = f.sync();
        QCOMPARE(s.status, RunStatus::Partial);
        const int clients = f.omie.count(Kind::Client);
        QCOMPARE(SyncFixture::countOf(s, Entity::Client, Direction::OmieToPloomes, &RunCounters::failed), clients);
        QCOMPARE(SyncFixture::countOf(s, Entity::Client, Direction::PloomesToOmie, &RunCounters::failed), contacts);
        QCOMPARE(SyncFixture::countOf(s, Entity::Client, Direction::OmieToPloomes, &RunCounters::created), 0);
        QCOMPARE(f.ploomes.count(u"Contacts"_s), contacts);
        QCOMPARE(failedSaying(f.profile->database(), s.runId, Entity::Client, {u"states"_s}), clients + contacts);
        verifyOutcomesAddUp(f, s);
    }

    void countersAreSavedWhileTheRunGoes()
    {
        // A killed run must show what it did: the run row has counters and request counts before the end.
        SyncFixture f;
        NetworkTransport transport;
        std::atomic_bool cancel{false};
        qint64 runId = 0;
        int savedCreated = 0;
        qint64 savedRequests = 0;
        ProgressSink sink;
        sink.progress = [&](Entity e, Direction d, int done, int) {
            // Once the products step reports, the clients step is over: its counters must be in the run row.
            if (e != Entity::Product || d != Direction::OmieToPloomes || done == 0 || runId)
                return;
            RunRepository runs(f.profile->database());
            const QList<RunRecord> recent = runs.recent(1).value();
            QVERIFY(!recent.isEmpty());
            runId = recent.first().id;
            for (const RunCounters &c : recent.first().counters)
                savedCreated += c.created;
            savedRequests = recent.first().omieRequests + recent.first().ploomesRequests;
            cancel.store(true);
        };
        SyncRun run(*f.profile, f.credentials, {}, Clock::system(), &transport, &cancel, sink);
        const SyncSummary s = run.execute();
        QCOMPARE(s.status, RunStatus::Cancelled);
        QCOMPARE(s.runId, runId);
        QVERIFY2(savedCreated > 0, "no counters in the run row while it was going");
        QVERIFY(savedRequests > 0);
        verifyOutcomesAddUp(f, s);
    }

    void aLockedDatabaseStopsTheRunBeforeAnyUnrecordedWrite()
    {
        // Another program holds a write transaction on the database from the first batch on: the run
        // stops with a clear reason (exit 6), sends nothing the database does not know about, and the
        // next run links what was sent without duplicating it.
        SyncFixture f;
        {
            QSqlDatabase locker = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
            locker.setDatabaseName(f.profile->database().path());
            QVERIFY(locker.open());
            bool locked = false;
            bool asked = false;
            ProgressSink sink;
            sink.progress = [&](Entity, Direction, int done, int) {
                if (asked || done == 0)
                    return;
                asked = true;
                // Progress is reported inside the run's own transaction: lock once the run waits for replies.
                QTimer::singleShot(0, [&] {
                    QSqlQuery q(locker);
                    locked = q.exec(u"BEGIN IMMEDIATE"_s);
                    if (!locked)
                        qWarning() << q.lastError().text();
                });
            };
            NetworkTransport transport;
            std::atomic_bool cancel{false};
            SyncRun run(*f.profile, f.credentials, {}, Clock::system(), &transport, &cancel, sink);
            const SyncSummary s = run.execute();
            QVERIFY(locked);
            QCOMPARE(s.status, RunStatus::Failed);
            QCOMPARE(s.failureKind, u"storage"_s);
            QVERIFY2(s.error.contains(u"banco de dados local"_s) || s.error.contains(u"local database"_s),
                     qPrintable(s.error));
            QVERIFY(locker.rollback());
            locker.close();
        }
        QSqlDatabase::removeDatabase(u"locker"_s);

        // Every record Ponte wrote is known locally: linked, or a create entry the next run looks up.
        CouplingRepository couplings(f.profile->database());
        QueueRepository queue(f.profile->database());
        int known = queue.count(WorkItem::State::Pending) + queue.count(WorkItem::State::InFlight);
        for (Entity e : {Entity::Client, Entity::Product, Entity::Service, Entity::Order, Entity::ServiceOrder}) {
            for (const Coupling &c : couplings.all(e))
                known += c.omieId && c.ploomesId ? 1 : 0;
        }
        const Landed sent = Landed::of(f);
        QVERIFY2(sent.contacts + sent.products + sent.orders + sent.omieClients <= known,
                 qPrintable(sent.describe() + u"; %1 known locally"_s.arg(known)));

        const SyncSummary again = f.sync();
        QVERIFY2(again.status == RunStatus::Succeeded || again.status == RunStatus::Partial, qPrintable(again.error));
        QCOMPARE(SyncFixture::maxCount(f.ploomesByOmieId(u"Contacts"_s, 1)), 1);
        QCOMPARE(SyncFixture::maxCount(f.omieClientsByCode()), 1);
        QCOMPARE(f.ploomesByOmieId(u"Contacts"_s, 1).size(), f.omie.count(Kind::Client));
        QueueRepository after(f.profile->database());
        for (const WorkItem &w : after.pending())
            QVERIFY2(w.operation != u"create"_s, qPrintable(w.idempotencyKey));
    }
};

QTEST_GUILESS_MAIN(TstSyncHeal)
#include "tst_sync_heal.moc"
