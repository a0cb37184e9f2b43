// Omie produtos and serviços → Ploomes products in the families "Produtos" / "Serviços".
#include "sync/productstep.h"

#include "sync/stepdecisions.h"

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
constexpr int kBatch = 50;
const QString &kProducts = Ploomes::Product::Path;
const QString &kExpand = Ploomes::Product::Expand;
const Direction O2P = Direction::OmieToPloomes;
} // namespace

SyncRun::ItemRef ProductStep::Work::ref() const
{
    SyncRun::ItemRef r;
    r.omieId = omieId;
    if (c && c->ploomesId)
        r.ploomesId = c->ploomesId;
    else if (p)
        r.ploomesId = p->id;
    r.label = label;
    return r;
}

ProductStep::ProductStep(SyncRun &run, Entity entity)
    : m_run(run), m_entity(entity), m_services(entity == Entity::Service)
{}

void ProductStep::run()
{
    if (!m_run.m_options.includes(O2P))
        return;
    m_run.counters(m_entity, O2P);
    m_firstRun = m_run.m_options.full || m_run.m_couplings.count(m_entity) == 0;
    m_now = m_run.m_clock->nowMs();
    if (!read())
        return;
    QDateTime maxAltered;
    for (const Work &w : std::as_const(m_works))
        maxAltered = std::max(maxAltered, w.altered);
    readDueAgain();

    // Read before the set-up: when the step cannot start, each of its records fails with the reason.
    m_run.m_setupProblem.clear();
    const bool setUp = m_run.ensurePloomesSetup(m_entity) && m_run.ensureProductGroup(m_entity);
    switch (stepStart(setUp, m_run.stopped())) {
    case StepStart::StopRun:
        return;
    case StepStart::FailEachRecord: {
        QList<std::pair<SyncRun::ItemRef, QString>> records;
        for (const Work &w : std::as_const(m_works))
            records.append({w.ref(), QString::number(w.omieId)});
        m_run.failStep(m_entity, O2P, records,
                       m_run.m_setupProblem.isEmpty()
                           ? SyncRun::tr("The Ploomes set-up for products could not be completed.")
                           : m_run.m_setupProblem);
        return;
    }
    case StepStart::Go:
        break;
    }
    m_idKey = m_run.omieIdFieldKey(m_entity);
    if (!settleDeletions() || !indexFamily())
        return;
    const bool carryOn = m_run.pipeline(
        int(m_works.size()), kBatch, [this](int s, int e) { return prepare(s, e); },
        [this](int s, int e) {
            const QList<Work *> ops = opsOf(s, e);
            return m_run.startAll(int(ops.size()), [this, ops](int i, std::function<void()> finished) {
                send(ops.at(i), std::move(finished));
            });
        },
        [this](int s, int e) { finish(s, e); }, [this](int s, int e) { settle(s, e); });
    if (carryOn && !m_run.stopped() && maxAltered.isValid())
        m_run.advanceCursor(m_entity, O2P, maxAltered);
}

void ProductStep::add(
    const QJsonObject &json, qint64 id, const QString &code, const QString &label, const QDateTime &altered)
{
    if (!id || m_seen.contains(id))
        return;
    m_seen.insert(id);
    Work w;
    w.omie = json;
    w.omieId = id;
    w.code = code;
    w.label = label;
    w.altered = altered;
    m_works.append(w);
}

bool ProductStep::read()
{
    Omie::ListFilter filter;
    const std::optional<QDateTime> cursor = m_run.cursorTime(m_entity, O2P);
    if (!m_firstRun && cursor) {
        filter.changedSince = m_run.overlapBefore(*cursor, true);
        filter.changedUntil = QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC).addSecs(3600);
    }
    m_run.note(m_services ? SyncRun::tr("Reading Omie services…") : SyncRun::tr("Reading Omie products…"));
    ApiError readError;
    if (m_services) {
        const auto read = m_run.wait<std::pair<QList<Omie::Servico>, ApiError>>([&](auto done) {
            m_run.m_omie->listServicos(
                filter, [done](const QList<Omie::Servico> &v, const ApiError &e) { done(std::make_pair(v, e)); });
        });
        readError = read.second;
        for (const Omie::Servico &s : read.first)
            add(s.json(), s.id(), s.codigo(), s.descricao(), s.altered());
    } else {
        const auto read = m_run.wait<std::pair<QList<Omie::Produto>, ApiError>>([&](auto done) {
            m_run.m_omie->listProdutos(
                filter, [done](const QList<Omie::Produto> &v, const ApiError &e) { done(std::make_pair(v, e)); });
        });
        readError = read.second;
        for (const Omie::Produto &p : read.first)
            add(p.json(), p.id(), p.codigo(), p.descricao(), p.altered());
    }
    if (readError.isError()) {
        m_run.fatal(readError,
                    m_services ? SyncRun::tr("Reading the Omie services") : SyncRun::tr("Reading the Omie products"));
        return false;
    }
    return true;
}

