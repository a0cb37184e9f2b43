#pragma once

#include "entities.h"
#include "result.h"

#include <QSet>
#include <QString>
#include <optional>

namespace Ponte {

class Database;

/** The service a record was deleted from. */
enum class DeletedIn { Omie, Ploomes };

/** A pair whose record was deleted on one side, and what Ponte did about it. */
struct DeletionRecord
{
    Entity entity = Entity::Client;
    DeletedIn deletedIn = DeletedIn::Ploomes;
    std::optional<qint64> omieId;
    std::optional<qint64> ploomesId;
    QString label;
    QString action; ///< unlinked, recreated, mirrored
    qint64 detectedAt = 0;
    qint64 runId = 0;
};

/**
 * Deletions detected on either side. An "unlinked" entry keeps the record left on the other side from
 * being paired or created again by later runs: the administrator chose to let the pair go.
 */
class DeletionRepository
{
public:
    explicit DeletionRepository(Database &db) : m_db(db) {}

    Status add(const DeletionRecord &record);
    /** Ids, on the other service, of the records left unlinked because their twin was deleted from @p deletedIn. */
    QSet<qint64> unlinkedSurvivors(Entity entity, DeletedIn deletedIn) const;
    /**
     * The records left by deletions from @p deletedIn, @p survivorIds (ids on the other service), were brought back
     * because the policy is now "recreate": they are no longer kept from being paired or created.
     */
    Status markRecreated(Entity entity, DeletedIn deletedIn, const QSet<qint64> &survivorIds);
    /**
     * Ids, on the other service, of the records left by deletions from @p deletedIn that the policy "recreate"
     * brings back (created again on the side that lost them); the caller leaves out those paired since.
     */
    QSet<qint64> recreatedSurvivors(Entity entity, DeletedIn deletedIn) const;
    int count(Entity entity) const;

private:
    QSet<qint64> survivors(Entity entity, DeletedIn deletedIn, const QString &action) const;

    Database &m_db;
};

} // namespace Ponte
