// Identity without extra Omie writes (DESIGN.md §1): an Omie-native client is remembered by "Id (Omie)" in
// Ploomes and by the couplings, never by a back-link written into Omie.
#include "store/couplingrepository.h"
#include "store/queuerepository.h"
#include "store/runrepository.h"
#include "store/webhookeventrepository.h"
#include "syncfixture.h"

using namespace Ponte;
using namespace Ponte::Test;
using Kind = Ponte::Sim::OmieSimulator::Kind;

namespace {
qint64 calls(const Sim::OmieSimulator &omie, const QString &method)
{
    return omie.traffic().byMethod.value(method);
}

/** Omie writes the simulator received, by method name, since the counters were reset. */
qint64 omieWritesExcept(const Sim::OmieSimulator &omie, const QStringList &allowed)
{
    qint64 n = omie.traffic().writes;
    for (const QString &m : allowed)
        n -= calls(omie, m);
    return n;
}

qint64 firstClientId(const Sim::OmieSimulator &omie)
{
    return omie.records(Kind::Client).constFirst().value(u"codigo_cliente_omie"_s).toInteger();
}

/** The Ploomes contact whose "Id (Omie)" is @p omieId. */
QJsonObject contactOf(const SyncFixture &f, qint64 omieId)
{
    const QString key = f.fieldKey(u"Id (Omie)"_s, 1);
    for (const QJsonObject &c : f.ploomes.records(u"Contacts"_s)) {
        if (SyncFixture::other(c, key).toLongLong() == omieId)
            return c;
    }
    return {};
}
/** Ids of the first @p n Ploomes contacts paired with the Omie clients the simulator was seeded with. */
QList<qint64> omieNativeContacts(const SyncFixture &f, const QList<qint64> &seeded, int n)
{
    QList<qint64> ids;
    for (qint64 omieId : seeded) {
        const QJsonObject contact = contactOf(f, omieId);
        if (!contact.isEmpty() && ids.size() < n)
            ids.append(contact.value(u"Id"_s).toInteger());
    }
    return ids;
}

/** The Omie clients that exist before any sync: Omie-native ones. */
QList<qint64> seededClients(const SyncFixture &f)
{
    QList<qint64> ids;
    for (const QJsonObject &c : f.omie.records(Kind::Client))
        ids.append(c.value(u"codigo_cliente_omie"_s).toInteger());
    return ids;
}

QList<RunItem> itemsWithAction(const SyncFixture &f, const SyncSummary &s, ItemAction action)
{
    QList<RunItem> found;
    RunRepository runs(f.profile->database());
    for (const RunItem &i : runs.items(s.runId).value()) {
        if (i.action == action)
            found.append(i);
    }
    return found;
}

SyncOptions full()
{
    SyncOptions o;
    o.full = true;
    return o;
}

SyncOptions fullWithBackfill()
{
    SyncOptions o = SyncFixture::withBackfill();
    o.full = true;
    return o;
}

/** Orders on both sides: Ploomes orders and Omie sales orders. */
struct OrderCounts
{
    int ploomes = 0;
    int omie = 0;
    bool operator==(const OrderCounts &o) const { return ploomes == o.ploomes && omie == o.omie; }
};

// A backfilled account whose order deletions are recreated from the other side.
bool backfilledWithRecreate(SyncFixture &f)
{
    return f.sync(SyncFixture::withBackfill()).status != RunStatus::Failed
           && f.profile->settings().setValue(SettingKey::DeletionOrders, u"recreate"_s).isOk();
}

OrderCounts orderCounts(const SyncFixture &f)
{
    return {f.ploomes.count(u"Orders"_s), f.omie.count(Kind::Order)};
}

/** Deletes the sales order of pair @p index in Ploomes or in Omie; the pair as it was. */
Coupling deleteOrder(SyncFixture &f, int index, bool inPloomes)
{
    const Coupling pair = CouplingRepository(f.profile->database()).all(Entity::Order).value(index);
    const bool removed = inPloomes ? f.ploomes.remove(u"Orders"_s, pair.ploomesId.value_or(0))
                                   : f.omie.remove(Kind::Order, pair.omieId.value_or(0));
    return removed ? pair : Coupling{};
}

/** The next full run creates and deletes no order and leaves @p counts as they are. */
void expectNoOrderWrittenAgain(SyncFixture &f, const OrderCounts &counts)
{
    QTest::qWait(1100);
    f.omie.resetCounters();
    const SyncSummary again = f.sync(fullWithBackfill());
    QCOMPARE(again.status, RunStatus::Succeeded);
    for (Direction d : {Direction::OmieToPloomes, Direction::PloomesToOmie}) {
        QCOMPARE(SyncFixture::countOf(again, Entity::Order, d, &RunCounters::created), 0);
        QCOMPARE(SyncFixture::countOf(again, Entity::Order, d, &RunCounters::deleted), 0);
    }
    QCOMPARE(calls(f.omie, u"IncluirPedido"_s), 0);
    QVERIFY(orderCounts(f) == counts);
}
// The local database is lost: the profile starts again in @p folder with the same settings.
bool loseDatabase(SyncFixture &f, const QString &folder)
{
    auto reopened = Profile::open(folder, f.env);
    if (!reopened.isOk())
        return false;
    for (const QString &key : {SettingKey::OrderContaCorrente, SettingKey::OrderCategoria, SettingKey::OrderParcela,
                               SettingKey::CursorOverlapS, SettingKey::DeletionOrders}) {
        if (!reopened.value()->settings().setValue(key, f.profile->settings().stringValue(key)).isOk())
            return false;
    }
    f.profile = reopened.value();
    return true;
}

/** The pair of a sales order that came from Ploomes: its Omie order carries "PL<Ploomes id>". */
Coupling orderFromPloomes(const SyncFixture &f)
{
    for (const Coupling &c : CouplingRepository(f.profile->database()).all(Entity::Order)) {
        const std::optional<QJsonObject> o = f.omie.record(Kind::Order, c.omieId.value_or(0));
        if (o && c.ploomesId
            && o->value(u"cabecalho"_s).toObject().value(u"codigo_pedido_integracao"_s).toString()
                   == u"PL%1"_s.arg(*c.ploomesId))
            return c;
    }
    return {};
}

} // namespace

