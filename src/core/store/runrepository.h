#pragma once

#include "entities.h"
#include "result.h"
#include "runvalues.h"

#include <QList>
#include <QString>

#include <optional>

namespace Ponte {

class Database;

/** Counters of one entity and direction within a run. */
struct RunCounters
{
    Entity entity = Entity::Client;
    Direction direction = Direction::OmieToPloomes;
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int skipped = 0;
    int failed = 0;
    int conflicts = 0;
    int deleted = 0; ///< records found deleted on this direction's source side (each handled per the policy)
};

/** One sync run as recorded in the history. */
struct RunRecord
{
    qint64 id = 0;
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    RunTrigger trigger = RunTrigger::Manual;
    QString direction; ///< omie-to-ploomes, ploomes-to-omie, both
    QString entities;  ///< comma-separated entity names
    bool dryRun = false;
    RunStatus status = RunStatus::Running;
    qint64 omieRequests = 0;
    qint64 ploomesRequests = 0;
    qint64 throttled = 0;
    QString error;
    QList<RunCounters> counters;
};

/** What happened to one record in a run. */
struct RunItem
{
    qint64 id = 0;
    qint64 runId = 0;
    Entity entity = Entity::Client;
    Direction direction = Direction::OmieToPloomes;
    std::optional<qint64> omieId;
    std::optional<qint64> ploomesId;
    QString label;   ///< human name of the record (client name, order number)
    ItemAction action = ItemAction::None;
    ItemOutcome outcome = ItemOutcome::Ok;
    QString message; ///< the reason, in the user's language
    qint64 at = 0;
};

/** Sync history: runs, their per-entity counters and their items. */
class RunRepository
{
public:
    explicit RunRepository(Database &db)
        : m_db(db)
    {
    }

    Expected<qint64>
    start(RunTrigger trigger, const QString &direction, const QString &entities, bool dryRun, qint64 nowMs);
    Status addItem(const RunItem &item);
    Status saveCounters(qint64 runId, const RunCounters &counters);
    /** The request counts of a run still going (saved as it goes, so that a killed run shows them). */
    Status saveRequests(qint64 runId, qint64 omieRequests, qint64 ploomesRequests, qint64 throttled);
    Status finish(qint64 runId,
                  RunStatus status,
                  qint64 finishedAtMs,
                  qint64 omieRequests,
                  qint64 ploomesRequests,
                  qint64 throttled,
                  const QString &error);
    /** Marks runs left "running" by a killed process as interrupted; returns how many. */
    int markInterrupted(qint64 nowMs);

    // The readers report a failed query (a damaged or unreadable database) instead of an empty history.
    Expected<QList<RunRecord>> recent(int limit) const;
    /** The run, std::nullopt when there is none with that id. */
    Expected<std::optional<RunRecord>> find(qint64 runId) const;
    Expected<QList<RunItem>> items(qint64 runId, int offset = 0, int limit = -1) const;
    Expected<int> itemCount(qint64 runId) const;

private:
    Expected<QList<RunCounters>> countersOf(qint64 runId) const;
    Database &m_db;
};

} // namespace Ponte
