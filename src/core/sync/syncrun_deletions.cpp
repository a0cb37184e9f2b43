// Deletions on either side: found on full reads, confirmed one by one, handled as the administrator chose.
#include "syncrun.h"

#include "brasiliatime.h"
#include "logging.h"
#include "ploomes/typedrecords.h"
#include "profile.h"
#include "settings.h"
#include "store/webhookeventrepository.h"
#include "sync/deletionpolicy.h"

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
/** How long a webhook's deletion is looked at: the receiver keeps handled events a week. */
constexpr qint64 kWebhookMemoryMs = 7LL * 24 * 3600 * 1000;
/** Omie's documented page size for batch listings ("no máximo 500 registros por página", omie-api.md §2). */
constexpr int kOmieLargestPage = 500;

QString ploomesCollection(Entity entity)
{
    switch (entity) {
    case Entity::Client:
        return Ploomes::Contact::Path;
    case Entity::Order:
    case Entity::ServiceOrder:
        return Ploomes::Order::Path;
    default:
        return Ploomes::Product::Path; // services are Ploomes products too
    }
}
} // namespace

QString SyncRun::deletionPolicy(Entity entity) const
{
    const QString key = entity == Entity::Client                                    ? SettingKey::DeletionClients
                        : entity == Entity::Order || entity == Entity::ServiceOrder ? SettingKey::DeletionOrders
                                                                                    : SettingKey::DeletionProducts;
    const QString policy = m_profile.settings().stringValue(key);
    return Settings::deletionPolicies().contains(policy) ? policy : u"unlink"_s;
}

QSet<qint64> SyncRun::unlinkedSurvivors(Entity entity, DeletedIn deletedIn) const
{
    return m_deletions.unlinkedSurvivors(entity, deletedIn);
}

QSet<qint64> SyncRun::survivorsKeptOut(Entity entity, DeletedIn deletedIn, bool canRecreate, const QSet<qint64> &listed)
{
    const QSet<qint64> survivors = unlinkedSurvivors(entity, deletedIn);
    if (survivors.isEmpty() || !canRecreate || deletionPolicy(entity) != u"recreate"_s)
        return survivors;
    // An earlier run unlinked them under another policy; the one chosen now wants them back.
    const QSet<qint64> back = survivors & listed;
    if (back.isEmpty())
        return survivors;
    if (!m_options.dryRun
        && !stored(m_deletions.markRecreated(entity, deletedIn, back), u"bring back records left unlinked"_s))
        return survivors;
    note(tr("%1: %n record(s) left unlinked by an earlier deletion are synchronised again as new, as the deletion "
            "policy is now \"recreate\".",
            nullptr, int(back.size()))
             .arg(entityDisplayName(entity)));
    return survivors - back;
}

std::optional<QSet<qint64>> SyncRun::listOmieOrderIds(Entity entity)
{
    if (m_couplings.count(entity) == 0)
        return std::nullopt;
    // No date or status filter: a cancelled or billed order is listed like any other (and it is a status, not a
    // deletion). ListarOS may answer fewer per page than asked (omie-api.md §2); the paging follows what it reports.
    Omie::ListFilter everything;
    everything.pageSize = kOmieLargestPage;
    QSet<qint64> ids;
    ApiError error;
    if (entity == Entity::ServiceOrder) {
        const auto read = wait<std::pair<QList<Omie::OrdemServico>, ApiError>>([&](auto done) {
            m_omie->listOrdensServico(everything, [done](const QList<Omie::OrdemServico> &v, const ApiError &e) {
                done(std::make_pair(v, e));
            });
        });
        error = read.second;
        for (const Omie::OrdemServico &o : read.first)
            ids.insert(o.id());
    } else {
        const auto read = wait<std::pair<QList<Omie::Pedido>, ApiError>>([&](auto done) {
            m_omie->listPedidos(
                everything, [done](const QList<Omie::Pedido> &v, const ApiError &e) { done(std::make_pair(v, e)); });
        });
        error = read.second;
        for (const Omie::Pedido &o : read.first)
            ids.insert(o.id());
    }
    if (error.isError()) {
        if (!fatal(error, tr("Listing every Omie order to find deletions")))
            note(tr("%1 in Omie could not be listed in full (%2); no deletion is looked for there in this run.")
                     .arg(entityDisplayName(entity), error.serviceMessage));
        return std::nullopt;
    }
    return ids;
}

