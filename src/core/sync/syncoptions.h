#pragma once

#include "entities.h"
#include "store/runrepository.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Ponte {

/** What a run should do. */
struct SyncOptions
{
    QList<Entity> entities = allEntities();
    /** Empty = both directions. */
    std::optional<Direction> direction;
    /** Read everything and relink, ignoring cursors (rebuilds couplings from the stored ids). */
    bool full = false;
    /** Read both sides and report what would happen; write nothing remote and nothing to the couplings. */
    bool dryRun = false;
    /** Overrides of the backfill settings for this run. */
    std::optional<QDate> backfillOmieOrdersSince;
    std::optional<QDate> backfillPloomesOrdersSince;
    RunTrigger trigger = RunTrigger::Manual;
    /** Use only this share of each rate budget (business hours); 1 = all. */
    double budgetShare = 1.0;

    bool includes(Entity e) const { return entities.contains(e); }
    bool includes(Direction d) const { return !direction || *direction == d; }
    QString directionName() const;
};

/** The outcome of a run, as `sync --json` prints it. */
struct SyncSummary
{
    qint64 runId = 0;
    RunStatus status = RunStatus::Unknown; ///< succeeded, partial, failed or cancelled once the run is over
    QString error;  ///< the reason when failed (translated)
    QList<RunCounters> counters;
    qint64 omieRequests = 0;
    qint64 ploomesRequests = 0;
    qint64 throttled = 0;
    qint64 writeRetries = 0; ///< writes sent again within the run after a transient failure
    qint64 lookUps = 0;      ///< look-ups of writes whose outcome was unknown, within the run
    double durationS = 0;
    bool dryRun = false;
    /** Failure class when the run stopped early: authentication, unreachable, blocked, configuration. */
    QString failureKind;
    /** When unreachable: the network cause (networkFailureName(): host-not-found, connection-refused, tls, …). */
    QString networkFailure;

    int totalFailed() const;
    int totalWrites() const;
    QJsonObject toJson() const;
};

/** Where a run stands for one entity and direction: what the progress view shows. */
struct SyncProgress
{
    enum class Phase { Reading, Writing, CrossReferences, Done };
    Entity entity = Entity::Client;
    Direction direction = Direction::OmieToPloomes;
    Phase phase = Phase::Reading;
    bool dryRun = false;
    int read = 0;      ///< records read that need a decision
    int processed = 0; ///< of those, decided and (unless a preview) written or refused
    int written = 0;   ///< created or updated; in a preview, would be
    int unchanged = 0; ///< nothing to do (unchanged or skipped)
    int failed = 0;    ///< refused or failed; in a preview, would be refused
    int remaining() const { return read > processed ? read - processed : 0; }
};

/**
 * Pure: milliseconds the @p remaining records of @p direction still need at the published limits
 * (@p omieWritesPerMinute for writes to Omie, @p ploomesRps for writes to Ploomes), scaled by @p share
 * of the budget; -1 when unknown. A lower bound: it never promises faster than the services allow.
 */
qint64 progressEtaMs(int remaining, Direction direction, double omieWritesPerMinute, double ploomesRps, double share);

/** A phase in the user's language ("reading", "writing", "cross-references", "done"). */
QString progressPhaseDisplayName(SyncProgress::Phase phase);

/** A run status in the user's language. */
QString runStatusDisplayName(RunStatus status);
/** What happened to one record (its action and outcome in the history) in the user's language. */
QString itemOutcomeDisplayName(ItemAction action, ItemOutcome outcome);

} // namespace Ponte
