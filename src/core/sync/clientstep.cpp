// Clients ↔ contacts (both ways): read, pair, decide, write, commit.
#include "sync/clientstep.h"

#include "profile.h"
#include "sync/stepdecisions.h"
#include "textutil.h"

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
constexpr int kBatch = 40;
const QString &kContacts = Ploomes::Contact::Path;
const QString &kContactExpand = Ploomes::Contact::Expand;
const Entity E = Entity::Client;
const Direction O2P = Direction::OmieToPloomes;
const Direction P2O = Direction::PloomesToOmie;

QString contactDocument(const Ploomes::Contact &p)
{
    return Text::digits(p.document());
}

using ClienteRead = std::pair<Omie::Cliente, ApiError>;
} // namespace

QString ClientStep::Work::label() const
{
    if (o)
        return o->nomeFantasia().isEmpty() ? o->razaoSocial() : o->nomeFantasia();
    return p ? p->name : QString();
}

SyncRun::ItemRef ClientStep::Work::ref() const
{
    SyncRun::ItemRef r;
    if (o)
        r.omieId = o->id();
    else if (c && c->omieId)
        r.omieId = c->omieId;
    if (p)
        r.ploomesId = p->id;
    else if (c && c->ploomesId)
        r.ploomesId = c->ploomesId;
    r.label = label();
    return r;
}

ClientStep::ClientStep(SyncRun &run) : m_run(run)
{}

void ClientStep::run()
{
    m_o2p = m_run.m_options.includes(O2P);
    m_p2o = m_run.m_options.includes(P2O);
    if (m_o2p)
        m_run.counters(E, O2P);
    if (m_p2o)
        m_run.counters(E, P2O);
    m_firstRun = m_run.m_options.full || m_run.m_couplings.count(E) == 0;
    m_now = m_run.m_clock->nowMs();
    m_run.m_setupProblem.clear();
    const bool setUp = m_run.ensurePloomesSetup(E);
    switch (stepStart(setUp, m_run.stopped())) {
    case StepStart::StopRun:
        return;
    case StepStart::FailEachRecord:
        failUnstarted();
        return;
    case StepStart::Go:
        break;
    }
    m_run.replayCrossReferences(E);
    m_idKey = m_run.omieIdFieldKey(E);
    if ((m_o2p || m_firstRun) && !readOmie())
        return;
    if ((m_p2o || m_firstRun) && !readPloomes())
        return;
    if (!m_run.settleClientDeletions(m_firstRun, m_omieListed, m_omieList, m_ploomesList))
        return;
    QDateTime maxO;
    for (const Omie::Cliente &c : std::as_const(m_omieList))
        maxO = std::max(maxO, c.altered());
    QDateTime maxP;
    for (const QJsonObject &p : std::as_const(m_ploomesList))
        maxP = std::max(maxP, Ploomes::Contact::fromJson(p).lastUpdate);
    if (!readDueAgain() || m_run.stopped() || !pair() || !loadReferenceData())
        return;
    m_policyName = m_run.conflictPolicy();
    m_policy = ClientDecisions::conflictPolicyFrom(m_policyName);
    const bool carryOn = m_run.pipeline(
        int(m_works.size()), kBatch, [this](int s, int e) { return prepare(s, e); },
        [this](int s, int e) {
            const QList<Work *> ops = opsOf(s, e);
            return m_run.startAll(int(ops.size()), [this, ops](int i, std::function<void()> finished) {
                send(ops.at(i), std::move(finished));
            });
        },
        [this](int s, int e) { finish(s, e); }, [this](int s, int e) { settle(s, e); });
    if (!carryOn)
        return;
    m_run.waitDetached();
    if (!m_run.stopped()) {
        if (maxO.isValid())
            m_run.advanceCursor(E, O2P, maxO);
        if (maxP.isValid())
            m_run.advanceCursor(E, P2O, maxP);
    }
}