QList<SyncRun::GonePair> SyncRun::findGoneOrders(Entity entity)
{
    std::optional<QSet<qint64>> omieListed;
    if (m_options.full)
        omieListed = listOmieOrderIds(entity);
    if (stopped())
        return {};
    return findGonePairs(entity, omieListed ? &*omieListed : nullptr, nullptr);
}

bool SyncRun::goneFromOmie(Entity entity, qint64 omieId)
{
    // Only Omie's own "não cadastrado / não encontrado" fault proves it; any other answer keeps the pair.
    auto gone = [](const ApiError &e) { return e.kind == ApiError::Kind::NotFound; };
    ApiError error;
    if (entity == Entity::Client) {
        error = wait<ApiError>([&](auto done) {
            m_omie->consultarCliente(omieId, QString(), [done](const Omie::Cliente &, const ApiError &e) { done(e); });
        });
    } else if (entity == Entity::Product) {
        error = wait<ApiError>([&](auto done) {
            m_omie->consultarProduto(omieId, QString(), [done](const Omie::Produto &, const ApiError &e) { done(e); });
        });
    } else if (entity == Entity::Service) {
        error = wait<ApiError>([&](auto done) {
            m_omie->consultarServico(omieId, QString(), [done](const Omie::Servico &, const ApiError &e) { done(e); });
        });
    } else if (entity == Entity::Order) {
        error = wait<ApiError>([&](auto done) {
            m_omie->consultarPedido(omieId, QString(), [done](const Omie::Pedido &, const ApiError &e) { done(e); });
        });
    } else if (entity == Entity::ServiceOrder) {
        error = wait<ApiError>([&](auto done) {
            m_omie->consultarOrdemServico(omieId, QString(),
                                          [done](const Omie::OrdemServico &, const ApiError &e) { done(e); });
        });
    } else {
        return false;
    }
    if (error.isError() && !gone(error))
        fatal(error, tr("Checking whether an Omie record was deleted"));
    return gone(error);
}

bool SyncRun::goneFromPloomes(Entity entity, qint64 ploomesId)
{
    // Ploomes answers a missing id with an empty value, and so may a throttled read (§7.3): the paged read
    // asks an empty first page again after a pause before it is believed.
    const ListResult got =
        ploomesGetAll(ploomesCollection(entity),
                      Ploomes::Query().filter(Ploomes::IdOnly::filter(ploomesId)).select(Ploomes::IdOnly::select()));
    if (got.error.isError()) {
        fatal(got.error, tr("Checking whether a Ploomes record was deleted"));
        return false;
    }
    return got.items.isEmpty();
}

