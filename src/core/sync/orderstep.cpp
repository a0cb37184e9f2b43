// The order step: new Ploomes orders → Omie (pedido de venda or ordem de serviço, after the pre-flight),
// Omie billing / cancellation / stage → the Ploomes order, and the optional backfills.
#include "sync/orderstep.h"

#include "brasiliatime.h"
#include "logging.h"
#include "ploomes/typedrecords.h"
#include "sync/omiechoices.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
constexpr int kBatch = 25;
using Ploomes::Order;

/** The fields of a Ploomes contact the order pre-flight reads. */
OrderDecisions::ContactFacts contactFacts(const QJsonObject &json)
{
    const Ploomes::Contact contact = Ploomes::Contact::fromJson(json);
    return {contact.address.cityId && contact.address.stateId, contact.address.number, contact.cnpj + contact.cpf,
            contact.name};
}
} // namespace

OrderStep::OrderStep(SyncRun &run, Entity entity) : r(run), m_entity(entity), m_service(entity == Entity::ServiceOrder)
{}

void OrderStep::run()
{
    if (!start())
        return;
    if (!toOmie())
        return;
    toPloomes();
}

bool OrderStep::start()
{
    // The records are read even when the set-up fails: each of them then fails with the reason.
    r.m_setupProblem.clear();
    if (!r.ensurePloomesSetup(m_entity)) {
        if (r.stopped())
            return false;
        m_setupFailed = true;
        m_setupReason =
            r.m_setupProblem.isEmpty() ? tr("The Ploomes set-up for orders could not be completed.") : r.m_setupProblem;
    } else {
        r.replayCrossReferences(m_entity);
        settleWebhookDeletions();
        if (r.stopped())
            return false;
    }
    // Orders an earlier run left unlinked come back when the policy is now "recreate" (and that direction flows).
    m_unlinkedPloomes = r.survivorsKeptOut(m_entity, DeletedIn::Omie, r.m_options.includes(Direction::PloomesToOmie),
                                           r.unlinkedSurvivors(m_entity, DeletedIn::Omie));
    m_unlinkedOmie = r.survivorsKeptOut(m_entity, DeletedIn::Ploomes, r.m_options.includes(Direction::OmieToPloomes),
                                        r.unlinkedSurvivors(m_entity, DeletedIn::Ploomes));
    m_recreateInOmie = toRecreate(DeletedIn::Omie);
    m_now = r.m_clock->nowMs();
    m_activation = r.activationTime();
    loadLinks();
    return true;
}

void OrderStep::settleWebhookDeletions()
{
    // Deletions named by webhooks (and, on a --full run, missing from the Omie listing), settled before anything is
    // read; the records they leave are not synced again.
    for (SyncRun::GonePair &g : r.findGoneOrders(m_entity))
        settleGone(g);
}

bool OrderStep::settleGone(SyncRun::GonePair &g)
{
    // The record left is created again from the side that still has it, when that direction's flow is on;
    // otherwise the policy falls back to unlinking, with the reason in the history.
    g.label = goneLabel(g.coupling);
    const bool canRecreate = r.m_options.includes(g.goneFromOmie ? Direction::PloomesToOmie : Direction::OmieToPloomes);
    return r.settleGonePair(m_entity, g, canRecreate, g.goneFromOmie) == u"recreated"_s && !r.m_options.dryRun;
}

QSet<qint64> OrderStep::toRecreate(DeletedIn deletedIn) const
{
    if (r.deletionPolicy(m_entity) != u"recreate"_s)
        return {};
    QSet<qint64> ids;
    const Entity other = m_service ? Entity::Order : Entity::ServiceOrder;
    for (qint64 id : r.m_deletions.recreatedSurvivors(m_entity, deletedIn)) {
        // Paired again since (recreated, or linked by identity after an interrupted attempt): nothing left to do.
        const bool paired = deletedIn == DeletedIn::Omie ? r.m_couplings.findByPloomesId(m_entity, id)
                                                               || r.m_couplings.findByPloomesId(other, id)
                                                         : bool(r.m_couplings.findByOmieId(m_entity, id));
        if (!paired)
            ids.insert(id);
    }
    return ids;
}

QString OrderStep::goneLabel(const Coupling &c) const
{
    return tr("Order (Omie %1, Ploomes %2)").arg(c.omieId.value_or(0)).arg(c.ploomesId.value_or(0));
}

void OrderStep::loadLinks()
{
    // Product couplings tell which family each Ploomes product belongs to and its Omie id.
    const Entity lineEntity = m_service ? Entity::Service : Entity::Product;
    for (Entity family : {Entity::Product, Entity::Service}) {
        for (const Coupling &c : r.m_couplings.all(family)) {
            if (!c.omieId || !c.ploomesId)
                continue;
            m_familyOfPloomesProduct.insert(*c.ploomesId, family);
            if (family == lineEntity) {
                m_omieProductByPloomes.insert(*c.ploomesId, *c.omieId);
                m_ploomesProductByOmie.insert(*c.omieId, *c.ploomesId);
            }
        }
    }
    for (const Coupling &c : r.m_couplings.all(Entity::Client)) {
        if (c.omieId && c.ploomesId) {
            m_omieClientByContact.insert(*c.ploomesId, *c.omieId);
            m_contactByOmieClient.insert(*c.omieId, *c.ploomesId);
        }
    }
}

SyncRun::ItemRef OrderStep::ref(const Work &w) const
{
    SyncRun::ItemRef ref;
    if (w.omie)
        ref.omieId = omieIdOf(*w.omie);
    else if (w.c && w.c->omieId)
        ref.omieId = w.c->omieId;
    if (w.omieResultId)
        ref.omieId = w.omieResultId;
    if (w.p)
        ref.ploomesId = Ploomes::Entity(*w.p).id();
    else if (w.c && w.c->ploomesId)
        ref.ploomesId = w.c->ploomesId;
    ref.label = w.label;
    return ref;
}