bool ClientStep::readOmie()
{
    Omie::ListFilter filter;
    const std::optional<QDateTime> cursor = m_run.cursorTime(E, O2P);
    if (!m_firstRun && cursor) {
        filter.changedSince = m_run.overlapBefore(*cursor, true);
        filter.changedUntil = QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC).addSecs(3600);
    }
    m_run.note(SyncRun::tr("Reading Omie clients…"));
    const auto read = m_run.wait<std::pair<QList<Omie::Cliente>, ApiError>>([&](auto done) {
        m_run.m_omie->listClientes(
            filter, [done](const QList<Omie::Cliente> &c, const ApiError &e) { done(std::make_pair(c, e)); });
    });
    if (read.second.isError()) {
        m_run.fatal(read.second, SyncRun::tr("Reading the Omie clients"));
        return false;
    }
    QSet<qint64> seen;
    for (const Omie::Cliente &c : read.first) {
        m_omieListed.insert(c.id()); // a client that became a supplier is not deleted
        if (ClientDecisions::isClient(c.tags()) && !seen.contains(c.id())) {
            seen.insert(c.id());
            m_omieList.append(c);
        }
    }
    return true;
}

bool ClientStep::readPloomes()
{
    m_run.note(SyncRun::tr("Reading Ploomes contacts…"));
    const std::optional<QDateTime> cursor = m_run.cursorTime(E, P2O);
    const QDateTime since = !m_firstRun && cursor ? m_run.overlapBefore(*cursor, false) : QDateTime();
    const SyncRun::ListResult read = m_run.wait<SyncRun::ListResult>([&](auto done) {
        m_run.m_ploomes->contactsChangedSince(since, [done](const QList<QJsonObject> &items, const ApiError &e) {
            done(SyncRun::ListResult{items, e});
        });
    });
    if (read.error.isError()) {
        m_run.fatal(read.error, SyncRun::tr("Reading the Ploomes contacts"));
        return false;
    }
    QSet<qint64> seen;
    for (const QJsonObject &p : read.items) {
        const qint64 id = Ploomes::Contact::fromJson(p).id;
        if (!seen.contains(id)) {
            seen.insert(id);
            m_ploomesList.append(p);
        }
    }
    return true;
}

void ClientStep::failUnstarted()
{
    // The records are read all the same (reading needs no set-up), so that each one says why it did not move.
    if ((m_o2p && !readOmie()) || (m_p2o && !readPloomes()))
        return;
    for (const Omie::Cliente &o : std::as_const(m_omieList)) {
        Work w;
        w.o = o;
        m_works.append(w);
    }
    for (const QJsonObject &p : std::as_const(m_ploomesList)) {
        Work w;
        w.p = Ploomes::Contact::fromJson(p);
        m_works.append(w);
    }
    failEach(m_run.m_setupProblem.isEmpty() ? SyncRun::tr("The Ploomes set-up for clients could not be completed.")
                                            : m_run.m_setupProblem);
}

void ClientStep::failEach(const QString &reason)
{
    QList<std::pair<SyncRun::ItemRef, QString>> clients;
    QList<std::pair<SyncRun::ItemRef, QString>> contacts;
    for (const Work &w : std::as_const(m_works)) {
        if (w.o)
            clients.append({w.ref(), QString::number(w.o->id())});
        if (w.p)
            contacts.append({w.ref(), QString::number(w.p->id)});
    }
    if (m_o2p)
        m_run.failStep(E, O2P, clients, reason);
    if (m_p2o)
        m_run.failStep(E, P2O, contacts, reason);
}

