#include "syncoptions.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Ponte {

QString SyncOptions::directionName() const
{
    return direction ? Ponte::directionName(*direction) : u"both"_s;
}

int SyncSummary::totalFailed() const
{
    int n = 0;
    for (const RunCounters &c : counters)
        n += c.failed;
    return n;
}

int SyncSummary::totalWrites() const
{
    int n = 0;
    for (const RunCounters &c : counters)
        n += c.created + c.updated;
    return n;
}

QJsonObject SyncSummary::toJson() const
{
    QJsonObject entities;
    for (const RunCounters &c : counters) {
        QJsonObject perDirection = entities.value(entityName(c.entity)).toObject();
        perDirection.insert(Ponte::directionName(c.direction), QJsonObject{{u"created"_s, c.created},
                                                                           {u"updated"_s, c.updated},
                                                                           {u"unchanged"_s, c.unchanged},
                                                                           {u"skipped"_s, c.skipped},
                                                                           {u"failed"_s, c.failed},
                                                                           {u"conflicts"_s, c.conflicts},
                                                                           {u"deleted"_s, c.deleted}});
        entities.insert(entityName(c.entity), perDirection);
    }
    QJsonObject o{{u"run_id"_s, runId},
                  {u"status"_s, toName(status)},
                  {u"dry_run"_s, dryRun},
                  {u"entities"_s, entities},
                  {u"requests"_s, QJsonObject{{u"omie"_s, omieRequests}, {u"ploomes"_s, ploomesRequests}}},
                  {u"throttled_responses"_s, throttled},
                  {u"write_retries"_s, writeRetries},
                  {u"look_ups"_s, lookUps},
                  {u"duration_s"_s, std::round(durationS * 1000) / 1000}};
    if (!error.isEmpty())
        o.insert(u"error"_s, error);
    if (!failureKind.isEmpty())
        o.insert(u"failure"_s, failureKind);
    if (!networkFailure.isEmpty())
        o.insert(u"network_failure"_s, networkFailure);
    return o;
}

QString runStatusDisplayName(RunStatus status)
{
    const char *name = nullptr;
    switch (status) {
    case RunStatus::Succeeded:
        name = QT_TRANSLATE_NOOP("Ponte::RunStatus", "Succeeded");
        break;
    case RunStatus::Partial:
        name = QT_TRANSLATE_NOOP("Ponte::RunStatus", "Finished with failures");
        break;
    case RunStatus::Failed:
        name = QT_TRANSLATE_NOOP("Ponte::RunStatus", "Failed");
        break;
    case RunStatus::Cancelled:
        name = QT_TRANSLATE_NOOP("Ponte::RunStatus", "Cancelled");
        break;
    case RunStatus::Interrupted:
        name = QT_TRANSLATE_NOOP("Ponte::RunStatus", "Interrupted");
        break;
    case RunStatus::Running:
        name = QT_TRANSLATE_NOOP("Ponte::RunStatus", "Running");
        break;
    case RunStatus::Unknown:
        // A name this version does not know (a newer version's database): not a success, not a failure.
        name = QT_TRANSLATE_NOOP("Ponte::RunStatus", "Unknown status");
        break;
    }
    return QCoreApplication::translate("Ponte::RunStatus", name);
}

namespace {

// What was done when it went through ("ok"): the action names it.
const char *doneName(ItemAction action)
{
    switch (action) {
    case ItemAction::Create:
        return QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Created");
    case ItemAction::Update:
        return QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Updated");
    case ItemAction::Link:
        return QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Linked");
    // Deletions: what the policy did with the pair.
    case ItemAction::Unlink:
        return QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Deleted on one side; unlinked");
    case ItemAction::Recreate:
        return QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Deleted on one side; created again");
    case ItemAction::Mirror:
        return QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Deleted on both sides");
    default:
        return QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Done");
    }
}

const char *outcomeName(ItemOutcome outcome)
{
    switch (outcome) {
    case ItemOutcome::Ok:
        return nullptr;
    case ItemOutcome::Unchanged:
        return QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Unchanged");
    case ItemOutcome::Skipped:
        return QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Skipped");
    case ItemOutcome::Failed:
        return QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Failed");
    case ItemOutcome::Conflict:
        return QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Conflict");
    case ItemOutcome::WouldCreate:
        return QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Would create");
    case ItemOutcome::WouldUpdate:
        return QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Would update");
    case ItemOutcome::WouldLink:
        return QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Would link");
    case ItemOutcome::WouldUnlink:
        return QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Would unlink");
    case ItemOutcome::WouldRecreate:
        return QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Would create again");
    case ItemOutcome::WouldMirror:
        return QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Would delete on the other side");
    case ItemOutcome::Unknown:
        break;
    }
    // Recorded by a version that knows more outcomes: say so rather than pass it off as done.
    return QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Unknown outcome");
}

} // namespace

QString itemOutcomeDisplayName(ItemAction action, ItemOutcome outcome)
{
    // A preview's refusal is recorded as a failure under the action would-refuse.
    if (outcome == ItemOutcome::Failed && action == ItemAction::WouldRefuse)
        return QCoreApplication::translate("Ponte::ItemOutcome", "Would refuse");
    const char *name = outcome == ItemOutcome::Ok ? doneName(action) : outcomeName(outcome);
    return QCoreApplication::translate("Ponte::ItemOutcome", name);
}

qint64 progressEtaMs(int remaining, Direction direction, double omieWritesPerMinute, double ploomesRps, double share)
{
    if (remaining <= 0)
        return 0;
    const double perSecond =
        (direction == Direction::PloomesToOmie ? omieWritesPerMinute / 60.0 : ploomesRps) * (share > 0 ? share : 1.0);
    if (!(perSecond > 0))
        return -1;
    return qint64(double(remaining) / perSecond * 1000.0);
}

QString progressPhaseDisplayName(SyncProgress::Phase phase)
{
    switch (phase) {
    case SyncProgress::Phase::Reading:
        return QCoreApplication::translate("Ponte::SyncProgress", "reading");
    case SyncProgress::Phase::Writing:
        return QCoreApplication::translate("Ponte::SyncProgress", "writing");
    case SyncProgress::Phase::CrossReferences:
        return QCoreApplication::translate("Ponte::SyncProgress", "cross-references");
    case SyncProgress::Phase::Done:
        return QCoreApplication::translate("Ponte::SyncProgress", "done");
    }
    return QString();
}

} // namespace Ponte
