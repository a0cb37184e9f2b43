#pragma once

#include "entities.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Ponte {

class Database;

/** The link between one Omie record and one Ploomes record of the same kind. */
struct Coupling
{
    qint64 id = 0;
    Entity entity = Entity::Client;
    std::optional<qint64> omieId;
    std::optional<qint64> ploomesId;
    /** Hash of the mapped payload last written to / read from each side (no-write and echo detection). */
    QString omieHash;
    QString ploomesHash;
    /** Source-side modification stamps seen at the last sync (conflict detection). */
    QString omieUpdatedAt;
    QString ploomesUpdatedAt;
    qint64 lastSyncAt = 0;
};

/** Couplings table: the working source of truth of which record is which. */
class CouplingRepository
{
public:
    explicit CouplingRepository(Database &db)
        : m_db(db)
    {
    }

    std::optional<Coupling> findById(qint64 couplingId) const;
    std::optional<Coupling> findByOmieId(Entity entity, qint64 omieId) const;
    std::optional<Coupling> findByPloomesId(Entity entity, qint64 ploomesId) const;
    /** Every coupling of an entity, for one bulk read per run. */
    QList<Coupling> all(Entity entity) const;
    int count(Entity entity) const;

    /**
     * Inserts or updates the coupling that has either id. Fails if the two ids already belong to
     * two different couplings (that would merge two records).
     */
    Expected<Coupling> save(const Coupling &coupling);
    Status remove(qint64 couplingId);

private:
    std::optional<Coupling> findOne(const QString &where, const QVariantList &binds) const;
    Database &m_db;
};

} // namespace Ponte
