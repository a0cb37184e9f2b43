// Sellers ↔ users (matched by e-mail) and clients ↔ contacts (both ways).
#include "syncrun.h"

#include "logging.h"
#include "profile.h"
#include "textutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
constexpr int kBatch = 40;
const QString kContacts = u"Contacts"_s;
// Contact tags are relations {TagId, ContactId}; the name only comes with the nested expand (§7.5).
const QString kContactExpand = u"Phones,Tags($expand=Tag),OtherProperties"_s;

bool isClient(const Omie::Cliente &c)
{
    const QStringList tags = c.tags();
    if (tags.isEmpty())
        return true;
    for (const QString &t : tags) {
        if (Text::fold(t) == u"cliente"_s)
            return true;
    }
    return false;
}

struct ClientWork
{
    enum class Op { None, CreatePloomes, UpdatePloomes, CreateOmie, UpdateOmie };

    std::optional<Omie::Cliente> o;
    std::optional<QJsonObject> p;
    std::optional<Coupling> c;
    bool link = false;
    Op op = Op::None;
    QJsonObject payload;
    QStringList warnings;
    QString hashO2P; ///< Ploomes-side hash of the Omie record's mapping
    QString hashP2O; ///< Omie-side hash of the Ploomes record's mapping
    bool fixOmieId = false;
    qint64 workId = 0;
    ApiError error;
    QJsonObject ploomesResult;
    qint64 omieResultId = 0;

    QString label() const
    {
        if (o)
            return o->nomeFantasia().isEmpty() ? o->razaoSocial() : o->nomeFantasia();
        return p ? p->value(u"Name"_s).toString() : QString();
    }
    SyncRun::ItemRef ref() const
    {
        SyncRun::ItemRef r;
        if (o)
            r.omieId = o->id();
        else if (c && c->omieId)
            r.omieId = c->omieId;
        if (p)
            r.ploomesId = p->value(u"Id"_s).toInteger();
        else if (c && c->ploomesId)
            r.ploomesId = c->ploomesId;
        r.label = label();
        return r;
    }
};
} // namespace

void SyncRun::syncSellers()
{
    const Entity E = Entity::Seller;
    RunCounters &count = counters(E, Direction::OmieToPloomes);
    progress(E, Direction::OmieToPloomes, 0, 0);
    const auto vendedores = wait<std::pair<QList<Omie::Vendedor>, ApiError>>([&](auto done) {
        m_omie->listVendedores(
            [done](const QList<Omie::Vendedor> &v, const ApiError &e) { done(std::make_pair(v, e)); });
    });
    if (vendedores.second.isError() && fatal(vendedores.second, tr("Reading the Omie sellers")))
        return;
    const ListResult users = wait<ListResult>([&](auto done) {
        m_ploomes->users([done](const QList<QJsonObject> &items, const ApiError &e) { done(ListResult{items, e}); });
    });
    if (users.error.isError() && fatal(users.error, tr("Reading the Ploomes users")))
        return;
    QHash<QString, QJsonObject> userByEmail;
    for (const QJsonObject &u : users.items) {
        const QString email = u.value(u"Email"_s).toString().trimmed().toLower();
        // An active user wins over a suspended one with the same e-mail.
        if (!email.isEmpty() && (!userByEmail.contains(email) || !u.value(u"Suspended"_s).toBool()))
            userByEmail.insert(email, u);
    }
    int done = 0;
    for (const Omie::Vendedor &v : vendedores.first) {
        const QString email = v.email().trimmed().toLower();
        const ItemRef ref{v.id(), std::nullopt, v.nome()};
        const auto user = userByEmail.constFind(email);
        if (email.isEmpty() || user == userByEmail.constEnd()) {
            ++count.skipped;
            record(E, Direction::OmieToPloomes, ref, u"match"_s, u"skipped"_s,
                   email.isEmpty() ? tr("The Omie seller has no e-mail, so no Ploomes user can be matched.")
                                   : tr("No Ploomes user has the e-mail %1 (users are never created).").arg(email));
            continue;
        }
        const qint64 userId = user->value(u"Id"_s).toInteger();
        const std::optional<Coupling> existing = m_couplings.findByOmieId(E, v.id());
        if (existing && existing->ploomesId == userId) {
            ++count.unchanged;
        } else {
            Coupling c = existing.value_or(Coupling{});
            c.entity = E;
            c.omieId = v.id();
            c.ploomesId = userId;
            // Re-pointing a seller to another user: drop the old link first.
            if (const std::optional<Coupling> other = m_couplings.findByPloomesId(E, userId);
                other && other->omieId != v.id() && !m_options.dryRun
                && !stored(m_couplings.remove(other->id), tr("Re-pointing a seller")))
                return;
            if (existing && !m_options.dryRun && !stored(m_couplings.remove(existing->id), tr("Re-pointing a seller")))
                return;
            c.id = 0;
            if (!saveCoupling(c).isOk())
                return;
            ++count.updated;
            record(E, Direction::OmieToPloomes, {v.id(), userId, v.nome()}, u"link"_s,
                   m_options.dryRun ? u"would-link"_s : u"ok"_s, tr("Matched with the Ploomes user %1.").arg(email));
        }
        m_lookups.userIdBySeller.insert(v.id(), userId);
        m_lookups.sellerByUserId.insert(userId, v.id());
        progress(E, Direction::OmieToPloomes, ++done, int(vendedores.first.size()));
    }
}