bool ClientStep::readDueAgain()
{
    // Records whose quarantine is over come back even if they did not change.
    QSet<qint64> omieIds;
    for (const Omie::Cliente &c : std::as_const(m_omieList))
        omieIds.insert(c.id());
    QSet<qint64> ploomesIds;
    for (const QJsonObject &p : std::as_const(m_ploomesList))
        ploomesIds.insert(Ploomes::Contact::fromJson(p).id);
    QList<qint64> dueP;
    for (const QuarantineEntry &q : m_run.m_quarantine.due(m_now)) {
        if (q.entity != E)
            continue;
        const qint64 id = q.sourceId.toLongLong();
        if (q.direction == O2P && m_o2p && !omieIds.contains(id)) {
            const auto got = readOmieClient(id);
            if (!got.second.isError()) {
                m_omieList.append(got.first);
                omieIds.insert(id);
            } else if (got.second.kind == ApiError::Kind::NotFound) {
                m_run.released(E, O2P, q.sourceId);
            }
        } else if (q.direction == P2O && m_p2o && !ploomesIds.contains(id)) {
            dueP.append(id);
        }
    }
    while (!dueP.isEmpty()) {
        const QList<qint64> chunk = dueP.mid(0, 25);
        dueP.remove(0, chunk.size());
        const SyncRun::ListResult got = m_run.ploomesGetAll(
            kContacts, Ploomes::Query().filter(Ploomes::Contact::withIds(chunk)).expand(kContactExpand));
        if (got.error.isError()) {
            m_run.fatal(got.error, SyncRun::tr("Reading quarantined contacts"));
            return false;
        }
        for (const QJsonObject &p : got.items) {
            m_ploomesList.append(p);
            ploomesIds.insert(Ploomes::Contact::fromJson(p).id);
        }
    }
    return true;
}

bool ClientStep::pair()
{
    const QList<Coupling> couplings = m_run.m_couplings.all(E);
    QList<ClientDecisions::CouplingKey> couplingKeys;
    for (const Coupling &c : couplings)
        couplingKeys.append({c.omieId, c.ploomesId});
    QList<ClientDecisions::OmieKey> omieKeys;
    for (const Omie::Cliente &o : std::as_const(m_omieList))
        omieKeys.append({o.id(), o.integrationCode(), Text::digits(o.cnpjCpf())});
    QList<ClientDecisions::PloomesKey> ploomesKeys;
    for (const QJsonObject &json : std::as_const(m_ploomesList)) {
        const Ploomes::Contact p = Ploomes::Contact::fromJson(json);
        ploomesKeys.append({p.id, m_idKey.isEmpty() ? 0 : p.otherString(m_idKey).toLongLong(), contactDocument(p)});
    }
    for (const ClientDecisions::Pair &pair : ClientDecisions::pairClients(omieKeys, ploomesKeys, couplingKeys)) {
        Work w;
        if (pair.omie >= 0)
            w.o = m_omieList.at(pair.omie);
        if (pair.ploomes >= 0)
            w.p = Ploomes::Contact::fromJson(m_ploomesList.at(pair.ploomes));
        if (pair.coupling >= 0)
            w.c = couplings.at(pair.coupling);
        w.link = pair.link;
        if (pair.fetchOmieId && !fetchNamedClient(w, pair.fetchOmieId))
            return false;
        m_works.append(w);
    }
    return true;
}

std::pair<Omie::Cliente, ApiError> ClientStep::readOmieClient(qint64 omieId)
{
    return m_run.wait<ClienteRead>([&](auto done) {
        m_run.m_omie->consultarCliente(
            omieId, QString(), [done](const Omie::Cliente &c, const ApiError &e) { done(std::make_pair(c, e)); });
    });
}

bool ClientStep::fetchNamedClient(Work &w, qint64 omieId)
{
    // Linked by an earlier installation: fetch that Omie client rather than create a twin.
    const auto got = readOmieClient(omieId);
    if (!got.second.isError()) {
        w.o = got.first;
        w.link = true;
        return true;
    }
    return got.second.kind == ApiError::Kind::NotFound
           || !m_run.fatal(got.second, SyncRun::tr("Reading an Omie client"));
}

bool ClientStep::loadReferenceData()
{
    // Reference data for everything about to be mapped, in bulk.
    QStringList ibges;
    QStringList tagNames;
    QList<qint64> cityIds;
    for (const Work &w : std::as_const(m_works)) {
        if (w.o) {
            ibges.append(w.o->cidadeIbge());
            for (const QString &t : w.o->tags()) {
                if (Text::fold(t) != u"cliente"_s && !tagNames.contains(t))
                    tagNames.append(t);
            }
        }
        if (w.p)
            cityIds.append(w.p->address.cityId);
    }
    if (!m_run.ensureCities(ibges) || !m_run.ensureCityIds(cityIds))
        return false;
    // ensureCityIds() goes on without the states when Ploomes refuses them: no address could be mapped.
    switch (stepStart(m_run.m_statesLoaded, m_run.stopped())) {
    case StepStart::StopRun:
        return false;
    case StepStart::FailEachRecord:
        failEach(SyncRun::tr("The Ploomes cities and states could not be read, so no client address can be mapped."));
        return false;
    case StepStart::Go:
        break;
    }
    return !m_o2p || m_run.ensureTags(tagNames);
}