class TstIdentity : public QObject
{
    Q_OBJECT

private slots:
    void omieNativeClientsCostNoOmieWrite()
    {
        SyncFixture f;
        // An e-commerce integration keeps its own code in codigo_cliente_integracao.
        const qint64 ecom = firstClientId(f.omie);
        QVERIFY(f.omie.modify(Kind::Client, ecom, QJsonObject{{u"codigo_cliente_integracao"_s, u"ECOM-123"_s}}));
        f.omie.resetCounters();

        const SyncSummary first = f.sync(SyncFixture::withBackfill());
        QVERIFY2(first.status == RunStatus::Succeeded || first.status == RunStatus::Partial, qPrintable(first.error));
        QCOMPARE(calls(f.omie, u"AssociarCodIntCliente"_s), 0);
        // The only Omie writes are the Ploomes-native contacts created there, each with PL<id> in the create.
        const int toOmie = SyncFixture::countOf(first, Entity::Client, Direction::PloomesToOmie, &RunCounters::created);
        QVERIFY(toOmie > 0);
        QCOMPARE(calls(f.omie, u"IncluirCliente"_s), toOmie);
        QCOMPARE(omieWritesExcept(f.omie, {u"IncluirCliente"_s}), 0);
        QCOMPARE(f.omie.record(Kind::Client, ecom)->value(u"codigo_cliente_integracao"_s).toString(), u"ECOM-123"_s);
        int plCodes = 0;
        for (const QJsonObject &c : f.omie.records(Kind::Client))
            plCodes += c.value(u"codigo_cliente_integracao"_s).toString().startsWith(u"PL"_s) ? 1 : 0;
        QCOMPARE(plCodes, toOmie);
        // The Omie-native client is identified in Ploomes by "Id (Omie)".
        const QJsonObject contact = contactOf(f, ecom);
        QVERIFY(!contact.isEmpty());

        // Its data changes in Ploomes: AlterarCliente identifies it by codigo_cliente_omie only.
        QTest::qWait(1100);
        QVERIFY(f.ploomes.modify(u"Contacts"_s, contact.value(u"Id"_s).toInteger(),
                                 QJsonObject{{u"StreetAddressNumber"_s, u"987"_s}}));
        f.omie.resetCounters();
        const SyncSummary second = f.sync();
        QCOMPARE(second.status, RunStatus::Succeeded);
        QCOMPARE(SyncFixture::countOf(second, Entity::Client, Direction::PloomesToOmie, &RunCounters::updated), 1);
        QCOMPARE(calls(f.omie, u"AlterarCliente"_s), 1);
        QCOMPARE(omieWritesExcept(f.omie, {u"AlterarCliente"_s}), 0);
        const QJsonObject after = *f.omie.record(Kind::Client, ecom);
        QCOMPARE(after.value(u"endereco_numero"_s).toString(), u"987"_s);
        QCOMPARE(after.value(u"codigo_cliente_integracao"_s).toString(), u"ECOM-123"_s);
        QCOMPARE(f.omie.violations().total(), 0);
    }

    void lostDatabaseIsRebuiltWithoutAnyOmieWrite()
    {
        SyncFixture f;
        const SyncSummary first = f.sync(SyncFixture::withBackfill());
        QVERIFY2(first.status == RunStatus::Succeeded || first.status == RunStatus::Partial, qPrintable(first.error));
        const int clients = f.omie.count(Kind::Client);
        const int contacts = f.ploomes.count(u"Contacts"_s);
        // Meanwhile an e-commerce integration gives an Omie-native client its own code.
        const qint64 ecom = firstClientId(f.omie);
        QVERIFY(f.omie.modify(Kind::Client, ecom, QJsonObject{{u"codigo_cliente_integracao"_s, u"ECOM-9"_s}}));

        QTest::qWait(1100);
        QTemporaryDir fresh;
        QVERIFY(loseDatabase(f, fresh.path()));
        f.omie.resetCounters();

        SyncOptions rebuild = SyncFixture::withBackfill();
        rebuild.full = true;
        const SyncSummary relinked = f.sync(rebuild);
        QVERIFY2(relinked.status == RunStatus::Succeeded || relinked.status == RunStatus::Partial,
                 qPrintable(relinked.error));
        QCOMPARE(f.omie.traffic().writes, 0);
        QCOMPARE(f.omie.count(Kind::Client), clients);
        QCOMPARE(f.ploomes.count(u"Contacts"_s), contacts);
        QCOMPARE(SyncFixture::maxCount(f.ploomesByOmieId(u"Contacts"_s, 1)), 1);
        QCOMPARE(SyncFixture::maxCount(f.omieClientsByCode()), 1);
        QCOMPARE(f.omie.record(Kind::Client, ecom)->value(u"codigo_cliente_integracao"_s).toString(), u"ECOM-9"_s);
        for (const RunCounters &c : relinked.counters)
            QVERIFY2(c.created == 0, qPrintable(entityName(c.entity) + u' ' + directionName(c.direction)));
    }