qint64 OrderStep::omieIdOf(const QJsonObject &o) const
{
    return m_service ? Omie::OrdemServico(o).id() : Omie::Pedido(o).id();
}

QDateTime OrderStep::alteredOf(const QJsonObject &o) const
{
    return m_service ? Omie::OrdemServico(o).altered() : Omie::Pedido(o).altered();
}

void OrderStep::failAll(Direction direction)
{
    QList<std::pair<SyncRun::ItemRef, QString>> records;
    for (const Work &w : std::as_const(m_works)) {
        const qint64 id = direction == Direction::PloomesToOmie ? Ploomes::Entity(*w.p).id() : omieIdOf(*w.omie);
        records.append({ref(w), QString::number(id)});
    }
    r.failStep(m_entity, direction, records, m_setupReason);
}

bool OrderStep::runBatches(bool (OrderStep::*prepare)(Work &),
                           QList<Work *> (OrderStep::*ops)(int, int),
                           void (OrderStep::*send)(Work *, const std::function<void()> &),
                           void (OrderStep::*finish)(int, int),
                           void (OrderStep::*settle)(int, int),
                           int from)
{
    return r.pipeline(
        int(m_works.size()) - from, kBatch,
        [this, prepare, from](int s, int e) {
            for (int i = from + s; i < from + e; ++i) {
                if (!(this->*prepare)(m_works[i]))
                    return false;
            }
            return true;
        },
        [this, ops, send, from](int s, int e) {
            const QList<Work *> batch = (this->*ops)(from + s, from + e);
            return r.startAll(int(batch.size()),
                              [&](int i, std::function<void()> done) { (this->*send)(batch.at(i), done); });
        },
        [this, finish, from](int s, int e) { (this->*finish)(from + s, from + e); },
        [this, settle, from](int s, int e) { (this->*settle)(from + s, from + e); });
}

// ---- Ploomes → Omie: new orders ----------------------------------------------------------------

bool OrderStep::toOmie()
{
    const Direction P2O = Direction::PloomesToOmie;
    if (!r.m_options.includes(P2O) || r.stopped())
        return true;
    r.counters(m_entity, P2O);
    const std::optional<QDateTime> cursor = r.cursorTime(m_entity, P2O);
    m_backfill = r.backfillSince(P2O);
    QDateTime since;
    if (cursor)
        since = r.overlapBefore(*cursor, false);
    else if (!m_backfill)
        since = m_activation.addSecs(-1);
    const QList<QJsonObject> *changed = r.ploomesOrdersSince(since);
    if (!changed)
        return false;
    QList<QJsonObject> orders = *changed;
    // Records whose quarantine is over come back even if they did not change.
    if (!r.appendDueQuarantinedPloomesOrders(m_entity, orders)
        || !r.appendPloomesOrders(m_recreateInOmie.values(), orders, tr("Reading the Ploomes orders to create again")))
        return false;
    QDateTime maxSeen;
    QList<qint64> contactIds;
    if (!collectPloomesOrders(orders, &maxSeen, &contactIds))
        return false;
    if (m_setupFailed) {
        failAll(P2O);
        return true;
    }
    if (!loadOmieDefaults(contactIds))
        return false;
    if (!runBatches(&OrderStep::prepareOneToOmie, &OrderStep::toOmieOps, &OrderStep::sendToOmie,
                    &OrderStep::finishToOmie, &OrderStep::settleToOmie))
        return false;
    r.waitDetached();
    if (!r.stopped() && maxSeen.isValid())
        r.advanceCursor(m_entity, P2O, maxSeen);
    return true;
}

bool OrderStep::collectPloomesOrders(const QList<QJsonObject> &orders, QDateTime *maxSeen, QList<qint64> *contactIds)
{
    m_works.clear();
    for (const QJsonObject &order : orders) {
        const Order e = Order::fromJson(order);
        *maxSeen = std::max(*maxSeen, e.lastUpdate);
        const bool coupled = r.m_couplings.findByPloomesId(m_entity, e.id)
                             || r.m_couplings.findByPloomesId(m_service ? Entity::Order : Entity::ServiceOrder, e.id);
        switch (OrderDecisions::pairPloomesOrder(m_unlinkedPloomes.contains(e.id), coupled)) {
        case OrderDecisions::PloomesPairing::SkipSurvivor:
            r.skipUnlinkedSurvivor(m_entity, Direction::PloomesToOmie, {std::nullopt, e.id, e.number});
            continue;
        case OrderDecisions::PloomesPairing::AlreadyInOmie:
            continue; // already in Omie; its updates flow from Omie's status
        case OrderDecisions::PloomesPairing::New:
            break;
        }
        if (m_recreateInOmie.contains(e.id)
            || OrderDecisions::eligibleForOmie(e.created, e.day(), m_activation, m_backfill))
            considerPloomesOrder(order, contactIds);
    }
    return true;
}

void OrderStep::considerPloomesOrder(const QJsonObject &order, QList<qint64> *contactIds)
{
    const Direction P2O = Direction::PloomesToOmie;
    const Order e = Order::fromJson(order);
    OrderDecisions::LineFamilies families;
    for (const Ploomes::OrderLine &line : e.lines) {
        const Entity family = m_familyOfPloomesProduct.value(line.productId, Entity::Seller);
        ++(family == Entity::Product   ? families.products
           : family == Entity::Service ? families.services
                                       : families.unknown);
    }
    Work w;
    w.p = order;
    w.label = tr("Ploomes order %1").arg(e.label());
    const QString source = QString::number(e.id);
    switch (OrderDecisions::route(families, m_service)) {
    case OrderDecisions::Routing::RefuseMixed:
        r.refuse(m_entity, P2O, ref(w), source,
                 tr("The order mixes products and services; Omie needs one sales order for products and one "
                    "service order for services."),
                 u"preflight"_s);
        return;
    case OrderDecisions::Routing::RefuseNoProducts:
        r.refuse(m_entity, P2O, ref(w), source, tr("The order has no products."), u"preflight"_s);
        return;
    case OrderDecisions::Routing::OtherStep:
    case OrderDecisions::Routing::Ignore:
        return;
    case OrderDecisions::Routing::Carry:
        break;
    }
    if (r.skipIfQuarantined(m_entity, P2O, source, e.lastUpdate, ref(w)))
        return;
    contactIds->append(e.contactId);
    m_works.append(w);
}