void ProductStep::readDueAgain()
{
    for (const QuarantineEntry &q : m_run.m_quarantine.due(m_now)) {
        if (q.entity != m_entity || m_seen.contains(q.sourceId.toLongLong()))
            continue;
        const qint64 id = q.sourceId.toLongLong();
        if (m_services) {
            const auto got = m_run.wait<std::pair<Omie::Servico, ApiError>>([&](auto done) {
                m_run.m_omie->consultarServico(
                    id, QString(), [done](const Omie::Servico &v, const ApiError &e) { done(std::make_pair(v, e)); });
            });
            if (!got.second.isError())
                add(got.first.json(), id, got.first.codigo(), got.first.descricao(), got.first.altered());
        } else {
            const auto got = m_run.wait<std::pair<Omie::Produto, ApiError>>([&](auto done) {
                m_run.m_omie->consultarProduto(
                    id, QString(), [done](const Omie::Produto &v, const ApiError &e) { done(std::make_pair(v, e)); });
            });
            if (!got.second.isError())
                add(got.first.json(), id, got.first.codigo(), got.first.descricao(), got.first.altered());
        }
    }
}

SyncRun::ListResult ProductStep::readFamily()
{
    return m_run.ploomesGetAll(
        kProducts,
        Ploomes::Query().filter(Ploomes::Product::inFamily(m_run.m_familyId.value(m_entity))).expand(kExpand));
}

bool ProductStep::settleDeletions()
{
    // A full read also shows deletions on either side: the family's Ploomes products are read in full for it.
    const QSet<qint64> earlierOmie = m_run.survivorsKeptOut(m_entity, DeletedIn::Ploomes, true, m_seen);
    QSet<qint64> dropOmie = earlierOmie;
    m_dropPloomes = m_run.unlinkedSurvivors(m_entity, DeletedIn::Omie);
    if (m_run.m_couplings.count(m_entity) > 0) {
        QSet<qint64> listed;
        QHash<qint64, QString> ploomesNames;
        if (m_firstRun && m_run.m_familyId.value(m_entity)) {
            m_family = readFamily();
            if (m_family->error.isError()) {
                m_run.fatal(m_family->error, SyncRun::tr("Reading the Ploomes products"));
                return false;
            }
            for (const QJsonObject &json : std::as_const(m_family->items)) {
                const Ploomes::Product p = Ploomes::Product::fromJson(json);
                listed.insert(p.id);
                ploomesNames.insert(p.id, p.name);
            }
        }
        QHash<qint64, QString> omieNames;
        for (const Work &w : std::as_const(m_works))
            omieNames.insert(w.omieId, w.label);
        for (SyncRun::GonePair &g :
             m_run.findGonePairs(m_entity, m_firstRun ? &m_seen : nullptr, m_family ? &listed : nullptr)) {
            g.label = g.goneFromOmie ? ploomesNames.value(g.coupling.ploomesId.value_or(0))
                                     : omieNames.value(g.coupling.omieId.value_or(0));
            // Recreated only in Ploomes, from Omie; a deletion is mirrored only into Ploomes.
            const QString action = m_run.settleGonePair(m_entity, g, !g.goneFromOmie, !g.goneFromPloomes);
            if (action == u"recreated"_s && !m_run.m_options.dryRun)
                continue;
            if (g.coupling.omieId)
                dropOmie.insert(*g.coupling.omieId);
            if (g.coupling.ploomesId)
                m_dropPloomes.insert(*g.coupling.ploomesId);
        }
        if (m_run.stopped())
            return false;
    }
    m_works.removeIf([&](const Work &w) {
        if (dropOmie.contains(w.omieId) && earlierOmie.contains(w.omieId))
            m_run.skipUnlinkedSurvivor(m_entity, O2P, w.ref());
        return dropOmie.contains(w.omieId);
    });
    return true;
}