    void plCodesOfOlderInstallationsStayValidAndTheirQueuedBackLinksAreDropped()
    {
        SyncFixture f;
        const QList<qint64> seeded = seededClients(f);
        QVERIFY(f.sync(SyncFixture::withBackfill()).status != RunStatus::Failed);
        // An older Ponte wrote PL<contact id> into an Omie-native client and left another back-link queued.
        const qint64 written = seeded.at(0);
        const qint64 writtenContact = contactOf(f, written).value(u"Id"_s).toInteger();
        QVERIFY(
            f.omie.modify(Kind::Client, written,
                          QJsonObject{{u"codigo_cliente_integracao"_s, u"PL"_s + QString::number(writtenContact)}}));
        const qint64 queued = seeded.at(1);
        const qint64 queuedContact = contactOf(f, queued).value(u"Id"_s).toInteger();
        QueueRepository queue(f.profile->database());
        const QString payload = u"{\"omie\":%1,\"ploomes\":%2}"_s.arg(queued).arg(queuedContact);
        QVERIFY(queue.enqueue(u"clients:ploomes-to-omie:xref:"_s + QString::number(queued), Entity::Client,
                              Direction::PloomesToOmie, u"xref"_s, payload, 0, QDateTime::currentMSecsSinceEpoch()));
        QTest::qWait(1100);
        f.omie.resetCounters();

        const SyncSummary s = f.sync(full());
        QCOMPARE(s.status, RunStatus::Succeeded);
        QCOMPARE(calls(f.omie, u"AssociarCodIntCliente"_s), 0);
        QCOMPARE(f.omie.traffic().writes, 0);
        QCOMPARE(f.omie.record(Kind::Client, queued)->value(u"codigo_cliente_integracao"_s).toString(), QString());
        QVERIFY(queue.pending().isEmpty());
        // The PL code an older version wrote is left as it is and still names the same pair.
        QCOMPARE(f.omie.record(Kind::Client, written)->value(u"codigo_cliente_integracao"_s).toString(),
                 u"PL"_s + QString::number(writtenContact));
        CouplingRepository couplings(f.profile->database());
        QCOMPARE(couplings.findByOmieId(Entity::Client, written)->ploomesId.value_or(0), writtenContact);
    }

    void contactsDeletedInPloomesAreUnlinkedAndReported()
    {
        // Measured before: 6 of 66 contacts deleted in Ploomes, and both kinds of run said "unchanged 60".
        SyncFixture f;
        const QList<qint64> seeded = seededClients(f);
        QVERIFY(f.sync(SyncFixture::withBackfill()).status != RunStatus::Failed);
        const QList<qint64> deleted = omieNativeContacts(f, seeded, 3);
        QCOMPARE(deleted.size(), 3);
        for (qint64 id : deleted)
            QVERIFY(f.ploomes.remove(u"Contacts"_s, id));
        const int contacts = f.ploomes.count(u"Contacts"_s);
        const int clients = f.omie.count(Kind::Client);
        QTest::qWait(1100);
        f.omie.resetCounters();

        const SyncSummary s = f.sync(full());
        QCOMPARE(s.status, RunStatus::Succeeded);
        QCOMPARE(SyncFixture::countOf(s, Entity::Client, Direction::PloomesToOmie, &RunCounters::deleted), 3);
        QCOMPARE(s.toJson()[u"entities"_s][u"clients"_s][u"ploomes-to-omie"_s][u"deleted"_s].toInt(), 3);
        // Unlink and report (the default): nothing recreated, nothing deleted in Omie, no Omie write at all.
        QCOMPARE(SyncFixture::countOf(s, Entity::Client, Direction::OmieToPloomes, &RunCounters::created), 0);
        QCOMPARE(f.ploomes.count(u"Contacts"_s), contacts);
        QCOMPARE(f.omie.count(Kind::Client), clients);
        QCOMPARE(f.omie.traffic().writes, 0);
        const QList<RunItem> items = itemsWithAction(f, s, ItemAction::Unlink);
        QCOMPARE(items.size(), 3);
        for (const RunItem &i : items) {
            QVERIFY2(i.message.contains(u"Deleted in Ploomes"_s), qPrintable(i.message));
            QVERIFY(deleted.contains(*i.ploomesId));
            QVERIFY(!i.label.isEmpty());
        }
        CouplingRepository couplings(f.profile->database());
        for (qint64 id : deleted)
            QVERIFY(!couplings.findByPloomesId(Entity::Client, id));

        // Later runs do not bring the unlinked clients back, and report them as skipped.
        const SyncSummary again = f.sync(full());
        QCOMPARE(again.status, RunStatus::Succeeded);
        QCOMPARE(SyncFixture::countOf(again, Entity::Client, Direction::PloomesToOmie, &RunCounters::deleted), 0);
        QCOMPARE(SyncFixture::countOf(again, Entity::Client, Direction::OmieToPloomes, &RunCounters::created), 0);
        QCOMPARE(SyncFixture::countOf(again, Entity::Client, Direction::OmieToPloomes, &RunCounters::skipped), 3);
        QCOMPARE(f.ploomes.count(u"Contacts"_s), contacts);
        QCOMPARE(SyncFixture::writes(again), 0);
    }

    void recreatePolicyCreatesTheContactAgain()
    {
        SyncFixture f;
        const QList<qint64> seeded = seededClients(f);
        QVERIFY(f.sync(SyncFixture::withBackfill()).status != RunStatus::Failed);
        QVERIFY(f.profile->settings().setValue(SettingKey::DeletionClients, u"recreate"_s).isOk());
        const QList<qint64> deleted = omieNativeContacts(f, seeded, 2);
        QCOMPARE(deleted.size(), 2);
        for (qint64 id : deleted)
            QVERIFY(f.ploomes.remove(u"Contacts"_s, id));
        const int contacts = f.ploomes.count(u"Contacts"_s);
        QTest::qWait(1100);

        const SyncSummary s = f.sync(full());
        QCOMPARE(s.status, RunStatus::Succeeded);
        QCOMPARE(SyncFixture::countOf(s, Entity::Client, Direction::PloomesToOmie, &RunCounters::deleted), 2);
        QCOMPARE(SyncFixture::countOf(s, Entity::Client, Direction::OmieToPloomes, &RunCounters::created), 2);
        QCOMPARE(itemsWithAction(f, s, ItemAction::Recreate).size(), 2);
        QCOMPARE(f.ploomes.count(u"Contacts"_s), contacts + 2);
        QCOMPARE(SyncFixture::maxCount(f.ploomesByOmieId(u"Contacts"_s, 1)), 1);
    }

