// Orders: new Ploomes orders → Omie (pedido de venda or ordem de serviço, after pre-flight checks),
// Omie billing / cancellation / stage → the Ploomes order, and the optional backfills.
#include "syncrun.h"

#include "brasiliatime.h"
#include "logging.h"
#include "profile.h"
#include "sync/omiechoices.h"
#include "textutil.h"

#include <QJsonArray>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
constexpr int kBatch = 25;
const QString kOrders = u"Orders"_s;
const QString kOrderExpand = u"Products,OtherProperties"_s;

/** What the cloud integration's checklist calls a generic client name. */
bool genericName(const QString &name)
{
    static const QStringList generic = {u"cliente"_s, u"clientes"_s,   u"teste"_s,
                                        u"testes"_s,  u"fornecedor"_s, u"fornecedores"_s};
    const QStringList words = Text::fold(name).split(u' ', Qt::SkipEmptyParts);
    return words.isEmpty() || (words.size() == 1 && generic.contains(words.first()));
}

struct OrderWork
{
    enum class Op { None, CreateOmie, CreatePloomes, UpdatePloomes };
    std::optional<QJsonObject> p;    ///< Ploomes order
    std::optional<QJsonObject> omie; ///< Omie pedido / OS
    std::optional<Coupling> c;
    Op op = Op::None;
    QJsonObject payload;
    QStringList warnings;
    QString hash;
    qint64 workId = 0;
    ApiError error;
    qint64 omieResultId = 0;
    QString omieNumber;
    QJsonObject ploomesResult;
    QString label;

    SyncRun::ItemRef ref(bool service) const
    {
        SyncRun::ItemRef r;
        if (omie)
            r.omieId = service ? omie->value(u"Cabecalho"_s).toObject().value(u"nCodOS"_s).toInteger()
                               : omie->value(u"cabecalho"_s).toObject().value(u"codigo_pedido"_s).toInteger();
        else if (c && c->omieId)
            r.omieId = c->omieId;
        if (omieResultId)
            r.omieId = omieResultId;
        if (p)
            r.ploomesId = p->value(u"Id"_s).toInteger();
        else if (c && c->ploomesId)
            r.ploomesId = c->ploomesId;
        r.label = label;
        return r;
    }
};
} // namespace

const QList<QJsonObject> *SyncRun::ploomesOrdersSince(const QDateTime &since)
{
    if (m_ploomesOrders && (!m_ploomesOrdersSince.isValid() || (since.isValid() && m_ploomesOrdersSince <= since)))
        return &*m_ploomesOrders;
    Ploomes::Query q;
    if (since.isValid())
        q.filter(u"LastUpdateDate gt "_s + Ploomes::OData::dateTime(since));
    q.orderBy(u"LastUpdateDate,Id"_s).expand(kOrderExpand);
    const ListResult read = ploomesGetAll(kOrders, q);
    if (read.error.isError()) {
        fatal(read.error, tr("Reading the Ploomes orders"));
        return nullptr;
    }
    m_ploomesOrders = read.items;
    m_ploomesOrdersSince = since;
    return &*m_ploomesOrders;
}

bool SyncRun::appendDueQuarantinedPloomesOrders(Entity E, QList<QJsonObject> &orders)
{
    QSet<qint64> present;
    for (const QJsonObject &o : std::as_const(orders))
        present.insert(o.value(u"Id"_s).toInteger());
    QList<qint64> due;
    for (const QuarantineEntry &q : retryable()) {
        const qint64 id = q.sourceId.toLongLong();
        if (q.entity == E && q.direction == Direction::PloomesToOmie && id && !present.contains(id))
            due.append(id);
    }
    while (!due.isEmpty()) {
        const QList<qint64> chunk = due.mid(0, 25);
        due.remove(0, chunk.size());
        const ListResult got =
            ploomesGetAll(kOrders, Ploomes::Query().filter(Ploomes::OData::anyOf(u"Id"_s, chunk)).expand(kOrderExpand));
        if (got.error.isError()) {
            fatal(got.error, tr("Reading quarantined Ploomes orders"));
            return false;
        }
        orders.append(got.items);
    }
    return true;
}

void SyncRun::appendDueQuarantinedOmieOrders(Entity E, QList<QJsonObject> &orders)
{
    const bool service = E == Entity::ServiceOrder;
    QSet<qint64> present;
    for (const QJsonObject &o : std::as_const(orders))
        present.insert(service ? Omie::OrdemServico(o).id() : Omie::Pedido(o).id());
    for (const QuarantineEntry &q : retryable()) {
        const qint64 id = q.sourceId.toLongLong();
        if (q.entity != E || q.direction != Direction::OmieToPloomes || !id || present.contains(id) || stopped())
            continue;
        ApiError error;
        if (service) {
            const auto got = wait<std::pair<Omie::OrdemServico, ApiError>>([&](auto done) {
                m_omie->consultarOrdemServico(
                    id, QString(), [done](const Omie::OrdemServico &v, const ApiError &e) { done(std::make_pair(v, e)); });
            });
            error = got.second;
            if (!error.isError())
                orders.append(got.first.json());
        } else {
            const auto got = wait<std::pair<Omie::Pedido, ApiError>>([&](auto done) {
                m_omie->consultarPedido(
                    id, QString(), [done](const Omie::Pedido &v, const ApiError &e) { done(std::make_pair(v, e)); });
            });
            error = got.second;
            if (!error.isError())
                orders.append(got.first.json());
        }
        if (error.kind == ApiError::Kind::NotFound)
            released(E, Direction::OmieToPloomes, q.sourceId);
        else if (error.isError())
            fatal(error, tr("Reading quarantined Omie orders"));
    }
}