bool ClientStep::prepare(int start, int end)
{
    for (int i = start; i < end && !m_run.stopped(); ++i) {
        if (!prepareOne(m_works[i]))
            return false;
    }
    return true;
}

bool ClientStep::prepareOne(Work &w)
{
    Mapper &mapper = *m_run.m_mapper;
    if (w.o)
        w.hashO2P = Mapper::hash(mapper.ploomesSide(E, mapper.toPloomes(E, w.o->json()).payload));
    if (w.p)
        w.hashP2O = Mapper::hash(mapper.omieSide(E, mapper.toOmie(E, w.p->json()).payload));
    const QString sourceO = w.o ? QString::number(w.o->id()) : QString();
    const QString sourceP = w.p ? QString::number(w.p->id) : QString();
    if (w.o && m_run.skipIfQuarantined(E, O2P, sourceO, w.o->altered(), w.ref()))
        return true;
    if (w.p && m_run.skipIfQuarantined(E, P2O, sourceP, w.p->lastUpdate, w.ref()))
        return true;
    ClientDecisions::ChangeInput in;
    in.towardsPloomes = m_o2p;
    in.towardsOmie = m_p2o;
    in.hasOmie = w.o.has_value();
    in.hasPloomes = w.p.has_value();
    in.coupled = w.c.has_value();
    in.link = w.link;
    in.omieMapped = w.hashO2P;
    in.ploomesMapped = w.hashP2O;
    if (w.c) {
        in.storedPloomes = w.c->ploomesHash;
        in.storedOmie = w.c->omieHash;
    } else if (w.link && w.o && w.p) {
        in.ploomesAsIs = Mapper::hash(mapper.ploomesSide(E, w.p->json()));
        in.omieAsIs = Mapper::hash(mapper.omieSide(E, w.o->json()));
    }
    in.policy = m_policy;
    in.omieAltered = w.o ? w.o->altered() : QDateTime();
    in.ploomesAltered = w.p ? w.p->lastUpdate : QDateTime();
    const ClientDecisions::Change change = ClientDecisions::detectChange(in);
    if (change.conflict)
        reportConflict(w, change.omieWon);
    const qint64 ploomesId = w.p ? w.p->id : (w.c && w.c->ploomesId ? *w.c->ploomesId : 0);
    const qint64 omieId = w.o ? w.o->id() : (w.c && w.c->omieId ? *w.c->omieId : 0);
    if (change.write == ClientDecisions::Change::Write::Ploomes && !preparePloomesWrite(w, ploomesId, omieId, sourceO))
        return true;
    if (change.write == ClientDecisions::Change::Write::Omie && !prepareOmieWrite(w, ploomesId, omieId, sourceP))
        return true;
    // Ploomes keeps "Id (Omie)"; Omie keeps nothing of an Omie-native client (no write spent on identity).
    if (ClientDecisions::needsOmieIdOnContact(m_run.m_options.dryRun, w.p.has_value(), omieId,
                                              w.op == Op::UpdatePloomes,
                                              w.p ? w.p->otherString(m_idKey).toLongLong() : 0))
        w.fixOmieId = true;
    return settleUnwritten(w, ploomesId, omieId);
}

void ClientStep::reportConflict(const Work &w, bool omieWon)
{
    const Direction winner = omieWon ? O2P : P2O;
    ++m_run.counters(E, winner).conflicts;
    m_run.record(E, winner, w.ref(), ItemAction::Conflict, ItemOutcome::Conflict,
                 omieWon ? SyncRun::tr("Changed in both systems since the last sync; Omie's version was kept (policy "
                                       "%1).")
                               .arg(m_policyName)
                         : SyncRun::tr("Changed in both systems since the last sync; Ploomes' version was kept "
                                       "(policy %1).")
                               .arg(m_policyName));
}