    void mirrorPolicyDeletesTheContactOfAClientDeletedInOmie()
    {
        SyncFixture f;
        QVERIFY(f.sync(SyncFixture::withBackfill()).status != RunStatus::Failed);
        QVERIFY(f.profile->settings().setValue(SettingKey::DeletionClients, u"mirror"_s).isOk());
        const qint64 omieId = firstClientId(f.omie);
        const qint64 contactId = contactOf(f, omieId).value(u"Id"_s).toInteger();
        QVERIFY(contactId);
        QVERIFY(f.omie.remove(Kind::Client, omieId));
        QTest::qWait(1100);

        const SyncSummary s = f.sync(full());
        QCOMPARE(s.status, RunStatus::Succeeded);
        QCOMPARE(SyncFixture::countOf(s, Entity::Client, Direction::OmieToPloomes, &RunCounters::deleted), 1);
        QCOMPARE(SyncFixture::countOf(s, Entity::Client, Direction::PloomesToOmie, &RunCounters::created), 0);
        const QList<RunItem> items = itemsWithAction(f, s, ItemAction::Mirror);
        QCOMPARE(items.size(), 1);
        QVERIFY2(items.first().message.contains(u"Deleted in Omie"_s), qPrintable(items.first().message));
        bool stillThere = false;
        for (const QJsonObject &c : f.ploomes.records(u"Contacts"_s))
            stillThere = stillThere || c.value(u"Id"_s).toInteger() == contactId;
        QVERIFY(!stillThere);
    }

    void aDeletionWebhookIsConfirmedAndHandledInAnIncrementalRun()
    {
        SyncFixture f;
        const QList<qint64> seeded = seededClients(f);
        QVERIFY(f.sync(SyncFixture::withBackfill()).status != RunStatus::Failed);
        const qint64 deleted = seeded.at(1);
        const qint64 spurious = seeded.at(2);
        QVERIFY(f.omie.remove(Kind::Client, deleted));
        // The receiver stored two ClienteFornecedor.Excluido events; only one client is really gone.
        WebhookEventRepository events(f.profile->database());
        bool isNew = false;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(events.add({u"omie"_s, u"m-1"_s, u"ClienteFornecedor.Excluido"_s, Entity::Client, deleted}, now, &isNew)
                    .isOk());
        QVERIFY(
            events.add({u"omie"_s, u"m-2"_s, u"clientefornecedor.excluido"_s, Entity::Client, spurious}, now, &isNew)
                .isOk());
        QVERIFY(events.markAllProcessed(now).isOk());
        QTest::qWait(1100);

        const SyncSummary s = f.sync(); // incremental: only the webhook names the deletion
        QCOMPARE(s.status, RunStatus::Succeeded);
        QCOMPARE(SyncFixture::countOf(s, Entity::Client, Direction::OmieToPloomes, &RunCounters::deleted), 1);
        const QList<RunItem> items = itemsWithAction(f, s, ItemAction::Unlink);
        QCOMPARE(items.size(), 1);
        QCOMPARE(*items.first().omieId, deleted);
        CouplingRepository couplings(f.profile->database());
        QVERIFY(!couplings.findByOmieId(Entity::Client, deleted));
        QVERIFY(couplings.findByOmieId(Entity::Client, spurious));
        QVERIFY(!contactOf(f, deleted).isEmpty()); // unlinked, not mirrored
    }

    void mirrorPolicyDeletesTheOmieClientOfAContactDeletedInPloomes()
    {
        SyncFixture f;
        const QList<qint64> seeded = seededClients(f);
        QVERIFY(f.sync(SyncFixture::withBackfill()).status != RunStatus::Failed);
        QVERIFY(f.profile->settings().setValue(SettingKey::DeletionClients, u"mirror"_s).isOk());
        const qint64 omieId = seeded.at(3);
        QVERIFY(f.ploomes.remove(u"Contacts"_s, contactOf(f, omieId).value(u"Id"_s).toInteger()));
        QTest::qWait(1100);
        f.omie.resetCounters();

        const SyncSummary s = f.sync(full());
        QCOMPARE(s.status, RunStatus::Succeeded);
        QCOMPARE(SyncFixture::countOf(s, Entity::Client, Direction::PloomesToOmie, &RunCounters::deleted), 1);
        QCOMPARE(calls(f.omie, u"ExcluirCliente"_s), 1);
        QCOMPARE(f.omie.traffic().writes, 1);
        QVERIFY(!f.omie.record(Kind::Client, omieId));
        QCOMPARE(itemsWithAction(f, s, ItemAction::Mirror).size(), 1);
    }

    void anOrderDeletedInPloomesIsFoundByAFullRunAndNotImportedAgain()
    {
        SyncFixture f;
        QVERIFY(f.sync(SyncFixture::withBackfill()).status != RunStatus::Failed);
        CouplingRepository couplings(f.profile->database());
        const QList<Coupling> pairs = couplings.all(Entity::Order);
        QVERIFY(!pairs.isEmpty());
        const Coupling gone = pairs.constFirst();
        QVERIFY(f.ploomes.remove(u"Orders"_s, *gone.ploomesId));
        const int orders = f.ploomes.count(u"Orders"_s);
        QTest::qWait(1100);

        SyncOptions o = SyncFixture::withBackfill();
        o.full = true;
        const SyncSummary s = f.sync(o);
        QCOMPARE(s.status, RunStatus::Succeeded);
        QCOMPARE(SyncFixture::countOf(s, Entity::Order, Direction::PloomesToOmie, &RunCounters::deleted), 1);
        QCOMPARE(SyncFixture::countOf(s, Entity::Order, Direction::OmieToPloomes, &RunCounters::created), 0);
        QCOMPARE(f.ploomes.count(u"Orders"_s), orders);
        QVERIFY(!couplings.findById(gone.id));
        QCOMPARE(itemsWithAction(f, s, ItemAction::Unlink).size(), 1);
    }