bool OrderStep::loadOmieDefaults(const QList<qint64> &contactIds)
{
    if (m_works.isEmpty())
        return true;
    if (!r.loadContacts(contactIds) && r.stopped())
        return false;
    const bool loaded = r.loadOrderDefaults();
    if (r.stopped())
        return false;
    if (!loaded && r.m_orderDefaultsUnreadable) {
        // The Omie lists the defaults come from could not be read: no order can be sent.
        m_setupReason = m_service ? r.m_serviceOrderDefaultsProblem : r.m_orderDefaultsProblem;
        failAll(Direction::PloomesToOmie);
        m_works.clear();
    }
    return true;
}

QList<OrderStep::Work *> OrderStep::toOmieOps(int start, int end)
{
    QList<Work *> ops;
    for (int i = start; i < end; ++i) {
        if (m_works[i].op == Work::Op::CreateOmie || (m_works[i].omieResultId && m_works[i].op == Work::Op::None))
            ops.append(&m_works[i]);
    }
    return ops;
}

OrderStep::ConsultResult OrderStep::consultByCode(const QString &code)
{
    // The Omie order Ponte created from a Ploomes order, by its PL<id> integration code (fresh: a look-up).
    return r.wait<ConsultResult>([&](auto cb) {
        auto store = [cb](const auto &record, const ApiError &err) { cb(std::make_pair(record.json(), err)); };
        if (m_service)
            r.m_omie->consultarOrdemServico(0, code, store, Omie::CallOptions{true});
        else
            r.m_omie->consultarPedido(0, code, store, Omie::CallOptions{true});
    });
}

OrderDecisions::PloomesOrderFacts OrderStep::preflightFacts(const QJsonObject &order) const
{
    const Order e = Order::fromJson(order);
    OrderDecisions::PloomesOrderFacts facts;
    facts.contactId = e.contactId;
    facts.omieClient = m_omieClientByContact.value(facts.contactId);
    if (const QJsonObject contact = r.m_contacts.value(facts.contactId); !contact.isEmpty())
        facts.contact = contactFacts(contact);
    for (const Ploomes::OrderLine &line : e.lines) {
        const QString name = line.productName.isEmpty() ? QString::number(line.productId) : line.productName;
        facts.lines.append(
            {name, m_omieProductByPloomes.value(line.productId), line.quantity, line.unitPrice, line.discount});
    }
    facts.ownerId = e.ownerId;
    facts.ownerHasSeller = r.m_lookups.sellerByUserId.contains(facts.ownerId);
    facts.defaultsProblem = m_service ? r.m_serviceOrderDefaultsProblem : r.m_orderDefaultsProblem;
    return facts;
}

bool OrderStep::prepareOneToOmie(Work &w)
{
    const Direction P2O = Direction::PloomesToOmie;
    const Order e = Order::fromJson(*w.p);
    const QString source = QString::number(e.id);
    // Pre-flight: everything Omie would refuse, reported with the record instead of sent.
    const OrderDecisions::PloomesOrderFacts facts = preflightFacts(*w.p);
    if (const QStringList problems = OrderDecisions::preflight(facts); !problems.isEmpty()) {
        r.refuse(m_entity, P2O, ref(w), source, tr("Not sent to Omie: %1.").arg(problems.join(u"; "_s)),
                 u"preflight"_s);
        return true;
    }
    w.payload = omiePayload(*w.p, facts.omieClient, &w.warnings);
    w.op = Work::Op::CreateOmie;
    if (r.m_options.dryRun) {
        ++r.counters(m_entity, P2O).created;
        r.record(m_entity, P2O, ref(w), ItemAction::Create, ItemOutcome::WouldCreate, w.warnings.join(u' '));
        w.op = Work::Op::None;
        return true;
    }
    if (r.beginCreate(m_entity, P2O, source, &w.workId)) {
        const ConsultResult found = consultByCode(OrderDecisions::integrationCode(e.id));
        if (!found.second.isError()) {
            w.omie = found.first;
            w.omieResultId = omieIdOf(found.first);
            w.op = Work::Op::None;
        } else if (found.second.kind != ApiError::Kind::NotFound
                   && r.fatal(found.second, tr("Looking up an order in Omie"))) {
            return false;
        }
    }
    return true;
}

QJsonArray OrderStep::omieLines(const QJsonObject &order) const
{
    const Order e = Order::fromJson(order);
    QJsonArray lines;
    int seq = 0;
    for (const Ploomes::OrderLine &line : e.lines) {
        const qint64 omieProduct = m_omieProductByPloomes.value(line.productId);
        ++seq;
        if (m_service) {
            QJsonObject item{{u"nCodServico"_s, omieProduct},
                             {u"nQtde"_s, line.quantity},
                             {u"nValUnit"_s, line.unitPrice},
                             {u"nSeqItem"_s, seq}};
            if (line.discount > 0) {
                item.insert(u"cTpDesconto"_s, u"P"_s);
                item.insert(u"nAliqDesconto"_s, line.discount);
            }
            lines.append(item);
            continue;
        }
        QJsonObject produto{{u"codigo_produto"_s, omieProduct},
                            {u"quantidade"_s, line.quantity},
                            {u"valor_unitario"_s, line.unitPrice}};
        if (line.discount > 0) {
            produto.insert(u"tipo_desconto"_s, u"P"_s);
            produto.insert(u"percentual_desconto"_s, line.discount);
        }
        lines.append(QJsonObject{
            {u"ide"_s, QJsonObject{{u"codigo_item_integracao"_s, OrderDecisions::lineIntegrationCode(e.id, seq)}}},
            {u"produto"_s, produto}});
    }
    return lines;
}

