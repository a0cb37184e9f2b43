#include "syncoptions.h"

#include <QCoreApplication>
#include <QHash>
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
                  {u"status"_s, status},
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

QString runStatusDisplayName(const QString &status)
{
    static const QHash<QString, const char *> names = {
        {u"succeeded"_s, QT_TRANSLATE_NOOP("Ponte::RunStatus", "Succeeded")},
        {u"partial"_s, QT_TRANSLATE_NOOP("Ponte::RunStatus", "Finished with failures")},
        {u"failed"_s, QT_TRANSLATE_NOOP("Ponte::RunStatus", "Failed")},
        {u"cancelled"_s, QT_TRANSLATE_NOOP("Ponte::RunStatus", "Cancelled")},
        {u"interrupted"_s, QT_TRANSLATE_NOOP("Ponte::RunStatus", "Interrupted")},
        {u"running"_s, QT_TRANSLATE_NOOP("Ponte::RunStatus", "Running")},
    };
    const char *name = names.value(status);
    return name ? QCoreApplication::translate("Ponte::RunStatus", name) : status;
}

QString itemOutcomeDisplayName(const QString &action, const QString &outcome)
{
    static const QHash<QString, const char *> done = {
        {u"create"_s, QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Created")},
        {u"update"_s, QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Updated")},
        {u"link"_s, QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Linked")},
        // Deletions: what the policy did with the pair.
        {u"unlink"_s, QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Deleted on one side; unlinked")},
        {u"recreate"_s, QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Deleted on one side; created again")},
        {u"mirror"_s, QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Deleted on both sides")},
    };
    static const QHash<QString, const char *> outcomes = {
        {u"unchanged"_s, QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Unchanged")},
        {u"skipped"_s, QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Skipped")},
        {u"failed"_s, QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Failed")},
        {u"conflict"_s, QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Conflict")},
        {u"would-create"_s, QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Would create")},
        {u"would-create-family"_s, QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Would create")},
        {u"would-create-field"_s, QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Would create")},
        {u"would-update"_s, QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Would update")},
        {u"would-link"_s, QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Would link")},
        {u"would-refuse"_s, QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Would refuse")},
        {u"would-unlink"_s, QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Would unlink")},
        {u"would-recreate"_s, QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Would create again")},
        {u"would-mirror"_s, QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Would delete on the other side")},
    };
    const char *name = outcome == u"ok"_s ? done.value(action, QT_TRANSLATE_NOOP("Ponte::ItemOutcome", "Done"))
                                          : outcomes.value(outcome);
    return name ? QCoreApplication::translate("Ponte::ItemOutcome", name) : outcome;
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
