// Sellers ↔ users (matched by e-mail).
#include "sync/sellerstep.h"

#include "ploomes/typedrecords.h"
#include "sync/sellerdecisions.h"

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
const Entity E = Entity::Seller;
const Direction O2P = Direction::OmieToPloomes;
} // namespace

SellerStep::SellerStep(SyncRun &run) : m_run(run)
{}

void SellerStep::run()
{
    RunCounters &count = m_run.counters(E, O2P);
    m_run.progress(E, O2P, 0, 0);
    const auto vendedores = m_run.wait<std::pair<QList<Omie::Vendedor>, ApiError>>([&](auto done) {
        m_run.m_omie->listVendedores(
            [done](const QList<Omie::Vendedor> &v, const ApiError &e) { done(std::make_pair(v, e)); });
    });
    if (vendedores.second.isError() && m_run.fatal(vendedores.second, SyncRun::tr("Reading the Omie sellers")))
        return;
    const SyncRun::ListResult users = m_run.wait<SyncRun::ListResult>([&](auto done) {
        m_run.m_ploomes->users([done](const QList<QJsonObject> &items, const ApiError &e) {
            done(SyncRun::ListResult{items, e});
        });
    });
    if (users.error.isError() && m_run.fatal(users.error, SyncRun::tr("Reading the Ploomes users")))
        return;
    QList<SellerDecisions::UserKey> userKeys;
    for (const QJsonObject &json : users.items) {
        const Ploomes::User u = Ploomes::User::fromJson(json);
        userKeys.append({u.id, u.email, u.suspended});
    }
    const QHash<QString, qint64> userByEmail = SellerDecisions::usersByEmail(userKeys);
    int done = 0;
    for (const Omie::Vendedor &v : vendedores.first) {
        const QString email = SellerDecisions::emailKey(v.email());
        const SyncRun::ItemRef ref{v.id(), std::nullopt, v.nome()};
        const std::optional<Coupling> existing = m_run.m_couplings.findByOmieId(E, v.id());
        const SellerDecisions::SellerOutcome outcome =
            SellerDecisions::decideSeller(email, userByEmail, existing ? existing->ploomesId : std::optional<qint64>());
        if (outcome == SellerDecisions::SellerOutcome::SkipNoEmail
            || outcome == SellerDecisions::SellerOutcome::SkipNoUser) {
            ++count.skipped;
            m_run.record(E, O2P, ref, ItemAction::Match, ItemOutcome::Skipped,
                         email.isEmpty()
                             ? SyncRun::tr("The Omie seller has no e-mail, so no Ploomes user can be matched.")
                             : SyncRun::tr("No Ploomes user has the e-mail %1 (users are never created).").arg(email));
            continue;
        }
        const qint64 userId = userByEmail.value(email);
        if (outcome == SellerDecisions::SellerOutcome::Unchanged)
            m_run.unchanged(E, O2P, {v.id(), userId, v.nome()});
        else if (!link(v, userId, existing, email))
            return;
        m_run.m_lookups.userIdBySeller.insert(v.id(), userId);
        m_run.m_lookups.sellerByUserId.insert(userId, v.id());
        m_run.progress(E, O2P, ++done, int(vendedores.first.size()));
    }
}

bool SellerStep::link(const Omie::Vendedor &v,
                      qint64 userId,
                      const std::optional<Coupling> &existing,
                      const QString &email)
{
    Coupling c = existing.value_or(Coupling{});
    c.entity = E;
    c.omieId = v.id();
    c.ploomesId = userId;
    const bool dryRun = m_run.m_options.dryRun;
    // Re-pointing a seller to another user: drop the old link first.
    if (const std::optional<Coupling> other = m_run.m_couplings.findByPloomesId(E, userId);
        other && other->omieId != v.id() && !dryRun
        && !m_run.stored(m_run.m_couplings.remove(other->id), SyncRun::tr("Re-pointing a seller")))
        return false;
    if (existing && !dryRun
        && !m_run.stored(m_run.m_couplings.remove(existing->id), SyncRun::tr("Re-pointing a seller")))
        return false;
    c.id = 0;
    if (!m_run.saveCoupling(c).isOk())
        return false;
    ++m_run.counters(E, O2P).updated;
    m_run.record(E, O2P, {v.id(), userId, v.nome()}, ItemAction::Link,
                 dryRun ? ItemOutcome::WouldLink : ItemOutcome::Ok,
                 SyncRun::tr("Matched with the Ploomes user %1.").arg(email));
    return true;
}

} // namespace Ponte