bool ClientStep::preparePloomesWrite(Work &w, qint64 ploomesId, qint64 omieId, const QString &source)
{
    const Mapper::Result r = m_run.m_mapper->toPloomes(E, w.o->json());
    w.warnings = r.warnings;
    w.payload = r.payload;
    if (Ploomes::Contact::nameIn(w.payload).isEmpty())
        Ploomes::Contact::setName(w.payload, w.o->razaoSocial());
    if (!Ploomes::Contact::hasType(w.payload) && !ploomesId)
        Ploomes::Contact::setType(w.payload,
                                  w.o->pessoaFisica() ? Ploomes::ContactType::Person : Ploomes::ContactType::Company);
    if (!ploomesId || (w.p && w.p->otherString(m_idKey).toLongLong() != omieId))
        w.payload = m_run.withOmieId(E, w.payload, omieId);
    if (w.p)
        w.payload = m_run.mergeOtherProperties(w.payload, w.p->json());
    if (ClientDecisions::refusalTowardsPloomes(Ploomes::Contact::nameIn(w.payload)) != ClientDecisions::Refusal::None) {
        m_run.refuse(E, O2P, w.ref(), source, SyncRun::tr("The client has neither a trade name nor a legal name."),
                     u"preflight"_s);
        return false;
    }
    w.op = ploomesId ? Op::UpdatePloomes : Op::CreatePloomes;
    return true;
}

bool ClientStep::prepareOmieWrite(Work &w, qint64 ploomesId, qint64 omieId, const QString &source)
{
    const Mapper::Result r = m_run.m_mapper->toOmie(E, w.p->json());
    w.warnings = r.warnings;
    w.payload = r.payload;
    const QString &legalName = w.p->legalName;
    if (w.payload.value(u"razao_social"_s).toString().trimmed().isEmpty())
        w.payload.insert(u"razao_social"_s, legalName.isEmpty() ? w.p->name : legalName);
    if (w.payload.value(u"nome_fantasia"_s).toString().trimmed().isEmpty())
        w.payload.insert(u"nome_fantasia"_s, w.p->name);
    const QString document = w.payload.value(u"cnpj_cpf"_s).toString();
    switch (ClientDecisions::refusalTowardsOmie(!omieId, document, w.payload.value(u"razao_social"_s).toString())) {
    case ClientDecisions::Refusal::NoDocument:
        m_run.refuse(E, P2O, w.ref(), source, SyncRun::tr("The contact has no CNPJ/CPF, which Omie requires."),
                     u"preflight"_s);
        return false;
    case ClientDecisions::Refusal::InvalidDocument:
        m_run.refuse(E, P2O, w.ref(), source, SyncRun::tr("The contact's CNPJ/CPF %1 is not valid.").arg(document),
                     u"preflight"_s);
        return false;
    case ClientDecisions::Refusal::NoName:
        m_run.refuse(E, P2O, w.ref(), source, SyncRun::tr("The contact has no name."), u"preflight"_s);
        return false;
    case ClientDecisions::Refusal::None:
        break;
    }
    if (!omieId) {
        w.payload.insert(u"codigo_cliente_integracao"_s, u"PL"_s + QString::number(ploomesId));
    } else {
        // Identified by codigo_cliente_omie alone: the integration code may belong to another
        // integration (e-commerce, PDV) and is never sent, so never overwritten.
        w.payload.remove(u"codigo_cliente_integracao"_s);
        w.payload.insert(u"codigo_cliente_omie"_s, omieId);
        if (w.payload.contains(u"email"_s) && !keepOtherOmieAddresses(w, omieId))
            return false;
    }
    w.op = omieId ? Op::UpdateOmie : Op::CreateOmie;
    return true;
}