bool SyncRun::loadContacts(const QList<qint64> &ids)
{
    QList<qint64> missing;
    for (qint64 id : ids) {
        if (id && !m_contacts.contains(id) && !missing.contains(id))
            missing.append(id);
    }
    while (!missing.isEmpty()) {
        const QList<qint64> chunk = missing.mid(0, 25);
        missing.remove(0, chunk.size());
        const ListResult got =
            ploomesGetAll(u"Contacts"_s, Ploomes::Query().filter(Ploomes::OData::anyOf(u"Id"_s, chunk)));
        if (got.error.isError()) {
            fatal(got.error, tr("Reading the contacts of the orders"));
            return false;
        }
        for (const QJsonObject &c : got.items)
            m_contacts.insert(c.value(u"Id"_s).toInteger(), c);
    }
    return true;
}

void SyncRun::syncOrders(Entity E)
{
    const bool service = E == Entity::ServiceOrder;
    const Direction O2P = Direction::OmieToPloomes;
    const Direction P2O = Direction::PloomesToOmie;
    const bool o2p = m_options.includes(O2P);
    const bool p2o = m_options.includes(P2O);
    if (!ensurePloomesSetup(E))
        return;
    replayCrossReferences(E);
    // Deletions named by webhooks, settled before anything is read; the records they leave are not synced again.
    for (GonePair &g : findGonePairs(E, nullptr, nullptr)) {
        g.label =
            tr("Order (Omie %1, Ploomes %2)").arg(g.coupling.omieId.value_or(0)).arg(g.coupling.ploomesId.value_or(0));
        settleGonePair(E, g, false, g.goneFromOmie);
    }
    if (stopped())
        return;
    const QSet<qint64> unlinkedPloomes = unlinkedSurvivors(E, DeletedIn::Omie);
    const QSet<qint64> unlinkedOmie = unlinkedSurvivors(E, DeletedIn::Ploomes);
    const QString idKey = omieIdFieldKey(E);
    const qint64 now = m_clock->nowMs();
    const QDateTime activation = activationTime();
    const Entity lineEntity = service ? Entity::Service : Entity::Product;

    // Product couplings tell which family each Ploomes product belongs to and its Omie id.
    QHash<qint64, qint64> omieProductByPloomes;
    QHash<qint64, qint64> ploomesProductByOmie;
    QHash<qint64, Entity> familyOfPloomesProduct;
    for (Entity family : {Entity::Product, Entity::Service}) {
        for (const Coupling &c : m_couplings.all(family)) {
            if (!c.omieId || !c.ploomesId)
                continue;
            familyOfPloomesProduct.insert(*c.ploomesId, family);
            if (family == lineEntity) {
                omieProductByPloomes.insert(*c.ploomesId, *c.omieId);
                ploomesProductByOmie.insert(*c.omieId, *c.ploomesId);
            }
        }
    }
    QHash<qint64, qint64> omieClientByContact;
    QHash<qint64, qint64> contactByOmieClient;
    for (const Coupling &c : m_couplings.all(Entity::Client)) {
        if (c.omieId && c.ploomesId) {
            omieClientByContact.insert(*c.ploomesId, *c.omieId);
            contactByOmieClient.insert(*c.omieId, *c.ploomesId);
        }
    }

    // ---- Ploomes → Omie: new orders ------------------------------------------------------------
    if (p2o && !stopped()) {
        counters(E, P2O);
        const std::optional<QDateTime> cursor = cursorTime(E, P2O);
        const std::optional<QDate> backfill = backfillSince(P2O);
        QDateTime since;
        if (cursor)
            since = overlapBefore(*cursor, false);
        else if (!backfill)
            since = activation.addSecs(-1);
        const QList<QJsonObject> *changed = ploomesOrdersSince(since);
        if (!changed)
            return;
        QList<QJsonObject> orders = *changed;
        // Records whose quarantine is over come back even if they did not change.
        if (!appendDueQuarantinedPloomesOrders(E, orders))
            return;
        QDateTime maxSeen;
        QList<OrderWork> works;
        QList<qint64> contactIds;
        for (const QJsonObject &order : std::as_const(orders)) {
            const Ploomes::Entity e(order);
            maxSeen = std::max(maxSeen, e.lastUpdate());
            if (unlinkedPloomes.contains(e.id())) {
                skipUnlinkedSurvivor(E, P2O, {std::nullopt, e.id(), e.string(u"OrderNumber"_s)});
                continue;
            }
            if (m_couplings.findByPloomesId(E, e.id())
                || m_couplings.findByPloomesId(service ? Entity::Order : Entity::ServiceOrder, e.id()))
                continue; // already in Omie; its updates flow from Omie's status
            // Only orders created after activation, or within the backfill window.
            const QDate orderDate = e.dateTime(u"Date"_s).isValid() ? e.dateTime(u"Date"_s).date() : e.created().date();
            const bool eligible =
                (e.created().isValid() && e.created() >= activation) || (backfill && orderDate >= *backfill);
            if (!eligible)
                continue;
            // Products all from "Serviços" make a service order; all from "Produtos" a sales order.
            int productLines = 0;
            int serviceLines = 0;
            int unknownLines = 0;
            for (const QJsonValue &line : order.value(u"Products"_s).toArray()) {
                const qint64 productId = line.toObject().value(u"ProductId"_s).toInteger();
                const Entity family = familyOfPloomesProduct.value(productId, Entity::Seller);
                if (family == Entity::Product)
                    ++productLines;
                else if (family == Entity::Service)
                    ++serviceLines;
                else
                    ++unknownLines;
            }
            const bool isService = serviceLines > 0 && productLines == 0;
            OrderWork w;
            w.p = order;
            w.label =
                tr("Ploomes order %1")
                    .arg(e.string(u"OrderNumber"_s).isEmpty() ? QString::number(e.id()) : e.string(u"OrderNumber"_s));
            if (productLines > 0 && serviceLines > 0) {
                if (!service) // report once, from the sales-order step
                    refuse(E, P2O, w.ref(service), QString::number(e.id()),
                           tr("The order mixes products and services; Omie needs one sales order for products and one "
                              "service order for services."),
                           u"preflight"_s);
                continue;
            }
            if (isService != service && (productLines + serviceLines) > 0)
                continue; // the other order step handles it
            if (productLines + serviceLines == 0 && (service || unknownLines == 0)) {
                if (!service && unknownLines == 0)
                    refuse(E, P2O, w.ref(service), QString::number(e.id()), tr("The order has no products."),
                           u"preflight"_s);
                else if (!service)
                    refuse(E, P2O, w.ref(service), QString::number(e.id()),
                           tr("None of the order's products came from Omie (no \"Id (Omie)\"): sync products first or "
                              "use products registered in Omie."),
                           u"preflight"_s);
                continue;
            }
            if (quarantined(E, P2O, QString::number(e.id()), e.lastUpdate())) {
                ++counters(E, P2O).skipped;
                continue;
            }
            contactIds.append(e.int64(u"ContactId"_s));
            works.append(w);
        }
        if (!works.isEmpty() && (!loadContacts(contactIds) || !loadOrderDefaults()) && stopped())
            return;
        int done = 0;
        auto opsOf = [&](int start, int end) {
            QList<OrderWork *> ops;
            for (int i = start; i < end; ++i) {
                if (works[i].op == OrderWork::Op::CreateOmie
                    || (works[i].omieResultId && works[i].op == OrderWork::Op::None))
                    ops.append(&works[i]);
            }
            return ops;
        };
        // The Omie order Ponte created from a Ploomes order, by its PL<id> integration code (fresh: a look-up).
        auto consultByCode = [this, service](const QString &code) {
            return wait<std::pair<QJsonObject, ApiError>>([&](auto cb) {
                auto store = [cb](const auto &record, const ApiError &err) { cb(std::make_pair(record.json(), err)); };
                if (service)
                    m_omie->consultarOrdemServico(0, code, store, Omie::CallOptions{true});
                else
                    m_omie->consultarPedido(0, code, store, Omie::CallOptions{true});
            });
        };
        auto prepare = [&](int start, int end) -> bool {
            for (int i = start; i < end; ++i) {
                OrderWork &w = works[i];
                const Ploomes::Entity e(*w.p);
                const QString source = QString::number(e.id());
                // Pre-flight: everything Omie would refuse, reported with the record instead of sent.
                QStringList problems;
                const qint64 contactId = e.int64(u"ContactId"_s);
                const qint64 omieClient = omieClientByContact.value(contactId);
                const QJsonObject contact = m_contacts.value(contactId);
                if (!contactId)
                    problems.append(tr("the order has no client"));
                else if (!omieClient)
                    problems.append(tr("the client is not in Omie yet (it is synchronised first; retried later)"));
                if (!contact.isEmpty()) {
                    const Ploomes::Entity ct(contact);
                    if (!ct.int64(u"CityId"_s) || !ct.int64(u"StateId"_s))
                        problems.append(tr("the client has no city or state"));
                    if (ct.string(u"StreetAddressNumber"_s).trimmed().isEmpty())
                        problems.append(tr("the client's address has no number"));
                    if (Text::digits(ct.string(u"CNPJ"_s) + ct.string(u"CPF"_s)).isEmpty())
                        problems.append(tr("the client has no CNPJ/CPF"));
                    if (genericName(ct.name()))
                        problems.append(tr("the client's name \"%1\" is generic").arg(ct.name()));
                }
                QJsonArray lines;
                double amount = 0;
                int seq = 0;
                for (const QJsonValue &v : w.p->value(u"Products"_s).toArray()) {
                    const QJsonObject line = v.toObject();
                    const qint64 productId = line.value(u"ProductId"_s).toInteger();
                    const double quantity = line.value(u"Quantity"_s).toDouble();
                    const double price = line.value(u"UnitPrice"_s).toDouble();
                    const double discount = line.value(u"Discount"_s).toDouble();
                    const QString name = line.value(u"ProductName"_s).toString().isEmpty()
                                             ? QString::number(productId)
                                             : line.value(u"ProductName"_s).toString();
                    const qint64 omieProduct = omieProductByPloomes.value(productId);
                    if (!omieProduct)
                        problems.append(tr("the product \"%1\" has no \"Id (Omie)\"").arg(name));
                    if (quantity <= 0)
                        problems.append(tr("the quantity of \"%1\" is not positive").arg(name));
                    if (price <= 0)
                        problems.append(tr("the unit price of \"%1\" is not positive").arg(name));
                    amount += quantity * price * (1 - discount / 100);
                    ++seq;
                    if (service) {
                        QJsonObject item{{u"nCodServico"_s, omieProduct},
                                         {u"nQtde"_s, quantity},
                                         {u"nValUnit"_s, price},
                                         {u"nSeqItem"_s, seq}};
                        if (discount > 0) {
                            item.insert(u"cTpDesconto"_s, u"P"_s);
                            item.insert(u"nAliqDesconto"_s, discount);
                        }
                        lines.append(item);
                    } else {
                        QJsonObject produto{{u"codigo_produto"_s, omieProduct},
                                            {u"quantidade"_s, quantity},
                                            {u"valor_unitario"_s, price}};
                        if (discount > 0) {
                            produto.insert(u"tipo_desconto"_s, u"P"_s);
                            produto.insert(u"percentual_desconto"_s, discount);
                        }
                        lines.append(QJsonObject{
                            {u"ide"_s, QJsonObject{{u"codigo_item_integracao"_s, u"PL%1-%2"_s.arg(e.id()).arg(seq)}}},
                            {u"produto"_s, produto}});
                    }
                }
                if (lines.isEmpty())
                    problems.append(tr("the order has no products"));
                else if (amount <= 0)
                    problems.append(tr("the order total is not positive"));
                const qint64 owner = e.int64(u"OwnerId"_s);
                if (owner && !m_lookups.sellerByUserId.contains(owner))
                    problems.append(tr("the responsible user has no Omie seller with the same e-mail"));
                if (const QString &p = service ? m_serviceOrderDefaultsProblem : m_orderDefaultsProblem; !p.isEmpty())
                    problems.append(p);
                if (!problems.isEmpty()) {
                    refuse(E, P2O, w.ref(service), source, tr("Not sent to Omie: %1.").arg(problems.join(u"; "_s)),
                           u"preflight"_s);
                    continue;
                }
                const Mapper::Result mapped = m_mapper->toOmie(E, *w.p);
                w.warnings = mapped.warnings;
                QJsonObject payload = mapped.payload;
                const QString code = u"PL"_s + source;
                const QString date = (service ? payload.value(u"Cabecalho"_s).toObject().value(u"dDtPrevisao"_s)
                                              : payload.value(u"cabecalho"_s).toObject().value(u"data_previsao"_s))
                                         .toString();
                // Omie wants data_previsao today or later (omie-api.md §7.3).
                const QString previsao = OmieChoices::previsaoForNewOrder(date, BrasiliaTime::ofMs(now).date());
                if (service) {
                    QJsonObject head = payload.value(u"Cabecalho"_s).toObject();
                    head.insert(u"cCodIntOS"_s, code);
                    head.insert(u"nCodCli"_s, omieClient);
                    head.insert(u"dDtPrevisao"_s, previsao);
                    head.insert(u"cEtapa"_s, m_etapaOs);
                    head.insert(u"cCodParc"_s, m_parcela);
                    head.insert(u"nQtdeParc"_s, 1);
                    if (owner)
                        head.insert(u"nCodVend"_s, m_lookups.sellerByUserId.value(owner));
                    payload.insert(u"Cabecalho"_s, head);
                    payload.insert(u"InformacoesAdicionais"_s,
                                   QJsonObject{{u"cCodCateg"_s, m_categoria}, {u"nCodCC"_s, m_contaCorrente}});
                    payload.insert(u"ServicosPrestados"_s, lines);
                } else {
                    QJsonObject head = payload.value(u"cabecalho"_s).toObject();
                    head.insert(u"codigo_pedido_integracao"_s, code);
                    head.insert(u"codigo_cliente"_s, omieClient);
                    head.insert(u"data_previsao"_s, previsao);
                    head.insert(u"etapa"_s, m_etapa);
                    head.insert(u"codigo_parcela"_s, m_parcela);
                    payload.insert(u"cabecalho"_s, head);
                    QJsonObject extra = payload.value(u"informacoes_adicionais"_s).toObject();
                    extra.insert(u"codigo_categoria"_s, m_categoria);
                    extra.insert(u"codigo_conta_corrente"_s, m_contaCorrente);
                    extra.insert(u"consumidor_final"_s, u"N"_s);
                    if (owner)
                        extra.insert(u"codVend"_s, m_lookups.sellerByUserId.value(owner));
                    payload.insert(u"informacoes_adicionais"_s, extra);
                    payload.insert(u"det"_s, lines);
                }
                w.payload = payload;
                w.op = OrderWork::Op::CreateOmie;
                if (m_options.dryRun) {
                    ++counters(E, P2O).created;
                    record(E, P2O, w.ref(service), u"create"_s, u"would-create"_s, w.warnings.join(u' '));
                    w.op = OrderWork::Op::None;
                    continue;
                }
                if (beginCreate(E, P2O, source, &w.workId)) {
                    const auto found = consultByCode(code);
                    if (!found.second.isError()) {
                        w.omie = found.first;
                        w.omieResultId =
                            service ? Omie::OrdemServico(found.first).id() : Omie::Pedido(found.first).id();
                        w.op = OrderWork::Op::None;
                    } else if (found.second.kind != ApiError::Kind::NotFound
                               && fatal(found.second, tr("Looking up an order in Omie"))) {
                        return false;
                    }
                }
            }
            return true;
        };
        auto send = [this, service](OrderWork *w, std::function<void()> finished) {
            if (w->op != OrderWork::Op::CreateOmie) {
                finished(); // found by the look-up: nothing to send
                return;
            }
            auto store = [w, finished](const Omie::WriteResult &r) {
                w->error = r.error;
                w->omieResultId = r.id;
                w->omieNumber = r.number;
                finished();
            };
            if (service)
                m_omie->incluirOrdemServico(Omie::OrdemServico(w->payload), store);
            else
                m_omie->incluirPedido(Omie::Pedido(w->payload), store);
        };
        auto launch = [&](int start, int end) {
            const QList<OrderWork *> ops = opsOf(start, end);
            return startAll(int(ops.size()), [&](int i, std::function<void()> finished) { send(ops.at(i), finished); });
        };
        auto settle = [&](int start, int end) {
            QList<Rewrite> rewrites;
            for (OrderWork *w : opsOf(start, end)) {
                if (!w->error.isError() || w->op != OrderWork::Op::CreateOmie)
                    continue;
                Rewrite r;
                r.error = &w->error;
                r.lookUp = [this, w, service, &consultByCode] {
                    const QString code = u"PL"_s + QString::number(w->p->value(u"Id"_s).toInteger());
                    const auto found = consultByCode(code);
                    const Presence p = omiePresence(found.second, tr("Looking up an order in Omie"));
                    if (p == Presence::Found) {
                        w->omie = found.first;
                        w->omieResultId =
                            service ? Omie::OrdemServico(found.first).id() : Omie::Pedido(found.first).id();
                    }
                    return p;
                };
                r.resend = [send, w](std::function<void()> finished) { send(w, std::move(finished)); };
                rewrites.append(r);
            }
            settleWrites(rewrites);
        };
        auto finish = [&](int start, int end) {
            const QList<OrderWork *> ops = opsOf(start, end);
            QList<OrderWork *> followUps;
            for (OrderWork *w : std::as_const(ops)) {
                const QString source = QString::number(w->p->value(u"Id"_s).toInteger());
                if (w->error.kind == ApiError::Kind::AlreadyExists) {
                    // The integration code is taken: that order is ours from an earlier attempt; link it.
                    const auto found = consultByCode(u"PL"_s + source);
                    if (!found.second.isError()) {
                        w->error = ApiError{};
                        w->omieResultId =
                            service ? Omie::OrdemServico(found.first).id() : Omie::Pedido(found.first).id();
                        w->omie = found.first;
                    }
                }
                if (w->error.isError()) {
                    endCreate(w->workId, false, w->error.serviceMessage);
                    fail(E, P2O, w->ref(service), source, u"create"_s, w->error,
                         service ? tr("Creating the service order in Omie") : tr("Creating the sales order in Omie"));
                    continue;
                }
                const QJsonObject omieAfter = w->omie ? *w->omie : w->payload;
                Coupling c;
                c.entity = E;
                c.omieId = w->omieResultId;
                c.ploomesId = w->p->value(u"Id"_s).toInteger();
                const Mapper::Result toP = m_mapper->toPloomes(E, omieAfter);
                c.ploomesHash = Mapper::hash(m_mapper->ploomesSide(E, toP.payload));
                c.omieHash = Mapper::hash(m_mapper->omieSide(E, m_mapper->toOmie(E, *w->p).payload));
                w->c = c;
                if (!commitWrite(E, P2O, c, w->workId, source, w->ref(service), u"create"_s, true,
                                 w->omieNumber.isEmpty()
                                     ? w->warnings.join(u' ')
                                     : tr("Omie number %1.").arg(w->omieNumber) + u' ' + w->warnings.join(u' ')))
                    return;
                // Ploomes learns the Omie id (and the Omie status) in the same PATCH.
                w->payload = mergeOtherProperties(withOmieId(E, toP.payload, w->omieResultId), *w->p);
                followUps.append(w);
            }
            // Ploomes learns the Omie id (and the Omie status) while the next batch goes to Omie.
            for (OrderWork *w : std::as_const(followUps)) {
                const qint64 orderId = w->p->value(u"Id"_s).toInteger();
                const qint64 workId = queueCrossReference(E, O2P, w->omieResultId, orderId);
                if (!workId)
                    continue; // not recorded (the database refused): not sent
                const QJsonObject patch = w->payload;
                detachIdempotent(
                    [this, orderId, patch](std::function<void(const ApiError &)> replied) {
                        m_ploomes->update(kOrders, orderId, patch, QString(),
                                          [replied](const QJsonObject &, const ApiError &e) { replied(e); });
                    },
                    [this, orderId, workId](const ApiError &e, int) {
                        if (e.isError() && !fatal(e, tr("Storing the Omie id in the Ploomes order"), true))
                            qCWarning(lcSync)
                                << "could not store the Omie id in Ploomes order" << orderId << e.serviceMessage;
                        crossReferenceDone(workId, e);
                    });
            }
            done = end;
            progress(E, P2O, done, int(works.size()));
        };
        if (!pipeline(int(works.size()), kBatch, prepare, launch, finish, settle))
            return;
        waitDetached();
        if (!stopped() && maxSeen.isValid())
            advanceCursor(E, P2O, maxSeen);
    }

    // ---- Omie → Ploomes: status of linked orders, and the backfill -----------------------------
    if (o2p && !stopped()) {
        counters(E, O2P);
        const std::optional<QDateTime> cursor = cursorTime(E, O2P);
        const std::optional<QDate> backfill = backfillSince(O2P);
        if (!cursor && !backfill && m_couplings.count(E) == 0) {
            // Nothing to follow yet: start watching from now.
            advanceCursor(E, O2P, QDateTime::fromMSecsSinceEpoch(m_startedAt, Qt::UTC));
            return;
        }
        Omie::ListFilter filter;
        if (cursor) {
            filter.changedSince = overlapBefore(*cursor, true);
            filter.changedUntil = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).addSecs(3600);
        } else if (backfill) {
            filter.changedSince = BrasiliaTime::at(*backfill, QTime(0, 0));
        }
        note(service ? tr("Reading Omie service orders…") : tr("Reading Omie sales orders…"));
        QList<QJsonObject> omieOrders;
        ApiError readError;
        if (service) {
            const auto read = wait<std::pair<QList<Omie::OrdemServico>, ApiError>>([&](auto cb) {
                m_omie->listOrdensServico(
                    filter, [cb](const QList<Omie::OrdemServico> &v, const ApiError &e) { cb(std::make_pair(v, e)); });
            });
            readError = read.second;
            for (const Omie::OrdemServico &o : read.first)
                omieOrders.append(o.json());
        } else {
            const auto read = wait<std::pair<QList<Omie::Pedido>, ApiError>>([&](auto cb) {
                m_omie->listPedidos(
                    filter, [cb](const QList<Omie::Pedido> &v, const ApiError &e) { cb(std::make_pair(v, e)); });
            });
            readError = read.second;
            for (const Omie::Pedido &o : read.first)
                omieOrders.append(o.json());
        }
        if (readError.isError()) {
            fatal(readError, service ? tr("Reading the Omie service orders") : tr("Reading the Omie sales orders"));
            return;
        }
        auto idOf = [service](const QJsonObject &o) {
            return service ? Omie::OrdemServico(o).id() : Omie::Pedido(o).id();
        };
        appendDueQuarantinedOmieOrders(E, omieOrders);
        if (stopped())
            return;
        auto alteredOf = [service](const QJsonObject &o) {
            return service ? Omie::OrdemServico(o).altered() : Omie::Pedido(o).altered();
        };
        // Orders that already hold an Omie id in Ploomes (a lost local database, an earlier tool): on a
        // first or --full run they are linked, never imported a second time. One paged read per run,
        // shared by sales and service orders (both are Ploomes orders).
        const QString idKey = omieIdFieldKey(E);
        if ((m_options.full || !cursor) && !idKey.isEmpty() && !m_ploomesOrdersByOmieId) {
            const ListResult existing = ploomesWithOmieId(kOrders, E, u"OtherProperties"_s);
            if (existing.error.isError()) {
                fatal(existing.error, tr("Reading the Ploomes orders"));
                return;
            }
            m_ploomesOrdersByOmieId.emplace();
            for (const QJsonObject &p : existing.items) {
                if (const qint64 omieId = Ploomes::Entity(p).otherString(idKey).toLongLong())
                    m_ploomesOrdersByOmieId->insert(omieId, p);
            }
        }
        // That read lists every Ploomes order holding an Omie id: on a --full run, a paired order missing from
        // it is looked up by id and, when really gone, handled per the deletion policy.
        QSet<qint64> settledNow;
        if (m_options.full && m_ploomesOrdersByOmieId) {
            QSet<qint64> listed;
            for (const QJsonObject &p : std::as_const(*m_ploomesOrdersByOmieId))
                listed.insert(Ploomes::Entity(p).id());
            for (GonePair &g : findGonePairs(E, nullptr, &listed)) {
                g.label = tr("Order (Omie %1, Ploomes %2)")
                              .arg(g.coupling.omieId.value_or(0))
                              .arg(g.coupling.ploomesId.value_or(0));
                settleGonePair(E, g, false, false);
                if (g.coupling.omieId)
                    settledNow.insert(*g.coupling.omieId);
            }
            if (stopped())
                return;
        }
        const QHash<qint64, QJsonObject> ploomesByOmieId =
            m_ploomesOrdersByOmieId.value_or(QHash<qint64, QJsonObject>());
        QDateTime maxSeen;
        QList<OrderWork> works;
        QSet<qint64> seen;
        QList<qint64> ploomesToRead;
        for (const QJsonObject &o : std::as_const(omieOrders)) {
            const qint64 id = idOf(o);
            if (!id || seen.contains(id))
                continue;
            seen.insert(id);
            maxSeen = std::max(maxSeen, alteredOf(o));
            OrderWork w;
            w.omie = o;
            const QString number = service ? Omie::OrdemServico(o).numero() : Omie::Pedido(o).numero();
            w.label = service ? tr("Service order %1").arg(number) : tr("Sales order %1").arg(number);
            if (settledNow.contains(id))
                continue; // reported with its deletion above
            if (unlinkedOmie.contains(id)) {
                skipUnlinkedSurvivor(E, O2P, {id, std::nullopt, w.label});
                continue;
            }
            if (const std::optional<Coupling> c = m_couplings.findByOmieId(E, id)) {
                w.c = c;
            } else {
                const QString code =
                    service ? Omie::OrdemServico(o).integrationCode() : Omie::Pedido(o).integrationCode();
                if (code.startsWith(u"PL"_s) && code.mid(2).toLongLong()) {
                    // Created by Ponte from Ploomes: relink (the local database was lost or rebuilt).
                    Coupling c;
                    c.entity = E;
                    c.omieId = id;
                    c.ploomesId = code.mid(2).toLongLong();
                    w.c = c;
                    if (!saveCoupling(c).isOk())
                        return;
                } else if (const auto existing = ploomesByOmieId.constFind(id);
                           existing != ploomesByOmieId.constEnd()) {
                    // Already in Ploomes: link it; it is updated below only if it differs from Omie.
                    Coupling c;
                    c.entity = E;
                    c.omieId = id;
                    c.ploomesId = existing->value(u"Id"_s).toInteger();
                    c.ploomesHash = Mapper::hash(m_mapper->ploomesSide(E, *existing));
                    w.c = c;
                    if (!saveCoupling(c).isOk())
                        return;
                    record(E, O2P, w.ref(service), u"link"_s, m_options.dryRun ? u"would-link"_s : u"ok"_s,
                           tr("Linked to the Ploomes order that already holds this Omie id."));
                } else if (!backfill) {
                    continue; // not followed: only orders from Ploomes, or the backfill window
                } else {
                    const QDate orderDate =
                        service ? Omie::OrdemServico(o).dataPrevisao() : Omie::Pedido(o).dataPrevisao();
                    const QDate created = alteredOf(o).date();
                    if ((orderDate.isValid() ? orderDate : created) < *backfill)
                        continue;
                }
            }
            const QString source = QString::number(id);
            if (quarantined(E, O2P, source, alteredOf(o))) {
                ++counters(E, O2P).skipped;
                continue;
            }
            if (w.c && w.c->ploomesId)
                ploomesToRead.append(*w.c->ploomesId);
            works.append(w);
        }
        // The current Ploomes orders are needed to merge custom fields (PATCH may replace them all).
        QHash<qint64, QJsonObject> ploomesById;
        while (!ploomesToRead.isEmpty()) {
            const QList<qint64> chunk = ploomesToRead.mid(0, 25);
            ploomesToRead.remove(0, chunk.size());
            const ListResult got = ploomesGetAll(
                kOrders, Ploomes::Query().filter(Ploomes::OData::anyOf(u"Id"_s, chunk)).expand(u"OtherProperties"_s));
            if (got.error.isError()) {
                fatal(got.error, tr("Reading the Ploomes orders"));
                return;
            }
            for (const QJsonObject &p : got.items)
                ploomesById.insert(p.value(u"Id"_s).toInteger(), p);
        }
        int done = 0;
        auto opsOf = [&](int start, int end) {
            QList<OrderWork *> ops;
            for (int i = start; i < end; ++i) {
                if (works[i].op == OrderWork::Op::CreatePloomes || works[i].op == OrderWork::Op::UpdatePloomes)
                    ops.append(&works[i]);
            }
            return ops;
        };
        auto prepare = [&](int start, int end) -> bool {
            for (int i = start; i < end; ++i) {
                OrderWork &w = works[i];
                const qint64 omieId = idOf(*w.omie);
                const QString source = QString::number(omieId);
                const Mapper::Result mapped = m_mapper->toPloomes(E, *w.omie);
                w.warnings = mapped.warnings;
                w.hash = Mapper::hash(m_mapper->ploomesSide(E, mapped.payload));
                if (w.c) {
                    if (w.hash == w.c->ploomesHash) {
                        ++counters(E, O2P).unchanged;
                        continue;
                    }
                    const qint64 ploomesId = w.c->ploomesId.value_or(0);
                    if (!ploomesById.contains(ploomesId)) {
                        refuse(E, O2P, w.ref(service), source,
                               tr("The Ploomes order %1 no longer exists.").arg(ploomesId), u"not-found"_s);
                        continue;
                    }
                    w.p = ploomesById.value(ploomesId);
                    w.payload = mergeOtherProperties(withOmieId(E, mapped.payload, omieId), *w.p);
                    w.op = OrderWork::Op::UpdatePloomes;
                } else {
                    // Backfill: the client and every item must already be linked.
                    const qint64 omieClient =
                        service ? Omie::OrdemServico(*w.omie).codigoCliente() : Omie::Pedido(*w.omie).codigoCliente();
                    const qint64 contact = contactByOmieClient.value(omieClient);
                    QStringList problems;
                    bool missingLink = !contact;
                    if (!contact)
                        problems.append(tr("its client is not linked to a Ploomes contact yet"));
                    QJsonArray products;
                    double amount = 0;
                    auto addLine = [&](qint64 omieProduct, double quantity, double price, double discount) {
                        const qint64 product = ploomesProductByOmie.value(omieProduct);
                        if (!product) {
                            missingLink = true;
                            problems.append(tr("item %1 is not linked to a Ploomes product").arg(omieProduct));
                            return;
                        }
                        const double total = std::round(quantity * price * (1 - discount / 100) * 100) / 100;
                        amount += total;
                        QJsonObject line{{u"ProductId"_s, product},
                                         {u"Quantity"_s, quantity},
                                         {u"UnitPrice"_s, price},
                                         {u"Discount"_s, discount},
                                         {u"Total"_s, total}};
                        if (m_currencyBrl)
                            line.insert(u"CurrencyId"_s, m_currencyBrl);
                        products.append(line);
                    };
                    if (service) {
                        for (const Omie::OsItem &item : Omie::OrdemServico(*w.omie).servicos())
                            addLine(item.codigoServico, item.quantidade, item.valorUnitario, item.percentualDesconto);
                    } else {
                        for (const Omie::PedidoItem &item : Omie::Pedido(*w.omie).itens())
                            addLine(item.codigoProduto, item.quantidade, item.valorUnitario, item.percentualDesconto);
                    }
                    if (products.isEmpty() && problems.isEmpty())
                        problems.append(tr("it has no items"));
                    if (!problems.isEmpty()) {
                        // Only missing links: the record comes back as soon as a run links clients or products.
                        refuse(E, O2P, w.ref(service), source,
                               tr("Not imported into Ploomes: %1.").arg(problems.join(u"; "_s)),
                               missingLink ? dependencyErrorClass() : u"preflight"_s);
                        continue;
                    }
                    QJsonObject payload = withOmieId(E, mapped.payload, omieId);
                    payload.insert(u"ContactId"_s, contact);
                    payload.insert(u"Products"_s, products);
                    payload.insert(u"Amount"_s, std::round(amount * 100) / 100);
                    if (m_currencyBrl) // read from /Currencies; without it Ploomes applies the account's
                        payload.insert(u"CurrencyId"_s, m_currencyBrl);
                    w.payload = payload;
                    w.op = OrderWork::Op::CreatePloomes;
                }
                if (m_options.dryRun) {
                    const bool create = w.op == OrderWork::Op::CreatePloomes;
                    ++(create ? counters(E, O2P).created : counters(E, O2P).updated);
                    record(E, O2P, w.ref(service), create ? u"create"_s : u"update"_s,
                           create ? u"would-create"_s : u"would-update"_s, w.warnings.join(u' '));
                    w.op = OrderWork::Op::None;
                    continue;
                }
                if (w.op == OrderWork::Op::CreatePloomes && beginCreate(E, O2P, source, &w.workId)) {
                    const std::optional<QJsonObject> found =
                        findPloomesByOmieId(E, kOrders, omieId, u"OtherProperties"_s);
                    if (stopped())
                        return false;
                    if (found) {
                        w.p = *found;
                        w.op = OrderWork::Op::UpdatePloomes;
                        QJsonObject patch = w.payload;
                        patch.remove(u"Products"_s);
                        patch.remove(u"ContactId"_s);
                        w.payload = mergeOtherProperties(patch, *found);
                    }
                }
            }
            return true;
        };
        auto send = [this](OrderWork *w, std::function<void()> finished) {
            auto store = [w, finished](const QJsonObject &item, const ApiError &e) {
                w->ploomesResult = item;
                w->error = e;
                finished();
            };
            if (w->op == OrderWork::Op::CreatePloomes)
                m_ploomes->create(kOrders, w->payload, kOrderExpand, store);
            else
                m_ploomes->update(kOrders, w->p->value(u"Id"_s).toInteger(), w->payload, QString(), store);
        };
        auto launch = [&](int start, int end) {
            const QList<OrderWork *> ops = opsOf(start, end);
            return startAll(int(ops.size()), [&](int i, std::function<void()> finished) { send(ops.at(i), finished); });
        };
        auto settle = [&](int start, int end) {
            QList<Rewrite> rewrites;
            for (OrderWork *w : opsOf(start, end)) {
                if (!w->error.isError())
                    continue;
                Rewrite r;
                r.error = &w->error;
                if (w->op == OrderWork::Op::CreatePloomes)
                    r.lookUp = [this, E, w, &idOf] {
                        return lookUpPloomes(E, kOrders, idOf(*w->omie), kOrderExpand, &w->ploomesResult);
                    };
                r.resend = [send, w](std::function<void()> finished) { send(w, std::move(finished)); };
                rewrites.append(r);
            }
            settleWrites(rewrites);
        };
        auto finish = [&](int start, int end) {
            const QList<OrderWork *> ops = opsOf(start, end);
            for (OrderWork *w : std::as_const(ops)) {
                const qint64 omieId = idOf(*w->omie);
                const QString source = QString::number(omieId);
                const bool create = w->op == OrderWork::Op::CreatePloomes;
                if (w->error.isError()) {
                    endCreate(w->workId, false, w->error.serviceMessage);
                    fail(E, O2P, w->ref(service), source, create ? u"create"_s : u"update"_s, w->error,
                         create ? tr("Importing the order into Ploomes") : tr("Updating the order in Ploomes"));
                    continue;
                }
                Coupling c = w->c.value_or(Coupling{});
                c.entity = E;
                c.omieId = omieId;
                c.ploomesId = create ? Ploomes::Entity(w->ploomesResult).id() : w->p->value(u"Id"_s).toInteger();
                c.ploomesHash = w->hash;
                const QJsonObject after =
                    w->ploomesResult.isEmpty() ? deepMerge(w->p.value_or(QJsonObject()), w->payload) : w->ploomesResult;
                c.omieHash = Mapper::hash(m_mapper->omieSide(E, m_mapper->toOmie(E, after).payload));
                w->c = c;
                if (!commitWrite(E, O2P, c, w->workId, source, w->ref(service), create ? u"create"_s : u"update"_s,
                                 create, w->warnings.join(u' ')))
                    return;
            }
            done = end;
            progress(E, O2P, done, int(works.size()));
        };
        if (!pipeline(int(works.size()), kBatch, prepare, launch, finish, settle))
            return;
        if (!stopped() && maxSeen.isValid())
            advanceCursor(E, O2P, maxSeen);
    }
}

} // namespace Ponte
