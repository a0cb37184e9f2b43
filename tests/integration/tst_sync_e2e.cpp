// The sync engine end to end against both simulators over real HTTP on loopback (DESIGN.md §2).
#include "brasiliatime.h"
#include "store/couplingrepository.h"
#include "store/quarantinerepository.h"
#include "store/runrepository.h"
#include "syncfixture.h"
#include "textutil.h"

#include <QTimeZone>

using namespace Ponte;
using namespace Ponte::Test;
using Kind = Ponte::Sim::OmieSimulator::Kind;

namespace {
QJsonObject findByName(const QList<QJsonObject> &records, const QString &name)
{
    for (const QJsonObject &r : records) {
        if (r.value(u"Name"_s).toString() == name)
            return r;
    }
    return {};
}

struct RefusedOrder
{
    qint64 order = 0;
    qint64 contact = 0;
    QString number; ///< the contact's street number before it was emptied
    int pedidos = 0;
};

// A synced account, then a Ploomes order whose client has no street number: Omie refuses it, so it is quarantined.
RefusedOrder refuseAPloomesOrder(SyncFixture &f)
{
    RefusedOrder out;
    if (!f.profile->settings().setValue(SettingKey::CursorOverlapS, u"0"_s).isOk()
        || f.sync().status == RunStatus::Failed)
        return out;
    const QString contactKey = f.fieldKey(u"Id (Omie)"_s, 1);
    for (const QJsonObject &c : f.ploomes.records(u"Contacts"_s)) {
        if (!SyncFixture::other(c, contactKey).isEmpty() && c.value(u"CityId"_s).toInteger()) {
            out.contact = c.value(u"Id"_s).toInteger();
            break;
        }
    }
    if (!out.contact)
        return out;
    out.number = f.ploomes.record(u"Contacts"_s, out.contact)->value(u"StreetAddressNumber"_s).toString();
    if (!f.ploomes.modify(u"Contacts"_s, out.contact, QJsonObject{{u"StreetAddressNumber"_s, u""_s}}))
        return out;
    qint64 product = 0;
    const qint64 productFamily =
        findByName(f.ploomes.records(u"Products@Families"_s), u"Produtos"_s).value(u"Id"_s).toInteger();
    for (const QJsonObject &p : f.ploomes.records(u"Products"_s)) {
        if (p.value(u"FamilyId"_s).toInteger() == productFamily)
            product = p.value(u"Id"_s).toInteger();
    }
    if (!product)
        return out;
    const qint64 order = f.ploomes.insert(
        u"Orders"_s,
        QJsonObject{{u"ContactId"_s, out.contact},
                    {u"Products"_s,
                     QJsonArray{QJsonObject{{u"ProductId"_s, product}, {u"Quantity"_s, 1}, {u"UnitPrice"_s, 10}}}}});
    out.pedidos = f.omie.count(Kind::Order);
    if (f.sync().status != RunStatus::Partial || f.omie.count(Kind::Order) != out.pedidos)
        return out;
    QuarantineRepository quarantine(f.profile->database());
    if (quarantine.find(Entity::Order, Direction::PloomesToOmie, QString::number(order)))
        out.order = order;
    return out;
}
} // namespace