    void anOrderDeletedInOmieIsFoundByAFullRunWithoutAWebhook()
    {
        // No webhook reaches Ponte: a --full run lists every Omie order and confirms each missing pair by id.
        SyncFixture f;
        QVERIFY(f.sync(SyncFixture::withBackfill()).status != RunStatus::Failed);
        CouplingRepository couplings(f.profile->database());
        const QList<Coupling> sales = couplings.all(Entity::Order);
        const QList<Coupling> services = couplings.all(Entity::ServiceOrder);
        QVERIFY(sales.size() >= 3);
        QVERIFY(!services.isEmpty());
        const Coupling sale = sales.at(0);
        const Coupling service = services.at(0);
        QVERIFY(f.omie.remove(Kind::Order, *sale.omieId));
        QVERIFY(f.omie.remove(Kind::ServiceOrder, *service.omieId));
        // A cancelled and a billed order are statuses, not deletions.
        QVERIFY(f.omie.modify(Kind::Order, *sales.at(1).omieId,
                              QJsonObject{{u"infoCadastro"_s, QJsonObject{{u"cancelado"_s, u"S"_s}}}}));
        QVERIFY(f.omie.modify(Kind::Order, *sales.at(2).omieId,
                              QJsonObject{{u"infoCadastro"_s, QJsonObject{{u"faturado"_s, u"S"_s}}}}));
        const int orders = f.ploomes.count(u"Orders"_s);
        QTest::qWait(1100);
        f.omie.resetCounters();

        SyncOptions o = SyncFixture::withBackfill();
        o.full = true;
        const SyncSummary s = f.sync(o);
        QCOMPARE(s.status, RunStatus::Succeeded);
        QCOMPARE(SyncFixture::countOf(s, Entity::Order, Direction::OmieToPloomes, &RunCounters::deleted), 1);
        QCOMPARE(SyncFixture::countOf(s, Entity::ServiceOrder, Direction::OmieToPloomes, &RunCounters::deleted), 1);
        QVERIFY(!couplings.findById(sale.id));
        QVERIFY(!couplings.findById(service.id));
        QCOMPARE(couplings.count(Entity::Order), int(sales.size()) - 1);
        QCOMPARE(couplings.count(Entity::ServiceOrder), int(services.size()) - 1);
        // Unlink and report (the default): the Ploomes orders stay, nothing is written to Omie.
        QCOMPARE(f.ploomes.count(u"Orders"_s), orders);
        QCOMPARE(f.omie.traffic().writes, 0);
        const QList<RunItem> items = itemsWithAction(f, s, ItemAction::Unlink);
        QCOMPARE(items.size(), 2);
        for (const RunItem &i : items)
            QVERIFY2(i.message.contains(u"Deleted in Omie"_s), qPrintable(i.message));
        // The cost is bounded: pages of 500, one look-up per missing pair, no identical request within 60 s.
        QCOMPARE(f.omie.traffic().largestPageAsked.value(u"ListarPedidos"_s), 500);
        QCOMPARE(f.omie.traffic().largestPageAsked.value(u"ListarOS"_s), 500);
        QCOMPARE(calls(f.omie, u"ConsultarPedido"_s), 1);
        QCOMPARE(calls(f.omie, u"ConsultarOS"_s), 1);
        QCOMPARE(f.omie.violations().redundant, 0);

        // The Ploomes orders left are neither sent to Omie again nor reported as deleted a second time.
        QTest::qWait(1100);
        f.omie.resetCounters();
        const SyncSummary again = f.sync(o);
        QCOMPARE(again.status, RunStatus::Succeeded);
        for (const RunCounters &c : again.counters)
            QCOMPARE(c.deleted, 0);
        QCOMPARE(calls(f.omie, u"IncluirPedido"_s), 0);
        QCOMPARE(calls(f.omie, u"IncluirOS"_s), 0);
        QCOMPARE(f.omie.violations().redundant, 0);
    }

    void mirrorPolicyDeletesThePloomesOrderOfAnOrderDeletedInOmie()
    {
        SyncFixture f;
        QVERIFY(f.sync(SyncFixture::withBackfill()).status != RunStatus::Failed);
        QVERIFY(f.profile->settings().setValue(SettingKey::DeletionOrders, u"mirror"_s).isOk());
        CouplingRepository couplings(f.profile->database());
        const Coupling sale = couplings.all(Entity::Order).constFirst();
        QVERIFY(f.omie.remove(Kind::Order, *sale.omieId));
        const int orders = f.ploomes.count(u"Orders"_s);
        QTest::qWait(1100);

        SyncOptions o = SyncFixture::withBackfill();
        o.full = true;
        const SyncSummary s = f.sync(o);
        QCOMPARE(s.status, RunStatus::Succeeded);
        QCOMPARE(SyncFixture::countOf(s, Entity::Order, Direction::OmieToPloomes, &RunCounters::deleted), 1);
        QCOMPARE(f.ploomes.count(u"Orders"_s), orders - 1);
        bool stillThere = false;
        for (const QJsonObject &p : f.ploomes.records(u"Orders"_s))
            stillThere = stillThere || p.value(u"Id"_s).toInteger() == *sale.ploomesId;
        QVERIFY(!stillThere);
        const QList<RunItem> items = itemsWithAction(f, s, ItemAction::Mirror);
        QCOMPARE(items.size(), 1);
        QVERIFY2(items.first().message.contains(u"deleted in Ploomes too"_s), qPrintable(items.first().message));
    }