bool ClientStep::keepOtherOmieAddresses(Work &w, qint64 omieId)
{
    // Ploomes holds the first of Omie's addresses only: the others must survive the update, so the client is read
    // when this run has not listed it.
    QString omieNow;
    if (w.o) {
        omieNow = w.o->email();
    } else {
        const auto got = readOmieClient(omieId);
        if (got.second.isError())
            return got.second.kind == ApiError::Kind::NotFound
                   || !m_run.fatal(got.second, SyncRun::tr("Reading an Omie client"));
        omieNow = got.first.email();
    }
    w.payload.insert(u"email"_s, ClientDecisions::emailForOmie(omieNow, w.payload.value(u"email"_s).toString()));
    return true;
}

bool ClientStep::settleUnwritten(Work &w, qint64 ploomesId, qint64 omieId)
{
    if (w.op == Op::None) {
        if (w.link) {
            Coupling c;
            c.entity = E;
            c.omieId = omieId;
            c.ploomesId = ploomesId;
            c.ploomesHash = w.hashO2P;
            c.omieHash = w.hashP2O;
            if (!m_run.saveCoupling(c).isOk())
                return false;
            w.c = c;
            m_run.record(E, w.o ? O2P : P2O, w.ref(), ItemAction::Link,
                         m_run.m_options.dryRun ? ItemOutcome::WouldLink : ItemOutcome::Ok,
                         SyncRun::tr("Linked to the existing record with the same id or CNPJ/CPF."));
            ++m_run.counters(E, w.o ? O2P : P2O).updated;
        } else {
            if (w.o && m_o2p)
                m_run.unchanged(E, O2P, w.ref());
            if (w.p && m_p2o && !w.o)
                m_run.unchanged(E, P2O, w.ref());
        }
        return true;
    }
    const bool create = w.op == Op::CreatePloomes || w.op == Op::CreateOmie;
    const Direction dir = w.towardsPloomes() ? O2P : P2O;
    if (m_run.m_options.dryRun) {
        ++(create ? m_run.counters(E, dir).created : m_run.counters(E, dir).updated);
        m_run.record(E, dir, w.ref(), create ? ItemAction::Create : ItemAction::Update,
                     create ? ItemOutcome::WouldCreate : ItemOutcome::WouldUpdate, w.warnings.join(u' '));
        w.op = Op::None;
        return true;
    }
    const QString source = QString::number(dir == O2P ? omieId : ploomesId);
    if (create && m_run.beginCreate(E, dir, source, &w.workId))
        return lookUpEarlierCreate(w, dir, ploomesId, omieId);
    return true;
}

bool ClientStep::lookUpEarlierCreate(Work &w, Direction dir, qint64 ploomesId, qint64 omieId)
{
    // An earlier attempt may have landed: look it up by the stored foreign id first.
    if (dir == O2P) {
        const std::optional<QJsonObject> found = m_run.findPloomesByOmieId(E, kContacts, omieId, kContactExpand);
        if (m_run.stopped())
            return false;
        if (found) {
            w.p = Ploomes::Contact::fromJson(*found);
            w.op = Op::UpdatePloomes;
            w.payload = m_run.mergeOtherProperties(w.payload, *found);
            m_run.note(SyncRun::tr("\"%1\" had already reached Ploomes before an interruption; linked, not duplicated.")
                           .arg(w.label()));
        }
        return true;
    }
    const auto got = m_run.wait<ClienteRead>([&](auto cb) {
        m_run.m_omie->consultarCliente(
            0, u"PL"_s + QString::number(ploomesId),
            [cb](const Omie::Cliente &c, const ApiError &e) { cb(std::make_pair(c, e)); }, Omie::CallOptions{true});
    });
    if (!got.second.isError()) {
        w.o = got.first;
        w.op = Op::UpdateOmie;
        w.payload.remove(u"codigo_cliente_integracao"_s);
        w.payload.insert(u"codigo_cliente_omie"_s, got.first.id());
        m_run.note(SyncRun::tr("\"%1\" had already reached Omie before an interruption; linked, not duplicated.")
                       .arg(w.label()));
        return true;
    }
    return got.second.kind == ApiError::Kind::NotFound
           || !m_run.fatal(got.second, SyncRun::tr("Looking up a client in Omie"));
}