class TstSyncE2E : public QObject
{
    Q_OBJECT

private slots:
    void backfillThenNoWritesThenExactIncrementalThenNoEcho()
    {
        SyncFixture f;
        const int omieClients = f.omie.count(Kind::Client);
        const int ploomesOnly = f.ploomes.count(u"Contacts"_s);

        // 1. Full backfill.
        const SyncSummary first = f.sync(SyncFixture::withBackfill());
        QVERIFY2(first.status == RunStatus::Succeeded || first.status == RunStatus::Partial, qPrintable(first.error));
        QCOMPARE(SyncFixture::countOf(first, Entity::Client, Direction::OmieToPloomes, &RunCounters::created),
                 omieClients);
        QCOMPARE(f.ploomes.count(u"Contacts"_s), omieClients + ploomesOnly);
        // Ploomes-only contacts with a valid document went to Omie, with PL<id> as integration code.
        const int toOmie = SyncFixture::countOf(first, Entity::Client, Direction::PloomesToOmie, &RunCounters::created);
        QVERIFY(toOmie > 0);
        QCOMPARE(f.omie.count(Kind::Client), omieClients + toOmie);
        QCOMPARE(SyncFixture::maxCount(f.ploomesByOmieId(u"Contacts"_s, 1)), 1);
        QCOMPARE(SyncFixture::maxCount(f.omieClientsByCode()), 1);
        QCOMPARE(f.ploomesByOmieId(u"Contacts"_s, 1).size(), omieClients + toOmie);
        // Products and services in their families, with "Id (Omie)".
        QCOMPARE(f.ploomesByOmieId(u"Products"_s, 10).size(),
                 f.omie.count(Kind::Product) + f.omie.count(Kind::Service));
        QVERIFY(!findByName(f.ploomes.records(u"Products@Families"_s), u"Produtos"_s).isEmpty());
        QVERIFY(!findByName(f.ploomes.records(u"Products@Families"_s), u"Serviços"_s).isEmpty());
        // Backfilled orders.
        QVERIFY(SyncFixture::countOf(first, Entity::Order, Direction::OmieToPloomes, &RunCounters::created) > 0);
        QCOMPARE(f.omie.violations().total(), 0);
        QCOMPARE(f.ploomes.violations().total(), 0);

        // 2. Nothing changed: nothing is written.
        const qint64 omieWrites = f.omie.traffic().writes;
        const qint64 ploomesWrites = f.ploomes.traffic().writes;
        const SyncSummary second = f.sync();
        QCOMPARE(second.status, RunStatus::Succeeded);
        QCOMPARE(SyncFixture::writes(second), 0);
        QCOMPARE(f.omie.traffic().writes, omieWrites);
        QCOMPARE(f.ploomes.traffic().writes, ploomesWrites);

        // 3. One change on each side propagates exactly.
        const QJsonObject omieClient = f.omie.records(Kind::Client).at(2);
        const qint64 omieId = omieClient.value(u"codigo_cliente_omie"_s).toInteger();
        QVERIFY(f.omie.modify(Kind::Client, omieId, QJsonObject{{u"email"_s, u"novo.email@exemplo.com.br"_s}}));
        const QString contactKey = f.fieldKey(u"Id (Omie)"_s, 1);
        QJsonObject otherContact;
        for (const QJsonObject &c : f.ploomes.records(u"Contacts"_s)) {
            const QString stored = SyncFixture::other(c, contactKey);
            if (!stored.isEmpty() && stored.toLongLong() != omieId) {
                otherContact = c;
                break;
            }
        }
        QVERIFY(!otherContact.isEmpty());
        const qint64 contactId = otherContact.value(u"Id"_s).toInteger();
        QVERIFY(f.ploomes.modify(u"Contacts"_s, contactId, QJsonObject{{u"StreetAddressNumber"_s, u"4321"_s}}));
        QTest::qWait(1100); // stamps have second resolution on the Omie side
        const SyncSummary third = f.sync();
        QCOMPARE(third.status, RunStatus::Succeeded);
        QCOMPARE(SyncFixture::countOf(third, Entity::Client, Direction::OmieToPloomes, &RunCounters::updated), 1);
        QCOMPARE(SyncFixture::countOf(third, Entity::Client, Direction::PloomesToOmie, &RunCounters::updated), 1);
        QCOMPARE(SyncFixture::writes(third), 2 + 0);
        bool emailArrived = false;
        for (const QJsonObject &c : f.ploomes.records(u"Contacts"_s)) {
            if (SyncFixture::other(c, contactKey).toLongLong() == omieId)
                emailArrived = c.value(u"Email"_s).toString() == u"novo.email@exemplo.com.br"_s;
        }
        QVERIFY(emailArrived);
        const qint64 linkedOmie = SyncFixture::other(otherContact, contactKey).toLongLong();
        QCOMPARE(f.omie.record(Kind::Client, linkedOmie)->value(u"endereco_numero"_s).toString(), u"4321"_s);

        // 4. Those writes do not come back as echoes.
        const SyncSummary fourth = f.sync();
        QCOMPARE(fourth.status, RunStatus::Succeeded);
        QCOMPARE(SyncFixture::writes(fourth), 0);
        QCOMPARE(f.omie.violations().total(), 0);
        QCOMPARE(f.ploomes.violations().total(), 0);
    }

    void secondFullRunRecordsEveryUnchangedRecordInTheHistory()
    {
        // "Every run, every record, every reason": a record found equal on both sides has its own history line,
        // and the history, the run row and the JSON summary give the same count.
        SyncFixture f;
        const SyncSummary first = f.sync(SyncFixture::withBackfill());
        QVERIFY2(first.status == RunStatus::Succeeded || first.status == RunStatus::Partial, qPrintable(first.error));
        SyncOptions full = SyncFixture::withBackfill();
        full.full = true;
        const SyncSummary second = f.sync(full);
        QCOMPARE(second.status, RunStatus::Succeeded);
        QCOMPARE(SyncFixture::writes(second), 0);

        RunRepository runs(f.profile->database());
        QHash<QPair<int, int>, int> unchangedItems;
        int total = 0;
        for (const RunItem &i : runs.items(second.runId).value()) {
            QCOMPARE(i.outcome, ItemOutcome::Unchanged);
            QCOMPARE(i.action, ItemAction::None);
            QVERIFY(!i.label.isEmpty());
            ++unchangedItems[{int(i.entity), int(i.direction)}];
            ++total;
        }
        // Every Omie client and product is paired and equal, so each one is a line.
        QCOMPARE(unchangedItems.value({int(Entity::Client), int(Direction::OmieToPloomes)}),
                 f.omie.count(Kind::Client));
        QCOMPARE(unchangedItems.value({int(Entity::Product), int(Direction::OmieToPloomes)}),
                 f.omie.count(Kind::Product));
        const QJsonObject json = second.toJson().value(u"entities"_s).toObject();
        int summed = 0;
        for (const RunCounters &c : second.counters) {
            const int inJson = json.value(entityName(c.entity))
                                   .toObject()
                                   .value(directionName(c.direction))
                                   .toObject()
                                   .value(u"unchanged"_s)
                                   .toInt();
            QCOMPARE(inJson, c.unchanged);
            QCOMPARE(unchangedItems.value({int(c.entity), int(c.direction)}), c.unchanged);
            summed += inJson;
        }
        QCOMPARE(summed, total);
        QCOMPARE(runs.itemCount(second.runId).value(), total);
    }