    void aPolicyChangedToRecreateBringsBackContactsAnEarlierRunLeftUnlinked()
    {
        SyncFixture f;
        const QList<qint64> seeded = seededClients(f);
        QVERIFY(f.sync(SyncFixture::withBackfill()).status != RunStatus::Failed);
        const QList<qint64> deleted = omieNativeContacts(f, seeded, 2);
        QCOMPARE(deleted.size(), 2);
        for (qint64 id : deleted)
            QVERIFY(f.ploomes.remove(u"Contacts"_s, id));
        const int contacts = f.ploomes.count(u"Contacts"_s);
        QTest::qWait(1100);
        const SyncSummary unlinked = f.sync(full()); // the default policy: unlink and report
        QCOMPARE(SyncFixture::countOf(unlinked, Entity::Client, Direction::PloomesToOmie, &RunCounters::deleted), 2);
        QCOMPARE(f.ploomes.count(u"Contacts"_s), contacts);

        // The administrator switches to "recreate": the next full run creates the two contacts again.
        QVERIFY(f.profile->settings().setValue(SettingKey::DeletionClients, u"recreate"_s).isOk());
        QTest::qWait(1100);
        const SyncSummary s = f.sync(full());
        QCOMPARE(s.status, RunStatus::Succeeded);
        QCOMPARE(SyncFixture::countOf(s, Entity::Client, Direction::OmieToPloomes, &RunCounters::created), 2);
        QCOMPARE(SyncFixture::countOf(s, Entity::Client, Direction::OmieToPloomes, &RunCounters::skipped), 0);
        QCOMPARE(f.ploomes.count(u"Contacts"_s), contacts + 2);
        QCOMPARE(SyncFixture::maxCount(f.ploomesByOmieId(u"Contacts"_s, 1)), 1);
        CouplingRepository couplings(f.profile->database());
        for (qint64 omieId : seeded) {
            if (contactOf(f, omieId).isEmpty())
                continue;
            QVERIFY(couplings.findByOmieId(Entity::Client, omieId));
        }

        // Back to "unlink": the contacts brought back stay paired and are synced like any other.
        QVERIFY(f.profile->settings().setValue(SettingKey::DeletionClients, u"unlink"_s).isOk());
        QTest::qWait(1100);
        const SyncSummary after = f.sync(full());
        QCOMPARE(after.status, RunStatus::Succeeded);
        QCOMPARE(SyncFixture::countOf(after, Entity::Client, Direction::OmieToPloomes, &RunCounters::skipped), 0);
        QCOMPARE(SyncFixture::countOf(after, Entity::Client, Direction::OmieToPloomes, &RunCounters::created), 0);
        QCOMPARE(f.ploomes.count(u"Contacts"_s), contacts + 2);
    }

    void recreatePolicyImportsAnOrderDeletedInPloomesAgain()
    {
        SyncFixture f;
        QVERIFY(backfilledWithRecreate(f));
        const Coupling gone = deleteOrder(f, 0, true);
        QVERIFY(gone.omieId);
        const OrderCounts before = orderCounts(f);
        QTest::qWait(1100);

        const SyncSummary s = f.sync(fullWithBackfill());
        QCOMPARE(s.status, RunStatus::Succeeded);
        QCOMPARE(SyncFixture::countOf(s, Entity::Order, Direction::PloomesToOmie, &RunCounters::deleted), 1);
        QCOMPARE(SyncFixture::countOf(s, Entity::Order, Direction::OmieToPloomes, &RunCounters::created), 1);
        const QJsonObject json = s.toJson()[u"entities"_s][u"orders"_s].toObject();
        QCOMPARE(json[u"ploomes-to-omie"_s][u"deleted"_s].toInt(), 1);
        QCOMPARE(json[u"omie-to-ploomes"_s][u"created"_s].toInt(), 1);
        const QList<RunItem> items = itemsWithAction(f, s, ItemAction::Recreate);
        QCOMPARE(items.size(), 1);
        QVERIFY2(items.first().message.contains(u"created there again from Omie"_s), qPrintable(items.first().message));
        // One new Ploomes order for the Omie order that is left, carrying its id; Omie is untouched.
        const OrderCounts after{before.ploomes + 1, before.omie};
        QVERIFY(orderCounts(f) == after);
        const std::optional<Coupling> back =
            CouplingRepository(f.profile->database()).findByOmieId(Entity::Order, *gone.omieId);
        QVERIFY(back);
        QVERIFY(*back->ploomesId != *gone.ploomesId);
        QCOMPARE(f.ploomesByOmieId(u"Orders"_s, 4).value(QString::number(*gone.omieId)), 1);
        QCOMPARE(SyncFixture::maxCount(f.ploomesByOmieId(u"Orders"_s, 4)), 1);
        // Never two orders for one: the next run finds the pair.
        expectNoOrderWrittenAgain(f, after);
    }

    void recreatePolicyCreatesAnOrderDeletedInOmieAgainFromPloomes()
    {
        SyncFixture f;
        QVERIFY(backfilledWithRecreate(f));
        const Coupling sale = deleteOrder(f, 0, false);
        QVERIFY(sale.ploomesId);
        const OrderCounts before = orderCounts(f);
        QTest::qWait(1100);
        f.omie.resetCounters();

        const SyncSummary s = f.sync(fullWithBackfill());
        QCOMPARE(s.status, RunStatus::Succeeded);
        QCOMPARE(SyncFixture::countOf(s, Entity::Order, Direction::OmieToPloomes, &RunCounters::deleted), 1);
        QCOMPARE(SyncFixture::countOf(s, Entity::Order, Direction::PloomesToOmie, &RunCounters::created), 1);
        const QList<RunItem> items = itemsWithAction(f, s, ItemAction::Recreate);
        QCOMPARE(items.size(), 1);
        QVERIFY2(items.first().message.contains(u"created there again from Ploomes"_s),
                 qPrintable(items.first().message));
        QCOMPARE(calls(f.omie, u"IncluirPedido"_s), 1);
        const OrderCounts after{before.ploomes, before.omie + 1};
        QVERIFY(orderCounts(f) == after);
        // The new Omie order carries the Ploomes order's identity, and Ploomes learns its new Omie id.
        const std::optional<Coupling> back =
            CouplingRepository(f.profile->database()).findByPloomesId(Entity::Order, *sale.ploomesId);
        QVERIFY(back);
        QVERIFY(*back->omieId != *sale.omieId);
        bool coded = false;
        for (const QJsonObject &o : f.omie.records(Kind::Order)) {
            const QJsonObject head = o.value(u"cabecalho"_s).toObject();
            if (head.value(u"codigo_pedido"_s).toInteger() == *back->omieId)
                coded = head.value(u"codigo_pedido_integracao"_s).toString() == u"PL%1"_s.arg(*sale.ploomesId);
        }
        QVERIFY(coded);
        QCOMPARE(f.ploomesByOmieId(u"Orders"_s, 4).value(QString::number(*back->omieId)), 1);
        QCOMPARE(f.ploomesByOmieId(u"Orders"_s, 4).value(QString::number(*sale.omieId)), 0);
        // Never two orders for one: the next run sends nothing to Omie.
        expectNoOrderWrittenAgain(f, after);
    }