void SyncRun::syncClients()
{
    const Entity E = Entity::Client;
    const Direction O2P = Direction::OmieToPloomes;
    const Direction P2O = Direction::PloomesToOmie;
    const bool o2p = m_options.includes(O2P);
    const bool p2o = m_options.includes(P2O);
    if (o2p)
        counters(E, O2P);
    if (p2o)
        counters(E, P2O);
    if (!ensurePloomesSetup(E))
        return;
    replayCrossReferences(E);
    const QString idKey = omieIdFieldKey(E);
    const bool firstRun = m_options.full || m_couplings.count(E) == 0;
    const std::optional<QDateTime> cursorO = cursorTime(E, O2P);
    const std::optional<QDateTime> cursorP = cursorTime(E, P2O);
    const qint64 now = m_clock->nowMs();

    // 1. Read what changed on each side (everything on the first run, to match before creating).
    QList<Omie::Cliente> omieList;
    QSet<qint64> omieListed;
    if (o2p || firstRun) {
        Omie::ListFilter filter;
        if (!firstRun && cursorO) {
            filter.changedSince = overlapBefore(*cursorO, true);
            filter.changedUntil = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).addSecs(3600);
        }
        note(tr("Reading Omie clients…"));
        const auto read = wait<std::pair<QList<Omie::Cliente>, ApiError>>([&](auto done) {
            m_omie->listClientes(
                filter, [done](const QList<Omie::Cliente> &c, const ApiError &e) { done(std::make_pair(c, e)); });
        });
        if (read.second.isError()) {
            fatal(read.second, tr("Reading the Omie clients"));
            return;
        }
        QSet<qint64> seen;
        for (const Omie::Cliente &c : read.first) {
            omieListed.insert(c.id()); // a client that became a supplier is not deleted
            if (isClient(c) && !seen.contains(c.id())) {
                seen.insert(c.id());
                omieList.append(c);
            }
        }
    }
    QList<QJsonObject> ploomesList;
    if (p2o || firstRun) {
        note(tr("Reading Ploomes contacts…"));
        const QDateTime since = !firstRun && cursorP ? overlapBefore(*cursorP, false) : QDateTime();
        const ListResult read = wait<ListResult>([&](auto done) {
            m_ploomes->contactsChangedSince(since, [done](const QList<QJsonObject> &items, const ApiError &e) {
                done(ListResult{items, e});
            });
        });
        if (read.error.isError()) {
            fatal(read.error, tr("Reading the Ploomes contacts"));
            return;
        }
        QSet<qint64> seen;
        for (const QJsonObject &p : read.items) {
            const qint64 id = p.value(u"Id"_s).toInteger();
            if (!seen.contains(id)) {
                seen.insert(id);
                ploomesList.append(p);
            }
        }
    }
    if (!settleClientDeletions(firstRun, omieListed, omieList, ploomesList))
        return;
    QDateTime maxO;
    for (const Omie::Cliente &c : std::as_const(omieList))
        maxO = std::max(maxO, c.altered());
    QDateTime maxP;
    for (const QJsonObject &p : std::as_const(ploomesList))
        maxP = std::max(maxP, Ploomes::Entity(p).lastUpdate());

    // 2. Records whose quarantine is over come back even if they did not change.
    QSet<qint64> omieIds;
    for (const Omie::Cliente &c : std::as_const(omieList))
        omieIds.insert(c.id());
    QSet<qint64> ploomesIds;
    for (const QJsonObject &p : std::as_const(ploomesList))
        ploomesIds.insert(p.value(u"Id"_s).toInteger());
    QList<qint64> dueP;
    for (const QuarantineEntry &q : m_quarantine.due(now)) {
        if (q.entity != E)
            continue;
        const qint64 id = q.sourceId.toLongLong();
        if (q.direction == O2P && o2p && !omieIds.contains(id)) {
            const auto got = wait<std::pair<Omie::Cliente, ApiError>>([&](auto done) {
                m_omie->consultarCliente(
                    id, QString(), [done](const Omie::Cliente &c, const ApiError &e) { done(std::make_pair(c, e)); });
            });
            if (!got.second.isError()) {
                omieList.append(got.first);
                omieIds.insert(id);
            } else if (got.second.kind == ApiError::Kind::NotFound) {
                released(E, O2P, q.sourceId);
            }
        } else if (q.direction == P2O && p2o && !ploomesIds.contains(id)) {
            dueP.append(id);
        }
    }
    while (!dueP.isEmpty()) {
        const QList<qint64> chunk = dueP.mid(0, 25);
        dueP.remove(0, chunk.size());
        const ListResult got = ploomesGetAll(
            kContacts, Ploomes::Query().filter(Ploomes::OData::anyOf(u"Id"_s, chunk)).expand(kContactExpand));
        if (got.error.isError()) {
            fatal(got.error, tr("Reading quarantined contacts"));
            return;
        }
        for (const QJsonObject &p : got.items) {
            ploomesList.append(p);
            ploomesIds.insert(p.value(u"Id"_s).toInteger());
        }
    }
    if (stopped())
        return;

    // 3. Pair records: stored couplings first, then each side's stored id of the other, then CNPJ/CPF.
    QHash<qint64, Coupling> couplingByOmie;
    QHash<qint64, Coupling> couplingByPloomes;
    for (const Coupling &c : m_couplings.all(E)) {
        if (c.omieId)
            couplingByOmie.insert(*c.omieId, c);
        if (c.ploomesId)
            couplingByPloomes.insert(*c.ploomesId, c);
    }
    QHash<qint64, int> ploomesIndex;
    QHash<qint64, int> ploomesByOmieField;
    QHash<QString, int> ploomesByDocument;
    for (int i = 0; i < ploomesList.size(); ++i) {
        const Ploomes::Entity p(ploomesList.at(i));
        ploomesIndex.insert(p.id(), i);
        if (!idKey.isEmpty() && p.otherString(idKey).toLongLong())
            ploomesByOmieField.insert(p.otherString(idKey).toLongLong(), i);
        const QString doc = Text::digits(p.string(u"CNPJ"_s).isEmpty() ? p.string(u"CPF"_s) : p.string(u"CNPJ"_s));
        if (!doc.isEmpty())
            ploomesByDocument.insert(doc, i);
    }
    QHash<qint64, int> omieIndex;
    QHash<qint64, int> omieByPloomesCode;
    QHash<QString, int> omieByDocument;
    for (int i = 0; i < omieList.size(); ++i) {
        const Omie::Cliente &o = omieList.at(i);
        omieIndex.insert(o.id(), i);
        const QString code = o.integrationCode();
        if (code.startsWith(u"PL"_s) && code.mid(2).toLongLong())
            omieByPloomesCode.insert(code.mid(2).toLongLong(), i);
        const QString doc = Text::digits(o.cnpjCpf());
        if (!doc.isEmpty())
            omieByDocument.insert(doc, i);
    }
    QList<ClientWork> works;
    QSet<int> pairedPloomes;
    for (const Omie::Cliente &o : std::as_const(omieList)) {
        ClientWork w;
        w.o = o;
        if (couplingByOmie.contains(o.id())) {
            w.c = couplingByOmie.value(o.id());
            if (w.c->ploomesId && ploomesIndex.contains(*w.c->ploomesId)) {
                const int i = ploomesIndex.value(*w.c->ploomesId);
                w.p = ploomesList.at(i);
                pairedPloomes.insert(i);
            }
        } else {
            int match = -1;
            if (ploomesByOmieField.contains(o.id()))
                match = ploomesByOmieField.value(o.id());
            else if (o.integrationCode().startsWith(u"PL"_s)
                     && ploomesIndex.contains(o.integrationCode().mid(2).toLongLong()))
                match = ploomesIndex.value(o.integrationCode().mid(2).toLongLong());
            else if (ploomesByDocument.contains(Text::digits(o.cnpjCpf())) && !Text::digits(o.cnpjCpf()).isEmpty())
                match = ploomesByDocument.value(Text::digits(o.cnpjCpf()));
            if (match >= 0 && !pairedPloomes.contains(match)
                && !couplingByPloomes.contains(ploomesList.at(match).value(u"Id"_s).toInteger())) {
                w.p = ploomesList.at(match);
                w.link = true;
                pairedPloomes.insert(match);
            }
        }
        works.append(w);
    }
    for (int i = 0; i < ploomesList.size(); ++i) {
        if (pairedPloomes.contains(i))
            continue;
        const Ploomes::Entity p(ploomesList.at(i));
        ClientWork w;
        w.p = ploomesList.at(i);
        if (couplingByPloomes.contains(p.id())) {
            w.c = couplingByPloomes.value(p.id());
        } else {
            const qint64 storedOmieId = idKey.isEmpty() ? 0 : p.otherString(idKey).toLongLong();
            int match = -1;
            if (storedOmieId && omieIndex.contains(storedOmieId))
                match = omieIndex.value(storedOmieId);
            else if (omieByPloomesCode.contains(p.id()))
                match = omieByPloomesCode.value(p.id());
            else {
                const QString doc =
                    Text::digits(p.string(u"CNPJ"_s).isEmpty() ? p.string(u"CPF"_s) : p.string(u"CNPJ"_s));
                if (!doc.isEmpty() && omieByDocument.contains(doc))
                    match = omieByDocument.value(doc);
            }
            if (match < 0 && storedOmieId && !couplingByOmie.contains(storedOmieId)) {
                // Linked by an earlier installation: fetch that Omie client rather than create a twin.
                const auto got = wait<std::pair<Omie::Cliente, ApiError>>([&](auto done) {
                    m_omie->consultarCliente(
                        storedOmieId, QString(),
                        [done](const Omie::Cliente &c, const ApiError &e) { done(std::make_pair(c, e)); });
                });
                if (!got.second.isError()) {
                    w.o = got.first;
                    w.link = true;
                } else if (got.second.kind != ApiError::Kind::NotFound
                           && fatal(got.second, tr("Reading an Omie client"))) {
                    return;
                }
            }
            if (match >= 0) {
                // works[i] belongs to omieList[i]: attach this contact to that client if it is free.
                ClientWork &ow = works[match];
                if (!ow.p && !ow.c) {
                    ow.p = w.p;
                    ow.link = true;
                    continue;
                }
            }
        }
        works.append(w);
    }

    // 4. Reference data for everything we are about to map, in bulk.
    QStringList ibges;
    QStringList tagNames;
    QList<qint64> cityIds;
    for (const ClientWork &w : std::as_const(works)) {
        if (w.o) {
            ibges.append(w.o->cidadeIbge());
            for (const QString &t : w.o->tags()) {
                if (Text::fold(t) != u"cliente"_s && !tagNames.contains(t))
                    tagNames.append(t);
            }
        }
        if (w.p)
            cityIds.append(w.p->value(u"CityId"_s).toInteger());
    }
    if (!ensureCities(ibges) || !ensureCityIds(cityIds) || (o2p && !ensureTags(tagNames)))
        return;

    // 5. Decide, then write in batches: Ploomes writes, Omie writes, then the cross-references.
    const QString policy = conflictPolicy();
    int done = 0;
    // Decides what each record of [start, end) needs; false when the run must stop.
    auto prepare = [&](int start, int end) -> bool {
        for (int i = start; i < end && !stopped(); ++i) {
            ClientWork &w = works[i];
            if (w.o) {
                const Mapper::Result r = m_mapper->toPloomes(E, w.o->json());
                w.hashO2P = Mapper::hash(m_mapper->ploomesSide(E, r.payload));
            }
            if (w.p) {
                const Mapper::Result r = m_mapper->toOmie(E, *w.p);
                w.hashP2O = Mapper::hash(m_mapper->omieSide(E, r.payload));
            }
            const QString sourceO = w.o ? QString::number(w.o->id()) : QString();
            const QString sourceP = w.p ? QString::number(w.p->value(u"Id"_s).toInteger()) : QString();
            if (w.o && quarantined(E, O2P, sourceO, w.o->altered())) {
                ++counters(E, O2P).skipped;
                continue;
            }
            if (w.p && quarantined(E, P2O, sourceP, Ploomes::Entity(*w.p).lastUpdate())) {
                ++counters(E, P2O).skipped;
                continue;
            }
            bool needO2P = false;
            bool needP2O = false;
            if (w.c) {
                needO2P = o2p && w.o && w.hashO2P != w.c->ploomesHash;
                needP2O = p2o && w.p && w.hashP2O != w.c->omieHash;
            } else if (w.link) {
                needO2P = o2p && w.o && w.p && w.hashO2P != Mapper::hash(m_mapper->ploomesSide(E, *w.p));
                needP2O = p2o && w.o && w.p && w.hashP2O != Mapper::hash(m_mapper->omieSide(E, w.o->json()));
            } else {
                needO2P = o2p && w.o && !w.p;
                needP2O = p2o && w.p && !w.o;
            }
            if (needO2P && needP2O) {
                const bool omieWins =
                    policy == u"omie-wins"_s
                    || (policy == u"newest-wins"_s && w.o->altered() >= Ploomes::Entity(*w.p).lastUpdate());
                const Direction winner = omieWins ? O2P : P2O;
                if (w.c) {
                    ++counters(E, winner).conflicts;
                    record(E, winner, w.ref(), u"conflict"_s, u"conflict"_s,
                           omieWins ? tr("Changed in both systems since the last sync; Omie's version was kept (policy "
                                         "%1).")
                                          .arg(policy)
                                    : tr("Changed in both systems since the last sync; Ploomes' version was kept "
                                         "(policy %1).")
                                          .arg(policy));
                }
                (omieWins ? needP2O : needO2P) = false;
            }
            const qint64 ploomesId =
                w.p ? w.p->value(u"Id"_s).toInteger() : (w.c && w.c->ploomesId ? *w.c->ploomesId : 0);
            const qint64 omieId = w.o ? w.o->id() : (w.c && w.c->omieId ? *w.c->omieId : 0);
            if (needO2P) {
                Mapper::Result r = m_mapper->toPloomes(E, w.o->json());
                w.warnings = r.warnings;
                w.payload = r.payload;
                if (w.payload.value(u"Name"_s).toString().isEmpty())
                    w.payload.insert(u"Name"_s, w.o->razaoSocial());
                if (!w.payload.contains(u"TypeId"_s) && !ploomesId)
                    w.payload.insert(u"TypeId"_s, w.o->pessoaFisica() ? 2 : 1);
                if (!ploomesId || (w.p && Ploomes::Entity(*w.p).otherString(idKey).toLongLong() != omieId))
                    w.payload = withOmieId(E, w.payload, omieId);
                if (w.p)
                    w.payload = mergeOtherProperties(w.payload, *w.p);
                if (w.payload.value(u"Name"_s).toString().trimmed().isEmpty()) {
                    refuse(E, O2P, w.ref(), sourceO, tr("The client has neither a trade name nor a legal name."),
                           u"preflight"_s);
                    continue;
                }
                w.op = ploomesId ? ClientWork::Op::UpdatePloomes : ClientWork::Op::CreatePloomes;
            } else if (needP2O) {
                Mapper::Result r = m_mapper->toOmie(E, *w.p);
                w.warnings = r.warnings;
                w.payload = r.payload;
                if (w.payload.value(u"razao_social"_s).toString().trimmed().isEmpty())
                    w.payload.insert(u"razao_social"_s, w.p->value(u"LegalName"_s).toString().isEmpty()
                                                            ? w.p->value(u"Name"_s).toString()
                                                            : w.p->value(u"LegalName"_s).toString());
                if (w.payload.value(u"nome_fantasia"_s).toString().trimmed().isEmpty())
                    w.payload.insert(u"nome_fantasia"_s, w.p->value(u"Name"_s).toString());
                if (!omieId) {
                    // Omie refuses a client without a valid CNPJ/CPF: say so instead of sending it.
                    const QString doc = Text::digits(w.payload.value(u"cnpj_cpf"_s).toString());
                    if (doc.isEmpty() || !Text::isValidDocument(doc)) {
                        refuse(E, P2O, w.ref(), sourceP,
                               doc.isEmpty() ? tr("The contact has no CNPJ/CPF, which Omie requires.")
                                             : tr("The contact's CNPJ/CPF %1 is not valid.")
                                                   .arg(w.payload.value(u"cnpj_cpf"_s).toString()),
                               u"preflight"_s);
                        continue;
                    }
                    if (w.payload.value(u"razao_social"_s).toString().trimmed().isEmpty()) {
                        refuse(E, P2O, w.ref(), sourceP, tr("The contact has no name."), u"preflight"_s);
                        continue;
                    }
                    w.payload.insert(u"codigo_cliente_integracao"_s, u"PL"_s + QString::number(ploomesId));
                } else {
                    // Identified by codigo_cliente_omie alone: the integration code may belong to another
                    // integration (e-commerce, PDV) and is never sent, so never overwritten.
                    w.payload.remove(u"codigo_cliente_integracao"_s);
                    w.payload.insert(u"codigo_cliente_omie"_s, omieId);
                }
                w.op = omieId ? ClientWork::Op::UpdateOmie : ClientWork::Op::CreateOmie;
            }
            // Ploomes keeps "Id (Omie)"; Omie keeps nothing of an Omie-native client (no write spent on identity).
            if (!m_options.dryRun && w.p && omieId && w.op != ClientWork::Op::UpdatePloomes
                && Ploomes::Entity(*w.p).otherString(idKey).toLongLong() != omieId)
                w.fixOmieId = true;

            if (w.op == ClientWork::Op::None) {
                if (w.link) {
                    Coupling c;
                    c.entity = E;
                    c.omieId = omieId;
                    c.ploomesId = ploomesId;
                    c.ploomesHash = w.hashO2P;
                    c.omieHash = w.hashP2O;
                    if (!saveCoupling(c).isOk())
                        return false;
                    w.c = c;
                    record(E, w.o ? O2P : P2O, w.ref(), u"link"_s, m_options.dryRun ? u"would-link"_s : u"ok"_s,
                           tr("Linked to the existing record with the same id or CNPJ/CPF."));
                    ++counters(E, w.o ? O2P : P2O).updated;
                } else {
                    if (w.o && o2p)
                        ++counters(E, O2P).unchanged;
                    if (w.p && p2o && !w.o)
                        ++counters(E, P2O).unchanged;
                }
                continue;
            }
            const bool create = w.op == ClientWork::Op::CreatePloomes || w.op == ClientWork::Op::CreateOmie;
            const Direction dir =
                w.op == ClientWork::Op::CreatePloomes || w.op == ClientWork::Op::UpdatePloomes ? O2P : P2O;
            if (m_options.dryRun) {
                ++(create ? counters(E, dir).created : counters(E, dir).updated);
                record(E, dir, w.ref(), create ? u"create"_s : u"update"_s,
                       create ? u"would-create"_s : u"would-update"_s, w.warnings.join(u' '));
                w.op = ClientWork::Op::None;
                continue;
            }
            if (create) {
                const QString source = dir == O2P ? sourceO : sourceP;
                if (beginCreate(E, dir, source, &w.workId)) {
                    // An earlier attempt may have landed: look it up by the stored foreign id first.
                    if (dir == O2P) {
                        const std::optional<QJsonObject> found =
                            findPloomesByOmieId(E, kContacts, omieId, kContactExpand);
                        if (stopped())
                            return false;
                        if (found) {
                            w.p = *found;
                            w.op = ClientWork::Op::UpdatePloomes;
                            w.payload = mergeOtherProperties(w.payload, *found);
                            note(
                                tr("\"%1\" had already reached Ploomes before an interruption; linked, not duplicated.")
                                    .arg(w.label()));
                        }
                    } else {
                        const auto got = wait<std::pair<Omie::Cliente, ApiError>>([&](auto cb) {
                            m_omie->consultarCliente(
                                0, u"PL"_s + QString::number(ploomesId),
                                [cb](const Omie::Cliente &c, const ApiError &e) { cb(std::make_pair(c, e)); },
                                Omie::CallOptions{true});
                        });
                        if (!got.second.isError()) {
                            w.o = got.first;
                            w.op = ClientWork::Op::UpdateOmie;
                            w.payload.remove(u"codigo_cliente_integracao"_s);
                            w.payload.insert(u"codigo_cliente_omie"_s, got.first.id());
                            note(tr("\"%1\" had already reached Omie before an interruption; linked, not duplicated.")
                                     .arg(w.label()));
                        } else if (got.second.kind != ApiError::Kind::NotFound
                                   && fatal(got.second, tr("Looking up a client in Omie"))) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    };
    // The writes of [start, end): to Ploomes and to Omie.
    auto opsOf = [&](int start, int end) {
        std::pair<QList<ClientWork *>, QList<ClientWork *>> ops;
        for (int i = start; i < end; ++i) {
            if (works[i].op == ClientWork::Op::CreatePloomes || works[i].op == ClientWork::Op::UpdatePloomes)
                ops.first.append(&works[i]);
            else if (works[i].op == ClientWork::Op::CreateOmie || works[i].op == ClientWork::Op::UpdateOmie)
                ops.second.append(&works[i]);
        }
        return ops;
    };
    auto send = [this](ClientWork *w, std::function<void()> finished) {
        if (w->op == ClientWork::Op::CreateOmie || w->op == ClientWork::Op::UpdateOmie) {
            auto store = [w, finished](const Omie::WriteResult &r) {
                w->error = r.error;
                w->omieResultId = r.id;
                if (r.error.kind == ApiError::Kind::AlreadyExists && r.error.existingId)
                    w->omieResultId = *r.error.existingId;
                finished();
            };
            if (w->op == ClientWork::Op::CreateOmie)
                m_omie->incluirCliente(Omie::Cliente(w->payload), store);
            else
                m_omie->alterarCliente(Omie::Cliente(w->payload), store);
            return;
        }
        auto store = [w, finished](const QJsonObject &item, const ApiError &e) {
            w->ploomesResult = item;
            w->error = e;
            finished();
        };
        if (w->op == ClientWork::Op::CreatePloomes)
            m_ploomes->create(kContacts, w->payload, kContactExpand, store);
        else
            m_ploomes->update(kContacts, w->p ? w->p->value(u"Id"_s).toInteger() : *w->c->ploomesId, w->payload,
                              kContactExpand, store);
    };
    auto launch = [&](int start, int end) {
        // Every write of the batch goes out together; each scheduler keeps its service within the limits.
        const auto [ploomesOps, omieOps] = opsOf(start, end);
        const QList<ClientWork *> ops = ploomesOps + omieOps;
        return startAll(int(ops.size()), [&](int i, std::function<void()> finished) { send(ops.at(i), finished); });
    };
    auto settle = [&](int start, int end) {
        const auto [ploomesOps, omieOps] = opsOf(start, end);
        QList<Rewrite> rewrites;
        for (ClientWork *w : ploomesOps + omieOps) {
            if (!w->error.isError())
                continue;
            Rewrite r;
            r.error = &w->error;
            if (w->op == ClientWork::Op::CreatePloomes) {
                r.lookUp = [this, E, w] {
                    return lookUpPloomes(E, kContacts, w->o->id(), kContactExpand, &w->ploomesResult);
                };
            } else if (w->op == ClientWork::Op::CreateOmie) {
                r.lookUp = [this, w] {
                    const auto got = wait<std::pair<Omie::Cliente, ApiError>>([&](auto cb) {
                        m_omie->consultarCliente(
                            0, u"PL"_s + QString::number(w->p->value(u"Id"_s).toInteger()),
                            [cb](const Omie::Cliente &c, const ApiError &e) { cb(std::make_pair(c, e)); },
                            Omie::CallOptions{true});
                    });
                    w->omieResultId = got.first.id();
                    return omiePresence(got.second, tr("Looking up a client in Omie"));
                };
            }
            r.resend = [send, w](std::function<void()> finished) { send(w, std::move(finished)); };
            rewrites.append(r);
        }
        settleWrites(rewrites);
    };
    auto finish = [&](int start, int end) {
        const auto [ploomesOps, omieOps] = opsOf(start, end);
        for (ClientWork *w : std::as_const(ploomesOps)) {
            const bool create = w->op == ClientWork::Op::CreatePloomes;
            const QString source = QString::number(w->o->id());
            if (w->error.isError()) {
                endCreate(w->workId, false, w->error.serviceMessage);
                fail(E, O2P, w->ref(), source, create ? u"create"_s : u"update"_s, w->error,
                     create ? tr("Creating the contact in Ploomes") : tr("Updating the contact in Ploomes"));
                w->op = ClientWork::Op::None;
                continue;
            }
            const QJsonObject after =
                w->ploomesResult.isEmpty() ? deepMerge(w->p.value_or(QJsonObject()), w->payload) : w->ploomesResult;
            const qint64 ploomesId = Ploomes::Entity(after).id() ? Ploomes::Entity(after).id()
                                                                 : (w->c && w->c->ploomesId ? *w->c->ploomesId : 0);
            Coupling c = w->c.value_or(Coupling{});
            c.entity = E;
            c.omieId = w->o->id();
            c.ploomesId = ploomesId;
            c.ploomesHash = w->hashO2P;
            c.omieHash = Mapper::hash(m_mapper->omieSide(E, m_mapper->toOmie(E, after).payload));
            w->c = c;
            if (!commitWrite(E, O2P, c, w->workId, source, w->ref(), create ? u"create"_s : u"update"_s, create,
                             w->warnings.join(u' ')))
                return;
        }

        for (ClientWork *w : std::as_const(omieOps)) {
            const bool create = w->op == ClientWork::Op::CreateOmie;
            const qint64 ploomesId = w->p->value(u"Id"_s).toInteger();
            const QString source = QString::number(ploomesId);
            if (w->error.isError() && !(create && w->error.kind == ApiError::Kind::AlreadyExists && w->omieResultId)) {
                endCreate(w->workId, false, w->error.serviceMessage);
                fail(E, P2O, w->ref(), source, create ? u"create"_s : u"update"_s, w->error,
                     create ? tr("Creating the client in Omie") : tr("Updating the client in Omie"));
                continue;
            }
            const qint64 omieId = w->omieResultId ? w->omieResultId : *w->c->omieId;
            if (create && w->error.kind == ApiError::Kind::AlreadyExists) {
                // "Already exists" means link, never retry: the existing client gets this contact's data.
                QJsonObject update = w->payload;
                update.remove(u"codigo_cliente_integracao"_s);
                update.insert(u"codigo_cliente_omie"_s, omieId);
                const Omie::WriteResult linked = wait<Omie::WriteResult>([&](auto cb) {
                    m_omie->alterarCliente(Omie::Cliente(update), [cb](const Omie::WriteResult &r) { cb(r); });
                });
                if (linked.error.isError()) {
                    endCreate(w->workId, false, linked.error.serviceMessage);
                    fail(E, P2O, w->ref(), source, u"link"_s, linked.error, tr("Linking to the existing Omie client"));
                    continue;
                }
            }
            Coupling c = w->c.value_or(Coupling{});
            c.entity = E;
            c.omieId = omieId;
            c.ploomesId = ploomesId;
            c.omieHash = w->hashP2O;
            const QJsonObject omieAfter = deepMerge(w->o ? w->o->json() : QJsonObject(), w->payload);
            c.ploomesHash = Mapper::hash(m_mapper->ploomesSide(E, m_mapper->toPloomes(E, omieAfter).payload));
            w->c = c;
            if (!commitWrite(E, P2O, c, w->workId, source, w->ref(),
                             create ? (w->error.isError() ? u"link"_s : u"create"_s) : u"update"_s, create,
                             w->error.isError()
                                 ? tr("A client with this CNPJ/CPF already existed in Omie; linked and updated.")
                                 : w->warnings.join(u' ')))
                return;
            if (Ploomes::Entity(*w->p).otherString(idKey).toLongLong() != omieId)
                w->fixOmieId = true;
        }
        // "Id (Omie)" in Ploomes overlaps the next batch.
        for (int i = start; i < end && !m_options.dryRun; ++i) {
            ClientWork &w = works[i];
            if (w.fixOmieId && w.p && w.c && w.c->omieId) {
                const qint64 contactId = w.p->value(u"Id"_s).toInteger();
                const qint64 id = queueCrossReference(E, O2P, *w.c->omieId, contactId);
                sendCrossReference(E, O2P, *w.c->omieId, contactId, *w.p, id);
            }
        }
        done = end;
        if (o2p)
            progress(E, O2P, done, int(works.size()));
        if (p2o)
            progress(E, P2O, done, int(works.size()));
    };
    const bool carryOn = pipeline(int(works.size()), kBatch, prepare, launch, finish, settle);
    if (!carryOn)
        return;
    waitDetached();
    if (!stopped()) {
        if (maxO.isValid())
            advanceCursor(E, O2P, maxO);
        if (maxP.isValid())
            advanceCursor(E, P2O, maxP);
    }
}

} // namespace Ponte