QJsonObject OrderStep::omiePayload(const QJsonObject &order, qint64 omieClient, QStringList *warnings)
{
    const Order e = Order::fromJson(order);
    const Mapper::Result mapped = r.m_mapper->toOmie(m_entity, order);
    *warnings = mapped.warnings;
    QJsonObject payload = mapped.payload;
    const QString code = OrderDecisions::integrationCode(e.id);
    const qint64 owner = e.ownerId;
    const QString head = m_service ? u"Cabecalho"_s : u"cabecalho"_s;
    QJsonObject h = payload.value(head).toObject();
    // Omie wants data_previsao today or later (omie-api.md §7.3).
    const QString previsaoKey = m_service ? u"dDtPrevisao"_s : u"data_previsao"_s;
    h.insert(previsaoKey,
             OmieChoices::previsaoForNewOrder(h.value(previsaoKey).toString(), BrasiliaTime::ofMs(m_now).date()));
    if (m_service) {
        h.insert(u"cCodIntOS"_s, code);
        h.insert(u"nCodCli"_s, omieClient);
        h.insert(u"cEtapa"_s, r.m_etapaOs);
        h.insert(u"cCodParc"_s, r.m_parcela);
        h.insert(u"nQtdeParc"_s, 1);
        if (owner)
            h.insert(u"nCodVend"_s, r.m_lookups.sellerByUserId.value(owner));
        payload.insert(head, h);
        payload.insert(u"InformacoesAdicionais"_s,
                       QJsonObject{{u"cCodCateg"_s, r.m_categoria}, {u"nCodCC"_s, r.m_contaCorrente}});
        payload.insert(u"ServicosPrestados"_s, omieLines(order));
        return payload;
    }
    h.insert(u"codigo_pedido_integracao"_s, code);
    h.insert(u"codigo_cliente"_s, omieClient);
    h.insert(u"etapa"_s, r.m_etapa);
    h.insert(u"codigo_parcela"_s, r.m_parcela);
    payload.insert(head, h);
    QJsonObject extra = payload.value(u"informacoes_adicionais"_s).toObject();
    extra.insert(u"codigo_categoria"_s, r.m_categoria);
    extra.insert(u"codigo_conta_corrente"_s, r.m_contaCorrente);
    extra.insert(u"consumidor_final"_s, u"N"_s);
    if (owner)
        extra.insert(u"codVend"_s, r.m_lookups.sellerByUserId.value(owner));
    payload.insert(u"informacoes_adicionais"_s, extra);
    payload.insert(u"det"_s, omieLines(order));
    return payload;
}

void OrderStep::sendToOmie(Work *w, const std::function<void()> &finished)
{
    if (w->op != Work::Op::CreateOmie) {
        finished(); // found by the look-up: nothing to send
        return;
    }
    auto store = [w, finished](const Omie::WriteResult &res) {
        w->error = res.error;
        w->omieResultId = res.id;
        w->omieNumber = res.number;
        finished();
    };
    if (m_service)
        r.m_omie->incluirOrdemServico(Omie::OrdemServico(w->payload), store);
    else
        r.m_omie->incluirPedido(Omie::Pedido(w->payload), store);
}

void OrderStep::settleToOmie(int start, int end)
{
    QList<SyncRun::Rewrite> rewrites;
    for (Work *w : toOmieOps(start, end)) {
        if (!w->error.isError() || w->op != Work::Op::CreateOmie)
            continue;
        SyncRun::Rewrite rw;
        rw.error = &w->error;
        rw.lookUp = [this, w] {
            const ConsultResult found = consultByCode(OrderDecisions::integrationCode(Ploomes::Entity(*w->p).id()));
            const SyncRun::Presence p = r.omiePresence(found.second, tr("Looking up an order in Omie"));
            if (p == SyncRun::Presence::Found) {
                w->omie = found.first;
                w->omieResultId = omieIdOf(found.first);
            }
            return p;
        };
        rw.resend = [this, w](std::function<void()> finished) { sendToOmie(w, finished); };
        rewrites.append(rw);
    }
    r.settleWrites(rewrites);
}

void OrderStep::finishToOmie(int start, int end)
{
    QList<Work *> followUps;
    for (Work *w : toOmieOps(start, end)) {
        const qint64 ploomesId = Ploomes::Entity(*w->p).id();
        const QString source = QString::number(ploomesId);
        if (w->error.kind == ApiError::Kind::AlreadyExists) {
            // The integration code is taken: that order is ours from an earlier attempt; link it.
            const ConsultResult found = consultByCode(OrderDecisions::integrationCode(ploomesId));
            if (!found.second.isError()) {
                w->error = ApiError{};
                w->omieResultId = omieIdOf(found.first);
                w->omie = found.first;
            }
        }
        if (w->error.isError()) {
            r.endCreate(w->workId, false, w->error.serviceMessage);
            r.fail(m_entity, Direction::PloomesToOmie, ref(*w), source, ItemAction::Create, w->error,
                   m_service ? tr("Creating the service order in Omie") : tr("Creating the sales order in Omie"));
            continue;
        }
        if (!commitToOmie(w))
            return;
        followUps.append(w);
    }
    // Ploomes learns the Omie id (and the Omie status) while the next batch goes to Omie.
    storeOmieIdsInPloomes(followUps);
    r.progress(m_entity, Direction::PloomesToOmie, end, int(m_works.size()));
}