    void recreateFallsBackToUnlinkingWhenThatDirectionDoesNotFlow()
    {
        SyncFixture f;
        QVERIFY(backfilledWithRecreate(f));
        const Coupling sale = deleteOrder(f, 0, false);
        QVERIFY(sale.ploomesId);
        const OrderCounts before = orderCounts(f);
        QTest::qWait(1100);
        f.omie.resetCounters();

        // Only Omie → Ploomes flows: nothing can create the order in Omie again.
        SyncOptions o = fullWithBackfill();
        o.direction = Direction::OmieToPloomes;
        const SyncSummary s = f.sync(o);
        QCOMPARE(s.status, RunStatus::Succeeded);
        QCOMPARE(SyncFixture::countOf(s, Entity::Order, Direction::OmieToPloomes, &RunCounters::deleted), 1);
        QCOMPARE(itemsWithAction(f, s, ItemAction::Recreate).size(), 0);
        const QList<RunItem> items = itemsWithAction(f, s, ItemAction::Unlink);
        QCOMPARE(items.size(), 1);
        QVERIFY2(items.first().message.contains(u"cannot be applied"_s), qPrintable(items.first().message));
        QCOMPARE(f.omie.traffic().writes, 0);
        QVERIFY(orderCounts(f) == before);
        CouplingRepository couplings(f.profile->database());
        QVERIFY(!couplings.findByPloomesId(Entity::Order, *sale.ploomesId));

        // With the flow back on, the policy (still "recreate") brings it back, like an earlier run's unlinking.
        QTest::qWait(1100);
        f.omie.resetCounters();
        const SyncSummary both = f.sync(fullWithBackfill());
        QCOMPARE(both.status, RunStatus::Succeeded);
        QCOMPARE(calls(f.omie, u"IncluirPedido"_s), 1);
        QCOMPARE(SyncFixture::countOf(both, Entity::Order, Direction::PloomesToOmie, &RunCounters::created), 1);
        QVERIFY(couplings.findByPloomesId(Entity::Order, *sale.ploomesId));
    }

    void aPolicyChangedToRecreateBringsBackOrdersAnEarlierRunLeftUnlinked()
    {
        SyncFixture f;
        QVERIFY(f.sync(SyncFixture::withBackfill()).status != RunStatus::Failed);
        const Coupling inPloomes = deleteOrder(f, 0, true);
        const Coupling inOmie = deleteOrder(f, 1, false);
        QVERIFY(inPloomes.omieId && inOmie.ploomesId);
        const OrderCounts before = orderCounts(f);
        QTest::qWait(1100);
        const SyncSummary unlinked = f.sync(fullWithBackfill()); // the default policy: unlink and report
        QCOMPARE(itemsWithAction(f, unlinked, ItemAction::Unlink).size(), 2);
        QVERIFY(orderCounts(f) == before);

        // The administrator switches to "recreate": the next run brings both back, one on each side.
        QVERIFY(f.profile->settings().setValue(SettingKey::DeletionOrders, u"recreate"_s).isOk());
        QTest::qWait(1100);
        const SyncSummary s = f.sync(SyncFixture::withBackfill()); // an incremental run is enough for orders
        QCOMPARE(s.status, RunStatus::Succeeded);
        for (Direction d : {Direction::OmieToPloomes, Direction::PloomesToOmie}) {
            QCOMPARE(SyncFixture::countOf(s, Entity::Order, d, &RunCounters::created), 1);
            QCOMPARE(SyncFixture::countOf(s, Entity::Order, d, &RunCounters::skipped), 0);
        }
        const OrderCounts after{before.ploomes + 1, before.omie + 1};
        QVERIFY(orderCounts(f) == after);
        CouplingRepository couplings(f.profile->database());
        QVERIFY(couplings.findByOmieId(Entity::Order, *inPloomes.omieId));
        QVERIFY(couplings.findByPloomesId(Entity::Order, *inOmie.ploomesId));
        QCOMPARE(SyncFixture::maxCount(f.ploomesByOmieId(u"Orders"_s, 4)), 1);

        // Back to "unlink": the orders brought back stay paired, and nothing is created a second time.
        QVERIFY(f.profile->settings().setValue(SettingKey::DeletionOrders, u"unlink"_s).isOk());
        expectNoOrderWrittenAgain(f, after);
    }

    void aRecreatedOrderKeepsItsNewPairWhenTheDatabaseIsLost()
    {
        Sim::SampleSizes sizes = SyncFixture::defaultSizes();
        sizes.ploomesOnlyOrders = 2;
        SyncFixture f(sizes);
        SyncOptions both = fullWithBackfill();
        both.backfillPloomesOrdersSince = QDate(2020, 1, 1);
        QCOMPARE(f.sync(both).status, RunStatus::Succeeded);
        QVERIFY(f.profile->settings().setValue(SettingKey::DeletionOrders, u"recreate"_s).isOk());
        // An order that came from Ploomes is deleted there and imported again from Omie: its Omie order
        // still carries the code of the deleted one.
        const Coupling origin = orderFromPloomes(f);
        QVERIFY(origin.omieId && origin.ploomesId);
        QVERIFY(f.ploomes.remove(u"Orders"_s, *origin.ploomesId));
        QTest::qWait(1100);
        QCOMPARE(SyncFixture::countOf(f.sync(fullWithBackfill()), Entity::Order, Direction::OmieToPloomes,
                                      &RunCounters::created),
                 1);
        const qint64 recreated =
            CouplingRepository(f.profile->database()).findByOmieId(Entity::Order, *origin.omieId)->ploomesId.value();
        const OrderCounts counts = orderCounts(f);

        QTest::qWait(1100);
        QTemporaryDir fresh;
        QVERIFY(loseDatabase(f, fresh.path()));
        f.omie.resetCounters();
        const SyncSummary s = f.sync(fullWithBackfill());
        QString failures;
        for (const RunItem &i : RunRepository(f.profile->database()).items(s.runId).value()) {
            if (i.outcome == ItemOutcome::Failed)
                failures += i.label + u": "_s + i.message + u'\n';
        }
        QVERIFY2(s.status == RunStatus::Succeeded, qPrintable(s.error + failures));
        // The Ploomes order that holds its id now stands for it, not the deleted one its code names.
        const std::optional<Coupling> pair =
            CouplingRepository(f.profile->database()).findByOmieId(Entity::Order, *origin.omieId);
        QVERIFY(pair);
        QCOMPARE(pair->ploomesId.value_or(0), recreated);
        for (Direction d : {Direction::OmieToPloomes, Direction::PloomesToOmie}) {
            QCOMPARE(SyncFixture::countOf(s, Entity::Order, d, &RunCounters::created), 0);
            QCOMPARE(SyncFixture::countOf(s, Entity::Order, d, &RunCounters::failed), 0);
        }
        QCOMPARE(f.omie.traffic().writes, 0);
        QVERIFY(orderCounts(f) == counts);
        expectNoOrderWrittenAgain(f, counts);
    }

