// Omie produtos and serviços → Ploomes products in the families "Produtos" / "Serviços".
#include "syncrun.h"

#include "logging.h"
#include "profile.h"
#include "textutil.h"

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
constexpr int kBatch = 50;
const QString kProducts = u"Products"_s;

struct ProductWork
{
    QJsonObject omie;
    qint64 omieId = 0;
    QString code;
    QString label;
    QDateTime altered;
    std::optional<Coupling> c;
    std::optional<QJsonObject> p; ///< matched Ploomes product (first run)
    bool link = false;
    bool create = false;
    bool update = false;
    QJsonObject payload;
    QStringList warnings;
    QString hash;
    qint64 workId = 0;
    ApiError error;
    QJsonObject result;

    SyncRun::ItemRef ref() const
    {
        SyncRun::ItemRef r;
        r.omieId = omieId;
        if (c && c->ploomesId)
            r.ploomesId = c->ploomesId;
        else if (p)
            r.ploomesId = p->value(u"Id"_s).toInteger();
        r.label = label;
        return r;
    }
};
} // namespace

void SyncRun::syncProductsOrServices(Entity E)
{
    const Direction O2P = Direction::OmieToPloomes;
    if (!m_options.includes(O2P))
        return;
    counters(E, O2P);
    const bool services = E == Entity::Service;
    const bool firstRun = m_options.full || m_couplings.count(E) == 0;
    const std::optional<QDateTime> cursor = cursorTime(E, O2P);
    const qint64 now = m_clock->nowMs();

    Omie::ListFilter filter;
    if (!firstRun && cursor) {
        filter.changedSince = overlapBefore(*cursor, true);
        filter.changedUntil = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).addSecs(3600);
    }
    note(services ? tr("Reading Omie services…") : tr("Reading Omie products…"));
    QList<ProductWork> works;
    QSet<qint64> seen;
    auto add = [&](const QJsonObject &json, qint64 id, const QString &code, const QString &label,
                   const QDateTime &altered) {
        if (!id || seen.contains(id))
            return;
        seen.insert(id);
        ProductWork w;
        w.omie = json;
        w.omieId = id;
        w.code = code;
        w.label = label;
        w.altered = altered;
        works.append(w);
    };
    ApiError readError;
    if (services) {
        const auto read = wait<std::pair<QList<Omie::Servico>, ApiError>>([&](auto done) {
            m_omie->listServicos(
                filter, [done](const QList<Omie::Servico> &v, const ApiError &e) { done(std::make_pair(v, e)); });
        });
        readError = read.second;
        for (const Omie::Servico &s : read.first)
            add(s.json(), s.id(), s.codigo(), s.descricao(), s.altered());
    } else {
        const auto read = wait<std::pair<QList<Omie::Produto>, ApiError>>([&](auto done) {
            m_omie->listProdutos(
                filter, [done](const QList<Omie::Produto> &v, const ApiError &e) { done(std::make_pair(v, e)); });
        });
        readError = read.second;
        for (const Omie::Produto &p : read.first)
            add(p.json(), p.id(), p.codigo(), p.descricao(), p.altered());
    }
    if (readError.isError()) {
        fatal(readError, services ? tr("Reading the Omie services") : tr("Reading the Omie products"));
        return;
    }
    QDateTime maxAltered;
    for (const ProductWork &w : std::as_const(works))
        maxAltered = std::max(maxAltered, w.altered);
    for (const QuarantineEntry &q : m_quarantine.due(now)) {
        if (q.entity != E || seen.contains(q.sourceId.toLongLong()))
            continue;
        const qint64 id = q.sourceId.toLongLong();
        if (services) {
            const auto got = wait<std::pair<Omie::Servico, ApiError>>([&](auto done) {
                m_omie->consultarServico(
                    id, QString(), [done](const Omie::Servico &v, const ApiError &e) { done(std::make_pair(v, e)); });
            });
            if (!got.second.isError())
                add(got.first.json(), id, got.first.codigo(), got.first.descricao(), got.first.altered());
        } else {
            const auto got = wait<std::pair<Omie::Produto, ApiError>>([&](auto done) {
                m_omie->consultarProduto(
                    id, QString(), [done](const Omie::Produto &v, const ApiError &e) { done(std::make_pair(v, e)); });
            });
            if (!got.second.isError())
                add(got.first.json(), id, got.first.codigo(), got.first.descricao(), got.first.altered());
        }
    }

    // Read before the set-up: when the step cannot start, each of its records fails with the reason.
    m_setupProblem.clear();
    if (!ensurePloomesSetup(E) || !ensureProductGroup(E)) {
        if (stopped())
            return;
        QList<std::pair<ItemRef, QString>> records;
        for (const ProductWork &w : std::as_const(works))
            records.append({w.ref(), QString::number(w.omieId)});
        failStep(E, O2P, records,
                 m_setupProblem.isEmpty() ? tr("The Ploomes set-up for products could not be completed.")
                                          : m_setupProblem);
        return;
    }
    const QString idKey = omieIdFieldKey(E);

    // A full read also shows deletions on either side: the family's Ploomes products are read in full for it.
    auto readFamily = [&] {
        return ploomesGetAll(kProducts, Ploomes::Query()
                                            .filter(Ploomes::OData::eq(u"FamilyId"_s, m_familyId.value(E)))
                                            .expand(u"OtherProperties"_s));
    };
    std::optional<ListResult> family;
    const QSet<qint64> earlierOmie = unlinkedSurvivors(E, DeletedIn::Ploomes);
    QSet<qint64> dropOmie = earlierOmie;
    QSet<qint64> dropPloomes = unlinkedSurvivors(E, DeletedIn::Omie);
    if (m_couplings.count(E) > 0) {
        QSet<qint64> listed;
        QHash<qint64, QString> ploomesNames;
        if (firstRun && m_familyId.value(E)) {
            family = readFamily();
            if (family->error.isError()) {
                fatal(family->error, tr("Reading the Ploomes products"));
                return;
            }
            for (const QJsonObject &p : std::as_const(family->items)) {
                listed.insert(p.value(u"Id"_s).toInteger());
                ploomesNames.insert(p.value(u"Id"_s).toInteger(), p.value(u"Name"_s).toString());
            }
        }
        QHash<qint64, QString> omieNames;
        for (const ProductWork &w : std::as_const(works))
            omieNames.insert(w.omieId, w.label);
        for (GonePair &g : findGonePairs(E, firstRun ? &seen : nullptr, family ? &listed : nullptr)) {
            g.label = g.goneFromOmie ? ploomesNames.value(g.coupling.ploomesId.value_or(0))
                                     : omieNames.value(g.coupling.omieId.value_or(0));
            // Recreated only in Ploomes, from Omie; a deletion is mirrored only into Ploomes.
            const QString action = settleGonePair(E, g, !g.goneFromOmie, !g.goneFromPloomes);
            if (action == u"recreated"_s && !m_options.dryRun)
                continue;
            if (g.coupling.omieId)
                dropOmie.insert(*g.coupling.omieId);
            if (g.coupling.ploomesId)
                dropPloomes.insert(*g.coupling.ploomesId);
        }
        if (stopped())
            return;
    }
    works.removeIf([&](const ProductWork &w) {
        if (dropOmie.contains(w.omieId) && earlierOmie.contains(w.omieId))
            skipUnlinkedSurvivor(E, O2P, w.ref());
        return dropOmie.contains(w.omieId);
    });

    // Couplings, then (first run) existing Ploomes products of the family by "Id (Omie)" or code.
    QHash<qint64, Coupling> couplingByOmie;
    QSet<qint64> coupledPloomes;
    for (const Coupling &c : m_couplings.all(E)) {
        if (c.omieId)
            couplingByOmie.insert(*c.omieId, c);
        if (c.ploomesId)
            coupledPloomes.insert(*c.ploomesId);
    }
    QHash<qint64, QJsonObject> ploomesByOmieId;
    QHash<QString, QJsonObject> ploomesByCode;
    bool needIndex = false;
    for (const ProductWork &w : std::as_const(works))
        needIndex = needIndex || !couplingByOmie.contains(w.omieId);
    if (needIndex && m_familyId.value(E)) {
        const ListResult existing = family ? *family : readFamily();
        if (existing.error.isError()) {
            fatal(existing.error, tr("Reading the Ploomes products"));
            return;
        }
        for (const QJsonObject &p : existing.items) {
            const Ploomes::Entity e(p);
            if (coupledPloomes.contains(e.id()) || dropPloomes.contains(e.id()))
                continue;
            if (const qint64 omieId = e.otherString(idKey).toLongLong())
                ploomesByOmieId.insert(omieId, p);
            if (!e.string(u"Code"_s).isEmpty())
                ploomesByCode.insert(e.string(u"Code"_s), p);
        }
    }

    int done = 0;
    auto opsOf = [&](int start, int end) {
        QList<ProductWork *> ops;
        for (int i = start; i < end; ++i) {
            if (works[i].create || works[i].update)
                ops.append(&works[i]);
        }
        return ops;
    };
    auto prepare = [&](int start, int end) -> bool {
        for (int i = start; i < end; ++i) {
            ProductWork &w = works[i];
            const QString source = QString::number(w.omieId);
            if (quarantined(E, O2P, source, w.altered)) {
                ++counters(E, O2P).skipped;
                continue;
            }
            const Mapper::Result mapped = m_mapper->toPloomes(E, w.omie);
            w.warnings = mapped.warnings;
            w.hash = Mapper::hash(m_mapper->ploomesSide(E, mapped.payload));
            w.payload = mapped.payload;
            if (w.payload.value(u"Name"_s).toString().trimmed().isEmpty())
                w.payload.insert(u"Name"_s, w.code);
            if (couplingByOmie.contains(w.omieId)) {
                w.c = couplingByOmie.value(w.omieId);
                w.update = w.hash != w.c->ploomesHash;
            } else if (ploomesByOmieId.contains(w.omieId) || ploomesByCode.contains(w.code)) {
                w.p = ploomesByOmieId.contains(w.omieId) ? ploomesByOmieId.take(w.omieId) : ploomesByCode.take(w.code);
                w.link = true;
                const bool sameId = Ploomes::Entity(*w.p).otherString(idKey).toLongLong() == w.omieId;
                w.update = !sameId || w.hash != Mapper::hash(m_mapper->ploomesSide(E, *w.p));
            } else {
                w.create = true;
            }
            if (w.payload.value(u"Name"_s).toString().trimmed().isEmpty()) {
                refuse(E, O2P, w.ref(), source, tr("The item has no description and no code."), u"preflight"_s);
                w.create = w.update = false;
                continue;
            }
            if (w.create) {
                w.payload.insert(u"GroupId"_s, m_groupId.value(E));
                w.payload = withOmieId(E, w.payload, w.omieId);
            } else if (w.update) {
                w.payload = withOmieId(E, w.payload, w.omieId);
                if (w.p)
                    w.payload = mergeOtherProperties(w.payload, *w.p);
            }
            if (!w.create && !w.update) {
                if (w.link) {
                    Coupling c;
                    c.entity = E;
                    c.omieId = w.omieId;
                    c.ploomesId = w.p->value(u"Id"_s).toInteger();
                    c.ploomesHash = w.hash;
                    if (!saveCoupling(c).isOk())
                        return false;
                    ++counters(E, O2P).updated;
                    record(E, O2P, w.ref(), u"link"_s, m_options.dryRun ? u"would-link"_s : u"ok"_s,
                           tr("Linked to the Ploomes product with the same code or Omie id."));
                } else {
                    ++counters(E, O2P).unchanged;
                }
                continue;
            }
            if (m_options.dryRun) {
                ++(w.create ? counters(E, O2P).created : counters(E, O2P).updated);
                record(E, O2P, w.ref(), w.create ? u"create"_s : u"update"_s,
                       w.create ? u"would-create"_s : u"would-update"_s, w.warnings.join(u' '));
                w.create = w.update = false;
                continue;
            }
            if (w.create && beginCreate(E, O2P, source, &w.workId)) {
                const std::optional<QJsonObject> found =
                    findPloomesByOmieId(E, kProducts, w.omieId, u"OtherProperties"_s);
                if (stopped())
                    return false;
                if (found) {
                    w.p = *found;
                    w.create = false;
                    w.update = true;
                    w.link = true;
                    w.payload.remove(u"GroupId"_s);
                    w.payload = mergeOtherProperties(w.payload, *found);
                }
            }
        }
        return true;
    };
    auto send = [this](ProductWork *w, std::function<void()> finished) {
        auto store = [w, finished](const QJsonObject &item, const ApiError &e) {
            w->result = item;
            w->error = e;
            finished();
        };
        if (w->create)
            m_ploomes->create(kProducts, w->payload, u"OtherProperties"_s, store);
        else
            m_ploomes->update(kProducts, w->p ? w->p->value(u"Id"_s).toInteger() : *w->c->ploomesId, w->payload,
                              QString(), store);
    };
    auto launch = [&](int start, int end) {
        const QList<ProductWork *> ops = opsOf(start, end);
        return startAll(int(ops.size()), [&](int i, std::function<void()> finished) { send(ops.at(i), finished); });
    };
    auto settle = [&](int start, int end) {
        QList<Rewrite> rewrites;
        for (ProductWork *w : opsOf(start, end)) {
            if (!w->error.isError())
                continue;
            Rewrite r;
            r.error = &w->error;
            if (w->create)
                r.lookUp = [this, E, w] {
                    return lookUpPloomes(E, kProducts, w->omieId, u"OtherProperties"_s, &w->result);
                };
            r.resend = [send, w](std::function<void()> finished) { send(w, std::move(finished)); };
            rewrites.append(r);
        }
        settleWrites(rewrites);
    };
    auto finish = [&](int start, int end) {
        const QList<ProductWork *> ops = opsOf(start, end);
        for (ProductWork *w : std::as_const(ops)) {
            const QString source = QString::number(w->omieId);
            if (w->error.isError()) {
                endCreate(w->workId, false, w->error.serviceMessage);
                fail(E, O2P, w->ref(), source, w->create ? u"create"_s : u"update"_s, w->error,
                     w->create ? tr("Creating the product in Ploomes") : tr("Updating the product in Ploomes"));
                continue;
            }
            Coupling c = w->c.value_or(Coupling{});
            c.entity = E;
            c.omieId = w->omieId;
            c.ploomesId = w->create ? Ploomes::Entity(w->result).id()
                                    : (w->p ? w->p->value(u"Id"_s).toInteger() : *w->c->ploomesId);
            c.ploomesHash = w->hash;
            w->c = c;
            if (!commitWrite(E, O2P, c, w->workId, source, w->ref(),
                             w->create ? u"create"_s : (w->link ? u"link"_s : u"update"_s), w->create,
                             w->warnings.join(u' ')))
                return;
        }
        done = end;
        progress(E, O2P, done, int(works.size()));
    };
    if (!pipeline(int(works.size()), kBatch, prepare, launch, finish, settle))
        return;
    if (!stopped() && maxAltered.isValid())
        advanceCursor(E, O2P, maxAltered);
}

} // namespace Ponte
