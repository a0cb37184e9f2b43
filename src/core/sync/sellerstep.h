#pragma once

#include "sync/entitystep.h"
#include "sync/syncrun.h"

namespace Ponte {

/**
 * Omie vendedores → Ploomes users, matched by e-mail (SellerDecisions); users are never created. Each match is a
 * coupling and feeds the run's seller look-ups, which the client and order steps map owners with.
 */
class SellerStep : public EntityStep
{
public:
    explicit SellerStep(SyncRun &run);
    Entity entity() const override { return Entity::Seller; }
    void run() override;

private:
    /** Re-points the seller @p v to @p userId (dropping the links it replaces); false when the run must stop. */
    bool link(const Omie::Vendedor &v, qint64 userId, const std::optional<Coupling> &existing, const QString &email);

    SyncRun &m_run;
};

} // namespace Ponte