bool OrderStep::commitToOmie(Work *w)
{
    const QJsonObject omieAfter = w->omie ? *w->omie : w->payload;
    Coupling c;
    c.entity = m_entity;
    c.omieId = w->omieResultId;
    c.ploomesId = Ploomes::Entity(*w->p).id();
    const Mapper::Result toP = r.m_mapper->toPloomes(m_entity, omieAfter);
    c.ploomesHash = Mapper::hash(r.m_mapper->ploomesSide(m_entity, toP.payload));
    c.omieHash = Mapper::hash(r.m_mapper->omieSide(m_entity, r.m_mapper->toOmie(m_entity, *w->p).payload));
    w->c = c;
    const QString message = w->omieNumber.isEmpty()
                                ? w->warnings.join(u' ')
                                : tr("Omie number %1.").arg(w->omieNumber) + u' ' + w->warnings.join(u' ');
    if (!r.commitWrite(m_entity, Direction::PloomesToOmie, c, w->workId, QString::number(*c.ploomesId), ref(*w),
                       ItemAction::Create, true, message))
        return false;
    // Ploomes learns the Omie id (and the Omie status) in the same PATCH.
    w->payload = r.mergeOtherProperties(r.withOmieId(m_entity, toP.payload, w->omieResultId), *w->p);
    return true;
}

void OrderStep::storeOmieIdsInPloomes(const QList<Work *> &followUps)
{
    for (Work *w : followUps) {
        const qint64 orderId = Ploomes::Entity(*w->p).id();
        const qint64 workId = r.queueCrossReference(m_entity, Direction::OmieToPloomes, w->omieResultId, orderId);
        if (!workId)
            continue; // not recorded (the database refused): not sent
        const QJsonObject patch = w->payload;
        SyncRun &run = r;
        r.detachIdempotent(
            [&run, orderId, patch](std::function<void(const ApiError &)> replied) {
                run.m_ploomes->update(Order::Path, orderId, patch, QString(),
                                      [replied](const QJsonObject &, const ApiError &e) { replied(e); });
            },
            [&run, orderId, workId](const ApiError &e, int) {
                if (e.isError() && !run.fatal(e, tr("Storing the Omie id in the Ploomes order"), true))
                    qCWarning(lcSync) << "could not store the Omie id in Ploomes order" << orderId << e.serviceMessage;
                run.crossReferenceDone(workId, e);
            });
    }
}

// ---- Omie → Ploomes: status of linked orders, and the backfill -------------------------------

bool OrderStep::toPloomes()
{
    const Direction O2P = Direction::OmieToPloomes;
    if (!r.m_options.includes(O2P) || r.stopped())
        return true;
    r.counters(m_entity, O2P);
    m_cursor = r.cursorTime(m_entity, O2P);
    m_backfill = r.backfillSince(O2P);
    if (!m_cursor && !m_backfill && r.m_couplings.count(m_entity) == 0 && toRecreate(DeletedIn::Ploomes).isEmpty()) {
        // Nothing to follow yet: start watching from now.
        r.advanceCursor(m_entity, O2P, QDateTime::fromMSecsSinceEpoch(r.m_startedAt, Qt::UTC));
        return true;
    }
    Omie::ListFilter filter;
    if (m_cursor) {
        filter.changedSince = r.overlapBefore(*m_cursor, true);
        filter.changedUntil = QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC).addSecs(3600);
    } else if (m_backfill) {
        filter.changedSince = BrasiliaTime::at(*m_backfill, QTime(0, 0));
    }
    // The Omie listing is read page by page: the orders of the pages already read are paired, decided and
    // written while later pages are still being read, and the Ploomes orders holding an Omie id are read
    // meanwhile (pairing waits for them, so the decisions are those of a listing read in full).
    const std::shared_ptr<OmieRead> read = startOmieRead(filter);
    if (!m_setupFailed && (!readPloomesOrdersWithOmieId(r.m_options.full || !m_cursor) || !settleFullReadDeletions()))
        return false;
    m_recreateInPloomes = toRecreate(DeletedIn::Ploomes);
    m_works.clear();
    m_seen.clear();
    m_ploomesById.clear();
    QDateTime maxSeen;
    QList<QJsonObject> listed; // what the listing brought, so that the orders due again are only those it did not
    bool dueAgainAdded = false;
    for (;;) {
        QList<QJsonObject> omieOrders;
        if (!nextOmieOrders(*read, &omieOrders))
            return false;
        if (omieOrders.isEmpty()) {
            if (dueAgainAdded)
                break;
            // Quarantined orders due again that the listing did not bring come last, as one more page.
            dueAgainAdded = true;
            const qsizetype end = listed.size();
            // So do the orders to import again that the listing did not bring.
            r.appendDueQuarantinedOmieOrders(m_entity, listed, (m_recreateInPloomes - m_seen).values());
            if (r.stopped())
                return false;
            omieOrders = listed.mid(end);
            if (omieOrders.isEmpty())
                break;
        } else {
            listed += omieOrders;
        }
        const int from = int(m_works.size());
        QList<qint64> ploomesToRead;
        if (!collectOmieOrders(omieOrders, &maxSeen, &ploomesToRead))
            return false;
        if (m_setupFailed)
            continue; // every order is read, then each fails with the reason
        if (!readPloomesOrders(ploomesToRead))
            return false;
        if (!runBatches(&OrderStep::prepareOneToPloomes, &OrderStep::toPloomesOps, &OrderStep::sendToPloomes,
                        &OrderStep::finishToPloomes, &OrderStep::settleToPloomes, from))
            return false;
        if (r.stopped())
            return false;
    }
    if (m_setupFailed) {
        failAll(O2P);
        return true;
    }
    if (!r.stopped() && maxSeen.isValid())
        r.advanceCursor(m_entity, O2P, maxSeen);
    return true;
}