    void lostDatabaseIsRebuiltWithoutDuplicates()
    {
        // The administrator reinstalls Ponte (or loses the data folder): a --full run must find
        // every record through the ids each side keeps of the other, and create nothing.
        SyncFixture f;
        const SyncSummary first = f.sync(SyncFixture::withBackfill());
        QVERIFY2(first.status == RunStatus::Succeeded || first.status == RunStatus::Partial, qPrintable(first.error));
        const int omieClients = f.omie.count(Kind::Client);
        const int contacts = f.ploomes.count(u"Contacts"_s);
        const int products = f.ploomes.count(u"Products"_s);
        const int orders = f.ploomes.count(u"Orders"_s);
        QVERIFY(orders > 0);

        // The new folder has no log of recent requests: let the (scaled) redundancy window pass, as
        // any reinstall does.
        QTest::qWait(1100);
        QTemporaryDir fresh;
        auto reopened = Profile::open(fresh.path(), f.env);
        QVERIFY2(reopened.isOk(), qPrintable(reopened.message()));
        for (const QString &key : {SettingKey::OrderContaCorrente, SettingKey::OrderCategoria, SettingKey::OrderParcela,
                                   SettingKey::CursorOverlapS})
            QVERIFY(reopened.value()->settings().setValue(key, f.profile->settings().stringValue(key)).isOk());
        f.profile = reopened.value();

        SyncOptions rebuild = SyncFixture::withBackfill();
        rebuild.full = true;
        const SyncSummary relinked = f.sync(rebuild);
        QVERIFY2(relinked.status == RunStatus::Succeeded || relinked.status == RunStatus::Partial,
                 qPrintable(relinked.error));
        for (const RunCounters &c : relinked.counters)
            QVERIFY2(c.created == 0, qPrintable(entityName(c.entity) + u' ' + directionName(c.direction)));
        QCOMPARE(f.omie.count(Kind::Client), omieClients);
        QCOMPARE(f.ploomes.count(u"Contacts"_s), contacts);
        QCOMPARE(f.ploomes.count(u"Products"_s), products);
        QCOMPARE(f.ploomes.count(u"Orders"_s), orders);
        QCOMPARE(SyncFixture::maxCount(f.ploomesByOmieId(u"Contacts"_s, 1)), 1);
        QCOMPARE(SyncFixture::maxCount(f.omieClientsByCode()), 1);

        // The rebuilt couplings are complete: the next run has nothing to do.
        const SyncSummary after = f.sync();
        QCOMPARE(after.status, RunStatus::Succeeded);
        QCOMPARE(SyncFixture::writes(after), 0);
        QCOMPARE(f.omie.violations().total(), 0);
        QCOMPARE(f.ploomes.violations().total(), 0);
    }

    void conflictsFollowThePolicy()
    {
        SyncFixture f;
        QVERIFY(f.sync().status != RunStatus::Failed);
        const QString contactKey = f.fieldKey(u"Id (Omie)"_s, 1);
        auto contactOf = [&](qint64 omieId) {
            for (const QJsonObject &c : f.ploomes.records(u"Contacts"_s)) {
                if (SyncFixture::other(c, contactKey).toLongLong() == omieId)
                    return c;
            }
            return QJsonObject();
        };
        const qint64 a = f.omie.records(Kind::Client).at(0).value(u"codigo_cliente_omie"_s).toInteger();
        const qint64 b = f.omie.records(Kind::Client).at(1).value(u"codigo_cliente_omie"_s).toInteger();
        QTest::qWait(1100);
        f.omie.modify(Kind::Client, a, QJsonObject{{u"bairro"_s, u"Bairro do Omie"_s}});
        f.ploomes.modify(u"Contacts"_s, contactOf(a).value(u"Id"_s).toInteger(),
                         QJsonObject{{u"Neighborhood"_s, u"Bairro do Ploomes"_s}});
        SyncSummary s = f.sync();
        QCOMPARE(SyncFixture::countOf(s, Entity::Client, Direction::OmieToPloomes, &RunCounters::conflicts), 1);
        QCOMPARE(contactOf(a).value(u"Neighborhood"_s).toString(), u"Bairro do Omie"_s);
        QCOMPARE(f.omie.record(Kind::Client, a)->value(u"bairro"_s).toString(), u"Bairro do Omie"_s);

        QVERIFY(f.profile->settings().setValue(SettingKey::ConflictPolicy, u"ploomes-wins"_s).isOk());
        QTest::qWait(1100);
        f.omie.modify(Kind::Client, b, QJsonObject{{u"bairro"_s, u"Outro do Omie"_s}});
        f.ploomes.modify(u"Contacts"_s, contactOf(b).value(u"Id"_s).toInteger(),
                         QJsonObject{{u"Neighborhood"_s, u"Outro do Ploomes"_s}});
        s = f.sync();
        QCOMPARE(SyncFixture::countOf(s, Entity::Client, Direction::PloomesToOmie, &RunCounters::conflicts), 1);
        QCOMPARE(f.omie.record(Kind::Client, b)->value(u"bairro"_s).toString(), u"Outro do Ploomes"_s);
        QCOMPARE(contactOf(b).value(u"Neighborhood"_s).toString(), u"Outro do Ploomes"_s);
        // Every conflict is in the history with its reason.
        RunRepository runs(f.profile->database());
        bool recorded = false;
        for (const RunItem &i : runs.items(s.runId).value())
            recorded = recorded || (i.outcome == ItemOutcome::Conflict && !i.message.isEmpty());
        QVERIFY(recorded);
        QCOMPARE(SyncFixture::writes(f.sync()), 0);
    }