QList<SyncRun::GonePair>
SyncRun::findGonePairs(Entity entity, const QSet<qint64> *omieListed, const QSet<qint64> *ploomesListed)
{
    QList<GonePair> gone;
    const QList<Coupling> pairs = m_couplings.all(entity);
    if (pairs.isEmpty())
        return gone;
    const bool checkOmie = omieListed && !omieListed->isEmpty();
    const bool checkPloomes = ploomesListed && !ploomesListed->isEmpty();
    if ((omieListed && !checkOmie) || (ploomesListed && !checkPloomes))
        note(tr("A full read of %1 came back empty although %n pair(s) exist; that proves no deletion, so none is "
                "looked for on that side.",
                nullptr, int(pairs.size()))
                 .arg(entityDisplayName(entity)));
    // Webhooks name deletions between full reads; Ploomes knows products and services both as Products.
    WebhookEventRepository events(m_profile.database());
    const qint64 since = m_clock->nowMs() - kWebhookMemoryMs;
    const QSet<qint64> omieNamed = events.deletedRecords(u"omie"_s, entity, since);
    const Entity ploomesEntity = entity == Entity::ServiceOrder ? Entity::Order
                                 : entity == Entity::Service    ? Entity::Product
                                                                : entity;
    const QSet<qint64> ploomesNamed = events.deletedRecords(u"ploomes"_s, ploomesEntity, since);
    for (const Coupling &c : pairs) {
        if (stopped())
            break;
        const bool missingO =
            c.omieId && ((checkOmie && !omieListed->contains(*c.omieId)) || omieNamed.contains(*c.omieId));
        const bool missingP =
            c.ploomesId
            && ((checkPloomes && !ploomesListed->contains(*c.ploomesId)) || ploomesNamed.contains(*c.ploomesId));
        if (!missingO && !missingP)
            continue;
        GonePair g;
        g.coupling = c;
        g.goneFromOmie = missingO && goneFromOmie(entity, *c.omieId);
        g.goneFromPloomes = missingP && goneFromPloomes(entity, *c.ploomesId);
        if (g.goneFromOmie || g.goneFromPloomes)
            gone.append(g);
    }
    if (stopped())
        gone.clear();
    return gone;
}

QString SyncRun::settleGonePair(Entity entity, const GonePair &g, bool canRecreate, bool canMirror)
{
    const DeletionPolicy::Gone gone{entity,      g.goneFromOmie, g.goneFromPloomes, deletionPolicy(entity),
                                    canRecreate, canMirror};
    const DeletionPolicy::Decision d = DeletionPolicy::decide(gone);
    const QString when = BrasiliaTime::ofMs(m_clock->nowMs()).toString(u"dd/MM/yyyy HH:mm"_s);
    const QString message = DeletionPolicy::message(gone, d, when);
    const ItemAction verb = fromName<ItemAction>(d.policy); // the history action: unlink, recreate, mirror
    const ItemRef ref{g.coupling.omieId, g.coupling.ploomesId, g.label};
    ++counters(entity, d.direction).deleted;
    if (m_options.dryRun) {
        record(entity, d.direction, ref, verb, previewOutcome(verb), message);
        return d.outcome;
    }
    if (d.policy == u"mirror"_s) {
        const ApiError error = mirrorDeletion(entity, g);
        // Already gone on that side too is what the policy wanted.
        if (error.isError() && error.kind != ApiError::Kind::NotFound) {
            --counters(entity, d.direction).deleted;
            ++counters(entity, d.direction).failed;
            record(
                entity, d.direction, ref, verb, ItemOutcome::Failed,
                message + u' '
                    + tr("Deleting it failed: %1. It is tried again by the next full sync.").arg(error.serviceMessage));
            fatal(error, tr("Mirroring a deletion"), true);
            return {};
        }
    }
    if (!storeDeletion(entity, g, d.outcome))
        return {};
    qCInfo(lcSync) << "deletion" << entityName(entity) << (g.goneFromOmie ? "omie" : "ploomes") << d.outcome;
    record(entity, d.direction, ref, verb, ItemOutcome::Ok, message);
    return d.outcome;
}

ApiError SyncRun::mirrorDeletion(Entity entity, const GonePair &g)
{
    if (g.goneFromOmie)
        return wait<ApiError>([&](auto done) {
            m_ploomes->remove(ploomesCollection(entity), *g.coupling.ploomesId, [done](const ApiError &e) { done(e); });
        });
    return wait<Omie::WriteResult>([&](auto done) {
               m_omie->excluirCliente(*g.coupling.omieId, [done](const Omie::WriteResult &r) { done(r); });
           })
        .error;
}