QList<ClientStep::Work *> ClientStep::opsOf(int start, int end)
{
    // The Ploomes writes of the batch first, then the Omie ones.
    QList<Work *> ploomes;
    QList<Work *> omie;
    for (int i = start; i < end; ++i) {
        if (m_works[i].towardsPloomes())
            ploomes.append(&m_works[i]);
        else if (m_works[i].towardsOmie())
            omie.append(&m_works[i]);
    }
    return ploomes + omie;
}

void ClientStep::send(Work *w, std::function<void()> finished)
{
    if (w->towardsOmie()) {
        auto store = [w, finished](const Omie::WriteResult &r) {
            w->error = r.error;
            w->omieResultId = r.id;
            if (r.error.kind == ApiError::Kind::AlreadyExists && r.error.existingId)
                w->omieResultId = *r.error.existingId;
            finished();
        };
        if (w->op == Op::CreateOmie)
            m_run.m_omie->incluirCliente(Omie::Cliente(w->payload), store);
        else
            m_run.m_omie->alterarCliente(Omie::Cliente(w->payload), store);
        return;
    }
    auto store = [w, finished](const QJsonObject &item, const ApiError &e) {
        w->ploomesResult = item;
        w->error = e;
        finished();
    };
    if (w->op == Op::CreatePloomes)
        m_run.m_ploomes->create(kContacts, w->payload, kContactExpand, store);
    else
        m_run.m_ploomes->update(kContacts, w->p ? w->p->id : *w->c->ploomesId, w->payload, kContactExpand, store);
}

void ClientStep::settle(int start, int end)
{
    QList<SyncRun::Rewrite> rewrites;
    for (Work *w : opsOf(start, end)) {
        if (!w->error.isError())
            continue;
        SyncRun::Rewrite r;
        r.error = &w->error;
        if (w->op == Op::CreatePloomes)
            r.lookUp = [this, w] {
                return m_run.lookUpPloomes(E, kContacts, w->o->id(), kContactExpand, &w->ploomesResult);
            };
        else if (w->op == Op::CreateOmie)
            r.lookUp = [this, w] { return lookUpOmieCreate(w); };
        r.resend = [this, w](std::function<void()> finished) { send(w, std::move(finished)); };
        rewrites.append(r);
    }
    m_run.settleWrites(rewrites);
}

SyncRun::Presence ClientStep::lookUpOmieCreate(Work *w)
{
    const auto got = m_run.wait<ClienteRead>([&](auto cb) {
        m_run.m_omie->consultarCliente(
            0, u"PL"_s + QString::number(w->p->id),
            [cb](const Omie::Cliente &c, const ApiError &e) { cb(std::make_pair(c, e)); }, Omie::CallOptions{true});
    });
    w->omieResultId = got.first.id();
    return m_run.omiePresence(got.second, SyncRun::tr("Looking up a client in Omie"));
}

void ClientStep::finish(int start, int end)
{
    for (Work *w : opsOf(start, end)) {
        if (!(w->towardsPloomes() ? commitPloomes(w) : commitOmie(w)))
            return;
    }
    sendCrossReferences(start, end);
    m_done = end;
    if (m_o2p)
        m_run.progress(E, O2P, m_done, int(m_works.size()));
    if (m_p2o)
        m_run.progress(E, P2O, m_done, int(m_works.size()));
}