bool ProductStep::indexFamily()
{
    // Couplings, then (first run) existing Ploomes products of the family by "Id (Omie)" or code.
    QSet<qint64> coupledPloomes;
    for (const Coupling &c : m_run.m_couplings.all(m_entity)) {
        if (c.omieId)
            m_couplingByOmie.insert(*c.omieId, c);
        if (c.ploomesId)
            coupledPloomes.insert(*c.ploomesId);
    }
    bool needIndex = false;
    for (const Work &w : std::as_const(m_works))
        needIndex = needIndex || !m_couplingByOmie.contains(w.omieId);
    if (!needIndex || !m_run.m_familyId.value(m_entity))
        return true;
    const SyncRun::ListResult existing = m_family ? *m_family : readFamily();
    if (existing.error.isError()) {
        m_run.fatal(existing.error, SyncRun::tr("Reading the Ploomes products"));
        return false;
    }
    for (const QJsonObject &json : existing.items) {
        const Ploomes::Product e = Ploomes::Product::fromJson(json);
        if (coupledPloomes.contains(e.id) || m_dropPloomes.contains(e.id))
            continue;
        if (const qint64 omieId = e.otherString(m_idKey).toLongLong())
            m_ploomesByOmieId.insert(omieId, json);
        if (!e.code.isEmpty())
            m_ploomesByCode.insert(e.code, json);
    }
    return true;
}

bool ProductStep::prepare(int start, int end)
{
    for (int i = start; i < end; ++i) {
        if (!prepareOne(m_works[i]))
            return false;
    }
    return true;
}

bool ProductStep::prepareOne(Work &w)
{
    using namespace ProductDecisions;
    const QString source = QString::number(w.omieId);
    if (m_run.skipIfQuarantined(m_entity, O2P, source, w.altered, w.ref()))
        return true;
    Mapper &mapper = *m_run.m_mapper;
    const Mapper::Result mapped = mapper.toPloomes(m_entity, w.omie);
    w.warnings = mapped.warnings;
    w.hash = Mapper::hash(mapper.ploomesSide(m_entity, mapped.payload));
    w.payload = mapped.payload;
    if (Ploomes::Product::nameIn(w.payload).trimmed().isEmpty())
        Ploomes::Product::setName(w.payload, w.code);
    ProductInput in;
    in.match = matchProduct(m_couplingByOmie.contains(w.omieId), m_ploomesByOmieId.contains(w.omieId),
                            m_ploomesByCode.contains(w.code));
    in.mapped = w.hash;
    in.name = Ploomes::Product::nameIn(w.payload);
    if (in.match == Match::Coupled) {
        w.c = m_couplingByOmie.value(w.omieId);
        in.stored = w.c->ploomesHash;
    } else if (in.match != Match::None) {
        // Taken even when refused below: one product of the family is matched by one item only.
        w.p = Ploomes::Product::fromJson(in.match == Match::ByOmieId ? m_ploomesByOmieId.take(w.omieId)
                                                                     : m_ploomesByCode.take(w.code));
        in.candidateHasOmieId = w.p->otherString(m_idKey).toLongLong() == w.omieId;
        in.candidateAsIs = Mapper::hash(mapper.ploomesSide(m_entity, w.p->json()));
    }
    return apply(w, decideProduct(in), source);
}