std::shared_ptr<OrderStep::OmieRead> OrderStep::startOmieRead(const Omie::ListFilter &filter)
{
    r.note(m_service ? tr("Reading Omie service orders…") : tr("Reading Omie sales orders…"));
    auto read = std::make_shared<OmieRead>();
    // The callbacks hold the state, so that an abandoned read answering after the step has ended is harmless.
    auto arrived = [read](const QList<QJsonObject> &page) {
        read->pending += page;
        if (read->loop)
            read->loop->quit();
    };
    auto ended = [read](const ApiError &e) {
        read->finished = true;
        read->error = e;
        if (read->loop)
            read->loop->quit();
    };
    auto json = [](const auto &list) {
        QList<QJsonObject> out;
        out.reserve(list.size());
        for (const auto &o : list)
            out.append(o.json());
        return out;
    };
    if (m_service)
        r.m_omie->listOrdensServico(
            filter, [ended](const QList<Omie::OrdemServico> &, const ApiError &e) { ended(e); },
            [arrived, json](const QList<Omie::OrdemServico> &page, const ApiError &) { arrived(json(page)); });
    else
        r.m_omie->listPedidos(
            filter, [ended](const QList<Omie::Pedido> &, const ApiError &e) { ended(e); },
            [arrived, json](const QList<Omie::Pedido> &page, const ApiError &) { arrived(json(page)); });
    return read;
}

bool OrderStep::nextOmieOrders(OmieRead &read, QList<QJsonObject> *orders)
{
    while (read.pending.isEmpty() && !read.finished && !r.stopped()) {
        QEventLoop loop;
        read.loop = &loop;
        r.execWatched(loop);
        read.loop = nullptr;
    }
    if (r.stopped())
        return false;
    if (read.error.isError()) {
        r.fatal(read.error, m_service ? tr("Reading the Omie service orders") : tr("Reading the Omie sales orders"));
        return false;
    }
    *orders = std::exchange(read.pending, {});
    return true;
}

bool OrderStep::readPloomesOrdersWithOmieId(bool firstOrFull)
{
    // Orders that already hold an Omie id in Ploomes (a lost local database, an earlier tool): on a
    // first or --full run they are linked, never imported a second time. One paged read per run,
    // shared by sales and service orders (both are Ploomes orders).
    const QString idKey = r.omieIdFieldKey(m_entity);
    if (firstOrFull && !idKey.isEmpty() && !r.m_ploomesOrdersByOmieId) {
        const SyncRun::ListResult existing = r.ploomesWithOmieId(Order::Path, m_entity, Order::ExpandFields);
        if (existing.error.isError()) {
            r.fatal(existing.error, tr("Reading the Ploomes orders"));
            return false;
        }
        r.m_ploomesOrdersByOmieId.emplace();
        for (const QJsonObject &p : existing.items) {
            if (const qint64 omieId = Ploomes::Entity(p).otherString(idKey).toLongLong())
                r.m_ploomesOrdersByOmieId->insert(omieId, p);
        }
    }
    m_ploomesByOmieId = r.m_ploomesOrdersByOmieId.value_or(QMultiHash<qint64, QJsonObject>());
    return true;
}

bool OrderStep::settleFullReadDeletions()
{
    // That read lists every Ploomes order holding an Omie id: on a --full run, a paired order missing from
    // it is looked up by id and, when really gone, handled per the deletion policy.
    if (!r.m_options.full || !r.m_ploomesOrdersByOmieId)
        return true;
    QSet<qint64> listed;
    for (const QJsonObject &p : std::as_const(*r.m_ploomesOrdersByOmieId))
        listed.insert(Ploomes::Entity(p).id());
    for (SyncRun::GonePair &g : r.findGonePairs(m_entity, nullptr, &listed)) {
        // A recreated one is imported again below (toRecreate() finds it); the others are not synced again.
        if (!settleGone(g) && g.coupling.omieId)
            m_settledNow.insert(*g.coupling.omieId);
    }
    return !r.stopped();
}

bool OrderStep::collectOmieOrders(const QList<QJsonObject> &orders, QDateTime *maxSeen, QList<qint64> *ploomesToRead)
{
    for (const QJsonObject &o : orders) {
        const qint64 id = omieIdOf(o);
        if (!id || m_seen.contains(id))
            continue;
        m_seen.insert(id);
        *maxSeen = std::max(*maxSeen, alteredOf(o));
        Work w;
        w.omie = o;
        const QString number = m_service ? Omie::OrdemServico(o).numero() : Omie::Pedido(o).numero();
        w.label = m_service ? tr("Service order %1").arg(number) : tr("Sales order %1").arg(number);
        const Keep keep = pairOmieOrder(w, id);
        if (keep == Keep::Stop)
            return false;
        if (keep == Keep::Drop)
            continue;
        if (r.skipIfQuarantined(m_entity, Direction::OmieToPloomes, QString::number(id), alteredOf(o), ref(w)))
            continue;
        if (w.c && w.c->ploomesId)
            ploomesToRead->append(*w.c->ploomesId);
        m_works.append(w);
    }
    return true;
}