bool ClientStep::commitPloomes(Work *w)
{
    const bool create = w->op == Op::CreatePloomes;
    const QString source = QString::number(w->o->id());
    if (w->error.isError()) {
        m_run.endCreate(w->workId, false, w->error.serviceMessage);
        m_run.fail(E, O2P, w->ref(), source, create ? ItemAction::Create : ItemAction::Update, w->error,
                   create ? SyncRun::tr("Creating the contact in Ploomes")
                          : SyncRun::tr("Updating the contact in Ploomes"));
        w->op = Op::None;
        return true;
    }
    const Ploomes::Contact after = Ploomes::Contact::fromJson(
        w->ploomesResult.isEmpty() ? SyncRun::deepMerge(w->p ? w->p->json() : QJsonObject(), w->payload)
                                   : w->ploomesResult);
    Coupling c = w->c.value_or(Coupling{});
    c.entity = E;
    c.omieId = w->o->id();
    c.ploomesId = after.id ? after.id : (w->c && w->c->ploomesId ? *w->c->ploomesId : 0);
    c.ploomesHash = w->hashO2P;
    c.omieHash = Mapper::hash(m_run.m_mapper->omieSide(E, m_run.m_mapper->toOmie(E, after.json()).payload));
    w->c = c;
    return m_run.commitWrite(E, O2P, c, w->workId, source, w->ref(), create ? ItemAction::Create : ItemAction::Update,
                             create, w->warnings.join(u' '));
}

bool ClientStep::commitOmie(Work *w)
{
    const bool create = w->op == Op::CreateOmie;
    const qint64 ploomesId = w->p->id;
    const QString source = QString::number(ploomesId);
    const bool exists = create && w->error.kind == ApiError::Kind::AlreadyExists && w->omieResultId;
    if (w->error.isError() && !exists) {
        m_run.endCreate(w->workId, false, w->error.serviceMessage);
        m_run.fail(E, P2O, w->ref(), source, create ? ItemAction::Create : ItemAction::Update, w->error,
                   create ? SyncRun::tr("Creating the client in Omie") : SyncRun::tr("Updating the client in Omie"));
        return true;
    }
    const qint64 omieId = w->omieResultId ? w->omieResultId : *w->c->omieId;
    if (create && w->error.kind == ApiError::Kind::AlreadyExists) {
        // "Already exists" means link, never retry: the existing client gets this contact's data.
        QJsonObject update = w->payload;
        update.remove(u"codigo_cliente_integracao"_s);
        update.insert(u"codigo_cliente_omie"_s, omieId);
        const Omie::WriteResult linked = m_run.wait<Omie::WriteResult>([&](auto cb) {
            m_run.m_omie->alterarCliente(Omie::Cliente(update), [cb](const Omie::WriteResult &r) { cb(r); });
        });
        if (linked.error.isError()) {
            m_run.endCreate(w->workId, false, linked.error.serviceMessage);
            m_run.fail(E, P2O, w->ref(), source, ItemAction::Link, linked.error,
                       SyncRun::tr("Linking to the existing Omie client"));
            return true;
        }
    }
    Coupling c = w->c.value_or(Coupling{});
    c.entity = E;
    c.omieId = omieId;
    c.ploomesId = ploomesId;
    c.omieHash = w->hashP2O;
    const QJsonObject omieAfter = SyncRun::deepMerge(w->o ? w->o->json() : QJsonObject(), w->payload);
    c.ploomesHash = Mapper::hash(m_run.m_mapper->ploomesSide(E, m_run.m_mapper->toPloomes(E, omieAfter).payload));
    w->c = c;
    if (!m_run.commitWrite(
            E, P2O, c, w->workId, source, w->ref(),
            create ? (w->error.isError() ? ItemAction::Link : ItemAction::Create) : ItemAction::Update, create,
            w->error.isError() ? SyncRun::tr("A client with this CNPJ/CPF already existed in Omie; linked and updated.")
                               : w->warnings.join(u' ')))
        return false;
    if (w->p->otherString(m_idKey).toLongLong() != omieId)
        w->fixOmieId = true;
    return true;
}

void ClientStep::sendCrossReferences(int start, int end)
{
    // "Id (Omie)" in Ploomes overlaps the next batch.
    for (int i = start; i < end && !m_run.m_options.dryRun; ++i) {
        Work &w = m_works[i];
        if (w.fixOmieId && w.p && w.c && w.c->omieId) {
            const qint64 id = m_run.queueCrossReference(E, O2P, *w.c->omieId, w.p->id);
            m_run.sendCrossReference(E, O2P, *w.c->omieId, w.p->id, w.p->json(), id);
        }
    }
}

} // namespace Ponte