    void badRecordsAreQuarantinedWhileTheRestSyncs()
    {
        SyncFixture f;
        // A CRM contact without CNPJ/CPF cannot go to Omie; an Omie product without description or code neither.
        f.ploomes.insert(u"Contacts"_s, QJsonObject{{u"TypeId"_s, 1}, {u"Name"_s, u"Empresa Sem Documento"_s}});
        const SyncSummary s = f.sync();
        QCOMPARE(s.status, RunStatus::Partial);
        QVERIFY(SyncFixture::countOf(s, Entity::Client, Direction::PloomesToOmie, &RunCounters::failed) >= 1);
        QVERIFY(SyncFixture::countOf(s, Entity::Client, Direction::OmieToPloomes, &RunCounters::created) > 0);
        QuarantineRepository quarantine(f.profile->database());
        bool found = false;
        for (const QuarantineEntry &e : quarantine.all())
            found = found || (e.label == u"Empresa Sem Documento"_s && e.reason.contains(u"CNPJ/CPF"_s));
        QVERIFY(found);
        // Still refused on the next run, without being retried before its time.
        const SyncSummary again = f.sync();
        QCOMPARE(SyncFixture::countOf(again, Entity::Client, Direction::PloomesToOmie, &RunCounters::failed), 0);
    }

    void dryRunWritesNothing()
    {
        SyncFixture f;
        const SyncSummary preview = f.sync([] {
            SyncOptions o;
            o.dryRun = true;
            return o;
        }());
        QVERIFY2(preview.status == RunStatus::Succeeded || preview.status == RunStatus::Partial,
                 qPrintable(preview.error));
        QVERIFY(SyncFixture::countOf(preview, Entity::Client, Direction::OmieToPloomes, &RunCounters::created) > 0);
        QCOMPARE(f.omie.traffic().writes, 0);
        QCOMPARE(f.ploomes.traffic().writes, 0);
        CouplingRepository couplings(f.profile->database());
        QCOMPARE(couplings.count(Entity::Client), 0);
        RunRepository runs(f.profile->database());
        bool wouldCreate = false;
        for (const RunItem &i : runs.items(preview.runId).value())
            wouldCreate = wouldCreate || i.outcome == ItemOutcome::WouldCreate;
        QVERIFY(wouldCreate);
        // The real run afterwards does everything the preview announced.
        const SyncSummary real = f.sync();
        QCOMPARE(SyncFixture::countOf(real, Entity::Client, Direction::OmieToPloomes, &RunCounters::created),
                 SyncFixture::countOf(preview, Entity::Client, Direction::OmieToPloomes, &RunCounters::created));
    }

    void injectedFaultsEndWithoutDuplicates()
    {
        SyncFixture f;
        Sim::FaultConfig faults;
        faults.seed = 11;
        faults.html500 = 0.05;
        faults.connectionReset = 0.04;
        faults.lostWriteReply = 0.08;
        faults.slowReply = 0.02;
        faults.slowReplyMs = 1500;
        f.omie.setFaults(faults);
        f.ploomes.setFaults(faults);
        QVERIFY(f.profile->settings().setValue(SettingKey::NetTimeoutS, u"1"_s).isOk());
        SyncSummary s;
        for (int i = 0; i < 8; ++i) {
            s = f.sync(SyncFixture::withBackfill());
            if (s.status == RunStatus::Succeeded)
                break;
        }
        f.omie.setFaults({});
        f.ploomes.setFaults({});
        s = f.sync(SyncFixture::withBackfill());
        QVERIFY2(s.status == RunStatus::Succeeded, qPrintable(s.error));
        QVERIFY(f.omie.traffic().faultsInjected > 0);
        QCOMPARE(SyncFixture::maxCount(f.ploomesByOmieId(u"Contacts"_s, 1)), 1);
        QCOMPARE(SyncFixture::maxCount(f.ploomesByOmieId(u"Products"_s, 10)), 1);
        QCOMPARE(SyncFixture::maxCount(f.ploomesByOmieId(u"Orders"_s, 4)), 1);
        QCOMPARE(SyncFixture::maxCount(f.omieClientsByCode()), 1);
        QCOMPARE(f.ploomesByOmieId(u"Contacts"_s, 1).size(), f.omie.count(Kind::Client));
        QCOMPARE(f.omie.violations().total(), 0);
        QCOMPARE(f.ploomes.violations().total(), 0);
    }