OrderStep::Keep OrderStep::pairOmieOrder(Work &w, qint64 id)
{
    const QJsonObject &o = *w.omie;
    const std::optional<Coupling> coupling = r.m_couplings.findByOmieId(m_entity, id);
    OrderDecisions::OmieOrderFacts facts;
    facts.settledNow = m_settledNow.contains(id);
    facts.unlinkedSurvivor = m_unlinkedOmie.contains(id);
    facts.recreate = m_recreateInPloomes.contains(id);
    facts.coupled = coupling.has_value();
    facts.integrationCode = m_service ? Omie::OrdemServico(o).integrationCode() : Omie::Pedido(o).integrationCode();
    const qint64 fromCode = OrderDecisions::ploomesIdFromCode(facts.integrationCode);
    QJsonObject holding;
    for (auto it = m_ploomesByOmieId.constFind(id); it != m_ploomesByOmieId.constEnd() && it.key() == id; ++it) {
        const qint64 holder = Ploomes::Entity(*it).id();
        if (holding.isEmpty() || holder == fromCode)
            holding = *it;
        facts.codeOrderHoldsOmieId = facts.codeOrderHoldsOmieId || (fromCode && holder == fromCode);
    }
    if (!holding.isEmpty())
        facts.ploomesHoldingOmieId = Ploomes::Entity(holding).id();
    facts.backfill = m_backfill;
    facts.previsao = m_service ? Omie::OrdemServico(o).dataPrevisao() : Omie::Pedido(o).dataPrevisao();
    facts.altered = alteredOf(o).date();
    const OrderDecisions::OmiePairingResult pairing = OrderDecisions::pairOmieOrder(facts);
    switch (pairing.pairing) {
    case OrderDecisions::OmiePairing::SkipSettled:
        return Keep::Drop; // reported with its deletion
    case OrderDecisions::OmiePairing::SkipSurvivor:
        r.skipUnlinkedSurvivor(m_entity, Direction::OmieToPloomes, {id, std::nullopt, w.label});
        return Keep::Drop;
    case OrderDecisions::OmiePairing::NotFollowed:
        return Keep::Drop; // not followed: only orders from Ploomes, or the backfill window
    case OrderDecisions::OmiePairing::BackfillCreate:
    case OrderDecisions::OmiePairing::Recreate:
        return Keep::Yes;
    case OrderDecisions::OmiePairing::Coupled:
        w.c = coupling;
        return Keep::Yes;
    case OrderDecisions::OmiePairing::RelinkByCode:
    case OrderDecisions::OmiePairing::LinkExisting:
        break;
    }
    Coupling c;
    c.entity = m_entity;
    c.omieId = id;
    c.ploomesId = pairing.ploomesId;
    const bool existing = pairing.pairing == OrderDecisions::OmiePairing::LinkExisting;
    // Already in Ploomes: link it; it is updated below only if it differs from Omie.
    if (existing)
        c.ploomesHash = Mapper::hash(r.m_mapper->ploomesSide(m_entity, holding));
    w.c = c;
    if (!r.saveCoupling(c).isOk())
        return Keep::Stop;
    if (existing)
        r.record(m_entity, Direction::OmieToPloomes, ref(w), ItemAction::Link,
                 r.m_options.dryRun ? ItemOutcome::WouldLink : ItemOutcome::Ok,
                 tr("Linked to the Ploomes order that already holds this Omie id."));
    return Keep::Yes;
}

bool OrderStep::readPloomesOrders(QList<qint64> ids)
{
    // The current Ploomes orders are needed to merge custom fields (PATCH may replace them all).
    while (!ids.isEmpty()) {
        const QList<qint64> chunk = ids.mid(0, 25);
        ids.remove(0, chunk.size());
        const SyncRun::ListResult got =
            r.ploomesGetAll(Order::Path, Ploomes::Query().filter(Order::withIds(chunk)).expand(Order::ExpandFields));
        if (got.error.isError()) {
            r.fatal(got.error, tr("Reading the Ploomes orders"));
            return false;
        }
        for (const QJsonObject &p : got.items)
            m_ploomesById.insert(Ploomes::Entity(p).id(), p);
    }
    return true;
}

QList<OrderStep::Work *> OrderStep::toPloomesOps(int start, int end)
{
    QList<Work *> ops;
    for (int i = start; i < end; ++i) {
        if (m_works[i].op == Work::Op::CreatePloomes || m_works[i].op == Work::Op::UpdatePloomes)
            ops.append(&m_works[i]);
    }
    return ops;
}

bool OrderStep::prepareOneToPloomes(Work &w)
{
    const Direction O2P = Direction::OmieToPloomes;
    const qint64 omieId = omieIdOf(*w.omie);
    const QString source = QString::number(omieId);
    const Mapper::Result mapped = r.m_mapper->toPloomes(m_entity, *w.omie);
    w.warnings = mapped.warnings;
    w.hash = Mapper::hash(r.m_mapper->ploomesSide(m_entity, mapped.payload));
    const qint64 ploomesId = w.c ? w.c->ploomesId.value_or(0) : 0;
    switch (OrderDecisions::decideOmieOrder(w.c.has_value(), w.c && w.hash == w.c->ploomesHash,
                                            m_ploomesById.contains(ploomesId))) {
    case OrderDecisions::OmieAction::Unchanged:
        r.unchanged(m_entity, O2P, ref(w));
        return true;
    case OrderDecisions::OmieAction::RefuseGone:
        r.refuse(m_entity, O2P, ref(w), source, tr("The Ploomes order %1 no longer exists.").arg(ploomesId),
                 u"not-found"_s);
        return true;
    case OrderDecisions::OmieAction::Update:
        w.p = m_ploomesById.value(ploomesId);
        w.payload = r.mergeOtherProperties(r.withOmieId(m_entity, mapped.payload, omieId), *w.p);
        w.op = Work::Op::UpdatePloomes;
        break;
    case OrderDecisions::OmieAction::Create:
        if (!backfillPayload(w, mapped.payload, omieId))
            return true;
        break;
    }
    if (r.m_options.dryRun) {
        const bool create = w.op == Work::Op::CreatePloomes;
        ++(create ? r.counters(m_entity, O2P).created : r.counters(m_entity, O2P).updated);
        r.record(m_entity, O2P, ref(w), create ? ItemAction::Create : ItemAction::Update,
                 create ? ItemOutcome::WouldCreate : ItemOutcome::WouldUpdate, w.warnings.join(u' '));
        w.op = Work::Op::None;
        return true;
    }
    if (w.op == Work::Op::CreatePloomes && r.beginCreate(m_entity, O2P, source, &w.workId)) {
        const std::optional<QJsonObject> found =
            r.findPloomesByOmieId(m_entity, Order::Path, omieId, Order::ExpandFields);
        if (r.stopped())
            return false;
        if (found) {
            w.p = *found;
            w.op = Work::Op::UpdatePloomes;
            w.payload = r.mergeOtherProperties(Order::patchOf(w.payload), *found);
        }
    }
    return true;
}