bool ProductStep::apply(Work &w, ProductDecisions::ProductAction action, const QString &source)
{
    using ProductDecisions::ProductAction;
    w.link = action == ProductAction::Link || action == ProductAction::LinkAndUpdate;
    w.create = action == ProductAction::Create;
    w.update = action == ProductAction::Update || action == ProductAction::LinkAndUpdate;
    switch (action) {
    case ProductAction::Refuse:
        m_run.refuse(m_entity, O2P, w.ref(), source, SyncRun::tr("The item has no description and no code."),
                     u"preflight"_s);
        w.create = w.update = false;
        return true;
    case ProductAction::Unchanged:
        m_run.unchanged(m_entity, O2P, w.ref());
        return true;
    case ProductAction::Link: {
        Coupling c;
        c.entity = m_entity;
        c.omieId = w.omieId;
        c.ploomesId = w.p->id;
        c.ploomesHash = w.hash;
        if (!m_run.saveCoupling(c).isOk())
            return false;
        ++m_run.counters(m_entity, O2P).updated;
        m_run.record(m_entity, O2P, w.ref(), ItemAction::Link,
                     m_run.m_options.dryRun ? ItemOutcome::WouldLink : ItemOutcome::Ok,
                     SyncRun::tr("Linked to the Ploomes product with the same code or Omie id."));
        return true;
    }
    case ProductAction::Create:
        Ploomes::Product::setGroup(w.payload, m_run.m_groupId.value(m_entity));
        w.payload = m_run.withOmieId(m_entity, w.payload, w.omieId);
        break;
    case ProductAction::Update:
    case ProductAction::LinkAndUpdate:
        w.payload = m_run.withOmieId(m_entity, w.payload, w.omieId);
        if (w.p)
            w.payload = m_run.mergeOtherProperties(w.payload, w.p->json());
        break;
    }
    if (m_run.m_options.dryRun) {
        ++(w.create ? m_run.counters(m_entity, O2P).created : m_run.counters(m_entity, O2P).updated);
        m_run.record(m_entity, O2P, w.ref(), w.create ? ItemAction::Create : ItemAction::Update,
                     w.create ? ItemOutcome::WouldCreate : ItemOutcome::WouldUpdate, w.warnings.join(u' '));
        w.create = w.update = false;
        return true;
    }
    if (w.create && m_run.beginCreate(m_entity, O2P, source, &w.workId))
        return lookUpEarlierCreate(w);
    return true;
}

bool ProductStep::lookUpEarlierCreate(Work &w)
{
    const std::optional<QJsonObject> found = m_run.findPloomesByOmieId(m_entity, kProducts, w.omieId, kExpand);
    if (m_run.stopped())
        return false;
    if (found) {
        w.p = Ploomes::Product::fromJson(*found);
        w.create = false;
        w.update = true;
        w.link = true;
        Ploomes::Product::clearGroup(w.payload);
        w.payload = m_run.mergeOtherProperties(w.payload, *found);
    }
    return true;
}

QList<ProductStep::Work *> ProductStep::opsOf(int start, int end)
{
    QList<Work *> ops;
    for (int i = start; i < end; ++i) {
        if (m_works[i].create || m_works[i].update)
            ops.append(&m_works[i]);
    }
    return ops;
}

void ProductStep::send(Work *w, std::function<void()> finished)
{
    auto store = [w, finished](const QJsonObject &item, const ApiError &e) {
        w->result = item;
        w->error = e;
        finished();
    };
    if (w->create)
        m_run.m_ploomes->create(kProducts, w->payload, kExpand, store);
    else
        m_run.m_ploomes->update(kProducts, w->ploomesId(), w->payload, QString(), store);
}

void ProductStep::settle(int start, int end)
{
    QList<SyncRun::Rewrite> rewrites;
    for (Work *w : opsOf(start, end)) {
        if (!w->error.isError())
            continue;
        SyncRun::Rewrite r;
        r.error = &w->error;
        if (w->create)
            r.lookUp = [this, w] { return m_run.lookUpPloomes(m_entity, kProducts, w->omieId, kExpand, &w->result); };
        r.resend = [this, w](std::function<void()> finished) { send(w, std::move(finished)); };
        rewrites.append(r);
    }
    m_run.settleWrites(rewrites);
}

void ProductStep::finish(int start, int end)
{
    for (Work *w : opsOf(start, end)) {
        const QString source = QString::number(w->omieId);
        if (w->error.isError()) {
            m_run.endCreate(w->workId, false, w->error.serviceMessage);
            m_run.fail(m_entity, O2P, w->ref(), source, w->create ? ItemAction::Create : ItemAction::Update, w->error,
                       w->create ? SyncRun::tr("Creating the product in Ploomes")
                                 : SyncRun::tr("Updating the product in Ploomes"));
            continue;
        }
        Coupling c = w->c.value_or(Coupling{});
        c.entity = m_entity;
        c.omieId = w->omieId;
        c.ploomesId = w->create ? Ploomes::Product::fromJson(w->result).id : w->ploomesId();
        c.ploomesHash = w->hash;
        w->c = c;
        if (!m_run.commitWrite(m_entity, O2P, c, w->workId, source, w->ref(),
                               w->create ? ItemAction::Create : (w->link ? ItemAction::Link : ItemAction::Update),
                               w->create, w->warnings.join(u' ')))
            return;
    }
    m_run.progress(m_entity, O2P, end, int(m_works.size()));
}

} // namespace Ponte