bool SyncRun::storeDeletion(Entity entity, const GonePair &g, const QString &action)
{
    DeletionRecord d;
    d.entity = entity;
    d.deletedIn = g.goneFromOmie ? DeletedIn::Omie : DeletedIn::Ploomes;
    d.omieId = g.coupling.omieId;
    d.ploomesId = g.coupling.ploomesId;
    d.label = g.label;
    d.action = action;
    d.detectedAt = m_clock->nowMs();
    d.runId = m_runId;
    const Status stored = m_profile.database().transaction([&] {
        if (Status s = m_couplings.remove(g.coupling.id); !s)
            return s;
        return m_deletions.add(d);
    });
    if (!stored)
        qCWarning(lcSync) << "could not store a deletion:" << stored.message() << stored.detail();
    return bool(stored);
}

void SyncRun::skipUnlinkedSurvivor(Entity entity, Direction direction, const ItemRef &ref)
{
    ++counters(entity, direction).skipped;
    record(entity, direction, ref, ItemAction::Sync, ItemOutcome::Skipped,
           tr("Not synchronised: its counterpart was deleted and the deletion policy leaves it unlinked."));
}

bool SyncRun::settleClientDeletions(bool fullRead,
                                    const QSet<qint64> &omieListed,
                                    QList<Omie::Cliente> &omieList,
                                    QList<QJsonObject> &ploomesList)
{
    const Entity E = Entity::Client;
    const Direction O2P = Direction::OmieToPloomes;
    const Direction P2O = Direction::PloomesToOmie;
    QHash<qint64, QString> omieNames;
    for (const Omie::Cliente &o : std::as_const(omieList))
        omieNames.insert(o.id(), o.nomeFantasia().isEmpty() ? o.razaoSocial() : o.nomeFantasia());
    QHash<qint64, QString> ploomesNames;
    QSet<qint64> ploomesListed;
    for (const QJsonObject &p : std::as_const(ploomesList)) {
        const Ploomes::Entity contact(p);
        ploomesListed.insert(contact.id());
        ploomesNames.insert(contact.id(), contact.name());
    }
    const QSet<qint64> earlierO = survivorsKeptOut(E, DeletedIn::Ploomes, m_options.includes(O2P), omieListed);
    const QSet<qint64> earlierP = survivorsKeptOut(E, DeletedIn::Omie, m_options.includes(P2O), ploomesListed);
    QSet<qint64> dropO = earlierO;
    QSet<qint64> dropP = earlierP;
    {
        for (GonePair &g : findGonePairs(E, fullRead ? &omieListed : nullptr, fullRead ? &ploomesListed : nullptr)) {
            g.label = g.goneFromOmie ? ploomesNames.value(g.coupling.ploomesId.value_or(0))
                                     : omieNames.value(g.coupling.omieId.value_or(0));
            const bool canRecreate = m_options.includes(g.goneFromOmie ? P2O : O2P);
            const QString action = settleGonePair(E, g, canRecreate, true);
            if (action == u"recreated"_s && !m_options.dryRun)
                continue; // the record left is paired or created anew below
            if (g.coupling.omieId)
                dropO.insert(*g.coupling.omieId);
            if (g.coupling.ploomesId)
                dropP.insert(*g.coupling.ploomesId);
        }
        if (stopped())
            return false;
    }
    omieList.removeIf([&](const Omie::Cliente &o) {
        if (!dropO.contains(o.id()))
            return false;
        if (earlierO.contains(o.id()) && m_options.includes(O2P))
            skipUnlinkedSurvivor(E, O2P, {o.id(), std::nullopt, omieNames.value(o.id())});
        return true;
    });
    ploomesList.removeIf([&](const QJsonObject &p) {
        const qint64 id = Ploomes::Entity(p).id();
        if (!dropP.contains(id))
            return false;
        if (earlierP.contains(id) && m_options.includes(P2O))
            skipUnlinkedSurvivor(E, P2O, {std::nullopt, id, ploomesNames.value(id)});
        return true;
    });
    return true;
}

} // namespace Ponte