bool OrderStep::backfillPayload(Work &w, const QJsonObject &mapped, qint64 omieId)
{
    // Backfill: the client and every item must already be linked.
    const qint64 omieClient =
        m_service ? Omie::OrdemServico(*w.omie).codigoCliente() : Omie::Pedido(*w.omie).codigoCliente();
    const qint64 contact = m_contactByOmieClient.value(omieClient);
    struct Item
    {
        qint64 omieProduct;
        double quantity, price, discount;
    };
    QList<Item> items;
    if (m_service) {
        for (const Omie::OsItem &i : Omie::OrdemServico(*w.omie).servicos())
            items.append({i.codigoServico, i.quantidade, i.valorUnitario, i.percentualDesconto});
    } else {
        for (const Omie::PedidoItem &i : Omie::Pedido(*w.omie).itens())
            items.append({i.codigoProduto, i.quantidade, i.valorUnitario, i.percentualDesconto});
    }
    QList<OrderDecisions::OmieLine> lines;
    for (const Item &i : std::as_const(items))
        lines.append({i.omieProduct, m_ploomesProductByOmie.value(i.omieProduct)});
    const OrderDecisions::BackfillCheck check = OrderDecisions::backfillPreflight(contact, lines);
    if (!check.problems.isEmpty()) {
        // Only missing links: the record comes back as soon as a run links clients or products.
        r.refuse(m_entity, Direction::OmieToPloomes, ref(w), QString::number(omieId),
                 tr("Not imported into Ploomes: %1.").arg(check.problems.join(u"; "_s)), check.errorClass);
        return false;
    }
    QJsonArray products;
    double amount = 0;
    for (const Item &i : std::as_const(items)) {
        const double total = OrderDecisions::lineTotal(i.quantity, i.price, i.discount);
        amount += total;
        // CurrencyId comes from /Currencies; without it Ploomes applies the account's.
        products.append(Ploomes::OrderLine::body(m_ploomesProductByOmie.value(i.omieProduct), i.quantity, i.price,
                                                 i.discount, total, r.m_currencyBrl));
    }
    QJsonObject payload = r.withOmieId(m_entity, mapped, omieId);
    Order::setContact(payload, contact);
    Order::setLines(payload, products, amount, r.m_currencyBrl);
    w.payload = payload;
    w.op = Work::Op::CreatePloomes;
    return true;
}

void OrderStep::sendToPloomes(Work *w, const std::function<void()> &finished)
{
    auto store = [w, finished](const QJsonObject &item, const ApiError &e) {
        w->ploomesResult = item;
        w->error = e;
        finished();
    };
    if (w->op == Work::Op::CreatePloomes)
        r.m_ploomes->create(Order::Path, w->payload, Order::Expand, store);
    else
        r.m_ploomes->update(Order::Path, Ploomes::Entity(*w->p).id(), w->payload, QString(), store);
}

void OrderStep::settleToPloomes(int start, int end)
{
    QList<SyncRun::Rewrite> rewrites;
    for (Work *w : toPloomesOps(start, end)) {
        if (!w->error.isError())
            continue;
        SyncRun::Rewrite rw;
        rw.error = &w->error;
        if (w->op == Work::Op::CreatePloomes)
            rw.lookUp = [this, w] {
                return r.lookUpPloomes(m_entity, Order::Path, omieIdOf(*w->omie), Order::Expand, &w->ploomesResult);
            };
        rw.resend = [this, w](std::function<void()> finished) { sendToPloomes(w, finished); };
        rewrites.append(rw);
    }
    r.settleWrites(rewrites);
}

void OrderStep::finishToPloomes(int start, int end)
{
    const Direction O2P = Direction::OmieToPloomes;
    for (Work *w : toPloomesOps(start, end)) {
        const qint64 omieId = omieIdOf(*w->omie);
        const QString source = QString::number(omieId);
        const bool create = w->op == Work::Op::CreatePloomes;
        if (w->error.isError()) {
            r.endCreate(w->workId, false, w->error.serviceMessage);
            r.fail(m_entity, O2P, ref(*w), source, create ? ItemAction::Create : ItemAction::Update, w->error,
                   create ? tr("Importing the order into Ploomes") : tr("Updating the order in Ploomes"));
            continue;
        }
        Coupling c = w->c.value_or(Coupling{});
        c.entity = m_entity;
        c.omieId = omieId;
        c.ploomesId = create ? Ploomes::Entity(w->ploomesResult).id() : Ploomes::Entity(*w->p).id();
        c.ploomesHash = w->hash;
        const QJsonObject after = w->ploomesResult.isEmpty()
                                      ? SyncRun::deepMerge(w->p.value_or(QJsonObject()), w->payload)
                                      : w->ploomesResult;
        c.omieHash = Mapper::hash(r.m_mapper->omieSide(m_entity, r.m_mapper->toOmie(m_entity, after).payload));
        w->c = c;
        if (!r.commitWrite(m_entity, O2P, c, w->workId, source, ref(*w),
                           create ? ItemAction::Create : ItemAction::Update, create, w->warnings.join(u' ')))
            return;
    }
    r.progress(m_entity, O2P, end, int(m_works.size()));
}

} // namespace Ponte