    void stopTakesEffectWithinSecondsWhateverOmieDoes()
    {
        // Omie answers after 30 s (a slow service, or requests held by a breaker): "Parar", Ctrl+C or
        // SIGTERM must still end the run within moments, not after every queued reply.
        SyncFixture f;
        f.omie.setLatencyMs(30'000);
        QVERIFY(f.profile->settings().setValue(SettingKey::NetTimeoutS, u"120"_s).isOk());
        NetworkTransport transport;
        std::atomic_bool cancel{false};
        SyncRun run(*f.profile, f.credentials, SyncFixture::withBackfill(), Clock::system(), &transport, &cancel);
        QTimer::singleShot(500, [&cancel] { cancel.store(true); });
        QElapsedTimer elapsed;
        elapsed.start();
        const SyncSummary s = run.execute();
        QVERIFY2(elapsed.elapsed() < 10'000, qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(s.status, RunStatus::Cancelled);
        QCOMPARE(f.omie.violations().total(), 0);
    }

    void quarantinedOrdersComeBackInIncrementalRuns()
    {
        // A Ploomes order refused because its client lacked a street number: the administrator fixes
        // the client and asks for a retry; the next ordinary run sends the order, though the order
        // itself did not change (the probe saw 0 attempts through five runs).
        SyncFixture f;
        const RefusedOrder refused = refuseAPloomesOrder(f);
        QVERIFY(refused.order);
        QuarantineRepository quarantine(f.profile->database());
        const QString number = refused.number.isEmpty() ? u"100"_s : refused.number;
        QVERIFY(f.ploomes.modify(u"Contacts"_s, refused.contact, QJsonObject{{u"StreetAddressNumber"_s, number}}));
        QVERIFY(quarantine.retryNow(QDateTime::currentMSecsSinceEpoch(), std::nullopt).isOk());
        const SyncSummary s = f.sync();
        QVERIFY2(s.status == RunStatus::Succeeded, qPrintable(s.error));
        QCOMPARE(f.omie.count(Kind::Order), refused.pedidos + 1);
        QVERIFY(!quarantine.find(Entity::Order, Direction::PloomesToOmie, QString::number(refused.order)).has_value());
    }

    void aRecordStillInQuarantineHasAHistoryLine()
    {
        // The next run comes before the quarantine's delay is over: the order is left out, and the history says
        // so, with the reason and when it is tried again (before, it was only counted as skipped).
        SyncFixture f;
        const RefusedOrder refused = refuseAPloomesOrder(f);
        QVERIFY(refused.order);
        QuarantineRepository quarantine(f.profile->database());
        const std::optional<QuarantineEntry> entry =
            quarantine.find(Entity::Order, Direction::PloomesToOmie, QString::number(refused.order));
        QVERIFY(entry);
        const SyncSummary s = f.sync();
        QCOMPARE(f.omie.count(Kind::Order), refused.pedidos);
        const int skipped = SyncFixture::countOf(s, Entity::Order, Direction::PloomesToOmie, &RunCounters::skipped);
        QCOMPARE(skipped, 1);
        RunRepository runs(f.profile->database());
        QList<RunItem> lines;
        for (const RunItem &i : runs.items(s.runId).value()) {
            if (i.entity == Entity::Order && i.direction == Direction::PloomesToOmie
                && i.outcome == ItemOutcome::Skipped)
                lines.append(i);
        }
        QCOMPARE(lines.size(), skipped);
        QCOMPARE(lines.first().ploomesId, std::optional<qint64>(refused.order));
        const QString when = BrasiliaTime::ofMs(entry->nextAttemptAt).toString(u"dd/MM/yyyy HH:mm"_s);
        QVERIFY2(lines.first().message.contains(entry->reason), qPrintable(lines.first().message));
        QVERIFY2(lines.first().message.contains(when), qPrintable(lines.first().message));
    }

    void ordersRefusedForAMissingLinkComeBackOnceItIsMade()
    {
        // Omie orders backfilled before their clients and products were synced are refused ("client not
        // linked"); the next ordinary run links the clients and products and brings the orders with it.
        SyncFixture f;
        SyncOptions ordersOnly = SyncFixture::withBackfill();
        ordersOnly.entities = {Entity::Order};
        ordersOnly.direction = Direction::OmieToPloomes;
        const SyncSummary first = f.sync(ordersOnly);
        QVERIFY(SyncFixture::countOf(first, Entity::Order, Direction::OmieToPloomes, &RunCounters::failed) > 0);
        QCOMPARE(f.ploomesByOmieId(u"Orders"_s, 4).size(), 0);
        const SyncSummary s = f.sync(SyncFixture::withBackfill());
        QVERIFY2(s.status == RunStatus::Succeeded, qPrintable(s.error));
        QCOMPARE(f.ploomesByOmieId(u"Orders"_s, 4).size(),
                 f.omie.count(Kind::Order) + f.omie.count(Kind::ServiceOrder));
        QuarantineRepository quarantine(f.profile->database());
        for (const QuarantineEntry &e : quarantine.all())
            QVERIFY2(e.entity != Entity::Order, qPrintable(e.reason));
    }

    void newPloomesOrdersGoToOmieAfterPreflight()
    {
        SyncFixture f;
        QVERIFY(f.sync().status != RunStatus::Failed);
        const QString productKey = f.fieldKey(u"Id (Omie)"_s, 10);
        qint64 product = 0;
        qint64 service = 0;
        const qint64 serviceFamily =
            findByName(f.ploomes.records(u"Products@Families"_s), u"Serviços"_s).value(u"Id"_s).toInteger();
        for (const QJsonObject &p : f.ploomes.records(u"Products"_s)) {
            if (p.value(u"FamilyId"_s).toInteger() == serviceFamily)
                service = p.value(u"Id"_s).toInteger();
            else
                product = p.value(u"Id"_s).toInteger();
        }
        QVERIFY(product && service);
        // A complete contact (city, number, document) that is linked to Omie.
        const QString contactKey = f.fieldKey(u"Id (Omie)"_s, 1);
        qint64 goodContact = 0;
        qint64 contactWithoutNumber = 0;
        for (const QJsonObject &c : f.ploomes.records(u"Contacts"_s)) {
            if (SyncFixture::other(c, contactKey).isEmpty() || !c.value(u"CityId"_s).toInteger())
                continue;
            if (!goodContact)
                goodContact = c.value(u"Id"_s).toInteger();
            else if (!contactWithoutNumber)
                contactWithoutNumber = c.value(u"Id"_s).toInteger();
        }
        QVERIFY(goodContact && contactWithoutNumber);
        QVERIFY(f.ploomes.modify(u"Contacts"_s, contactWithoutNumber, QJsonObject{{u"StreetAddressNumber"_s, u""_s}}));
        auto line = [](qint64 productId, double q, double price) {
            return QJsonObject{{u"ProductId"_s, productId}, {u"Quantity"_s, q}, {u"UnitPrice"_s, price}};
        };
        // Dated in the past: Omie wants data_previsao today or later (omie-api.md §7.3).
        const qint64 sales =
            f.ploomes.insert(u"Orders"_s, QJsonObject{{u"ContactId"_s, goodContact},
                                                      {u"Date"_s, u"2025-03-10T00:00:00-03:00"_s},
                                                      {u"Products"_s, QJsonArray{line(product, 2, 50)}}});
        const qint64 serviceOrder =
            f.ploomes.insert(u"Orders"_s, QJsonObject{{u"ContactId"_s, goodContact},
                                                      {u"Products"_s, QJsonArray{line(service, 1, 300)}}});
        const qint64 mixed = f.ploomes.insert(
            u"Orders"_s, QJsonObject{{u"ContactId"_s, goodContact},
                                     {u"Products"_s, QJsonArray{line(product, 1, 10), line(service, 1, 10)}}});
        const qint64 noNumber =
            f.ploomes.insert(u"Orders"_s, QJsonObject{{u"ContactId"_s, contactWithoutNumber},
                                                      {u"Products"_s, QJsonArray{line(product, 1, 10)}}});
        const int pedidos = f.omie.count(Kind::Order);
        const int os = f.omie.count(Kind::ServiceOrder);
        const SyncSummary s = f.sync();
        QCOMPARE(s.status, RunStatus::Partial);
        QCOMPARE(f.omie.count(Kind::Order), pedidos + 1);
        QCOMPARE(f.omie.count(Kind::ServiceOrder), os + 1);
        bool salesFound = false;
        const QString today = QDateTime::currentDateTime().toTimeZone(QTimeZone(-3 * 3600)).toString(u"dd/MM/yyyy"_s);
        for (const QJsonObject &p : f.omie.records(Kind::Order)) {
            const QJsonObject head = p.value(u"cabecalho"_s).toObject();
            if (head.value(u"codigo_pedido_integracao"_s).toString() == u"PL"_s + QString::number(sales)) {
                salesFound = true;
                QCOMPARE(head.value(u"data_previsao"_s).toString(), today);
            }
        }
        QVERIFY(salesFound);
        const QString orderKey = f.fieldKey(u"Id (Omie)"_s, 4);
        QVERIFY(!SyncFixture::other(*f.ploomes.record(u"Orders"_s, sales), orderKey).isEmpty());
        QVERIFY(!SyncFixture::other(*f.ploomes.record(u"Orders"_s, serviceOrder), orderKey).isEmpty());
        QuarantineRepository quarantine(f.profile->database());
        QStringList reasons;
        for (const QuarantineEntry &e : quarantine.all())
            reasons.append(e.sourceId + u": "_s + e.reason);
        const QString all = reasons.join(u'\n');
        QVERIFY2(all.contains(QString::number(mixed)), qPrintable(all));
        QVERIFY2(all.contains(QString::number(noNumber)), qPrintable(all));
        // Omie billing flows back to the Ploomes order.
        qint64 pedidoId = 0;
        for (const QJsonObject &p : f.omie.records(Kind::Order)) {
            if (p.value(u"cabecalho"_s).toObject().value(u"codigo_pedido_integracao"_s).toString()
                == u"PL"_s + QString::number(sales))
                pedidoId = p.value(u"cabecalho"_s).toObject().value(u"codigo_pedido"_s).toInteger();
        }
        QTest::qWait(1100);
        QVERIFY(f.omie.modify(Kind::Order, pedidoId,
                              QJsonObject{{u"cabecalho"_s, QJsonObject{{u"etapa"_s, u"60"_s}}},
                                          {u"infoCadastro"_s, QJsonObject{{u"faturado"_s, u"S"_s}}}}));
        const SyncSummary billed = f.sync();
        QCOMPARE(SyncFixture::countOf(billed, Entity::Order, Direction::OmieToPloomes, &RunCounters::updated), 1);
        const QString statusKey = f.fieldKey(u"Situação (Omie)"_s, 4);
        QCOMPARE(SyncFixture::other(*f.ploomes.record(u"Orders"_s, sales), statusKey),
                 QCoreApplication::translate("Ponte::Mapper", "Billed"));
        QCOMPARE(f.omie.violations().total(), 0);
        QCOMPARE(f.ploomes.violations().total(), 0);
    }

    void anOmieClientWithSeveralAddressesKeepsThemWhenEditedInPloomes()
    {
        SyncFixture f;
        QCOMPARE(f.sync(SyncFixture::withBackfill()).status, RunStatus::Succeeded);
        QJsonObject client;
        for (const QJsonObject &c : f.omie.records(Kind::Client)) {
            if (c.value(u"email"_s).toString().contains(u','))
                client = c;
        }
        QVERIFY(!client.isEmpty()); // the sample has some (omie-api.md §3.1)
        const QStringList addresses = client.value(u"email"_s).toString().split(u", "_s);
        const qint64 omieId = client.value(u"codigo_cliente_omie"_s).toInteger();
        const QString key = f.fieldKey(u"Id (Omie)"_s, 1);
        QJsonObject contact;
        for (const QJsonObject &c : f.ploomes.records(u"Contacts"_s)) {
            if (SyncFixture::other(c, key).toLongLong() == omieId)
                contact = c;
        }
        QCOMPARE(contact.value(u"Email"_s).toString(), addresses.first());

        QTest::qWait(1100);
        QVERIFY(f.ploomes.modify(u"Contacts"_s, contact.value(u"Id"_s).toInteger(),
                                 QJsonObject{{u"Email"_s, u"novo@empresa.com.br"_s}}));
        const SyncSummary s = f.sync();
        QCOMPARE(s.status, RunStatus::Succeeded);
        QCOMPARE(SyncFixture::countOf(s, Entity::Client, Direction::PloomesToOmie, &RunCounters::updated), 1);
        QCOMPARE(f.omie.record(Kind::Client, omieId)->value(u"email"_s).toString(),
                 u"novo@empresa.com.br, "_s + addresses.mid(1).join(u", "_s));
        // And nothing echoes back: Ploomes still holds the one address it was given.
        QTest::qWait(1100);
        const SyncSummary again = f.sync();
        QCOMPARE(again.status, RunStatus::Succeeded);
        QCOMPARE(again.totalWrites(), 0);
    }

    void lineDiscountsTravelWithTheirOrdersBothWays()
    {
        // Seed 77 gives some of these lines a 1–15 % discount: CRM orders that go to Omie, service orders that
        // come to Ploomes.
        Sim::SampleSizes sizes = SyncFixture::defaultSizes();
        sizes.ploomesOnlyOrders = 8;
        sizes.serviceOrders = 12;
        SyncFixture f(sizes);
        SyncOptions both = SyncFixture::withBackfill();
        both.backfillPloomesOrdersSince = QDate(2020, 1, 1);
        const SyncSummary s = f.sync(both);
        QVERIFY2(s.status == RunStatus::Succeeded, qPrintable(s.error));
        const QString orderKey = f.fieldKey(u"Id (Omie)"_s, 4);
        QHash<qint64, QJsonObject> ploomesById;
        QHash<qint64, QJsonObject> ploomesByOmieId;
        for (const QJsonObject &o : f.ploomes.records(u"Orders"_s)) {
            ploomesById.insert(o.value(u"Id"_s).toInteger(), o);
            ploomesByOmieId.insert(SyncFixture::other(o, orderKey).toLongLong(), o);
        }
        auto discounts = [](const QJsonObject &ploomesOrder) {
            QList<double> d;
            for (const QJsonValue &l : ploomesOrder.value(u"Products"_s).toArray())
                d.append(l[u"Discount"_s].toDouble());
            return d;
        };
        int discountedToOmie = 0;
        for (const QJsonObject &pedido : f.omie.records(Kind::Order)) {
            const QString code = pedido[u"cabecalho"_s][u"codigo_pedido_integracao"_s].toString();
            if (!code.startsWith(u"PL"_s))
                continue;
            const QJsonObject origin = ploomesById.value(code.mid(2).toLongLong());
            QVERIFY(!origin.isEmpty());
            QList<double> sent;
            for (const QJsonValue &item : pedido.value(u"det"_s).toArray())
                sent.append(item[u"produto"_s][u"percentual_desconto"_s].toDouble());
            QCOMPARE(sent, discounts(origin));
            QCOMPARE(pedido[u"total_pedido"_s][u"valor_total_pedido"_s].toDouble(),
                     origin.value(u"Amount"_s).toDouble());
            discountedToOmie += std::count_if(sent.cbegin(), sent.cend(), [](double d) { return d > 0; });
        }
        int discountedToPloomes = 0;
        for (const QJsonObject &os : f.omie.records(Kind::ServiceOrder)) {
            const QJsonObject twin = ploomesByOmieId.value(os[u"Cabecalho"_s][u"nCodOS"_s].toInteger());
            QVERIFY(!twin.isEmpty());
            QList<double> given;
            for (const QJsonValue &line : os.value(u"ServicosPrestados"_s).toArray())
                given.append(line[u"nAliqDesconto"_s].toDouble());
            QCOMPARE(discounts(twin), given);
            QCOMPARE(twin.value(u"Amount"_s).toDouble(), os[u"Cabecalho"_s][u"nValorTotal"_s].toDouble());
            discountedToPloomes += std::count_if(given.cbegin(), given.cend(), [](double d) { return d > 0; });
        }
        QVERIFY2(
            discountedToOmie > 0 && discountedToPloomes > 0,
            qPrintable(u"%1 discounted lines to Omie, %2 to Ploomes"_s.arg(discountedToOmie).arg(discountedToPloomes)));
    }

    void billingIsFoundWhateverTheDateFilterOfListarPedidosSelects()
    {
        // omie-api.md §7.2: under one reading filtrar_por_data_de cuts by data_previsao, so an old order
        // billed today is outside the change window; Ponte must still see the billing.
        SyncFixture f;
        Sim::OmieReadings disputed;
        disputed.pedidosDateFilterByPrevisao = true;
        f.omie.setReadings(disputed);
        QVERIFY(f.sync(SyncFixture::withBackfill()).status != RunStatus::Failed);
        const QDate today = QDateTime::currentDateTime().toTimeZone(QTimeZone(-3 * 3600)).date();
        qint64 pedidoId = 0;
        for (const QJsonObject &p : f.omie.records(Kind::Order)) {
            const QJsonObject head = p.value(u"cabecalho"_s).toObject();
            const QJsonObject info = p.value(u"infoCadastro"_s).toObject();
            if (QDate::fromString(head.value(u"data_previsao"_s).toString(), u"dd/MM/yyyy"_s) < today
                && info.value(u"faturado"_s).toString() != u"S"_s && info.value(u"cancelado"_s).toString() != u"S"_s) {
                pedidoId = head.value(u"codigo_pedido"_s).toInteger();
                break;
            }
        }
        QVERIFY(pedidoId);
        const QString orderKey = f.fieldKey(u"Id (Omie)"_s, 4);
        qint64 ploomesOrder = 0;
        for (const QJsonObject &o : f.ploomes.records(u"Orders"_s)) {
            if (SyncFixture::other(o, orderKey) == QString::number(pedidoId))
                ploomesOrder = o.value(u"Id"_s).toInteger();
        }
        QVERIFY(ploomesOrder);
        QTest::qWait(1100);
        QVERIFY(
            f.omie.modify(Kind::Order, pedidoId,
                          QJsonObject{{u"cabecalho"_s, QJsonObject{{u"etapa"_s, u"60"_s}}},
                                      {u"infoCadastro"_s, QJsonObject{{u"faturado"_s, u"S"_s},
                                                                      {u"dFat"_s, today.toString(u"dd/MM/yyyy"_s)}}}}));
        const SyncSummary billed = f.sync();
        QCOMPARE(SyncFixture::countOf(billed, Entity::Order, Direction::OmieToPloomes, &RunCounters::updated), 1);
        QCOMPARE(SyncFixture::other(*f.ploomes.record(u"Orders"_s, ploomesOrder), f.fieldKey(u"Situação (Omie)"_s, 4)),
                 QCoreApplication::translate("Ponte::Mapper", "Billed"));
        QCOMPARE(f.omie.violations().total(), 0);
    }
};

QTEST_GUILESS_MAIN(TstSyncE2E)
#include "tst_sync_e2e.moc"
