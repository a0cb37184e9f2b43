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
                                                                           {u"conflicts"_s, c.conflicts}});
        entities.insert(entityName(c.entity), perDirection);
    }
    QJsonObject o{{u"run_id"_s, runId},
                  {u"status"_s, status},
                  {u"dry_run"_s, dryRun},
                  {u"entities"_s, entities},
                  {u"requests"_s, QJsonObject{{u"omie"_s, omieRequests}, {u"ploomes"_s, ploomesRequests}}},
                  {u"throttled_responses"_s, throttled},
                  {u"duration_s"_s, std::round(durationS * 1000) / 1000}};
    if (!error.isEmpty())
        o.insert(u"error"_s, error);
    if (!failureKind.isEmpty())
        o.insert(u"failure"_s, failureKind);
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
    auto tr = [](const char *text) { return QCoreApplication::translate("Ponte::ItemOutcome", text); };
    if (outcome == u"ok"_s) {
        if (action == u"create"_s)
            return tr("Created");
        if (action == u"update"_s)
            return tr("Updated");
        if (action == u"link"_s)
            return tr("Linked");
        return tr("Done");
    }
    if (outcome == u"unchanged"_s)
        return tr("Unchanged");
    if (outcome == u"skipped"_s)
        return tr("Skipped");
    if (outcome == u"failed"_s)
        return tr("Failed");
    if (outcome == u"conflict"_s)
        return tr("Conflict");
    if (outcome == u"would-create"_s || outcome == u"would-create-family"_s || outcome == u"would-create-field"_s)
        return tr("Would create");
    if (outcome == u"would-update"_s)
        return tr("Would update");
    if (outcome == u"would-link"_s)
        return tr("Would link");
    if (outcome == u"would-refuse"_s)
        return tr("Would refuse");
    return outcome;
}

} // namespace Ponte