    void recreatedOrdersWhoseAnswersAreLostAreFoundNotCreatedTwice()
    {
        SyncFixture f;
        QVERIFY(backfilledWithRecreate(f));
        const Coupling inPloomes = deleteOrder(f, 0, true);
        const Coupling inOmie = deleteOrder(f, 1, false);
        QVERIFY(inPloomes.omieId && inOmie.ploomesId);
        const OrderCounts before = orderCounts(f);
        QTest::qWait(1100);

        // Every write is applied and its answer lost: the outcome of each create is unknown to Ponte.
        Sim::FaultConfig lost;
        lost.lostWriteReply = 1.0;
        f.omie.setFaults(lost);
        f.ploomes.setFaults(lost);
        f.sync(fullWithBackfill());
        f.omie.setFaults({});
        f.ploomes.setFaults({});
        QTest::qWait(1100);
        const SyncSummary s = f.sync(fullWithBackfill());
        QVERIFY2(s.status == RunStatus::Succeeded, qPrintable(s.error));
        QVERIFY(f.ploomes.traffic().faultsInjected > 0);
        const OrderCounts after{before.ploomes + 1, before.omie + 1};
        QVERIFY(orderCounts(f) == after);
        CouplingRepository couplings(f.profile->database());
        QVERIFY(couplings.findByOmieId(Entity::Order, *inPloomes.omieId));
        QVERIFY(couplings.findByPloomesId(Entity::Order, *inOmie.ploomesId));
        QCOMPARE(SyncFixture::maxCount(f.ploomesByOmieId(u"Orders"_s, 4)), 1);
        int coded = 0;
        for (const QJsonObject &o : f.omie.records(Kind::Order))
            coded += o.value(u"cabecalho"_s).toObject().value(u"codigo_pedido_integracao"_s).toString()
                     == u"PL%1"_s.arg(*inOmie.ploomesId);
        QCOMPARE(coded, 1);
        expectNoOrderWrittenAgain(f, after);
    }

    void anEmptyThrottledListingProvesNoDeletion()
    {
        SyncFixture f;
        QVERIFY(f.sync(SyncFixture::withBackfill()).status != RunStatus::Failed);
        CouplingRepository couplings(f.profile->database());
        const int pairs = couplings.count(Entity::Client);
        QTest::qWait(1100);
        // Throttled Ploomes answers 200 with an empty value, the confirmation read included (§7.3).
        Sim::PloomesQuirks quirks;
        quirks.throttledEmptyReads = 2;
        quirks.throttledEmptyCollection = u"Contacts"_s;
        f.ploomes.setQuirks(quirks);
        SyncOptions o = full();
        o.entities = {Entity::Client};
        const SyncSummary s = f.sync(o);
        for (const RunCounters &c : s.counters)
            QCOMPARE(c.deleted, 0);
        QCOMPARE(couplings.count(Entity::Client), pairs);
        QVERIFY(itemsWithAction(f, s, ItemAction::Unlink).isEmpty());
    }

    void productsDeletedOnEitherSideAreUnlinkedNotRecreated()
    {
        SyncFixture f;
        QVERIFY(f.sync(SyncFixture::withBackfill()).status != RunStatus::Failed);
        CouplingRepository couplings(f.profile->database());
        const QList<Coupling> pairs = couplings.all(Entity::Product);
        QVERIFY(pairs.size() >= 2);
        const Coupling goneInOmie = pairs.at(0);
        const Coupling goneInPloomes = pairs.at(1);
        QVERIFY(f.omie.remove(Kind::Product, *goneInOmie.omieId));
        QVERIFY(f.ploomes.remove(u"Products"_s, *goneInPloomes.ploomesId));
        const int products = f.ploomes.count(u"Products"_s);
        QTest::qWait(1100);

        const SyncSummary s = f.sync(full());
        QCOMPARE(s.status, RunStatus::Succeeded);
        // Products have one direction: both deletions are counted there.
        QCOMPARE(SyncFixture::countOf(s, Entity::Product, Direction::OmieToPloomes, &RunCounters::deleted), 2);
        QCOMPARE(SyncFixture::countOf(s, Entity::Product, Direction::OmieToPloomes, &RunCounters::created), 0);
        QCOMPARE(f.ploomes.count(u"Products"_s), products);
        QCOMPARE(itemsWithAction(f, s, ItemAction::Unlink).size(), 2);
        QVERIFY(!couplings.findById(goneInOmie.id));
        QVERIFY(!couplings.findById(goneInPloomes.id));

        const SyncSummary again = f.sync(full());
        QCOMPARE(SyncFixture::countOf(again, Entity::Product, Direction::OmieToPloomes, &RunCounters::created), 0);
        QCOMPARE(f.ploomes.count(u"Products"_s), products);
    }
};

QTEST_GUILESS_MAIN(TstIdentity)
#include "tst_identity.moc"
